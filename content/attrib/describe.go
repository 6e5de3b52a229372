package attrib

import (
	"strings"

	"cables/content/lex"
)

// Cable words in a story about cables: a short phrase in quotation marks
// that pins a label on someone ("is praised as “…”", "diplomats described
// him as an “…”") or that a document is said to tell ("a cable that said
// officials had “…”") is the cables' words, whoever is described; the
// person described never speaks them.

var (
	// labelVerbs pin a label on someone: the quote after them is it.
	labelVerbs = lex.MustSet(words, "words/labelling-verbs.txt")
	// describers are the writers of the cables as a body.
	describers = lex.MustSet(words, "words/describers.txt")
	// docTellingVerbs are what a document does besides reporting verbs.
	docTellingVerbs = lex.MustSet(words, "words/document-telling-verbs.txt")
	// docHeads stand for a document that tells something.
	docHeads = lex.MustSet(words, "words/document-heads.txt")
)

// labelBefore returns the item of the verb whose label is the quote at
// item qi ("described him as", "calls the minister, a cousin of the king,",
// "is praised as"), in the quote's clause, or -1.
func labelBefore(pt *paraText, qi int) int {
	if qi < 0 {
		return -1
	}
	s := pt.sent[qi]
	for j := qi - 1; j >= s && j >= qi-12; j-- {
		if pt.items[j].tok < 0 {
			return -1 // another quote
		}
		w := pt.word(j)
		if labelVerbs[w] {
			if t, _ := pt.tok(j); t.Cap {
				return -1
			}
			return j
		}
		if w == "." || w == ";" || w == ":" || w == "that" || pt.isVerbAt(j) {
			return -1 // the quote is in a clause of its own
		}
	}
	return -1
}

// passiveAt reports whether the verb at item v is in the passive: "is
// praised", "was often called".
func passiveAt(pt *paraText, v int) bool {
	j := v - 1
	if j > 0 && strings.HasSuffix(pt.word(j), "ly") {
		j--
	}
	return pt.is(j, lex.Passive)
}

// inDocumentClause reports whether the words from item s to v are in a
// clause about a document: "a cable in which she described", "the cables,
// which describe".
func inDocumentClause(pt *paraText, s, v int) bool {
	for k := s + 1; k < v; k++ {
		if !pt.isWord(k, "which") {
			continue
		}
		// "a cable issued by the secretary of state in which she": the
		// document and the phrases after it
		for d := k - 1; d >= s && d >= k-10 && pt.items[d].tok >= 0 && !pt.isWord(d, ".") && !pt.isVerbAt(d); d-- {
			if pt.is(d, lex.Doc) {
				return true
			}
		}
	}
	return false
}

// labelledBy returns the verb that labels the quote of case k, when its
// subject writes the cables: the diplomats as a body, a document, a clause
// about one, or an ambassador; else -1.
func (k *quoteCase) labelledBy() (v int, src source) {
	c := &k.c
	v = labelBefore(c.pt, c.qi)
	if v < 0 || passiveAt(c.pt, v) {
		return -1, source{}
	}
	s := c.pt.sent[c.qi]
	if describerAt(c.pt, s, s+1) {
		// "Diplomats talked of the premier as … and described": the
		// sentence's subject, whoever its clauses name
		return v, source{kind: srcOther, at: s}
	}
	src = k.a.subjectOf(c.pt, v, s, s)
	if p, at := whoClause(c.pt, v); p >= 0 {
		src = source{kind: srcPerson, person: p, at: at}
	}
	switch {
	case src.kind == srcDoc, inDocumentClause(c.pt, s, v):
	case src.kind == srcOther && describerAt(c.pt, s, src.at):
	case src.personish():
		if p := k.a.resolve(c.pt, c.first, src); p < 0 || !k.a.writer(p) && !officerBetween(c.pt, src.at, v) {
			return -1, source{}
		}
	default:
		return -1, source{}
	}
	return v, src
}

// whoClause returns the person a relative clause whose verb is at item v
// is about, and where they are named: "Ambassador Jane Ruiz, who
// describes"; or -1.
func whoClause(pt *paraText, v int) (int, int) {
	j := v - 1
	if !pt.isWord(j, "who") {
		return -1, -1
	}
	j--
	if pt.isWord(j, ",") {
		j--
	}
	return pt.personAt(j), j
}

