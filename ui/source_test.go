package ui

import (
	"context"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"cables/model"
)

// lineWith is the screen line holding text, "" when none does.
func lineWith(screen, text string) string {
	for _, l := range strings.Split(screen, "\n") {
		if strings.Contains(l, text) {
			return l
		}
	}
	return ""
}

// Issue 12, 5: each cable passage's bar carries its verdict, a glyph of
// its own for each; speech found in no cable carries none.
func TestVerdictMarksBesideTheBars(t *testing.T) {
	for _, tc := range []struct {
		theme                                          string
		verbatim, edited, altered, notFound, cable, sp string
	}{
		{"dark", "✓", "±", "≠", "✗", "┃", "┊"},
		{"ascii", "=", "+", "!", "x", "|", ":"},
	} {
		t.Run(tc.theme, func(t *testing.T) {
			h := sourceHarness(t, 140, 40, Options{Theme: tc.theme})
			sc := h.screen()
			for _, want := range []struct{ text, mark string }{
				{"“a matter of arithmetic", tc.verbatim + tc.cable},
				{"“receive a third less", tc.edited + tc.cable},
				{"“sit in the front row", tc.altered + tc.cable},
				{"“a fiction that everyone pays", tc.notFound + tc.cable},
				{"“The harvest will be", " " + tc.sp},
			} {
				if l := lineWith(sc, want.text); !strings.Contains(l, want.mark+" ") {
					t.Errorf("the line of %q should carry %q:\n%q\n%s", want.text, want.mark, l, sc)
				}
			}
		})
	}
}

// Under NO_COLOR the verdicts differ by glyph alone: their marks carry no
// colour, and each verdict has its own glyph.
func TestVerdictMarksWithoutColour(t *testing.T) {
	for _, th := range []theme{{name: "dark", noColor: true}, {name: "ascii"}} {
		st := newStyles(th)
		seen := map[string]model.Verdict{}
		for _, v := range verdictOrder {
			mark := st.verdictMark(v)
			if strings.Contains(mark, "38;") || strings.Contains(mark, "48;") {
				t.Errorf("%s: the mark of %s is coloured: %q", th.name, v, mark)
			}
			g := st.verdictGlyph(v)
			if other, dup := seen[g]; dup || ansi.StringWidth(g) != 1 {
				t.Errorf("%s: %s and %s share %q, or it is not one cell", th.name, v, other, g)
			}
			seen[g] = v
		}
	}
}

// The status line names the current quote's cable, paragraph, origin,
// date, classification and verdict.
func TestStatusNamesTheCable(t *testing.T) {
	h := sourceHarness(t, 200, 40, Options{})
	h.keys("]")
	if l := lineWith(h.screen(), "quote 1/5"); !strings.Contains(l,
		"quote 1/5 · ✓ verbatim · 08ISLAMABAD900 summary · Embassy Islamabad · 3 Mar 2008 · CONFIDENTIAL · cable") {
		t.Errorf("status of a verbatim quote: %q", l)
	}
	h.keys("]", "]")
	if l := lineWith(h.screen(), "quote 3/5"); !strings.Contains(l, "quote 3/5 · ≠ altered · 08ISLAMABAD900 ¶2 · Embassy Islamabad") {
		t.Errorf("status of an altered quote: %q", l)
	}
	h.keys("]", "]")
	if l := lineWith(h.screen(), "quote 5/5"); !strings.Contains(l, "quote 5/5 · ✗ not found in the archive · cable · another cable") {
		t.Errorf("status of a quote in no cable: %q", l)
	}
}

// c opens the source pane beside the reader on a wide screen (the list
// makes way) and over it on a narrow one; q closes it.
func TestSourcePaneBesideOrOver(t *testing.T) {
	wide := sourceHarness(t, 140, 40, Options{})
	wide.keys("]", "c")
	sc := wide.screen()
	head := lineWith(sc, "08ISLAMABAD900 · Embassy Islamabad · CONFIDENTIAL")
	if !strings.Contains(head, "Canal quarrel is arithmetic") {
		t.Errorf("wide: the card should stand beside the story's headline: %q\n%s", head, sc)
	}
	if strings.Contains(sc, " 1/4 ") || !wide.m.source.focused {
		t.Errorf("wide: the list should make way, the pane have focus:\n%s", sc)
	}
	wide.keys("q")
	if wide.m.sourceOpen || !strings.Contains(wide.screen(), "Exporters say the olive oil board") {
		t.Errorf("q should close the pane, not quit, and bring the list back:\n%s", wide.screen())
	}

	narrow := sourceHarness(t, 80, 24, Options{})
	narrow.keys("enter", "]", "c")
	sc = narrow.screen()
	if !strings.Contains(sc, "08ISLAMABAD900 · Embassy Islamabad") || strings.Contains(sc, "Canal quarrel is arithmetic") {
		t.Errorf("narrow: the pane should cover the reader:\n%s", sc)
	}
	narrow.keys("esc")
	if !strings.Contains(narrow.screen(), "Canal quarrel is arithmetic") {
		t.Errorf("narrow: esc should show the reader again:\n%s", narrow.screen())
	}
}

