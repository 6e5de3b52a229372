package ui

import (
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"cables/model"
)

// percentOf reads the reader's "NN%" from a screen.
func percentOf(t *testing.T, screen string) int {
	t.Helper()
	m := regexp.MustCompile(`(\d+)% *\n`).FindStringSubmatch(screen)
	if m == nil {
		t.Fatalf("no percentage on screen:\n%s", screen)
	}
	n, _ := strconv.Atoi(m[1])
	return n
}

// body is a screen without its header, status and footer rows: the text.
func body(screen string) string {
	rows := strings.Split(screen, "\n")
	return strings.Join(rows[1:len(rows)-2], "\n")
}

// Issue 13, 3: after paging on from the quote last visited, ] goes to the
// first quote at or below the top of the screen, not back to the one
// after the last visited; [ goes to the last above it.
func TestQuoteJumpsStartFromTheScreen(t *testing.T) {
	h := newHarness(t, []*model.Story{longStory(6000)}, Options{}, 80, 24)
	h.keys("]", "]", "]")
	for range 12 {
		h.keys("space")
	}
	before := percentOf(t, h.screen())
	h.keys("]")
	sc := h.screen()
	if !strings.Contains(sc, "▶") || percentOf(t, sc) < before {
		t.Errorf("] after paging to %d%% went back to %d%%:\n%s", before, percentOf(t, sc), sc)
	}
	for range 6 {
		h.keys("space")
	}
	top := h.m.reader.offset
	h.keys("[")
	if l := h.m.reader.doc.quoteLine(h.m.reader.cur); l >= top || l < top-24 {
		t.Errorf("[ went to line %d; the last quote above the top line %d is wanted:\n%s", l, top, h.screen())
	}
}

// Issue 13, 4: the current quote stays on screen through any resize.
func TestResizeKeepsTheCurrentQuote(t *testing.T) {
	h := newHarness(t, []*model.Story{longStory(3000)}, Options{}, 120, 30)
	for range 20 {
		h.keys("]")
	}
	status := regexp.MustCompile(`quote \d+/\d+`).FindString(h.screen())
	for _, sz := range [][2]int{{60, 20}, {140, 40}, {45, 12}, {100, 30}, {200, 60}, {40, 10}} {
		h.send(tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
		sc := h.screen()
		if !strings.Contains(sc, status) || !strings.Contains(body(sc), "▶") {
			t.Errorf("at %dx%d the current quote (%s) is not on screen:\n%s", sz[0], sz[1], status, sc)
		}
	}
}

// Issue 13, 5: a search that fails, or is cancelled with esc, puts the
// view back where the search started.
func TestFailedOrCancelledSearchRestoresTheView(t *testing.T) {
	h := newHarness(t, []*model.Story{longStory(6000)}, Options{}, 80, 24)
	h.keys("space", "space")
	before := body(h.screen())
	h.keys("/")
	h.typed("Paragraph 30")
	if body(h.screen()) == before {
		t.Fatal("typing a far match should move the view to it")
	}
	h.typed("x") // "Paragraph 30x" is nowhere
	h.keys("enter")
	if got := body(h.screen()); got != before {
		t.Errorf("a failed search left the view elsewhere:\n%s\nwant\n%s", got, before)
	}
	if !strings.Contains(h.screen(), "no match for Paragraph 30x") {
		t.Errorf("a failed search should say so:\n%s", h.screen())
	}
	h.keys("/")
	h.typed("Paragraph 41")
	h.keys("esc")
	if got := body(h.screen()); got != before {
		t.Errorf("esc left the view elsewhere:\n%s\nwant\n%s", got, before)
	}
	h.keys("/")
	h.typed("Paragraph 41")
	h.keys("enter")
	if !strings.Contains(h.screen(), "Paragraph 41:") {
		t.Errorf("enter on a match keeps it on screen:\n%s", h.screen())
	}
}

// Issue 13, 7: with the list filtered to nothing, the reader shows no
// story and ] has nothing to move in.
func TestReaderNeverShowsAStoryTheListDropped(t *testing.T) {
	h := newHarness(t, fixtureStories(), Options{}, 140, 40)
	h.keys("/")
	h.typed("qqqzzz")
	h.keys("enter")
	sc := h.screen()
	if strings.Contains(sc, "Ambassador Lena Ortiz") || !strings.Contains(sc, "no story selected") {
		t.Errorf("the reader still shows a story the list no longer holds:\n%s", sc)
	}
	h.keys("]")
	if strings.Contains(h.screen(), "▶") {
		t.Errorf("] moved in a story that is not shown:\n%s", h.screen())
	}
	h.keys("esc") // the filter cleared: the story is back
	if !strings.Contains(h.screen(), "Ambassador Lena Ortiz") {
		t.Errorf("clearing the filter should show the story again:\n%s", h.screen())
	}
}

// Issue 13, 13: a long story shows its first screen, and its end, without
// waiting for the whole story to be rendered.
func TestLongStoryShowsBeforeItIsAllRendered(t *testing.T) {
	s := story60k(t)
	m, err := newModel(model.NewLibrary([]*model.Story{s}), Options{Theme: "dark"}, false)
	if err != nil {
		t.Fatal(err)
	}
	m.reader.delay = time.Hour // the background render never comes
	m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	rendered := func() int {
		n := 0
		for _, p := range m.reader.doc.parts {
			if p != nil {
				n++
			}
		}
		return n
	}
	h := &harness{t: t, m: m}
	if sc := h.screen(); strings.Contains(sc, "rendering") || !strings.Contains(sc, "told envoy of talks") {
		t.Fatalf("the first screen waits for the render:\n%s", sc)
	}
	m.Update(keyPress("G"))
	last := s.Paragraphs[len(s.Paragraphs)-1]
	words := strings.Fields(last)
	if sc := h.screen(); !strings.Contains(sc, words[len(words)-1]) || !strings.Contains(sc, "100%") {
		t.Errorf("G does not show the end of the story:\n%s", sc)
	}
	m.Update(keyPress("["))
	if !strings.Contains(body(h.screen()), "▶") {
		t.Errorf("[ from the bottom shows no current quote:\n%s", h.screen())
	}
	if n, all := rendered(), len(m.reader.doc.parts); n > all/10 {
		t.Errorf("%d of %d blocks rendered for a first screen, G and [", n, all)
	}
}
