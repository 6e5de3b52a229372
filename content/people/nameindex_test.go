package people

import (
	"slices"
	"strings"
	"testing"

	"cables/model"
)

// TestNameIndexFilesAsAMap: the name index's table of words, grown past
// its first size, finds under each word the people filed under it, last
// filed first and each once, as the map it replaced did; a word never
// filed finds no one.
func TestNameIndexFilesAsAMap(t *testing.T) {
	x := newNameIndex()
	defer x.release()
	want := map[string][]int{}
	for k := range 300 {
		for _, w := range []string{"Qadir" + strings.Repeat("i", k%40), strings.ToUpper(string(rune('A'+k%26))) + "ruiz", "al-" + string(rune('a'+k%7))} {
			x.add(w, k%90)
			if !slices.Contains(want[w], k%90) {
				want[w] = append([]int{k % 90}, want[w]...)
			}
		}
	}
	if len(x.words) <= 64 {
		t.Fatalf("the table never grew: %d slots", len(x.words))
	}
	for w, ks := range want {
		var got []int
		x.each(w, func(k int) { got = append(got, k) })
		if !slices.Equal(got, ks) {
			t.Errorf("%q: %v, want %v", w, got, ks)
		}
	}
	for _, w := range []string{"Qadirx", "qadir", "Zruizz", "al-z"} {
		x.each(w, func(k int) { t.Errorf("%q: finds %d, filed under no such word", w, k) })
	}
}

// each calls f with every person filed under word w, as Index.tryFiled
// reads them.
func (x *nameIndex) each(w string, f func(k int)) {
	if x.seen&wordBit(w) == 0 {
		return
	}
	for e := x.slot(w).head; e != 0; e = x.next[e-1] {
		f(int(x.who[e-1]))
	}
}

// TestSpelledAnotherAsFolded holds spelledAnother, which passes over a
// surname whose first letter differs from the other's without reading
// either through, to the test it stands for: the same first letter and
// one edit apart, as written when both are ASCII, else folded.
func TestSpelledAnotherAsFolded(t *testing.T) {
	words := []string{"Ahmadinejad", "Ahmedinejad", "ahmadinejäd", "Ahmadinejäd", "Ahmadinejads", "Mahmoudian",
		"Erdoğanlar", "Erdoganlar", "erdoganlar", "Ërdoganlar", "Rasmussen", "Rasmusen", "Short"}
	for _, w := range words {
		for _, last := range words {
			want := false
			if len(w) >= minVariantSurname && len(last) >= minVariantSurname {
				if isASCII(w) && isASCII(last) {
					want = w[0] == last[0] && oneEditApartLowered(w, last)
				} else {
					fw, fl := model.Fold(w), model.Fold(last)
					want = fw != "" && fl != "" && fw[0] == fl[0] && (fw == fl || model.OneEditApart(fw, fl))
				}
			}
			if got := spelledAnother(w, last); got != want {
				t.Errorf("spelledAnother(%q, %q) = %v, want %v", w, last, got, want)
			}
		}
	}
}

// TestSuffixAtAsTheHyphen holds suffixAt, which passes over a word by its
// last letter, to what it stands for: after the last hyphen, a word in
// lower case of three letters or more ending in "ed", or one of
// joinedWords.
func TestSuffixAtAsTheHyphen(t *testing.T) {
	words := []string{"Qadir-led", "Qadir-backed", "Qadir-Led", "Jong-il", "Qadir", "x-ed", "-led", "ab", "a-",
		"Lodhi-erd", "Lodhi-ed", "Lodhi-sed", "Moreno-Ocampo", "Qadir-led-era"}
	for w := range joinedWords {
		words = append(words, "Lodhi-"+w, "Lodhi-"+strings.ToUpper(w), w)
	}
	for _, w := range words {
		want := 0
		if h := strings.LastIndexByte(w, '-'); h > 0 && h+1 < len(w) && w[h+1] >= 'a' && w[h+1] <= 'z' {
			if s := w[h+1:]; len(s) >= 3 && strings.HasSuffix(s, "ed") || joinedWords[s] {
				want = h + 1
			}
		}
		if got := suffixAt(w); got != want {
			t.Errorf("suffixAt(%q) = %d, want %d", w, got, want)
		}
	}
}
