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
	// labelAsVerbs pin a label only with "as" before it.
	labelAsVerbs = lex.MustSet(words, "words/labelling-verbs-as.txt")
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
	s := pt.sentStart(qi)
	for j := qi - 1; j >= s && j >= qi-12; j-- {
		if pt.items[j].tok < 0 {
			return -1 // another quote
		}
		t := &pt.toks[pt.items[j].tok]
		if !t.Word {
			if w := pt.word(j); w == "." || w == ";" || w == ":" {
				return -1 // the quote is in a clause of its own
			}
			continue
		}
		if t.Cap {
			continue // a name or a title, never the label's verb
		}
		if pt.in(j, labelVerbMark) || pt.in(j, labelAsVerbMark) && asBetween(pt, j, qi) {
			return j
		}
		if pt.isWord(j, "that") || pt.isVerbAt(j) {
			return -1 // the quote is in a clause of its own
		}
	}
	return -1
}

// asBetween reports "as" between items j and qi, no comma before it:
// "identified her as" (not "identified the official, known as").
func asBetween(pt *paraText, j, qi int) bool {
	for k := j + 1; k < qi; k++ {
		switch {
		case pt.isWord(k, ","):
			return false
		case pt.isWord(k, "as"):
			return true
		}
	}
	return false
}

// labelRead is what more than one of the rules of describe.go,
// cableframes.go and speechstays.go read about one quote, read once: the
// verb whose label it is (labelBefore), whether the cables' writers pin
// it (labelledBy), a document that tells before it, a press that quoted.
type labelRead struct {
	read, byRead bool
	verb, by     int
	src          source
	// the document that tells before the quote (documentTells), and the
	// person quoted by the press (quotedByPress), read once
	tellRead, pressRead bool
	tellVerb, tellDoc   int
	pressed             int
	pressOK             bool
}

// tells is documentTells for the quote of case k, read once.
func (k *quoteCase) tells() (v, doc int) {
	l := &k.labels
	if !l.tellRead {
		l.tellRead = true
		l.tellVerb, l.tellDoc = k.a.documentTells(k.c.pt, k.c.qi)
	}
	return l.tellVerb, l.tellDoc
}

// press is quotedByPress for the quote of case k, read once.
func (k *quoteCase) press() (int, bool) {
	l := &k.labels
	if !l.pressRead {
		l.pressRead = true
		l.pressed, l.pressOK = k.a.quotedByPress(k.c.pt, k.c.qi, k.c.first)
	}
	return l.pressed, l.pressOK
}

// label is labelBefore for the quote of case k, read once.
func (k *quoteCase) label() int {
	l := &k.labels
	if !l.read {
		l.read = true
		l.verb = labelBefore(k.c.pt, k.c.qi)
	}
	return l.verb
}

// passiveAt reports whether the verb at item v is in the passive: "is
// praised", "was often called".
func passiveAt(pt *paraText, v int) bool {
	if strings.HasSuffix(pt.word(v), "ing") {
		return false // "is characterizing the leaks as": the progressive, active
	}
	j := v - 1
	for k := 0; k < 3 && j > 0 && (strings.HasSuffix(pt.word(j), "ly") || passiveAdverbs[pt.word(j)]); k++ {
		j-- // "is still routinely referred to as"
	}
	return pt.is(j, lex.Passive) || reducedPassive(pt, v)
}

// passiveAdverbs stand between a passive's auxiliary and its participle
// with the adverbs in -ly ("is still called", "was also described"), and
// between a subject and its verb ("the diplomat also wrote").
var passiveAdverbs = map[string]bool{"still": true, "also": true, "often": true, "now": true, "even": true, "sometimes": true, "never": true, "always": true, "once": true, "later": true, "then": true}

