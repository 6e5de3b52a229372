package attrib

import (
	"sync"
	"unicode/utf8"

	"cables/content/internal/arena"
	"cables/content/lex"
	"cables/content/people"
)

// A paragraph as attribution reads it: the words outside quotations, with
// each quotation standing in as one item, cut into sentences. Cues are
// only ever looked for outside the quote marks: the words a quote reports
// ("Kayani said …" inside a cable passage) never name its speaker.

// item is a word or punctuation token outside quotes, or a whole quote.
type item struct {
	// low is the word as word() returns it (the token's Low), "" for a
	// quote: read once when the paragraph is prepared, so that a rule's
	// word test (isWord, word() == "said") is a load and a comparison the
	// compiler writes inline, where reading the token and the vocabulary
	// took a call
	low string
	// tok is the token index, or for a quote -1-q, q its index (quote
	// reads it): negative for every quote, where a field of its own for
	// the quote took 4 bytes more
	tok int32
	// class is the token's word lists, copied here because the rules ask
	// about them more than about anything else (0 for a quote)
	class lex.Class
	// verb tells a reporting verb (isVerbAt), read once when the
	// paragraph is prepared: the rules ask it of nearly every item
	verb bool
	// word tells a word rather than a mark (isPunctAt); wlen and first
	// are the length and first byte, lowered, of the word as word()
	// returns it, 0 when not known (a word that changes length when
	// lowered, a long one, one that opens with a non-ASCII letter): the
	// loops that note a paragraph's marks and the rules that rule out
	// most words by their length (lenMayBe) read them. They sit in what
	// was the item's padding.
	word        bool
	wlen, first uint8
}

// quoteAsItem is the item of quote q.
func quoteAsItem(q int) item { return item{tok: int32(-1 - q)} }

// quote is the index of the quote of an item whose tok is negative.
func (it *item) quote() int { return int(-1 - it.tok) }

// paraText is one paragraph prepared for attribution.
type paraText struct {
	text  string
	toks  []lex.Token
	items []item
	// sentOf[i] is the sentence of item i, numbered from 0 in the
	// paragraph, and sentences their bounds (sentStart, sentenceEnd,
	// endsAt read them): 4 bytes an item, where a start, an end and a
	// flag per item took 17 (a story of millions of words reads them).
	sentOf    []int32
	sentences []sentence
	// lastEnds tells that the paragraph's last item ends a sentence
	// (endsSentence): the last sentence may run out unfinished.
	lastEnds bool
	// at[t] says what mention covers token t; regions are the stretches
	// the paragraph's quotes cover (quoteAtToken reads them).
	at      []tokenAt
	regions []region
	// quoteAt[q-firstQuote] is the item of quote q: a paragraph's quotes
	// are numbered without gaps.
	quoteAt    []int
	firstQuote int
	// pi is the paragraph's index in the story.
	pi int
	// explain tells that the story's quotes are explained: the rules'
	// evidence is read (why.go), else left empty
	explain bool
	// events tells that the paragraph has a quote, a reporting verb or
	// a word of the authored list: what noteEvents reads (it passes over
	// the others without reading their items)
	events bool
	// eventItems are the items noteEvents reads, in order: the quotes,
	// the reporting verbs and the words of the authored list (a view of
	// the arena's eventItems; empty unless events)
	eventItems []int32
	// firstDoc is the item of the first document noun, or -1.
	firstDoc int
	// pronouns remembers whom the pronoun at an item stands for, plus 2 (0
	// when not read yet): "he said … he said" chains back through every
	// earlier "he".
	pronouns []int32
	// pronounBy[i] is the index of the pronoun rule that decided
	// pronouns[i].
	pronounBy []uint8
	// subjects caches, per verb item, the subject read back to its
	// sentence's start (subjectOf with lo at the sentence): 0 when not
	// read yet, else its index in attributor.subjects plus 1
	subjects []int32
}