// pinnedByWriters: the quote is a label the cables' writers as a body or a
// document pin ("Diplomats talked of the premier as … and described the
// minister as “…”"): nobody named speaks it, not the person described.
func (k *quoteCase) pinnedByWriters() (speaking, string, bool) {
	c := &k.c
	v, src := k.labelledBy()
	if v < 0 || src.personish() || !k.a.docsWithin(c.pt, c.qi, c.first) {
		return speaking{}, "", false
	}
	return speaking{person: -1}, wordsAround(c.pt, v), true
}

// writerPinsTheLabel: the quote is a label someone who writes the cables
// pins ("Ambassador Jane Ruiz, who calls the minister “…”", "a cable in
// which she described him as “…”"): the writer speaks, whatever document
// the sentence names first.
func (k *quoteCase) writerPinsTheLabel() (speaking, string, bool) {
	c := &k.c
	v, src := k.labelledBy()
	if v < 0 || !src.personish() || !k.a.docsWithin(c.pt, c.qi, c.first) {
		return speaking{}, "", false
	}
	return speaking{person: k.a.resolve(c.pt, c.first, src), byCue: true}, wordsAround(c.pt, v), true
}

// documentTellsOfSomeone: a document tells of the person the cue before
// the quote names ("A description of Omar Qadir said he kept a “…”"): the
// document's author speaks, if the story names one, not the person.
func (k *quoteCase) documentTellsOfSomeone() (speaking, string, bool) {
	c := &k.c
	if !c.before.found || !c.before.src.personish() {
		return speaking{}, "", false
	}
	v, d := k.a.documentTells(c.pt, c.qi)
	if v < 0 || c.before.src.at <= d || c.before.src.at >= v {
		return speaking{}, "", false
	}
	who := -1
	if doc := k.a.docNear(c.first, d); doc >= 0 {
		who = k.a.docs[doc].author
	}
	return speaking{person: who}, wordsAround(c.pt, v), true
}

// passiveLabel: the quote is a label pinned in the passive ("is praised
// as", "was nicknamed") in a story that named a document before it, by
// no one the sentence names ("was called “…” by protesters" is theirs),
// and nothing sets the sentence in speech.
func (k *quoteCase) passiveLabel() (string, bool) {
	c := &k.c
	v := labelBefore(c.pt, c.qi)
	if v < 0 || !passiveAt(c.pt, v) || c.pt.isWord(c.qi+1, "by") || !k.a.docsWithin(c.pt, c.qi, c.first) || k.a.spokenCue(c) {
		return "", false
	}
	return wordsAround(c.pt, v), true
}

// writersLabel: the quote is a label the cables' writers pin ("Diplomats
// described him as", "a cable in which she described him as", "the
// ambassador calls him") in a story that named a document lately.
func (k *quoteCase) writersLabel() (string, bool) {
	c := &k.c
	v, _ := k.labelledBy()
	if v < 0 || !k.a.docsWithin(c.pt, c.qi, c.first) || k.a.spokenCue(c) {
		return "", false
	}
	return wordsAround(c.pt, v), true
}

// documentTells returns the item of a verb before item qi in its sentence
// whose subject is a document ("one cable that said", "the memo
// indicated", "A description of the minister said"), and the item where
// the document is named; -1 if none. Someone who speaks of the document
// first speaks the words ("Assange said the documents revealed “…”").
func (a *attributor) documentTells(pt *paraText, qi int) (v, doc int) {
	s := pt.sent[qi]
	for k := s; k < qi; k++ {
		if pt.items[k].tok < 0 {
			continue
		}
		if !pt.is(k, lex.Report) && !docTellingVerbs[pt.word(k)] {
			continue
		}
		if d := docSubject(pt, k); d >= 0 {
			return k, d
		}
		if pt.isVerbAt(k) && a.subjectOf(pt, k, s, s).personish() {
			return -1, -1
		}
	}
	return -1, -1
}

