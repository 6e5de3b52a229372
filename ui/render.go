package ui

import (
	"runtime"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"charm.land/glamour/v2"
	gansi "charm.land/glamour/v2/ansi"
	"github.com/charmbracelet/x/ansi"

	"cables/model"
)

// span is where part of a quote landed on one rendered line, in cells.
type span struct {
	start, end int
	quote      int
}

// doc is a story laid out for one width. Glamour renders it block by block
// (a block is a title, a caption or a paragraph): the blocks on screen, or
// jumped to, first and at once, the rest in the background. Until a block
// is rendered its height is an estimate; the reader keeps its place by
// block, so the estimate never moves what is on screen.
type doc struct {
	width  int
	blocks []block
	parts  []*part // parts[b] is block b rendered; nil until then
	// start[b] is the first line of block b (estimated above unrendered
	// blocks); start[len(blocks)] is the number of lines.
	start []int
	// quoteBlock[q] is the block of quote q's first span, or -1 when the
	// story shows no span of it.
	quoteBlock []int
	// estimate[b] is how many lines block b takes before it is rendered.
	estimate []int
	// newRenderer makes the renderer for blocks rendered on demand; render
	// is it once made. Both are used on the UI goroutine only.
	newRenderer func() (blockRenderer, error)
	render      blockRenderer
	renderErr   error
}

// part is one block rendered: its lines and what is on them.
type part struct {
	lines  []string // markers removed, padding trimmed
	plain  []string // the same without styling, for search and clicks
	spans  [][]span // spans[line] are the quote spans on that line, in order
	widths []int    // widths[line] in cells
	// text is the plain lines joined by spaces, so that search finds words
	// wrapped over lines.
	text string
	// quoteLine maps a quote to its first line in the part.
	quoteLine map[int]int
}

// blockRenderer renders one block of Markdown in its frame. A glamour
// renderer is not safe for concurrent use, but is cheap to make (notes
// §5.5): each render worker, and the doc for blocks it renders on demand,
// has its own.
type blockRenderer func(md string, fr frame) (string, error)

// frame is what the reader draws around a block's text: the bars of the
// block quotes it stands in and a list item's marker, the item's later
// lines hanging under its first word.
type frame struct {
	quoted int
	item   string // "• ", "3. "; "" for none
}

// glamourBlocks makes renderers of a style and width. Block quotes and
// list items are drawn here rather than by glamour: glamour wraps a quote's
// text one cell narrower than the wrap width but prefixes two cells ("│ "),
// so its lines overflow by a cell and are wrapped again, leaving words on
// lines of their own without the bar (ui-bugs 1); and it does not hang an
// item's later lines under its text. Rendering the text at the width left
// beside the frame, and drawing the frame, does both.
func glamourBlocks(style gansi.StyleConfig, width int) func() (blockRenderer, error) {
	bar := "│ "
	if style.BlockQuote.IndentToken != nil {
		bar = *style.BlockQuote.IndentToken
	}
	barWidth := max(1, ansi.StringWidth(bar))
	return func() (blockRenderer, error) {
		renderers := map[int]*glamour.TermRenderer{}
		at := func(w int) (*glamour.TermRenderer, error) {
			if r, ok := renderers[w]; ok {
				return r, nil
			}
			r, err := glamour.NewTermRenderer(glamour.WithStyles(style), glamour.WithWordWrap(w))
			if err != nil {
				return nil, err
			}
			renderers[w] = r
			return r, nil
		}
		if _, err := at(width); err != nil {
			return nil, err
		}
		return func(md string, fr frame) (string, error) {
			itemWidth := ansi.StringWidth(fr.item)
			if width-itemWidth < minQuoteText {
				fr.item, itemWidth = "", 0
			}
			quoted := max(0, min(fr.quoted, (width-itemWidth-minQuoteText)/barWidth))
			r, err := at(width - quoted*barWidth - itemWidth)
			if err != nil {
				return "", err
			}
			out, err := r.Render(md)
			if err != nil || quoted == 0 && itemWidth == 0 {
				return out, err
			}
			bars, hang := strings.Repeat(bar, quoted), strings.Repeat(" ", itemWidth)
			lines := strings.Split(out, "\n")
			first := true
			for i, l := range lines {
				if strings.TrimSpace(ansi.Strip(l)) == "" {
					continue
				}
				lead := hang
				if first {
					lead, first = fr.item, false
				}
				lines[i] = bars + lead + l
			}
			return strings.Join(lines, "\n"), nil
		}, nil
	}
}

