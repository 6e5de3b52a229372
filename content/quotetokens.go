package content

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// token is a word or a punctuation character of a paragraph. People and
// attribution rules read these rather than raw text, so that every rule
// runs on one tokenisation done once.
//
// A token holds no pointers: its word is a range of the paragraph and its
// lower-case form an entry of the vocabulary, so the collector never scans
// the token arrays and filling them costs no write barriers.
type token struct {
	start, end int // byte range in the paragraph: the word, without a possessive ending
	// vocab is the word's entry in vocabList, or -1 for a word no rule
	// knows
	vocab int32
	class wordClass
	// folded tells that the vocabulary's lower case differs in length
	// from the word (a few letters change width when lowered)
	folded bool
	word   bool // letters or digits, not punctuation
	cap    bool // starts with an upper-case letter
	poss   bool // followed by ’s or 's
}

// wordClass tells which of the rules' word lists hold a word: one lookup
// per word when tokenizing, bit tests afterwards.
type wordClass uint32

const (
	cReport wordClass = 1 << iota
	cPureParticiple
	cDeterminer
	cTitle
	cStop
	cParticle
	cNotPerson
	cFirstName
	cPrep
	cSkip
	cClause
	cDoc
	cPassive
	cRoleNoun
	cRoleWord
	cKin
	cIntro
	cParticipleBy
	cWriting
	cAbbrev
	cSpoken
	cAuthor
	cSpeechOnly
	cJoke
	cAuthored
)

// text returns the token's word in paragraph p.
func (t *token) text(p string) string { return p[t.start:t.end] }

// low returns the token's word in lower case without a final period; a
// word no rule knows keeps its case, as no lookup can match it.
func (t *token) low(p string) string {
	switch {
	case t.vocab >= 0:
		return vocabList[t.vocab].lower
	case !t.word:
		return p[t.start:t.end] // a mark, "." included
	}
	return strings.TrimSuffix(p[t.start:t.end], ".")
}

// is reports whether the token's word is in one of the lists.
func (t *token) is(c wordClass) bool { return t.class&c != 0 }

// abbreviations keep their period: "Gen. Kayani" is one name, not the end
// of a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "fr": true, "gen": true, "lt": true, "col": true,
	"maj": true, "capt": true, "adm": true, "sen": true, "rep": true, "gov": true, "st": true,
	"jr": true, "sr": true, "prof": true, "rev": true, "brig": true, "sgt": true, "amb": true,
	"no": true, "vs": true, "mt": true, "ft": true, "hon": true, "pres": true, "sec": true,
}

// tokenize splits a paragraph into tokens in one pass.
// tokenArenas recycles the tokens of finished stories: tokens never
// outlive one extraction, and reusing them spares zeroing and collecting
// several bytes of tokens per byte of text.
var tokenArenas = sync.Pool{New: func() any { return new(tokenArena) }}

// tokenArena holds a story's tokens and its per-paragraph views of them.
type tokenArena struct {
	toks  []token
	views [][]token
}

// tokenizeAll tokenizes every paragraph into one backing array, taken
// from arena; release gives it back once the story is extracted.
func tokenizeAll(paras []string) (toks [][]token, release func()) {
	n := 0
	for _, p := range paras {
		n += len(p)/4 + 4
	}
	buf := tokenArenas.Get().(*tokenArena)
	arena := buf.toks
	if cap(arena) < n {
		arena = make([]token, 0, n)
	}
	arena = arena[:0]
	out := room(buf.views, len(paras))
	defer func() { buf.toks, buf.views = arena[:0], out }()
	for i, p := range paras {
		start := len(arena)
		arena = appendTokens(arena, p)
		out[i] = arena[start:len(arena):len(arena)]
	}
	return out, func() { tokenArenas.Put(buf) }
}

