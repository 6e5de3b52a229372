// Package lex is the shared vocabulary of the extractor: it cuts a
// paragraph into tokens, tells for each word which word lists hold it (one
// lookup per word, bit tests after), and holds the lists and word shapes
// that more than one stage reads: the page rules, the quote scanner, the
// people finder and attribution. A later stage's list its rules ask about
// word after word is registered here (marks.go), as data: lex sits at the
// bottom of content's stages and imports none of them.
package lex

import (
	"math/bits"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"cables/content/internal/arena"
)

// Token is a word or a punctuation character of a paragraph. People and
// attribution rules read these rather than raw text, so that every rule
// runs on one tokenisation done once.
//
// A Token holds no pointers: its word is a range of the paragraph and its
// lower-case form an entry of the vocabulary, so the collector never scans
// the token arrays and filling them costs no write barriers.
type Token struct {
	// Start and End are the byte range in the paragraph: the word,
	// without a possessive ending. 32 bits hold any paragraph of a file
	// cables reads (source.MaxFileSize), and keep a token at 24 bytes.
	Start, End int32
	// vocab is the word's entry in vocabList, or unknownWord for a word
	// no list holds; below it for a word only a later stage's registered
	// lists hold (marks.go), which Low reads as written
	vocab int32
	Class Class
	// Folded, Word, Cap and Poss (read as the token's own fields) are
	// four bytes of their own, so that the lexer sets a plain word's
	// four in one copy from a table (plainFlags)
	tokenFlags
	// LowLen is the length of the word as Low returns it, read here
	// once for the later stages (attribution tells most words apart by
	// it without reading them): 0 when it is not known without lowering
	// the word (Folded) or over 255 bytes.
	LowLen uint8
}

// tokenFlags are what a token's word is like, beside its lists.
type tokenFlags struct {
	// Folded tells that the vocabulary's lower case differs in length
	// from the word (a few letters change width when lowered)
	Folded bool
	Word   bool // letters or digits, not punctuation
	Cap    bool // starts with an upper-case letter
	Poss   bool // followed by ’s or 's
}

// plainFlags are the flags of a plain ASCII word (appendTokens' common
// case) by its first byte: a word, a capital's or not.
var plainFlags = func() (f [256]tokenFlags) {
	for c := range f {
		f[c] = tokenFlags{Word: true, Cap: c >= 'A' && c <= 'Z'}
	}
	return f
}()

// lowLen is LowLen of a word of n bytes that lowering does not change
// in length.
func lowLen(n int) uint8 {
	if n > 255 {
		return 0
	}
	return uint8(n)
}

// Class tells which of the rules' word lists hold a word: one lookup
// per word when tokenizing, bit tests afterwards.
type Class uint32

const (
	Report Class = 1 << iota
	PureParticiple
	Determiner
	Title
	Stop
	Particle
	NotPerson
	MaleName
	Prep
	Skip
	Clause
	Doc
	Passive
	RoleNoun
	RoleWord
	Kin
	Intro
	ParticipleBy
	Writing
	Abbrev
	Spoken
	Author
	SpeechOnly
	Joke
	Authored
	FemaleName
	// WordName is a given name that is also a common word ("Will",
	// "Grant"), a place ("Jordan") or a word no name holds ("Bill"): the
	// people rules ask for more evidence before they read it as a name.
	WordName
)

// FirstName is a given name of either list.
const FirstName = MaleName | FemaleName

// Text returns the token's word in paragraph p.
func (t *Token) Text(p string) string { return p[t.Start:t.End] }

// Low returns the token's word in lower case without a final period; a
// word no rule knows keeps its case, as no lookup can match it.
func (t *Token) Low(p string) string {
	if t.vocab >= 0 {
		return vocabList[t.vocab].lower
	}
	end := t.End
	if t.Word && p[end-1] == '.' {
		end-- // (a mark keeps it: ".")
	}
	return p[t.Start:end]
}

// Is reports whether the token's word is in one of the lists.
func (t *Token) Is(c Class) bool { return t.Class&c != 0 }

// tokenize splits a paragraph into tokens in one pass.
// tokenArenas recycles the tokens of finished stories: tokens never
// outlive one extraction, and reusing them spares zeroing and collecting
// several bytes of tokens per byte of text.
var tokenArenas = sync.Pool{New: func() any { return new(tokenArena) }}