// reducedPassive reports a labelling verb's participle set after a name
// with no auxiliary and "as" after it, as lists and headlines write the
// passive: "Prime Minister Omar Qadir described as “vain”" (the active
// has its object between: "Qadir described him as", "Qadir described as
// worrying the minister's “…”").
//
// The participle may stand after a comma or a bracket and take a phrase
// before "as", as a clause set beside the name does: "Leila Qadir,
// described in a cable as a “…”", "Omar Qadir (described in one cable as
// “…”)".
func reducedPassive(pt *paraText, v int) bool {
	if !strings.HasSuffix(pt.word(v), "ed") || !pt.in(v, labelVerbMark) && !pt.is(v, lex.Report) {
		return false
	}
	as, b := v+1, v-1
	if lyAdverb(pt, b) && pt.personAt(b) < 0 {
		b-- // "Gulnara Karimova, bluntly described in the dispatches as"
	}
	if pt.personAt(b) < 0 {
		if !pt.isWord(b, ",") && !pt.isWord(b, "(") || pt.personAt(b-1) < 0 || !pt.is(as, lex.Prep) {
			return false
		}
		for as < len(pt.items) && as <= v+reducedPhraseReach && pt.items[as].tok >= 0 && !pt.isWord(as, "as") && !pt.isPunctAt(as) && !pt.isVerbAt(as) {
			as++
		}
	}
	q := as + 1 // the label, right after "as" or its article; not "described as worrying the …"
	if pt.is(q, lex.Determiner) {
		q++
	}
	return pt.isWord(as, "as") && q < len(pt.items) && pt.items[q].tok < 0
}

// reducedPhraseReach is how far after a participle set beside a name its
// "as" may stand: "described in a leaked US cable as".
const reducedPhraseReach = 8

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
func (k *quoteCase) labelledBy() (int, source) {
	l := &k.labels
	if !l.byRead {
		l.byRead = true
		l.by, l.src = k.readLabelledBy()
	}
	return l.by, l.src
}

// readLabelledBy is labelledBy, read.
func (k *quoteCase) readLabelledBy() (v int, src source) {
	c := &k.c
	v = k.label()
	if v < 0 || passiveAt(c.pt, v) {
		return -1, source{}
	}
	s := c.pt.sentStart(c.qi)
	if describerAt(c.pt, s, s+1) {
		// "Diplomats talked of the premier as … and described": the
		// sentence's subject, whoever its clauses name
		return v, source{kind: srcOther, at: s}
	}
	if c.before.found && c.place == inSentence && c.bpt == c.pt && c.pt.isWord(v, c.before.verb) {
		src = c.before.src // the cue before the quote read this verb's subject
	} else {
		src = k.a.subjectOf(c.pt, v, s, s)
	}
	if p, at := whoAntecedent(c.pt, v); p >= 0 {
		src = source{kind: srcPerson, person: p, at: at}
	}
	switch {
	case src.kind == srcDoc, inDocumentClause(c.pt, s, v):
	case src.kind == srcOther && describerAt(c.pt, s, src.at):
	case src.personish():
		p := k.a.resolve(c.pt, c.first, src)
		if p < 0 && !(src.kind == srcRole && writerRole(src.word)) || p >= 0 && !k.a.writer(p) && !officerBetween(c.pt, src.at, v) {
			return -1, source{} // (an ambassador the story does not name writes the cables too)
		}
	default:
		return -1, source{}
	}
	return v, src
}

