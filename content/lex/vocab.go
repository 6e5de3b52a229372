package lex

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// vocabEntry is a known word: its interned lower-case form and lists.
type vocabEntry struct {
	lower string
	class Class
}

// The vocabulary holds every word any rule looks up, so that tokenizing
// costs one table probe per word and no allocation. Reading its lists is
// most of the package's start-up (about 50 ms): it is built once, on
// another core while the program starts (init), and whatever reads it
// first waits for it (ready). The words of the later stages' registered
// lists are added once it is built and they are registered (addListed).
var (
	vocabOnce, listedOnce sync.Once
	// vocabList holds the entries in a fixed order; vocabTable indexes
	// them (see vocabSlot); vocabLens and maxVocabLen filter out most
	// words no entry has (see buildVocabLens).
	vocabList  []vocabEntry
	knownWords int // the entries of the vocabulary's own lists, before the registered lists' others
	// vocabMarks[v+markBase] are the registered lists that hold the
	// word of vocab v (marks.go): apart, so that a rule asking about a
	// list reads 8 bytes a word
	vocabMarks  []Mark
	vocabTable  [vocabSlots]vocabSlot
	vocabLens   [256]uint64
	maxVocabLen int
)

func init() { go vocabOnce.Do(buildVocab) }

// ready builds the vocabulary unless it is built, and adds the registered
// lists' words: every way into it (TokenizeAll, GivenGender) calls it
// first. The program has the lists added on another core while it starts
// (Prepare), once the later stages have registered them.
func ready() {
	vocabOnce.Do(buildVocab)
	listedOnce.Do(addListed)
}

func buildVocab() {
	m := vocabulary()
	vocabList = make([]vocabEntry, 0, len(m))
	for _, e := range m {
		vocabList = append(vocabList, e)
	}
	// shorter words first, so that they take the slots they hash to and
	// are found in one probe (the short words are the common ones), and in
	// an order that is the same at every run (the map's is not): a word
	// costs the same probes every time
	slices.SortFunc(vocabList, byLength)
	knownWords = len(vocabList)
	buildVocabTable()
	vocabLens, maxVocabLen = buildVocabLens(vocabList)
}

// byLength orders entries shorter first, then by their words.
func byLength(a, b vocabEntry) int {
	if len(a.lower) != len(b.lower) {
		return len(a.lower) - len(b.lower)
	}
	return strings.Compare(a.lower, b.lower)
}

// addListed closes registration and adds the registered lists' words the
// vocabulary does not hold, after the others (which keep their slots),
// and every entry's marks.
func addListed() {
	lists, anyCase := shutMarks()
	listed := listedWords(lists)
	slices.SortFunc(listed, byLength)
	vocabList = append(vocabList, listed...)
	for i := knownWords; i < len(vocabList); i++ {
		insertSlot(int32(i))
	}
	vocabLens, maxVocabLen = buildVocabLens(vocabList)
	markEntries(lists, anyCase)
}

// vocabulary reads the lists into one map from a word to its classes.
func vocabulary() map[string]vocabEntry {
	m := make(map[string]vocabEntry)
	for _, l := range classLists() {
		for w := range l.set {
			e := m[w]
			e.lower = w
			e.class |= l.class
			m[w] = e
		}
	}
	for w, e := range m {
		switch {
		case e.class&FirstName == 0:
		case e.class&(Particle|Title|Stop) != 0:
			// a given name that is also a particle, a title or a stop
			// word is read as that: "al", "King", "May"
			e.class &^= FirstName | WordName
		case e.class&NotPerson != 0 || Places[w]:
			// a given name that is also a place or a word no name
			// holds ("Jordan", "Bill") needs evidence, as a common
			// word does
			e.class |= WordName
		}
		m[w] = e
	}
	return m
}

// GivenGender returns the gender a given name gives pronouns: 'f' or 'm'
// for a name of one list, 0 for a name of both or none.
func GivenGender(name string) byte {
	switch givenClass(name) {
	case FemaleName:
		return 'f'
	case MaleName:
		return 'm'
	}
	return 0
}

// buildVocabTable fills vocabTable, an open-addressing table over the
// vocabulary, hashed on a word's first bytes and length: cheaper than a
// map for the short words it holds, and it is asked about every word of
// every story. A slot keeps the entry's packed key (foldedKey) beside its
// index, so that a probe reads one cache line.
func buildVocabTable() {
	t := &vocabTable
	for i := range t {
		t[i].entry = unknownWord
	}
	for i := range vocabList {
		insertSlot(int32(i))
	}
}

