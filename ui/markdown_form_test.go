package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"cables/model"
)

// markdownStory is a story as content reads a Markdown file: its
// paragraphs plain, with the form each had (issue 13 item 10).
func markdownStory() *model.Story {
	s := &model.Story{
		ID: "harbour.md", Title: "Envoy's cables describe a harbour deal gone sour", Outlet: "The Test Ledger",
		Paragraphs: []string{
			"The ambassador wrote that the harbour deal was “a trap dressed as a gift,” and that the minister was unusually eager.",
			"Background",
			"The deal was first proposed in 2008, when the port authority asked for foreign help with its cranes.",
			"What the cables say",
			"The first cable called the minister “eager, unprepared and surrounded by advisers who fear him.”",
			"A second cable said the talks were stalled.",
			"Ortiz met Kell twice.",
			"Kell said in public: “We will not sell the sea.”",
			"“The harbour is not for sale,” Kell told reporters on Tuesday.",
		},
	}
	at := func(para int, words string, style model.MarkStyle, url string) model.Mark {
		i := strings.Index(s.Paragraphs[para], words)
		if i < 0 {
			panic("fixture: " + words + " not in paragraph")
		}
		return model.Mark{Start: i, End: i + len(words), Style: style, URL: url}
	}
	s.Forms = []model.Form{
		{Marks: []model.Mark{at(0, "unusually", model.Emphasis, "")}},
		{Heading: 1},
		{Marks: []model.Mark{at(2, "2008", model.Strong, ""), at(2, "foreign help", model.Link, "https://example.org/port")}},
		{Heading: 2},
		{Item: "-", Tight: true},
		{Item: "-", Tight: true, Marks: []model.Mark{at(5, "stalled", model.Emphasis, "")}},
		{Item: "1.", Tight: true},
		{Item: "2.", Tight: true},
		{Quoted: 1},
	}
	s.Quotes = []model.Quote{
		quote(s, 0, "a trap dressed as a gift,", model.Cable, "", "cable"),
		quote(s, 4, "eager, unprepared and surrounded by advisers who fear him.", model.Cable, "", "cable"),
		quote(s, 7, "We will not sell the sea.", model.Speech, "Tomas Kell", ""),
		quote(s, 8, "The harbour is not for sale,", model.Speech, "Tomas Kell", ""),
	}
	return s
}

// A Markdown story keeps its headings, lists, emphasis and links in the
// reader, and its quotes are highlighted on their own words.
func TestMarkdownKeepsStructure(t *testing.T) {
	h := newHarness(t, []*model.Story{markdownStory()}, Options{}, 80, 40)
	h.keys("enter")
	screen := h.screen()
	for _, want := range []string{
		"## Background",              // a story heading, a level below the title
		"### What the cables say",    // and its second level
		"• The first cable called",   // a bullet
		"┃   advisers who fear him.", // its later lines hang under its text
		"• A second cable said",      // a tight list: no blank line between items
		"1. Ortiz met Kell twice.",   // numbered as the source numbered them
		"2. Kell said in public",     //
		"│ “The harbour is not for",  // a block quote's bar
		"https://example.org/port",   // a link's address
	} {
		if !strings.Contains(screen, want) {
			t.Errorf("the reader does not show %q:\n%s", want, screen)
		}
	}
	lines := strings.Split(screen, "\n")
	for i, l := range lines {
		if strings.Contains(l, "• A second cable") && strings.TrimSpace(ansi.Cut(lines[i-1], 0, 3)) == "" && strings.TrimSpace(lines[i-1]) == "" {
			t.Errorf("a blank line splits a tight list:\n%s", screen)
		}
	}
	raw := h.m.View().Content
	if !strings.Contains(raw, "unusually") || !italicWord(raw, "unusually") {
		t.Errorf("emphasis is not shown as italic")
	}
	d := h.m.reader.doc
	d.ensureAll()
	for q, qt := range h.m.reader.s.Quotes {
		if got := spanWords(d, q); got != qt.Text {
			t.Errorf("quote %d highlights %q, want %q", q, got, qt.Text)
		}
	}
}

