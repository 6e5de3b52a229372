package attrib

import (
	"strings"

	"cables/content/lex"
	"cables/content/quotes"
)

// Speech stays speech, and who speaks: someone quoted by the press, a
// speaker whose words run over paragraphs, someone unnamed right after the
// quote, the one told who is not the teller, a list that goes on.

// Speech stays speech: someone quoted by a newspaper or an agency, even
// disputing a cable ("Qadir was quoted by the Harbour Times disputing the
// cable: “…”"), speaks the words.

// quotedByPress reports whether the quote's sentence says someone was
// quoted, before the quote and not through a document ("X was quoted by
// the agency as saying"; not "X is quoted as telling the U.S. ambassador",
// words the cables recorded; nor "X is quoted telling", the present a
// story gives what a document holds), and returns the person, or -1 when the story
// does not name them.
func (a *attributor) quotedByPress(pt *paraText, qi, pi int) (int, bool) {
	s := pt.sentStart(qi)
	for k := qi - 1; k > s && k >= qi-pressReach; k-- {
		if pt.items[k].tok < 0 {
			return -1, false
		}
		if !pt.is(k, lex.Report) || !pt.isWord(k, "quoted") || !passiveAt(pt, k) {
			continue
		}
		if pt.isWord(k+1, "as") && toldAmerican(pt, k+2, qi) {
			return -1, false // "quoted as telling the U.S. ambassador": through the cables
		}
		for j := k + 2; (pt.isWord(k+1, "by") || pt.isWord(k+1, "in")) && j < qi && j <= k+5; j++ {
			if pt.is(j, lex.Doc) || pt.in(j, docLikeNounMark) {
				return -1, false // "quoted by the embassy's cable", "quoted in a leaked cable"
			}
			if pt.isPunctAt(j) || pt.is(j, lex.Prep|lex.Clause) || strings.HasSuffix(pt.word(j), "ing") {
				break
			}
		}
		aux := k - 1
		for aux > s && !pt.is(aux, lex.Passive) {
			aux-- // "was also quoted"
		}
		if (pt.isWord(aux, "is") || pt.isWord(aux, "are")) && !pt.isWord(k+1, "by") {
			return -1, false // "Qadir is quoted telling the minister": the present of what a document holds
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

// pressReach is how far before the quote "was quoted" may stand.
const pressReach = 20

// quotedByThePress: the quote's sentence says someone was quoted by the
// press, not by a document: they speak the words.
func (k *quoteCase) quotedByThePress() (speaking, string, bool) {
	c := &k.c
	p, _ := k.press()
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
	if _, ok := k.press(); !ok {
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
	if c.first == c.last && !c.ptL.quoteEndsSentence(c.qiL) && !(unclosed(a.found[q]) && c.last == len(a.paras)-1) {
		return speaking{}, "", false // a quoted heading: ‘Envoy wanted the port’ (not words the page cuts off)
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

// unclosed reports a quote never closed: the page stops in its words
// ("“Our discussions on this matter have cent").
func unclosed(f quotes.Found) bool {
	return f.CloseEnd == f.Spans[len(f.Spans)-1].End
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
	if !c.ptL.isVerbAt(j) && !c.ptL.in(j, indefiniteMark) {
		return speaking{}, "", false // "“…” what people said about him": a clause of its own
	}
	if strings.HasSuffix(c.ptL.word(j), "ing") {
		// "“…,” saying that Brazil …": a participle goes on for the
		// sentence's subject, it names no one else
		return speaking{}, "", false
	}
	return speaking{person: -1}, wordsAfter(c.ptL, c.aqi), true
}

// listGoesOn reports whether the quote at item qi of paragraph pt ends in
// a semicolon inside its marks ("as “anti-American melodrama;” encouraged
// X to …"): the sentence's list goes on, and what follows is no cue of the
// quote.
func (a *attributor) listGoesOn(pt *paraText, qi int) bool {
	if pt.items[qi].tok >= 0 {
		return false // a comma the cue is read after (cueEndingSentence)
	}
	f := &a.found[pt.items[qi].quote()]
	sp := f.Spans[len(f.Spans)-1]
	if sp.Paragraph != pt.pi || sp.End > len(pt.text) {
		return false
	}
	return strings.HasSuffix(strings.TrimRight(pt.text[sp.Start:sp.End], " "), ";")
}

// listGoesOnAfter: the quote ends in a semicolon inside its marks; what
// follows is the next item of the sentence's list, no cue of the quote.
func (k *afterCase) listGoesOnAfter() (cue, string, bool) {
	return cue{}, "", k.a.listGoesOn(k.pt, k.qi)
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
	s := pt.sentStart(p)
	for ; j > s && j >= p-8; j-- {
		if pt.in(j, tellingVerbMark) {
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
	if c.qi < 1 || !c.pt.in(c.qi-1, tellingVerbMark) || !c.pt.isWord(c.qi+1, "to") && !c.pt.isWord(c.qi+1, "that") {
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
	if pq < 1 || pq+2 != c.qi || !c.pt.in(pq-1, tellingVerbMark) || !c.pt.isWord(pq+1, "to") && !c.pt.isWord(pq+1, "that") {
		return speaking{}, "", false
	}
	s := c.pt.sentStart(pq)
	src := k.a.subjectOf(c.pt, pq-1, s, s)
	if !src.personish() {
		return speaking{}, "", false
	}
	return speaking{person: k.a.resolve(c.pt, c.first, src), byCue: true}, wordsBefore(c.pt, pq), true
}

// appositiveLeftOpen: the cue's subject is an unnamed phrase that ends a
// long description of a person named before it, set off by a comma that
// never closes ("X, the director general, defence and intelligence of the
// Foreign Office expressed satisfaction that …"): the person speaks.
func (k *quoteCase) appositiveLeftOpen() (speaking, string, bool) {
	c := &k.c
	if c.place != inSentence || !c.before.found || c.before.src.kind != srcOther || c.before.passive {
		return speaking{}, "", false
	}
	pt, at := c.bpt, c.before.src.at
	if writersSubject(pt, at) {
		return speaking{}, "", false // "X, a friend of Washington, whose diplomats dubbed him": theirs
	}
	for j := at; j+1 < c.bqi; j++ {
		if pt.isWord(j, ",") && (pt.isWord(j+1, "is") || pt.isWord(j+1, "was")) {
			return speaking{}, "", false // "X, the ruler of …, is a “…” ruler": X is described
		}
	}
	for j := pt.sentStart(c.qi); j < at; j++ {
		p := pt.personAt(j)
		if p < 0 || pt.personAt(j+1) == p {
			continue
		}
		if !pt.isWord(j+1, ",") || !pt.is(j+2, lex.Determiner) {
			return speaking{}, "", false // the first name is no subject with a description
		}
		return speaking{person: p, byCue: true}, wordsAround(pt, j), true
	}
	return speaking{}, "", false
}

// writersSubject reports whether the unnamed subject phrase that ends at
// item at is the writers of the cables, or a clause of whose ("whose
// diplomats have often dubbed him"): the subject is no description of
// the person named before it.
func writersSubject(pt *paraText, at int) bool {
	for j := at; j >= 0 && j > at-4 && !pt.isPunctAt(j); j-- {
		if pt.in(j, describerMark) || pt.isWord(j, "whose") {
			return true
		}
	}
	return false
}
