package ui

import (
	"regexp"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"cables/model"
)

// findStories are four stories for the filters: one names Mumbai in its
// body only, one in its title, one has a word holding the letters of
// "mumbai" scattered, and one is about Kayani's namesake elsewhere.
func findStories() []*model.Story {
	return []*model.Story{
		{ID: "a.txt", Title: "Envoy reports on the port", Outlet: "The Ledger",
			Paragraphs: []string{"Nothing happened.", "After the attacks in Mumbai the talks stopped."}},
		{ID: "b.txt", Title: "Mumbai talks resume", Outlet: "Evening Star",
			Paragraphs: []string{"The talks went on."}},
		{ID: "c.txt", Title: "Much umbrage at a bail hearing", Outlet: "Northern Post",
			Paragraphs: []string{"My umbrella, a bailiff said."}},
		{ID: "d.txt", Title: "Grain convoy stalls", Outlet: "Zürich Daily",
			People:     []model.Person{{Name: "Ashfaq Kayani", Aliases: []string{"Kayani", "the general"}, Mentions: 1}},
			Paragraphs: []string{"The general said little."}},
	}
}

// listed is the titles the list shows, in order.
func listed(h *harness) []string {
	var out []string
	for _, si := range h.m.list.items {
		out = append(out, h.m.c.lib.Stories[si].Title)
	}
	return out
}

// Issue 13, 6: the list filter matches words and parts of words in the
// title, outlet, people and body, ignoring case and accents, whole words
// and titles first; scattered letters are no match.
func TestListFilterFindsWordsNotScatteredLetters(t *testing.T) {
	for _, tc := range []struct {
		query string
		want  []string
	}{
		{"mumbai", []string{"Mumbai talks resume", "Envoy reports on the port"}},
		{"MUMBAI attacks", []string{"Envoy reports on the port"}},
		{"kayani", []string{"Grain convoy stalls"}},          // a person's name, not in the text
		{"zurich", []string{"Grain convoy stalls"}},          // the outlet, without its accent
		{"umbr", []string{"Much umbrage at a bail hearing"}}, // part of a word
	} {
		h := newHarness(t, findStories(), Options{}, 140, 40)
		h.keys("/")
		h.typed(tc.query)
		h.keys("enter")
		if got := listed(h); strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("/%s lists %q, want %q", tc.query, got, tc.want)
		}
	}
}

// Erasing goes back to what the shorter filter lists (it is not searched
// again but taken from the way there): "mumbai attacks" erased to "mu"
// lists what "mu" typed afresh does, and erased whole, every story.
func TestListFilterErasedListsWhatTheShorterOneDoes(t *testing.T) {
	h := newHarness(t, findStories(), Options{}, 140, 40)
	h.keys("/")
	h.typed("mu")
	fresh := strings.Join(listed(h), "|")
	h.typed("mbai attacks")
	if got := strings.Join(listed(h), "|"); got != "Envoy reports on the port" {
		t.Fatalf("/mumbai attacks lists %q", got)
	}
	for range len("mbai attacks") {
		h.keys("backspace")
	}
	if got := strings.Join(listed(h), "|"); got != fresh || !strings.Contains(got, "Much umbrage") {
		t.Errorf("erased to /mu lists %q, want %q", got, fresh)
	}
	h.keys("backspace", "backspace")
	if got := listed(h); len(got) != 4 {
		t.Errorf("erased whole, the list shows %q; want every story", got)
	}
}

// Issue 13, 6: the quotes panel ranks a quote with the word above one
// whose letters only happen to be there, and its rows name outlet and
// date.
func TestQuotesPanelRanksWholeWordsFirst(t *testing.T) {
	s := &model.Story{ID: "q.txt", Title: "Quotes", Outlet: "The Ledger",
		Paragraphs: []string{"He said “okay, any time” and later “Kayani will decide” to reporters."}}
	s.Quotes = []model.Quote{
		quote(s, 0, "okay, any time", model.Speech, "", ""),
		quote(s, 0, "Kayani will decide", model.Speech, "", ""),
	}
	h := newHarness(t, []*model.Story{s}, Options{}, 80, 24)
	h.keys("Q", "/")
	h.typed("kayani")
	sc := h.screen()
	if !strings.Contains(sc, "Quotes (1)") || !strings.Contains(sc, "Kayani will decide") || strings.Contains(sc, "okay, any time") {
		t.Errorf("the panel should list only the quote naming Kayani:\n%s", sc)
	}
	if !strings.Contains(sc, "[speech] unattributed · The Ledger") {
		t.Errorf("rows should name the outlet:\n%s", sc)
	}
}