// italicWord reports whether word stands in italic in an ANSI string.
func italicWord(s, word string) bool {
	i := strings.Index(s, word)
	if i < 0 {
		return false
	}
	before := s[:i]
	on, off := strings.LastIndex(before, "\x1b[3m"), strings.LastIndex(before, "\x1b[23m")
	if on < 0 {
		// glamour may join attributes: ESC[1;3m, ESC[3;38;5;…m
		for _, p := range []string{";3m", ";3;", "[3;"} {
			on = max(on, strings.LastIndex(before, p))
		}
	}
	return on >= 0 && on > off
}

// spanWords is the text a quote's highlight covers, its lines joined by
// a space.
func spanWords(d *doc, q int) string {
	var words []string
	for _, p := range d.parts {
		for j, spans := range p.spans {
			for _, sp := range spans {
				if sp.quote == q {
					words = append(words, ansi.Cut(p.plain[j], sp.start, sp.end))
				}
			}
		}
	}
	return strings.Join(words, " ")
}

func TestGoldenMarkdownStory(t *testing.T) {
	for _, sz := range sizes {
		t.Run(fmt.Sprintf("%dx%d", sz.w, sz.h), func(t *testing.T) {
			h := newHarness(t, append([]*model.Story{markdownStory()}, fixtureStories()...), Options{}, sz.w, sz.h)
			if sz.w < wideWidth {
				h.keys("enter")
			}
			h.keys("]", "]")
			golden.RequireEqual(t, h.screen())
		})
	}
}

// How paragraphs' forms become the blocks' Markdown and frames: headings
// under the title whichever level the source began at, a nested item
// indented, an autolink written once.
func TestMarkdownBlocks(t *testing.T) {
	s := &model.Story{Paragraphs: []string{"Background", "Detail", "A point", "Inside it", "See https://example.org/a now"}}
	s.Forms = []model.Form{
		{Heading: 2}, {Heading: 3},
		{Item: "-", Tight: true}, {Item: "-", Tight: true, Nested: 1},
		{Marks: []model.Mark{{Start: 4, End: 25, Style: model.Link, URL: "https://example.org/a"}}},
	}
	blocks := storyBlocks(s, blockLook{})
	want := []struct {
		md   string
		item string
		join bool
	}{
		{"## Background", "", false},
		{"### Detail", "", false},
		{"A point", "• ", true},
		{"Inside it", "  • ", false},
		{"See https&#58;//example\\.org/a now", "", false},
	}
	for i, w := range want {
		b := blocks[i]
		if b.markdown() != w.md || b.item != w.item || b.joinNext != w.join {
			t.Errorf("block %d: md %q item %q joinNext %v; want %q %q %v", i, b.markdown(), b.item, b.joinNext, w.md, w.item, w.join)
		}
	}
}

// Text set as code is shown as written: glamour decodes entities even in
// code, so an entity there must not become a live escape sequence.
func TestMarkdownCodeShowsEntitiesAsText(t *testing.T) {
	text, code := "Set &#27;[31mred&ac; as code", "&#27;[31mred&ac;"
	at := strings.Index(text, code)
	s := &model.Story{Paragraphs: []string{text},
		Forms: []model.Form{{Marks: []model.Mark{{Start: at, End: at + len(code), Style: model.Code}}}}}
	st := newStyles(theme{name: "dark"})
	lines, plain, _ := flat(renderDoc(s, 80, st.glamour))
	if got := squash(strings.Join(plain, " ")); got != text {
		t.Errorf("code rendered as %q, want %q", got, text)
	}
	if strings.Contains(strings.Join(lines, "\n"), "\x1b[31m") {
		t.Error("an entity in code became a live escape sequence")
	}
	url := "https://example.org/?a=1&b=2#&#27;[31m"
	s = &model.Story{Paragraphs: []string{"A link here."},
		Forms: []model.Form{{Marks: []model.Mark{{Start: 2, End: 6, Style: model.Link, URL: url}}}}}
	lines, plain, _ = flat(renderDoc(s, 80, st.glamour))
	if got := squash(strings.Join(plain, " ")); got != "A link "+url+" here." {
		t.Errorf("link rendered as %q", got)
	}
	if strings.Contains(strings.Join(lines, "\n"), "\x1b[31m") {
		t.Error("an entity in a link's address became a live escape sequence")
	}
}
