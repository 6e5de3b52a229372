package attrib

import (
	"strings"

	"cables/content/lex"
)

// Who speaks when no cue's subject does: the one a document reports
// saying ("“…,” it reports him saying"), someone in "what a US diplomat
// called the “…”", and nobody for a word that says how someone spoke
// ("replied “pointedly” that").

// sayingReach is how far after a quote "him saying" may stand: "“…,” the
// cable reports him as saying".
const sayingReach = 8

// reportsSaying: the cue after the quote is a document that reports
// someone saying the words ("“…,” it reports him saying", "“…,” the cable
// quotes Qadir as saying"): they speak.
func (k *quoteCase) reportsSaying() (speaking, string, bool) {
	c := &k.c
	if !c.after.found || c.after.src.kind != srcDoc {
		return speaking{}, "", false
	}
	pt := c.ptL
	e := min(pt.sentenceEnd(c.qiL), c.qiL+sayingReach)
	for j := c.qiL + 2; j < e; j++ {
		if pt.items[j].tok < 0 {
			break
		}
		if !pt.isWord(j, "saying") {
			continue
		}
		o := j - 1
		if pt.isWord(o, "as") {
			o--
		}
		if p := pt.personAt(o); p >= 0 {
			return speaking{person: p, byCue: true}, wordsAround(pt, o), true
		}
		if w := pt.word(o); w == "him" || w == "her" {
			p := k.a.lastNamed(pt, o, pronounFit{a: k.a, word: subjectPronoun[w]})
			return speaking{person: p, byCue: true}, wordsAround(pt, o), p >= 0
		}
		break
	}
	return speaking{}, "", false
}

// lastNamed returns the person named last before item at of paragraph
// pt, or in the paragraph before, who fits: the one a document just quoted
// or described, whatever their place in the sentence; -1 if none.
func (a *attributor) lastNamed(pt *paraText, at int, f pronounFit) int {
	for k := at - 1; k >= 0; k-- {
		if p := pt.personAt(k); p >= 0 && f.fits(p) {
			return p
		}
	}
	if pt.pi == 0 {
		return -1
	}
	prev := a.paras[pt.pi-1]
	for k := len(prev.items) - 1; k >= 0; k-- {
		if p := prev.personAt(k); p >= 0 && f.fits(p) {
			return p
		}
	}
	return -1
}

// subjectPronoun is the subject form of an object pronoun.
var subjectPronoun = map[string]string{"him": "he", "her": "she"}

// whatReach is how many words "what" may stand before the verb of "what a
// US diplomat called".
const whatReach = 6

// whatSomeoneCalled: the quote is what someone called a thing ("in what a
// US diplomat called the “…”", "what Qadir termed “…”"): the one in that
// clause speaks, nobody when they are unnamed; not the subject of the
// sentence around it.
func (k *quoteCase) whatSomeoneCalled() (speaking, string, bool) {
	c := &k.c
	pt, v := c.pt, c.qi-1
	if pt.is(v, lex.Determiner) {
		v--
	}
	if !pt.is(v, lex.Report) || !pt.in(v, labelVerbMark) {
		return speaking{}, "", false
	}
	for w := v - 1; w >= pt.sentStart(c.qi) && w >= v-whatReach; w-- {
		if pt.isPunctAt(w) {
			break
		}
		if !pt.isWord(w, "what") {
			continue
		}
		for j := w + 1; j < v; j++ {
			if p := pt.personAt(j); p >= 0 {
				return speaking{person: p, byCue: true}, wordsAround(pt, w), true
			}
			if he := pt.word(j); he == "he" || he == "she" {
				// "what he called": the one "he" stands for
				return speaking{person: k.a.pronoun(pt, c.first, j, he), byCue: true}, wordsAround(pt, w), true
			}
		}
		return speaking{person: -1}, wordsAround(pt, w), true
	}
	return speaking{}, "", false
}

// mannerWord: the quote is one word that says how someone spoke, right
// after the verb ("replied “pointedly” that"): the writer's word for the
// manner, nobody's words.
func (k *quoteCase) mannerWord() (speaking, string, bool) {
	c := &k.c
	if !k.a.manner(c.pt, c.qi) {
		return speaking{}, "", false
	}
	return speaking{person: -1}, wordsBefore(c.pt, c.qi), true
}

// manner reports whether the quote at item qi of paragraph pt is one word
// ending in "-ly" right after a reporting verb ("replied “pointedly”").
func (a *attributor) manner(pt *paraText, qi int) bool {
	if !pt.isVerbAt(qi - 1) {
		return false
	}
	f := &a.found[pt.items[qi].quote()]
	if len(f.Spans) != 1 || f.Spans[0].End > len(pt.text) {
		return false
	}
	sp := f.Spans[0]
	text := strings.Trim(strings.TrimSpace(pt.text[sp.Start:sp.End]), "“”\"‘’',.")
	return !strings.ContainsAny(text, " -") && strings.HasSuffix(text, "ly")
}