// tokenArena holds a story's tokens and its per-paragraph views of them.
// The tokens fill blocks of blockTokens, each paragraph's in one block, so
// that a long story takes room for the tokens it has (about one per 5.5
// bytes of prose) plus part of one block, rather than for an estimate
// made before reading it.
type tokenArena struct {
	blocks [][]Token
	views  [][]Token
	// release puts the arena back in the pool: made once per arena, not
	// once per story
	release func()
}

// blockTokens is the size of a block of tokens: 1.6 MB, a small part of
// what a long story holds, and room for a short one whole.
const blockTokens = 1 << 16

// TokenizeAll tokenizes every paragraph into blocks taken from an arena;
// release gives them back once the story is extracted.
func TokenizeAll(paras []string) (toks [][]Token, release func()) {
	ready()
	buf := tokenArenas.Get().(*tokenArena)
	out := arena.Room(buf.views, len(paras))
	b := 0 // the block being filled
	var block []Token
	if len(buf.blocks) > 0 {
		block = buf.blocks[0][:0]
	}
	for i, p := range paras {
		// Room for the paragraph's tokens, as many as one per 4 bytes:
		// prose has fewer, and more grow the paragraph's own array.
		need := len(p)/4 + 4
		if cap(block)-len(block) < need {
			if block != nil {
				buf.blocks[b] = block
				b++
			}
			block = takeBlock(buf, b, need)
		}
		room := block[len(block):len(block):cap(block)]
		got := appendTokens(room, p)
		out[i] = got[:len(got):len(got)]
		if cap(got) == cap(room) { // in the block, not grown out of it
			block = block[:len(block)+len(got)]
		}
	}
	if block != nil {
		buf.blocks[b] = block
	}
	buf.views = out
	if buf.release == nil {
		buf.release = func() { tokenArenas.Put(buf) }
	}
	return out, buf.release
}

// takeBlock returns block b of the arena, empty, with room for at least
// need tokens: the one the arena kept from an earlier story when it is
// large enough, else a new one.
func takeBlock(buf *tokenArena, b, need int) []Token {
	if b == len(buf.blocks) {
		buf.blocks = append(buf.blocks, nil)
	}
	if cap(buf.blocks[b]) < need {
		buf.blocks[b] = make([]Token, 0, max(need, blockTokens))
	}
	return buf.blocks[b][:0]
}

// appendTokens appends the tokens of one paragraph: a word for each run of
// word characters, a token for each other mark; spaces make none.
//
// Its loop reads the common cases itself: a space, an ASCII mark, and a
// word of fewer than eight ASCII letters and digits that a space or a
// mark joining no words ends, found in one load (its bytes, masked, are
// the vocabulary's key: lookupShort). Every other case is appendStep's,
// which the loop calls for those only, so that it calls nothing on the
// common ones.
func appendTokens(toks []Token, p string) []Token {
	for i := 0; i < len(p); {
		switch byteKind[p[i]] {
		case spaceByte:
			// most of a story is ASCII: no decoding, one table lookup
			i++
			continue
		case markByte:
			toks = pushToken(toks, i, i+1)
			if i++; i < len(p) && p[i] == ' ' {
				i++ // (the space after a comma, without another pass of the loop)
			}
			continue
		case wordByte:
			if i+8 > len(p) {
				break
			}
			x := load64(p[i:])
			n := wordBytes(x)
			if n == 8 {
				toks, i = appendLong(toks, p, i)
				continue
			}
			// the word is p[i:i+n], and b the byte after it (in x: the
			// word ends before the paragraph does)
			b := byte(x >> (uint(n) * 8 & 63))
			if !endsShortWord(p, i, n, b) {
				break
			}
			vocab, class := lookupShort(x, n)
			if vocab < unknownWord {
				vocab = asWritten(vocab, p[i:i+n])
			}
			end := i + n
			if b == '.' && (class&Abbrev != 0 || n == 1 && p[i] >= 'A' && p[i] <= 'Z') {
				end++ // (keepsPeriod: an abbreviation's, a capital initial's)
			}
			if len(toks) == cap(toks) {
				toks = append(toks, Token{})
			} else {
				toks = toks[:len(toks)+1]
			}
			// (the fields written in place: a Token built and copied in
			// goes through the stack)
			t := &toks[len(toks)-1]
			t.Start, t.End, t.vocab, t.Class = int32(i), int32(end), vocab, class
			t.tokenFlags, t.LowLen = plainFlags[p[i]], uint8(n)
			if i = end; i < len(p) && p[i] == ' ' {
				i++
			}
			continue
		}
		toks, i = appendStep(toks, p, i)
	}
	return toks
}

