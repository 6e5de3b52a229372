package ui

import (
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
	switch {
	case r.s == nil:
		rows = append(rows, fit(st.dim.Render("  no story selected"), r.width))
	case r.doc == nil:
		rows = append(rows, fit(st.dim.Render("  rendering"+st.ellipsis), r.width))
	default:
		for row := range body {
			li := r.offset + row
			if li >= len(r.doc.lines) {
				break
			}
			gutter, marks := r.lineMarks(li)
			w := r.doc.widths[li]
			line := gutter + " " + paint(r.doc.lines[li], w, marks)
			if pad := r.width - 2 - w; pad >= 0 {
				rows = append(rows, line+spaces(pad))
			} else {
				rows = append(rows, fit(line, r.width))
			}
		}
	}
	for len(rows) < body {
		rows = append(rows, strings.Repeat(" ", r.width))
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
		return fit(st.prompt.Render("find: ")+r.search.query+st.cursor, r.width)
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

// lineMarks builds a line's gutter mark and highlight marks, weakest first:
// quotes, the person's quotes, mentions, the current quote, search hits.
func (r *readerPane) lineMarks(li int) (string, []mark) {
	st := &r.c.st
	gutter := " "
	var marks, strong []mark
	rank := 0 // which gutter mark wins: cable > speech > person > current
	for _, sp := range r.doc.spans[li] {
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
	if li < len(r.mentions) {
		marks = append(marks, r.mentions[li]...)
	}
	marks = append(marks, strong...)
	for _, h := range r.search.byLine[li] {
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