// appendTokens appends the tokens of one paragraph.
func appendTokens(toks []token, p string) []token {
	for i := 0; i < len(p); {
		var r rune
		w := 1
		if c := p[i]; c < utf8.RuneSelf {
			// most of a story is ASCII: no decoding, one table lookup
			switch asciiKind[c] {
			case 1:
				i++
				continue
			case 0:
				toks = pushToken(toks, i, i+1)
				i++
				continue
			}
			r = rune(c)
		} else {
			r, w = utf8.DecodeRuneInString(p[i:])
		}
		if isSpaceRune(r) {
			i += w
			continue
		}
		if !isWordRune(r) {
			toks = pushToken(toks, i, i+w)
			i += w
			continue
		}
		start := i
		j := i + w
		ascii := w == 1
		for j < len(p) {
			if c := p[j]; c < utf8.RuneSelf && asciiKind[c] == 2 {
				j++ // the common case: an ASCII letter or digit
				continue
			}
			r, w := runeAt(p, j)
			if w > 1 {
				ascii = false
			}
			if isWordRune(r) {
				j += w
				continue
			}
			if (r == '.' || r == '-' || r == '\'' || r == '’' || r == '&') && j+w < len(p) {
				// joiners stay inside a word only between word characters
				if next, _ := runeAt(p, j+w); isWordRune(next) {
					j += w
					continue
				}
			}
			break
		}
		word := p[start:j]
		poss := false
		if n := len(word); n > 2 && (word[n-1] == 's' || word[n-1] == 'S') {
			switch {
			case word[n-2] == '\'':
				word, poss = word[:n-2], true
			case n > 4 && word[n-4:n-1] == "’":
				word, poss = word[:n-4], true
			}
		}
		end := start + len(word)
		// the word with its final period is looked up without it: one
		// lookup serves both
		vocab, class, folded := lowerWord(word, ascii)
		if !poss && j < len(p) && p[j] == '.' {
			if class&cAbbrev != 0 || strings.Contains(word, ".") || utf8.RuneCountInString(word) == 1 && unicode.IsUpper(r) {
				j++
				end = j
			}
		}
		capital := r >= 'A' && r <= 'Z' || r >= utf8.RuneSelf && unicode.IsUpper(r)
		toks = pushToken(toks, start, end)
		t := &toks[len(toks)-1]
		t.vocab, t.class, t.folded, t.word, t.cap, t.poss = vocab, class, folded, true, capital, poss
		i = j
	}
	return toks
}

// pushToken appends a mark's token, grown in place: writing fields into
// the arena beats building a token and copying it in.
func pushToken(toks []token, start, end int) []token {
	if len(toks) == cap(toks) {
		toks = append(toks, token{})
	} else {
		toks = toks[:len(toks)+1]
	}
	t := &toks[len(toks)-1]
	*t = token{start: start, end: end, vocab: -1}
	return toks
}

// vocabEntry is a known word: its interned lower-case form and lists.
type vocabEntry struct {
	lower string
	class wordClass
}

// vocabulary holds every word any rule looks up, so that tokenizing costs
// one map lookup per word and no allocation.
var vocabulary = func() map[string]vocabEntry {
	m := make(map[string]vocabEntry)
	for _, l := range []struct {
		set   map[string]bool
		class wordClass
	}{
		{abbreviations, cAbbrev}, {titleWords, cTitle}, {roleWords, cRoleWord}, {roleNouns, cRoleNoun},
		{particles, cParticle}, {stopWords, cStop}, {notPersonWords, cNotPerson},
		{reportingVerbs, cReport}, {writingVerbs, cWriting}, {documentNouns, cDoc},
		{passiveAux, cPassive}, {maleFirstNames, cFirstName}, {femaleFirstNames, cFirstName},
		{femaleTitles, 0}, {maleTitles, 0}, {prepositions, cPrep}, {skipBeforeVerb, cSkip},
		{clauseWords, cClause}, {introWords, cIntro}, {participlesBy, cParticipleBy},
		{pureParticiples, cPureParticiple}, {determiners, cDeterminer}, {kinWords, cKin},
		{spokenWords, cSpoken}, {authorNouns, cAuthor}, {speechOnly, cSpeechOnly},
		{jokeVerbs, cJoke}, {authoredBy, cAuthored},
	} {
		for w := range l.set {
			e := m[w]
			e.lower = w
			e.class |= l.class
			m[w] = e
		}
	}
	return m
}()