// insertSlot puts entry i of vocabList in the first free slot from the
// one its key hashes to.
func insertSlot(i int32) {
	t, e := &vocabTable, &vocabList[i]
	k := foldedKey(e.lower)
	h := keySlot(k, len(e.lower))
	for t[h].entry != unknownWord {
		h = (h + 1) & (vocabSlots - 1)
	}
	v := i
	if int(i) >= knownWords {
		v = listedVocab(v) // (a word only registered lists hold: see Token.In)
	}
	t[h] = vocabSlot{key: k, entry: v, class: e.class}
}

// vocabSlot keeps a word's class beside its key, so that a word of up to
// eight bytes is found and classed on one cache line. Its entry is what a
// token's vocab is: the index in vocabList, negative for a word only the
// registered lists hold (listedVocab), unknownWord in an empty slot.
type vocabSlot struct {
	key   uint64
	entry int32
	class Class
}

// lookupVocab finds a lower-case word in the vocabulary: its slot's
// entry, unknownWord if it holds none.
func lookupVocab(w []byte) int32 {
	k := foldedKey(string(w))
	for h := keySlot(k, len(w)); ; h = (h + 1) & (vocabSlots - 1) {
		sl := &vocabTable[h]
		if sl.entry == unknownWord || sl.key == k && entryOf(sl.entry).lower == string(w) {
			return sl.entry
		}
	}
}

// entryOf is the vocabulary entry of a slot's entry, not unknownWord.
func entryOf(v int32) *vocabEntry {
	if v < 0 {
		v = listedIndex(v)
	}
	return &vocabList[v]
}

// buildVocabLens returns, for each byte c, a set with bit n set when a
// known word of n bytes starts with c, written in lower case or with a
// capital: a filter that spares most unknown words the table probe. It
// returns the longest word's length too.
func buildVocabLens(entries []vocabEntry) (l [256]uint64, longest int) {
	for _, e := range entries {
		w := e.lower
		if len(w) < 64 {
			l[w[0]] |= 1 << len(w)
			if r, n := utf8.DecodeRuneInString(w); utf8.RuneLen(unicode.ToUpper(r)) == n {
				// "Álvaro" starts with another byte than "álvaro"
				l[string(unicode.ToUpper(r))[0]] |= 1 << len(w)
			}
			longest = max(longest, len(w))
		}
	}
	return l, longest
}

// lowerWord finds a word, in lower case and without a final period, in the
// vocabulary: its index in vocabList (-1 if no rule knows it), lists, and
// whether lowering changed its length. ascii tells that the word has no
// byte above 0x7f: such a word is found as if lowered, without copying
// it, by a probe that compares packed keys (foldedKey), which spares a
// visit to the entry's string for every word of up to eight bytes. It is
// asked about every word of every story, so the probe is written here
// rather than called.
func lowerWord(s string, ascii bool) (int32, Class, bool) {
	s = strings.TrimSuffix(s, ".")
	if !ascii {
		if len(s) > maxVocabLen || len(s) == 0 || vocabLens[s[0]]&(1<<(len(s)&63)) == 0 {
			return -1, 0, false
		}
		return lowerWide(s)
	}
	i, c := lookupASCII(s)
	return i, c, false
}

// lookupASCII is lowerWord for an ASCII word without a final period.
func lookupASCII(s string) (int32, Class) {
	if len(s) > maxVocabLen || len(s) == 0 || vocabLens[s[0]]&(1<<(len(s)&63)) == 0 {
		return -1, 0 // no known word has this length and first letter (&63: a shift the filter's words fit)
	}
	var k uint64
	if len(s) >= 8 {
		k = lowerKey(load64(s)) // (foldedKey's case for most words asked here, without the call)
	} else {
		k = foldedKey(s)
	}
	for h := keySlot(k, len(s)); ; h = (h + 1) & (vocabSlots - 1) {
		switch sl := &vocabTable[h]; {
		case sl.entry == unknownWord:
			return unknownWord, 0
		case sl.key == k:
			if len(s) <= 8 {
				return sl.entry, sl.class
			}
			// the first eight bytes match: the rest does when the
			// lengths do and, for a word of up to sixteen bytes, its
			// last eight (one load, lowered at once)
			n, lower := len(s), entryOf(sl.entry).lower
			if len(lower) == n && (n <= 16 && lowerKey(load64(s[n-8:])) == load64(lower[n-8:]) || n > 16 && equalLowered(lower, s)) {
				return sl.entry, sl.class
			}
		}
	}
}

