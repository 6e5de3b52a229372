package ui

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"cables/model"
)

// A library still being read: the reader opens on what has come, the
// header says how far the reading has got, and the list, its filter and
// the person picker work on the stories that have come; the whole
// library, when it is in, takes their place with the list on the same
// story.
func TestLibraryArrivesWhileReading(t *testing.T) {
	all := fixtureStories()
	harbour, grain, quiet := all[0], all[1], all[2]
	arriving := make(chan Arrival)
	reload := func(context.Context) (*model.Library, []string) {
		t.Error("r read the library again while it was still being read")
		return nil, nil
	}
	m, err := newModel(model.NewLibrary([]*model.Story{quiet}), Options{Theme: "dark", Arriving: arriving, Reload: reload}, false)
	if err != nil {
		t.Fatal(err)
	}
	h := &harness{t: t, m: m}
	h.send(tea.WindowSizeMsg{Width: 120, Height: 30})
	if got := h.screen(); !strings.Contains(got, "1 story · reading…") || !strings.Contains(got, quiet.Title) {
		t.Fatalf("first frame, one story in:\n%s", got)
	}
	// While files are still being found, the total is a lower bound.
	h.m.Update(arrivedMsg{Arrival{Lib: model.NewLibrary([]*model.Story{quiet}),
		Loading: Loading{Done: 1, Total: 2, Finding: true}}, true})
	if got := h.screen(); !strings.Contains(got, "1 story · reading 1 of 2+ · finding files…") {
		t.Errorf("while files are found:\n%s", got)
	}
	// The next part; its command, which waits for more, is not run.
	h.m.Update(arrivedMsg{Arrival{Lib: model.NewLibrary([]*model.Story{quiet, harbour}),
		Loading: Loading{Done: 2, Total: 3, PerSecond: 40, Left: 2 * time.Second}}, true})
	got := h.screen()
	if !strings.Contains(got, "2 stories · reading 2 of 3 · 40/s · 2 s left") || !strings.Contains(got, harbour.Title) {
		t.Errorf("after a second story came:\n%s", got)
	}
	h.keys("r")
	if got := h.screen(); !strings.Contains(got, "still reading the library") {
		t.Errorf("r while the library is read should say it waits:\n%s", got)
	}
	h.keys("p")
	if got := h.screen(); !strings.Contains(got, "Lena Ortiz") {
		t.Errorf("the person picker should offer a person of the story that came:\n%s", got)
	}
	for h.m.overlay != nil {
		h.keys("esc")
	}
	h.keys("/")
	h.typed("harbour")
	if got := h.screen(); !strings.Contains(got, harbour.Title) || strings.Contains(got, quiet.Title) {
		t.Errorf("the filter should find the story that came, and only it:\n%s", got)
	}
	h.keys("enter")
	sel, _ := h.m.list.selected()
	h.m.Update(arrivedMsg{Arrival{Lib: model.NewLibrary([]*model.Story{harbour, grain, quiet}), Done: true}, true})
	got = h.screen()
	if !strings.Contains(got, "3 stories") || strings.Contains(got, "reading") {
		t.Errorf("once all is in:\n%s", got)
	}
	if now, _ := h.m.list.selected(); h.m.c.lib.Stories[now].ID != harbour.ID {
		t.Errorf("the list was on %s (story %d), now on %s", harbour.ID, sel, h.m.c.lib.Stories[now].ID)
	}
	h.keys("esc")
	if got := h.screen(); !strings.Contains(got, grain.Title) {
		t.Errorf("without the filter, every story:\n%s", got)
	}
}

// The reader says once when its first whole frame is made (the command
// line holds back the library's next parts until then): not for a frame
// before the terminal's size is known, and not again.
func TestPaintedOnceTheFirstFrameIsMade(t *testing.T) {
	painted := 0
	m, err := newModel(model.NewLibrary(fixtureStories()), Options{Theme: "dark", Painted: func() { painted++ }}, false)
	if err != nil {
		t.Fatal(err)
	}
	m.View()
	if painted != 0 {
		t.Fatalf("told %d times before the size was known", painted)
	}
	h := &harness{t: t, m: m}
	h.send(tea.WindowSizeMsg{Width: 120, Height: 30})
	h.screen()
	m.View()
	if painted != 1 {
		t.Errorf("told %d times after two frames; want once", painted)
	}
}

