package page

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// readText reads a story from plain text as news pages give it: headline
// first, then date lines, a byline, captions, the body and site chrome, in
// any order a page may print them.
func readText(text string) *Page {
	s := &Page{}
	units := splitUnits(text)
	var rest []string
	if top := pageTop(units); top > 0 {
		units = units[top:]
		t := headlineAfterChrome(units)
		s.Title = units[t]
		for _, u := range units[:t] { // a date above the headline is kept; labels and chrome are not
			if _, isDate := parseDateLine(u); isDate {
				rest = append(rest, u)
			}
		}
		rest = append(rest, units[t+1:]...)
	} else if t := headlineUnderLabel(units); t > 0 {
		s.Title = units[t] // under a section label or a date line
		for _, u := range units[:t] {
			if _, isDate := parseDateLine(u); isDate {
				rest = append(rest, u)
			}
		}
		rest = append(rest, units[t+1:]...)
	} else {
		i := 0
		for i < len(units) && isChrome(units[i]) {
			i++
		}
		if i < len(units) {
			if _, isDate := parseDateLine(units[i]); !isDate {
				s.Title = units[i]
				i++
			}
		}
		rest = units[i:]
	}
	if title, date, ok := dateAfterHeadline(s.Title); ok {
		s.Title, rest = title, append([]string{date}, rest...)
	}
	rest = rest[:chromeTail(rest)]
	rest = dropKickers(rest, s.Title)
	fillUnits(s, rest, writesMonthFirst(text))
	return s
}

// isHeaderLine reports the short lines pages print between the headline
// and the story: an author's name alone ("Jane Roe"), an agency ("Kyodo")
// or a section label ("From the Newspaper", "In News"). A dateline on a
// line of its own is left for the body, where it is found.
func isHeaderLine(s *Page, u string) bool {
	words := strings.Fields(u)
	limit := 4
	if s.Byline != "" {
		limit = 8 // the writer's role under the byline: "Senior Fellow, Example Program"
	}
	if len(words) > limit || endsSentence(u) || strings.ContainsAny(u, "“”\"‘’«»0123456789") {
		return false
	}
	place, _, whole := bodyDateline(u)
	return place == "" || !whole
}

// takeHeaderLine takes an agency on a header line as the outlet and a
// name alone as the byline.
func takeHeaderLine(s *Page, u string) {
	words := strings.Fields(u)
	switch {
	case wireAgencies[strings.ToLower(u)]:
		if s.Outlet == "" {
			s.Outlet = u
		}
	case s.Byline == "" && len(words) >= 2 && looksLikeName(words):
		s.Byline = u
	}
}

// kickerLines is how many lines under the headline may stand before the
// headline printed again: section labels, or a weather widget's town,
// date and readings.
const kickerLines = 8

// headlineUnderLabel returns the index of a headline that a page without
// a masthead prints under a date line ("Friday, March 4, 2011") or a
// section label ("Africa"), or -1: for a label, only when the line under
// it is set as a headline is.
func headlineUnderLabel(units []string) int {
	t := headlineAfterChrome(units)
	if t <= 0 {
		return -1
	}
	for _, u := range units[:t] {
		if _, isDate := parseDateLine(u); !isDate && !isChrome(u) && !setAsHeadline(units[t]) {
			return -1
		}
	}
	return t
}

// setAsHeadline reports a line set as a headline, not as a caption, a
// dateline or a sentence: five to twenty-five words, no full stop inside
// or at the end, no brackets or bars.
func setAsHeadline(u string) bool {
	n := len(strings.Fields(u))
	if n < 5 || n > 25 || len(u) > 160 || endsSentence(u) || strings.Contains(u, ". ") || strings.ContainsAny(u, "()|") || isCaption(u) {
		return false
	}
	place, _, _ := bodyDateline(u)
	return place == ""
}

// dropKickers removes the section labels and widgets that pages print
// between the headline and the headline printed again ("Special
// Reports", "Humidity").
func dropKickers(units []string, title string) []string {
	repeat := -1
	for k, u := range units {
		if k >= kickerLines {
			break
		}
		if sameText(u, title) {
			repeat = k
		}
	}
	if repeat < 0 {
		return units
	}
	var out []string
	for k, u := range units {
		if k < repeat && len(strings.Fields(u)) <= 4 && !endsSentence(u) {
			if _, isDate := parseDateLine(u); !isDate {
				continue
			}
		}
		out = append(out, u)
	}
	return out
}

// textKey is a line reduced to its lowercased letters and digits, so that
// copies of one line compare equal whatever their spacing and punctuation.
// Every line of a page is keyed: ASCII goes through keyBytes, a byte at a
// time, without a call.
func textKey(s string) string {
	key := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if k := keyBytes[c]; k != 0 {
				key = append(key, k)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			key = utf8.AppendRune(key, unicode.ToLower(r))
		}
		i += size
	}
	return string(key)
}