// docSubject returns the item of the document noun that is the subject
// of the verb at item k, or -1: "cable says", "cable that said", "note
// says", "description of Omar Qadir said".
func docSubject(pt *paraText, k int) int {
	j := k - 1
	if w := pt.word(j); w == "that" || w == "which" {
		j--
	}
	for j > 0 && pt.is(j, lex.Skip|lex.Passive) && j > k-4 {
		j--
	}
	if docHeadAt(pt, j) {
		return j
	}
	// "A description of Omar Qadir said", "Another cable from the
	// embassy in Tarsis in 2007 raised": a head and the phrases after it
	for o := j; o > 0 && o >= k-10 && pt.items[o].tok >= 0 && !pt.isPunctAt(o) && !pt.isVerbAt(o) &&
		!pt.is(o, lex.Clause) && !conjunctions[pt.word(o)]; o-- {
		// (not "read the cables on Monday and called", "a cable in
		// which he complains")
		if pt.is(o, lex.Prep) && docHeadAt(pt, o-1) {
			return o - 1
		}
	}
	return -1
}

func docHeadAt(pt *paraText, j int) bool {
	return pt.is(j, lex.Doc) || docHeads[pt.word(j)]
}

// documentTellsBefore: a document is the subject of a verb earlier in the
// quote's sentence ("one cable that said officials had “…”", "the memo
// indicated the ministry had “…”"), and nothing sets the sentence in
// speech.
func (k *quoteCase) documentTellsBefore() (string, bool) {
	c := &k.c
	v, _ := k.a.documentTells(c.pt, c.qi)
	if v < 0 || k.a.spokenCue(c) {
		return "", false
	}
	return wordsAround(c.pt, v), true
}

// describerAt reports whether the unnamed subject ending at item at names
// the cables' writers as a body: "Diplomats", "the embassy's officers".
func describerAt(pt *paraText, s, at int) bool {
	for j := max(s, at-3); j <= at; j++ {
		if describers[strings.ToLower(pt.word(j))] {
			return true
		}
	}
	return false
}

// Speech stays speech: someone quoted by a newspaper or an agency, even
// disputing a cable ("Qadir was quoted by the Harbour Times disputing the
// cable: “…”"), speaks the words.

// quotedByPress reports whether the quote's sentence says someone was
// quoted, before the quote and not through a document ("X was quoted by
// the agency as saying"), and returns the person, or -1 when the story
// does not name them.
func (a *attributor) quotedByPress(pt *paraText, qi, pi int) (int, bool) {
	s := pt.sent[qi]
	for k := qi - 1; k > s; k-- {
		if pt.items[k].tok < 0 {
			return -1, false
		}
		if !pt.isWord(k, "quoted") || !passiveAt(pt, k) {
			continue
		}
		for j := k + 2; pt.isWord(k+1, "by") && j < qi && j <= k+5; j++ {
			if pt.is(j, lex.Doc) || docLikeNouns[pt.word(j)] {
				return -1, false // "quoted by the embassy's cable"
			}
			if pt.isPunctAt(j) || pt.is(j, lex.Prep|lex.Clause) || strings.HasSuffix(pt.word(j), "ing") {
				break
			}
		}
		aux := k - 1
		for aux > s && !pt.is(aux, lex.Passive) {
			aux-- // "was also quoted"
		}
		switch src := a.subjectOf(pt, aux, s, s); {
		case src.personish():
			return a.resolve(pt, pi, src), true
		case src.kind == srcOther:
			return -1, true
		}
		return -1, false
	}
	return -1, false
}

// quotedByThePress: the quote's sentence says someone was quoted by the
// press, not by a document: they speak the words.
func (k *quoteCase) quotedByThePress() (speaking, string, bool) {
	c := &k.c
	p, _ := k.a.quotedByPress(c.pt, c.qi, c.first)
	if p < 0 {
		return speaking{}, "", false
	}
	return speaking{person: p, byCue: true}, wordsBefore(c.pt, c.qi), true
}

// quotedInThePress: the quote's sentence says someone was quoted by the
// press, not by a document: the words are speech, whatever cable the
// sentence names.
func (k *quoteCase) quotedInThePress() (string, bool) {
	c := &k.c
	if _, ok := k.a.quotedByPress(c.pt, c.qi, c.first); !ok {
		return "", false
	}
	return wordsBefore(c.pt, c.qi), true
}