// Typing into the list's filter while a large library comes in parts:
// each part is found as it comes, typed on or not, and the filter's
// matches and order are those of reading every story (model.MatchText),
// through the word indexes made as the parts come.
func TestFilterWhileStoriesArrive(t *testing.T) {
	lib10kOnce.Do(func() { lib10k = library(t, 10000) })
	stories := lib10k[:3000]
	part := func(n int, done bool) tea.Msg {
		return arrivedMsg{Arrival{Lib: model.NewLibrary(stories[:n]), Done: done,
			Loading: Loading{Done: n, Total: len(stories)}}, true}
	}
	m, err := newModel(model.NewLibrary(stories[:1]), Options{Theme: "dark", Arriving: make(chan Arrival)}, false)
	if err != nil {
		t.Fatal(err)
	}
	m.arriving = nil // the parts are sent here; the list's commands are run
	h := &harness{t: t, m: m}
	h.send(tea.WindowSizeMsg{Width: 120, Height: 30})
	matches := func(when string) {
		t.Helper()
		want := readMatches(h.m.c.lib, h.m.list.filter.text)
		if len(want) == 0 {
			t.Fatalf("%s: %q matches nothing: the test checks too little", when, h.m.list.filter.text)
		}
		if got := h.m.list.items; !slices.Equal(got, want) {
			t.Fatalf("%s, %q: the list has %d stories %v…, reading finds %d %v…", when, h.m.list.filter.text, len(got), got[:min(5, len(got))], len(want), want[:min(5, len(want))])
		}
	}
	h.send(part(1200, false))
	h.keys("/")
	h.typed("ferr")
	matches("typed into the first part")
	h.send(part(2400, false))
	matches("a part came under the filter")
	h.typed("eira sa")
	matches("typed on after it came")
	h.send(part(2900, false))
	h.typed("i")
	matches("typed after another part came")
	h.send(part(len(stories), true))
	h.typed("d")
	matches("all came")
}

// readMatches is the stories of lib a list filter shows for query, in
// library order, best first: every story read and scored.
func readMatches(lib *model.Library, query string) []int32 {
	type scored struct{ id, score int }
	var found []scored
	for id, s := range lib.Stories {
		var people []string
		for _, p := range s.People {
			people = append(append(people, p.Name), p.Aliases...)
		}
		body := strings.Join(s.Paragraphs, "\n") + "\n"
		if score, ok := model.MatchText(query, s.Title, strings.Join(people, " ; "), s.Outlet, body); ok {
			found = append(found, scored{id, score})
		}
	}
	slices.SortStableFunc(found, func(a, b scored) int { return b.score - a.score })
	ids := make([]int32, len(found))
	for i, f := range found {
		ids[i] = int32(f.id)
	}
	return ids
}

// A letter typed into the filter when the library has come whole but is
// not yet indexed makes no finder on the UI goroutine (issue 14, 11: at
// 100,000 stories, indexing the stories that came last held the letter
// for seconds); the filter's command reads the stories not indexed, and
// finds what reading every story finds, before the index is made and
// typed on after.
func TestFilterTypedBeforeTheIndexIsMade(t *testing.T) {
	lib10kOnce.Do(func() { lib10k = library(t, 10000) })
	stories := lib10k[:3000]
	m, err := newModel(model.NewLibrary(stories[:1]), Options{Theme: "dark", Arriving: make(chan Arrival)}, false)
	if err != nil {
		t.Fatal(err)
	}
	h := &harness{t: t, m: m}
	h.send(tea.WindowSizeMsg{Width: 120, Height: 30})
	made := model.NewFinder(model.NewLibrary(stories[:1500])) // what the background made of a part
	m.c.made = made
	lib := model.NewLibrary(stories)
	m.Update(arrivedMsg{Arrival{Lib: lib, Done: true, Loading: Loading{Done: len(stories), Total: len(stories)}}, true})
	m.Update(keyPress("/"))
	_, cmd := m.Update(keyPress("f"))
	if m.c.find != nil || m.c.made != made {
		t.Fatal("a letter typed made a finder on the UI goroutine")
	}
	h.run(cmd)
	matches := func(when string) {
		t.Helper()
		if got, want := m.list.items, readMatches(lib, m.list.filter.text); !slices.Equal(got, want) || len(want) == 0 {
			t.Fatalf("%s, %q: the list has %d stories %v…, reading finds %d %v…", when, m.list.filter.text, len(got), got[:min(5, len(got))], len(want), want[:min(5, len(want))])
		}
	}
	matches("before the index")
	h.typed("erreira s")
	matches("typed on before the index")
	h.send(finderReadyMsg{lib, made.For(lib)})
	if m.c.find == nil {
		t.Fatal("the finder made in the background was not taken")
	}
	h.typed("aid")
	matches("typed on with the index")
}

