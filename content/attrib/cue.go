package attrib

import (
	"strings"

	"cables/content/lex"
)

// srcKind says what a cue's source is.
type srcKind uint8

const (
	srcNone    srcKind = iota
	srcPerson          // a named person
	srcPronoun         // he, she
	srcRole            // "the ambassador"
	srcLatter          // "the latter", "the former"
	srcDoc             // a cable, memo or other document
	srcAuthor          // "the cable's author": whoever wrote the document
	srcOther           // someone or something unnamed: "a senior official"
)

// source is who or what a cue says the words come from.
type source struct {
	kind   srcKind
	person int    // for srcPerson
	word   string // the pronoun, role noun, or "latter"/"former"
	at     int    // item index where the source is named
	text   string // the words naming a document
}

func (s source) personish() bool {
	return s.kind == srcPerson || s.kind == srcPronoun || s.kind == srcRole || s.kind == srcLatter || s.kind == srcAuthor
}

// cue is a reporting expression tied to a quote.
type cue struct {
	found   bool
	src     source
	verb    string
	passive bool    // "was accused of": the subject is spoken of, not speaking
	about   srcKind // what a passive cue's subject is
	viaDoc  bool    // "quoted by the embassy": the words come through a document
}

// isWord reports whether item i is the word w, lowered: word(i) == w,
// which the compiler writes inline for a word of up to eight bytes, a
// comparison of the length and of one load.
func (pt *paraText) isWord(i int, w string) bool { return pt.word(i) == w }

// lenMayBe reports whether item i may be a word of n > 0 bytes, lowered,
// told by the item alone: the loops that look words up in maps, or
// compare them with several, pass over most items with it (an item of a
// length not known may be any).
func (pt *paraText) lenMayBe(i, n int) bool {
	if uint(i) >= uint(len(pt.items)) {
		return false
	}
	l := pt.items[i].wlen
	return l == 0 || int(l) == n
}

// isVerbAt reports whether item i is a reporting verb (lower case, and not
// a participle modifying a noun: "cables reported by newspapers").
func (pt *paraText) isVerbAt(i int) bool { return uint(i) < uint(len(pt.items)) && pt.items[i].verb }

// ordinals count things: a reporting verb's word after "a fourth" is a
// noun.
var ordinals = lex.MustSet(words, "words/ordinals.txt")

// readVerbAt is isVerbAt read from the words, once per item of a
// reporting verb's lists when the paragraph is prepared.
func (pt *paraText) readVerbAt(i int) bool {
	if uint(i) >= uint(len(pt.items)) || pt.items[i].tok < 0 {
		return false
	}
	t := &pt.toks[pt.items[i].tok]
	if t.Cap || !t.Is(lex.Report) {
		return false
	}
	if nounByWordsBefore(pt, i) {
		return false
	}
	if w := pt.word(i); (w == "read" || w == "reads") && !pt.is(i-1, lex.Doc) && !docReadsAfterQuote(pt, i) && !docWithPhraseReads(pt, i) {
		return false // only a document reads: "one cable read", not "he read it"
	}
	if pt.isWord(i-1, "of") && !strings.HasSuffix(pt.word(i), "ing") {
		return false // "secretary of state", "a copy of reports"
	}
	if objectOfGerund(pt, i) {
		return false // "using state institutions", "citing reports"
	}
	if affairesAt(pt, i+1) {
		return false // "the US charge d'affaires": a title
	}
	if t.Is(lex.PureParticiple) {
		// "cables, written in 2008, warn": a participle is a verb only
		// with its auxiliary ("he has written")
		w := pt.word(i - 1)
		return (pt.is(i-1, lex.Passive) || w == "has" || w == "have" || w == "had") && !pt.isWord(i+1, "by")
	}
	return !pt.isWord(i+1, "by")
}

// affairesAt reports the word "d'affaires" (or "d’affaires", "d'affairs")
// at item i: the rest of a chargé's title.
func affairesAt(pt *paraText, i int) bool {
	w := pt.word(i)
	if len(w) < len("d'affairs") || len(w) > len("d’affaires") || w[0] != 'd' && w[0] != 'D' {
		return false
	}
	return strings.EqualFold(w[len(w)-len("affaires"):], "affaires") || strings.EqualFold(w[len(w)-len("affairs"):], "affairs")
}

// nounByWordsBefore reports a reporting verb's word at item i that the
// words before it make a noun or a modifier: a determiner, "most".
func nounByWordsBefore(pt *paraText, i int) bool {
	if pt.is(i-1, lex.Determiner) || pt.isWord(i-1, "most") || pt.isWord(i-1, "widely") {
		return true // "such a call", "the report": a noun; "the most quoted passage"
	}
	if pt.in(i-1, ordinalMark) && pt.is(i-2, lex.Determiner) {
		return true // "a fourth term", "the last report": a noun
	}
	if pt.is(i-2, lex.Determiner) && !pt.isPunctAt(i-1) && !pt.toks[pt.items[i-1].tok].Cap && reportVerbAt(pt, i+1) {
		return true // "the leaked report states": a noun, the subject of the verb after it
	}
	if pt.in(i+1, copulaMark) && !pt.isWord(i+1, "as") && !pastTense(pt.word(i)) && modifiedAfterDeterminer(pt, i) {
		return true // "the cables that portray it as a virtual pirate state are": a noun before its verb "be"
	}
	if d := beforeDate(pt, i-1); d < i-1 && pt.is(d, lex.Determiner) {
		return true // "the March 1, 1974 note", "a 2009 report": a noun
	}
	if pt.is(i, lex.RoleNoun) && pt.is(i-2, lex.Determiner) && roleAdjective(pt.word(i-1)) {
		return true // "a former judge", "a Spanish judge": a role, not "the pair judge"
	}
	return makeBefore[pt.word(i-1)] && (pt.isWord(i, "comments") || pt.isWord(i, "remarks")) // "want to make comments on": a noun
}

