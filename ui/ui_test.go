package ui

import (
	"fmt"
	"image/color"
	"regexp"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"cables/content"
	"cables/model"
)

// Every quote's spans, read back from the rendered lines, spell the quote's
// text at every width: highlights survive wrapping and never shift text.
func TestSpansMatchQuoteTextAtEveryWidth(t *testing.T) {
	s := fixtureStories()[0]
	st := newStyles(theme{name: "dark"})
	for width := 12; width <= 120; width += 7 {
		lines, plain, spanLines := flat(renderDoc(s, width, st.glamour))
		got := make([]string, len(s.Quotes))
		for li, spans := range spanLines {
			for _, sp := range spans {
				piece := cells(plain[li], sp.start, sp.end)
				if got[sp.quote] != "" {
					got[sp.quote] += " "
				}
				got[sp.quote] += piece
			}
		}
		for qi, q := range s.Quotes {
			if got[qi] != q.Text {
				t.Errorf("width %d quote %d: spans read %q, want %q", width, qi, got[qi], q.Text)
			}
		}
		for li, l := range lines {
			if strings.ContainsAny(l, "\u2060\u2061\u2062") {
				t.Fatalf("width %d line %d keeps a marker: %q", width, li, l)
			}
		}
	}
}

// cells returns the text between two cell positions of a plain line.
func cells(s string, from, to int) string {
	r := []rune(s) // the fixture is all single-width
	return string(r[from:min(to, len(r))])
}

func TestMarkdownLookingTextRendersAsText(t *testing.T) {
	h := newHarness(t, fixtureStories(), Options{}, 140, 40)
	screen := h.screen()
	for _, want := range []string{
		"1. This paragraph opens like a list, # has a hash, *stars*, _underscores_,",
		"[brackets](x) and <b>tags</b> that must show as text.",
		"> A line that looks like a block quote, and ~~tildes~~ and www.example.org stay",
	} {
		if !strings.Contains(screen, want) {
			t.Errorf("screen lacks %q:\n%s", want, screen)
		}
	}
}

func TestQuoteJumpsWrapWithMessage(t *testing.T) {
	h := newHarness(t, fixtureStories(), Options{}, 80, 24)
	h.keys("enter", "]", "[")
	if h.m.reader.cur != 4 || !strings.Contains(h.screen(), "wrapped to the last quote") {
		t.Fatalf("[ from the first quote: current %d, want the last (4); screen:\n%s", h.m.reader.cur, h.screen())
	}
	h.keys("]")
	if h.m.reader.cur != 0 || !strings.Contains(h.screen(), "wrapped to the first quote") {
		t.Fatalf("] from the last: current %d, screen:\n%s", h.m.reader.cur, h.screen())
	}
	h.keys("}", "}")
	if h.m.reader.cur != 3 {
		t.Errorf("} twice from quote 0: current %d, want 3 (cable passages are 0, 1, 3)", h.m.reader.cur)
	}
	h.keys("{")
	if h.m.reader.cur != 1 {
		t.Errorf("{ from 3: current %d, want 1", h.m.reader.cur)
	}
}

func TestPersonFilterStepsTheirQuotesOnly(t *testing.T) {
	h := newHarness(t, fixtureStories(), Options{Person: "Ortiz"}, 140, 40)
	if got := h.m.c.person; got != "Lena Ortiz" {
		t.Fatalf("person = %q", got)
	}
	if !strings.Contains(h.screen(), "person: Lena Ortiz (2)") {
		t.Errorf("header does not show the filter:\n%s", h.screen())
	}
	h.keys("tab", "]", "]")
	if h.m.reader.cur != 3 {
		t.Errorf("Ortiz's second quote is 3, got %d", h.m.reader.cur)
	}
	if !strings.Contains(h.screen(), "quote 2/2 · cable · Lena Ortiz") {
		t.Errorf("status should count Ortiz's quotes:\n%s", h.screen())
	}
	h.keys("P")
	if h.m.c.person != "" || len(h.m.list.items) != 3 {
		t.Errorf("P should clear the filter; person %q, %d stories", h.m.c.person, len(h.m.list.items))
	}
}