// Find in all stories lists story and paragraph; Enter opens the story
// there with the match found.
func TestFindInAllStoriesOpensTheParagraph(t *testing.T) {
	h := newHarness(t, findStories(), Options{}, 140, 40)
	h.keys("F")
	h.typed("mumbai")
	sc := h.screen()
	if !strings.Contains(sc, "Envoy reports on the port · The Ledger · paragraph 2") {
		t.Fatalf("find lists no paragraph:\n%s", sc)
	}
	h.keys("enter")
	sc = h.screen()
	if !strings.Contains(sc, "After the attacks in Mumbai") || !regexp.MustCompile(`/mumbai 1/1`).MatchString(sc) {
		t.Errorf("enter should open the story at the match:\n%s", sc)
	}
}

// Issue 14: a letter typed into the filter shows at once, and the filter
// runs in the background; letters typed while it runs are searched for
// together when it ends; erasing back to a filter already made shows it
// at once; and a result the list has moved on from (erased, or emptied by
// esc) is not shown.
func TestListFilterRunsBehindTheTyping(t *testing.T) {
	h := newHarness(t, findStories(), Options{}, 140, 40)
	h.keys("/")
	_, first := h.m.Update(keyPress("m"))
	if !strings.Contains(h.screen(), "filter: m") || len(listed(h)) != 4 {
		t.Fatalf("the letter should show before the filter ends, the list as it was: %q\n%s", listed(h), h.screen())
	}
	ran := make(chan tea.Msg)
	go func() { ran <- first() }() // as the program runs it, beside the typing
	for _, k := range []string{"u", "m", "b", "a", "i"} {
		if _, cmd := h.m.Update(keyPress(k)); cmd != nil && cmd() != nil {
			t.Fatalf("%q started a second filter while one ran", k)
		}
	}
	if !strings.Contains(h.screen(), "filter: mumbai") {
		t.Fatalf("the letters typed meanwhile should show:\n%s", h.screen())
	}
	h.send(<-ran) // "m", then "mumbai" at once
	if got := strings.Join(listed(h), "|"); got != "Mumbai talks resume|Envoy reports on the port" {
		t.Errorf("/mumbai typed while /m ran lists %q", got)
	}

	h.keys("x") // nothing matches
	_, late := h.m.Update(keyPress("y"))
	h.keys("backspace", "backspace") // back to a filter already made: at once
	if got := strings.Join(listed(h), "|"); got != "Mumbai talks resume|Envoy reports on the port" || !strings.Contains(h.screen(), "filter: mumbai█") {
		t.Errorf("erasing while a filter ran lists %q\n%s", got, h.screen())
	}
	h.run(late)
	if got := strings.Join(listed(h), "|"); got != "Mumbai talks resume|Envoy reports on the port" {
		t.Errorf("/mumbaixy, ended after it was erased, changed the list to %q", got)
	}

	_, late = h.m.Update(keyPress("x"))
	h.keys("esc")
	h.run(late)
	if got := listed(h); len(got) != 4 || h.m.list.filter.text != "" {
		t.Errorf("a filter that ended after esc changed the list: %q, filter %q", got, h.m.list.filter.text)
	}
}

// Text pasted into an open prompt types it: Bubble Tea turns bracketed
// paste on and delivers a paste as one tea.PasteMsg, not as keys, so a
// prompt that reads only keys let every paste vanish (issue 14, 11). A
// line break pasted is a space, and a paste with no prompt open does
// nothing.
func TestPasteTypesIntoTheOpenPrompt(t *testing.T) {
	h := newHarness(t, findStories(), Options{}, 140, 40)
	h.send(tea.PasteMsg{Content: "mumbai"})
	if got := listed(h); len(got) != 4 || h.m.list.filter.text != "" {
		t.Fatalf("a paste with no prompt open filtered the list to %q", got)
	}
	h.keys("/")
	h.send(tea.PasteMsg{Content: "MUMBAI\nattacks"})
	if got := strings.Join(listed(h), "|"); h.m.list.filter.text != "MUMBAI attacks" || got != "Envoy reports on the port" {
		t.Errorf("the list filter pasted into reads %q and lists %q", h.m.list.filter.text, got)
	}
	h.keys("esc", "F")
	h.send(tea.PasteMsg{Content: "mumbai"})
	if sc := h.screen(); !strings.Contains(sc, "Envoy reports on the port · The Ledger · paragraph 2") {
		t.Errorf("find in all stories, pasted into, lists no paragraph:\n%s", sc)
	}
	h.keys("esc", "esc")
	h.send(tea.PasteMsg{Content: "mumbai"}) // the panel closed: nothing types it
	h.keys("/")
	h.typed("attacks")
	h.keys("enter", "enter", "/")
	h.send(tea.PasteMsg{Content: "mumbai"})
	if r := h.m.reader.search; r.query != "mumbai" || len(r.matches) != 1 {
		t.Errorf("the reader's search, pasted into, reads %q and finds %d; screen:\n%s", r.query, len(r.matches), h.screen())
	}
}
