package lex

import (
	"strings"
	"sync"
	"unicode/utf8"
)

// A later stage's word lists are its own (words/ under the stage), but a
// list its rules ask about word after word is registered here, once, when
// the stage's package is initialised: the vocabulary then holds its words,
// and a token tells whether its word is in the list by a bit of its
// vocabulary entry (Token.In), where a lookup in the list's map hashed the
// word again each time a rule asked. Registering flows downward as data:
// lex knows the lists, never the stage.

// A Mark is a registered list: one bit of a vocabulary entry's marks.
type Mark uint64

var (
	marksMu sync.Mutex
	// marked are the registered lists, the list of bit b at index b
	marked []map[string]bool
	// anyCase are the marks of the lists registered by RegisterAnyCase
	anyCase Mark
	// markedShut tells that the vocabulary is being built or is built:
	// a list registered after would be missing from it
	markedShut bool
)

// Register adds a word list of a later stage to the vocabulary and
// returns its mark. It is called from a package variable's initialiser,
// before any text is read: registered later, a list would be missing from
// the vocabulary, and Register panics, as at a 65th list.
func Register(set map[string]bool) Mark {
	marksMu.Lock()
	defer marksMu.Unlock()
	switch {
	case markedShut:
		panic("lex: a word list registered after the vocabulary was built")
	case len(marked) == 64:
		panic("lex: more than 64 word lists registered")
	}
	marked = append(marked, set)
	return Mark(1) << (len(marked) - 1)
}

// RegisterAnyCase is Register for a list whose words a rule asks about
// in any case ("Hong" as "hong"): Token.In tells whether the token's
// word, as Low gives it and lowered, is in the list. (Register's lists
// hold a word only registered lists know only when it is written in
// lower case, as Low then gives it.)
func RegisterAnyCase(set map[string]bool) Mark {
	m := Register(set)
	marksMu.Lock()
	defer marksMu.Unlock()
	anyCase |= m
	return m
}

// shutMarks closes registration and returns the registered lists and
// the marks of those registered by RegisterAnyCase: the
// vocabulary is being built.
func shutMarks() ([]map[string]bool, Mark) {
	marksMu.Lock()
	defer marksMu.Unlock()
	markedShut = true
	return marked, anyCase
}

// Prepare adds the registered lists' words to the vocabulary (built on
// another core since the program started): a program calls it (on another
// core) once every stage's lists are registered, so that the first text
// read does not wait for it. Whatever reads the vocabulary first does it
// otherwise.
func Prepare() { ready() }

// In reports whether the token's word, as Low gives it, is in the list
// registered as m: what the list's map would tell of Low (of Low lowered,
// for a list registered by RegisterAnyCase). It is one bit test, small
// enough to be inlined where a rule asks it.
func (t *Token) In(m Mark) bool { return vocabMarks[t.vocab+markBase]&m != 0 }

// unknownWord is the vocab of a token whose word the vocabulary does not
// hold. A word that only registered lists hold has a vocab below it
// (listedVocab), when it is written in lower case (asWritten): Low reads
// it as written, as a word no rule knows, and the lists hold it only so.
// Written otherwise ("Hong"), it has the vocab of its twin (twinVocab),
// which only the lists registered by RegisterAnyCase hold.
const unknownWord = -1

// markBase is what a token's vocab is offset by in vocabMarks: the twins
// of the words only registered lists hold come first, in reverse, then
// those words' entries, in reverse, then unknownWord's (no lists), then
// vocabList's from its first.
var markBase int32

// listedVocab is the vocab of the word at index i of vocabList, one only
// registered lists hold (at knownWords or after), and listedIndex its
// inverse.
func listedVocab(i int32) int32 { return unknownWord - 1 - (i - int32(knownWords)) }

func listedIndex(v int32) int32 { return int32(knownWords) + unknownWord - 1 - v }

// twinVocab is the vocab of listed vocab v's word written other than in
// lower case: below every listed vocab.
func twinVocab(v int32) int32 { return v - int32(len(vocabList)-knownWords) }

// asWritten is the vocab of a word only registered lists hold (v below
// unknownWord), as the lexer found it: v when it is written in lower
// case, its twin otherwise, which In tells from the vocab alone. (Not
// inlined: the lexer rarely calls it, and stays small.)
//
//go:noinline
func asWritten(v int32, word string) int32 {
	if strings.TrimSuffix(word, ".") != vocabList[listedIndex(v)].lower {
		return twinVocab(v)
	}
	return v
}

// listedWords returns the entries of the registered lists' words that
// the vocabulary's own lists do not hold, with no lists of their own.
func listedWords(lists []map[string]bool) []vocabEntry {
	seen := map[string]bool{}
	var out []vocabEntry
	for _, set := range lists {
		for w := range set {
			if !seen[w] && oneToken(w) && lookupVocab([]byte(w)) == unknownWord {
				seen[w] = true
				out = append(out, vocabEntry{lower: w})
			}
		}
	}
	return out
}

// oneToken reports whether w may be a token's word as Low gives it: not
// a phrase, nor a word ending in a period (Low drops a word's final one);
// a list entry that is neither is marked. A mark ("•") is a token no
// lookup is made for: a list holding one cannot be registered.
func oneToken(w string) bool {
	if strings.Contains(w, " ") || strings.HasSuffix(w, ".") {
		return false
	}
	first, _ := utf8.DecodeRuneInString(w)
	last, _ := utf8.DecodeLastRuneInString(w)
	if !IsWordRune(first) || !IsWordRune(last) {
		panic("lex: registered word " + w + " is no word")
	}
	return true
}

// markEntries sets each entry's marks (vocabMarks, by vocab): the bit of every registered list
// that holds its word, and a twin's (twinVocab) of every list registered
// by RegisterAnyCase that holds its word.
func markEntries(lists []map[string]bool, anyCase Mark) {
	listed := int32(len(vocabList) - knownWords)
	markBase = 2*listed + 1
	vocabMarks = make([]Mark, int(listed)+len(vocabList)+1)
	for b, set := range lists {
		for w := range set {
			if !oneToken(w) {
				continue
			}
			v, _, _ := lowerWord(w, isASCII(w))
			if v == unknownWord || entryOf(v).lower != w {
				panic("lex: registered word " + w + " is not found as a token's word")
			}
			vocabMarks[v+markBase] |= 1 << b
			if v < unknownWord && anyCase&(1<<b) != 0 {
				vocabMarks[twinVocab(v)+markBase] |= 1 << b
			}
		}
	}
}

func isASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