func TestQuotesPanelJumpsAcrossStories(t *testing.T) {
	h := newHarness(t, fixtureStories(), Options{Person: "Tomas Kell"}, 140, 40)
	h.keys("Q")
	if !strings.Contains(h.screen(), "Quotes by Tomas Kell (2)") {
		t.Fatalf("panel:\n%s", h.screen())
	}
	h.keys("down", "enter")
	if h.m.reader.story != 1 || h.m.reader.cur != 0 {
		t.Fatalf("jumped to story %d quote %d, want story 1 quote 0", h.m.reader.story, h.m.reader.cur)
	}
	if !strings.Contains(h.screen(), "Grain convoy talks stalled") {
		t.Errorf("reader should show the grain story:\n%s", h.screen())
	}
}

func TestSearchFindsAndCounts(t *testing.T) {
	h := newHarness(t, fixtureStories(), Options{}, 80, 24)
	h.keys("enter", "/")
	h.typed("harbour")
	h.keys("enter")
	if n := len(h.m.reader.search.matches); n != 3 { // title, caption, first paragraph
		t.Fatalf("harbour: %d hits, want 3", n)
	}
	h.keys("n")
	if !strings.Contains(h.screen(), "/harbour 2/3") {
		t.Errorf("status should show 2/3:\n%s", h.screen())
	}
	h.keys("N", "N")
	if !strings.Contains(h.screen(), "/harbour 3/3") {
		t.Errorf("N should wrap to 3/3:\n%s", h.screen())
	}
	h.keys("/")
	h.typed("a trap dressed")
	h.keys("enter")
	if m := h.m.reader.search.matches; len(m) != 1 || len(m[0]) != 2 {
		t.Errorf("a phrase wrapped at 80 columns should be one match in two pieces, got %v", m)
	}
	h.keys("esc")
	if h.m.reader.search.query != "" {
		t.Error("esc should clear the search")
	}
}

func TestResizeKeepsParagraphInView(t *testing.T) {
	s := longStory(3000)
	h := newHarness(t, []*model.Story{s}, Options{}, 120, 30)
	for range 8 {
		h.keys("space")
	}
	topBlock := func() int { return h.m.reader.doc.blockAt(h.m.reader.offset) }
	want := topBlock()
	for _, w := range []int{60, 140, 45, 100} {
		h.send(tea.WindowSizeMsg{Width: w, Height: 20})
		if got := topBlock(); got != want {
			t.Errorf("at width %d the top block is %d, want %d:\n%s", w, got, want, h.screen())
		}
	}
}

func TestStaleRenderIsDropped(t *testing.T) {
	h := newHarness(t, fixtureStories(), Options{}, 140, 40)
	old := h.m.reader.gen
	h.keys("j") // moves to story 1 and starts its render
	h.send(renderedMsg{gen: old, doc: h.m.reader.doc, parts: make([]*part, len(h.m.reader.doc.parts))})
	if h.m.reader.story != 1 || h.m.reader.doc == nil || !h.m.reader.doc.complete() {
		t.Fatal("a render of the previous story replaced the current one")
	}
}

func TestCitation(t *testing.T) {
	s := fixtureStories()[0]
	got := citation(s, s.Quotes[0])
	want := "“a trap dressed as a gift,” — Lena Ortiz, embassy cable (The Daily Ledger, Envoy warned of harbour deal, cables show)"
	if got != want {
		t.Errorf("citation:\n got %s\nwant %s", got, want)
	}
	s.URL = "https://ledger.example/harbour"
	if got := citation(s, s.Quotes[0]); !strings.HasSuffix(got, ", https://ledger.example/harbour)") {
		t.Errorf("a known URL belongs in the citation: %s", got)
	}
}

