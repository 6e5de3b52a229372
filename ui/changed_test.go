package ui

import (
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"cables/model"
)

// changedHarness is a model of 3,000 stories, indexed, with "ferreira"
// typed into the list's filter and accepted.
func changedHarness(t *testing.T) (*harness, *model.Library) {
	lib10kOnce.Do(func() { lib10k = library(t, 10000) })
	lib := model.NewLibrary(lib10k[:3000])
	m, err := newModel(lib, Options{Theme: "dark"}, false)
	if err != nil {
		t.Fatal(err)
	}
	h := &harness{t: t, m: m}
	h.send(tea.WindowSizeMsg{Width: 120, Height: 30})
	h.send(finderReadyMsg{lib, model.NewFinder(lib)})
	h.keys("/")
	h.typed("ferreira")
	h.keys("enter")
	return h, lib
}

// only is the ids of want that are in keep, in want's order.
func only(want []int32, keep []int) []int32 {
	return slices.DeleteFunc(slices.Clone(want), func(id int32) bool { return !slices.Contains(keep, int(id)) })
}

// A person chosen or cleared under a text filter leaves the search to the
// list's command (issue 14, 11: at 100,000 stories, 50-120 ms of CPU on
// the UI goroutine): until its answer the list shows only stories that
// match, marked as counting, and then what reading every story finds.
func TestPersonChangedUnderAFilterIsSearchedOffTheUIGoroutine(t *testing.T) {
	h, lib := changedHarness(t)
	m := h.m
	all := readMatches(lib, "ferreira")
	name := ""
	for _, id := range all { // a person of a matching story, not of all of them
		if s := lib.Stories[id]; len(s.People) > 0 {
			if n := len(only(all, lib.StoriesWith(s.People[0].Name))); n > 1 && n < len(all) {
				name = s.People[0].Name
				break
			}
		}
	}
	if name == "" {
		t.Fatal("no person to choose: the test checks too little")
	}
	for _, step := range []struct {
		person string
		want   []int32
	}{{name, only(all, lib.StoriesWith(name))}, {"", all}} {
		_, cmd := m.Update(personMsg{step.person})
		if m.list.itemsFor == m.list.filter.text {
			t.Fatalf("person %q: the filter was searched on the UI goroutine", step.person)
		}
		if !m.list.counting() {
			t.Errorf("person %q: the list is not marked as counting", step.person)
		}
		for _, id := range m.list.items {
			if !slices.Contains(step.want, id) {
				t.Fatalf("person %q: story %d shown meanwhile does not match", step.person, id)
			}
		}
		h.run(cmd)
		if got := m.list.items; !slices.Equal(got, step.want) {
			t.Fatalf("person %q: the list has %d stories %v…, reading finds %d %v…", step.person, len(got), got[:min(5, len(got))], len(step.want), step.want[:min(5, len(step.want))])
		}
	}
}

// A library read again under a text filter makes no finder on the UI
// goroutine (issue 14, 11: at 100,000 stories, 0.5-2 s of folding and
// reading every story on it): the list's command searches it, and the
// story selected stays selected.
func TestReloadUnderAFilterIsSearchedOffTheUIGoroutine(t *testing.T) {
	h, lib := changedHarness(t)
	m := h.m
	h.keys("j")
	sel, _ := m.list.selected()
	id := lib.Stories[sel].ID
	again := make([]*model.Story, len(lib.Stories))
	for i, s := range lib.Stories {
		c := *s
		again[(i+7)%len(again)] = &c // other values, in another order
	}
	next := model.NewLibrary(again)
	_, cmd := m.Update(reloadedMsg{gen: m.reloadGen, lib: next})
	if s := m.c.soon; m.c.find != nil || s != nil && s.find != nil {
		t.Fatal("a finder was made on the UI goroutine")
	}
	if len(m.list.items) > 0 {
		t.Fatalf("stories %v… of the library read again shown before it was searched", m.list.items[:min(5, len(m.list.items))])
	}
	if got := h.screen(); !strings.Contains(got, "searching…") || strings.Contains(got, "no stories match") {
		t.Errorf("before the answer, the list should say it searches:\n%s", got)
	}
	h.run(cmd)
	if got, want := m.list.items, readMatches(next, "ferreira"); !slices.Equal(got, want) || len(want) == 0 {
		t.Fatalf("the list has %d stories %v…, reading finds %d %v…", len(got), got[:min(5, len(got))], len(want), want[:min(5, len(want))])
	}
	if now, _ := m.list.selected(); next.Stories[now].ID != id {
		t.Errorf("the list was on %s, now on %s", id, next.Stories[now].ID)
	}
}