// speakerOfParagraphBefore: a paragraph that opens with a quote no cue
// attributes goes on with the speaker of the quote that closed the
// paragraph before ("“…,” the envoy said.¶“…”"): a speaker's words run
// over paragraphs.
func (k *quoteCase) speakerOfParagraphBefore() (speaking, string, bool) {
	c, a, q := &k.c, k.a, k.q
	if q == 0 || c.qi != 0 || c.first == 0 || !noCue(c) || c.before.found || a.speaker[q-1] < 0 {
		return speaking{}, "", false
	}
	if c.first == c.last && !c.ptL.quoteEndsSentence(c.qiL) {
		return speaking{}, "", false // a quoted heading: ‘Envoy wanted the port’
	}
	prev := a.paras[c.first-1]
	spans := a.found[q-1].Spans
	if spans[len(spans)-1].Paragraph != c.first-1 {
		return speaking{}, "", false
	}
	pq := prev.quoteItem(q - 1)
	if pq < 0 || prev.sentenceEnd(pq) < len(prev.items) {
		return speaking{}, "", false // another sentence closes the paragraph
	}
	return speaking{person: a.speaker[q-1]}, a.quoteStart(q - 1), true
}

// Words told to Americans: what someone "told U.S. diplomats", "told the
// American ambassador" or "told the Americans" is known from the cables
// that recorded it.

// americanWords make the one told an American official.
var americanWords = lex.MustSet(words, "words/american-words.txt")

// toldAmericans returns the item of "told" or "telling" before item qi in
// its sentence whose object is American ("told a senior U.S. official",
// "telling the Americans"), or -1.
func toldAmericans(pt *paraText, qi int) int {
	for k := pt.sent[qi]; k < qi; k++ {
		if !pt.isWord(k, "told") && !pt.isWord(k, "telling") {
			continue
		}
		for j := k + 1; j < qi && j <= k+4 && !pt.isPunctAt(j) || pt.isWord(j, "."); j++ {
			// ("U.S." may stand as "U.S" and ".")
			if americanWords[strings.ToLower(pt.word(j))] {
				return k
			}
		}
	}
	return -1
}

// toldTheAmericans: the quote's sentence says someone told American
// officials the words, in a story that named a document before, and
// nothing sets the sentence in speech.
func (k *quoteCase) toldTheAmericans() (string, bool) {
	c := &k.c
	t := toldAmericans(c.pt, c.qi)
	if t < 0 || !k.a.docsWithin(c.pt, c.qi, c.first) || k.a.spokenCue(c) {
		return "", false
	}
	return wordsAround(c.pt, t), true
}

// writtenBy are the verbs that say who wrote a document, not only who
// sent or signed it: an ambassador signs every cable of the embassy.
var writtenBy = lex.MustSet(words, "words/written-by.txt")

// documentAuthor: the cue names a document as the source ("Beyrle's cable
// says", "said a cable written by the ambassador, Gene Cretz") and the
// story says who wrote it: the writer speaks.
func (k *quoteCase) documentAuthor() (speaking, string, bool) {
	c := &k.c
	for _, cc := range []struct {
		cue cue
		pi  int
	}{{c.after, c.last}, {c.before, c.bpi}} {
		if !cc.cue.found || cc.cue.src.kind != srcDoc {
			continue
		}
		if d := k.a.docNear(cc.pi, cc.cue.src.at); d >= 0 && k.a.docs[d].writer >= 0 {
			return speaking{person: k.a.docs[d].writer}, wordsAround(k.a.paras[cc.pi], cc.cue.src.at), true
		}
	}
	return speaking{}, "", false
}

// A frame after the quote: "“…”, according to an account of the
// meeting", "“…,” as reported in a Feb. 26 cable".

// frameAfter returns the item after quote item qi, in its sentence, where
// a phrase places the words in a document, or -1.
func frameAfter(pt *paraText, qi int) int {
	e := pt.sentenceEnd(qi)
	for k := qi + 1; k < e; k++ {
		from := -1
		switch {
		case pt.isWord(k, "according") && pt.isWord(k+1, "to"):
			from = k + 2
		case pt.isWord(k, "as") && reportedAs[pt.word(k+1)] && (pt.isWord(k+2, "in") || pt.isWord(k+2, "by")):
			from = k + 3
		case pt.isWord(k, "or") && pt.isWord(k+1, "so"):
			from = k + 2 // "“…”, or so the embassy told Washington"
		}
		for j := from; from > 0 && j < e && j < from+8 && pt.items[j].tok >= 0; j++ {
			if pt.is(j, lex.Doc) || docLikeNouns[pt.word(j)] || describers[pt.word(j)] {
				return k
			}
			if pt.is(j, lex.Clause) || pt.isVerbAt(j) {
				break
			}
		}
	}
	return -1
}

