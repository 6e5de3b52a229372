package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// firstOf runs the commands of a letter typed into the filter: the search
// of the first stories, then, if one was started, the search of all.
func firstOf(t *testing.T, cmd tea.Cmd) (first, all tea.Msg) {
	t.Helper()
	var msgs []tea.Msg
	switch msg := cmd().(type) {
	case tea.BatchMsg:
		for _, c := range msg {
			msgs = append(msgs, c())
		}
	default:
		msgs = append(msgs, msg)
	}
	if f, ok := msgs[0].(filteredMsg); !ok || !f.first {
		t.Fatalf("the letter started no search of the first stories: %#v", msgs)
	}
	if len(msgs) > 1 {
		all = msgs[1]
	}
	return msgs[0], all
}

// Issue 14: over many stories a filter shows the matches among the first
// stories it searches, marked as still counting, while the rest are
// searched; every story shown matches, and all of them take the place of
// the first when found. All the matches of an older text, found late,
// are not shown over the first of what is typed now.
func TestListFilterShowsFirstMatchesWhileCounting(t *testing.T) {
	defer func(n, above int) { firstStories, firstAbove = n, above }(firstStories, firstAbove)
	firstStories, firstAbove = 3, 3 // of four stories, the first three
	h := newHarness(t, findStories(), Options{}, 140, 40)
	h.keys("/")
	_, cmd := h.m.Update(tea.KeyPressMsg{Code: 's', Text: "said"})
	first, all := firstOf(t, cmd)
	h.m.Update(first)
	if got := strings.Join(listed(h), "|"); got != "Much umbrage at a bail hearing" || !strings.Contains(h.screen(), "filter: said█ · counting") {
		t.Fatalf("/said, the first three stories searched, lists %q\n%s", got, h.screen())
	}
	h.send(all)
	if got := strings.Join(listed(h), "|"); got != "Much umbrage at a bail hearing|Grain convoy stalls" || strings.Contains(h.screen(), "counting") {
		t.Fatalf("/said, all searched, lists %q\n%s", got, h.screen())
	}

	h.keys("esc", "/")
	_, cmd = h.m.Update(keyPress("s"))
	first, allS := firstOf(t, cmd)
	h.m.Update(first)
	_, cmd = h.m.Update(keyPress("a")) // while /s runs: its first stories only
	first, all = firstOf(t, cmd)
	if all != nil {
		t.Fatalf("/sa started a second search of all while /s ran")
	}
	h.m.Update(first)
	_, next := h.m.Update(allS)
	if got := strings.Join(listed(h), "|"); got != "Much umbrage at a bail hearing" || !strings.Contains(h.screen(), "filter: sa█ · counting") {
		t.Errorf("/s, found after /sa's first stories, changed the list to %q\n%s", got, h.screen())
	}
	h.run(next)
	if got := strings.Join(listed(h), "|"); got != "Much umbrage at a bail hearing|Grain convoy stalls" || strings.Contains(h.screen(), "counting") {
		t.Errorf("/sa, all searched, lists %q\n%s", got, h.screen())
	}
}