// whoSaid: the quote follows a relative clause about someone named right
// before it ("Admiral Omar Qadir, who exclaimed “…”"): they speak, not the
// subject of the sentence around it.
func (k *quoteCase) whoSaid() (speaking, string, bool) {
	c := &k.c
	pt, v := c.pt, c.qi-1
	if !pt.isVerbAt(v) && !pt.isVerbAt(v-1) {
		return speaking{}, "", false // (the common case, read fast)
	}
	if t, ok := pt.tok(v); ok && !t.Word {
		v-- // "who said: “…”"
	}
	if !pt.isVerbAt(v) || !pt.isWord(v-1, "who") || !pt.isWord(v-2, ",") {
		return speaking{}, "", false
	}
	p := pt.personAt(v - 3)
	if p < 0 {
		return speaking{}, "", false
	}
	return speaking{person: p, byCue: true}, wordsAround(pt, v-1), true
}

// mannerBefore returns, when the quote at item pq of paragraph pi was a
// word of manner ("replied “pointedly” that he had “…”"), the person its
// cue names, and whether it was.
func (a *attributor) mannerBefore(pt *paraText, pi, pq int) (int, bool) {
	if !a.manner(pt, pq) {
		return -1, false
	}
	b := a.beforeCue(pt, pq)
	if !b.found || !b.src.personish() {
		return -1, true
	}
	return a.resolve(pt, pi, b.src), true
}

// quotedVerbReach is how many words may stand between a quoted verb and
// the quote it introduces: "“often urged” Washington's envoys “…”".
const quotedVerbReach = 4

// subjectOfQuotedVerb: the quote before it in the sentence is its verb, set
// in quotation marks right after a name ("King Omar Qadir “often urged”
// Washington “to sink the fleet”"): the one named speaks, though no word
// outside the marks says so.
func (k *quoteCase) subjectOfQuotedVerb() (speaking, string, bool) {
	c := &k.c
	if c.prevQ < 0 {
		return speaking{}, "", false
	}
	pt := c.pt
	pq := pt.quoteItem(c.prevQ)
	if pq < 1 || c.qi-pq > quotedVerbReach+1 || pt.sentStart(pq) != pt.sentStart(c.qi) || !k.a.quotedVerb(pt, pq) {
		return speaking{}, "", false
	}
	for j := pq + 1; j < c.qi; j++ {
		if pt.isPunctAt(j) && !pt.isWord(j, "’s") && !pt.isWord(j, "'s") {
			return speaking{}, "", false
		}
	}
	p := pt.personAt(pq - 1)
	if p < 0 {
		return speaking{}, "", false
	}
	return speaking{person: p, byCue: true}, wordsAround(pt, pq-1), true
}

// quotedVerb reports whether the quote at item qi of paragraph pt is a
// verb of a few words, its last a past tense ("often urged", "frequently
// exhorted").
func (a *attributor) quotedVerb(pt *paraText, qi int) bool {
	f := &a.found[pt.items[qi].quote()]
	if len(f.Spans) != 1 || f.Spans[0].End > len(pt.text) {
		return false
	}
	sp := f.Spans[0]
	text := strings.TrimSpace(strings.Trim(pt.text[sp.Start:sp.End], "“”\"‘’'"))
	return strings.HasSuffix(text, "ed") && strings.Count(text, " ") <= 2
}

// descriptionNouns are someone's description of a person or a thing.
var descriptionNouns = lex.MustSet(words, "words/description-nouns.txt")

// descriptionLen is the length of the shortest description noun ("words").
const descriptionLen = 5

// descriptionReach is how far before the quote "X's description" may
// stand: "Ruiz's description of the minister's hatred of the navy, and
// “…”".
const descriptionReach = 14

// ownerOfDescription: the quote belongs to someone's description named
// before it in its sentence ("Ruiz's alleged description of the minister's
// hatred of the navy, and “visceral contempt” for the port"): the one
// whose description it is speaks, not the one described.
func (k *quoteCase) ownerOfDescription() (speaking, string, bool) {
	c := &k.c
	pt := c.pt
	for o := c.qi - 1; o >= pt.sentStart(c.qi) && o >= c.qi-descriptionReach; o-- {
		// (an owner's name is rarer than a description's noun: read first)
		p := pt.personAt(o)
		if p < 0 || !pt.at[pt.items[o].tok].owner() || pt.personAt(o+1) == p {
			continue
		}
		for j := o + 1; j < c.qi && j <= o+4; j++ {
			t, ok := pt.tok(j)
			if !ok {
				break
			}
			if t.End-t.Start >= descriptionLen && descriptionNouns[pt.word(j)] {
				return speaking{person: p, byCue: true}, wordsAround(pt, j), true
			}
		}
	}
	return speaking{}, "", false
}

// outletNouns say the name after them is a newspaper or an agency.
var outletNouns = lex.OutletNouns