// minQuoteText is the narrowest text a frame leaves: deeper quotes than
// that draw fewer bars, and an item no marker.
const minQuoteText = 10

// newDoc lays out a story's blocks at a width, rendering none of them yet.
func newDoc(s *model.Story, blocks []block, width int, newRenderer func() (blockRenderer, error)) *doc {
	d := &doc{width: width, blocks: blocks, parts: make([]*part, len(blocks)),
		quoteBlock: make([]int, s.NumQuotes()), estimate: make([]int, len(blocks)), newRenderer: newRenderer}
	for q := range d.quoteBlock {
		d.quoteBlock[q] = -1
	}
	for b, bl := range blocks {
		d.estimate[b] = max(1, (utf8.RuneCountInString(bl.md)+utf8.RuneCountInString(bl.text)+width-1)/max(1, width))
		for _, sp := range bl.spans {
			q := sp.quote
			if q >= 0 && q < len(d.quoteBlock) && d.quoteBlock[q] < 0 {
				d.quoteBlock[q] = b
			}
		}
	}
	d.relayout()
	return d
}

// renderParts renders blocks in parallel. A block that fails or panics in
// glamour shows as its escaped source, and its worker takes a fresh
// renderer: a panic in a render worker would otherwise end the program
// with the terminal still in the alternate screen.
func renderParts(blocks []block, newRenderer func() (blockRenderer, error), stale func() bool) []*part {
	parts := make([]*part, len(blocks))
	workers := min(runtime.GOMAXPROCS(0), max(1, len(blocks)/8))
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			render, err := newRenderer()
			for i := w; i < len(blocks); i += workers {
				if stale() {
					return
				}
				parts[i], render, err = renderPart(blocks[i], render, err, newRenderer)
			}
		}()
	}
	wg.Wait()
	if stale() {
		return nil
	}
	return parts
}

// renderPart renders one block, taking a fresh renderer after a failure.
func renderPart(b block, render blockRenderer, err error, newRenderer func() (blockRenderer, error)) (*part, blockRenderer, error) {
	md := b.markdown()
	out, ok := md, false
	if err == nil {
		out, ok = renderSafely(render, md, b.frame)
	}
	if !ok { // never lose text; start afresh after a failure
		render, err = newRenderer()
	}
	return readBlock(out, b.quotes()), render, err
}

// ensure renders block b if it is not yet rendered, and reports whether
// it had to (then the layout below it moved).
func (d *doc) ensure(b int) bool {
	if b < 0 || b >= len(d.parts) || d.parts[b] != nil {
		return false
	}
	if d.render == nil && d.renderErr == nil {
		d.render, d.renderErr = d.newRenderer()
	}
	d.parts[b], d.render, d.renderErr = renderPart(d.blocks[b], d.render, d.renderErr, d.newRenderer)
	d.relayout()
	return true
}

// ensureAll renders every block still missing, in parallel: search needs
// all of the text.
func (d *doc) ensureAll() {
	var missing []block
	var at []int
	for b, p := range d.parts {
		if p == nil {
			missing, at = append(missing, d.blocks[b]), append(at, b)
		}
	}
	if len(missing) == 0 {
		return
	}
	parts := renderParts(missing, d.newRenderer, func() bool { return false })
	for i, b := range at {
		d.parts[b] = parts[i]
	}
	d.relayout()
}

// complete reports whether every block is rendered.
func (d *doc) complete() bool {
	for _, p := range d.parts {
		if p == nil {
			return false
		}
	}
	return true
}

// merge takes blocks rendered in the background; blocks already rendered
// on demand are kept (they are the same).
func (d *doc) merge(parts []*part) {
	for b, p := range parts {
		if d.parts[b] == nil && p != nil {
			d.parts[b] = p
		}
	}
	d.relayout()
}

// height is how many lines block b takes, with the blank line after it.
func (d *doc) height(b int) int {
	gap := 1
	if b == len(d.blocks)-1 || d.blocks[b].joinNext {
		gap = 0
	}
	if p := d.parts[b]; p != nil {
		return len(p.lines) + gap
	}
	return d.estimate[b] + gap
}

func (d *doc) relayout() {
	if len(d.start) != len(d.blocks)+1 {
		d.start = make([]int, len(d.blocks)+1)
	}
	at := 0
	for b := range d.blocks {
		d.start[b] = at
		at += d.height(b)
	}
	d.start[len(d.blocks)] = at
}

