package page

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// firstFields fills words with the first len(words) fields of s, as
// strings.Fields splits it, and returns how many it found: a rule that
// reads a line's first few words need not split, nor lower, a whole
// paragraph (issue 14: isCommentsOnTitle, asked of every unit near a
// page's end, lowered and split each, 13 % of an export's CPU).
func firstFields(s string, words []string) int {
	n, start := 0, -1
	for i := 0; i < len(s) && n < len(words); {
		space, size := asciiSpace[s[i]] != 0, 1
		if s[i] >= utf8.RuneSelf {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			space = isSpace(r)
		}
		if space {
			if start >= 0 {
				words[n], n, start = s[start:i], n+1, -1
			}
		} else if start < 0 {
			start = i
		}
		i += size
	}
	if start >= 0 && n < len(words) {
		words[n], n = s[start:], n+1
	}
	return n
}

// asciiSpace marks the ASCII bytes unicode.IsSpace reports.
var asciiSpace = [256]uint8{'\t': 1, '\n': 1, '\v': 1, '\f': 1, '\r': 1, ' ': 1}

// fields is strings.Fields in one pass that decodes only the runes
// outside ASCII: strings.Fields splits a line that holds any (a curly
// quote, a dash) by a call per rune, both to count its fields and to cut
// them (issue 14: the bylines' and the masthead's words were 2 % of the
// page stage's instructions).
func fields(s string) []string {
	// room for a word after each space: the words of a line spaced as
	// splitUnits spaces it, in one allocation, as strings.Fields makes
	words := make([]string, 0, strings.Count(s, " ")+1)
	for start, end := nextField(s, 0); start < end; start, end = nextField(s, end) {
		words = append(words, s[start:end])
	}
	return words
}

// singleSpacedCopy is strings.Join(strings.Fields(line), " "), made in one
// pass, without the list of words (issue 14: a line splitUnits spaces
// anew, if it holds a rune outside ASCII, went through strings.Fields'
// call per rune: 2 % of the page stage's instructions).
func singleSpacedCopy(line string) string {
	var b strings.Builder
	b.Grow(len(line))
	for start, end := nextField(line, 0); start < end; start, end = nextField(line, end) {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(line[start:end])
	}
	return b.String()
}

// nextField returns where the first field of s from byte i starts and
// ends, as strings.Fields cuts fields; start == end when none is left.
func nextField(s string, i int) (start, end int) {
	start = -1
	for i < len(s) {
		space, size := asciiSpace[s[i]] != 0, 1
		if s[i] >= utf8.RuneSelf {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			space = isSpace(r)
		}
		switch {
		case space && start >= 0:
			return start, i
		case !space && start < 0:
			start = i
		}
		i += size
	}
	if start < 0 {
		return len(s), len(s)
	}
	return start, len(s)
}

// The runes outside ASCII that stories print most, the curly quotes,
// dashes, the bullet and the ellipsis, are in U+2010–U+2027, where no rune
// is a space, a letter or a digit: isSpace and isLetterOrDigit answer for
// them before unicode's tables, which each search for a rune above
// Latin-1 (issue 14: keying lines, a letter or digit asked of each curly
// quote, 2 % of the page stage's instructions).
const punctuationFirst, punctuationLast = 0x2010, 0x2027

// isSpace is unicode.IsSpace.
func isSpace(r rune) bool {
	return (r < punctuationFirst || r > punctuationLast) && unicode.IsSpace(r)
}

// isLetterOrDigit is unicode.IsLetter or unicode.IsDigit.
func isLetterOrDigit(r rune) bool {
	return (r < punctuationFirst || r > punctuationLast) && (unicode.IsLetter(r) || unicode.IsDigit(r))
}
