// Package attrib decides, quote by quote in reading order, who speaks
// (a person of the people index, or nobody named), whether the words are a
// document's or spoken (model.Cable or model.Speech), and which document
// they come from, from the cues around each quote: reporting verbs and
// their subjects, pronouns and titles, and the documents the story names.
package attrib

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"cables/content/internal/arena"
	"cables/content/lex"
	"cables/content/people"
	"cables/content/quotes"
	"cables/content/rule"
	"cables/model"
)

// attributor decides, quote by quote in reading order, who speaks and
// whether the words are a document's.
type attributor struct {
	ix    *people.Index
	paras []*paraText
	found []quotes.Found
	// speaker[q] is the person of quote q, or -1; kind[q] its kind.
	speaker []int
	kind    []model.Kind
	source  []string
	// why[q] holds the rules that decided quote q's speaker, kind and
	// source.
	why []quoteWhy
	// events are the people who spoke or reported, in reading order, up to
	// the paragraph before the one being read: a pronoun with no one to
	// stand for in its own paragraph goes to the last of them.
	events []int
	// docs are the documents the story quotes; docMentions the mentions
	// of them in reading order, those of paragraph pi from docFrom[pi] to
	// docFrom[pi+1].
	docs        []document
	docMentions []docMention
	docFrom     []int
	docSeq      int
	// lastWriter is the speaker of the last cable passage: the author a
	// phrase like "the cable's author" names.
	lastWriter int
	// kindCase is what the kind rules read about the quote being decided.
	kindCase kindCase
}

// attribScratch is what attribute uses only while it runs, kept between
// stories like the token and paragraph arenas.
type attribScratch struct {
	regions [][]region
	count   []int
	flat    []region
	paras   []*paraText
	speaker []int
	kind    []model.Kind
	source  []string
	why     []quoteWhy
	events  []int
}

var attribScratches = sync.Pool{New: func() any { return new(attribScratch) }}

// Attribute fills kind, speaker, source and mentions of the quotes found;
// with explain, also each quote's Why: the rules that decided them.
func Attribute(paras []string, toks [][]lex.Token, ix *people.Index, found []quotes.Found, explain bool) []model.Quote {
	sc := attribScratches.Get().(*attribScratch)
	defer attribScratches.Put(sc)
	// the regions of all paragraphs share one array, each paragraph's in
	// quote order
	regions := arena.Room(sc.regions, len(paras))
	count := arena.Room(sc.count, len(paras)+1)
	clear(count)
	for _, f := range found {
		for _, s := range f.Spans {
			count[s.Paragraph+1]++
		}
	}
	for pi := range paras {
		count[pi+1] += count[pi]
	}
	flat := arena.Room(sc.flat, count[len(paras)])
	for pi := range paras {
		regions[pi] = flat[count[pi]:count[pi]:count[pi+1]]
	}
	for q, f := range found {
		for k, s := range f.Spans {
			rg := region{start: 0, end: len(paras[s.Paragraph]), quote: q}
			if k == 0 {
				rg.start = f.OpenAt
			}
			if k == len(f.Spans)-1 {
				rg.end = f.CloseEnd
			}
			regions[s.Paragraph] = append(regions[s.Paragraph], rg)
		}
	}
	a := &attributor{ix: ix, found: found, paras: arena.Room(sc.paras, len(paras)),
		speaker: arena.Room(sc.speaker, len(found)), kind: arena.Room(sc.kind, len(found)), source: arena.Room(sc.source, len(found)),
		why: arena.Room(sc.why, len(found)), lastWriter: -1, events: sc.events[:0]}
	clear(a.source)
	clear(a.why)
	defer func() {
		sc.regions, sc.count, sc.flat, sc.paras = regions, count, flat, a.paras
		sc.speaker, sc.kind, sc.source, sc.why, sc.events = a.speaker, a.kind, a.source, a.why, a.events
	}()
	ar, release := newParaArena(toks, regions)
	defer release()
	for pi, p := range paras {
		a.paras[pi] = &ar.texts[pi]
		newParaText(a.paras[pi], ar, p, toks[pi], regions[pi], ix.Mentions[pi])
		a.paras[pi].pi = pi
	}
	a.docs, a.docMentions, a.docFrom = ar.docs[:0], ar.docMentions[:0], arena.Room(ar.docFrom, len(paras)+1)
	a.readDocuments()
	ar.docs, ar.docMentions, ar.docFrom = a.docs, a.docMentions, a.docFrom
	q := 0
	for pi := range paras {
		for ; q < len(found) && found[q].Spans[0].Paragraph == pi; q++ {
			a.attributeOne(q)
		}
		a.noteEvents(pi)
	}
	out := make([]model.Quote, len(found))
	var reasons []model.Reason
	if explain {
		reasons = make([]model.Reason, 0, a.reasons()) // one array for the story's quotes
	}
	for q, f := range found {
		out[q] = model.Quote{Text: quotes.Text(paras, f.Spans), Kind: a.kind[q], Source: a.source[q],
			Mentions: a.mentionsIn(q), Spans: f.Spans}
		if a.speaker[q] >= 0 {
			out[q].Speaker = ix.People[a.speaker[q]].Canonical
		}
		if explain {
			n := len(reasons)
			reasons = a.why[q].append(reasons, &out[q])
			out[q].Why = reasons[n:len(reasons):len(reasons)]
		}
	}
	return out
}