// endsShortWord is endsPlainWord for a word of n < 8 bytes from byte i
// of p, which b, the byte after it, follows.
func endsShortWord(p string, i, n int, b byte) bool {
	switch {
	case !mayGoOn[b]:
		return true
	case b == ',':
		return !isDigit(p[i+n-1])
	case b == '.':
		return i+n+1 == len(p) || p[i+n+1] == ' '
	}
	return false
}

// appendLong appends the word at byte i of p whose first eight bytes are
// ASCII letters and digits, as appendStep does, without reading them
// again: most such words are plain (endsPlainWord).
func appendLong(toks []Token, p string, i int) ([]Token, int) {
	j := wordRun(p, i+8)
	if !endsPlainWord(p, j) {
		return appendStep(toks, p, i)
	}
	vocab, class := lookupASCII(p[i:j])
	if vocab < unknownWord {
		vocab = asWritten(vocab, p[i:j])
	}
	end := j
	if j < len(p) && p[j] == '.' && class&Abbrev != 0 {
		end++ // (keepsPeriod: an abbreviation's)
	}
	toks = pushToken(toks, i, end)
	t := &toks[len(toks)-1]
	t.vocab, t.Class = vocab, class
	t.tokenFlags, t.LowLen = plainFlags[p[i]], lowLen(j-i)
	if i = end; i < len(p) && p[i] == ' ' {
		i++
	}
	return toks, i
}

// appendStep appends the token that starts at byte i of p, or passes over
// the space there, where appendTokens' loop leaves it: a word of eight
// bytes or more, one near the paragraph's end, one appendWord reads
// (joiners, possessives, a final period of its own, wide letters), and
// the spaces and marks of more than one byte. It returns the byte after.
func appendStep(toks []Token, p string, i int) ([]Token, int) {
	var r rune // the first rune of a word appendWord reads, of w bytes
	var w int
	switch kind := byteKind[p[i]]; {
	case kind == spaceByte:
		return toks, i + 1
	case kind == markByte:
		return pushToken(toks, i, i+1), i + 1
	case kind == wordByte:
		// most words are ASCII letters and digits that a space or a
		// mark joining no words ends: no joiner, possessive or final
		// period to read (appendWord reads the others)
		var j int
		var x uint64
		short := false
		if i+8 <= len(p) {
			x = load64(p[i:])
			n := wordBytes(x)
			if j, short = i+n, n < 8; !short {
				j = wordRun(p, j)
			}
		} else {
			j = wordRun(p, i+1)
		}
		if endsPlainWord(p, j) {
			var vocab int32
			var class Class
			if short {
				vocab, class = lookupShort(x, j-i)
			} else {
				vocab, class = lookupASCII(p[i:j])
			}
			if vocab < unknownWord {
				vocab = asWritten(vocab, p[i:j])
			}
			end := j
			if j < len(p) && p[j] == '.' && (class&Abbrev != 0 || j-i == 1 && p[i] >= 'A' && p[i] <= 'Z') {
				end++ // (keepsPeriod: an abbreviation's, a capital initial's)
			}
			toks = pushToken(toks, i, end)
			t := &toks[len(toks)-1]
			t.vocab, t.Class = vocab, class
			t.tokenFlags, t.LowLen = plainFlags[p[i]], lowLen(j-i)
			if i = end; i < len(p) && p[i] == ' ' {
				i++
			}
			return toks, i
		}
		r, w = rune(p[i]), 1
	case kind == otherByte:
		if generalMark(p, i) {
			return pushToken(toks, i, i+3), i + 3 // (the common marks of more than one byte, without decoding them)
		}
		r, w = utf8.DecodeRuneInString(p[i:])
		if isSpaceRune(r) {
			return toks, i + w
		}
		if !IsWordRune(r) {
			return pushToken(toks, i, i+w), i + w
		}
	}
	toks, i = appendWord(toks, p, i, r, w)
	if i < len(p) && p[i] == ' ' {
		i++ // (the space after most words, without another pass of the loop)
	}
	return toks, i
}

// generalMark reports whether the rune at byte i of p is one of U+2010 to
// U+2027, the dashes, curly quotes and ellipsis of general punctuation
// (E2 80 90 to E2 80 A7 in UTF-8): a mark, neither a space nor a word's.
func generalMark(p string, i int) bool {
	return i+2 < len(p) && p[i] == 0xE2 && p[i+1] == 0x80 && p[i+2] >= 0x90 && p[i+2] <= 0xA7
}

