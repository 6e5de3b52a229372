package lex

import "testing"

// TestWordFilter: a filter never rules out a word of its set, and rules
// out words of a first byte or length the set has none of.
func TestWordFilter(t *testing.T) {
	set := map[string]bool{"the": true, "cable": true, "": true, "an-extremely-long-word-that-passes-sixty-three-bytes-for-the-cap": true}
	f := FilterOf(set)
	for w := range set {
		if !f.May(w) {
			t.Errorf("May(%q) = false for a word of the set", w)
		}
	}
	for _, w := range []string{"then", "zebra", "c", "cables"} {
		if f.May(w) {
			t.Errorf("May(%q) = true: no word of the set starts so with that length", w)
		}
	}
}