func TestKeyRemapsAndErrors(t *testing.T) {
	h := newHarness(t, fixtureStories(), Options{Keys: map[string][]string{"next_quote": {"x"}}}, 80, 24)
	h.keys("enter", "x")
	if h.m.reader.cur != 0 {
		t.Errorf("remapped x should step to quote 0, got %d", h.m.reader.cur)
	}
	h.keys("?")
	if !regexp.MustCompile(`\bx +next quote`).MatchString(h.screen()) {
		t.Errorf("help should show the remapped key:\n%s", h.screen())
	}
	lib := model.NewLibrary(fixtureStories())
	for _, opts := range []Options{
		{Keys: map[string][]string{"next_qoute": {"x"}}},
		{Person: "Nobody Atall"},
		{Theme: "sepia"},
	} {
		if _, err := newModel(lib, opts, false); err == nil {
			t.Errorf("newModel(%+v) should fail", opts)
		}
	}
	// A name several people answer to is ambiguous, as on the command line.
	two := model.NewLibrary([]*model.Story{{People: []model.Person{{Name: "Nawaz Sharif"}, {Name: "Shahbaz Sharif"}}}})
	if _, err := newModel(two, Options{Person: "Sharif"}, false); err == nil || !strings.Contains(err.Error(), "could be Nawaz Sharif, Shahbaz Sharif") {
		t.Errorf("an ambiguous --person should say whom it could mean: %v", err)
	}
}

func TestNoColorStillMarksQuotes(t *testing.T) {
	h := newHarness(t, fixtureStories(), Options{Theme: "ascii"}, 80, 24)
	h.keys("enter", "]")
	raw := h.m.View().Content
	if strings.Contains(raw, "38;") || strings.Contains(raw, "48;") {
		t.Error("ascii theme should emit no colour")
	}
	if !strings.Contains(raw, "\x1b[") || !strings.Contains(h.screen(), "> ") || !strings.Contains(h.screen(), "| ") {
		t.Errorf("quotes must still be marked (attributes and gutter):\n%s", h.screen())
	}
}

func TestMouseClickAndWheel(t *testing.T) {
	h := newHarness(t, fixtureStories(), Options{}, 140, 40)
	h.send(tea.MouseClickMsg{X: 5, Y: 4, Button: tea.MouseLeft}) // second story's title row
	if h.m.reader.story != 1 {
		t.Fatalf("click on the second item opened story %d", h.m.reader.story)
	}
	h.send(tea.MouseClickMsg{X: 5, Y: 1, Button: tea.MouseLeft})
	// The first story's first quote sits on the first body row after the
	// title, meta, caption; find it from the doc.
	d := h.m.reader.doc
	l := d.quoteLine(0)
	p, _, j := d.lineAt(l)
	sp := p.spans[j][0]
	h.send(tea.MouseClickMsg{X: h.m.list.width + 1 + h.m.reader.margin() + 2 + sp.start, Y: 1 + l, Button: tea.MouseLeft})
	if h.m.reader.cur != 0 {
		t.Errorf("click on quote 0 made %d current", h.m.reader.cur)
	}
	h.send(tea.MouseWheelMsg{X: 100, Y: 5, Button: tea.MouseWheelDown})
	if h.m.reader.offset == 0 && h.m.reader.maxOffset() > 0 {
		t.Error("wheel over the reader should scroll it")
	}
}

// TestTinyAndEmptyScreensFitExactly: at every size, after every key, the
// frame has exactly one line per terminal row, each exactly as wide as the
// terminal, so nothing wraps or leaves stale cells.
func TestTinyAndEmptyScreensFitExactly(t *testing.T) {
	for _, sz := range [][2]int{{140, 40}, {99, 30}, {80, 24}, {50, 15}, {40, 10}, {20, 5}, {3, 2}, {1, 1}, {0, 0}} {
		w, hgt := sz[0], sz[1]
		h := newHarness(t, fixtureStories(), Options{}, w, hgt)
		long := strings.Repeat("a long query ", 20)
		for _, k := range []string{"", "enter", "]", "Q", "esc", "p", "esc", "?", "esc", "tab", "/", "x", "enter", "tab", "/", long, "enter", "n", "y"} {
			switch k {
			case "":
			case long:
				h.typed(k)
			default:
				h.keys(k)
			}
			if w == 0 || hgt == 0 {
				if frame := h.m.View().Content; frame != "" {
					t.Errorf("%dx%d after %q: want an empty frame, got %q", w, hgt, k, frame)
				}
				continue
			}
			h.checkFits(w, hgt, k)
		}
	}
}

