package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// TestResizeKeepsCurrentMatch: a re-render at another width keeps the
// match the user stepped to, in the status and on screen.
func TestResizeKeepsCurrentMatch(t *testing.T) {
	h := newHarness(t, fixtureStories(), Options{}, 80, 24)
	h.keys("enter", "/")
	h.typed("harbour")
	h.keys("enter", "n")
	if !strings.Contains(h.screen(), "/harbour 2/3") {
		t.Fatalf("n should make the second match current:\n%s", h.screen())
	}
	for _, w := range []int{60, 140, 100} {
		h.send(tea.WindowSizeMsg{Width: w, Height: 24})
		if !strings.Contains(h.screen(), "/harbour 2/3") {
			t.Errorf("at width %d the current match is lost:\n%s", w, h.screen())
		}
	}
	h.keys("n")
	if !strings.Contains(h.screen(), "/harbour 3/3") {
		t.Errorf("n after the resizes should go on to 3/3:\n%s", h.screen())
	}
}

func TestBlockAt(t *testing.T) {
	d := &doc{blocks: make([]block, 4), start: []int{0, 3, 4, 10, 15}}
	for line, want := range []int{0, 0, 0, 1, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3} {
		if got := d.blockAt(line); got != want {
			t.Errorf("blockAt(%d) = %d, want %d", line, got, want)
		}
	}
}
