package ui

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"sync/atomic"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"cables/model"
)

// listPane is the story list: each story its title (up to two lines, so
// whole titles show in a narrow pane), a line of what it is, and a gap.
type listPane struct {
	c             *common
	keys          *listKeys
	width, height int
	focused       bool
	titles        []string       // per story
	metas         []string       // per story: outlet, date, quote counts, people; "" until shown
	shown         []*model.Story // the stories titles and metas are for
	shownDot      string         // and the separator they were made with
	items         []int32        // the stories shown, in order
	sel           int            // index into items
	top           int            // first item shown
	filter        prompt
	order         sortOrder
	// trail is the filters typed on the way to the current one, each with
	// the stories it let through: typing on narrows the last instead of
	// searching every story again, and erasing goes back to one already
	// found (issue 14: at 100,000 stories a search of every body is ~75 ms
	// of CPU per keystroke).
	trail     []*model.Filtered
	trailBase string // the person, order and count the trail is for
	// base is the stories the person filter lets through, in the sort
	// order, kept while baseKey (person, order, count) holds: at 100,000
	// stories, building and sorting it again was a third of a keystroke.
	base    []int32
	baseKey string
	// itemsFor is the filter text items are for. A filter typed into runs
	// off the UI goroutine (issue 14: at 100,000 stories a letter can be
	// 50-250 ms of CPU), so that the letter shows at once; filtering says
	// one is running, and letters typed meanwhile are searched for
	// together when it ends. filterGen numbers the list's states: a
	// result for an older one is dropped.
	itemsFor  string
	filtering bool
	filterGen int
	// firstFor is the filter text whose first matches are shown while
	// the rest of the stories are searched (firstMatches).
	firstFor string
	// pick is one more than a story to select when the filter's answer
	// comes (reveal), 0 for none; typing clears it.
	pick int
	// searchGen numbers the texts searched for off the UI goroutine; a
	// search asks it between stories and gives up once it has moved on
	// (a letter typed or erased since, or the list changed), so that the
	// search for what is typed now starts at once. searchFor is the text
	// it numbers, and searched is closed when the search of every story
	// for that text has ended: the search of the first stories waits a
	// little for it (firstAfter), unless movedOn is closed: the list has
	// moved on from searchFor.
	searchGen *atomic.Int64
	searchFor string
	searched  chan struct{}
	movedOn   chan struct{}
	// drawnRows are items' rows as drawn unselected, by story (drawn),
	// for the width and theme they were drawn with and the stories
	// shown; blank is a row of spaces as wide.
	drawnRows  map[int][]string
	drawnWidth int
	drawnTheme theme
	blank      string
}

// A filter over many stories first searches the first firstStories of
// them and shows their matches, marked as still counting, while the rest
// are searched (issue 14: at 100,000 stories some letters are 50-250 ms
// of CPU; the first screenful is there in a few ms). Every match shown
// is one: a story matches or not whatever else is searched, and the
// first matches rank among themselves as they will among all.
//
// The first stories are searched only if the search of all has not
// ended within firstAfter, the 16 ms a keystroke may take: a search of
// all that ends sooner shows its matches before the first could. Now
// that the heaviest letters are searched in all stories in about 10 ms,
// the first are the exception (a loaded machine, a library not yet
// indexed), and few: a screenful's candidates and more (issue 14: at
// 100,000 stories, searching the first 1,024 after 4 ms cost each heavy
// letter 5-9 CPU-ms more, reading their bodies for a word the index had
// answered for all, and on a loaded machine held up the search of all).
var (
	firstStories = 256
	firstAbove   = 16 * 1024 // fewer candidates are searched at once
	firstAfter   = 16 * time.Millisecond
)

// maxTrail bounds the filters kept: a long query typed and erased.
const maxTrail = 64

// sortOrder is how the list is sorted when no filter ranks it.
type sortOrder int

const (
	byFile sortOrder = iota
	byDate
	byOutlet
	byQuotes
	sortOrders
)