// quoteCues is what attribution reads around one quote.
type quoteCues struct {
	first, last int       // the paragraphs of its first and last span
	pt, ptL     *paraText // those paragraphs
	qi, qiL     int       // the quote's item in each
	before      cue       // the cue before it, read in bpt (paragraph bpi)
	after       cue       // the cue after it
	bpt         *paraText
	bpi         int
	// bqi is the item of bpt the before cue's words end at, and
	// beforeRule names where the before cue was found.
	bqi        int
	beforeRule string
	prevQ      int // the quote before it in the same paragraph, or -1
}

func (a *attributor) attributeOne(q int) {
	// the quote's cues and the case the kind rules read live in the
	// attributor, so that deciding costs no allocation or copy per quote
	k := &a.kindCase
	k.c = a.cuesOf(q)
	c := &k.c
	a.speaker[q] = -1
	switch {
	case c.after.found && c.after.src.personish():
		a.speaker[q] = a.resolve(c.ptL, c.last, c.after.src)
		a.why[q].speaker = rule.Fired{Rule: "cue-after", Evidence: wordsAfter(c.ptL, c.qiL)}
	case c.before.found && c.before.src.personish():
		a.speaker[q] = a.resolve(c.bpt, c.bpi, c.before.src)
		a.why[q].speaker = rule.Fired{Rule: c.beforeRule, Evidence: wordsBefore(c.bpt, c.bqi)}
	}
	k.reset(a, q, a.speaker[q])
	a.carrySpeaker(q, c)
	a.kind[q], a.why[q].kind = kindRules.Decide(k)
	if a.kind[q] == model.Cable {
		if a.speaker[q] >= 0 && (lex.WritingVerbs[c.before.verb] || lex.WritingVerbs[c.after.verb]) {
			a.lastWriter = a.speaker[q]
		}
		a.source[q], a.why[q].source = a.sourceOf(c)
	}
}

// cuesOf reads the cues around quote q, including those a quote borrows
// from the sentence or paragraph that introduces it.
func (a *attributor) cuesOf(q int) quoteCues {
	f := a.found[q]
	c := quoteCues{first: f.Spans[0].Paragraph, last: f.Spans[len(f.Spans)-1].Paragraph}
	c.pt, c.ptL = a.paras[c.first], a.paras[c.last]
	c.qi, c.qiL = c.pt.quoteItem(q), c.ptL.quoteItem(q)
	c.before = a.beforeCue(c.pt, c.qi)
	c.after = a.afterCue(c.ptL, c.qiL)
	c.bpt, c.bpi, c.bqi, c.beforeRule = c.pt, c.first, c.qi, "cue-before"
	c.prevQ = a.previousInParagraph(q, c.first, c.qi)
	if c.before.found || c.after.found {
		return c
	}
	if src := a.colonIntro(c.pt, c.qi); src.personish() || src.kind == srcOther && unnamedAt(c.pt, c.pt.sent[c.qi], src) {
		// "Speaking in Manta, he was characteristically blunt: “…”"; "A
		// senior official I spoke to was blunt: “…”": someone unnamed
		c.before, c.beforeRule = cue{found: true, src: src}, "colon-intro"
		return c
	}
	if c.qi == 0 && c.first > 0 {
		// "he wrote:" ends the paragraph before a paragraph-long quote
		prev := a.paras[c.first-1]
		if n := len(prev.items); n > 0 && prev.word(n-1) == ":" {
			c.before, c.beforeRule = a.beforeCue(prev, n-1), "cue-paragraph-before"
			if !c.before.found || !c.before.src.personish() && c.before.src.kind != srcDoc {
				if src := a.colonIntro(prev, n); src.personish() {
					c.before, c.beforeRule = cue{found: true, src: src}, "colon-paragraph-before"
				}
			}
			c.bpt, c.bpi, c.bqi = prev, c.first-1, n
			if a.frame(prev, n-1) {
				c.before.verb = "wrote" // the frame of the introducing sentence holds
			}
		}
	}
	if c.qi > 0 && c.pt.sent[c.qi] == c.qi && c.pt.items[c.qi-1].tok >= 0 {
		// "…, adviser Don Watson said. “Back then, …”": a quote that
		// follows its speaker's sentence in the same paragraph
		if b := a.cueBefore(c.pt, c.qi, c.pt.sent[c.qi-1]); b.found && b.src.personish() {
			c.before, c.beforeRule = b, "sentence-before"
		}
	}
	return c
}

