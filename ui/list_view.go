package ui

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// titleLines is an item's title wrapped to at most maxTitleLines lines.
func (l *listPane) titleLines(si int) []string {
	w := max(1, l.width-2)
	t := l.title(si)
	if ansi.StringWidth(t) <= w {
		return []string{t}
	}
	lines := strings.SplitN(ansi.Wordwrap(t, w, ""), "\n", maxTitleLines)
	last := len(lines) - 1
	lines[last] = strings.ReplaceAll(lines[last], "\n", " ")
	for i := range lines {
		lines[i] = truncate(lines[i], w, l.c.st.ellipsis)
	}
	return lines
}

// itemRows is how many rows an item takes: title lines, meta, gap.
func (l *listPane) itemRows(i int) int { return len(l.titleLines(int(l.items[i]))) + 2 }

// bodyRows is the rows for items; the last row is the status line.
func (l *listPane) bodyRows() int { return max(0, l.height-1) }

// visible is how many items fit from the top item.
func (l *listPane) visible() int {
	n, rows := 0, 0
	for i := l.top; i < len(l.items); i++ {
		rows += l.itemRows(i)
		if rows-1 > l.bodyRows() { // the last gap may fall off
			break
		}
		n++
	}
	return max(1, n)
}

// itemAt returns the index into items under a row of the pane, or -1.
func (l *listPane) itemAt(row int) int {
	if row < 0 || row >= l.bodyRows() {
		return -1
	}
	at := 0
	for i := l.top; i < len(l.items); i++ {
		n := l.itemRows(i)
		if row < at+n-1 {
			return i
		}
		if row < at+n {
			return -1 // the gap
		}
		at += n
	}
	return -1
}

func (l *listPane) View() string {
	st := &l.c.st
	rows := make([]string, 0, l.height)
	w := max(0, l.width-2)
	l.drawnFits()
	for i := l.top; i < len(l.items) && len(rows) < l.bodyRows(); i++ {
		si := int(l.items[i])
		if i != l.sel {
			rows = append(rows, l.drawn(si)...)
			continue
		}
		bar, title, meta := st.selBar.Render(st.markBar)+" ", st.selTitle, st.selMeta
		if !l.focused {
			bar, title = st.markBarDim+" ", st.title
		}
		rows = l.drawItem(rows, si, bar, title, meta, w)
	}
	if len(l.items) == 0 {
		none := "  no stories match"
		if l.counting() { // none known yet (changedUnderFilter)
			none = "  searching" + st.ellipsis
		}
		rows = append(rows, fit(st.dim.Render(none), l.width))
	}
	for len(rows) < l.bodyRows() {
		rows = append(rows, l.blank)
	}
	rows = rows[:l.bodyRows()]
	if l.height > 0 {
		rows = append(rows, l.statusRow())
	}
	return strings.Join(rows, "\n")
}

// drawItem appends the rows of story si's item: its title lines, its
// line of what it is, and a gap.
func (l *listPane) drawItem(rows []string, si int, bar string, title, meta lipgloss.Style, w int) []string {
	for _, t := range l.titleLines(si) {
		rows = append(rows, fit(bar+title.Render(t), l.width))
	}
	rows = append(rows, fit(bar+meta.Render(truncate(l.meta(si), w, l.c.st.ellipsis)), l.width))
	return append(rows, l.blank)
}

// drawn is the rows of story si's item when it is not selected, drawn
// the first time they are asked for since the width or the theme
// changed: a frame styles and measures only the selected item and those
// it had not shown (issue 14: a letter typed at 100,000 stories makes
// two or three frames, and drawing every item shown was more than half
// of each).
func (l *listPane) drawn(si int) []string {
	if rows, ok := l.drawnRows[si]; ok {
		return rows
	}
	if len(l.drawnRows) >= maxDrawn {
		clear(l.drawnRows)
	}
	st := &l.c.st
	rows := l.drawItem(nil, si, "  ", st.title, st.meta, max(0, l.width-2))
	l.drawnRows[si] = rows
	return rows
}

// maxDrawn bounds the items whose rows are kept drawn.
const maxDrawn = 1024

// drawnFits forgets the rows drawn for another width or theme (load
// forgets those of another library).
func (l *listPane) drawnFits() {
	if l.drawnRows != nil && l.drawnWidth == l.width && l.drawnTheme == l.c.theme {
		return
	}
	l.drawnRows, l.drawnWidth, l.drawnTheme = map[int][]string{}, l.width, l.c.theme
	l.blank = spaces(l.width)
}

func (l *listPane) statusRow() string {
	st := &l.c.st
	if l.filter.open {
		row := st.prompt.Render("filter: ") + l.filter.text + st.cursor
		if l.counting() {
			row += st.headerDim.Render(st.dot + "counting")
		}
		return fit(row, l.width)
	}
	s := fmt.Sprintf(" %d/%d", min(l.sel+1, len(l.items)), len(l.items))
	if l.order != byFile {
		s += st.dot + "by " + l.order.String()
	}
	if l.filter.text != "" {
		s += st.dot + "/" + l.filter.text
	}
	style := st.status
	if l.focused {
		style = st.statusFocus
	}
	return style.Render(fit(truncate(s, l.width, st.ellipsis), l.width))
}