// sentence is one sentence of a paragraph: its items from start to end,
// and a cache of where it frames its words as a document's
// (sentenceFrame), plus 2: 0 when not read yet, 1 when it does not; and
// of whether it is set in speech (spokenSetting of the whole sentence): 0
// when not read yet, 1 no, 2 yes.
type sentence struct{ start, end, frame, spoken int32 }

// tokenAt is what covers one token of a paragraph.
type tokenAt struct {
	// mention is the index+1 of the person a mention names, 0 when none,
	// negative when the mention is possessive (who and owner read it).
	// The quote a token stands in is not kept per token: quoteAtToken
	// reads it from the paragraph's few regions. 4 bytes a token, where a
	// person, a quote and a flag took 12.
	mention int32
}

// who is the index of the person the token's mention names, or -1.
func (at tokenAt) who() int {
	if at.mention < 0 {
		return int(-at.mention) - 1
	}
	return int(at.mention) - 1
}

// owner reports a possessive mention.
func (at tokenAt) owner() bool { return at.mention < 0 }

// region is the stretch of one paragraph a quote covers, marks included.
type region struct{ start, end, quote int }

// paraArena hands out the per-token slices of a story's paragraphs from a
// few large allocations rather than several per paragraph.
type paraArena struct {
	texts     []paraText
	at        []tokenAt
	items     []item
	sentOf    []int32
	subjects  []int32
	pronouns  []int32
	pronounBy []uint8
	quoteAt   []int
	// sentences grows by each paragraph's, which keeps a view of it;
	// so does eventItems
	sentences  []sentence
	eventItems []int32
	// notes are the items of the paragraph being prepared that its later
	// passes read (noteworthy), a scratch each paragraph reuses
	notes []int32
	// the documents of a story, see attributor
	docs        []document
	docMentions []docMention
	docFrom     []int
	docRecent   []int32
}

// storyArena is what the pool keeps: the arena a story's paragraphs carve
// their views off (ar), and the same slices whole (grown), put back after
// the story; one allocation kept between stories, where a returned arena,
// its copy and a closure cost four a story.
type storyArena struct{ ar, grown paraArena }

// paraArenas recycles arenas between stories, like tokenArenas.
var paraArenas = sync.Pool{New: func() any { return new(storyArena) }}

// newParaArena takes an arena from the pool with room for a story; the
// caller puts it back (release) when the story is extracted. The views
// carved from it are in use only while attributing.
func newParaArena(toks [][]lex.Token, regions [][]region) *storyArena {
	n, m, q := 0, 0, 0
	for i := range toks {
		n += len(toks[i])
		m += len(toks[i]) + len(regions[i])
		q += len(regions[i])
	}
	sa := paraArenas.Get().(*storyArena)
	kept := &sa.grown
	sa.ar = paraArena{texts: arena.Room(kept.texts, len(toks)), at: arena.Room(kept.at, n), items: arena.Room(kept.items, m), sentOf: arena.Room(kept.sentOf, m),
		sentences: kept.sentences[:0], eventItems: kept.eventItems[:0], notes: kept.notes, subjects: arena.Room(kept.subjects, m), pronouns: arena.Room(kept.pronouns, m), pronounBy: arena.Room(kept.pronounBy, m), quoteAt: arena.Room(kept.quoteAt, q),
		docs: kept.docs, docMentions: kept.docMentions, docFrom: kept.docFrom, docRecent: kept.docRecent}
	ar := &sa.ar
	clear(ar.at)
	clear(ar.subjects)
	clear(ar.pronouns)
	sa.grown = *ar // before the paragraphs carve their views off it
	return sa
}

// release puts the arena back in the pool, grown by what the story added.
func (sa *storyArena) release() {
	ar, grown := &sa.ar, &sa.grown
	grown.docs, grown.docMentions, grown.docFrom, grown.docRecent = ar.docs, ar.docMentions, ar.docFrom, ar.docRecent
	grown.sentences, grown.eventItems, grown.notes = ar.sentences[:0], ar.eventItems[:0], ar.notes
	sa.ar = paraArena{}
	paraArenas.Put(sa)
}

