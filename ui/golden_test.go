package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"
)

// sizes are the screens every golden is taken at.
var sizes = []struct{ w, h int }{{80, 24}, {140, 40}}

// screens runs a scenario at each size and compares the screen with
// testdata/<test>/<size>.golden (go test ./ui -update rewrites them), and
// with the screen of the stories with their quotes packed, as a library
// read from the cache holds them (model.Story.PackQuotes; issue 14).
func screens(t *testing.T, scenario func(h *harness)) {
	for _, sz := range sizes {
		t.Run(fmt.Sprintf("%dx%d", sz.w, sz.h), func(t *testing.T) {
			h := newHarness(t, fixtureStories(), Options{}, sz.w, sz.h)
			scenario(h)
			screen := h.screen()
			golden.RequireEqual(t, screen)
			packed := fixtureStories()
			for _, s := range packed {
				if !s.PackQuotes() {
					t.Fatalf("%s: quotes not packed", s.ID)
				}
			}
			h = newHarness(t, packed, Options{}, sz.w, sz.h)
			scenario(h)
			if got := h.screen(); got != screen {
				t.Errorf("with packed quotes the screen is\n%s\nwant\n%s", got, screen)
			}
		})
	}
}

func TestGoldenFirstScreen(t *testing.T) {
	screens(t, func(h *harness) {})
}

func TestGoldenThirdQuote(t *testing.T) {
	screens(t, func(h *harness) {
		h.keys("enter", "]", "]", "]")
		if h.m.reader.cur != 2 {
			h.t.Fatalf("after ] three times the current quote is %d, want 2", h.m.reader.cur)
		}
	})
}

func TestGoldenPersonFilter(t *testing.T) {
	screens(t, func(h *harness) {
		h.keys("p")
		h.typed("kell")
		h.keys("enter", "enter")
	})
}

func TestGoldenQuotesPanel(t *testing.T) {
	screens(t, func(h *harness) {
		h.keys("enter", "Q")
	})
}

func TestGoldenHelp(t *testing.T) {
	screens(t, func(h *harness) {
		h.keys("?")
	})
}

func TestGoldenNarrow(t *testing.T) {
	for _, sz := range []struct{ w, h int }{{50, 15}, {40, 10}} {
		t.Run(fmt.Sprintf("%dx%d", sz.w, sz.h), func(t *testing.T) {
			h := newHarness(t, fixtureStories(), Options{}, sz.w, sz.h)
			list := h.screen()
			h.keys("enter", "]")
			golden.RequireEqual(t, list+"\n----- enter ] -----\n"+h.screen())
		})
	}
}

func TestGoldenFilteredWithSkipped(t *testing.T) {
	for _, sz := range sizes {
		t.Run(fmt.Sprintf("%dx%d", sz.w, sz.h), func(t *testing.T) {
			h := newHarness(t, fixtureStories(), Options{Skipped: []string{"notes/photo.png: not text (binary file?)"}}, sz.w, sz.h)
			h.keys("/")
			h.typed("kell")
			h.keys("enter")
			golden.RequireEqual(t, h.screen())
		})
	}
}

func TestGoldenFindInAllStories(t *testing.T) {
	screens(t, func(h *harness) {
		h.keys("F")
		h.typed("cable")
	})
}

// The source pane over the reader at 80 columns and beside it at 140: an
// edited quote, its cable's card and text, the other stories quoting it;
// in the ascii theme, a replaced word bracketed.
func TestGoldenSourcePane(t *testing.T) {
	for _, tc := range []struct {
		theme string
		keys  []string
	}{{"dark", []string{"]", "]", "c"}}, {"ascii", []string{"]", "]", "]", "c"}}} {
		for _, sz := range sizes {
			t.Run(fmt.Sprintf("%s/%dx%d", tc.theme, sz.w, sz.h), func(t *testing.T) {
				h := sourceHarness(t, sz.w, sz.h, Options{Theme: tc.theme})
				if sz.w < wideWidth {
					h.keys("enter")
				}
				h.keys(tc.keys...)
				golden.RequireEqual(t, h.screen())
			})
		}
	}
}

// ? over the source pane lists the pane's keys: its q closes the pane, so
// the app's "q quit" is not among them (ui-bugs 3).
func TestGoldenSourceHelp(t *testing.T) {
	for _, sz := range sizes {
		t.Run(fmt.Sprintf("%dx%d", sz.w, sz.h), func(t *testing.T) {
			h := sourceHarness(t, sz.w, sz.h, Options{})
			if sz.w < wideWidth {
				h.keys("enter")
			}
			h.keys("]", "c", "?")
			screen := h.screen()
			if !strings.Contains(screen, "q/esc close") {
				t.Errorf("the source pane's help does not say q closes it:\n%s", screen)
			}
			if strings.Contains(screen, "quit") {
				t.Errorf("the source pane's help offers a quit key, but q closes the pane there:\n%s", screen)
			}
			golden.RequireEqual(t, screen)
		})
	}
}