func (o sortOrder) String() string {
	return [...]string{"file", "date", "outlet", "quotes"}[o]
}

// Messages the root sends the list.
type (
	// revealStoryMsg selects a story, clearing a filter that hides it.
	revealStoryMsg struct{ story int }
	// libraryChangedMsg: the library or the person filter changed. grew:
	// stories came while the library arrives, and a text filter is
	// searched off the UI goroutine, as typed, the stories it showed kept
	// meanwhile (issue 14, 11: before the index, a finder folding every
	// title and reading every story held it 0.1-0.3 s or more each time).
	libraryChangedMsg struct{ grew bool }
	// filteredMsg is what a filter run in the background found, for the
	// list's state gen and the trail it was made for.
	filteredMsg struct {
		gen       int
		trailBase string
		found     *model.Filtered
		// first: found is of the first firstStories candidates only
		first bool
	}
)

func newList(c *common) *listPane {
	l := &listPane{c: c, keys: &c.keys.list, searchGen: new(atomic.Int64)}
	l.load(true)
	return l
}

// load takes the library's stories: a library that grows as it is read
// keeps the titles and lines made of the stories it had (issue 14: at
// 10,000 stories, making them all again was 80 ms of every step), and
// each of another is made when first shown (issue 14, 11: at 100,000
// stories, a reload made every title again on the UI goroutine). It
// filters them again when told to.
func (l *listPane) load(refilter bool) {
	stories, n := l.c.lib.Stories, len(l.shown)
	if l.shownDot != l.c.st.dot || n > len(stories) || !sameStories(l.shown, stories[:n]) {
		n = 0
	}
	if n < len(stories) || len(l.titles) != n {
		titles, metas := make([]string, len(stories)), make([]string, len(stories)) // "" until shown
		copy(titles, l.titles[:n])
		copy(metas, l.metas[:n])
		l.titles, l.metas = titles, metas
	}
	l.shown, l.shownDot = stories, l.c.st.dot
	l.trail, l.base = nil, nil
	l.drawnRows = nil // their titles and lines may be another story's
	if refilter {
		l.refilter()
	}
}

// sameStories tells two lists of the same stories in the same order.
func sameStories(a, b []*model.Story) bool {
	if len(a) > 0 && len(b) > 0 && &a[0] == &b[0] {
		return len(a) == len(b) // the same array
	}
	return slices.Equal(a, b)
}

// title is story si's title as the list shows it, made the first time
// it is shown.
func (l *listPane) title(si int) string {
	if l.titles[si] == "" {
		s := l.shown[si]
		title := s.Title
		if title == "" {
			title = s.ID
		}
		l.titles[si] = plainText(title)
	}
	return l.titles[si]
}

// refilterSoon is refilter after stories came: a text filter is searched
// for again as if typed, off the UI goroutine, and the stories it showed
// stay shown until then (a library that grows keeps its stories' ids).
func (l *listPane) refilterSoon() tea.Cmd {
	if strings.TrimSpace(l.filter.text) == "" {
		l.refilter()
		return nil
	}
	l.itemsFor, l.firstFor = "", "" // none is for the text typed now
	l.filterGen++                   // a filter still running is for what was
	l.moveOn("")                    // and gives up
	l.show()
	return l.typed()
}

// changedUnderFilter is refilter after the person filter changed (same:
// the library's stories are those shown) or another library came, with a
// text filter typed: it is searched for again off the UI goroutine, as
// typed (issue 14, 11: at 100,000 stories, 50-120 ms of CPU on it for a
// person, and for a reload, reading every story before the index, 0.5-2
// s), the list meanwhile showing the stories it showed that the person
// filter lets through (a story matches the text or not whoever is
// chosen), marked as counting; none of another library. The story
// selected stays selected if it is still shown.
func (l *listPane) changedUnderFilter(same bool) tea.Cmd {
	keep, ok := l.selected()
	var items []int32
	if same {
		in := make([]bool, len(l.shown))
		for _, si := range l.sortedBase() {
			in[si] = true
		}
		for _, si := range l.items {
			if in[si] {
				items = append(items, si)
			}
		}
	}
	l.items, l.sel, l.top = items, 0, 0
	if i := slices.Index(items, int32(keep)); ok && i >= 0 {
		l.sel = i
	}
	l.itemsFor, l.firstFor = "", l.filter.text // counting
	l.filterGen++                              // a filter still running is for what was
	l.moveOn("")                               // and gives up
	l.show()
	return l.typed()
}