// makeBefore are the forms of "make", whose object "comments" or
// "remarks" is a noun ("making remarks"); "made claims that …" still
// reports.
var makeBefore = map[string]bool{"make": true, "makes": true, "made": true, "making": true}

// pastTense reports a verb's past form, which no noun before "was" takes:
// "All the minister said was", "What the envoy warned was".
func pastTense(w string) bool {
	return strings.HasSuffix(w, "ed") || w == "said" || w == "told" || w == "wrote" || w == "thought" || w == "felt"
}

// modifiedAfterDeterminer reports one to three words in lower case
// between a determiner and item i: "a virtual pirate state".
func modifiedAfterDeterminer(pt *paraText, i int) bool {
	j := i - 1
	for ; j >= i-3 && !pt.isPunctAt(j) && !pt.toks[pt.items[j].tok].Cap && !pt.is(j, lex.Determiner); j-- {
		if auxiliaries[pt.word(j)] {
			return false // "All the minister would say was": a verb after its auxiliary
		}
	}
	return j < i-1 && pt.is(j, lex.Determiner)
}

// auxiliaries stand before a verb, never before a noun.
var auxiliaries = map[string]bool{"would": true, "could": true, "will": true, "can": true, "did": true, "does": true,
	"should": true, "might": true, "must": true, "may": true, "had": true, "has": true, "have": true}

