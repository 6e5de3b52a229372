package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// TestQuotesPanelFromNarrowListShowsSelectedStory: in narrow mode, Q on the
// list lists the quotes of the story the list points at, not of the story
// last open in the hidden reader.
func TestQuotesPanelFromNarrowListShowsSelectedStory(t *testing.T) {
	h := newHarness(t, fixtureStories(), Options{}, 80, 24)
	h.keys("enter", "esc", "j", "Q")
	screen := h.screen()
	if !strings.Contains(screen, "Quotes (2)") || !strings.Contains(screen, "escorts of our own choosing") {
		t.Errorf("Q on the grain story should list its two quotes:\n%s", screen)
	}
	if strings.Contains(screen, "a trap dressed as a gift") {
		t.Errorf("Q listed the harbour story's quotes:\n%s", screen)
	}
}

// TestQuotesPanelJumpSurvivesListFilter: a jump to a story the list's
// filter hides clears the filter and selects the story, so a resize or a
// list key does not go back to the filtered selection.
func TestQuotesPanelJumpSurvivesListFilter(t *testing.T) {
	h := newHarness(t, fixtureStories(), Options{Person: "Tomas Kell"}, 140, 40)
	h.keys("/")
	h.typed("convoy")
	h.keys("enter")
	if got, _ := h.m.list.selected(); got != 1 || len(h.m.list.items) != 1 {
		t.Fatalf("filter should leave only the grain story, got %v", h.m.list.items)
	}
	h.keys("Q", "enter") // Kell's first quote is in the harbour story
	if h.m.reader.story != 0 {
		t.Fatalf("jumped to story %d, want 0", h.m.reader.story)
	}
	h.send(tea.WindowSizeMsg{Width: 130, Height: 40})
	screen := h.screen()
	if h.m.reader.story != 0 || !strings.Contains(screen, "Envoy warned of harbour deal") {
		t.Errorf("after a resize the reader left the story jumped to (now %d):\n%s", h.m.reader.story, screen)
	}
	if strings.Contains(screen, "/convoy") {
		t.Errorf("the filter that hid the story should be cleared:\n%s", screen)
	}
	if got, _ := h.m.list.selected(); got != 0 {
		t.Errorf("the list should select the story jumped to, selects %d", got)
	}
}