// Before the index is made, stories coming under a filter typed and
// Enter pressed before the filter's answer leave the search to the
// filter's command: the UI goroutine makes no finder (issue 14, 11: at
// 100,000 stories, folding every title and reading every story held it
// 0.1-0.3 s or more), and the list then shows what reading every story
// finds.
func TestNoFinderMadeOnTheUIGoroutineBeforeTheIndex(t *testing.T) {
	lib10kOnce.Do(func() { lib10k = library(t, 10000) })
	stories := lib10k[:3000]
	m, err := newModel(model.NewLibrary(stories[:1]), Options{Theme: "dark", Arriving: make(chan Arrival)}, false)
	if err != nil {
		t.Fatal(err)
	}
	m.arriving = nil // the parts are sent here
	h := &harness{t: t, m: m}
	h.send(tea.WindowSizeMsg{Width: 120, Height: 30})
	h.send(arrivedMsg{Arrival{Lib: model.NewLibrary(stories[:1200]), Loading: Loading{Done: 1200, Total: len(stories)}}, true})
	h.keys("/")
	h.typed("ferr")
	made := func(when string) {
		t.Helper()
		if s := m.c.soon; m.c.find != nil || s != nil && s.lib == m.c.lib && s.find != nil {
			t.Fatalf("%s: a finder was made on the UI goroutine", when)
		}
	}
	var cmds []tea.Cmd
	lib := model.NewLibrary(stories[:2400])
	_, cmd := m.Update(arrivedMsg{Arrival{Lib: lib, Loading: Loading{Done: 2400, Total: len(stories)}}, true})
	made("stories came under the filter")
	cmds = append(cmds, cmd)
	for _, k := range []string{"e", "i", "r", "a", "enter"} {
		_, cmd := m.Update(keyPress(k))
		cmds = append(cmds, cmd)
	}
	made("enter before the answer")
	if m.list.filter.open {
		t.Fatal("enter left the filter open")
	}
	for _, cmd := range cmds {
		h.run(cmd)
	}
	if got, want := m.list.items, readMatches(lib, m.list.filter.text); !slices.Equal(got, want) || len(want) == 0 {
		t.Fatalf("%q: the list has %d stories %v…, reading finds %d %v…", m.list.filter.text, len(got), got[:min(5, len(got))], len(want), want[:min(5, len(want))])
	}
	if m.list.sel != 0 {
		t.Errorf("the best match is not selected: %d", m.list.sel)
	}
}

// Find in all stories, typed into before the index is made, makes no
// finder on the UI goroutine: the search is its command, one at a time,
// and its rows are those of the last text typed when they come.
func TestFindInAllBeforeTheIndexIsOffTheUIGoroutine(t *testing.T) {
	lib10kOnce.Do(func() { lib10k = library(t, 10000) })
	m, err := newModel(model.NewLibrary(lib10k[:2000]), Options{Theme: "dark"}, false)
	if err != nil {
		t.Fatal(err)
	}
	h := &harness{t: t, m: m}
	h.send(tea.WindowSizeMsg{Width: 120, Height: 30})
	h.keys("F")
	var cmds []tea.Cmd
	for _, k := range "ferreira" {
		_, cmd := m.Update(keyPress(string(k)))
		cmds = append(cmds, cmd)
	}
	if s := m.c.soon; m.c.find != nil || s != nil && s.find != nil {
		t.Fatal("find in all stories made a finder on the UI goroutine")
	}
	started := 0
	for _, cmd := range cmds {
		if cmd != nil {
			started++
		}
	}
	if started != 1 || cmds[0] == nil {
		t.Fatalf("%d searches started for 8 letters with none ended; want one at a time", started)
	}
	for _, cmd := range cmds {
		h.run(cmd)
	}
	p, ok := m.overlay.(*panel)
	if !ok {
		t.Fatal("find in all stories is not open")
	}
	want := model.NewFinder(m.c.lib).Paragraphs("ferreira", maxFound)
	if len(p.items) != len(want) || len(want) == 0 {
		t.Fatalf("%d rows for %q; a finder finds %d paragraphs", len(p.items), "ferreira", len(want))
	}
	if !strings.Contains(p.items[0].detail, "Ferreira") {
		t.Errorf("first row %q does not hold the text", p.items[0].detail)
	}
}

// The first stories searched while the library is not indexed are read
// (readFirst): their matches are those reading every story finds among
// them, in the same order.
func TestFirstStoriesReadBeforeTheIndex(t *testing.T) {
	lib10kOnce.Do(func() { lib10k = library(t, 10000) })
	lib := model.NewLibrary(lib10k[:3000])
	var first []int32 // every third story, in library order as ties are
	for id := 2; id < 3000; id += 3 {
		first = append(first, int32(id))
	}
	for _, q := range []string{"f", "ferreira sa", "the ambassador", "zz"} {
		var want []int32
		for _, id := range readMatches(lib, q) {
			if id%3 == 2 {
				want = append(want, id)
			}
		}
		got := readFirst(lib, first, q, nil).Ranked
		if !slices.Equal(got, want) {
			t.Errorf("%q: the first stories read give %d %v…, reading all finds among them %d %v…", q, len(got), got[:min(5, len(got))], len(want), want[:min(5, len(want))])
		}
	}
}