// meta is story si's second line, made the first time it is shown: a
// library of 10,000 that came whole made every one at once (issue 14:
// 28-72 ms of the frame that shows it, on a loaded machine).
func (l *listPane) meta(si int) string {
	if l.metas[si] == "" {
		l.metas[si] = plainText(storyMeta(l.shown[si], l.c.st.dot))
	}
	return l.metas[si]
}

// storyMeta is a list item's second line.
func storyMeta(s *model.Story, dot string) string {
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
	return strings.Join(parts, dot)
}

func (l *listPane) Typing() bool { return l.filter.open }

func (l *listPane) SetSize(w, h int) tea.Cmd {
	l.width, l.height = w, h
	l.show()
	return nil
}

func (l *listPane) ShortHelp() []key.Binding {
	return []key.Binding{l.keys.Open, l.keys.Filter, l.keys.Sort}
}

func (l *listPane) FullHelp() [][]key.Binding {
	return [][]key.Binding{l.keys.navHelp(), {l.keys.Open, l.keys.Filter, l.keys.Back, l.keys.Sort}}
}

func (l *listPane) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		return l.key(msg)
	case tea.PasteMsg:
		if l.filter.open {
			return l.edit(msg)
		}
	case tea.MouseWheelMsg:
		switch msg.Button {
		case tea.MouseWheelUp:
			l.scroll(-1)
		case tea.MouseWheelDown:
			l.scroll(1)
		}
	case tea.MouseClickMsg:
		if i := l.itemAt(msg.Y); i >= 0 && msg.Button == tea.MouseLeft {
			l.sel = i
			return l.openSelected()
		}
	case revealStoryMsg:
		l.reveal(msg.story)
	case stepStoryMsg:
		l.move(msg.dir)
	case libraryChangedMsg:
		same := l.c.lib.Stories
		if len(l.shown) != len(same) || !sameStories(l.shown, same) {
			same = nil
		}
		l.load(false)
		switch {
		case msg.grew:
			return l.refilterSoon()
		case strings.TrimSpace(l.filter.text) != "":
			return l.changedUnderFilter(same != nil)
		}
		l.refilter()
	case filteredMsg:
		return l.filtered(msg)
	}
	return nil
}

// edit applies a key or a paste to the open filter.
func (l *listPane) edit(msg tea.Msg) tea.Cmd {
	switch l.filter.edit(msg) {
	case promptChanged:
		l.pick = 0
		return l.typed()
	case promptAccepted:
		if l.itemsFor != l.filter.text {
			// the answer shows when it comes, the best match selected,
			// searched off the UI goroutine (issue 14, 11: before the
			// index, 0.1-0.3 s or more on it)
			return l.typed()
		}
	case promptCanceled:
		l.refilter()
	}
	return nil
}

func (l *listPane) key(msg tea.KeyPressMsg) tea.Cmd {
	if l.filter.open {
		return l.edit(msg)
	}
	k := l.keys
	if n, ok := k.step(msg, rowSteps(l.visible(), len(l.items))); ok {
		l.move(n)
		return nil
	}
	switch {
	case key.Matches(msg, k.Filter):
		l.filter.open = true
	case key.Matches(msg, k.Sort):
		l.order = (l.order + 1) % sortOrders
		l.refilter()
		return l.c.status("sorted by " + l.order.String())
	case key.Matches(msg, k.Open):
		return l.openSelected()
	case key.Matches(msg, k.Back):
		switch {
		case l.filter.text != "":
			l.filter.text = ""
			l.refilter()
		case l.c.person != "":
			return l.c.send(personMsg{""})
		}
	}
	return nil
}

