package ui

import (
	"image/color"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"cables/model"
)

// listRows is the list's side of a wide frame, styled.
func listRows(h *harness) []string {
	var rows []string
	for _, l := range strings.Split(h.m.View().Content, "\n")[1 : h.m.bodyHeight()+1] {
		rows = append(rows, ansi.Cut(l, 0, h.m.list.width))
	}
	return rows
}

// TestListRedrawsAfterResizeAndTheme: the list's items, drawn once and
// kept between frames, are drawn again at a new width and in a new theme,
// as a list that never drew before draws them.
func TestListRedrawsAfterResizeAndTheme(t *testing.T) {
	m, err := newModel(model.NewLibrary(fixtureStories()), Options{}, false)
	if err != nil {
		t.Fatal(err)
	}
	m.reader.delay, m.c.finderDelay = 0, 0
	h := &harness{t: t, m: m}
	h.send(tea.WindowSizeMsg{Width: 140, Height: 30})
	h.keys("j") // an item other than the first selected, the first drawn unselected
	_ = h.m.View()
	h.send(tea.WindowSizeMsg{Width: 110, Height: 30})
	h.checkFits(110, 30, "resize")
	fresh := newHarness(t, fixtureStories(), Options{}, 110, 30)
	fresh.keys("j")
	if got, want := strings.Join(listRows(h), "\n"), strings.Join(listRows(fresh), "\n"); got != want {
		t.Errorf("after a resize the list shows\n%s\nwant, as drawn afresh at 110 columns,\n%s", ansi.Strip(got), ansi.Strip(want))
	}
	h.send(tea.BackgroundColorMsg{Color: color.White})
	light := newHarness(t, fixtureStories(), Options{Theme: "light"}, 110, 30)
	light.keys("j")
	if got, want := strings.Join(listRows(h), "\n"), strings.Join(listRows(light), "\n"); got != want {
		t.Errorf("after a white background the list keeps the dark theme's rows:\n%q\nwant\n%q", got, want)
	}
}

// TestHelpLineFollowsFocus: the help line, kept between frames, changes
// with the keys of the pane that has focus.
func TestHelpLineFollowsFocus(t *testing.T) {
	h := newHarness(t, fixtureStories(), Options{}, 140, 30)
	footer := func() string {
		lines := strings.Split(h.screen(), "\n")
		return lines[len(lines)-1]
	}
	list := footer()
	h.keys("tab")
	if reader := footer(); reader == list {
		t.Errorf("the reader has focus and the help line still gives the list's keys: %q", reader)
	}
	h.keys("tab")
	if again := footer(); again != list {
		t.Errorf("back on the list the help line is %q, want %q", again, list)
	}
}
