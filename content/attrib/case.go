package attrib

import (
	"cables/model"
)

// A quote is decided in four steps, each a table of named rules in
// precedence order (introrules.go, speakerrules.go, kindrules.go,
// sourcerules.go): where the words that introduce it stand, who speaks, whether
// the words are a cable's or spoken, and which document a cable passage
// comes from. The rules of all four read one quoteCase.

// quoteCase is what the rules read about one quote.
type quoteCase struct {
	a *attributor
	q int
	c quoteCues
	// cueSpeaker is the person the quote's own cues name, before the
	// speaker of the quote before it is carried over; the speaker the
	// kind rules read otherwise is a.speaker[q], carried over.
	cueSpeaker int
	// title tells that the quote is a document's title after "titled"
	// (titleQuoteAt), read once for the speaker's and kind's prechecks
	title bool
	// what more than one rule asks, read once: where the quote's
	// sentence (framePt, frame) and its paragraph (paraFrame) are framed
	// as a document's, -1 if not; whether a setting of speech outweighs a
	// frame, and whether the writer may go on (0 not read yet, 1 no, 2
	// yes).
	framePt          *paraText
	frame, paraFrame int
	outweighs, goOn  int8
	framesRead       bool
	// labels is what the label rules read (describe.go)
	labels labelRead
	// saidOf is where the sentence opens on a document that the one who
	// ends it speaks of (saidOfDocument), or -1
	saidOf int
	// spanMarks are the groups of quoteMarkSet the quote's first spans
	// hold, 0 until read (marksOfSpan)
	spanMarks [4]uint8
}

// quoteCues is what attribution reads around one quote.
type quoteCues struct {
	first, last int       // the paragraphs of its first and last span
	pt, ptL     *paraText // those paragraphs
	qi, qiL     int       // the quote's item in each
	before      cue       // the cue before it, read in bpt (paragraph bpi)
	after       cue       // the cue after it
	aqi         int       // the item of ptL the after cue's words start after: qiL, or the comma before a cue ending the sentence
	bpt         *paraText
	bpi         int
	// bqi is the item of bpt the before cue's words end at, and place
	// says where the introduction rules found the before cue.
	bqi   int
	place introPlace
	prevQ int // the quote before it in the same paragraph, or -1
}

// attributeOne decides quote q: where its cues stand, who speaks, its
// kind, and for a cable passage its document.
func (a *attributor) attributeOne(q int) {
	// the quote's case lives in the attributor, so that deciding costs no
	// allocation or copy per quote
	k := &a.quoteCase
	a.speaker[q] = -1 // (a pronoun after the quote looks back past it)
	k.reset(a, q)
	c := &k.c
	var in intro
	in, a.why[q].intro = introRules.Decide(k)
	c.before, c.bpt, c.bpi, c.bqi, c.place = in.cue, in.pt, in.pi, in.at, in.place
	var who speaking
	who, a.why[q].speaker = speakerRules.DecideAmong(k, k.speakerMay())
	a.speaker[q], a.why[q].pronoun = who.person, who.pronoun
	if who.byCue {
		k.cueSpeaker = who.person
	}
	a.kind[q], a.why[q].kind = kindRules.DecideAmong(k, k.kindMay())
	if a.kind[q] != model.Cable {
		return
	}
	if a.speaker[q] >= 0 && (writingVerb(c.before.verb) || writingVerb(c.after.verb)) {
		a.lastWriter = a.speaker[q]
	}
	var d int
	if d, a.why[q].source = sourceRules.Decide(k); d >= 0 {
		a.source[q] = a.docName(d)
	}
}

// reset readies the case for quote q: the cues in its own sentences, and
// nothing read yet.
func (k *quoteCase) reset(a *attributor, q int) {
	k.a, k.q, k.cueSpeaker = a, q, -1
	k.framePt, k.frame, k.paraFrame, k.outweighs, k.goOn, k.framesRead = nil, -1, -1, 0, 0, false
	k.labels, k.saidOf, k.spanMarks = labelRead{}, -1, [4]uint8{}
	f := a.found[q]
	c := &k.c
	*c = quoteCues{first: f.Spans[0].Paragraph, last: f.Spans[len(f.Spans)-1].Paragraph}
	c.pt, c.ptL = a.paras[c.first], a.paras[c.last]
	c.qi, c.qiL = c.pt.quoteItem(q), c.ptL.quoteItem(q)
	c.before = a.beforeCue(c.pt, c.qi)
	c.after, c.aqi = a.afterCue(c.ptL, c.qiL), c.qiL
	if !c.after.found && (!c.before.found || c.before.passive) {
		c.after, c.aqi = a.cueEndingSentence(c.ptL, c.qiL)
	} else if !c.after.found && c.before.src.kind == srcDoc && c.first == c.last {
		k.saidOfDocument(a)
	}
	c.prevQ = a.previousInParagraph(q, c.first, c.qi)
}

