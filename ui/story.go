package ui

import (
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
	th, err := themeNamed(themeName, !color)
	if err != nil {
		return "", err
	}
	st := newStyles(th)
	r := newReader(&common{lib: model.NewLibrary([]*model.Story{s}), st: st, archive: newArchiveState(nil, 1)})
	r.story, r.s, r.blocks = 0, s, storyBlocks(s, st.blocks)
	w := max(1, width-2)
	r.doc = newDoc(s, r.blocks, w, glamourBlocks(st.glamour, w))
	r.doc.ensureAll()
	var b strings.Builder
	for blk, p := range r.doc.parts {
		if blk > 0 && !r.doc.blocks[blk-1].joinNext {
			b.WriteByte('\n')
		}
		for j, line := range p.lines {
			gutter, marks := r.lineMarks(p, blk, j)
			row := gutter + " " + paint(line, p.widths[j], marks)
			b.WriteString(strings.TrimRight(row, " "))
			b.WriteByte('\n')
		}
	}
	return b.String(), nil
}
