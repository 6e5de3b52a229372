package page

import (
	"strings"
	"testing"
	"unsafe"
)

// TestChromeMemoAnswersItsLineOnly: a verdict kept for one line is not
// another's, even in that line's slot, and a line asked again gets the
// verdict the rules give it.
func TestChromeMemoAnswersItsLineOnly(t *testing.T) {
	story := "The consul wrote that the port was idle for a week."
	chrome := "Sign in to comment"
	for _, tc := range []struct{ kept, asked string }{
		{chrome, story}, {story, chrome}, {chrome, chrome + " "}, {"", ""}, // the empty line is kept under no verdict
	} {
		// The verdict kept is the one the line asked must not get (its
		// slot then takes the line asked, with its own).
		want := decideChrome(tc.asked, "")
		rememberChrome(chromeSlot(tc.asked), tc.kept, !want)
		for range 2 {
			if got := isChromeOf(tc.asked, ""); got != want {
				t.Errorf("isChromeOf(%q) with %q's verdict kept in its slot = %v, want %v", tc.asked, tc.kept, got, want)
			}
		}
	}
	for _, r := range chromeRules.Rules {
		for range 2 {
			if !isChrome(r.Example) {
				t.Errorf("isChrome(%q) = false asked again, want true (rule %s)", r.Example, r.Name)
			}
		}
	}
}

// TestChromeMemoKeepsNoPageAlive: the memo keeps a copy of a short line,
// not the line inside its page (which would keep the page's text alive),
// and no long line at all.
func TestChromeMemoKeepsNoPageAlive(t *testing.T) {
	page := strings.Repeat("The consul wrote of the port. ", 1<<14) + "Sign in to comment"
	line := page[len(page)-len("Sign in to comment"):]
	isChromeOf(line, "")
	kept := chromeMemo.slots[chromeSlot(line)].line
	if kept != line || unsafe.StringData(kept) == unsafe.StringData(line) {
		t.Errorf("memo keeps %q at %p, want a copy of %q (at %p)", kept, unsafe.StringData(kept), line, unsafe.StringData(line))
	}
	long := page[:chromeMemoLine+1]
	isChromeOf(long, "")
	if chromeMemo.slots[chromeSlot(long)].line == long {
		t.Errorf("memo keeps a line of %d bytes, want none over %d", len(long), chromeMemoLine)
	}
}