// lookupShort is lookupASCII for a word of n < 8 bytes, given as the
// eight bytes loaded from its start (x), every one of the word's an ASCII
// letter or digit (wordBytes): masked to the word and with the 0x20 bit
// of each byte set, which lowers a letter and leaves a digit as it is,
// they are its key (foldedKey, whose lowerKey reads any byte), so the
// word is found without reading it again. A key of fewer than eight
// bytes is the whole word, as no word holds a zero byte.
func lookupShort(x uint64, n int) (int32, Class) {
	// (no filter by length and first letter as lookupASCII's: the
	// vocabulary has a word of nearly every short length for every
	// letter, and the probe costs little more)
	k := (x | 0x2020202020202020) & (1<<(uint(n)*8&63) - 1) // (&63: n < 8, and no test of the shift)
	for h := keySlot(k, n); ; h = (h + 1) & (vocabSlots - 1) {
		if sl := &vocabTable[h]; sl.key == k || sl.entry == unknownWord {
			return sl.entry, sl.class // (an empty slot's: unknownWord and no lists)
		}
	}
}

// lowerWide is lowerWord for a word with a byte above 0x7f, lowered
// rune by rune on the stack.
func lowerWide(s string) (int32, Class, bool) {
	if len(s) > 48 {
		return -1, 0, false
	}
	var buf [48]byte
	b := buf[:0]
	for _, r := range s {
		b = utf8.AppendRune(b, unicode.ToLower(r))
	}
	i, c := vocabAt(lookupVocab(b))
	return i, c, i >= 0 && len(b) != len(s) // (Folded only for a word Low lowers)
}

// foldedKey packs the first eight bytes of a word, the ASCII capitals
// lowered: the whole word when it is short, as no word holds a zero byte.
// It is asked about every word of every story, so it reads the bytes in
// at most two loads and lowers all eight at once (lowerKey).
func foldedKey(w string) uint64 {
	var x uint64
	switch n := len(w); {
	case n >= 8:
		x = load64(w)
	case n >= 4:
		// two loads that overlap: the shared bytes are the same
		x = uint64(load32(w)) | uint64(load32(w[n-4:]))<<(8*(n-4))
	case n >= 2:
		x = uint64(load16(w)) | uint64(load16(w[n-2:]))<<(8*(n-2))
	case n == 1:
		x = uint64(w[0])
	}
	return lowerKey(x)
}

// lowerKey lowers the ASCII capitals among eight packed bytes and leaves
// every other byte as it is, as lowerASCII does byte by byte: a byte is a
// capital when its low seven bits are at least 'A' and below 'Z'+1 and
// its top bit is clear. The sums cannot carry from byte to byte.
func lowerKey(x uint64) uint64 {
	const (
		ones = 0x0101010101010101
		tops = 0x8080808080808080
	)
	low7 := x &^ tops
	atLeastA := low7 + (0x80-'A')*ones
	pastZ := low7 + (0x80-'Z'-1)*ones
	capital := atLeastA &^ pastZ &^ x & tops
	return x | capital>>2
}

// load64, load32 and load16 read a word's first bytes, little-endian;
// the compiler makes each one load.
func load64(w string) uint64 {
	_ = w[7]
	return uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
		uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
}

func load32(w string) uint32 {
	_ = w[3]
	return uint32(w[0]) | uint32(w[1])<<8 | uint32(w[2])<<16 | uint32(w[3])<<24
}

func load16(w string) uint16 {
	_ = w[1]
	return uint16(w[0]) | uint16(w[1])<<8
}

func keySlot(k uint64, n int) int {
	h := (k ^ uint64(n)<<59) * 0x9E3779B97F4A7C15
	return int(h >> (64 - vocabBits))
}

func lowerASCII(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// equalLowered reports whether ASCII word w, lowered, is lower.
func equalLowered(lower, w string) bool {
	if len(lower) != len(w) {
		return false
	}
	for k := 0; k < len(w); k++ {
		if lowerASCII(w[k]) != lower[k] {
			return false
		}
	}
	return true
}

func vocabAt(i int32) (int32, Class) {
	if i == unknownWord {
		return unknownWord, 0
	}
	return i, entryOf(i).class
}

const (
	vocabBits  = 16
	vocabSlots = 1 << vocabBits
)

// IsAbbrev reports whether an ASCII word, in any case and without its
// period, is an abbreviation that keeps a period ("Gen", "Mrs").
func IsAbbrev(w string) bool {
	ready()
	_, c, _ := lowerWord(w, true)
	return c&Abbrev != 0
}

// IsGivenName reports whether a word is a given name of any gender in the
// vocabulary's lists.
func IsGivenName(name string) bool { return givenClass(name) != 0 }

// givenClass is what the given-name lists say of a word: MaleName,
// FemaleName, both, or nothing.
func givenClass(name string) Class {
	ready()
	ascii := true
	for i := 0; i < len(name); i++ {
		ascii = ascii && name[i] < utf8.RuneSelf
	}
	_, c, _ := lowerWord(name, ascii)
	return c & FirstName
}