func (l *listPane) openSelected() tea.Cmd {
	if si, ok := l.selected(); ok {
		return l.c.send(openStoryMsg{story: si, quote: -1, para: -1})
	}
	return nil
}

// refilter recomputes the shown stories from the person filter, the text
// filter and the sort order, keeping the selected story if still shown.
func (l *listPane) refilter() {
	keep := -1
	if cur, ok := l.selected(); ok {
		keep = cur
	}
	l.items = l.find(l.sortedBase())
	l.itemsFor, l.firstFor, l.pick = l.filter.text, "", 0
	l.filterGen++ // a filter still running is for what was
	l.moveOn("")  // and gives up
	l.sel = max(0, slices.Index(l.items, int32(keep)))
	l.top = 0
	l.show()
}

// typed shows the stories the filter typed into lets through, the best
// match selected, as in fzf: at once when they are known (no filter, or
// one already on the trail: erasing while a filter runs), else from a
// filter run in the background, started now unless one is running (it
// starts the next when it ends).
func (l *listPane) typed() tea.Cmd {
	q, base := l.filter.text, l.sortedBase()
	last := l.trailFor(q, base)
	if strings.TrimSpace(q) == "" || last != nil && last.Query == q {
		l.refilter()
		l.sel, l.top = 0, 0
		return nil
	}
	gen, trailBase, find, indexed := l.filterGen, l.trailBase, l.c.finder(), l.c.find != nil
	var cmds []tea.Cmd
	if q != l.searchFor {
		// a new text: a search still running for another gives up, and
		// the first stories are searched unless all are soon
		l.moveOn(q)
		cands := base
		if last != nil {
			cands = last.Matched // every match of q is among them
		}
		// a space typed after a word keeps the last filter's matches, at once
		if len(cands) > firstAbove && (last == nil || !slices.Equal(strings.Fields(q), strings.Fields(last.Query))) {
			first, stale, searched, movedOn, lib := cands[:firstStories], l.stale(), l.searched, l.movedOn, l.c.lib
			// it gives up, too, once the search of all has ended: what it
			// would show is shown, and what it went on reading was CPU
			// spent for nothing (issue 14)
			stop := func() bool { return stale() || closed(searched) }
			cmds = append(cmds, func() tea.Msg {
				wait := time.NewTimer(firstAfter)
				defer wait.Stop()
				select {
				case <-searched:
					return nil
				case <-movedOn:
					return nil
				case <-wait.C:
				}
				var found *model.Filtered
				switch {
				case indexed && last != nil: // narrowed as all are
					found = find().NarrowUntil(last.Head(firstStories), q, first, stop)
				case indexed:
					found = find().NarrowUntil(nil, q, first, stop)
				default:
					found = readFirst(lib, first, q, stop)
				}
				if found == nil {
					return nil
				}
				return filteredMsg{gen: gen, trailBase: trailBase, found: found, first: true}
			})
		}
	}
	if !l.filtering {
		l.filtering = true
		stop, searched := l.stale(), l.searched
		cmds = append(cmds, func() tea.Msg {
			found := find().NarrowUntil(last, q, base, stop)
			if found != nil {
				select {
				case <-searched: // closed by a search of the same text (none runs two)
				default:
					close(searched)
				}
			}
			return filteredMsg{gen: gen, trailBase: trailBase, found: found}
		})
	}
	return tea.Batch(cmds...)
}