// appendWord appends the word that starts at byte start with rune r of
// w bytes, and returns the byte after it. Joiners (. - ' ’ &) stay inside a
// word only between word characters: "U.S.", "al-Assad", "O'Neill",
// "AT&T". A final period is the word's when it is an abbreviation's,
// dotted initials' or a capital initial's.
func appendWord(toks []Token, p string, start int, r rune, w int) ([]Token, int) {
	j := start + w
	ascii := w == 1
	for j < len(p) {
		if j+8 <= len(p) {
			// the common case: ASCII letters and digits, eight at a time
			n := wordBytes(load64(p[j:]))
			j += n
			if n == 8 {
				continue
			}
		} else if byteKind[p[j]] == wordByte {
			j++
			continue
		}
		b := p[j]
		if b == ',' && thousands(p, j) {
			j += 4 // "250,000": the comma groups digits
			continue
		}
		if endsWord(b) {
			break // the next: a space or an ASCII mark that joins no words
		}
		c, cw := runeAt(p, j)
		ascii = ascii && cw == 1
		if c == '.' && titleGlued(p, start, j) {
			break // "Mr.Zardari": the title ends at its period
		}
		if IsWordRune(c) || isJoiner(c) && j+cw < len(p) && nextIsWordRune(p, j+cw) {
			j += cw
			continue
		}
		break
	}
	word, poss := cutPossessive(p[start:j])
	end := start + len(word)
	// the word with its final period is looked up without it: one lookup
	// serves both
	vocab, class, folded := lookupWord(word, ascii)
	if vocab < unknownWord {
		vocab = asWritten(vocab, word)
	}
	if !poss && j < len(p) && p[j] == '.' && keepsPeriod(word, class, r) {
		j++
		end = j
	}
	capital := r >= 'A' && r <= 'Z' || r >= utf8.RuneSelf && unicode.IsUpper(r)
	toks = pushToken(toks, start, end)
	t := &toks[len(toks)-1]
	t.vocab, t.Class, t.Folded, t.Word, t.Cap, t.Poss = vocab, class, folded, true, capital, poss
	t.LowLen = wordLowLen(p, start, end, folded)
	return toks, j
}

// wordLowLen is LowLen of the word p[start:end] appendWord cut: its length
// without a final period (Low drops it), 0 when lowering changes its
// length (folded).
func wordLowLen(p string, start, end int, folded bool) uint8 {
	if folded {
		return 0
	}
	n := end - start
	if p[end-1] == '.' {
		n--
	}
	return lowLen(n)
}

// wordRun returns the end of the ASCII letters and digits from byte j:
// most words end there, at a space or a mark that ends words.
func wordRun(p string, j int) int {
	for j+8 <= len(p) {
		n := wordBytes(load64(p[j:]))
		j += n
		if n < 8 {
			return j
		}
	}
	for j < len(p) && byteKind[p[j]] == wordByte {
		j++
	}
	return j
}

// endsPlainWord reports whether the word whose run of ASCII letters and
// digits stops at byte j of p ends there with nothing for appendWord to
// read: at the paragraph's end, a space or a mark that joins no words, a
// comma after a letter, or a period before a space or the end (a
// sentence's, or an abbreviation's: no joiner).
func endsPlainWord(p string, j int) bool {
	if j == len(p) {
		return true
	}
	switch b := p[j]; {
	case !mayGoOn[b]:
		return true
	case b == ',':
		return !isDigit(p[j-1])
	case b == '.':
		return j+1 == len(p) || p[j+1] == ' '
	}
	return false
}

// mayGoOn tells the bytes after a run of ASCII letters and digits that
// may not end the word (appendWord reads on): a comma between digits, the
// joiners, and the bytes of longer runes.
var mayGoOn = func() (m [256]bool) {
	for c := range m {
		m[c] = c == ',' || byteKind[c] != wordByte && !endsWord(byte(c))
	}
	return m
}()

// lookupWord is lowerWord, with a title that "then-", "ex-" or "vice-"
// is glued before read as the title (formerTitle).
func lookupWord(word string, ascii bool) (int32, Class, bool) {
	vocab, class, folded := lowerWord(word, ascii)
	if vocab < 0 && len(word) > 5 && (word[4] == '-' || word[2] == '-') {
		class = formerTitle(word, ascii)
	}
	return vocab, class, folded
}