// vocabTable is an open-addressing table over the vocabulary, hashed on
// a word's first bytes and length: cheaper than a map for the short words
// it holds, and it is asked about every word of every story. A slot keeps
// the entry's packed key (foldedKey) beside its index, so that a probe
// reads one cache line.
var vocabTable = func() (t [vocabSlots]vocabSlot) {
	for i := range t {
		t[i].entry = -1
	}
	for i, e := range vocabList {
		k := foldedKey(e.lower)
		h := keySlot(k, len(e.lower))
		for t[h].entry >= 0 {
			h = (h + 1) & (vocabSlots - 1)
		}
		t[h] = vocabSlot{key: k, entry: int32(i)}
	}
	return t
}()

type vocabSlot struct {
	key   uint64
	entry int32
}

const (
	vocabBits  = 12
	vocabSlots = 1 << vocabBits
)

// vocabList holds the entries of vocabulary in a fixed order for the table.
var vocabList = func() []vocabEntry {
	l := make([]vocabEntry, 0, len(vocabulary))
	for _, e := range vocabulary {
		l = append(l, e)
	}
	return l
}()

// lookupVocab finds a lower-case word in the vocabulary: its index in
// vocabList, or -1.
func lookupVocab(w []byte) int32 {
	k := foldedKey(string(w))
	for h := keySlot(k, len(w)); ; h = (h + 1) & (vocabSlots - 1) {
		sl := &vocabTable[h]
		if sl.entry < 0 || sl.key == k && vocabList[sl.entry].lower == string(w) {
			return sl.entry
		}
	}
}

// vocabLens[c] has bit n set when a known word of n bytes starts with the
// byte c: a filter that spares most unknown words the map lookup.
var vocabLens, maxVocabLen = func() (l [256]uint64, longest int) {
	for w := range vocabulary {
		if len(w) < 64 {
			l[w[0]] |= 1 << len(w)
			longest = max(longest, len(w))
		}
	}
	return l, longest
}()

// lowerWord finds a word, in lower case and without a final period, in the
// vocabulary: its index in vocabList (-1 if no rule knows it), lists, and
// whether lowering changed its length. ascii tells that the word has no
// byte above 0x7f, so that it can be compared folded in place.
func lowerWord(s string, ascii bool) (int32, wordClass, bool) {
	s = strings.TrimSuffix(s, ".")
	if len(s) > maxVocabLen || len(s) == 0 || vocabLens[s[0]|0x20]&(1<<len(s)) == 0 {
		return -1, 0, false // no known word has this length and first letter
	}
	if ascii {
		i, c := vocabAt(lookupFolded(s))
		return i, c, false
	}
	if len(s) > 48 {
		return -1, 0, false
	}
	var buf [48]byte
	b := buf[:0]
	for _, r := range s {
		b = utf8.AppendRune(b, unicode.ToLower(r))
	}
	i, c := vocabAt(lookupVocab(b))
	return i, c, i >= 0 && len(b) != len(s)
}

// lookupFolded finds an ASCII word in the vocabulary as if lowered,
// without copying it. The probe compares packed keys, which spares a
// visit to the entry's string for every word of up to eight bytes.
func lookupFolded(w string) int32 {
	k := foldedKey(w)
	for h := keySlot(k, len(w)); ; h = (h + 1) & (vocabSlots - 1) {
		switch sl := &vocabTable[h]; {
		case sl.entry < 0:
			return -1
		case sl.key == k && (len(w) <= 8 || equalLowered(vocabList[sl.entry].lower, w)):
			return sl.entry
		}
	}
}

// foldedKey packs the first eight bytes of an ASCII word, lowered: the
// whole word when it is short, as no word holds a zero byte.
func foldedKey(w string) uint64 {
	var k uint64
	for i := 0; i < len(w) && i < 8; i++ {
		k |= uint64(lowerASCII(w[i])) << (8 * i)
	}
	return k
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

func vocabAt(i int32) (int32, wordClass) {
	if i < 0 {
		return -1, 0
	}
	return i, vocabList[i].class
}

// asciiKind sorts ASCII bytes into spaces, word characters and the rest,
// so that the common case never calls into the unicode tables.
var asciiKind = func() (k [utf8.RuneSelf]uint8) {
	for c := range k {
		switch {
		case c == ' ' || c >= '\t' && c <= '\r':
			k[c] = 1
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9':
			k[c] = 2
		}
	}
	return k
}()

func runeAt(p string, i int) (rune, int) {
	if c := p[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(p[i:])
}

func isSpaceRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiKind[r] == 1
	}
	return unicode.IsSpace(r)
}
