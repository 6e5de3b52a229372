package lex

import (
	"testing"
	"testing/fstest"
)

// TestListFindsCurlyApostrophes: a list's entry written with a straight
// apostrophe is found as pages print it, curly too ("Chargé d’Affaires").
func TestListFindsCurlyApostrophes(t *testing.T) {
	fsys := fstest.MapFS{"l.txt": {Data: []byte("# A list for the test.\nd'affaires\nenvoy\n")}}
	set := MustSet(fsys, "l.txt")
	for _, w := range []string{"d'affaires", "d’affaires", "envoy"} {
		if !set[w] {
			t.Errorf("%q not in the set %v", w, set)
		}
	}
}
