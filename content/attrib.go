package content

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"cables/model"
)

// attributor decides, quote by quote in reading order, who speaks and
// whether the words are a document's.
type attributor struct {
	ix    *peopleIndex
	paras []*paraText
	found []foundQuote
	// speaker[q] is the person of quote q, or -1; kind[q] its kind.
	speaker []int
	kind    []model.Kind
	source  []string
	// events are the people who spoke or reported, in reading order, up to
	// the paragraph before the one being read: a pronoun with no one to
	// stand for in its own paragraph goes to the last of them.
	events []int
	// pronouns remembers whom the pronoun at (paragraph, item) stands for:
	// "he said … he said" chains back through every earlier "he".
	pronouns map[[2]int]int
}

// attribute fills kind, speaker, source and mentions of the quotes found.
func attribute(paras []string, toks [][]token, ix *peopleIndex, found []foundQuote) []model.Quote {
	regions := make([][]region, len(paras))
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
	a := &attributor{ix: ix, found: found, paras: make([]*paraText, len(paras)),
		speaker: make([]int, len(found)), kind: make([]model.Kind, len(found)), source: make([]string, len(found)),
		pronouns: map[[2]int]int{}}
	ar, release := newParaArena(toks, regions)
	defer release()
	texts := make([]paraText, len(paras))
	for pi, p := range paras {
		a.paras[pi] = &texts[pi]
		newParaText(a.paras[pi], ar, p, toks[pi], regions[pi], ix.mentions[pi])
		a.paras[pi].pi = pi
	}
	q := 0
	for pi := range paras {
		for ; q < len(found) && found[q].Spans[0].Paragraph == pi; q++ {
			a.attributeOne(q)
		}
		a.noteEvents(pi)
	}
	out := make([]model.Quote, len(found))
	for q, f := range found {
		out[q] = model.Quote{Text: quoteText(paras, f.Spans), Kind: a.kind[q], Source: a.source[q],
			Mentions: a.mentionsIn(q), Spans: f.Spans}
		if a.speaker[q] >= 0 {
			out[q].Speaker = ix.people[a.speaker[q]].canonical
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
	prevQ       int // the quote before it in the same paragraph, or -1
}

func (a *attributor) attributeOne(q int) {
	c := a.cuesOf(q)
	a.speaker[q] = -1
	switch {
	case c.after.found && c.after.src.personish():
		a.speaker[q] = a.resolve(c.ptL, c.last, c.after.src)
	case c.before.found && c.before.src.personish():
		a.speaker[q] = a.resolve(c.bpt, c.bpi, c.before.src)
	}
	cable := c.after.src.kind == srcDoc || c.before.src.kind == srcDoc ||
		writingVerbs[c.after.verb] || writingVerbs[c.before.verb] || c.before.viaDoc
	if !cable {
		cable = a.frame(c.pt, c.qi) || a.frame(c.ptL, c.qiL) || a.paragraphFrame(c.pt, c.qi)
	}
	cable = a.withoutCue(q, c, cable)
	if !cable && a.speaker[q] >= 0 && !speechOnly[c.before.verb] && !speechOnly[c.after.verb] &&
		!a.spoken(c.pt, c.qi) && !a.spoken(c.ptL, c.qiL) {
		// "In a cable, the envoy wrote …¶Gray added: “…”": the writer
		// goes on in the same document
		sameWriter := q > 0 && a.speaker[q] == a.speaker[q-1] && a.kind[q-1] == model.Cable &&
			a.found[q-1].Spans[len(a.found[q-1].Spans)-1].Paragraph >= c.first-1
		cable = sameWriter || c.first > 0 && a.wroteIn(a.paras[c.first-1], c.first-1, a.speaker[q])
	}
	a.kind[q] = model.Speech
	if cable {
		a.kind[q] = model.Cable
		a.source[q] = a.docName(c.pt, c.qi, c.before, c.after)
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
	c.bpt, c.bpi = c.pt, c.first
	c.prevQ = a.previousInParagraph(q, c.first, c.qi)
	if c.before.found || c.after.found {
		return c
	}
	if c.qi == 0 && c.first > 0 {
		// "he wrote:" ends the paragraph before a paragraph-long quote
		prev := a.paras[c.first-1]
		if n := len(prev.items); n > 0 && prev.word(n-1) == ":" {
			c.before = a.beforeCue(prev, n-1)
			c.bpt, c.bpi = prev, c.first-1
			if a.frame(prev, n-1) {
				c.before.verb = "wrote" // the frame of the introducing sentence holds
			}
		}
	}
	if c.qi > 0 && c.pt.sent[c.qi] == c.qi && c.pt.items[c.qi-1].tok >= 0 {
		// "…, adviser Don Watson said. “Back then, …”": a quote that
		// follows its speaker's sentence in the same paragraph
		if b := a.cueBefore(c.pt, c.qi, c.pt.sent[c.qi-1]); b.found && b.src.personish() {
			c.before = b
		}
	}
	return c
}

// withoutCue settles a quote that no cue attributes (or only a passive
// one): it goes on from the quote before it, or it is a title, or the story
// goes on with the document or speech it was quoting. It returns whether
// the quote is a cable passage.
func (a *attributor) withoutCue(q int, c quoteCues, cable bool) bool {
	noCue := (!c.before.found || c.before.passive) && (!c.after.found || c.after.passive)
	switch {
	case noCue && c.prevQ >= 0:
		// a quote that goes on after its attributed sentence
		if !c.before.passive && !c.after.passive {
			a.speaker[q] = a.speaker[c.prevQ]
		}
		return cable || a.kind[c.prevQ] == model.Cable
	case noCue && titleCase(a.found[q], c.pt.text):
		// “Charlie Wilson's War”: a title, not anyone's words
	case noCue && !cable && q > 0 && c.first-a.found[q-1].Spans[0].Paragraph <= 2:
		return a.kind[q-1] == model.Cable
	case !noCue && !c.after.found && a.speaker[q] < 0 && c.prevQ >= 0 && c.before.src.kind == srcOther &&
		c.pt.sent[c.qi] == c.pt.sent[c.pt.quoteItem(c.prevQ)]:
		// "“…,” dismissing the cables as part of the “…”": the sentence's
		// speaker goes on
		a.speaker[q] = a.speaker[c.prevQ]
	}
	return cable
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

// resolve turns a cue's source into a person of the index, or -1.
func (a *attributor) resolve(pt *paraText, pi int, s source) int {
	switch s.kind {
	case srcPerson:
		return s.person
	case srcRole:
		return a.byRole(s.word, pi)
	case srcLatter:
		seen := []int{}
		for k := s.at - 1; k >= 0; k-- {
			if p := pt.personAt(k); p >= 0 && !slices.Contains(seen, p) {
				seen = append(seen, p)
			}
		}
		n := 0
		if s.word == "former" {
			n = 1
		}
		if n < len(seen) {
			return seen[n]
		}
	case srcPronoun:
		return a.pronoun(pt, pi, s.at, s.word)
	}
	return -1
}

// byRole returns the person the story gave a title, the most recently
// named one when several share it.
func (a *attributor) byRole(role string, pi int) int {
	role = normRole(role)
	best, bestPara := -1, -1
	for k, p := range a.ix.people {
		if !p.roles[role] {
			continue
		}
		for para := min(pi, len(a.ix.mentions)-1); para >= 0 && para > bestPara; para-- {
			if slices.ContainsFunc(a.ix.mentions[para], func(m mention) bool { return m.person == k }) {
				best, bestPara = k, para
				break
			}
		}
	}
	return best
}

// pronounWindow bounds the words a pronoun looks back over in its own
// paragraph.
const pronounWindow = 400

// speechOnly verbs are spoken, never written in a cable.
var speechOnly = wordSet(`told tells telling tell speaking spoke`)

// kinWords before a name make it an object of the sentence, not its
// subject: "his daughter Nesrine".
var kinWords = wordSet(`daughter son wife husband brother sister son-in-law daughter-in-law
	father mother nephew niece cousin uncle aunt widow`)

// pronoun finds whom he or she at item at stands for: the nearest person
// before it in the paragraph, outside quotes, who is a subject rather
// than an owner or an object; else the last person who spoke.
func (a *attributor) pronoun(pt *paraText, pi, at int, word string) int {
	key := [2]int{pi, at}
	if p, ok := a.pronouns[key]; ok {
		return p
	}
	p := a.readPronoun(pt, pi, at, word)
	a.pronouns[key] = p
	return p
}

func (a *attributor) readPronoun(pt *paraText, pi, at int, word string) int {
	fits := func(p int) bool {
		g := a.ix.people[p].gender
		return p >= 0 && (word == "he" && g != 'f' || word == "she" && g != 'm')
	}
	weak := -1
	for k := at - 1; k >= 0 && k >= at-pronounWindow; k-- {
		if pt.items[k].tok < 0 {
			if sp := a.speaker[pt.items[k].quote]; sp >= 0 && pt.items[k].quote < len(a.speaker) && fits(sp) {
				return sp
			}
			continue
		}
		p := pt.personAt(k)
		w := pt.word(k)
		if w == word && (pt.isVerbAt(k+1) || pt.is(k+1, cSkip)) {
			// the same pronoun as an earlier subject: the same person
			return a.pronoun(pt, pi, k, word)
		}
		if p < 0 && roleNouns[w] && pt.isWord(k-1, "the") {
			p = a.byRole(w, pi)
			k--
		} else if p >= 0 {
			for k > 0 && pt.personAt(k-1) == p {
				k--
			}
			if pt.at[pt.items[k].tok].owner {
				continue
			}
		}
		if p < 0 || !fits(p) {
			continue
		}
		b := k - 1
		for b >= 0 && pt.items[b].tok >= 0 && pt.personAt(b) < 0 &&
			(pt.toks[pt.items[b].tok].cap || pt.isWord(b, "of") && pt.is(b-1, cTitle)) {
			b-- // "talks with Israeli Prime Minister X": still an object
		}
		if before := pt.word(b); prepositions[before] || kinWords[before] {
			if weak < 0 {
				weak = p
			}
			continue
		}
		return p
	}
	if pi > 0 {
		// the main subjects of the paragraph before, last first: "Mr X
		// arrived on Sunday.¶“…,” he said."
		prev := a.paras[pi-1]
		var subjects []int
		for s := 0; s < len(prev.items); {
			e := prev.sentenceEnd(s)
			if src := a.mainSubject(prev, s, e); src.kind == srcPerson || src.kind == srcRole {
				subjects = append(subjects, a.resolve(prev, pi-1, src))
			}
			s = e
		}
		for k := len(subjects) - 1; k >= 0; k-- {
			if subjects[k] >= 0 && fits(subjects[k]) {
				return subjects[k]
			}
		}
	}
	for e := len(a.events) - 1; e >= 0; e-- {
		if fits(a.events[e]) {
			return a.events[e]
		}
	}
	return weak
}

// noteEvents records who spoke or reported in paragraph pi, in order.
func (a *attributor) noteEvents(pi int) {
	pt := a.paras[pi]
	for i, it := range pt.items {
		if it.tok < 0 {
			if it.quote < len(a.speaker) && a.found[it.quote].Spans[0].Paragraph == pi && a.speaker[it.quote] >= 0 {
				a.events = append(a.events, a.speaker[it.quote])
			}
			continue
		}
		if !pt.isVerbAt(i) {
			continue
		}
		src := a.subjectOf(pt, i, pt.sent[i], pt.sent[i])
		if src.kind == srcPerson || src.kind == srcRole {
			if p := a.resolve(pt, pi, src); p >= 0 {
				a.events = append(a.events, p)
			}
		}
	}
}

// mentionsIn lists the people named inside quote q.
func (a *attributor) mentionsIn(q int) []string {
	var names []string
	for _, s := range a.found[q].Spans {
		pt := a.paras[s.Paragraph]
		from, _ := slices.BinarySearchFunc(pt.toks, s.Start, func(t token, start int) int { return t.start - start })
		for t := from; t < len(pt.toks) && pt.toks[t].start < s.End; t++ {
			if at := pt.at[t]; at.person > 0 && int(at.quote) == q {
				if n := a.ix.people[at.person-1].canonical; !slices.Contains(names, n) {
					names = append(names, n)
				}
			}
		}
	}
	return names
}

// titleCase reports whether every word of a one-span quote of a few words
// starts with a capital: the name of a book, film or operation.
func titleCase(f foundQuote, text string) bool {
	if len(f.Spans) != 1 {
		return false
	}
	words := strings.Fields(text[f.Spans[0].Start:f.Spans[0].End])
	if len(words) < 2 || len(words) > 6 {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !stopWords[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// wroteIn reports whether a sentence of the paragraph frames a document
// with the person as its subject: "In a cable written a year later, Godec
// bemoaned the regime."
func (a *attributor) wroteIn(pt *paraText, pi, person int) bool {
	for s := 0; s < len(pt.items); {
		e := pt.sentenceEnd(s)
		if a.sentenceFrame(pt, s, e) {
			if src := a.mainSubject(pt, s, e); src.personish() && a.resolve(pt, pi, src) == person {
				return true
			}
		}
		s = e
	}
	return false
}

// spoken reports whether the sentence of item i says the words were
// spoken aloud: an interview, reporters, a statement or a press conference.
func (a *attributor) spoken(pt *paraText, i int) bool {
	if i < 0 {
		return false
	}
	for k := pt.sent[i]; k < pt.sentenceEnd(i); k++ {
		if pt.is(k, cSpoken) {
			return true
		}
	}
	return false
}
