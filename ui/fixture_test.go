package ui

import (
	"reflect"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	gansi "charm.land/glamour/v2/ansi"
	"github.com/charmbracelet/x/ansi"

	"cables/model"
)

// The fixture stories are invented for the tests, so goldens do not move
// when content's extraction improves.

// quote finds text in a paragraph and makes a quote of it.
func quote(s *model.Story, para int, text string, kind model.Kind, speaker, source string) model.Quote {
	i := strings.Index(s.Paragraphs[para], text)
	if i < 0 {
		panic("fixture: " + text + " not in paragraph")
	}
	return model.Quote{Text: text, Kind: kind, Speaker: speaker, Source: source,
		Spans: []model.Span{{Paragraph: para, Start: i, End: i + len(text)}}}
}

func fixtureStories() []*model.Story {
	a := &model.Story{
		ID: "harbour.txt", Title: "Envoy warned of harbour deal, cables show",
		Outlet: "The Daily Ledger", Dateline: "Port Aster", Byline: "By Mira Vance",
		Captions: []string{"The harbour at Port Aster at dawn."},
		Paragraphs: []string{
			"Ambassador Lena Ortiz told her capital that the harbour deal was “a trap dressed as a gift,” according to a cable seen by the Ledger.",
			"The cable, dated March 3, said the minister was “eager, unprepared and surrounded by advisers who fear him.”",
			"1. This paragraph opens like a list, # has a hash, *stars*, _underscores_, [brackets](x) and <b>tags</b> that must show as text.",
			"Minister Tomas Kell said in a speech: “We will not sell the sea.” Ortiz wrote that Kell “means it today and not tomorrow.”",
			"> A line that looks like a block quote, and ~~tildes~~ and www.example.org stay as written.",
			"Officials later said the deal was “dead for this year” but could return.",
		},
		People: []model.Person{{Name: "Lena Ortiz", Aliases: []string{"Ortiz"}, Mentions: 3}, {Name: "Tomas Kell", Aliases: []string{"Kell"}, Mentions: 2}},
	}
	a.Quotes = []model.Quote{
		quote(a, 0, "a trap dressed as a gift,", model.Cable, "Lena Ortiz", "embassy cable"),
		quote(a, 1, "eager, unprepared and surrounded by advisers who fear him.", model.Cable, "", "cable of March 3"),
		quote(a, 3, "We will not sell the sea.", model.Speech, "Tomas Kell", ""),
		quote(a, 3, "means it today and not tomorrow.", model.Cable, "Lena Ortiz", ""),
		quote(a, 5, "dead for this year", model.Speech, "", ""),
	}
	b := &model.Story{
		ID: "grain.txt", Title: "Grain convoy talks stalled over escorts",
		Outlet: "Northern Post", Byline: "By Ivo Brand",
		Paragraphs: []string{
			"Talks on the grain convoy stalled, a cable from the consulate said, because Kell wanted “escorts of our own choosing.”",
			"Ortiz replied that escorts were “not a bargaining chip.”",
		},
		People: []model.Person{{Name: "Tomas Kell", Aliases: []string{"Kell"}, Mentions: 1}, {Name: "Lena Ortiz", Aliases: []string{"Ortiz"}, Mentions: 1}},
	}
	b.Quotes = []model.Quote{
		quote(b, 0, "escorts of our own choosing.", model.Cable, "Tomas Kell", "consulate cable"),
		quote(b, 1, "not a bargaining chip.", model.Speech, "Lena Ortiz", ""),
	}
	c := &model.Story{
		ID: "quiet.txt", Title: "A quiet week in the capital", Outlet: "Evening Star",
		Paragraphs: []string{"Nothing was quoted this week."},
	}
	return []*model.Story{a, b, c}
}

// harness drives the root model the way the program would, running the
// commands it returns synchronously and feeding their messages back.
type harness struct {
	t *testing.T
	m *Model
}

