package ui

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"

	"cables/model"
)

// View draws the visible rows with their marks and the status line. Only
// these rows are painted: the cost of a frame does not grow with the story.
func (r *readerPane) View() string { return strings.Join(r.rows(), "\n") }

func (r *readerPane) rows() []string {
	st := &r.c.st
	rows := make([]string, 0, r.height)
	body := r.bodyHeight()
	margin := spaces(r.margin())
	switch {
	case r.s == nil:
		rows = append(rows, fit(st.dim.Render("  no story selected"), r.width))
	case r.doc == nil:
		rows = append(rows, fit(st.dim.Render("  rendering"+st.ellipsis), r.width))
	default:
		for row := range body {
			li := r.offset + row
			if li >= r.doc.total() {
				break
			}
			p, b, j := r.doc.lineAt(li)
			if p == nil { // the gap between blocks
				rows = append(rows, spaces(r.width))
				continue
			}
			gutter, marks := r.lineMarks(p, b, j)
			if r.verdicts() {
				gutter = r.verdictCell(p, b, j) + gutter
			}
			w := p.widths[j]
			line := margin + gutter + " " + paint(p.lines[j], w, marks)
			if pad := r.width - len(margin) - r.gutterWidth() - w; pad >= 0 {
				rows = append(rows, line+spaces(pad))
			} else {
				rows = append(rows, fit(line, r.width))
			}
		}
	}
	for len(rows) < body {
		rows = append(rows, spaces(r.width))
	}
	rows = rows[:body]
	if r.height > 1 {
		rows = append(rows, r.statusRow())
	}
	return rows
}

func (r *readerPane) statusRow() string {
	st := &r.c.st
	if r.search.editing {
		count := ""
		if r.search.query != "" {
			count = st.dim.Render(fmt.Sprintf("  %d found", len(r.search.matches)))
		}
		return fit(st.prompt.Render("find: ")+r.search.query+st.cursor+count, r.width)
	}
	pct := r.percent()
	left := truncate(r.statusLine(), max(0, r.width-len(pct)-3), st.ellipsis)
	gap := max(1, r.width-lipgloss.Width(left)-len(pct)-2)
	style := st.status
	if r.focused {
		style = st.statusFocus
	}
	return style.Render(fit(" "+left+strings.Repeat(" ", gap)+pct+" ", r.width))
}

// lineMarks builds the gutter mark and highlight marks of line j of block
// b, weakest first: quotes, the person's quotes, mentions, the current
// quote, search hits.
func (r *readerPane) lineMarks(p *part, b, j int) (string, []mark) {
	st := &r.c.st
	gutter := " "
	var marks, strong []mark
	rank := 0 // which gutter mark wins: cable > speech > person > current
	for _, sp := range p.spans[j] {
		q := r.s.Quotes[sp.quote]
		style, g, k := &st.speechP, st.markSpeech, 1
		if q.Kind == model.Cable {
			style, g, k = &st.cableP, st.markCable, 2
		}
		if r.byPerson(sp.quote) {
			style, g, k = &st.personP, st.markPerson, 3
		}
		if sp.quote == r.cur {
			g, k = st.markCurrent, 4
			strong = append(strong, mark{sp.start, sp.end, &st.currentP})
		}
		marks = append(marks, mark{sp.start, sp.end, style})
		if k > rank {
			gutter, rank = g, k
		}
	}
	if ms := r.mentionsIn(b); j < len(ms) {
		marks = append(marks, ms[j]...)
	}
	marks = append(marks, strong...)
	for _, h := range r.search.byBlock[b] {
		if h.line != j {
			continue
		}
		style := &st.matchP
		if h.match == r.search.cur {
			style = &st.curMatchP
		}
		marks = append(marks, mark{h.start, h.end, style})
	}
	if rank == 4 {
		gutter = st.current.Render(gutter)
	}
	return gutter, marks
}

// verdicts reports whether the gutter has a column for verdicts: when the
// reader has an archive to open, from the first frame, so that nothing
// moves when the archive opens or the marks come in.
func (r *readerPane) verdicts() bool { return r.c.archive.open != nil }

// gutterWidth is the cells left of the text: the verdict, the bar, a space.
func (r *readerPane) gutterWidth() int {
	if r.verdicts() {
		return 3
	}
	return 2
}

// verdictCell is the verdict mark of the quote that starts on line j of
// block b: the current quote's if it is one of them, else the first's.
func (r *readerPane) verdictCell(p *part, b, j int) string {
	best := -1
	for _, sp := range p.spans[j] {
		q := sp.quote
		if r.doc.quoteBlock[q] != b || p.quoteLine[q] != j || (best >= 0 && q != r.cur) {
			continue
		}
		if showsVerdict(&r.s.Quotes[q], r.c.archive.matchOf(r.story, q)) {
			best = q
		}
	}
	if best < 0 {
		return " "
	}
	return r.c.st.verdictMark(r.c.archive.matchOf(r.story, best).Verdict)
}
