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