// reportedAs are the participles of "as reported in a cable".
var reportedAs = lex.MustSet(words, "words/reported-as.txt")

// documentFrameAfter: a phrase later in the quote's sentence places its
// words in a document ("“…” and “…”, according to an account of the
// meeting", "as reported in a 2009 cable"), and nothing sets the sentence
// in speech.
func (k *quoteCase) documentFrameAfter() (string, bool) {
	c := &k.c
	f := frameAfter(c.ptL, c.qiL)
	if f < 0 || k.a.spokenCue(c) {
		return "", false
	}
	return wordsAround(c.ptL, f), true
}

// soCalled reports a quote the story gives as a name ("the so-called
// “Harbour Papers”"): nobody's words, neither a cable's nor speech.
func soCalled(pt *paraText, qi int) bool {
	return qi > 0 && (pt.isWord(qi-1, "so-called") || pt.isWord(qi-1, "called") && pt.isWord(qi-2, "so"))
}

// soCalledName: the quote is a name the story gives ("the so-called
// “Harbour Papers”"), not a passage of the documents around it.
func (k *quoteCase) soCalledName() (string, bool) {
	c := &k.c
	if !soCalled(c.pt, c.qi) {
		return "", false
	}
	return wordsBefore(c.pt, c.qi), true
}

// soCalledHasNoSpeaker: a name the story gives ("the so-called “…”") is
// not the words of whoever spoke before it.
func (k *quoteCase) soCalledHasNoSpeaker() (speaking, string, bool) {
	c := &k.c
	if !soCalled(c.pt, c.qi) {
		return speaking{}, "", false
	}
	return speaking{person: -1}, wordsBefore(c.pt, c.qi), true
}

// namedBody reports whether the word of a spoken setting at item k, in a
// sentence from item s, names a body rather than a setting: "the
// Conference on Disarmament" (not "a Conference on Monday").
func namedBody(pt *paraText, s, k int) bool {
	t, ok := pt.tok(k)
	if !ok || !t.Cap || k == s || !pt.isWord(k+1, "on") {
		return false
	}
	n, ok := pt.tok(k + 2)
	return ok && n.Cap && !lex.Weekdays[strings.ToLower(pt.word(k+2))] && pt.dateEnd(k+2) == k+2
}

// framedParagraphBefore: no cue attributes the quote, it opens its
// paragraph, and the paragraph before closes with a sentence framed as a
// document's ("According to the leaked cables, the talks took place in
// May.¶“The minister noted …”"): the passage the frame announced.
func (k *quoteCase) framedParagraphBefore() (string, bool) {
	c := &k.c
	if !noCue(c) || c.qi != 0 || c.first == 0 || k.a.speaker[k.q] >= 0 {
		return "", false
	}
	prev := k.a.paras[c.first-1]
	n := len(prev.items)
	if n == 0 {
		return "", false
	}
	s := prev.sent[n-1]
	f := k.a.sentenceFrame(prev, s, n)
	if f < 0 || spokenSetting(prev, s, n) {
		return "", false
	}
	return wordsAround(prev, f), true
}

// unnamedAfter: the cue after the quote gives it to someone unnamed
// ("“…,” said one senior official"): they speak, not the person the words
// before the quote name.
func (k *quoteCase) unnamedAfter() (speaking, string, bool) {
	c := &k.c
	if !c.after.found || c.after.passive || c.after.src.kind != srcOther || c.after.verb == "according to" {
		return speaking{}, "", false
	}
	j := c.qiL + 1
	if c.ptL.isWord(j, ",") {
		j++
	}
	if !c.ptL.isVerbAt(j) && !indefinite[c.ptL.word(j)] {
		return speaking{}, "", false // "“…” what people said about him": a clause of its own
	}
	return speaking{person: -1}, wordsAfter(c.ptL, c.qiL), true
}

