package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	uv "github.com/charmbracelet/ultraviolet"
)

// Issue 13, 8: the copy message names the quote as the status line does,
// and claims a copy only where the terminal said it takes OSC 52; where
// it did not, the quote can go to a file or to stdout on exit.
func TestCopySaysWhatTheStatusSays(t *testing.T) {
	h := newHarness(t, fixtureStories(), Options{Person: "Lena Ortiz"}, 80, 24)
	h.m.c.quotesFile = filepath.Join(t.TempDir(), "quotes.txt")
	h.keys("enter", "y")
	if !strings.Contains(h.screen(), "no current quote") {
		t.Errorf("y before ] should explain:\n%s", h.screen())
	}
	h.keys("]", "]") // Ortiz's second quote, the story's fourth
	if !strings.Contains(h.screen(), "quote 2/2") {
		t.Fatalf("status:\n%s", h.screen())
	}
	h.send(uv.PrimaryDeviceAttributesEvent{62, 22}) // answered, without 52
	h.keys("y")
	if sc := h.screen(); !strings.Contains(sc, "quote 2/2 sent (OSC 52, unconfirmed) · w: add to a file · Y: print on exit") || strings.Contains(sc, "copied") {
		t.Errorf("an unconfirmed copy is claimed:\n%s", sc)
	}
	h.keys("w")
	saved, err := os.ReadFile(h.m.c.quotesFile)
	if err != nil || !strings.Contains(string(saved), "“means it today and not tomorrow.” — Lena Ortiz") {
		t.Errorf("w wrote %q (%v)", saved, err)
	}
	if !strings.Contains(h.screen(), "quote 2/2 added to ") {
		t.Errorf("w should say where:\n%s", h.screen())
	}
	h.keys("Y")
	if len(h.m.kept) != 1 || !strings.Contains(h.screen(), "quote 2/2 will be printed when you quit") {
		t.Errorf("Y kept %q:\n%s", h.m.kept, h.screen())
	}
	h.send(tea.CapabilityMsg{Content: "Ms=\\E]52;%p1%s;%p2%s\\007"})
	h.keys("y")
	if !strings.Contains(h.screen(), "copied quote 2/2 to the clipboard") {
		t.Errorf("a terminal that takes OSC 52 copies:\n%s", h.screen())
	}
}