// pinnedByWriters: the quote is a label the cables' writers as a body or a
// document pin ("Diplomats talked of the premier as … and described the
// minister as “…”"): nobody named speaks it, not the person described;
// a document whose writer the story names speaks as its writer ("The
// cable, signed by Ambassador X, … It described him as “…”").
func (k *quoteCase) pinnedByWriters() (speaking, string, bool) {
	c := &k.c
	v, src := k.labelledBy()
	if v < 0 || src.personish() || !k.a.docsWithin(c.pt, c.qi, c.first) {
		return speaking{}, "", false
	}
	if c.place == inSentence && personSays(c.before) && c.before.src.at < src.at && copulaBetween(c.pt, v, c.qi) {
		return speaking{}, "", false // "X alleges that documents showing Arab calls … were an “…”": X's words
	}
	who := -1
	if d := k.a.docNear(c.first, src.at); src.kind == srcDoc && d >= 0 {
		if w := k.a.docs[d].writer; w >= 0 && k.a.writer(w) && labelledAt(c.pt, v, c.qi) != w {
			who = w // (one who writes cables: not "cables from Port Vell")
		}
	}
	return speaking{person: who}, wordsAround(c.pt, v), true
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
	p := k.a.resolve(c.pt, c.first, src)
	if p >= 0 && labelledAt(c.pt, v, c.qi) == p {
		p = -1 // the one labelled never pins the label
	}
	return speaking{person: p, byCue: true}, wordsAround(c.pt, v), true
}

// labelledAt returns the person named between the labelling verb at item
// v and the quote at item qi ("described Qadir as “…”"), or -1.
func labelledAt(pt *paraText, v, qi int) int {
	for j := v + 1; j < qi; j++ {
		if p := pt.personAt(j); p >= 0 {
			return p
		}
	}
	return -1
}