// listGoesOn reports whether the quote at item i ends in a semicolon
// inside its marks ("as “anti-American melodrama;” encouraged X to …"):
// the sentence's list goes on, and what follows is no cue of the quote.
func (pt *paraText) listGoesOn(i int) bool {
	q := int(pt.items[i].quote)
	for t := len(pt.toks) - 1; t >= 0; t-- {
		if int(pt.at[t].quote) != q {
			continue
		}
		if w := pt.toks[t].Text(pt.text); w != ";" && !pt.toks[t].Word && strings.ContainsAny(w, "\"'“”‘’«»") {
			continue // the closing mark
		}
		return pt.toks[t].Text(pt.text) == ";"
	}
	return false
}

// listGoesOnAfter: the quote ends in a semicolon inside its marks; what
// follows is the next item of the sentence's list, no cue of the quote.
func (k *afterCase) listGoesOnAfter() (cue, string, bool) {
	return cue{}, "", k.pt.listGoesOn(k.qi)
}

// datedDocument reports whether the words from item j, before item e, are
// a document with its date before its noun, set off by commas: "the May
// 27, 2009, cable".
func datedDocument(pt *paraText, j, e int) bool {
	if pt.is(j, lex.Determiner) {
		j++
	}
	d := pt.dateEnd(j)
	if d == j {
		return false
	}
	if pt.isWord(d, ",") {
		d++
	}
	return d < e && (pt.is(d, lex.Doc) || pt.is(d+1, lex.Doc) && d+1 < e)
}

// Whom someone tells is not who speaks: in "X told Y he feared “…”" the
// pronoun after the one told stands for X; a quote that is the one told
// ("had told “a senior official” to “…”") is nobody's words.

// tellingVerbs take the one told as their object.
var tellingVerbs = lex.MustSet(words, "words/telling-verbs.txt")

// teller returns the subject of the verb that tells the person named right
// before item p ("Zardari told Vice President Joe Biden he"), or an empty
// source.
func (a *attributor) teller(pt *paraText, p int) source {
	j := p - 1
	if pt.personAt(j) < 0 {
		return source{}
	}
	s := pt.sent[p]
	for ; j > s && j >= p-8; j-- {
		if tellingVerbs[pt.word(j)] {
			return a.subjectOf(pt, j, s, s)
		}
		if t, ok := pt.tok(j); !ok || !t.Cap && !pt.is(j, lex.Determiner) {
			return source{} // the one told is a name and its titles
		}
	}
	return source{}
}

// toldThenPronoun: the cue before the quote names a pronoun right after
// someone told ("Qadir told Ambassador Jane Ruiz he feared “…”"): the
// pronoun stands for the one who told, not the one told.
func (k *quoteCase) toldThenPronoun() (speaking, string, bool) {
	c := &k.c
	if c.place != inSentence || !c.before.found || c.before.src.kind != srcPronoun {
		return speaking{}, "", false
	}
	src := k.a.teller(c.bpt, c.before.src.at)
	if !src.personish() || src.kind == srcPronoun {
		return speaking{}, "", false
	}
	return speaking{person: k.a.resolve(c.bpt, c.bpi, src), byCue: true}, wordsBefore(c.bpt, c.bqi), true
}

// theOneTold: the quote stands right after a verb of telling and before
// "to" or "that": it is the one told, nobody's words.
func (k *quoteCase) theOneTold() (speaking, string, bool) {
	c := &k.c
	if c.qi < 1 || !tellingVerbs[c.pt.word(c.qi-1)] || !c.pt.isWord(c.qi+1, "to") && !c.pt.isWord(c.qi+1, "that") {
		return speaking{}, "", false
	}
	return speaking{person: -1}, wordsBefore(c.pt, c.qi), true
}

// toldToQuote: the quote follows a quote that was the one told ("had
// told “a senior official” to “…”"): the one who told speaks it.
func (k *quoteCase) toldToQuote() (speaking, string, bool) {
	c := &k.c
	if c.prevQ < 0 {
		return speaking{}, "", false
	}
	pq := c.pt.quoteItem(c.prevQ)
	if pq < 1 || pq+2 != c.qi || !tellingVerbs[c.pt.word(pq-1)] || !c.pt.isWord(pq+1, "to") && !c.pt.isWord(pq+1, "that") {
		return speaking{}, "", false
	}
	s := c.pt.sent[pq]
	src := k.a.subjectOf(c.pt, pq-1, s, s)
	if !src.personish() {
		return speaking{}, "", false
	}
	return speaking{person: k.a.resolve(c.pt, c.first, src), byCue: true}, wordsBefore(c.pt, pq), true
}

