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
		rememberChrome(chromeSlot(tc.asked), tc.kept, !want, chromeMemoLine)
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

// TestChromeTailKeepsTheParagraphItStopsAt: the story's last paragraph,
// longer than the memo keeps of other lines, which chromeTail asks of the
// chrome rules before the unit rules ask again, is kept (a copy), so that
// the rules read it once; a line over chromeMemoAskedAgain is not.
func TestChromeTailKeepsTheParagraphItStopsAt(t *testing.T) {
	last := strings.Repeat("The consul wrote that the port stood idle while the envoy waited. ", 8)
	if len(last) <= chromeMemoLine || len(last) > chromeMemoAskedAgain {
		t.Fatalf("paragraph of %d bytes, want one over %d and not over %d", len(last), chromeMemoLine, chromeMemoAskedAgain)
	}
	units := []string{"The envoy's cable", "The consul met the minister on Tuesday.", last, "Sign in to comment"}
	if got := chromeTail(units); got != 3 {
		t.Fatalf("chromeTail = %d, want 3", got)
	}
	kept := chromeMemo.slots[chromeSlot(last)].line
	if kept != last || unsafe.StringData(kept) == unsafe.StringData(last) {
		t.Errorf("memo keeps %.40q… at %p, want a copy of the paragraph the tail stopped at", kept, unsafe.StringData(kept))
	}
	huge := strings.Repeat("The consul wrote of the port. ", chromeMemoAskedAgain/30+1)
	isChromeAskedAgain(huge)
	if chromeMemo.slots[chromeSlot(huge)].line == huge {
		t.Errorf("memo keeps a line of %d bytes, want none over %d", len(huge), chromeMemoAskedAgain)
	}
}
