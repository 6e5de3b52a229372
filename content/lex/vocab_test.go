package lex

import (
	"math/rand"
	"strings"
	"testing"
)

// slowFoldedKey is foldedKey written byte by byte, as it was first.
func slowFoldedKey(w string) uint64 {
	var k uint64
	for i := 0; i < len(w) && i < 8; i++ {
		k |= uint64(lowerASCII(w[i])) << (8 * i)
	}
	return k
}

// TestFoldedKey checks the packed, lowered key against the byte-by-byte
// one on every known word, its capitalised forms and random bytes.
func TestFoldedKey(t *testing.T) {
	ready()
	check := func(w string) {
		if got, want := foldedKey(w), slowFoldedKey(w); got != want {
			t.Fatalf("foldedKey(%q) = %#x, want %#x", w, got, want)
		}
	}
	for _, e := range vocabList {
		check(e.lower)
		b := []byte(e.lower)
		for i := range b {
			if b[i] >= 'a' && b[i] <= 'z' {
				b[i] -= 'a' - 'A'
			}
		}
		check(string(b))
	}
	rng := rand.New(rand.NewSource(1))
	for range 200000 {
		b := make([]byte, rng.Intn(12))
		for i := range b {
			b[i] = byte(rng.Intn(256))
		}
		check(string(b))
	}
	for c := 0; c < 256; c++ {
		check(string([]byte{byte(c)}))
	}
}

// TestLookupLongWords finds every ASCII word of more than eight bytes
// the vocabulary holds, written in capitals too, and not the same word
// with its last byte or the byte after its first eight changed: past the
// key of its first eight bytes, lookupASCII compares the rest.
func TestLookupLongWords(t *testing.T) {
	ready()
	for i, e := range vocabList[:knownWords] {
		w := e.lower
		if len(w) <= 8 || !isASCII(w) {
			continue
		}
		for _, form := range []string{w, strings.ToUpper(w)} {
			if v, _ := lookupASCII(form); v != int32(i) {
				t.Errorf("lookupASCII(%q) = %d, want %d", form, v, i)
			}
		}
		for _, k := range []int{8, len(w) - 1} {
			b := []byte(w)
			b[k] = '#'
			if v, _ := lookupASCII(string(b)); v != unknownWord {
				t.Errorf("lookupASCII(%q) = %d (%q), want none", b, v, entryOf(v).lower)
			}
		}
	}
}