// embassyOfficerReports: the cue's speaker is described, between their
// name and the verb, as one of a mission's diplomats ("Jane Ruiz, the
// deputy chief of mission at the embassy, warned that …"), and the verb
// reports as a cable does: the words are the cable's.
func (k *quoteCase) embassyOfficerReports() (string, bool) {
	c := &k.c
	if k.cueSpeaker < 0 || c.place != inSentence || !c.before.found || !writerReports[c.before.verb] {
		return "", false
	}
	at := c.before.src.at
	for v := at + 1; v < c.qi; v++ {
		if c.pt.isWord(v, c.before.verb) {
			if !officerBetween(c.pt, at, v) {
				return "", false
			}
			return wordsBefore(c.bpt, c.bqi), true
		}
	}
	return "", false
}

// officerBetween reports whether the words between a name at item b and
// its verb at item v place the person at a mission: "the deputy chief of
// mission at the embassy", "who spent three years as ambassador".
func officerBetween(pt *paraText, b, v int) bool {
	officer := false
	for j := b + 1; j < v; j++ {
		w := strings.ToLower(pt.word(j))
		if pressRoles[w] {
			return false // "a spokesman for the embassy" speaks in public
		}
		officer = officer || writerRoles[w] || describers[w]
	}
	return officer
}

// pressRoles speak for a mission in public.
var pressRoles = lex.MustSet(words, "words/press-roles.txt")

// describedNeverSpeaks: the cue before the quote would give it to the
// person its label is pinned on ("the envoy called Vell “…”", with no
// envoy named): the one described never speaks the label.
func (k *quoteCase) describedNeverSpeaks() (speaking, string, bool) {
	c := &k.c
	if c.place != inSentence || !c.before.found || !c.before.src.personish() {
		return speaking{}, "", false
	}
	v := labelBefore(c.pt, c.qi)
	if v < 0 {
		return speaking{}, "", false
	}
	p := k.a.resolve(c.bpt, c.bpi, c.before.src)
	for j := v + 1; p >= 0 && j < c.qi; j++ {
		if c.pt.personAt(j) == p {
			return speaking{person: -1}, wordsAround(c.pt, v), true
		}
	}
	return speaking{}, "", false
}

// frameNextSentence: no cue attributes the quote, it ends its sentence,
// and the short sentence after it names the document it comes from ("So
// runs one American portrait of him.", "That is how one embassy cable put
// it.").
func (k *quoteCase) frameNextSentence() (string, bool) {
	c := &k.c
	pt, qi := c.ptL, c.qiL
	if !noCue(c) || k.a.speaker[k.q] >= 0 || qi < 0 {
		return "", false
	}
	s := pt.sentenceEnd(qi)
	if s >= len(pt.items) {
		return "", false
	}
	e := pt.sentenceEnd(s)
	if e-s > maxFrameSentence {
		return "", false
	}
	for j := s; j < e; j++ {
		if pt.items[j].tok < 0 {
			return "", false // a quote of its own
		}
		if pt.is(j, lex.Doc) || docLikeNouns[pt.word(j)] {
			return wordsAround(pt, j), true
		}
	}
	return "", false
}

// maxFrameSentence is how many words a sentence that only says where the
// quote before it comes from may have.
const maxFrameSentence = 14

// mentionNouns mention a quote as words: "the phrase “…”".
var mentionNouns = lex.MustSet(words, "words/mention-nouns.txt")

// phraseMentioned: no cue attributes the quote, the story mentions it as
// words ("The phrase “…” grabbed the headlines") and it named a document
// before: the words are the documents'.
func (k *quoteCase) phraseMentioned() (string, bool) {
	c := &k.c
	if c.qi < 1 || !noCue(c) || k.a.speaker[k.q] >= 0 || !mentionNouns[strings.ToLower(c.pt.word(c.qi-1))] ||
		!k.a.docsWithin(c.pt, c.qi, c.first) {
		return "", false
	}
	return wordsBefore(c.pt, c.qi), true
}