// colonIntro returns the subject of the clause that a colon right before
// item qi closes: whoever "was blunt:" or "put it well:" speaks what
// follows, whatever the verb.
func (a *attributor) colonIntro(pt *paraText, qi int) source {
	if qi < 1 || !pt.isWord(qi-1, ":") {
		return source{}
	}
	s := pt.sent[qi-1]
	for k := qi - 2; k > s; k-- {
		if pt.isWord(k, ":") {
			return source{} // another colon: not one clause
		}
		if pt.items[k].tok < 0 {
			// "… that he “has not served well”, and on Monday he went
			// further on Twitter:": the clause after the quote
			s = k + 1
			for s < qi-1 && (pt.isWord(s, ",") || pt.isWord(s, "and") || pt.isWord(s, "but")) {
				s++
			}
			break
		}
	}
	if w := pt.word(s); (w == "his" || w == "her") && replyNouns[pt.word(s+1)] {
		// "I asked U Win Tin what he made of it. His answer, passed on by
		// a friend:": the words of the one just named, object or not
		g := byte('m')
		if w == "her" {
			g = 'f'
		}
		for k := s - 1; k >= 0 && k >= s-40; k-- {
			if p := pt.personAt(k); p >= 0 && a.ix.People[p].Gender != 'm'+'f'-g {
				return source{kind: srcPerson, person: p, at: k}
			}
		}
	}
	return a.mainSubject(pt, s, qi-1)
}

// replyNouns after "his" or "her" before a colon give that person's words.
var replyNouns = lex.MustSet(words, "words/reply-nouns.txt")

// noCue reports a quote that no cue attributes, or only a passive one.
func noCue(c *quoteCues) bool {
	return (!c.before.found || c.before.passive) && (!c.after.found || c.after.passive)
}

// carrySpeaker gives a quote that its cues leave without a speaker the
// speaker of the quote before it in the paragraph: a quote that goes on
// after its attributed sentence ("“…,” he said. “…”"), or a second quote
// in the same sentence ("“…,” Zia told him, according to the cable,
// “…”").
func (a *attributor) carrySpeaker(q int, c *quoteCues) {
	switch {
	case c.prevQ < 0:
	case noCue(c):
		if !spokenOf(c.before) && !spokenOf(c.after) {
			a.speaker[q] = a.speaker[c.prevQ]
			a.why[q].speaker = rule.Fired{Rule: "speaker-of-quote-before", Evidence: a.quoteStart(c.prevQ)}
		}
	case !c.after.found && a.speaker[q] < 0 && (c.before.src.kind == srcOther || c.before.src.kind == srcNone || c.before.src.kind == srcDoc && c.before.verb == "according to") &&
		c.pt.sent[c.qi] == c.pt.sent[c.pt.quoteItem(c.prevQ)]:
		// "“…,” dismissing the cables as part of the “…”": the
		// sentence's speaker goes on
		a.speaker[q] = a.speaker[c.prevQ]
		a.why[q].speaker = rule.Fired{Rule: "speaker-of-sentence", Evidence: a.quoteStart(c.prevQ)}
	}
}

// previousInParagraph returns the quote before q that ends in paragraph
// pi before item qi, or -1.
func (a *attributor) previousInParagraph(q, pi, qi int) int {
	if q == 0 || qi <= 0 {
		return -1
	}
	p := q - 1
	spans := a.found[p].Spans
	if spans[len(spans)-1].Paragraph != pi {
		return -1
	}
	return p
}

// mentionsIn lists the people named inside quote q.
func (a *attributor) mentionsIn(q int) []string {
	var names []string
	for _, s := range a.found[q].Spans {
		pt := a.paras[s.Paragraph]
		from := pt.tokenAt(s.Start)
		for t := from; t < len(pt.toks) && pt.toks[t].Start < s.End; t++ {
			if at := pt.at[t]; at.person > 0 && int(at.quote) == q {
				if n := a.ix.People[at.person-1].Canonical; !slices.Contains(names, n) {
					names = append(names, n)
				}
			}
		}
	}
	return names
}

// titleCase reports whether every word of a one-span quote of a few words
// starts with a capital: the name of a book, film or operation.
func titleCase(f quotes.Found, text string) bool {
	if len(f.Spans) != 1 {
		return false
	}
	words := strings.Fields(text[f.Spans[0].Start:f.Spans[0].End])
	if len(words) < 2 || len(words) > 6 {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !lex.StopWords[strings.ToLower(w)] {
			return false
		}
	}
	return true
}
