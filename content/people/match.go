package people

import (
	"strings"
	"sync"

	"cables/content/lex"
	"cables/model"
)

// When two forms of a name are one person, and what a name's neighbours
// say about its holder.

// namesAgree reports whether two forms name one person: a surname or
// other tail of the longer, the same first and last words, the start of
// the longer (two words at least), initials for its given names, or a lone
// first name.
func namesAgree(a, b []string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if hasSuffixFold(b, a) {
		return true
	}
	if len(a) == 1 {
		if len(b) >= 3 && paternalSurname(b) && sameWord(a[0], b[len(b)-2]) {
			return true // Grinda, José Grinda González
		}
		return len(b) > 1 && (sameWord(a[0], b[0]) || hyphenPart(a[0], b[len(b)-1]))
	}
	// (a's first and last words are compared with b's once, for the
	// ways below)
	firstSame, lastSame := sameWord(a[0], b[0]), sameWord(a[len(a)-1], b[len(b)-1])
	if firstSame && lastSame {
		// George Bush, George W. Bush; not Hamad bin Khalifa al-Thani
		// and Hamad bin Jassim al-Thani
		return middlesAgree(a[1:len(a)-1], b[1:len(b)-1])
	}
	if lastSame && givenSpeltAnother(a[0], b[0]) && middlesAgree(a[1:len(a)-1], b[1:len(b)-1]) {
		return true // Philip Murphy, Phillip D. Murphy
	}
	if firstSame && len(b) > len(a) && hasPrefixFold(b, a) {
		return true // Saif al-Islam, Saif al-Islam Gaddafi
	}
	return lastSame && initialsOf(a[:len(a)-1], b[:len(b)-1]) // L.K. Advani, Lal Krishna Advani
}

// hyphenPart reports a word that is one part of a surname of two names
// joined by a hyphen (no particle: "el-Sisi" is unparticled's), by which a
// story may go on naming its holder: "Ocampo" or "Moreno" for Luis
// Moreno-Ocampo.
func hyphenPart(w, surname string) bool {
	first, last, ok := strings.Cut(surname, "-")
	if !ok || strings.IndexByte(last, '-') >= 0 || len(first) < 3 || len(last) < 3 || inLowered(lex.Particles, particleFilter, first) {
		return false
	}
	return sameWord(w, first) || sameWord(w, last)
}

// shortNameWithin reports a word that is one of the middle names of a
// name of three words or more and may stand for the whole, as a surname
// does: no given name, particle or initial ("Fakhrul" for Mirza Fakhrul
// Islam Alamgir; not "Tariq" for Omar Tariq Qadir).
func shortNameWithin(w string, name []string) bool { return mayBeShortName(w) && middleName(w, name) }

// mayBeShortName reports a word that may stand for a name it is a middle
// name of: no given name, particle or initial, four letters or more.
func mayBeShortName(w string) bool {
	return len(w) >= 4 && !isInitials(w) && !inLowered(lex.Particles, particleFilter, w) && !lex.IsGivenName(w)
}

// middleName reports a word that is one of a name's middle names.
func middleName(w string, name []string) bool {
	for _, v := range name[1 : len(name)-1] {
		if sameWord(w, v) {
			return true
		}
	}
	return false
}

// minVariantGiven is the shortest given name givenSpeltAnother compares:
// "Eric" and "Erica" are two people.
const minVariantGiven = 5

// givenSpeltAnother reports a given name spelt another way, a letter
// changed, added or dropped after the first: Philip and Phillip, Mohammad
// and Mohammed.
func givenSpeltAnother(a, b string) bool {
	return len(a) >= minVariantGiven && len(b) >= minVariantGiven && a[0] == b[0] &&
		oneEditApartLowered(a, b)
}

// oneEditApartLowered is model.OneEditApart of a and b in lower case. It
// is asked of every surname a story's new name is matched against: two
// ASCII names of up to 32 bytes are lowered on the stack, not in new
// strings.
func oneEditApartLowered(a, b string) bool {
	var la, lb [32]byte
	if len(a) > len(la) || len(b) > len(lb) || !isASCII(a) || !isASCII(b) {
		return model.OneEditApart(strings.ToLower(a), strings.ToLower(b))
	}
	for i := 0; i < len(a); i++ {
		la[i] = lowerASCII(a[i])
	}
	for i := 0; i < len(b); i++ {
		lb[i] = lowerASCII(b[i])
	}
	return model.OneEditApart(string(la[:len(a)]), string(lb[:len(b)]))
}

