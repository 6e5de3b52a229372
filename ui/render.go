package ui

import (
	"runtime"
	"strings"
	"sync"

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

// doc is a story rendered for one width: the expensive part, made once per
// story, width and theme, then only read while painting frames.
type doc struct {
	width  int
	lines  []string // rendered lines, markers removed, padding trimmed
	plain  []string // the same without styling, for search and clicks
	spans  [][]span // spans[line] are the quote spans on that line, in order
	widths []int    // widths[line] in cells
	// quoteLine[q] is the first line of quote q, or -1 if it is not shown.
	quoteLine []int
	// blockStart[i] is the first line of block i; blocks[i] its kind.
	blockStart []int
	blocks     []block
	// text[i] is block i's plain lines joined by spaces, so that search
	// finds words wrapped over lines; lower[i] is it lowercased, or "" when
	// lowercasing changes its length (then it is searched as written).
	// Made with the render, not on each key of the find prompt.
	text, lower []string
}

// blockRenderer renders one block of Markdown. Each render worker has its
// own: a glamour renderer is not safe for concurrent use, but is cheap to
// make (notes §5.5).
type blockRenderer func(md string) (string, error)

// glamourBlocks makes a worker's glamour renderer for a style and width.
func glamourBlocks(style gansi.StyleConfig, width int) func() (blockRenderer, error) {
	return func() (blockRenderer, error) {
		r, err := glamour.NewTermRenderer(glamour.WithStyles(style), glamour.WithWordWrap(width))
		if err != nil {
			return nil, err
		}
		return r.Render, nil
	}
}

// renderDoc renders a story's blocks at the given wrap width.
func renderDoc(s *model.Story, width int, style gansi.StyleConfig) *doc {
	return renderBlocks(s, width, glamourBlocks(style, width), func() bool { return false })
}

// renderBlocks renders and reads a story's blocks in parallel. A block that
// fails or panics in glamour shows as its escaped source, and its worker
// takes a fresh renderer: a panic in a render worker would otherwise end
// the program with the terminal still in the alternate screen. Workers
// stop between blocks once stale says the render is no longer wanted, and
// then renderBlocks returns nil.
func renderBlocks(s *model.Story, width int, newRenderer func() (blockRenderer, error), stale func() bool) *doc {
	blocks := storyBlocks(s)
	parts := make([]part, len(blocks))
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
				out, ok := blocks[i].md, false
				if err == nil {
					out, ok = renderSafely(render, blocks[i].md)
				}
				if !ok { // never lose text; start afresh after a failure
					render, err = newRenderer()
				}
				parts[i] = readBlock(out, blocks[i].quotes)
			}
		}()
	}
	wg.Wait()
	if stale() {
		return nil
	}

	d := &doc{width: width, blocks: blocks, quoteLine: make([]int, len(s.Quotes))}
	for i := range d.quoteLine {
		d.quoteLine[i] = -1
	}
	for i, p := range parts {
		if i > 0 {
			d.lines, d.plain, d.spans, d.widths = append(d.lines, ""), append(d.plain, ""), append(d.spans, nil), append(d.widths, 0)
		}
		d.blockStart = append(d.blockStart, len(d.lines))
		for j, sps := range p.spans {
			for _, sp := range sps {
				if d.quoteLine[sp.quote] < 0 {
					d.quoteLine[sp.quote] = len(d.lines) + j
				}
			}
		}
		d.lines = append(d.lines, p.lines...)
		d.plain = append(d.plain, p.plain...)
		d.spans = append(d.spans, p.spans...)
		d.widths = append(d.widths, p.widths...)
		text := strings.Join(p.plain, " ")
		low := strings.ToLower(text)
		if len(low) != len(text) {
			low = ""
		}
		d.text, d.lower = append(d.text, text), append(d.lower, low)
	}
	return d
}

// renderSafely renders one block, giving back the block's escaped source
// and false if the renderer fails or panics.
func renderSafely(render blockRenderer, md string) (out string, ok bool) {
	defer func() {
		if recover() != nil {
			out, ok = md, false
		}
	}()
	out, err := render(md)
	if err != nil {
		return md, false
	}
	return out, true
}

// part is one block's rendered lines.
type part struct {
	lines, plain []string
	spans        [][]span
	widths       []int
}

// readBlock takes one rendered block, drops glamour's blank lines around
// it, and turns its markers into spans (notes §5.4).
func readBlock(out string, quotes []int) part {
	lines := strings.Split(out, "\n")
	blank := func(l string) bool { return strings.TrimSpace(ansi.Strip(l)) == "" }
	for len(lines) > 0 && blank(lines[0]) {
		lines = lines[1:]
	}
	for len(lines) > 0 && blank(lines[len(lines)-1]) {
		lines = lines[:len(lines)-1]
	}
	var p part
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
			if g != " " && g != "│" { // glamour margin/padding and block quote bar
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
		// glamour pads every line to the wrap width (#235); cutting the
		// padding keeps frames small.
		text := strings.TrimRight(pb.String(), " ")
		w := ansi.StringWidth(text)
		p.lines = append(p.lines, ansi.Truncate(unmark.Replace(l), w, ""))
		p.plain = append(p.plain, text)
		p.spans = append(p.spans, spans)
		p.widths = append(p.widths, w)
	}
	return p
}