// roleAdjective reports a word that makes the role after it a noun: one
// of roleAdjectives ("a former judge", "the new judge"), or one shaped as
// an adjective ("a Spanish judge", "an investigating judge", "a local
// judge"); not "the pair judge", "the two judge".
func roleAdjective(w string) bool {
	if roleAdjectives[w] {
		return true
	}
	for _, end := range []string{"al", "an", "ed", "ive", "ing", "ish", "ese", "ic", "ior", "ary", "ent", "ant"} {
		if len(w) > len(end)+2 && strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

// roleAdjectives are the words not shaped as adjectives that make the
// role after them a noun.
var roleAdjectives = map[string]bool{"former": true, "chief": true, "high": true, "top": true, "new": true, "young": true, "senior": true, "supreme": true, "trial": true, "district": true, "appeals": true}

// beforeDate returns the item before the date that ends at item i ("March
// 1, 1974", "2009", "May 2008"), or i when no date ends there.
func beforeDate(pt *paraText, i int) int {
	j := i
	for j >= 0 && !(pt.items[j].tok < 0) {
		w := pt.word(j)
		t := &pt.toks[pt.items[j].tok]
		if !isDay(w) && !isYear(w) && !(t.Cap && lex.Months[t.Low(pt.text)] != 0) && !dateComma(pt, j) {
			break
		}
		j--
	}
	return j
}

// reportVerbAt reports a lower-case reporting verb in the present at item
// i, after a document's noun: "states", "says", "notes".
func reportVerbAt(pt *paraText, i int) bool {
	if pt.isPunctAt(i) {
		return false
	}
	t := &pt.toks[pt.items[i].tok]
	return !t.Cap && t.Is(lex.Report) && strings.HasSuffix(pt.word(i), "s")
}

// objectOfGerund reports a reporting verb's word at item i that opens the
// object of a word in -ing before it and qualifies a noun after it:
// "using state institutions", "citing press reports". "Officials
// attending say the talks …" keeps its verb: a determiner, a pronoun or
// a clause word follows it.
func objectOfGerund(pt *paraText, i int) bool {
	prev := pt.word(i - 1)
	if len(prev) < 5 || !strings.HasSuffix(prev, "ing") || pt.is(i-1, lex.Report) || strings.HasSuffix(pt.word(i), "ed") {
		return false
	}
	if pt.isPunctAt(i+1) || pt.toks[pt.items[i+1].tok].Cap || pt.is(i+1, lex.Determiner|lex.Clause|lex.Prep|lex.Skip|lex.Passive) {
		return false
	}
	return !subjectPronouns[pt.word(i+1)]
}

// subjectPronouns open a clause after a verb: "say he left".
var subjectPronouns = map[string]bool{"he": true, "she": true, "it": true, "they": true, "we": true, "i": true, "you": true}

// isPunctAt reports whether item i is punctuation (or a quote).
func (pt *paraText) isPunctAt(i int) bool {
	return uint(i) >= uint(len(pt.items)) || pt.items[i].tok < 0 || !pt.items[i].word
}

// titleQuoteAt reports a quote at item k that is a document's title
// after "titled", "entitled" or "headlined" (with a comma or not): it
// is read as a word of the phrase that names the document ("A cable
// titled “Lund's Last Stand” described …").
func titleQuoteAt(pt *paraText, k int) bool {
	j := k - 1
	if pt.isWord(j, ",") {
		j--
	}
	return pt.items[k].tok < 0 && titleVerbAt(pt, j)
}

// titleVerbAt reports "titled", "entitled" or "headlined" at item j.
func titleVerbAt(pt *paraText, j int) bool {
	if !pt.lenMayBe(j, 6) && !pt.lenMayBe(j, 8) && !pt.lenMayBe(j, 9) {
		return false // (most words: their length tells, before any is read)
	}
	return pt.isWord(j, "titled") || pt.isWord(j, "entitled") || pt.isWord(j, "headlined")
}

// pluralPossessiveAt reports an apostrophe at item i that makes the
// plural before it an owner: "the envoys’ cables", "WikiLeaks’ actions".
func (pt *paraText) pluralPossessiveAt(i int) bool {
	if i < 1 || i+1 >= len(pt.items) || pt.items[i].tok < 0 || pt.items[i-1].tok < 0 || pt.items[i+1].tok < 0 || !pt.items[i-1].word || !pt.items[i+1].word {
		return false
	}
	if w := pt.word(i); w != "’" && w != "'" {
		return false
	}
	t := pt.toks[pt.items[i-1].tok]
	return t.End == pt.toks[pt.items[i].tok].Start && strings.HasSuffix(strings.ToLower(pt.word(i-1)), "s")
}

// beforeCue reads the attribution before quote item qi in its sentence:
// the nearest reporting verb and its subject, "according to X", or
// "quoted X as saying".
func (a *attributor) beforeCue(pt *paraText, qi int) cue {
	c := a.cueBefore(pt, qi, pt.sentStart(qi))
	if s := pt.sentStart(qi); !c.src.personish() && pt.isWord(s, "quoting") {
		// "Quoting Minister Rehman Malik, the cable said he wanted “…”"
		e := s + 1
		for e < qi && !pt.isPunctAt(e) {
			e++
		}
		if src := a.classify(pt, s+1, e); src.personish() {
			return cue{found: true, src: src, verb: "quoting", viaDoc: c.src.kind == srcDoc}
		}
	}
	return c
}

// cueWindow bounds how far back from a quote a cue is looked for, so that
// text without full stops cannot make attribution quadratic.
const cueWindow = 80

// cueBefore reads the attribution in items [sent, qi): the last verb
// before the quote with a subject that speaks, or else the first cue
// found that names no one or a document (the fallback).
func (a *attributor) cueBefore(pt *paraText, qi, sent int) cue {
	lo := max(sent, qi-cueWindow)
	if k := pt.quoteBefore(qi, sent); k >= 0 {
		lo = k + 1
	}
	var fallback cue
	for v := qi - 1; v >= lo; v-- {
		short := pt.lenMayBe(v, 2) || pt.lenMayBe(v, 3) // ("to", "per", "put")
		if short && (pt.isWord(v, "to") && pt.isWord(v-1, "according") || pt.isWord(v, "per") && pt.isWord(v-1, "as")) {
			e := v + 1
			for e < qi && !pt.isPunctAt(e) {
				e++
			}
			return cue{found: true, src: a.classify(pt, v+1, e), verb: "according to"}
		}
		if !pt.isVerbAt(v) && !(short && pt.isWord(v, "put") && pt.isWord(v+1, "it")) {
			continue // (“as one diplomat put it”)
		}
		if c, ok := a.quotedAsBefore(pt, v, lo, sent, qi); ok {
			return c
		}
		if c, ok := a.citesSomeone(pt, v, lo, sent, qi); ok {
			return c
		}
		if c, ok := a.cueAtVerb(pt, v, lo, sent, qi, &fallback); ok {
			return c
		}
	}
	return fallback
}

// quoteBefore returns the item of the last quote in items [sent, qi)
// that is no title after "titled" (titleQuoteAt), or -1: read from the
// paragraph's few quotes, in the order of their items, rather than from
// every item back to the sentence's start, for every quote.
func (pt *paraText) quoteBefore(qi, sent int) int {
	for r := len(pt.regions) - 1; r >= 0; r-- {
		k := pt.quoteItem(pt.regions[r].quote)
		switch {
		case k >= qi:
		case k < sent:
			return -1
		case !titleQuoteAt(pt, k):
			return k
		}
	}
	return -1
}

// quotedAsBefore reads "quoted Raza as saying", "quotes a businessman as
// complaining" or "Raza was quoted (by the embassy) as saying" before a
// quote, the verb after "as" at item v.
func (a *attributor) quotedAsBefore(pt *paraText, v, lo, sent, qi int) (cue, bool) {
	if !strings.HasSuffix(pt.word(v), "ing") {
		return cue{}, false
	}
	if !pt.isWord(v-1, "as") {
		return a.quotedSaying(pt, v, lo, sent)
	}
	for k := v - 2; k >= lo; k-- {
		if !pt.isWord(k, "quoted") && !pt.isWord(k, "quotes") && !pt.isWord(k, "quote") && !pt.isWord(k, "quoting") {
			continue
		}
		p := k - 1
		for p >= lo && pt.is(p, lex.Skip) {
			p--
		}
		if k+1 < v-1 && !pt.is(p, lex.Passive) {
			// "the cable quoted Raza as saying"; "Another cable, sent
			// in May, quotes an aide as saying": the document's words;
			// so are those one who writes the cables quotes ("Ambassador
			// Ruiz quotes the minister as saying")
			subj := a.subjectOf(pt, goesOnTo(pt, k), lo, sent)
			doc := subj.kind == srcDoc || a.writesCables(subj)
			return cue{found: true, src: a.classify(pt, k+1, v-1), verb: "quoted", viaDoc: doc}, true
		}
		return a.quotedAsPassive(pt, k, p, v, lo, sent, qi), true
	}
	return cue{}, false
}

// goesOnTo returns the item of "goes" in "goes on to quote" when the verb
// at item k follows it ("The report goes on to quote X as saying": the
// report's subject quotes), else k.
func goesOnTo(pt *paraText, k int) int {
	if !pt.isWord(k-1, "to") || !pt.isWord(k-2, "on") {
		return k
	}
	switch pt.word(k - 3) {
	case "goes", "go", "went", "going":
		return k - 3
	}
	return k
}

// quotedSaying reads "quotes X saying" and "quoted X, an aide, telling"
// without "as" before a quote, the verb at item v: X speaks when X names
// someone ("He quoted the Bible, saying" is his own), through the
// document when the one quoting is a document or, named by no one, stands
// where documents are talked about ("The second one quotes X saying").
func (a *attributor) quotedSaying(pt *paraText, v, lo, sent int) (cue, bool) {
	if !pt.isWord(v, "saying") && !pt.isWord(v, "telling") {
		return cue{}, false
	}
	for k := v - 1; k >= lo; k-- {
		if !pt.isWord(k, "quoted") && !pt.isWord(k, "quotes") && !pt.isWord(k, "quoting") {
			continue
		}
		src := a.classify(pt, k+1, v)
		if k+1 == v || !src.personish() || pt.is(k-1, lex.Passive) {
			return cue{}, false
		}
		subj := a.subjectOf(pt, k, lo, sent)
		anaphor := subj.kind == srcNone || pt.isWord(k-1, "one") || pt.isWord(k-1, "it") // ("The second one", "It")
		doc := subj.kind == srcDoc || a.writesCables(subj) || anaphor && a.docContext(pt, k)
		return cue{found: true, src: src, verb: "quoted", viaDoc: doc}, true
	}
	return cue{}, false
}

// citesSomeone reads "A cable cites King X comparing Iran to the “…”":
// a document that cites or quotes someone at item v, the name right
// after it and a participle after the name, before the quote at item qi:
// the one cited speaks, through the document.
func (a *attributor) citesSomeone(pt *paraText, v, lo, sent, qi int) (cue, bool) {
	if w := pt.word(v); w != "cites" && w != "cited" && w != "quotes" {
		return cue{}, false
	}
	e := v + 1
	for e < qi && e <= v+citedReach && (pt.personAt(e) >= 0 || capitalised(pt, e) || capitalOwner(pt, e) || e == v+1 && pt.is(e, lex.Determiner)) {
		e++ // ("Saudi Arabia's King Abdullah bin Abdulaziz")
	}
	if e == v+1 || e >= qi || pt.personAt(e-1) < 0 || !strings.HasSuffix(pt.word(e), "ing") || pt.isPunctAt(e) {
		return cue{}, false
	}
	if a.subjectOf(pt, v, lo, sent).kind != srcDoc && a.mainSubject(pt, sent, v).kind != srcDoc {
		return cue{}, false
	}
	return cue{found: true, src: a.classify(pt, v+1, e), verb: "quoted", viaDoc: true}, true
}

// citedReach is how many words the one a document cites may take: "Saudi
// Arabia's King Abdullah bin Abdulaziz".
const citedReach = 8

// quotedAsPassive reads "Raza was quoted (by the embassy) as saying", the
// passive's auxiliary ending at item p, "quoted" at k, "saying" at v.
func (a *attributor) quotedAsPassive(pt *paraText, k, p, v, lo, sent, qi int) cue {
	for p >= lo && (pt.is(p, lex.Skip) || pt.is(p, lex.Passive)) {
		p--
	}
	c := cue{found: true, src: a.subjectOf(pt, p+1, lo, sent), verb: "quoted"}
	for j := k + 1; j < v-1; j++ {
		if pt.is(j, lex.Doc) || pt.isWord(j, "embassy") || pt.isWord(j, "it") && pt.isWord(j-1, "in") && a.docContext(pt, j) {
			c.viaDoc = true // (“was quoted in it as saying”)
		}
	}
	// "Kayani was quoted as saying" in a story reading a cable: the
	// cable quoted him (not when the sentence sets the words in speech:
	// "Asked about the cables on television, he was quoted as saying")
	c.viaDoc = c.viaDoc || k+1 == v-1 && a.docContext(pt, k) && !spokenSetting(pt, sent, qi) && !a.pressSince(pt, k)
	return c
}

// lyAdverb reports a word in lower case that ends in "ly" at item p:
// "mockingly", "partly".
func lyAdverb(pt *paraText, p int) bool {
	t, ok := pt.tok(p)
	return ok && !t.Cap && strings.HasSuffix(pt.word(p), "ly")
}

// cueAtVerb reads the cue of the verb at item v: whom it says is said to
// speak, or its subject. It reports false when the search goes on to an
// earlier verb, keeping in fallback the first cue that names no one, a
// passive, or a document a person may be talking about.
func (a *attributor) cueAtVerb(pt *paraText, v, lo, sent, qi int, fallback *cue) (cue, bool) {
	w := pt.word(v)
	p, been := auxiliaryBefore(pt, v, lo)
	if h := hearsayAt(pt, p); h > lo {
		// "Koussa, the minister, is said to have told diplomats
		// that …": the one said to speak
		return cue{found: true, src: a.subjectOf(pt, h, lo, sent), verb: w,
			viaDoc: reportedAt(pt, p) && a.docContext(pt, h)}, true
	}
	if been || pt.is(p, lex.Passive) || reducedPassive(pt, v) {
		if w == "quoted" {
			return cue{found: true, src: a.subjectOf(pt, p, lo, sent), verb: w}, true
		}
		if !pt.isWord(p, "being") && !fallback.found {
			// (not "the letter, then being drafted,": a participle, no cue)
			*fallback = cue{found: true, passive: true, verb: w, about: a.subjectOf(pt, p, lo, sent).kind}
		}
		return cue{}, false
	}
	if src, ok := a.invertedAside(pt, v, p, lo); ok {
		// "Qadir, noted the embassy, is “…”": the one after the verb speaks
		return cue{found: true, src: src, verb: w}, true
	}
	c := cue{found: true, src: a.subjectOf(pt, v, lo, sent), verb: w}
	if c, ok, decided := a.innerClauseCue(pt, v, lo, c, fallback); decided {
		return c, ok
	}
	return subjectCue(pt, v, lo, p, qi, c, fallback)
}

// auxiliaryBefore returns the item before the verb at item v past the
// words that may stand between it and its subject (auxiliaries, adverbs:
// "has not", "was mockingly"), no further back than lo, and whether
// "been" was among them before a participle: "has (reportedly) been
// described" is a passive, "has been saying" is not.
func auxiliaryBefore(pt *paraText, v, lo int) (p int, been bool) {
	ing := strings.HasSuffix(pt.word(v), "ing")
	p = v - 1
	for p >= lo && (pt.is(p, lex.Skip) || p > lo && lyAdverb(pt, p) && pt.is(p-1, lex.Passive)) {
		been = been || !ing && pt.isWord(p, "been")
		p-- // (and "was mockingly described": the adverb of a passive)
	}
	return p, been
}

// subjectCue decides the cue c read at verb v from its subject, the item
// before the verb's auxiliaries at p, for the quote at item qi: it
// reports false when the search goes on to an earlier verb, keeping in
// fallback the first cue that names no one or a document a person may be
// talking about.
func subjectCue(pt *paraText, v, lo, p, qi int, c cue, fallback *cue) (cue, bool) {
	src := c.src
	switch {
	case src.kind == srcOther && whileOpens(pt, v, lo):
		// "Lee has not commented, while the government has dismissed
		// them as “…”": the clause's own subject, unnamed
		return c, true
	case src.kind == srcOther || src.kind == srcNone:
		// "the couple's pet tiger added": not a speaker; an earlier
		// verb in the sentence may have one
		if !fallback.found {
			*fallback = c
		}
		return cue{}, false
	case src.kind == srcDoc && pt.is(p, lex.Clause) && !clauseClosedBefore(pt, v, qi):
		// "answered the cables, which describe him as “…”": the
		// clause is the document's (not "says the document, which
		// reveals that …, is a “…”": the sayer's)
		return c, true
	case src.kind == srcDoc && !fallback.found:
		// "Assange said the documents revealed “…”": the document is
		// what a person talks about when an earlier verb has one
		*fallback = c
		return cue{}, false
	case fallback.found && fallback.src.kind == srcDoc && !src.personish():
		return *fallback, true
	}
	return c, true
}

// innerClauseCue decides the cue c read at verb v when the verb sits in
// a clause inside the sentence: a document's "in which" clause ("not
// amused by cables in which US officials called Kandia “…” and said Lund
// played “…”": the documents'), or a belief another verb reports ("The
// ambassador noted in a cable that Qadir believed “…”": the reporter's,
// read at the earlier verb). decided is false for any other verb.
func (a *attributor) innerClauseCue(pt *paraText, v, lo int, c cue, fallback *cue) (_ cue, ok, decided bool) {
	switch p, at := whoAntecedent(pt, v); {
	case p == unnamedRelation:
		return cue{found: true, src: source{kind: srcOther, at: v - 1}, verb: c.verb}, true, true
	case p >= 0 && p != c.src.person:
		// "Lund was under attack from Sami Vell, an MP who backs
		// him, who accused him of abandoning “…”": the one "who" is
		return cue{found: true, src: source{kind: srcPerson, person: p, at: at}, verb: c.verb}, true, true
	}
	if src, ok := a.whileClause(pt, c.src.at, v); ok {
		// "…, while another backer, Rob Vell, suggests …": the
		// subordinate clause's own subject
		return cue{found: true, src: src, verb: c.verb}, true, true
	}
	if d := docWhichBetween(pt, c.src.at, v); d >= 0 && c.src.kind != srcDoc && !spokenVerbAt(pt, v) {
		return cue{found: true, src: a.classify(pt, d, d+1), verb: c.verb}, true, true
	}
	if beliefVerb(c.verb) && c.src.personish() && reportedEarlier(pt, lo, c.src.at) {
		if !fallback.found {
			*fallback = c
		}
		return cue{}, false, true
	}
	return cue{}, false, false
}

// whoAntecedent returns the person a "who" right before the verb at item
// v stands for, and the item naming them: named just before it, or
// before a description set off by commas ("Sami Vell, one of the MPs
// backing him, who accused", "Sami Vell, a spokesman for President Ivo
// Lund, who added"); or -1.
func whoAntecedent(pt *paraText, v int) (int, int) {
	j := v - 1
	if !pt.lenMayBe(j, 3) || !pt.isWord(j, "who") {
		return -1, 0
	}
	if j--; pt.isWord(j, ",") {
		j--
	}
	p := pt.personAt(j)
	b := j
	for b > 0 && (pt.personAt(b-1) == p && p >= 0 || capitalAt(pt, b-1)) {
		b-- // the name and its titles
	}
	if p >= 0 && !relationOf(pt, b) {
		return p, j // ("met with Lund, who said": Lund; "a spokesman for President Lund, who": the spokesman)
	}
	for k := b - 1; k > j-appositiveReach && k > pt.sentStart(v); k-- {
		if pt.isWord(k, "as") {
			return p, j // "Dorn, who worked as an adviser to Lund, who called": no one set off, the name nearest
		}
		if pt.items[k].tok < 0 || verbLikeAt(pt, k) || pt.isWord(k, "and") || pt.isWord(k, "who") {
			if pt.isWord(k, "and") {
				return -1, 0 // "met Vell, and the union chiefs, who": no one named
			}
			break // "met a close ally of Lund, who said": the ally, unnamed
		}
		if pt.isWord(k, ",") {
			return pt.personAt(k - 1), k - 1
		}
	}
	return unnamedRelation, 0 // "met a close ally of President Lund, who said": someone unnamed
}

// unnamedRelation is whoAntecedent's answer for a relation no name sets
// off: "who" stands for someone the story does not name.
const unnamedRelation = -2

// relationOf reports a role or a relation and "of", "to" or "for" before
// the name that starts at item b: "a spokesman for President Lund", "a
// close ally of Lund", "an adviser to Lund".
func relationOf(pt *paraText, b int) bool {
	w := pt.word(b - 1)
	return (w == "of" || w == "to" || w == "for") && (pt.is(b-2, lex.RoleWord|lex.RoleNoun|lex.Kin) || relationNouns[pt.word(b-2)])
}

// whileClause returns the subject of a clause a subordinator ("while",
// "whereas") opens between the subject at item at and the verb at item
// v, when it names a person: "Lund was under attack, while another
// backer, Rob Vell, suggests …".
func (a *attributor) whileClause(pt *paraText, at, v int) (source, bool) {
	if at < 0 {
		return source{}, false
	}
	for k := v - 1; k > at; k-- {
		if pt.items[k].tok < 0 {
			return source{}, false
		}
		if (pt.lenMayBe(k, 5) || pt.lenMayBe(k, 7)) && (pt.isWord(k, "while") || pt.isWord(k, "whereas")) {
			if strings.HasSuffix(pt.word(k+1), "ing") {
				return source{}, false // "while visiting Ruiz at the embassy, told": no subject of its own
			}
			src := a.mainSubject(pt, k+1, v)
			// (someone unnamed too: "Lee has not commented, while the
			// government has dismissed them as “…”")
			return src, src.kind == srcPerson && verbFollowsName(pt, src, v) || src.kind == srcOther && src.at > k && asidesOnly(pt, src.at, v)
		}
	}
	return source{}, false
}

// clauseClosedBefore reports a comma between the verb at item v and the
// quote at item qi that a verb of the sentence follows ("which reveals
// that …, is a “…”"): the clause of the verb is closed before the quote.
func clauseClosedBefore(pt *paraText, v, qi int) bool {
	last, that := -1, false // the comma before, which may open an appositive this one closes; a "that" clause after the verb
	for j := v + 1; j+1 < qi; j++ {
		that = that || pt.isWord(j, "that")
		if !pt.isWord(j, ",") {
			continue
		}
		opens := that && last >= 0 && j-last <= 7 && pt.is(last+1, lex.Determiner)
		last = j
		if opens {
			continue // "which says that Qadir's brother, the port chief, is “…”": the appositive's end (not "which quotes his brother, the port chief, was": the clause's)
		}
		switch pt.word(j + 1) {
		case "is", "was", "are", "were", "has", "had", "remains":
			return true
		}
	}
	return false
}

// asidesOnly reports that between a clause's subject ending at item e
// and the verb at item v stand only auxiliaries, adverbs and asides a
// comma opens on a preposition and closes ("while the government, in a
// brief statement on Monday, dismissed"): the verb is the clause's own;
// not "while deputies jeered, told" nor "while the opposition …
// demanded answers, but later called".
func asidesOnly(pt *paraText, e, v int) bool {
	for j := e + 1; j < v; j++ {
		switch {
		case pt.isWord(j, ",") && pt.is(j+1, lex.Prep):
			for j++; j < v && !pt.isWord(j, ","); j++ {
			}
			if j >= v {
				return false
			}
		case pt.is(j, lex.Skip), lyAdverb(pt, j):
		default:
			return false
		}
	}
	return true
}

// whileOpens reports "while" or "whereas" opening the clause of the verb
// at item v, after the last comma before it (no further back than lo).
func whileOpens(pt *paraText, v, lo int) bool {
	for k := v - 1; k >= lo && pt.items[k].tok >= 0 && !pt.isPunctAt(k); k-- {
		if pt.isWord(k, "while") || pt.isWord(k, "whereas") {
			return true
		}
	}
	return false
}

// relationNouns are someone's relation to a person named after "of" or
// "to": "a close ally of President Lund, who".
var relationNouns = map[string]bool{"ally": true, "friend": true, "associate": true, "critic": true, "rival": true, "aide": true, "adviser": true, "advisor": true,
	"confidant": true, "supporter": true, "opponent": true, "colleague": true, "deputy": true, "cousin": true, "son": true, "daughter": true, "wife": true, "husband": true}

// settingPrep reports a preposition that sets where words were said:
// "at a news conference", "on national television", "to reporters".
func settingPrep(w string) bool {
	return w == "at" || w == "in" || w == "on" || w == "during" || w == "to"
}

// verbFollowsName reports whether the verb at item v is the first after
// the subject src names, past descriptions and adverbs ("while another
// backer, Rob Vell, suggests", "while Vell, however, said"; not "while
// Lund was president, told"): the clause's own verb.
func verbFollowsName(pt *paraText, src source, v int) bool {
	j := src.at
	for j < v && pt.personAt(j) == src.person {
		j++
	}
	if !pt.isWord(j, ",") {
		for ; j < v; j++ {
			if !adverbAt(pt, j) {
				return false // "while Lund was president, told", "while Vell looked on, told"
			}
		}
		return true // "while Vell later told"
	}
	if j+1 == v {
		return true // "while another backer, Rob Vell, suggests"
	}
	if !descriptionOpensAt(pt, j+1) {
		return false // "while his minister, Vell, sat beside him, told"
	}
	for k := j + 1; k < v; k++ {
		if verbLikeAt(pt, k) || pt.items[k].tok < 0 {
			return false
		}
	}
	return pt.isWord(v-1, ",") || adverbAt(pt, v-1) // ("while Vell, however, said", "while his rival, Vell, later told")
}

// descriptionOpensAt reports a word at item j that may open a
// description or an aside set off after a name: an article or an owner
// ("the opposition leader", "his closest ally"), a capital, a preposition
// ("in an interview"), an adverb ("however", "too").
func descriptionOpensAt(pt *paraText, j int) bool {
	t, ok := pt.tok(j)
	if !ok || !t.Word {
		return false
	}
	switch w := pt.word(j); {
	case t.Cap, pt.is(j, lex.Determiner|lex.Prep), adverbAt(pt, j):
		return true
	default:
		return w == "his" || w == "her" || w == "their" || w == "however" || w == "too" || w == "himself" || w == "herself"
	}
}

// adverbAt reports an adverb at item j: in -ly, or one of passiveAdverbs
// ("later", "also").
func adverbAt(pt *paraText, j int) bool {
	return passiveAdverbs[pt.word(j)] || strings.HasSuffix(pt.word(j), "ly")
}

// spokenVerbAt reports a verb at item v that speaks aloud: a verb no
// cable writes ("told reporters"), or one a day or a spoken setting
// follows right after it ("said on Tuesday that"; not "called his speech
// to parliament “…”", the words' own): the sentence's subject speaking
// again, not a document's clause.
func spokenVerbAt(pt *paraText, v int) bool {
	e := v + 1
	for e < pt.sentenceEnd(v) && e <= v+spokenVerbReach && pt.items[e].tok >= 0 && !pt.isWord(e, "that") {
		e++
	}
	if pt.is(v, lex.SpeechOnly) || onWeekday(pt, v, e) {
		return true
	}
	for k := v + 1; k < e; k++ {
		if pt.is(k, lex.Spoken) && (k == v+1 || settingPrep(pt.word(v+1)) && (pt.isWord(v, "said") || pt.is(v, lex.SpeechOnly))) {
			return true // "told reporters", "said at a news conference"; not "called his speech", "said after the speech", "noted during the debate"
		}
	}
	return false
}

// spokenVerbReach is how far after the verb its day or setting may
// stand, before what was said: "said on Tuesday in an interview that".
const spokenVerbReach = 6

// docWhichBetween returns the item of a document that a relative clause
// ("cables in which", "the memo, which") opens on between the subject at
// item at and the verb at item v, or -1.
func docWhichBetween(pt *paraText, at, v int) int {
	if at < 0 {
		return -1
	}
	for j := at + 1; j < v; j++ {
		if pt.items[j].tok < 0 || !pt.lenMayBe(j, 5) || !pt.isWord(j, "which") {
			continue
		}
		d := j - 1
		if pt.isWord(d, "in") || pt.isWord(d, ",") {
			d--
		}
		if !pt.is(d, lex.Doc) {
			continue
		}
		for k := j + 1; k < v; k++ {
			if pt.isWord(k, ",") {
				return -1 // the clause closed before the verb: "Qadir, who read the cables which name him, said"
			}
			if pt.personAt(k) >= 0 {
				return -1 // "a telegram which said that Lund had called him “…” and said": Lund's verb
			}
		}
		return d
	}
	return -1
}

// beliefVerb reports a verb that says what someone holds, not what they
// said: a belief someone else reports is in the reporter's words.
func beliefVerb(w string) bool {
	switch w {
	case "believed", "believes", "thought", "thinks", "felt", "feels":
		return true
	}
	return false
}

// reportedEarlier reports a reporting verb in items [lo, at) of a
// sentence: the clause from at is in what that verb reports.
func reportedEarlier(pt *paraText, lo, at int) bool {
	for j := lo; j < at; j++ {
		if pt.isVerbAt(j) && !beliefVerb(pt.word(j)) {
			return true
		}
	}
	return false
}

// hearsayAt returns the item of the auxiliary in "is said to have" or "was
// reported to" ending at item p (the "to" or "have" before a verb), or -1:
// the subject before it is the one said to speak.
func hearsayAt(pt *paraText, p int) int {
	if pt.isWord(p, "have") {
		p--
	}
	if !pt.isWord(p, "to") || !hearsayVerbs[pt.word(p-1)] {
		return -1
	}
	q := p - 2
	for q > 0 && pt.is(q, lex.Skip) && !pt.is(q, lex.Passive) {
		q-- // "is also reported to", "is then said to"
	}
	if !pt.is(q, lex.Passive) {
		return -1
	}
	return q
}

// reportedAt reports whether the hearsay ending at item p is "reported
// to": in a story reading a document, the document reports it.
func reportedAt(pt *paraText, p int) bool {
	if pt.isWord(p, "have") {
		p--
	}
	return pt.isWord(p-1, "reported")
}

// hearsayVerbs report a claim about someone: "is said to", "was reported to".
var hearsayVerbs = lex.MustSet(words, "words/hearsay-verbs.txt")

// docWithPhraseReads reports "read" or "reads" at item i after a
// document's noun and a phrase that opens with a preposition: "a cable
// from February 2009 reads", not "the cable he read".
func docWithPhraseReads(pt *paraText, i int) bool {
	for k := i - 1; k > 0 && k >= i-docPhraseReach; k-- {
		if pt.items[k].tok < 0 || pt.isPunctAt(k) || pt.is(k, lex.Clause) || pt.isVerbAt(k) {
			return false
		}
		if pt.is(k, lex.Doc) {
			return k+1 < i && pt.is(k+1, lex.Prep)
		}
	}
	return false
}

// docPhraseReach is how far before "reads" a document's noun may stand.
const docPhraseReach = 7

// docReadsAfterQuote reports "read" or "reads" at item i right after a
// quote and its comma with a document a few words after it: "“…,” reads
// one May 2007 diplomatic cable".
func docReadsAfterQuote(pt *paraText, i int) bool {
	j := i - 1
	if pt.isWord(j, ",") {
		j--
	}
	if j < 0 || pt.items[j].tok >= 0 {
		return false
	}
	for k := i + 1; k < len(pt.items) && k <= i+documentFirstReach; k++ {
		if pt.is(k, lex.Doc) {
			return true
		}
		if (pt.isPunctAt(k) || pt.items[k].tok < 0) && !dateComma(pt, k) {
			return false
		}
	}
	return false
}

// asideWords bounds the speaker's words in an aside set off by commas.
const asideWords = 6

// invertedAside reads an aside set off by commas in which the reporting
// verb at item v comes before its subject ("Omar Qadir, noted the
// embassy, is “…”"; "Rita Sahni, wrote Ambassador Jane Lodhi, is"): the
// words after the verb name who speaks, not the subject before the
// aside, who is the one described. p is the item before the verb, past
// adverbs. ok is false unless the aside closes with a comma before the
// quote and names a person, a role or a document.
func (a *attributor) invertedAside(pt *paraText, v, p, lo int) (source, bool) {
	if p <= lo || !pt.isWord(p, ",") || pt.isPunctAt(p-1) || pt.isWord(v+1, "that") {
		return source{}, false
	}
	earlier := false // a comma of the subject's own before the verb: "X, in a cable, wrote"
	for k := a.pastOpening(pt, pt.sentStart(v), p); k < p; k++ {
		earlier = earlier || pt.isWord(k, ",")
	}
	if w := pt.word(v); labelVerbs[w] || tellingVerbs[w] {
		return source{}, false // "X, who …, calls Qadir, the minister, “…”": an object
	}
	e := v + 1
	for e < len(pt.items) && e <= v+asideWords && !pt.isPunctAt(e) && !pt.isVerbAt(e) {
		e++
	}
	if e == v+1 || !pt.isWord(e, ",") {
		return source{}, false
	}
	if earlier && !verbsAfterAside[pt.word(e+1)] || !earlier && !predicateAt(pt, e+1) && !predicateAt(pt, describedTo(pt, e)+1) {
		// "X, the prime minister, said Y, his deputy, was": X's; with a
		// comma of the subject's own, only "is", "was" and their like
		// carry the sentence on at once ("X, the port minister, wrote
		// Ambassador Y, was"), not a participle ("said Qadir, appointed
		// by the king, was"); with none, the speaker may be described
		// ("The cables, said Tom Vance, a spokesman, were")
		return source{}, false
	}
	src := a.classify(pt, v+1, e)
	switch src.kind {
	case srcPerson, srcRole, srcDoc, srcOther:
		return src, true
	}
	return source{}, false
}

// pastNameAndDescription returns the item after the name starting at item
// i and the description a comma sets off after it ("Omar Qadir, the port
// minister,"): where the name's own verb, or "as", would stand.
func pastNameAndDescription(pt *paraText, i int) int {
	e := i
	for pt.personAt(e) >= 0 {
		e++
	}
	if pt.isWord(e, ",") {
		e = describedTo(pt, e) + 1
	}
	return e
}

// describedTo returns the comma that closes a description set off after
// the speaker's name at the comma at item e ("said Tom Vance, a department
// spokesman, were"), or e.
func describedTo(pt *paraText, e int) int {
	for k := e + 1; k < len(pt.items) && k <= e+asideWords; k++ {
		if pt.isWord(k, ",") {
			return k
		}
		if pt.isPunctAt(k) || pt.isVerbAt(k) {
			break
		}
	}
	return e
}

// verbsAfterAside carry a sentence on after an aside.
var verbsAfterAside = lex.MustSet(words, "words/verbs-after-aside.txt")

// predicateAt reports the sentence's own verb at item i, after an aside
// ("…, noted the embassy, is"; "…, never misses"; "…, runs the port"):
// one of verbsAfterAside, or a word in -s or -ed that is no pronoun or
// determiner ("his", "this"), past an adverb ("never", "still"). Only
// with no comma of the subject's own before the aside: after one, a word
// in -ed may open a description ("said Qadir, appointed by the king,").
func predicateAt(pt *paraText, i int) bool {
	if passiveAdverbs[pt.word(i)] {
		i++
	}
	t, ok := pt.tok(i)
	if !ok || t.Cap || !t.Word {
		return false
	}
	w := pt.word(i)
	if verbsAfterAside[w] {
		return true
	}
	if len(w) < 4 || definite[w] || indefinite[w] || demonstratives[w] || notVerbsInS[w] || pt.is(i, lex.Prep) {
		return false
	}
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us")
}

// notVerbsInS are words in -s that carry no sentence on.
var notVerbsInS = map[string]bool{"hers": true, "theirs": true, "ours": true, "yours": true, "whose": true, "perhaps": true, "always": true, "sometimes": true, "towards": true, "afterwards": true, "besides": true, "unless": true, "whereas": true, "thus": true}