// readFirst is the stories ids of lib that match q, best first, found
// by reading them, nil once stop says so: the first stories while the
// library is not yet indexed, which a finder for all of them (folding
// every title first, 0.1-0.3 s of CPU at 100,000 stories, and more on a
// loaded machine with the index being made on both cores) held up for
// seconds (issue 14, 11).
func readFirst(lib *model.Library, ids []int32, q string, stop func() bool) *model.Filtered {
	stories, local := make([]*model.Story, len(ids)), make([]int32, len(ids))
	for k, id := range ids {
		stories[k], local[k] = lib.Stories[id], int32(k)
	}
	found := (*model.Finder)(nil).Unindexed(&model.Library{Stories: stories}).NarrowUntil(nil, q, local, stop)
	if found == nil {
		return nil
	}
	ranked := make([]int32, len(found.Ranked))
	for i, k := range found.Ranked {
		ranked[i] = ids[k]
	}
	return &model.Filtered{Query: q, Ranked: ranked}
}

// indexReady is told that the library's index is made: a search still
// reading the stories for what is typed gives up, and is started again
// with the index when it has (see filtered), which at 100,000 stories
// ends in milliseconds what reading may take seconds more to.
func (l *listPane) indexReady() {
	if l.filtering {
		l.moveOn("")
	}
}

// moveOn makes q the text searched for: searches for another give up.
func (l *listPane) moveOn(q string) {
	if l.movedOn != nil {
		close(l.movedOn)
	}
	l.searchFor, l.searched, l.movedOn = q, make(chan struct{}), make(chan struct{})
	l.searchGen.Add(1)
}

// stale tells a search started now that the list has moved on from what
// it is for.
func (l *listPane) stale() func() bool {
	gens, gen := l.searchGen, l.searchGen.Load()
	return func() bool { return gens.Load() != gen }
}

// filtered shows what a filter run in the background found, unless the
// list has changed since, and starts the next for what was typed
// meanwhile. The first matches of what is typed are shown until all are
// found; all the matches of an older text are kept on the trail but not
// shown over them.
func (l *listPane) filtered(msg filteredMsg) tea.Cmd {
	current := msg.gen == l.filterGen && msg.trailBase == l.trailBase
	if msg.first {
		if current && msg.found.Query == l.filter.text && l.itemsFor != l.filter.text {
			l.items, l.firstFor = msg.found.Ranked, msg.found.Query
			l.sel, l.top = 0, 0
			l.show()
		}
		return nil
	}
	l.filtering = false
	if current && msg.found != nil { // nil: given up for a newer text
		l.keep(msg.found)
		if msg.found.Query == l.filter.text || !l.counting() {
			l.items, l.itemsFor = msg.found.Ranked, msg.found.Query
			l.sel, l.top = 0, 0
			l.show()
			if story := l.pick - 1; story >= 0 && l.itemsFor == l.filter.text {
				l.pick = 0
				l.reveal(story)
			}
		}
	}
	if l.itemsFor != l.filter.text {
		return l.typed()
	}
	return nil
}

// counting tells that the list shows the first matches of what is typed
// and the rest are still being searched for.
func (l *listPane) counting() bool {
	return l.firstFor == l.filter.text && l.itemsFor != l.filter.text
}

// sortedBase returns the stories the person filter lets through, in the
// list's sort order. The slice is shared: no one may change it.
func (l *listPane) sortedBase() []int32 {
	key := fmt.Sprint(l.c.person, "\x00", l.order, "\x00", len(l.titles))
	if l.base != nil && key == l.baseKey {
		return l.base
	}
	var base []int32
	if p := l.c.person; p != "" {
		for _, si := range l.c.lib.StoriesWith(p) {
			base = append(base, int32(si))
		}
	} else {
		base = make([]int32, len(l.titles))
		for i := range base {
			base[i] = int32(i)
		}
	}
	l.sortStories(base)
	l.base, l.baseKey = base, key
	return base
}

// find ranks the base stories by the filter: words and parts of words, in
// the title, people, outlet and body, whole words and titles first.
func (l *listPane) find(base []int32) []int32 {
	q := l.filter.text
	if strings.TrimSpace(q) == "" {
		l.trail = nil
		return base
	}
	last := l.trailFor(q, base)
	if last != nil && last.Query == q {
		return last.Ranked
	}
	found := l.c.finder()().Narrow(last, q, base)
	l.keep(found)
	return found.Ranked
}

