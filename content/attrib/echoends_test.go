package attrib

import (
	"testing"
	"unicode"
)

// TestEchoEndsKeepSameWords: words that hash alike (wordsHash) have the
// same ends, so the echo pre-filter never drops a quote from a group that
// holds a candidate; words that differ at an end are left out.
func TestEchoEndsKeepSameWords(t *testing.T) {
	for _, c := range []struct {
		candidate, other string
		same             bool
	}{
		{"a patient thief.", "— A Patient THIEF", true},
		{"İzmir port", "izmir port!", true},
		{"déjà vu", "Déjà-vu", true},
		{"nothing, 42", "Nothing 42", true},
		{"a patient thief", "a patient thug", false},
		{"the thief", "a thief", false},
	} {
		var e echoEnds
		e.add(c.candidate)
		h1, _ := hashWords(c.candidate)
		h2, _ := hashWords(c.other)
		if (h1 == h2) != c.same {
			t.Fatalf("%q and %q: same hash %v, want %v", c.candidate, c.other, h1 == h2, c.same)
		}
		if got := e.may(c.other); got != c.same {
			t.Errorf("%q after %q: may %v, want %v", c.other, c.candidate, got, c.same)
		}
	}
}

// TestHashWordsAsTheRunes holds hashWords, which reads an ASCII byte's
// letter or digit from a table, to the hash it stands for: FNV-1a of the
// letters and digits of the text, in lower case, read rune by rune.
func TestHashWordsAsTheRunes(t *testing.T) {
	ascii := make([]byte, 128)
	for c := range ascii {
		ascii[c] = byte(c)
	}
	for _, x := range []string{string(ascii), "A Patient THIEF, 42!", "İzmir déjà-vu ½ ٣", "[x]{y}@`z~", ""} {
		h, n := uint64(14695981039346656037), 0
		for _, r := range x {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				h = (h ^ uint64(unicode.ToLower(r))) * 1099511628211
				n++
			}
		}
		if got, ok := hashWords(x); got != h || ok != (n >= minEchoLetters) {
			t.Errorf("hashWords(%q) = %x, %v; the runes give %x, %v", x, got, ok, h, n >= minEchoLetters)
		}
	}
}
