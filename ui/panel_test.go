package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
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

// TestPickerKeysAreRemappable: the picker's keys are bindings, so a
// config remap moves in the picker and shows in its footer.
func TestPickerKeysAreRemappable(t *testing.T) {
	h := newHarness(t, fixtureStories(), Options{Keys: map[string][]string{"picker_down": {"ctrl+d"}}}, 80, 24)
	h.keys("p")
	if !strings.Contains(h.screen(), "ctrl+d down") {
		t.Errorf("the picker's footer should show the remapped key:\n%s", h.screen())
	}
	first, _ := h.m.overlay.(*panel).selected()
	h.send(tea.KeyPressMsg{Code: 'd', Mod: tea.ModCtrl})
	if got, _ := h.m.overlay.(*panel).selected(); got.label == first.label {
		t.Errorf("ctrl+d should move the picker down from %q", first.label)
	}
	h.keys("down")
	if h.m.overlay.(*panel).sel != 1 {
		t.Errorf("down is no longer picker_down; selection %d, want 1", h.m.overlay.(*panel).sel)
	}
}

// TestHelpPageDownMovesAPage: in the full help j moves one line and
// space (page down) a screen, and neither goes past the end.
func TestHelpPageDownMovesAPage(t *testing.T) {
	h := newHarness(t, fixtureStories(), Options{}, 60, 10)
	h.keys("?")
	rows := strings.Split(h.screen(), "\n")
	all := h.m.overlay.(*helpView).lines
	h.keys("j")
	if got := strings.Split(h.screen(), "\n")[1]; got != rows[2] {
		t.Errorf("j should scroll one line: top row %q, want %q", got, rows[2])
	}
	h.keys("k", "space")
	page := 10 - 3
	if got, want := strings.Split(h.screen(), "\n")[1], ansi.Strip(all[page]); got != want {
		t.Errorf("space should scroll a page: top row %q, want %q", got, want)
	}
	for range 20 {
		h.keys("space")
	}
	h.keys("k")
	if got, want := strings.Split(h.screen(), "\n")[8], ansi.Strip(all[len(all)-2]); got != want {
		t.Errorf("k after paging past the end should move up at once: row %q, want %q", got, want)
	}
}

// ? over a panel lists the panel's keys, and closing the help goes back
// to the panel; q closes the panel itself.
func TestHelpOverAPanelListsItsKeys(t *testing.T) {
	h := newHarness(t, fixtureStories(), Options{}, 80, 24)
	h.keys("Q", "?")
	sc := h.screen()
	if !strings.Contains(sc, "Keys: panel") || !strings.Contains(sc, "type to filter") || !strings.Contains(sc, "choose") {
		t.Fatalf("help over the quotes panel:\n%s", sc)
	}
	h.keys("q")
	if !strings.Contains(h.screen(), "Quotes (5)") {
		t.Errorf("closing the help should show the panel again:\n%s", h.screen())
	}
	h.keys("q")
	if strings.Contains(h.screen(), "Quotes (5)") {
		t.Errorf("q should close the panel:\n%s", h.screen())
	}
}