// The pane shows the header card and the cable's text around the quote,
// the quoted words marked and the quoted paragraph in view.
func TestSourcePaneShowsTheCableAroundTheQuote(t *testing.T) {
	h := sourceHarness(t, 140, 40, Options{})
	h.keys("]", "c")
	sc := h.screen()
	for _, want := range []string{
		"created 3 Mar 2008 08:00",
		"subject PROVINCIAL MINISTER ON WATER SHARING",
		"tags PREL, PGOV, PK · signed EXAMPLE",
		"classified by Ambassador Jane Q. Example",
		"✓ verbatim · summary · 100% of the quote's words",
		"story “a matter of arithmetic, not politics.”",
		"quoted left out added",
		"cable 08ISLAMABAD900 summary · quote 1/5",
	} {
		if !strings.Contains(sc, want) {
			t.Errorf("pane lacks %q:\n%s", want, sc)
		}
	}
	if l := lineWith(sc, "quarrel with the upper province"); !strings.Contains(l, "┃ quarrel") {
		t.Errorf("the quoted row should carry the bar: %q", l)
	}
	on := h.m.c.st.quotedP.on
	if raw := h.m.View().Content; !strings.Contains(raw, on+"arithmetic,") {
		t.Error("the quoted words are not in the quoted style")
	}
}

// ] and [ move the reader's quote from the pane, and the pane follows:
// an ellipsis shows the words left out, a replaced word both words.
func TestSourcePaneFollowsTheQuote(t *testing.T) {
	h := sourceHarness(t, 80, 24, Options{Theme: "ascii"})
	h.keys("enter", "]", "c", "]")
	sc := h.screen()
	if !strings.Contains(sc, "+ edited - para 1") || !strings.Contains(sc, "[-and that the gap has grown each year-]") {
		t.Errorf("] from the pane: the ellipsis's words should show as left out:\n%s", sc)
	}
	h.keys("]")
	sc = h.screen()
	if !strings.Contains(sc, "! altered - para 2") || !strings.Contains(sc, "[-keep-] {+stay+} quiet") {
		t.Errorf("a replaced word:\n%s", sc)
	}
	h.keys("]")
	if !strings.Contains(h.screen(), "These spoken words are in no cable of the archive.") {
		t.Errorf("speech in no cable:\n%s", h.screen())
	}
	h.keys("]")
	if sc := h.screen(); !strings.Contains(sc, "x not found") || !strings.Contains(sc, "in no cable of the archive") {
		t.Errorf("a cable passage in no cable:\n%s", sc)
	}
	h.keys("[", "[", "[")
	if h.m.reader.cur != 1 || !strings.Contains(h.screen(), "cable 08ISLAMABAD900 para 1") {
		t.Errorf("[ back to quote 1 (current %d):\n%s", h.m.reader.cur, h.screen())
	}
}

// The pane lists the other stories that quote the cable, the same
// paragraph first; J chooses, Enter opens one at its quote, and the pane
// then shows that quote.
func TestSourcePaneOpensOtherStories(t *testing.T) {
	h := sourceHarness(t, 140, 40, Options{})
	h.keys("]", "]", "c")
	sc := h.screen()
	if !strings.Contains(sc, "quoted in 2 other stories (1 at ¶1)") {
		t.Fatalf("other stories:\n%s", sc)
	}
	first, second := lineWith(sc, "▌ ¶1 · Exporters say the olive oil board"), lineWith(sc, "¶2 · Minister's party")
	if first == "" || second == "" || strings.Index(sc, first) > strings.Index(sc, second) {
		t.Errorf("the story quoting the same paragraph should come first, chosen:\n%s", sc)
	}
	if strings.Contains(sc, "Valley Courier") && lineWith(sc, "Canal quarrel") == lineWith(sc, "also quoted") {
		t.Error("the story being read is not another story")
	}
	h.m.c.archive.checked = 1 // as while the library is still being checked
	if !strings.Contains(h.screen(), "(1 at ¶1) · checking 25%") {
		t.Errorf("while the library is checked, the list says how far:\n%s", h.screen())
	}
	h.m.c.archive.checked = 4
	h.keys("J", "enter")
	if h.m.reader.story != 2 || h.m.reader.cur != 0 {
		t.Fatalf("enter opened story %d quote %d, want 2 and 0", h.m.reader.story, h.m.reader.cur)
	}
	sc = h.screen()
	if !strings.Contains(sc, "Minister's party to sit in the front row") || !strings.Contains(sc, "✓ verbatim · ¶2") {
		t.Errorf("the other story beside its cable:\n%s", sc)
	}
	if !strings.Contains(sc, "quoted in 2 other stories (1 at ¶2)") || lineWith(sc, "▌ ¶2 · Canal quarrel") == "" {
		t.Errorf("from the other story, the first is listed at its paragraph:\n%s", sc)
	}
}