// documentTellsOfSomeone: a document tells of the person the cue before
// the quote names ("A description of Omar Qadir said he kept a “…”"): the
// document's author speaks, if the story names one, not the person.
func (k *quoteCase) documentTellsOfSomeone() (speaking, string, bool) {
	c := &k.c
	if !c.before.found || !c.before.src.personish() {
		return speaking{}, "", false
	}
	v, d := k.tells()
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
	v := k.label()
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
	s := pt.sentStart(qi)
	first := s
	for first < qi && (pt.items[first].tok < 0 || !docHeadAt(pt, first)) {
		first++
	}
	if first == qi {
		return -1, -1 // no document named: the common case, read fast
	}
	for k := s; k < qi; k++ {
		if pt.items[k].tok < 0 {
			continue
		}
		if !pt.is(k, lex.Report) && !pt.in(k, docTellingVerbMark) {
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
		!pt.is(o, lex.Clause) && !pt.in(o, conjunctionMark); o-- {
		// (not "read the cables on Monday and called", "a cable in
		// which he complains")
		if pt.is(o, lex.Prep) && docHeadAt(pt, o-1) {
			return o - 1
		}
	}
	return -1
}

func docHeadAt(pt *paraText, j int) bool {
	if pt.is(j, lex.Doc) {
		return true
	}
	// (most words are not as long as a document head: skip the lookup)
	t, ok := pt.tok(j)
	if n := int(t.End - t.Start); !ok || n < docHeadLen[0] || n > docHeadLen[1] {
		return false
	}
	return pt.in(j, docHeadMark)
}

// docHeadLen is the shortest and the longest of the docHeads.
var docHeadLen = func() (r [2]int) {
	r[0] = 1 << 30
	for w := range docHeads {
		r[0], r[1] = min(r[0], len(w)), max(r[1], len(w))
	}
	return r
}()

// documentTellsBefore: a document is the subject of a verb earlier in the
// quote's sentence ("one cable that said officials had “…”", "the memo
// indicated the ministry had “…”"), and nothing sets the sentence in
// speech.
func (k *quoteCase) documentTellsBefore() (string, bool) {
	c := &k.c
	v, _ := k.tells()
	if v < 0 || k.a.spokenCue(c) || k.counteredAfter(v) {
		return "", false
	}
	return wordsAround(c.pt, v), true
}

// describerAt reports whether the unnamed subject ending at item at names
// the cables' writers as a body: "Diplomats", "the embassy's officers".
func describerAt(pt *paraText, s, at int) bool {
	for j := max(s, at-3); j <= at; j++ {
		if holdsLowered(describers, pt.word(j)) {
			return true
		}
	}
	return false
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
		w := k.a.cueDocWriter(cc.cue, cc.pi)
		if w < 0 {
			continue
		}
		if k.othersLabel(cc.cue.src.at) {
			return speaking{}, "", false // "the cable claims that officials had described him as “…”": theirs
		}
		return speaking{person: w}, wordsAround(k.a.paras[cc.pi], cc.cue.src.at), true
	}
	return speaking{}, "", false
}

// cueDocWriter returns the writer of the document cue cu names in
// paragraph pi (docWriter), or -1; not for "According to the cable, a
// palace aide said: “…”", where one who speaks stands between.
func (a *attributor) cueDocWriter(cu cue, pi int) int {
	d := a.docNear(pi, cu.src.at)
	if d < 0 {
		return -1
	}
	if pt := a.paras[pi]; a.docs[d].writer < 0 && cu.verb == "according to" && reportingVerbBetween(pt, cu.src.at, len(pt.items)) {
		return -1
	}
	return a.docWriter(d, pi)
}

// docWriter returns document d's writer, or -1: the one the story says
// wrote it, or the one who "wrote" in the sentence that named it first,
// opening "In a cable …," ("In a cable posted by WikiLeaks, Ambassador
// Michael Ranneberger wrote that …": the later "The cable adds: “…”" is
// his). It reads no paragraph after pi.
func (a *attributor) docWriter(d, pi int) int {
	if a.docs[d].writer >= 0 {
		return a.docs[d].writer
	}
	for p := 0; p <= pi && p < len(a.paras); p++ {
		for _, m := range a.docsOf(p) {
			if m.doc == d {
				return a.writerOpeningIn(a.paras[p], m.item)
			}
		}
	}
	return -1
}

// writerOpeningIn returns the person who writes in the sentence that opens
// "In" and the document at item i, then a comma, a person and a verb of
// writing; else -1.
func (a *attributor) writerOpeningIn(pt *paraText, i int) int {
	s, e := pt.sentStart(i), pt.sentenceEnd(i)
	if !pt.isWord(s, "in") || i > s+3 {
		return -1
	}
	for v := i + 1; v < e && v <= i+writerOpeningReach; v++ {
		if !pt.isVerbAt(v) {
			continue
		}
		if src := a.subjectOf(pt, v, s, s); pt.is(v, lex.Writing) && src.kind == srcPerson && src.at > i && !clauseInSubject(pt, i, src.at) {
			return src.person // (not "an official who met Omar Qadir wrote")
		}
		return -1
	}
	return -1
}

// clauseInSubject reports a clause word between the opening's last comma
// and the subject at item at: "In a cable, an official who met Omar Qadir
// wrote"; not the document's own clause, "In a cable that WikiLeaks
// released, Ambassador X wrote".
func clauseInSubject(pt *paraText, doc, at int) bool {
	for k := at - 1; k > doc; k-- {
		if pt.isWord(k, ",") {
			return false
		}
		if pt.is(k, lex.Clause) {
			return true
		}
	}
	return false
}

// writerOpeningReach is how far after the document the writer's verb may
// stand: "In a cable posted by the website WikiLeaks, U.S. Ambassador
// Michael Ranneberger wrote".
const writerOpeningReach = 16

// othersLabel reports a label pinned, after the document named at item
// at, by others the sentence does not name ("a cable claims that
// officials had described the mayor as “…”").
func (k *quoteCase) othersLabel(at int) bool {
	c := &k.c
	v := k.label()
	if v <= at {
		return false
	}
	s := c.pt.sentStart(c.qi)
	return k.a.subjectOf(c.pt, v, s, s).kind == srcOther
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
		officer = officer || writerRole(w) || describers[w]
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
	v := k.label()
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

// possessiveWriter returns the person whose possessive name stands among
// the words from item b to the document noun at item i ("Beyrle's
// cable"), or -1.
func possessiveWriter(pt *paraText, b, i int) int {
	for k := b; k < i; k++ {
		if t, ok := pt.tok(k); ok && t.Poss {
			if p := pt.personAt(k); p >= 0 {
				return p
			}
		}
	}
	return -1
}

// labelOnPerson: a short label pinned on a person ("described him as a
// “…”", "branding him a “…”", "calling Prime Minister Omar Qadir an “…”")
// by no one the story gives the words to, in a story that named a
// document before it: the cables' words. A label pinned on a thing, the
// leak, a decision, the documents ("called the expulsion “…”"), is a
// reaction to the leak and stays speech.
func (k *quoteCase) labelOnPerson() (string, bool) {
	c := &k.c
	f := k.a.found[k.q]
	if len(f.Spans) != 1 || k.a.speaker[k.q] >= 0 {
		return "", false
	}
	v := k.label()
	if v < 0 || passiveAt(c.pt, v) || !personObject(c.pt, v+1, c.qi) || k.a.spokenCue(c) {
		return "", false
	}
	sp := f.Spans[0]
	if len(strings.Fields(c.pt.text[sp.Start:sp.End])) > labelOnPersonWords || !k.a.docsWithin(c.pt, c.qi, c.first) && !k.a.docsAhead(c.pt, labelDocReach) {
		return "", false
	}
	return wordsAround(c.pt, v), true
}

// labelDocReach is how many paragraphs after a label's a document may be
// named: a story's opening line quotes the label, the next says which
// cable pinned it.
const labelDocReach = 1

// docsAhead reports a document named in paragraph pt after item i's, or
// in the n paragraphs after it.
func (a *attributor) docsAhead(pt *paraText, n int) bool {
	if pt.firstDoc >= 0 {
		return true
	}
	for pi := pt.pi + 1; pi < len(a.paras) && pi <= pt.pi+n; pi++ {
		if a.paras[pi].firstDoc >= 0 {
			return true
		}
	}
	return false
}

// labelOnPersonWords is the longest label labelOnPerson reads: a phrase,
// not a sentence someone says of the person.
const labelOnPersonWords = 6

// personObject reports whether the items from i up to the quote at item
// qi are a person and the words that lead to a label: "him as a", "her",
// "Prime Minister Omar Qadir an", "him approvingly as".
func personObject(pt *paraText, i, qi int) bool {
	person := false
	for j := i; j < qi; j++ {
		switch {
		case pt.items[j].tok < 0:
			return false
		case pt.isWord(j, "him") || pt.isWord(j, "her") || pt.personAt(j) >= 0:
			person = true
		case pt.toks[pt.items[j].tok].Cap && !person:
			// a title before the name: "Prime Minister"
		case pt.isWord(j, "as") || pt.is(j, lex.Determiner) || strings.HasSuffix(pt.word(j), "ly"):
			if !person {
				return false
			}
		default:
			return false
		}
	}
	return person
}

// missionHoldsView: the quote's sentence has a mission for its subject
// and no cue: what the mission thought is in its cables ("the US Embassy
// was concerned about his “rhetoric” but saw “some hope”"). A mission
// that speaks ("the embassy said in a statement") has a cue, and a
// sentence with a verb of speech is left to the others.
func (k *quoteCase) missionHoldsView() (string, bool) {
	c := &k.c
	if !noCue(c) || k.a.speaker[k.q] >= 0 || len(k.a.found[k.q].Spans) != 1 {
		return "", false
	}
	pt := c.pt
	b := k.a.pastOpening(pt, pt.sentStart(c.qi), c.qi)
	e := subjectPhraseEnd(pt, b, c.qi)
	h := headOf(pt, b, e) - 1
	if h < b || !missionWord(pt.word(h)) || !hasThe(pt, b, h) {
		return "", false
	}
	view := false
	for j := e; j < c.qi; j++ {
		if pt.isVerbAt(j) || pt.is(j, lex.SpeechOnly) {
			return "", false // "the embassy told reporters …", "the embassy declared"
		}
		view = view || missionViews[pt.word(j)]
	}
	if !view {
		return "", false // "the embassy was surrounded by “protesters”": what befell it
	}
	return pt.phrase(b, h+1), true
}

// missionViews are the words of a mission's view of someone.
var missionViews = lex.MustSet(words, "words/mission-views.txt")

// judgingVerbs pin a label on a thing someone judges, not on a person:
// "dismissed the cables as “gossip”", "treats the port as".
var judgingVerbs = lex.MustSet(words, "words/judging-verbs.txt")

// judgedBefore returns the item of a judging verb whose label is the
// quote at item qi ("denounced the report as “…”", "downplayed the memos
// released on Sunday as “…”"), in the quote's clause, or -1.
func judgedBefore(pt *paraText, qi int) int {
	as := qi - 1
	if pt.is(as, lex.Determiner) {
		as--
	}
	if !pt.isWord(as, "as") {
		return -1
	}
	s := pt.sentStart(qi)
	for j := as - 1; j >= s && j >= as-judgedReach; j-- {
		if pt.items[j].tok < 0 || pt.isPunctAt(j) && !pt.pluralPossessiveAt(j) {
			return -1 // (not "WikiLeaks’ actions": a plural's owner)
		}
		if judgingVerbs[pt.word(j)] {
			return j
		}
	}
	return -1
}

// judgedReach is how far before "as" a judging verb may stand: "downplayed
// documents released by the website on Sunday as".
const judgedReach = 8

// sayerOfLabel: someone the story names pins the label, in the active
// ("Qadir described the envoy as “…”", "Minister Omar Qadir dismissed the
// cables as “gossip”"): they speak it, not the one labelled.
func (k *quoteCase) sayerOfLabel() (speaking, string, bool) {
	c := &k.c
	v := k.label()
	if v < 0 {
		v = judgedBefore(c.pt, c.qi)
	}
	if v < 0 || passiveAt(c.pt, v) || contractedPassive(c.pt, v) || !labelsQuote(c.pt, v, c.qi) {
		return speaking{}, "", false
	}
	s := c.pt.sentStart(c.qi)
	if reportedBefore(c.pt, s, v) {
		return speaking{}, "", false // "Ruiz wrote that Qadir saw the navy as “…”": the cue's
	}
	src := k.a.subjectOf(c.pt, v, s, s)
	if c.pt.isWord(v-1, ",") && strings.HasSuffix(c.pt.word(v), "ing") {
		// "Qadir attacked the envoy, branding her “…”": the main
		// clause's subject; "Protesters marched past Qadir, denouncing
		// him as": the protesters', no one named
		src = k.a.mainSubject(c.pt, s, v)
		if !src.personish() {
			src = k.a.clauseSubjectBefore(c.pt, s, v)
		}
	}
	if p, at := whoAntecedent(c.pt, v); p >= 0 {
		src = source{kind: srcPerson, person: p, at: at}
	}
	if !src.personish() {
		return speaking{}, "", false
	}
	who := k.a.cueNames(c.pt, c.first, src)
	if p := who.person; p < 0 || p == labelledAt(c.pt, v, c.qi) || whomClause(c.pt, s, v, p, src.kind == srcPronoun) || himBefore(c.pt, v, p) {
		return speaking{}, "", false
	}
	return who, wordsAround(c.pt, v), true
}

// clauseSubjectBefore returns the subject of the last clause a
// subordinator opens between items s and v, for a participle at v whose
// main clause has no person for its subject: "the row ended after Lund
// had turned on him, insulting him as “…”" (Lund insults).
func (a *attributor) clauseSubjectBefore(pt *paraText, s, v int) source {
	for j := v - 1; j > s; j-- {
		if pt.items[j].tok >= 0 && subordinators[pt.word(j)] {
			if w := pt.word(v + 1); (w == "him" || w == "her") && !pronounObjectIn(pt, j+1, v, w) {
				return source{} // "booed when Lund appeared, mocking him as": "him" is Lund, the one labelled
			}
			return a.mainSubject(pt, j+1, v)
		}
	}
	return source{}
}

// pronounObjectIn reports the pronoun w ("him", "her") between items b
// and e: the one a clause acts on, whom the participle's pronoun stands
// for too ("after Lund had turned on him, insulting him"; not "after Lund
// thanked her, mocking him").
func pronounObjectIn(pt *paraText, b, e int, w string) bool {
	for k := b; k < e; k++ {
		if pt.isWord(k, w) {
			return true
		}
	}
	return false
}

// reportedBefore reports a reporting verb in the sentence from item s
// before the label's verb at item v: the label is in what someone says
// or writes, and the cue names who. A title ("Secretary of State") and
// an infinitive ("refused to comment") report nothing.
func reportedBefore(pt *paraText, s, v int) bool {
	for j := s; j < v; j++ {
		if t, ok := pt.tok(j); ok && !t.Cap && pt.is(j, lex.Report) && !pt.isWord(j-1, "to") {
			return true
		}
	}
	return false
}

// labelsQuote reports whether the verb at item v takes the quote at item
// qi as its label: no clause joins between ("called the envoy on Friday
// but “…”"), and a participle stands right after who pins the label
// ("Qadir, branding him", not "an appraisal branding him").
func labelsQuote(pt *paraText, v, qi int) bool {
	for j := v + 1; j < qi; j++ {
		if w := pt.word(j); conjunctions[w] && w != "as" {
			return false
		}
	}
	o := v + 1
	for o < qi && strings.HasSuffix(pt.word(o), "ly") {
		o++
	}
	if pt.isWord(o, "as") || pt.is(o, lex.Prep) {
		// no object: a passive with no auxiliary ("Qadir, widely
		// regarded as", "described by the envoy as") or a clause whose
		// object is named before ("the man Washington viewed as")
		return false
	}
	if !strings.HasSuffix(pt.word(v), "ing") || pt.isWord(v-1, ",") {
		return true // (a participle after a comma: the main clause's subject pins it, sayerOfLabel)
	}
	w := pt.word(v - 1)
	return pt.is(v-1, lex.Passive) || pt.personAt(v-1) >= 0 || w == "he" || w == "she"
}

// whomClause reports whether the label's verb at item v is in a
// "whom" clause after item s whose subject cannot be read as who pins the
// label: the person it labels ("Ahern, whom he regarded as"), or any
// pronoun, which may stand for either.
func whomClause(pt *paraText, s, v, p int, pronoun bool) bool {
	for j := v - 1; j > s; j-- {
		if pt.isWord(j, "whom") {
			if pt.isWord(j-1, ",") {
				j--
			}
			return pronoun || pt.personAt(j-1) == p
		}
	}
	return false
}

// contractedPassive reports a passive whose auxiliary is contracted onto
// its subject: "he’s painted as", "she's called".
func contractedPassive(pt *paraText, v int) bool {
	t, ok := pt.tok(v - 1)
	if !ok || !t.Poss {
		return false
	}
	w := pt.word(v - 1)
	return w == "he" || w == "she" || w == "it" || w == "who"
}

// himBefore reports a participle after a comma whose object, "him" or
// "her", is person p named right before the comma ("marched past Qadir,
// denouncing him as"): p is the one labelled.
func himBefore(pt *paraText, v, p int) bool {
	w := pt.word(v + 1)
	return (w == "him" || w == "her") && pt.isWord(v-1, ",") && pt.personAt(v-2) == p
}

// copulaBetween reports "is", "was" or "were" between items v and qi: the
// quote after it says what something is, not what the verb at v called
// it ("documents showing Arab calls for a strike were an “…”").
func copulaBetween(pt *paraText, v, qi int) bool {
	relative := false // ("described Qadir, who was then port minister, as “…”": the clause's)
	for k := v + 1; k < qi; k++ {
		switch w := pt.word(k); {
		case w == "who" || w == "which":
			relative = true
		case w == ",":
			relative = false
		case w != "as" && !relative && pt.in(k, copulaMark):
			return true
		}
	}
	return false
}
