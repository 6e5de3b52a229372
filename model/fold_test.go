package model

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// appendFold, which lowers ASCII eight bytes at a time, folds as Fold
// does: ASCII runs of every length around the eight, at every place
// before and after other letters, punctuation, marks written apart, and
// bytes that are not UTF-8.
func TestAppendFoldIsFold(t *testing.T) {
	pieces := []string{"A", "z", "Z", "@", "[", "`", "{", "ü", "É", "’", "—", "ß", "e\u0301", "Ω", "\xff", "\xe2\x80", "\u00a0", "…", "\t", "0", "Ǆ"}
	rnd := rand.New(rand.NewPCG(1, 2))
	for range 5000 {
		var b strings.Builder
		for range rnd.IntN(12) {
			if rnd.IntN(2) == 0 {
				b.WriteString(strings.Repeat(string(rune('A'+rnd.IntN(58))), rnd.IntN(19)))
			} else {
				b.WriteString(pieces[rnd.IntN(len(pieces))])
			}
		}
		s := b.String()
		if got, want := string(appendFold([]byte("kept"), s)), "kept"+Fold(s); got != want {
			t.Fatalf("appendFold(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzAppendFold(f *testing.F) {
	for _, s := range []string{"", "Zürich", "ABCDEFGHIJKLMNOPQRSTUVWXYZ[@`{", "Pakistan’s “envoy” — ŁÓDŹ", "\xff\xfeAB"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := string(appendFold(nil, s)), Fold(s); got != want {
			t.Errorf("appendFold(%q) = %q, Fold %q", s, got, want)
		}
	})
}

// TestAParagraphFoldedAsFarAsAskedIsAPrefixOfItsFold: a reader asked for
// a paragraph's first n folded bytes gives a prefix of its fold at least
// that long (the whole when shorter), however it was asked before, and
// then the whole fold when asked for all of it.
func TestAParagraphFoldedAsFarAsAskedIsAPrefixOfItsFold(t *testing.T) {
	paras := []string{
		strings.Repeat("Zürich’s ÉMBASSY said “Ferreira” ", 9) + "ﬁn ß İstanbul",
		"Plain ASCII Text, " + strings.Repeat("the Ambassador ", 12),
		"",
	}
	s := &foldedStory{paragraphs: paras}
	for _, step := range []int{1, 3, 17, 64, 200} {
		r := s.reader()
		for i, p := range paras {
			whole := Fold(p)
			for n := 0; n <= len(whole)+step; n += step {
				got := r.paraTo(i, n)
				if !strings.HasPrefix(whole, got) || len(got) < min(n, len(whole)) {
					t.Fatalf("paragraph %d folded to %d bytes (steps of %d): %q, not a prefix of %q that long", i, n, step, got, whole)
				}
			}
			if got := r.para(i); got != whole {
				t.Errorf("paragraph %d folded whole after steps of %d: %q, want %q", i, step, got, whole)
			}
		}
		r.done()
	}
}