// y in the pane copies the quote cited with its story and its cable.
func TestSourcePaneCopiesWithTheCable(t *testing.T) {
	h := sourceHarness(t, 140, 40, Options{})
	h.keys("]", "c", "y")
	if !strings.Contains(h.screen(), "quote and cable 08ISLAMABAD900 sent (OSC 52, unconfirmed)") {
		t.Errorf("y in the pane:\n%s", h.screen())
	}
	got := h.m.c.citeQuote(0, 0)
	want := "“a matter of arithmetic, not politics.” — U.S. embassy cable from Islamabad dated March 3, 2008 " +
		"(The Valley Courier, Canal quarrel is arithmetic, minister told envoys, 2 December 2010, https://courier.example/canal). " +
		"Source: cable 08ISLAMABAD900 summary, Embassy Islamabad, 3 March 2008, CONFIDENTIAL; quoted verbatim."
	if got != want {
		t.Errorf("citation\n got %s\nwant %s", got, want)
	}
}

// With no archive imported, c says how to import one and everything else
// works as before.
func TestSourceKeyWithoutArchive(t *testing.T) {
	h := sourceHarness(t, 80, 24, Options{Archive: noArchive})
	h.keys("enter", "c")
	if !strings.Contains(h.screen(), "no cable archive imported (import one with: cables archive import") || h.m.sourceOpen {
		t.Errorf("c without an archive:\n%s", h.screen())
	}
	h.keys("]")
	if sc := h.screen(); !strings.Contains(sc, "quote 1/5 · cable · U.S. embassy cable from Islamabad") || strings.Contains(sc, "✓") {
		t.Errorf("] without an archive:\n%s", sc)
	}
}

// Every frame with the pane open fits the terminal exactly, at every size.
func TestSourcePaneFitsEverySize(t *testing.T) {
	for _, sz := range [][2]int{{200, 60}, {140, 40}, {100, 30}, {99, 30}, {80, 24}, {50, 15}, {40, 10}, {20, 5}, {3, 3}} {
		w, hgt := sz[0], sz[1]
		h := sourceHarness(t, w, hgt, Options{})
		for _, k := range []string{"enter", "]", "c", "]", "J", "G", "g", "?", "esc", "]", "]", "tab", "tab", "q"} {
			h.keys(k)
			h.checkFits(w, hgt, k)
		}
	}
}

// ? over the pane lists its keys and the reader's that work from it.
func TestSourcePaneHelp(t *testing.T) {
	h := sourceHarness(t, 140, 40, Options{})
	h.keys("]", "c", "?")
	sc := h.screen()
	for _, want := range []string{"Keys: cable source", "copy with citation", "next story quoting it", "open that story", "next quote", "close"} {
		if !strings.Contains(sc, want) {
			t.Errorf("help lacks %q:\n%s", want, sc)
		}
	}
	h.keys("esc")
	if !h.m.sourceOpen || h.m.overlay != nil {
		t.Error("esc should close the help and leave the pane open")
	}
}

// hostileCables is an archive whose cable carries escape sequences in
// its fields and text.
type hostileCables struct{ doc model.CableDoc }

func (h hostileCables) Match(ctx context.Context, s *model.Story) ([]model.CableMatch, error) {
	ms := make([]model.CableMatch, len(s.Quotes))
	for i := range ms {
		ms[i] = model.CableMatch{CableID: h.doc.ID, Para: 1, ParaKind: model.ParaNumbered,
			Start: 0, End: len(h.doc.Body), Coverage: 1, Verdict: model.Verbatim, FoundBy: model.ByText}
	}
	return ms, nil
}

func (h hostileCables) Cable(ctx context.Context, id string) (model.CableDoc, error) {
	return h.doc, nil
}
func (h hostileCables) Close() error { return nil }