// keyBytes is what textKey keeps of each ASCII byte: letters lowered,
// digits, and 0 for the rest, which it drops.
var keyBytes = func() (t [utf8.RuneSelf]byte) {
	for c := byte('0'); c <= '9'; c++ {
		t[c] = c
	}
	for c := byte('a'); c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = c, c
	}
	return t
}()

// sameText reports whether two lines have the same textKey, which is
// not empty, without building either key.
func sameText(a, b string) bool {
	i, j, letters := 0, 0, 0
	for {
		var ra, rb rune = -1, -1
		for i < len(a) && ra < 0 {
			r, size := utf8.DecodeRuneInString(a[i:])
			if i += size; unicode.IsLetter(r) || unicode.IsDigit(r) {
				ra = unicode.ToLower(r)
			}
		}
		for j < len(b) && rb < 0 {
			r, size := utf8.DecodeRuneInString(b[j:])
			if j += size; unicode.IsLetter(r) || unicode.IsDigit(r) {
				rb = unicode.ToLower(r)
			}
		}
		if ra != rb {
			return false
		}
		if ra < 0 {
			return letters > 0
		}
		letters++
	}
}

// splitUnits splits text into lines with spaces collapsed. Blank lines
// separate blocks; a block whose lines were wrapped at a fixed width is
// joined back into one paragraph, while pages that print one paragraph per
// line (with or without blank lines) keep their lines.
func splitUnits(text string) []string {
	var out []string
	var block []string
	flush := func() {
		if len(block) > 1 && hardWrapped(block) {
			out = append(out, strings.Join(block, " "))
		} else {
			out = append(out, block...)
		}
		block = block[:0]
	}
	for rest := text; rest != ""; { // line by line, without a slice of every line
		line := rest
		if i := strings.IndexByte(rest, '\n'); i >= 0 {
			line, rest = rest[:i], rest[i+1:]
		} else {
			rest = ""
		}
		l := line
		if !singleSpaced(line) {
			l = strings.Join(strings.Fields(line), " ")
		}
		if l == "" {
			flush()
			continue
		}
		block = append(block, l)
	}
	flush()
	return out
}

// singleSpaced reports whether a line is already as splitUnits leaves it:
// words apart by single spaces, none at either end.
func singleSpaced(line string) bool {
	space := true // before the line, so that a space starting it counts as a second
	for i := 0; i < len(line); {
		c := line[i]
		if ' ' < c && c < utf8.RuneSelf { // most bytes: printable ASCII
			space = false
			i++
			continue
		}
		if c < utf8.RuneSelf {
			switch c {
			case ' ':
				if space {
					return false
				}
				space = true
			case '\t', '\n', '\v', '\f', '\r':
				return false
			default:
				space = false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(line[i:])
		if unicode.IsSpace(r) {
			return false
		}
		space = false
		i += size
	}
	return !space || line == ""
}

// hardWrapped reports whether a block's lines were broken at a fixed width:
// every line but the last is long and close to the longest, and most breaks
// fall inside a sentence (the next line goes on in lower case, or the line
// ends on a comma or dash). A headline over a date line is not wrapped.
func hardWrapped(lines []string) bool {
	longest := 0
	for _, l := range lines {
		longest = max(longest, len([]rune(l)))
	}
	if longest > 120 || longest < 30 {
		return false
	}
	inside := 0
	for i, l := range lines[:len(lines)-1] {
		next := lines[i+1]
		if n := len([]rune(l)); n < 40 || n*10 < longest*6 || strings.HasPrefix(next, "•") || strings.HasPrefix(next, "- ") {
			return false
		}
		first := []rune(next)[0]
		if unicode.IsLower(first) || strings.ContainsAny(l[len(l)-1:], ",;-—") {
			inside++
		}
	}
	return inside*2 >= len(lines)-1
}

// lowerText is strings.ToLower, rune for rune (a byte that is no UTF-8
// becomes U+FFFD, as there), without a call per rune of ASCII: the page
// rules lower every line. The runs between runes that change are copied
// whole.
func lowerText(s string) string {
	var b strings.Builder // empty until a rune changes
	kept := 0             // s[kept:i] stay as they are, not yet written
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				if b.Cap() == 0 {
					b.Grow(len(s) + utf8.UTFMax)
				}
				b.WriteString(s[kept:i])
				b.WriteByte(c + 'a' - 'A')
				kept = i + 1
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if l := unicode.ToLower(r); l != r || r == utf8.RuneError && size == 1 {
			if b.Cap() == 0 {
				b.Grow(len(s) + utf8.UTFMax)
			}
			b.WriteString(s[kept:i])
			b.WriteRune(l)
			kept = i + size
		}
		i += size
	}
	if b.Cap() == 0 {
		return s
	}
	b.WriteString(s[kept:])
	return b.String()
}