func newHarness(t *testing.T, stories []*model.Story, opts Options, w, h int) *harness {
	t.Helper()
	if opts.Theme == "" { // never ask a test terminal for its background
		opts.Theme = "dark"
	}
	m, err := newModel(model.NewLibrary(stories), opts, opts.Theme == "ascii")
	if err != nil {
		t.Fatal(err)
	}
	m.reader.delay = 0 // tests of the delay set it back
	m.c.finderDelay = 0
	hs := &harness{t: t, m: m}
	hs.run(m.Init())
	hs.send(tea.WindowSizeMsg{Width: w, Height: h})
	return hs
}

func (h *harness) send(msg tea.Msg) {
	_, cmd := h.m.Update(msg)
	h.run(cmd)
}

// run executes a command and feeds back the messages the model handles;
// terminal requests (clipboard, quit, background) are dropped.
func (h *harness) run(cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	switch msg := cmd().(type) {
	case tea.BatchMsg:
		for _, c := range msg {
			h.run(c)
		}
	default:
		// The app's own messages come back; terminal requests (clipboard,
		// quit, background) are dropped.
		if msg != nil && reflect.TypeOf(msg).PkgPath() == "cables/ui" {
			h.send(msg)
		}
	}
}

// keys presses keys: single runes, or names like "enter", "esc", "tab".
func (h *harness) keys(keys ...string) {
	for _, k := range keys {
		h.send(keyPress(k))
	}
}

func keyPress(k string) tea.KeyPressMsg {
	switch k {
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "tab":
		return tea.KeyPressMsg{Code: tea.KeyTab}
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "up":
		return tea.KeyPressMsg{Code: tea.KeyUp}
	case "backspace":
		return tea.KeyPressMsg{Code: tea.KeyBackspace}
	case "space":
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	}
	r := []rune(k)[0]
	return tea.KeyPressMsg{Code: r, Text: k}
}

// typed presses one key per rune of s.
func (h *harness) typed(s string) {
	for _, r := range s {
		h.send(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
}

// screen is what the terminal would show, colour stripped.
func (h *harness) screen() string {
	return ansi.Strip(h.m.View().Content)
}

// checkFits asserts that the frame of a w×hgt terminal has exactly one
// line per row, each exactly w cells wide, so nothing wraps or leaves
// stale cells; after names the key just pressed.
func (h *harness) checkFits(w, hgt int, after string) {
	h.t.Helper()
	lines := strings.Split(h.m.View().Content, "\n")
	if len(lines) != hgt {
		h.t.Errorf("%dx%d after %q: %d lines, want %d", w, hgt, after, len(lines), hgt)
	}
	for i, l := range lines {
		if got := ansi.StringWidth(l); got != w {
			h.t.Errorf("%dx%d after %q: line %d is %d cells, want %d: %q", w, hgt, after, i, got, w, ansi.Strip(l))
		}
	}
}

// flat is a fully rendered doc's lines in order, with the blank line
// between blocks, as the reader scrolls through them.
func flat(d *doc) (lines, plain []string, spans [][]span) {
	for b, p := range d.parts {
		if b > 0 {
			lines, plain, spans = append(lines, ""), append(plain, ""), append(spans, nil)
		}
		lines = append(lines, p.lines...)
		plain = append(plain, p.plain...)
		spans = append(spans, p.spans...)
	}
	return lines, plain, spans
}

// renderDoc renders all of a story at the given wrap width, as the
// background render does.
func renderDoc(s *model.Story, width int, style gansi.StyleConfig) *doc {
	return renderBlocks(s, width, glamourBlocks(style, width), func() bool { return false })
}

// renderBlocks renders all of a story's blocks in parallel, or returns nil
// if stale says, between blocks, that the render is no longer wanted.
func renderBlocks(s *model.Story, width int, newRenderer func() (blockRenderer, error), stale func() bool) *doc {
	blocks := storyBlocks(s, blockLook{})
	parts := renderParts(blocks, newRenderer, stale)
	if parts == nil {
		return nil
	}
	d := newDoc(s, blocks, width, newRenderer)
	d.merge(parts)
	return d
}