// trailFor is the last filter on the trail that q extends, nil for none:
// the trail is for base (made afresh for another person, order or count)
// and keeps only filters q extends.
func (l *listPane) trailFor(q string, base []int32) *model.Filtered {
	if key := fmt.Sprint(l.c.person, l.order, len(base)); key != l.trailBase {
		l.trail, l.trailBase = nil, key
	}
	for len(l.trail) > 0 && !strings.HasPrefix(q, l.trail[len(l.trail)-1].Query) {
		l.trail = l.trail[:len(l.trail)-1]
	}
	if n := len(l.trail); n > 0 {
		return l.trail[n-1]
	}
	return nil
}

// keep puts a filter's result on the trail.
func (l *listPane) keep(found *model.Filtered) {
	if len(l.trail) == maxTrail {
		l.trail = slices.Delete(l.trail, 0, 1)
	}
	l.trail = append(l.trail, found)
}

// sortStories orders stories by the list's sort order.
func (l *listPane) sortStories(ids []int32) {
	st := l.c.lib.Stories
	switch l.order {
	case byDate: // newest first, undated last
		slices.SortStableFunc(ids, func(a, b int32) int {
			da, db := st[a].Published, st[b].Published
			if da.IsZero() != db.IsZero() {
				if da.IsZero() {
					return 1
				}
				return -1
			}
			return db.Compare(da.Time)
		})
	case byOutlet:
		slices.SortStableFunc(ids, func(a, b int32) int {
			return cmp.Compare(strings.ToLower(st[a].Outlet), strings.ToLower(st[b].Outlet))
		})
	case byQuotes:
		slices.SortStableFunc(ids, func(a, b int32) int { return cmp.Compare(st[b].NumQuotes(), st[a].NumQuotes()) })
	}
}

// selected is the story the list points at.
func (l *listPane) selected() (int, bool) {
	if l.sel < 0 || l.sel >= len(l.items) {
		return -1, false
	}
	return int(l.items[l.sel]), true
}

// maxTitleLines is how many lines a title may wrap over in the list, so
// that whole headlines show in a narrow pane.
const maxTitleLines = 3

func (l *listPane) move(n int) {
	if len(l.items) == 0 {
		return
	}
	l.sel = max(0, min(len(l.items)-1, l.sel+n))
	l.show()
}

// reveal selects a story, clearing the text filter if it hides it; while
// the filter's answer is still counting, it waits for it.
func (l *listPane) reveal(story int) {
	if l.counting() && !slices.Contains(l.items, int32(story)) {
		l.pick = story + 1
		return
	}
	if !slices.Contains(l.items, int32(story)) && l.filter.text != "" {
		l.filter = prompt{}
		l.refilter()
	}
	if i := slices.Index(l.items, int32(story)); i >= 0 {
		l.sel = i
		l.show()
	}
}

// show scrolls so the selection is visible: at the bottom when it was
// below, without walking the items in between.
func (l *listPane) show() {
	if l.sel < l.top {
		l.top = l.sel
	}
	if l.sel >= l.top+l.visible() {
		top, rows := l.sel, l.itemRows(l.sel)
		for top > 0 && rows+l.itemRows(top-1) <= l.bodyRows()+1 {
			top--
			rows += l.itemRows(top)
		}
		l.top = top
	}
	l.top = max(0, min(l.top, len(l.items)-1))
}

func (l *listPane) scroll(n int) {
	l.top = max(0, min(l.top+n, len(l.items)-1))
	l.sel = max(l.top, min(l.sel, l.top+l.visible()-1))
}

// closed tells that ch is closed.
func closed(ch chan struct{}) bool {
	select {
	case <-ch:
		return true
	default:
		return false
	}
}
