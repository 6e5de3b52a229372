package page

import (
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestLineIndex: every chrome pattern that matches a line is filed under
// the line's first two bytes (a line of one, under its byte), so that the
// index never loses a match.
func TestLineIndex(t *testing.T) {
	lines := []string{
		"12 comments", "0 / 0", "sign in to comment", "log out", "© 2011 example press", "(reporting by ada quill)",
		"home", "share this article:", "email print comments (42) share", "today in lusaka, zambia",
		"related stories", "most read", "more from the embassy", "2. tap to add to home screen.",
		"see our photos | https://example.com/a", "x", "ad", "the embassy said so.", "ſign in", "ſ", "é-mail",
		"1", "1 / 2", "a", "print email font size: a a share: facebook", "x share", "©", "© 2011",
	}
	for _, l := range lines {
		for _, re := range chromeLines() {
			filed := slices.ContainsFunc(chromeLineIndex()[l[0]], func(e indexedLine) bool { return e.re == re && e.mayMatch(l) })
			if re.MatchString(l) && !filed {
				t.Errorf("%q matches %s, which is not filed under its start", l, re)
			}
		}
	}
}

func TestFirstBytes(t *testing.T) {
	for _, tc := range []struct {
		pattern string
		want    string // the ASCII bytes that may start a match
	}{
		{`^(?:home|menu)$`, "hm"},
		{`^(?:\d+ comments)$`, "0123456789"},
		{`^(?i:see)$`, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"},
		{`^(?:a?b)$`, "ab"},
	} {
		set := firstBytes(regexp.MustCompile(tc.pattern))
		var got []byte
		for b := range 0x80 {
			if set[b] {
				got = append(got, byte(b))
			}
		}
		if string(got) != tc.want {
			t.Errorf("%s: first bytes %q, want %q", tc.pattern, got, tc.want)
		}
	}
}

// TestFirstPairs: the pairs a pattern may start with, and some it may not.
func TestFirstPairs(t *testing.T) {
	for _, tc := range []struct {
		pattern     string
		may, cannot string // pairs, "|" apart
	}{
		{`^(?:home|menu)[.!]?$`, "ho|me", "hm|mo|om|ee"},
		{`^(?:\d+ comments)$`, "0 |12|99", "1a|a1"},
		{`^(?:a?bc|x)$`, "ab|bc|x.|xx", "ac|ba"},
		{`^(?i:se)$`, "se|SE|sE", "s1|1e|s "},
	} {
		firsts, seconds := firstPairs(regexp.MustCompile(tc.pattern))
		pair := func(p string) bool { return firsts[p[0]] && seconds[p[0]][p[1]>>6]&(1<<(p[1]&63)) != 0 }
		for _, p := range strings.Split(tc.may, "|") {
			if !pair(p) {
				t.Errorf("%s: %q may start a match, but is not in the set", tc.pattern, p)
			}
		}
		for _, p := range strings.Split(tc.cannot, "|") {
			if pair(p) {
				t.Errorf("%s: %q cannot start a match, but is in the set", tc.pattern, p)
			}
		}
	}
}
