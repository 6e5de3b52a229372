package ui

import (
	"strings"
	"testing"
	"time"

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

// Issue 14: a search still running for a text typed on since gives up,
// and the search for what is typed starts when it does; the first
// stories are not searched when the search of all has ended by then.
func TestListFilterGivesUpAnOlderSearch(t *testing.T) {
	defer func(n, above int, after time.Duration) {
		firstStories, firstAbove, firstAfter = n, above, after
	}(firstStories, firstAbove, firstAfter)
	firstStories, firstAbove, firstAfter = 3, 3, time.Hour
	h := newHarness(t, findStories(), Options{}, 140, 40)
	h.keys("/")
	_, cmd := h.m.Update(keyPress("s"))
	batch, ok := cmd().(tea.BatchMsg)
	if !ok || len(batch) != 2 {
		t.Fatalf("/s started %#v, not a search of the first stories and one of all", batch)
	}
	firstS, allS := batch[0], batch[1]
	h.m.Update(keyPress("a")) // while /s runs
	msg, ok := allS().(filteredMsg)
	if !ok || msg.found != nil {
		t.Fatalf("the search of all for /s, /sa typed since, found %#v", msg.found)
	}
	_, next := h.m.Update(msg)
	if next == nil {
		t.Fatalf("/s given up started no search for /sa")
	}
	msgs := []tea.Msg{next()}
	if b, ok := msgs[0].(tea.BatchMsg); ok {
		msgs = nil
		for _, c := range b {
			msgs = append(msgs, c())
		}
	}
	if len(msgs) != 1 || msgs[0].(filteredMsg).first || msgs[0].(filteredMsg).found.Query != "sa" {
		t.Fatalf("/s given up started %#v, not one search of all for /sa", msgs)
	}
	h.send(msgs[0])
	if got := strings.Join(listed(h), "|"); got != "Much umbrage at a bail hearing|Grain convoy stalls" || strings.Contains(h.screen(), "counting") {
		t.Errorf("/sa, all searched, lists %q\n%s", got, h.screen())
	}
	if m := firstS(); m != nil { // given up: a text typed since
		t.Errorf("the first stories searched for /s, /sa typed since: %#v", m)
	}

	h.keys("esc", "/")
	_, cmd = h.m.Update(keyPress("s"))
	batch = cmd().(tea.BatchMsg)
	h.send(batch[1]())
	if m := batch[0](); m != nil { // would wait an hour
		t.Errorf("the first stories searched for /s after all were: %#v", m)
	}
}
