package ui

import (
	"io"
	"strings"

	"cables/model"
)

// RenderStory lays one story out at width the way the reader shows it: the
// same escaping, glamour render and quote painting, with the gutter marks
// for cable passages and speech, and no trailing blanks. theme is "dark",
// "light" or "ascii"; color false drops colour and keeps the attributes
// (bold, underline, reverse) and gutter marks. The result may hold SGR
// sequences and nothing else that is not text; strip them for plain output.
func RenderStory(s *model.Story, width int, themeName string, color bool) (string, error) {
	var b strings.Builder
	err := WriteStory(&b, s, width, themeName, color, nil)
	return b.String(), err
}

// renderBatch is how many blocks WriteStory renders and writes at a time.
const renderBatch = 256

// WriteStory is RenderStory written to w a batch of blocks at a time, each
// passed through filter (when set) first: a story of tens of megabytes is
// never held rendered whole (issue 14: show of 50 MB took 1.07 GB). The
// batches end at line ends.
func WriteStory(w io.Writer, s *model.Story, width int, themeName string, color bool, filter func(string) string) error {
	th, err := themeNamed(themeName, !color)
	if err != nil {
		return err
	}
	st := newStyles(th)
	r := newReader(&common{lib: model.NewLibrary([]*model.Story{s}), st: st, archive: newArchiveState(nil, 1)})
	r.story, r.s, r.blocks = 0, s.Unpacked(), storyBlocks(s, st.blocks)
	cols := max(1, width-2)
	r.doc = newDoc(s, r.blocks, cols, glamourBlocks(st.glamour, cols))
	var b strings.Builder
	for first := 0; first < len(r.blocks); first += renderBatch {
		last := min(first+renderBatch, len(r.blocks))
		parts := renderParts(r.blocks[first:last], r.doc.newRenderer, func() bool { return false })
		b.Reset()
		for i, p := range parts {
			blk := first + i
			r.doc.parts[blk] = p
			if blk > 0 && !r.doc.blocks[blk-1].joinNext {
				b.WriteByte('\n')
			}
			for j, line := range p.lines {
				gutter, marks := r.lineMarks(p, blk, j)
				row := gutter + " " + paint(line, p.widths[j], marks)
				b.WriteString(strings.TrimRight(row, " "))
				b.WriteByte('\n')
			}
			r.doc.parts[blk] = nil // written: let it go
		}
		out := b.String()
		if filter != nil {
			out = filter(out)
		}
		if _, err := io.WriteString(w, out); err != nil {
			return err
		}
	}
	return nil
}