// Nothing from the archive reaches the terminal as an escape sequence.
func TestSourcePaneSanitizesCableText(t *testing.T) {
	evil := "\x1b]52;c;SGVsbG8=\x07"
	body := "1. (C) The envoy wrote " + evil + "\x1b[31mred\x1b[0m and \u009b2J cleared \x1b[2J the screen.\n"
	doc := model.CableDoc{ID: "09EVIL1" + evil, Origin: "Embassy \x1b[5mX", Classification: "SECRET\x07",
		Subject: "A \x1b]0;title\x07 SUBJECT", Tags: []string{"PREL\x1b[1m"}, Signer: "ME\x9b1m", Body: body,
		Paragraphs: []model.CableParagraph{{Number: 1, Kind: model.ParaNumbered, Start: 0, End: len(body)}}}
	h := newHarness(t, fixtureStories(), Options{Archive: func() (Cables, error) { return hostileCables{doc}, nil }}, 140, 40)
	h.keys("enter", "]", "c")
	raw := h.m.View().Content
	for _, bad := range []string{"\x1b]", "\x07", "\u009b", "\x9b", "\x1b[31m", "\x1b[2J", "\x1b[5m"} {
		if strings.Contains(raw, bad) {
			t.Errorf("%q reached the screen", bad)
		}
	}
	if !strings.Contains(h.screen(), "The envoy wrote") {
		t.Errorf("the cable's words should still show:\n%s", h.screen())
	}
}

// A match that arrives for a library read again is dropped.
func TestStaleMatchesAreDropped(t *testing.T) {
	h := sourceHarness(t, 140, 40, Options{})
	a := h.m.c.archive
	old := a.gen
	a.reset(len(h.m.c.lib.Stories))
	h.m.Update(storyMatchedMsg{gen: old, story: 3, matches: []model.CableMatch{}})
	if a.matched(3) {
		t.Error("a match for the old library was taken")
	}
}

// The first frame never waits for the archive: it is drawn before the
// archive opens, and while the story is matched the status says so.
func TestFirstFrameDoesNotWaitForMatching(t *testing.T) {
	release := make(chan struct{})
	open := fixtureArchive(t)
	slow := func() (Cables, error) {
		arc, err := open()
		return gatedCables{arc, release}, err
	}
	m, err := newModel(model.NewLibrary(cableStories()), Options{Theme: "dark", Archive: slow}, false)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(m.c.archive.close)
	initCmd := m.Init() // not run yet: the archive is not open
	m.Update(tea.WindowSizeMsg{Width: 140, Height: 40})
	if sc := ansi.Strip(m.View().Content); !strings.Contains(sc, "Canal quarrel is arithmetic") || strings.Contains(sc, "✓") {
		t.Fatalf("first frame:\n%s", sc)
	}
	var matchCmd tea.Cmd
	for _, c := range initCmd().(tea.BatchMsg) {
		if c == nil {
			continue
		}
		if msg, ok := c().(archiveOpenedMsg); ok {
			_, matchCmd = m.Update(msg)
		}
	}
	m.Update(keyPress("]"))
	if sc := ansi.Strip(m.View().Content); !strings.Contains(sc, "checking the archive…") {
		t.Errorf("while matching, the status should say so:\n%s", sc)
	}
	close(release)
	h := &harness{t: t, m: m}
	h.run(matchCmd)
	if sc := h.screen(); !strings.Contains(sc, "±┃") {
		t.Errorf("after matching, the marks should show:\n%s", sc)
	}
}

// gatedCables is an archive whose matching waits for a gate to open.
type gatedCables struct {
	Cables
	gate chan struct{}
}

func (g gatedCables) Match(ctx context.Context, s *model.Story) ([]model.CableMatch, error) {
	select {
	case <-g.gate:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	return g.Cables.Match(ctx, s)
}

// The wheel over the pane scrolls the cable's text, and a click on another
// story opens it.
func TestSourcePaneMouse(t *testing.T) {
	h := sourceHarness(t, 140, 40, Options{})
	h.keys("]", "]", "c")
	x := h.m.reader.width + 5 // inside the pane
	before := h.m.source.offset
	h.send(tea.MouseWheelMsg{X: x, Y: 20, Button: tea.MouseWheelUp})
	if h.m.source.offset >= before {
		t.Errorf("the wheel should scroll the cable up from row %d (now %d)", before, h.m.source.offset)
	}
	row := -1
	for i, l := range strings.Split(h.screen(), "\n") {
		if strings.Contains(l, "¶2 · Minister's party") {
			row = i
		}
	}
	h.send(tea.MouseClickMsg{X: x, Y: row, Button: tea.MouseLeft})
	if h.m.reader.story != 2 || h.m.reader.cur != 0 {
		t.Errorf("a click on the second story opened story %d quote %d", h.m.reader.story, h.m.reader.cur)
	}
}

// Stories added to the library after the start are checked too (a
// library loaded as a stream grows under the reader).
func TestStoriesAddedLaterAreChecked(t *testing.T) {
	h := sourceHarness(t, 140, 40, Options{})
	h.keys("]", "c") // the sweep of the library starts
	more := cableStories()[2]
	h.m.c.lib.Stories = append(h.m.c.lib.Stories, more)
	h.m.Update(tea.KeyPressMsg{Code: 'j', Text: "j"})
	a := h.m.c.archive
	if !a.busy && !a.matched(len(h.m.c.lib.Stories)-1) {
		t.Error("the added story is neither being checked nor checked")
	}
}