// middleSpeltAnother reports a middle name of six letters or more spelt
// another way (Pervez, Parvez), unless the two are a man's name and a
// woman's. Shorter names a letter apart are often two names of their
// own: Jose Mario and Jose Maria, Khalid bin Hamad and Khalid bin Hamid
// are father and son, or cousins.
func middleSpeltAnother(a, b string) bool {
	ga, gb := lex.GivenGender(a), lex.GivenGender(b)
	return len(a) >= minVariantMiddle && len(b) >= minVariantMiddle && givenSpeltAnother(a, b) && (ga == 0 || gb == 0 || ga == gb)
}

// minVariantMiddle is the shortest middle name middleSpeltAnother compares.
const minVariantMiddle = 6

// paternalSurname reports whether the next-to-last word of a name of three
// words or more may be a surname of its own, as the first of a Spanish or
// Portuguese pair is ("José Grinda González"): a capitalised word of three
// letters or more that is no given name and no initial, after a first
// name.
func paternalSurname(name []string) bool {
	w := name[len(name)-2]
	return len(w) >= 3 && !isInitials(w) && w[0] >= 'A' && w[0] <= 'Z' && !lex.IsGivenName(w) && lex.IsGivenName(name[0])
}

// middlesAgree reports whether the middle names of a shorter form fit
// those of a longer: each is one of them, its initial, or it spelt another
// way ("Ashfaq Pervez Kayani", "Ashfaq Parvez Kayani").
func middlesAgree(a, b []string) bool {
	for _, w := range a {
		if lex.Particles[w] {
			continue
		}
		found := false
		for _, v := range b {
			if sameWord(w, v) || isInitials(w) && len(v) > 0 && w[0] == v[0] || middleSpeltAnother(w, v) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

func hasSuffixFold(b, a []string) bool {
	if len(a) > len(b) {
		return false
	}
	off := len(b) - len(a)
	for i := range a {
		if !sameWord(a[i], b[off+i]) && !(i == 0 && sameWord(a[i], unparticled(b[off+i]))) {
			return false
		}
	}
	return true
}

// unparticled returns a name word without a particle joined by a hyphen:
// "el-Sisi" is "Sisi" when the story drops the particle.
func unparticled(w string) string {
	if i := strings.IndexByte(w, '-'); i > 0 && i+1 < len(w) && inLowered(lex.Particles, particleFilter, w[:i]) {
		return w[i+1:]
	}
	return w
}

func hasPrefixFold(b, a []string) bool {
	for i := range a {
		if !sameWord(a[i], b[i]) {
			return false
		}
	}
	return true
}

// initialsOf reports whether words are initials ("L.K.", "A. Q.") that
// spell the first letters of given, word by word.
func initialsOf(words, given []string) bool {
	var letters []byte
	for _, w := range words {
		if !isInitials(w) {
			return false
		}
		for i := 0; i < len(w); i += 2 {
			letters = append(letters, w[i])
		}
	}
	if len(letters) != len(given) {
		return false
	}
	for i, g := range given {
		if len(g) == 0 || g[0] != letters[i] {
			return false
		}
	}
	return true
}

// isInitials reports whether a word is one or more initials: "F.", "A.Q.".
func isInitials(w string) bool {
	if len(w) < 2 || w[len(w)-1] != '.' {
		return false
	}
	for i := 0; i < len(w); i += 2 {
		if w[i] < 'A' || w[i] > 'Z' || i+1 >= len(w) || w[i+1] != '.' {
			return false
		}
	}
	return true
}

// particleJoined reports whether a word after the first is joined to a
// particle by a hyphen: "al-Megrahi", "el-Abidine".
func particleJoined(rest []string) bool {
	for _, w := range rest {
		if i := strings.IndexByte(w, '-'); i > 0 && inLowered(lex.Particles, particleFilter, w[:i]) {
			return true
		}
	}
	return false
}

// apostropheSurname reports whether the last word is a surname of one
// capital, an apostrophe and a capitalised rest: "N'Kodo", "O'Brien",
// "D'Souza"; no place or body is named so.
func apostropheSurname(name []string) bool {
	w := name[len(name)-1]
	for _, ap := range []string{"'", "’"} {
		if i := strings.Index(w, ap); i == 1 && w[0] >= 'A' && w[0] <= 'Z' && len(w) > i+len(ap) {
			r := w[i+len(ap)]
			return r >= 'A' && r <= 'Z'
		}
	}
	return false
}

// hasInnerParticle reports whether a lower-case particle joins the words
// of a name: places and organisations rarely read "X el Y" or "X bin Y".
func hasInnerParticle(name []string) bool {
	for _, w := range name[1 : len(name)-1] {
		if lex.Particles[w] {
			return true
		}
	}
	return false
}

// portfolio adds the office of "X, who holds the foreign affairs
// portfolio": a minister of those affairs.
func portfolio(p string, ts []lex.Token, j int, roles []string) []string {
	if j+1 >= len(ts) || ts[j].Text(p) != "," || ts[j+1].Low(p) != "who" {
		return roles
	}
	for k := j + 2; k < len(ts) && k < j+40 && ts[k].Text(p) != "."; k++ {
		if ts[k].Low(p) != "portfolio" {
			continue
		}
		for b := k - 1; b > j && ts[b].Word && !ts[b].Is(lex.Determiner); b-- {
			roles = append(roles, NormRole(ts[b].Low(p)))
		}
		return append(roles, "minister")
	}
	return roles
}

// nameIndex files people under a word of their names: each word heads a
// chain of entries in two flat slices, so that filing a person costs no
// allocation once the index has been used for a story or two.
type nameIndex struct {
	// words is an open-addressing table of the words filed (a power of
	// two long, at most half full): a story files a few dozen, and a
	// probe of it costs less than a map's hash of the word
	words []filedWord
	filed int
	next  []int32 // entry+1 of the one filed before, or 0
	who   []int32
	// seen has a bit per word length and first letter filed: most words
	// asked about were never filed, and the bit spares probing for them
	seen uint64
}

// filedWord is a word of the index and the entry+1 of the last person
// filed under it; head 0 is an empty slot.
type filedWord struct {
	word string
	head int32
}

func wordBit(w string) uint64 { return 1 << ((uint(len(w))*7 + uint(w[0])) & 63) }

var nameIndexes = sync.Pool{New: func() any { return &nameIndex{words: make([]filedWord, 64)} }}

func newNameIndex() *nameIndex { return nameIndexes.Get().(*nameIndex) }

// release empties the index and gives it back for the next story.
func (x *nameIndex) release() {
	clear(x.words) // (no story's words kept alive by the pool)
	x.filed, x.next, x.who, x.seen = 0, x.next[:0], x.who[:0], 0
	nameIndexes.Put(x)
}

// slot returns the slot of word w: the one holding it, or the empty one
// it is filed in. Its hash reads the length and three letters: names
// differ there.
func (x *nameIndex) slot(w string) *filedWord {
	mask := uint(len(x.words) - 1)
	h := uint(len(w))
	if len(w) > 0 {
		h |= uint(w[0])<<8 | uint(w[len(w)/2])<<16 | uint(w[len(w)-1])<<24
	}
	for i := uint(h*0x9E3779B1) >> 7 & mask; ; i = (i + 1) & mask {
		if s := &x.words[i]; s.head == 0 || s.word == w {
			return s
		}
	}
}

// add files person k under word w, once.
func (x *nameIndex) add(w string, k int) {
	s := x.slot(w)
	for e := s.head; e != 0; e = x.next[e-1] {
		if x.who[e-1] == int32(k) {
			return
		}
	}
	x.next = append(x.next, s.head)
	x.who = append(x.who, int32(k))
	if s.head == 0 {
		s.word = w
		x.filed++
	}
	s.head = int32(len(x.who))
	x.seen |= wordBit(w)
	if 2*x.filed > len(x.words) {
		x.grow()
	}
}

// grow doubles the table of words.
func (x *nameIndex) grow() {
	old := x.words
	x.words = make([]filedWord, 2*len(old))
	for _, s := range old {
		if s.head != 0 {
			*x.slot(s.word) = s
		}
	}
}

// sameWord reports two words the same but for case. Most words a name is
// compared with are written the same: they are told apart without
// strings.EqualFold, which reads them rune by rune.
func sameWord(a, b string) bool {
	if a == b {
		return true
	}
	if a == "" || b == "" || a[0] < 0x80 && b[0] < 0x80 && a[0]|0x20 != b[0]|0x20 {
		return false // (most names compared differ in their first letter: so would EqualFold)
	}
	// "Erdogan" and "Erdoğan": the same but for their letters' marks
	return strings.EqualFold(a, b) || (!isASCII(a) || !isASCII(b)) && model.Fold(a) == model.Fold(b)
}