// formerTitle is the title class of a title with "then-", "ex-" or
// "vice-" glued before it ("then-Ambassador Jane Ruiz", "ex-President",
// "Japan's vice-minister"), or 0: the name after it is a person's as
// after the title alone.
func formerTitle(word string, ascii bool) Class {
	for _, prefix := range []string{"then-", "ex-", "vice-"} {
		if len(word) > len(prefix) && strings.EqualFold(word[:len(prefix)], prefix) {
			if _, class, _ := lowerWord(word[len(prefix):], ascii); class&(Title|RoleNoun|RoleWord) != 0 {
				return class
			}
		}
	}
	return 0
}

// wordBytes returns how many of eight packed bytes, from the first,
// are ASCII letters or digits (as byteKind's wordByte), testing all
// eight at once as lowerKey does: a byte is a letter when, its top bit
// clear, it is between 'a' and 'z' once 0x20 is set, and a digit when
// it is between '0' and '9'. The sums cannot carry from byte to byte.
func wordBytes(x uint64) int {
	const (
		ones = 0x0101010101010101
		tops = 0x8080808080808080
	)
	low7 := x &^ tops
	lowered := low7 | 0x20*ones
	letter := (lowered + (0x80-'a')*ones) &^ (lowered + (0x80-'z'-1)*ones)
	digit := (low7 + (0x80-'0')*ones) &^ (low7 + (0x80-'9'-1)*ones)
	word := (letter | digit) &^ x & tops
	return bits.TrailingZeros64(^word&tops) / 8
}

// endsWord reports an ASCII byte that a word stops at: a space or a mark
// other than the joiners (isJoiner) and the bytes of longer runes.
func endsWord(b byte) bool { return b < utf8.RuneSelf && b != '.' && b != '-' && b != '\'' && b != '&' }

// titleGlued reports whether the period at byte j of p ends an
// abbreviation of two letters or more that a capitalised word follows with
// no space: "Mr.Zardari", "Gen.Kayani". Dotted initials ("U.S.") have one
// letter before each period.
func titleGlued(p string, start, j int) bool {
	if j-start < 2 || j+1 >= len(p) || p[j+1] < 'A' || p[j+1] > 'Z' || strings.IndexByte(p[start:j], '.') >= 0 {
		return false
	}
	_, class, _ := lowerWord(p[start:j], true)
	return class&Abbrev != 0
}

// thousands reports whether the comma at byte j of p groups the digits of
// a number: a digit before it, exactly three after it.
func thousands(p string, j int) bool {
	return j > 0 && isDigit(p[j-1]) && j+3 < len(p) && isDigit(p[j+1]) && isDigit(p[j+2]) && isDigit(p[j+3]) &&
		(j+4 == len(p) || !isDigit(p[j+4]))
}

// isJoiner reports a mark that joins two words into one: "U.S.",
// "al-Assad", "O'Neill", "AT&T".
func isJoiner(r rune) bool { return r == '.' || r == '-' || r == '\'' || r == '’' || r == '&' }

// nextIsWordRune reports whether the rune at byte i of p is a word's.
func nextIsWordRune(p string, i int) bool {
	r, _ := runeAt(p, i)
	return IsWordRune(r)
}

// cutPossessive cuts a possessive ending, 's or ’s, off a word.
func cutPossessive(word string) (string, bool) {
	n := len(word)
	if n <= 2 || word[n-1] != 's' && word[n-1] != 'S' {
		return word, false
	}
	switch {
	case word[n-2] == '\'':
		return word[:n-2], true
	case n > 4 && word[n-4:n-1] == "’":
		return word[:n-4], true
	}
	return word, false
}

// keepsPeriod reports whether a period after a word is the word's: an
// abbreviation's ("Gen."), dotted initials' ("U.S."), a capital initial's
// ("J."); else it ends the sentence. r is the word's first rune.
func keepsPeriod(word string, class Class, r rune) bool {
	return class&Abbrev != 0 || strings.Contains(word, ".") || utf8.RuneCountInString(word) == 1 && unicode.IsUpper(r)
}

// pushToken appends a mark's token, grown in place: writing fields into
// the arena beats building a token and copying it in.
func pushToken(toks []Token, start, end int) []Token {
	if len(toks) == cap(toks) {
		toks = append(toks, Token{})
	} else {
		toks = toks[:len(toks)+1]
	}
	t := &toks[len(toks)-1]
	*t = Token{Start: int32(start), End: int32(end), vocab: unknownWord, LowLen: uint8(end - start)}
	return toks
}
