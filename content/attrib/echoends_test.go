package attrib

import "testing"

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
