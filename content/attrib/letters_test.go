package attrib

import (
	"testing"
	"unicode/utf8"
)

// TestAppendLettersReadsAsNextLetter: the letters the echo rules compare,
// read a byte at a time for ASCII (appendLetters), are those nextLetter
// reads one after another, in text of every kind of byte.
func TestAppendLettersReadsAsNextLetter(t *testing.T) {
	for _, s := range []string{"", "No.", "“A patient thief,” 2009", "Erdoğan’s «déjà vu» — ÇOK İstanbul!", "…", "x\xffy", "ΑΒΓ δ 12"} {
		var want []byte
		n := 0
		for x := s; ; n++ {
			r, m := nextLetter(x)
			if r < 0 {
				break
			}
			x = x[m:]
			want = utf8.AppendRune(want, r)
		}
		got, letters := appendLetters(nil, s)
		if string(got) != string(want) || letters != n {
			t.Errorf("appendLetters(%q) = %q, %d; nextLetter reads %q, %d", s, got, letters, want, n)
		}
	}
}
