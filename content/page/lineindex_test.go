package page

import (
	"regexp"
	"slices"
	"testing"
)

// TestLineIndex: every chrome pattern that matches a line is filed under
// the line's first byte, so that the index never loses a match.
func TestLineIndex(t *testing.T) {
	lines := []string{
		"12 comments", "0 / 0", "sign in to comment", "log out", "© 2011 example press", "(reporting by ada quill)",
		"home", "share this article:", "email print comments (42) share", "today in lusaka, zambia",
		"related stories", "most read", "more from the embassy", "2. tap to add to home screen.",
		"see our photos | https://example.com/a", "x", "ad", "the embassy said so.", "ſign in",
	}
	for _, l := range lines {
		for _, re := range chromeLines {
			if re.MatchString(l) && !slices.Contains(chromeLineIndex[l[0]], re) {
				t.Errorf("%q matches %s, which is not filed under %q", l, re, l[0])
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