func TestDefaultStoryOpens(t *testing.T) {
	h := newHarness(t, []*model.Story{content.Default()}, Options{}, 100, 30)
	if !strings.Contains(h.screen(), "Kayani") {
		t.Errorf("embedded story not shown:\n%s", h.screen())
	}
	h.keys("]")
	if len(h.m.reader.s.Quotes) > 0 && h.m.reader.cur != 0 {
		t.Errorf("] on the embedded story: current %d", h.m.reader.cur)
	}
}

func TestPersonMentionsAndQuotesArePainted(t *testing.T) {
	h := newHarness(t, fixtureStories(), Options{Person: "Tomas Kell"}, 140, 40)
	st := &h.m.c.st
	raw := h.m.View().Content
	if !strings.Contains(raw, st.mentionP.on+"Kell"+st.mentionP.off) {
		t.Error("mentions of Kell are not marked")
	}
	if !strings.Contains(raw, st.personP.on+"We will not sell the sea."+st.personP.off) {
		t.Error("Kell's quote is not marked as his")
	}
	if !strings.Contains(h.screen(), st.markPerson+" Minister Tomas Kell") {
		t.Errorf("gutter should mark the line of Kell's quote:\n%s", h.screen())
	}
}

func TestQuotesPanelOpensOnCurrentQuote(t *testing.T) {
	h := newHarness(t, fixtureStories(), Options{}, 80, 24)
	h.keys("enter", "]", "]", "Q")
	if it, _ := h.m.overlay.(*panel).selected(); it.ref.Quote != 1 {
		t.Errorf("panel selected quote %d, want the current (1)", it.ref.Quote)
	}
}

func TestReturningToAStoryUsesTheCachedRender(t *testing.T) {
	h := newHarness(t, fixtureStories(), Options{}, 140, 40)
	first := h.m.reader.doc
	h.keys("j", "k")
	if h.m.reader.doc != first {
		t.Error("going back to the first story rendered it again")
	}
	if !strings.Contains(h.screen(), "Ambassador Lena Ortiz") {
		t.Errorf("first story not shown:\n%s", h.screen())
	}
}

func TestAsksTheTerminalForItsBackground(t *testing.T) {
	m, err := newModel(model.NewLibrary(fixtureStories()), Options{}, false)
	if err != nil {
		t.Fatal(err)
	}
	asks := func(m *Model) bool {
		for _, msg := range flatten(m.Init()) {
			if fmt.Sprintf("%T", msg) == "tea.backgroundColorMsg" {
				return true
			}
		}
		return false
	}
	if !asks(m) {
		t.Fatal("with no theme the model should ask for the background colour")
	}
	h := &harness{t: t, m: m}
	h.send(tea.WindowSizeMsg{Width: 140, Height: 40})
	dark := h.m.reader.doc
	h.send(tea.BackgroundColorMsg{Color: color.White})
	if h.m.c.theme.name != "light" {
		t.Fatalf("theme %q after a white background, want light", h.m.c.theme.name)
	}
	if h.m.reader.doc == dark || h.m.reader.doc == nil {
		t.Error("a theme change should render the story again in the new style")
	}
	if nc, _ := newModel(model.NewLibrary(fixtureStories()), Options{}, true); asks(nc) {
		t.Error("under NO_COLOR there is nothing to ask")
	}
}

// TestReaderPagesKeepALineInSight: a page down scrolls one row less than
// the reader shows, so the last line read stays in sight, as in less; the
// top and bottom keys reach the ends.
func TestReaderPagesKeepALineInSight(t *testing.T) {
	h := newHarness(t, []*model.Story{longStory(3000)}, Options{}, 120, 30)
	r := h.m.reader
	page := r.bodyHeight() - 1
	for i := 1; i <= 3; i++ {
		h.keys("space")
		if r.offset != i*page {
			t.Fatalf("after %d pages down the reader is at row %d, want %d", i, r.offset, i*page)
		}
	}
	h.keys("b")
	if r.offset != 2*page {
		t.Errorf("a page up went to row %d, want %d", r.offset, 2*page)
	}
	h.keys("G")
	if r.offset != r.maxOffset() || r.offset == 0 {
		t.Errorf("G went to row %d, want the last page at %d", r.offset, r.maxOffset())
	}
	h.keys("g")
	if r.offset != 0 {
		t.Errorf("g went to row %d, want the top", r.offset)
	}
}
