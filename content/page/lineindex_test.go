package page

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"sync"
	"testing"
)

// chromeLines are chromeLinePatterns compiled, for the tests to try
// every one of them.
var chromeLines = sync.OnceValue(func() []*regexp.Regexp {
	var out []*regexp.Regexp
	for _, p := range wholeLines(chromeLinePatterns) {
		out = append(out, regexp.MustCompile(p))
	}
	return out
})

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
			filed := slices.ContainsFunc(chromeLineIndex()[l[0]], func(e indexedLine) bool { return e.re().String() == re.String() && e.mayMatch(l) })
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

// TestLineFilter: a pattern's filter holds its length, literal prefix and
// a literal it needs, and lets through every line the pattern matches.
func TestLineFilter(t *testing.T) {
	for _, tc := range []struct {
		pattern string
		want    lineFilter
		matches []string
	}{
		{`^(?:stay connected)[.!]?$`, lineFilter{14, 15, "stay connected", ""}, []string{"stay connected", "stay connected!"}},
		{`^(?:.*\|\s*https?://\S+)[.!]?$`, lineFilter{9, -1, "", "http"}, []string{"see | https://example.com", "|http://a"}},
		{`^(?:story continues (?:below|after).*)[.!]?$`, lineFilter{21, -1, "story continues ", ""}, []string{"story continues below the ad"}},
		{`^(?:(?:digg|stumble) it)[.!]?$`, lineFilter{7, 11, "", " it"}, []string{"digg it", "stumble it."}},
		{`^(?:\d{1,2} of \d+)$`, lineFilter{6, -1, "", " of "}, []string{"1 of 2", "12 of 300"}},
		{`^(?:é(?i:k)[^a]?)$`, lineFilter{2, 12, "é", ""}, []string{"ék", "é\u212a", "ék\xff", "ékπ"}},
	} {
		got := newLineFilter(regexp.MustCompile(tc.pattern))
		if got != tc.want {
			t.Errorf("%s: filter %+v, want %+v", tc.pattern, got, tc.want)
		}
		for _, l := range tc.matches {
			if !regexp.MustCompile(tc.pattern).MatchString(l) || !got.mayMatch(l) {
				t.Errorf("%s matches %q, which its filter turns away", tc.pattern, l)
			}
		}
	}
}

// FuzzLineFilter: no line a chrome or site pattern matches is turned away
// by its filter.
func FuzzLineFilter(f *testing.F) {
	for _, s := range []string{"stay connected", "see | https://example.com", "© 2011 example press", "story highlights", "a version of this article appears in print on"} {
		f.Add(s)
	}
	var res []*regexp.Regexp
	res = append(res, chromeLines()...)
	for _, r := range siteRules {
		res = append(res, r.line)
	}
	filters := make([]lineFilter, len(res))
	for i, re := range res {
		filters[i] = newLineFilter(re)
	}
	f.Fuzz(func(t *testing.T, l string) {
		for i, re := range res {
			if re.MatchString(l) && !filters[i].mayMatch(l) {
				t.Errorf("%s matches %q, which its filter turns away", re, l)
			}
		}
	})
}

// firstBytes is, at least, the set of first bytes of the texts re matches
// at their start: a byte outside ASCII stands for any rune outside it, and
// a pattern that may match the empty text may start with any byte.
func firstBytes(re *regexp.Regexp) [256]bool {
	firsts, _ := firstPairs(re)
	return firsts
}

// firstPairs is firstBytes, and for each first byte, at least the bytes
// that may follow it in a text of two bytes or more that re matches at its
// start, a bit each: a rune outside ASCII may be followed by any byte.
func firstPairs(re *regexp.Regexp) (firsts [256]bool, seconds [256][4]uint64) {
	prog, ok := program(re)
	if !ok {
		prog = nil
	}
	return pairsOf(prog)
}

// program is re compiled as regexp/syntax compiles it, to be walked.
func program(re *regexp.Regexp) (*syntax.Prog, bool) {
	parsed, err := syntax.Parse(re.String(), syntax.Perl)
	if err != nil {
		return nil, false
	}
	prog, err := syntax.Compile(parsed.Simplify())
	return prog, err == nil
}

// TestLiteralPrefixIsRegexps: the prefix the filters are built with is the
// one regexp.Compile gives, for every chrome and site pattern and for the
// patterns that start at the start of the text, where regexp finds it
// with a one-pass matcher.
func TestLiteralPrefixIsRegexps(t *testing.T) {
	patterns := []string{`^abc`, `^(?:sign in)$`, `\Aab|\Aac`, `(?i)sign in`, `sign (?:in|up)`, `é(?i:k)`, `(?:x`}
	for _, p := range wholeLines(chromeLinePatterns) {
		patterns = append(patterns, strings.TrimPrefix(p, "^"))
	}
	for _, r := range siteRules {
		patterns = append(patterns, strings.TrimPrefix(r.line.String(), "^"))
	}
	for _, p := range patterns {
		got, ok := literalPrefix(p)
		re, err := regexp.Compile(p)
		if ok != (err == nil) {
			t.Errorf("%s: compiles %v, regexp says %v", p, ok, err)
			continue
		}
		if err != nil {
			continue
		}
		if want, _ := re.LiteralPrefix(); got != want {
			t.Errorf("%s: prefix %q, regexp's %q", p, got, want)
		}
	}
}