// total is the number of lines.
func (d *doc) total() int { return d.start[len(d.blocks)] }

// blockAt is the block a line is in: the last that starts at or before it.
func (d *doc) blockAt(line int) int {
	i := sort.Search(len(d.blocks), func(i int) bool { return d.start[i] > line })
	return max(0, i-1)
}

// lineAt returns the rendered block holding a line and the line's index
// in it; p is nil for a blank line between blocks or an unrendered block.
func (d *doc) lineAt(li int) (p *part, b, j int) {
	if li < 0 || li >= d.total() {
		return nil, -1, -1
	}
	b = d.blockAt(li)
	j = li - d.start[b]
	p = d.parts[b]
	if p == nil || j >= len(p.lines) {
		return nil, b, j
	}
	return p, b, j
}

// quoteLine is the first line of quote q: exact once its block is
// rendered, else the block's first line; -1 when not shown.
func (d *doc) quoteLine(q int) int {
	if q < 0 || q >= len(d.quoteBlock) || d.quoteBlock[q] < 0 {
		return -1
	}
	b := d.quoteBlock[q]
	if p := d.parts[b]; p != nil {
		if j, ok := p.quoteLine[q]; ok {
			return d.start[b] + j
		}
	}
	return d.start[b]
}

// renderSafely renders one block, giving back the block's escaped source
// and false if the renderer fails or panics.
func renderSafely(render blockRenderer, md string, fr frame) (out string, ok bool) {
	defer func() {
		if recover() != nil {
			out, ok = md, false
		}
	}()
	out, err := render(md, fr)
	if err != nil {
		return md, false
	}
	return out, true
}

// readBlock takes one rendered block, drops glamour's blank lines around
// it, and turns its markers into spans (notes §5.4).
func readBlock(out string, quotes []int) *part {
	lines := strings.Split(out, "\n")
	blank := func(l string) bool { return strings.TrimSpace(ansi.Strip(l)) == "" }
	for len(lines) > 0 && blank(lines[0]) {
		lines = lines[1:]
	}
	for len(lines) > 0 && blank(lines[len(lines)-1]) {
		lines = lines[:len(lines)-1]
	}
	p := &part{quoteLine: map[int]int{}}
	marker := -1 // index into quotes of the span being read
	open := false
	unmark := strings.NewReplacer(quoteOpen, "", quoteClose, "")
	for _, l := range lines {
		plain := ansi.Strip(l)
		var spans []span
		var pb strings.Builder
		cell, start, firstText, lastText := 0, -1, -1, 0
		for j := 0; j < len(plain); {
			if strings.HasPrefix(plain[j:], quoteOpen) {
				marker++
				open, start = true, cell
				j += len(quoteOpen)
				continue
			}
			if strings.HasPrefix(plain[j:], quoteClose) {
				if start < 0 {
					start = firstText
				}
				if marker >= 0 && marker < len(quotes) && cell > start {
					spans = append(spans, span{start, cell, quotes[marker]})
				}
				open, start = false, -1
				j += len(quoteClose)
				continue
			}
			var g string
			var w int
			if c := plain[j]; c < 0x80 && (j+1 == len(plain) || plain[j+1] < 0x80) {
				g, w = plain[j:j+1], 1 // ASCII: one cell, no grapheme search
			} else {
				g, w = ansi.FirstGraphemeCluster(plain[j:], ansi.GraphemeWidth)
			}
			if g != " " && g != "│" && g != "|" { // glamour margin/padding and block quote bar
				if firstText < 0 {
					firstText = cell
				}
				lastText = cell + w
			}
			pb.WriteString(g)
			cell += w
			j += len(g)
		}
		if open && marker >= 0 && marker < len(quotes) {
			if start < 0 {
				start = firstText
			}
			if start >= 0 && lastText > start {
				spans = append(spans, span{start, lastText, quotes[marker]})
			}
		}
		for _, sp := range spans {
			if _, ok := p.quoteLine[sp.quote]; !ok {
				p.quoteLine[sp.quote] = len(p.lines)
			}
		}
		// glamour pads every line to the wrap width (#235); cutting the
		// padding keeps frames small.
		text := strings.TrimRight(pb.String(), " ")
		w := ansi.StringWidth(text)
		p.lines = append(p.lines, ansi.Truncate(unmark.Replace(l), w, ""))
		p.plain = append(p.plain, text)
		p.spans = append(p.spans, spans)
		p.widths = append(p.widths, w)
	}
	p.text = strings.Join(p.plain, " ")
	return p
}