func newParaText(pt *paraText, ar *paraArena, text string, toks []lex.Token, regions []region, ms []people.Mention) {
	*pt = paraText{text: text, toks: toks, at: arena.Carve(&ar.at, len(toks)), regions: regions}
	itemRoom := arena.Carve(&ar.items, len(toks)+len(regions))
	sentRoom := arena.Carve(&ar.sentOf, len(toks)+len(regions))
	pt.items = itemRoom[:0]
	pt.subjects = arena.Carve(&ar.subjects, len(toks)+len(regions))
	pt.pronouns = arena.Carve(&ar.pronouns, len(toks)+len(regions))
	pt.pronounBy = arena.Carve(&ar.pronounBy, len(toks)+len(regions))
	quoteRoom := arena.Carve(&ar.quoteAt, len(regions))
	for _, m := range ms {
		for t := m.Tok; t < m.TokEnd; t++ {
			pt.at[t].mention = int32(m.Person + 1)
			if m.Poss {
				pt.at[t].mention = -pt.at[t].mention
			}
		}
	}
	notes := arena.Room(ar.notes, len(toks)+len(regions))
	ar.notes = notes
	var classes lex.Class // every list a word outside quotes is in
	var n int             // how many items notes holds
	if len(regions) == 0 {
		// (most paragraphs quote nothing: an item per token)
		pt.items = itemRoom[:len(toks)]
		classes, n = wordItems(pt.items, toks, text, notes)
	} else {
		pt.quoteAt = quoteRoom
		pt.clearQuoteIndex(regions)
		pt.items, classes, n = itemsAround(itemRoom[:0], toks, text, regions, pt.quoteAt, pt.firstQuote, notes)
		// a quote with no token inside (only marks) still stands as an item
		missing := false
		for _, rg := range regions {
			if pt.quoteItem(rg.quote) < 0 {
				pt.insertQuote(rg)
				missing = true
			}
		}
		if missing {
			pt.indexQuotes(regions)
			n = noteItems(pt.items, notes) // (the items moved)
		}
	}
	notes = notes[:n]
	pt.events = len(regions) > 0 || classes&lex.Authored != 0
	first := len(ar.eventItems)
	if classes&lex.Report != 0 {
		pt.firstDoc = pt.readVerbs(ar, notes)
	} else {
		// no reporting verb to read: only the first document noun, and
		// the quotes and authored words noteEvents reads
		pt.firstDoc = -1
		for _, i := range notes {
			if pt.items[i].class&lex.Doc != 0 {
				pt.firstDoc = int(i)
				break
			}
		}
		if pt.events {
			ar.eventItems = appendEventItems(ar.eventItems, pt.items, notes)
		}
	}
	pt.eventItems = ar.eventItems[first:len(ar.eventItems):len(ar.eventItems)]
	pt.sentOf = sentRoom[:len(pt.items)]
	pt.cutSentences(ar, notes)
}

// readVerbs tells the reporting verbs among the items (verb), notes the
// items noteEvents reads in the arena's eventItems, and returns the item
// of the first document noun, or -1. It reads only the noted items
// (noteworthy): no other is a verb, a document noun or an event.
func (pt *paraText) readVerbs(ar *paraArena, notes []int32) int {
	items, firstDoc := pt.items, -1
	for _, n := range notes {
		i := int(n)
		it := &items[i]
		if it.class&lex.Report != 0 {
			it.verb = pt.readVerbAt(i)
			pt.events = pt.events || it.verb
			if (!it.verb || pt.is(i-2, lex.Determiner) || pt.in(i-1, secrecyMark)) && diplomaticReport(pt, i) {
				// a noun: "a report from US diplomats", "the US report"
				it.verb = false
				it.class |= lex.Doc
			}
		}
		if firstDoc < 0 && it.class&lex.Doc != 0 {
			firstDoc = i
		}
		if it.tok < 0 || it.verb || it.class&lex.Authored != 0 {
			ar.eventItems = append(ar.eventItems, n)
		}
	}
	return firstDoc
}

