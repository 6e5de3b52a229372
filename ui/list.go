package ui

import (
	"fmt"
	"slices"
	"strings"

	"cables/model"
)

// list is the story list: two lines per story and a gap.
type list struct {
	c             *common
	width, height int
	titles        []string // per story
	metas         []string // per story: outlet, date, quote counts, people
	haystack      []string // per story: what the filter matches against
	items         []int    // the stories shown, in order
	sel           int      // index into items
	top           int      // first item shown
	filter        string
	editing       bool // the filter prompt is open
}

const itemRows = 3

func newList(c *common) list {
	l := list{c: c}
	for _, s := range c.lib.Stories {
		title := s.Title
		if title == "" {
			title = s.ID
		}
		l.titles = append(l.titles, plainText(title))
		l.metas = append(l.metas, plainText(storyMeta(s)))
		l.haystack = append(l.haystack, title+" "+s.Outlet+" "+strings.Join(s.MainPeople(5), " "))
	}
	l.refilter()
	return l
}

// storyMeta is a list item's second line.
func storyMeta(s *model.Story) string {
	var parts []string
	if s.Outlet != "" {
		parts = append(parts, s.Outlet)
	}
	if d := s.Published.Short(); d != "" {
		parts = append(parts, d)
	}
	cable, speech := s.CountKinds()
	parts = append(parts, fmt.Sprintf("%d cable/%d speech", cable, speech))
	if people := s.MainPeople(3); len(people) > 0 {
		parts = append(parts, strings.Join(people, ", "))
	}
	return strings.Join(parts, " · ")
}

// refilter recomputes the shown stories from the person filter and the
// fuzzy filter, keeping the selected story if it is still shown.
func (l *list) refilter() {
	keep := -1
	if cur, ok := l.selected(); ok {
		keep = cur
	}
	var base []int
	if p := l.c.person; p != "" {
		base = l.c.lib.StoriesWith(p)
	} else {
		base = make([]int, len(l.titles))
		for i := range base {
			base[i] = i
		}
	}
	if l.filter == "" {
		l.items = base
	} else {
		type scored struct{ story, score int }
		var hits []scored
		for _, si := range base {
			if sc, ok := fuzzyScore(l.filter, l.haystack[si]); ok {
				hits = append(hits, scored{si, sc})
			}
		}
		slices.SortStableFunc(hits, func(a, b scored) int { return b.score - a.score })
		l.items = l.items[:0:0]
		for _, h := range hits {
			l.items = append(l.items, h.story)
		}
	}
	l.sel = max(0, slices.Index(l.items, keep))
	l.top = 0
	l.show()
}

func (l *list) selected() (int, bool) {
	if l.sel < 0 || l.sel >= len(l.items) {
		return -1, false
	}
	return l.items[l.sel], true
}

// visible is how many items fit.
func (l *list) visible() int { return max(1, (l.height-1)/itemRows) }

func (l *list) move(n int) {
	if len(l.items) == 0 {
		return
	}
	l.sel = max(0, min(len(l.items)-1, l.sel+n))
	l.show()
}

// reveal selects a story, clearing the text filter if it hides it.
func (l *list) reveal(story int) {
	if !slices.Contains(l.items, story) && l.filter != "" {
		l.filter, l.editing = "", false
		l.refilter()
	}
	if i := slices.Index(l.items, story); i >= 0 {
		l.sel = i
		l.show()
	}
}

// show scrolls so the selection is visible.
func (l *list) show() {
	if l.sel < l.top {
		l.top = l.sel
	}
	if l.sel >= l.top+l.visible() {
		l.top = l.sel - l.visible() + 1
	}
	l.top = max(0, min(l.top, len(l.items)-l.visible()))
}

func (l *list) scroll(n int) {
	l.top = max(0, min(l.top+n, len(l.items)-l.visible()))
	l.sel = max(l.top, min(l.sel, l.top+l.visible()-1))
}

// itemAt returns the index into items under a row of the pane, or -1.
func (l *list) itemAt(row int) int {
	i := l.top + row/itemRows
	if row < 0 || row/itemRows >= l.visible() || i >= len(l.items) || row%itemRows == 2 {
		return -1
	}
	return i
}

func (l *list) view(focused bool) []string {
	st := &l.c.st
	rows := make([]string, 0, l.height)
	for i := l.top; i < len(l.items) && len(rows)+itemRows <= l.height-1; i++ {
		si := l.items[i]
		bar, title, meta := "  ", st.title, st.meta
		if i == l.sel {
			bar, title, meta = st.selBar.Render(st.markBar)+" ", st.selTitle, st.selMeta
			if !focused {
				title = st.title
			}
		}
		w := max(0, l.width-2)
		rows = append(rows, fit(bar+title.Render(truncate(l.titles[si], w)), l.width))
		rows = append(rows, fit(bar+meta.Render(truncate(l.metas[si], w)), l.width))
		rows = append(rows, strings.Repeat(" ", l.width))
	}
	if len(l.items) == 0 {
		rows = append(rows, fit(st.dim.Render("  no stories match"), l.width))
	}
	for len(rows) < l.height-1 {
		rows = append(rows, strings.Repeat(" ", l.width))
	}
	rows = rows[:max(0, l.height-1)]
	return append(rows, l.statusRow())
}

func (l *list) statusRow() string {
	st := &l.c.st
	if l.editing {
		return fit(st.prompt.Render("filter: ")+l.filter+"█", l.width)
	}
	s := fmt.Sprintf(" %d/%d", min(l.sel+1, len(l.items)), len(l.items))
	if l.filter != "" {
		s += " · /" + l.filter
	}
	return st.status.Render(fit(truncate(s, l.width), l.width))
}
