package attrib

import (
	"strings"
	"testing"
	"unicode"
)

// TestJargonInCutsWordsAsFieldsFunc: jargonIn finds the word that
// strings.FieldsFunc's words, cut at every rune that is no letter, give
// first to isJargon, in quotes of every kind of word boundary.
func TestJargonInCutsWordsAsFieldsFunc(t *testing.T) {
	for _, text := range []string{
		"The GOK appears to be stalling, Emboffs were told.",
		"per reftel, the DCM met him",
		"Poloff's notes: (septel) follow",
		"the USG—and the GOJ—agreed",
		"Ümboffs, Emboffs…",
		"emboffsx EMBOFF",
		"a GOP donor and a GOI official",
		"naïve reftel\xffseptel",
		"\xe2\x80 broken usg",
		"nothing of the sort",
		"",
	} {
		want, wantOK := "", false
		for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
			if isJargon(w) {
				want, wantOK = w, true
				break
			}
		}
		if got, ok := jargonIn(text); got != want || ok != wantOK {
			t.Errorf("jargonIn(%q) = %q, %v; the words cut by FieldsFunc give %q, %v", text, got, ok, want, wantOK)
		}
	}
}

// TestMayHoldJargonAsContains holds mayHoldJargon's and mayNameTheLeak's
// one reading of a quote (markSet) to asking strings.Contains for each
// mark: every mark whole and cut short, at the start, inside and at the
// end of quotes, at every offset of a longer one, in the other case and
// beyond ASCII.
func TestMayHoldJargonAsContains(t *testing.T) {
	for _, set := range []struct {
		name  string
		marks []string
		may   func(string) bool
	}{{"mayHoldJargon", jargonMarks, mayHoldJargon}, {"mayNameTheLeak", leakMarks, mayNameTheLeak}} {
		texts := []string{"", "nothing of the sort", "Ümlaut…", "\xff", "x"}
		for _, m := range set.marks {
			for _, piece := range []string{m, m[:len(m)-1], m[1:], strings.ToUpper(m[:1]) + strings.ToLower(m[1:])} {
				for _, text := range []string{piece, "x" + piece, piece + "x", "the " + piece + " met him", "« " + piece, "hoG" + piece} {
					texts = append(texts, text)
				}
				for at := 0; at <= 17; at++ {
					texts = append(texts, ("kcLb-«gmfu xyzKCL" + "#######")[:at]+piece+" and so on")
				}
			}
		}
		for _, m := range set.marks {
			// a mark of the other group before or after it, for the one
			// reading of both (groupsIn)
			texts = append(texts, "the USG leaks on "+m, m+" with the leaks and the USG", "reftel "+m+" whistle")
		}
		for _, text := range texts {
			want := false
			for _, m := range set.marks {
				want = want || strings.Contains(text, m)
			}
			if got := set.may(text); got != want {
				t.Errorf("%s(%q) = %v; strings.Contains of the marks says %v", set.name, text, got, want)
			}
			// the one reading the rules share tells both groups as each
			// alone does
			both := quoteMarkSet.groupsIn(text, jargonMarked|leakMarked)
			if got := both&jargonMarked != 0; got != mayHoldJargon(text) {
				t.Errorf("groupsIn(%q) tells jargon %v; mayHoldJargon says %v", text, got, !got)
			}
			if got := both&leakMarked != 0; got != mayNameTheLeak(text) {
				t.Errorf("groupsIn(%q) tells a leak word %v; mayNameTheLeak says %v", text, got, !got)
			}
		}
	}
}