// appendEventItems appends the items noteEvents reads of a paragraph
// without a reporting verb, among its noted ones: its quotes and
// authored words.
func appendEventItems(events []int32, items []item, notes []int32) []int32 {
	for _, n := range notes {
		if it := &items[n]; it.tok < 0 || it.class&lex.Authored != 0 {
			events = append(events, n)
		}
	}
	return events
}

// cutSentences numbers the sentences of the items and adds their bounds
// to the arena's. Only a noted item may end a sentence (a quote, or a
// full stop, question or exclamation mark: noteworthy), so the items
// between two of them are numbered without a look at them.
func (pt *paraText) cutSentences(ar *paraArena, notes []int32) {
	first, start, next := len(ar.sentences), 0, 0
	items, sentOf, sent := pt.items, pt.sentOf, int32(0)
	for _, n := range notes {
		i := int(n)
		if it := &items[i]; it.tok >= 0 && !endsSentenceMark(it) {
			continue // a noted verb or document noun
		}
		for ; next <= i; next++ {
			sentOf[next] = sent
		}
		if pt.endsSentence(i, start == i) {
			ar.sentences = append(ar.sentences, sentence{start: int32(start), end: int32(i + 1)})
			sent++
			start = i + 1
			pt.lastEnds = i == len(pt.items)-1
		}
	}
	for ; next < len(items); next++ {
		sentOf[next] = sent
	}
	if start < len(pt.items) {
		ar.sentences = append(ar.sentences, sentence{start: int32(start), end: int32(len(pt.items))})
	}
	pt.sentences = ar.sentences[first:len(ar.sentences):len(ar.sentences)]
}

// endsSentenceMark reports a word item that is a full stop, question or
// exclamation mark: endsSentence's first test, told by the item alone. No
// word starts with one of them, and each is a mark of one byte, so the
// item's first byte tells.
func endsSentenceMark(it *item) bool { return sentenceMarks[it.first] != 0 }

// sentenceMarks are the marks that may end a sentence, by byte: a number,
// not a bool, so that noteworthy adds it to the item's lists without a
// branch.
var sentenceMarks = [256]lex.Class{'.': 1, '!': 1, '?': 1}

// notedClasses are the lists whose words the passes after the items are
// made read (readVerbs, appendEventItems, the first document noun).
const notedClasses = lex.Report | lex.Doc | lex.Authored

// noteworthy reports a word item the passes after the items are made
// read: a word of notedClasses, or a mark that may end a sentence. Quotes
// are noted too. The passes then read a few items a paragraph, not all.
// Told without a branch: the words of a paragraph would make one
// mispredicted at random.
func noteworthy(it *item) bool { return it.class&notedClasses|sentenceMarks[it.first] != 0 }

// noteItems writes the indexes of the noteworthy items and quotes to
// notes, which has room for one per item, and returns how many it wrote.
func noteItems(items []item, notes []int32) int {
	n := 0
	for i := range items {
		if it := &items[i]; it.tok < 0 || noteworthy(it) {
			notes[n] = int32(i)
			n++
		}
	}
	return n
}

// itemsAround appends the items of a paragraph that quotes: a word item
// per token outside the regions, one item per quote for the tokens inside,
// whose index it notes in quoteAt (as indexQuotes does, quote q at
// q-firstQuote). It writes the indexes of the noteworthy items and the
// quotes to notes and returns how many. The items grow in a local, set
// once: growing pt.items itself would load and store its header at every
// token.
func itemsAround(items []item, toks []lex.Token, text string, regions []region, quoteAt []int, firstQuote int, notes []int32) ([]item, lex.Class, int) {
	r, classes, n := 0, lex.Class(0), 0
	for t := 0; t < len(toks); {
		for r < len(regions) && regions[r].end <= int(toks[t].Start) {
			r++
		}
		// the words before the next quote's region, a tighter loop
		before := len(text)
		if r < len(regions) {
			before = regions[r].start
		}
		for ; t < len(toks) && int(toks[t].Start) < before; t++ {
			items = items[:len(items)+1] // (room for an item a token)
			it := &items[len(items)-1]
			setWordItem(it, t, &toks[t], text)
			classes |= it.class
			notes[n] = int32(len(items) - 1) // (written whether or not it is kept: no branch)
			if noteworthy(it) {
				n++
			}
		}
		if t == len(toks) || int(toks[t].Start) >= regions[r].end {
			continue // (the end, or a token past a region no token starts in)
		}
		if q := regions[r].quote; len(items) == 0 || items[len(items)-1].tok >= 0 || items[len(items)-1].quote() != q {
			if k := q - firstQuote; k >= 0 && k < len(quoteAt) {
				quoteAt[k] = len(items)
			}
			notes[n] = int32(len(items))
			n++
			items = append(items, quoteAsItem(q))
		}
		t = tokenFrom(toks, t+1, regions[r].end) // past the quote's other tokens
	}
	return items, classes, n
}