// saidOfDocument: a sentence that opens on a document and ends on someone
// saying it is their speech, the document and all ("Leaked cables show
// “the full measure of cynicism” in US policy, President Ivo Lund
// said."): the cue that ends the sentence is the quote's, and the
// document is what they speak of, no cue of its own.
func (k *quoteCase) saidOfDocument(a *attributor) {
	c := &k.c
	if !docOpens(c.pt, c.pt.sentStart(c.qi), c.before.src.at) {
		return // (the document opens the sentence, as its subject)
	}
	cu, at := a.cueEndingSentence(c.ptL, c.qiL)
	if !cu.found || cu.src.kind != srcPerson && cu.src.kind != srcRole || writingVerb(cu.verb) || writerRole(cu.src.word) {
		return
	}
	if cu.src.kind == srcPerson && a.writer(cu.src.person) || toldAmericansAfter(c.ptL, at) >= 0 {
		return // (the cables' writer, or one telling the mission: the cable's words)
	}
	k.saidOf = c.before.src.at
	c.before, c.after, c.aqi = cue{}, cu, at
}

// docOpens reports a document named at item at that opens the sentence
// from item s: only its words before it ("Leaked US diplomatic cables"),
// or a wire's place and dash ("KANDIA (AP) – The leaked U.S. cables"), no
// verb and no quote.
func docOpens(pt *paraText, s, at int) bool {
	if at < s || at > s+docOpensSentence {
		return false
	}
	for j := s; j < at; j++ {
		if pt.items[j].tok < 0 || pt.isVerbAt(j) {
			return false
		}
	}
	return true
}

// docOpensSentence is how far into its sentence a document may be named
// and still open it: "MOSCOW (AP) – The leaked U.S. diplomatic cables".
const docOpensSentence = 12

// readFrames reads where the quote's sentence and paragraph frame it.
func (k *quoteCase) readFrames() {
	if k.framesRead {
		return
	}
	k.framesRead = true
	c := &k.c
	k.framePt, k.frame = c.pt, k.a.frameAt(c.pt, c.qi)
	if k.frame < 0 {
		k.framePt, k.frame = c.ptL, k.a.frameAt(c.ptL, c.qiL)
	}
	k.paraFrame = k.a.paragraphFrame(c.pt, c.qi)
}

// noCue reports a quote that no cue attributes, or only a passive one.
func noCue(c *quoteCues) bool {
	return (!c.before.found || c.before.passive) && (!c.after.found || c.after.passive)
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

// cueEndingSentence is the cue after the last comma of the sentence that
// quote item qi stands in, when words that are no cue follow the quote:
// "… adopts “significant reforms” that end the “culture of impunity” for
// top politicians, the ambassador warned in a confidential report." It is
// no cue when a reporting verb stands between the quote and that comma
// (another clause's cue), or a quote after it.
func (a *attributor) cueEndingSentence(pt *paraText, qi int) (cue, int) {
	if pt.endsAt(qi) {
		return cue{}, qi
	}
	e := pt.sentenceEnd(qi)
	comma := -1
	for j := qi + 1; j < e; j++ {
		switch {
		case pt.items[j].tok < 0:
			comma = -1 // a quote after the comma has the cue
		case pt.items[j].wlen == 1 && pt.isWord(j, ","): // (the length first: most items are of another)
			comma = j
		case pt.isVerbAt(j) && comma < 0:
			return cue{}, qi
		}
	}
	if comma < 0 || comma == qi+1 {
		return cue{}, qi // (right after the quote: its own cue, read already)
	}
	cu := a.afterCue(pt, comma)
	if !cu.found || cu.passive {
		return cue{}, qi
	}
	switch cu.src.kind {
	case srcPerson, srcRole, srcDoc, srcPronoun:
		return cu, comma
	}
	return cue{}, qi
}
