package ui

import (
	"context"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"cables/model"
)

// Issue 13, 9: failed sources are counted in the header and listed one key
// away.
func TestSkippedSourcesAreOneKeyAway(t *testing.T) {
	skipped := []string{"notes/photo.png: not text (binary file?)", "old.html: not UTF-8 text"}
	h := newHarness(t, fixtureStories(), Options{Skipped: skipped}, 80, 24)
	if !strings.Contains(h.screen(), " cables · 3 stories · 2 skipped (press e)") {
		t.Errorf("header:\n%s", h.screen())
	}
	h.keys("e")
	sc := h.screen()
	if !strings.Contains(sc, "Not loaded (2)") || !strings.Contains(sc, "notes/photo.png: not text (binary file?)") {
		t.Errorf("e should list what did not load:\n%s", sc)
	}
	h.keys("q")
	if strings.Contains(h.screen(), "Not loaded") {
		t.Errorf("q should close the panel:\n%s", h.screen())
	}
}

// r reads the library again and stays on the story being read.
func TestReloadKeepsTheStory(t *testing.T) {
	reads := 0
	reload := func(context.Context) (*model.Library, []string) {
		reads++
		stories := fixtureStories()
		stories[1].Title = "Grain convoy talks resumed" // the file changed
		return model.NewLibrary([]*model.Story{stories[2], stories[1]}), []string{"gone.txt: no such file"}
	}
	h := newHarness(t, fixtureStories(), Options{Reload: reload}, 140, 40)
	h.keys("j") // the grain story
	h.keys("r")
	sc := h.screen()
	if reads != 1 || !strings.Contains(sc, "2 stories · 1 skipped") || !strings.Contains(sc, "reloaded: 2 stories") {
		t.Fatalf("after r:\n%s", sc)
	}
	if !strings.Contains(sc, "Grain convoy talks resumed") || !strings.Contains(sc, "Talks on the grain convoy stalled") {
		t.Errorf("the reader should stay on the grain story, read again:\n%s", sc)
	}
	if got, _ := h.m.list.selected(); got != 1 {
		t.Errorf("the list should select the grain story at its new place, selects %d", got)
	}
}

// Issue 13, 14: the ascii theme draws its furniture in ASCII.
func TestASCIIThemeDrawsOnlyASCIIFurniture(t *testing.T) {
	for _, sz := range sizes {
		h := newHarness(t, fixtureStories(), Options{Theme: "ascii"}, sz.w, sz.h)
		for _, keys := range [][]string{{}, {"enter", "]"}, {"Q"}, {"esc", "?"}, {"esc", "p"}} {
			h.keys(keys...)
			for _, glyph := range []string{"│", "·", "…", "▌", "▏", "█", "▶", "┃", "┊", "–"} {
				if sc := h.screen(); strings.Contains(sc, glyph) {
					t.Errorf("%dx%d after %v: %q on screen:\n%s", sz.w, sz.h, keys, glyph, sc)
				}
			}
		}
	}
}

// The text is at most the reading width, centred in a wide pane.
func TestReadingWidthIsCappedAndCentred(t *testing.T) {
	h := newHarness(t, []*model.Story{longStory(2000)}, Options{ReadingWidth: 60}, 200, 40)
	rows := strings.Split(h.screen(), "\n")
	lw := h.m.list.width
	for _, row := range rows[1 : len(rows)-2] {
		text := []rune(ansi.Strip(row))[lw+1:]
		line := strings.TrimRight(string(text), " ")
		if n := len([]rune(line)); n > 0 {
			indent := n - len([]rune(strings.TrimLeft(line, " ")))
			if width := n - indent; width > 62 || indent < 30 {
				t.Fatalf("a line %d wide at column %d; want ≤ 62 wide, centred:\n%s", width, indent, h.screen())
			}
		}
	}
}

// At 100 columns the list shows whole headlines, wrapped; < and > move
// its edge.
func TestListShowsWholeTitlesAndItsEdgeMoves(t *testing.T) {
	stories := fixtureStories()
	stories[1].Title = "Grain convoy talks stalled over escorts as envoys trade blame for the missed harvest deadline"
	h := newHarness(t, stories, Options{}, 100, 30)
	flat := strings.Join(strings.Fields(ansi.Strip(h.m.list.View())), " ")
	if !strings.Contains(flat, stories[1].Title) {
		t.Errorf("the whole title should show in the list:\n%s", h.screen())
	}
	w := h.m.list.width
	h.keys(">")
	if h.m.list.width <= w || !strings.Contains(h.screen(), "Envoy warned of harbour deal") {
		t.Errorf("> should widen the list from %d, now %d", w, h.m.list.width)
	}
	h.keys("<", "<")
	if h.m.list.width >= w {
		t.Errorf("< should narrow the list from %d, now %d", w, h.m.list.width)
	}
}