// A person chosen is said in the status at once with their stories, and
// their quotes, counted off the UI goroutine (issue 14, 11: 20-30 ms of
// CPU on it at 100,000 stories), when counted.
func TestPersonsQuotesAreCountedOffTheUIGoroutine(t *testing.T) {
	h, lib := changedHarness(t)
	m := h.m
	name := lib.Stories[0].People[0].Name
	_, cmd := m.Update(personMsg{name})
	stories := name + ": " + plural(len(lib.StoriesWith(name)), "story", "stories")
	if m.status != stories {
		t.Fatalf("status %q at once, want %q", m.status, stories)
	}
	h.run(cmd)
	if want := stories + ", " + plural(len(lib.QuotesBy(name)), "quote", "quotes"); m.status != want {
		t.Errorf("status %q once counted, want %q", m.status, want)
	}
}

// Once a big library is all in and indexed, its heap is collected off
// the UI goroutine, once, so that the collection indexing's scratch
// forces does not come while a filter is typed; a finder for a part of a
// library still arriving, or for a small one, collects nothing.
func TestTheLastIndexOfABigLibraryIsCollected(t *testing.T) {
	defer func(c func(), above int) { collect, collectAbove = c, above }(collect, collectAbove)
	collected := 0
	collect, collectAbove = func() { collected++ }, 1000
	lib10kOnce.Do(func() { lib10k = library(t, 10000) })
	for _, tc := range []struct {
		stories  int
		arriving bool
		want     int
	}{{1500, false, 1}, {1500, true, 0}, {999, false, 0}} {
		collected = 0
		lib := model.NewLibrary(lib10k[:tc.stories])
		opts := Options{Theme: "dark"}
		if tc.arriving {
			opts.Arriving = make(chan Arrival)
		}
		m, err := newModel(lib, opts, false)
		if err != nil {
			t.Fatal(err)
		}
		h := &harness{t: t, m: m}
		h.send(tea.WindowSizeMsg{Width: 120, Height: 30})
		h.send(finderReadyMsg{lib, model.NewFinder(lib)})
		h.send(finderReadyMsg{lib, model.NewFinder(lib)}) // taken once
		if collected != tc.want {
			t.Errorf("%d stories, arriving %v: %d collections, want %d", tc.stories, tc.arriving, collected, tc.want)
		}
	}
}

// A filter closed in a big library (given up or accepted) has its heap
// collected off the UI goroutine when a third of the room under the
// heap's ceiling is taken since the last collection, and never while the
// filter is typed into: the collection then held a letter up. A filter
// that took little, or a small library, collects nothing.
func TestAFilterClosedCollectsTheRoomItTook(t *testing.T) {
	defer func(c func(), above int, taken func() float64) {
		collect, collectAbove, heapRoomTaken = c, above, taken
	}(collect, collectAbove, heapRoomTaken)
	collected, room := 0, 0.0
	collect, collectAbove, heapRoomTaken = func() { collected++ }, 1000, func() float64 { return room }
	lib10kOnce.Do(func() { lib10k = library(t, 10000) })
	for _, tc := range []struct {
		stories int
		room    float64
		close   string
		want    int
	}{{1500, 0.3, "esc", 1}, {1500, 0.3, "enter", 1}, {1500, 0.2, "esc", 0}, {999, 0.9, "esc", 0}} {
		h := newHarness(t, lib10k[:tc.stories], Options{}, 120, 30)
		h.send(finderReadyMsg{h.m.c.lib, model.NewFinder(h.m.c.lib)})
		collected, room = 0, tc.room
		h.keys("/")
		h.typed("ambassador")
		if collected != 0 {
			t.Errorf("%d stories: %d collections while typing, want none", tc.stories, collected)
		}
		h.keys(tc.close)
		if collected != tc.want {
			t.Errorf("%d stories, %.0f%% of the room taken, %s: %d collections, want %d",
				tc.stories, 100*tc.room, tc.close, collected, tc.want)
		}
	}
}