// tokenFrom returns the first token from t on that starts at or after
// byte off, found by halving: a quote may hold hundreds.
func tokenFrom(toks []lex.Token, t, off int) int {
	lo, hi := t, len(toks)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if int(toks[m].Start) < off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// wordItems makes items[t] the item of token t, for a paragraph that
// quotes nothing, writes the indexes of the noteworthy ones to notes, and
// returns every list its words are in and how many it noted. It is a
// function of its own so that the loop keeps its values in registers
// (inside newParaText they spilled to the stack at every token).
func wordItems(items []item, toks []lex.Token, text string, notes []int32) (lex.Class, int) {
	items = items[:len(toks)]
	var classes lex.Class
	n := 0
	notes = notes[:len(toks)]
	for t := range toks {
		it := &items[t]
		setWordItem(it, t, &toks[t], text)
		classes |= it.class
		notes[n] = int32(t) // (written whether or not it is kept: no branch)
		if noteworthy(it) {
			n++
		}
	}
	return classes, n
}

// setWordItem makes *it the item of token t, outside quotes: the token's
// lists, its word as Low gives it (low), and the length the lexer read of
// that word (LowLen) and its first byte, which the loops that pass over
// most items by their length or their marks compare. It is small enough
// to be inlined in the loops that make a paragraph's items, and sets the
// fields in place: an item of six fields built whole went through the
// stack, at twice the instructions.
func setWordItem(it *item, t int, tk *lex.Token, text string) {
	it.tok, it.class, it.verb, it.low = int32(t), tk.Class, false, tk.Low(text)
	it.word, it.wlen, it.first = tk.Word, tk.LowLen, firstLetter[text[tk.Start]]
}

// firstLetter is the first of an item's fields read from its word: an
// ASCII byte lowered (the vocabulary's lower case or the word as written:
// the same letter either way), 0 for the first byte of a longer rune.
var firstLetter = func() (f [256]uint8) {
	for b := range utf8.RuneSelf {
		f[b] = lowerASCII(byte(b))
	}
	return f
}()

// lowerASCII lowers an ASCII letter.
func lowerASCII(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// indexQuotes maps each quote to its item.
func (pt *paraText) indexQuotes(regions []region) {
	pt.clearQuoteIndex(regions)
	for i, it := range pt.items {
		if k := it.quote() - pt.firstQuote; it.tok < 0 && k >= 0 && k < len(pt.quoteAt) {
			pt.quoteAt[k] = i
		}
	}
}

// clearQuoteIndex readies quoteAt for the paragraph's quotes, none of
// them at an item yet.
func (pt *paraText) clearQuoteIndex(regions []region) {
	pt.firstQuote = regions[0].quote
	if n := regions[len(regions)-1].quote - pt.firstQuote + 1; n <= cap(pt.quoteAt) {
		pt.quoteAt = pt.quoteAt[:n]
	} else {
		pt.quoteAt = make([]int, n)
	}
	for i := range pt.quoteAt {
		pt.quoteAt[i] = -1
	}
}

func (pt *paraText) insertQuote(rg region) {
	at := len(pt.items)
	for i, it := range pt.items {
		if it.tok >= 0 && int(pt.toks[it.tok].Start) >= rg.end {
			at = i
			break
		}
	}
	pt.items = append(pt.items, item{})
	copy(pt.items[at+1:], pt.items[at:])
	pt.items[at] = quoteAsItem(rg.quote)
}

// endsSentence reports whether a sentence ends after item i: a full stop,
// question or exclamation mark (or a quote ending in one) followed by a
// capitalised word, a quote, or the paragraph's end. opens tells that
// item i opens its sentence.
func (pt *paraText) endsSentence(i int, opens bool) bool {
	it := pt.items[i]
	if it.tok >= 0 {
		// a mark of one byte: the item tells, without the token
		if it.word || it.wlen != 1 || it.first != '.' && it.first != '!' && it.first != '?' {
			return false
		}
	} else if !pt.quoteEndsSentence(i) {
		return false
	}
	if i+1 >= len(pt.items) {
		return true
	}
	next := pt.items[i+1]
	if next.tok >= 0 && !pt.toks[next.tok].Cap {
		return false
	}
	if it.tok < 0 && next.tok >= 0 && (!pt.toks[next.tok].Is(lex.Determiner) || pt.quoteAsks(i)) {
		return !pt.cueGoesOn(i, opens)
	}
	return true
}

// cueGoesOn reports whether the name and verb after quote item i, which
// ends in a stop, still belong to the quote's sentence: “Why trust
// them?” General Majid asked; but “….” The cable's author noted: a new
// one, and so is one whose verb takes a clause on "that" ("“….” DN also
// reported that …"). Only for a quote that opens its sentence: after
// "Sims conceded that it was “wrong.”" the sentence is done.
func (pt *paraText) cueGoesOn(i int, opens bool) bool {
	if !opens {
		return false
	}
	for k := i + 1; k < len(pt.items) && k <= i+6 && pt.items[k].tok >= 0 && pt.items[k].word; k++ {
		if pt.isVerbAt(k) {
			// ("asked that evening"; not "DN also reported that …", but a
			// person's "Qadir said that …" is his)
			return !pt.isWord(k+1, "that") || timeWords[pt.word(k+2)] && !pt.isWord(k+3, "that") || personBetween(pt, i+1, k) && pt.quoteSaysI(i)
		}
	}
	return false
}

// quoteSaysI reports "I", "my", "we" or "our" among the words of the quote
// at item i: the one named after it speaks of himself ("“It is a plot by
// my enemies.” Qadir said that …"), where "“… the minister takes his
// share.” Qadir said that …" is others' words about him.
func (pt *paraText) quoteSaysI(i int) bool {
	q := pt.items[i].quote()
	for _, rg := range pt.regions {
		if rg.quote != q {
			continue
		}
		for t := rg.start; t < rg.end && t < len(pt.toks); t++ {
			switch pt.toks[t].Text(pt.text) {
			case "I", "my", "My", "we", "We", "our", "Our", "me", "us":
				return true
			}
		}
	}
	return false
}

// personBetween reports a person named among items [b, e).
func personBetween(pt *paraText, b, e int) bool {
	for k := b; k < e; k++ {
		if pt.personAt(k) >= 0 {
			return true
		}
	}
	return false
}

// timeWords after "that" make it a time ("said that night"), not a clause.
var timeWords = map[string]bool{"morning": true, "afternoon": true, "evening": true, "night": true, "day": true, "week": true, "month": true, "year": true, "time": true}

// quoteEndsSentence reports whether the last word inside a quote is
// followed by . ! or ? before its closing mark.
func (pt *paraText) quoteEndsSentence(i int) bool { return pt.quoteEndMark(i) != "" }

// quoteAsks reports whether the quote at item i ends with ? or !.
func (pt *paraText) quoteAsks(i int) bool {
	m := pt.quoteEndMark(i)
	return m == "?" || m == "!"
}

// quoteEndMark returns the . ! ? or … that ends the words of the quote at
// item i, or "".
func (pt *paraText) quoteEndMark(i int) string {
	switch m := pt.quoteLastMark(i); m {
	case ".", "!", "?", "…":
		return m
	}
	return ""
}

// quoteLastMark returns the punctuation that ends the words of the quote
// at item i inside its marks ("confidential,"), or "".
func (pt *paraText) quoteLastMark(i int) string {
	q := pt.items[i].quote()
	// a quote's tokens run up to the next token outside quotes
	last := len(pt.toks) - 1
	for j := i + 1; j < len(pt.items); j++ {
		if pt.items[j].tok >= 0 {
			last = int(pt.items[j].tok) - 1
			break
		}
	}
	for last >= 0 && pt.quoteAtToken(last) != q && pt.quoteAtToken(last) >= 0 {
		last-- // an adjacent quote's tokens
	}
	for t := last; t >= 0 && pt.quoteAtToken(t) == q; t-- {
		switch pt.toks[t].Text(pt.text) {
		case ".", "!", "?", "…", ",":
			return pt.toks[t].Text(pt.text)
		}
		if pt.toks[t].Word {
			return ""
		}
	}
	return ""
}

// quoteAtToken returns the quote token t stands in, or -1: the first
// region that ends past the token's start, if it starts by then.
func (pt *paraText) quoteAtToken(t int) int {
	start := int(pt.toks[t].Start)
	for _, rg := range pt.regions {
		if rg.end > start {
			if start >= rg.start {
				return rg.quote
			}
			return -1
		}
	}
	return -1
}

// quoteItem returns the item index of a quote in this paragraph, or -1.
func (pt *paraText) quoteItem(q int) int {
	if k := q - pt.firstQuote; k >= 0 && k < len(pt.quoteAt) {
		return pt.quoteAt[k]
	}
	return -1
}

// is reports whether item i is a word of one of the lists. (It and the
// helpers after it test i against both bounds in one unsigned comparison:
// the rules ask them millions of times a story.)
func (pt *paraText) is(i int, c lex.Class) bool {
	return uint(i) < uint(len(pt.items)) && pt.items[i].class&c != 0
}

// in reports whether item i is a word of a list registered with the
// lexer (marks_lists.go): what the list's map tells of word(i).
func (pt *paraText) in(i int, m lex.Mark) bool {
	return uint(i) < uint(len(pt.items)) && pt.items[i].tok >= 0 && pt.toks[pt.items[i].tok].In(m)
}

// word returns the lower-case word of item i, or "" for quotes.
func (pt *paraText) word(i int) string {
	if uint(i) >= uint(len(pt.items)) {
		return ""
	}
	return pt.items[i].low
}

// tok returns the token of item i; ok is false for quotes.
func (pt *paraText) tok(i int) (lex.Token, bool) {
	if uint(i) >= uint(len(pt.items)) || pt.items[i].tok < 0 {
		return lex.Token{}, false
	}
	return pt.toks[pt.items[i].tok], true
}

// personAt returns the person (index) named at item i, or -1.
func (pt *paraText) personAt(i int) int {
	if uint(i) >= uint(len(pt.items)) || pt.items[i].tok < 0 {
		return -1
	}
	return pt.at[pt.items[i].tok].who()
}

// sentenceEnd returns the index past the last item of item i's sentence.
func (pt *paraText) sentenceEnd(i int) int { return int(pt.sentences[pt.sentOf[i]].end) }

// sentStart returns the index of the first item of item i's sentence.
func (pt *paraText) sentStart(i int) int { return int(pt.sentences[pt.sentOf[i]].start) }

// endsAt reports whether a sentence ends after item i (endsSentence): the
// last item ends one only when the paragraph's last sentence is finished.
func (pt *paraText) endsAt(i int) bool {
	return int(pt.sentences[pt.sentOf[i]].end) == i+1 && (i+1 < len(pt.items) || pt.lastEnds)
}

// frameCache is where sentenceFrame keeps the frame of the sentence that
// starts at item s.
func (pt *paraText) frameCache(s int) *int32 { return &pt.sentences[pt.sentOf[s]].frame }

// tokenAt returns the index of the first token starting at or after byte
// offset off.
func (pt *paraText) tokenAt(off int) int { return tokenFrom(pt.toks, 0, off) }
