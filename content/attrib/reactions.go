package attrib

import (
	"strings"

	"cables/content/lex"
)

// Speech about the leak stays speech: a label someone pinned with "by"
// ("dismissed by a ministry official as “absurd”") is the agent's, and
// someone who says what the documents are ("said the cable was “an
// infamy”") speaks of them; their words are not the documents'.

// copulas join a thing to what someone calls it.
var copulas = lex.MustSet(words, "words/copulas.txt")

// agentReach is how far before "as “…”" the "by" of a passive label may
// stand: "commended by Jane Ruiz, the ambassador, as a “…”".
const agentReach = 10

// labelAgent returns the items [from, to) of the agent of a passive label
// right before quote item qi ("dismissed by a ministry official as “…”",
// "dubbed by the press as “…”") or right after it when it names someone
// ("has been described as “…” by opposition leader Ivo Lund"), or -1, -1.
func labelAgent(pt *paraText, qi int) (from, to int) {
	j := qi - 1
	if pt.is(j, lex.Determiner) {
		j-- // "as a “…”"
	}
	if !pt.isWord(j, "as") {
		return -1, -1
	}
	if w := pt.word(j - 1); pt.isWord(qi+1, "by") && (strings.HasSuffix(w, "ed") || labelVerbs[w]) && pt.is(j-2, lex.Passive|lex.Skip) {
		e, named := qi+2, false
		for e < len(pt.items) && e < qi+2+agentReach && pt.items[e].tok >= 0 && !pt.isPunctAt(e) &&
			(e == qi+2 || !pt.is(e, lex.Prep) || pt.isWord(e, "of") || capitalAt(pt, e-1) || pt.is(e-1, lex.RoleNoun|lex.RoleWord)) {
			named = named || pt.personAt(e) >= 0
			e++ // (the agent's phrase only: "by the US ambassador in a meeting with President X" is the ambassador's; a title's "to" or "for" goes on: "by US Ambassador to Kandia X", "by a spokesman for X")
		}
		if named {
			return qi + 2, e // (not "by a colleague", whose words a file reports)
		}
		return -1, -1
	}
	s := pt.sentStart(qi)
	for k := j - 1; k > s && k >= j-agentReach; k-- {
		if pt.items[k].tok < 0 {
			break
		}
		if pt.isWord(k, "by") {
			w := pt.word(k - 1)
			if strings.HasSuffix(w, "ed") || labelVerbs[w] {
				return k + 1, j
			}
			break
		}
	}
	return -1, -1
}

// agentWrites reports whether the agent of a label, items [from, to), is
// one who writes the documents or a document itself: "by the embassy",
// "by Jane Ruiz, the ambassador", "by a cable".
func agentWrites(pt *paraText, from, to int) bool {
	for j := from; j < to; j++ {
		w := pt.word(j)
		if pt.is(j, lex.Doc) || docLikeNouns[w] || describers[w] || writerRole(w) || w == "americans" || strings.EqualFold(w, "Americans") {
			return true // ("by the Americans": the cables' writers as a body)
		}
	}
	return false
}

// labelByAgent: someone who writes no documents pinned the label, named
// with "by" ("whose contents were dismissed by a ministry official as
// “absurd”", "dubbed by the press as “…”"): their words, speech.
func (k *quoteCase) labelByAgent() (string, bool) {
	c := &k.c
	from, to := labelAgent(c.pt, c.qi)
	if from < 0 || agentWrites(c.pt, from, to) || agentIsTheDocuments(k.a, c.pt, from, to) {
		return "", false
	}
	return wordsBefore(c.pt, c.qi), true
}

// agentIsTheDocuments reports an agent that is only "them" or "it" after a
// document named in the paragraph or the one before: "Many dispatches
// focus on his daughter, who is described by them as “…”".
func agentIsTheDocuments(a *attributor, pt *paraText, from, to int) bool {
	return to == from+1 && (pt.isWord(from, "them") || pt.isWord(from, "it")) && a.docContext(pt, from)
}

// agentOfLabel: the label's agent named with "by" is a person the story
// names ("commended by Jane Ruiz, the ambassador, as a “…”"): they speak
// the words; an agent unnamed ("by a ministry official") speaks them with
// no name.
func (k *quoteCase) agentOfLabel() (speaking, string, bool) {
	c := &k.c
	from, to := labelAgent(c.pt, c.qi)
	if from < 0 {
		return speaking{}, "", false
	}
	for j := from; j < to; j++ {
		if p := c.pt.personAt(j); p >= 0 {
			if prepObject(c.pt, from, j) {
				return speaking{person: -1}, wordsAround(c.pt, from), true // "by a spokesman for President X": the spokesman's
			}
			return speaking{person: p, byCue: true}, wordsAround(c.pt, j), true
		}
	}
	if agentWrites(c.pt, from, to) {
		return speaking{}, "", false // "by the embassy": the documents' own words
	}
	return speaking{person: -1}, wordsAround(c.pt, from), true
}

// speaksOfDocument: the cue before the quote is someone saying what the
// documents are ("Qadir said the cable was “an infamy”", "dismissed the
// cables as “gossip”"): they speak of the documents, the words are theirs.
func (k *quoteCase) speaksOfDocument() (string, bool) {
	c := &k.c
	pt, j := c.pt, c.qi-1
	if pt.is(j, lex.Determiner) {
		j--
	}
	if pt.isWord(j, "as") {
		return k.labelsTheDocuments(j)
	}
	if t, ok := pt.tok(j); !ok || !t.Word || len(pt.word(j)) > 4 || !pt.in(j, copulaMark) {
		return "", false // (the copula first: it is the rarest sign)
	}
	j--
	docBefore := pt.is(j, lex.Doc) || pt.in(j, disclosureNounMark)
	if !docBefore || personSays(c.after) {
		if evidence, ok := k.saysWhatDocumentsAre(j); ok {
			return evidence, true
		}
		if !docBefore {
			return "", false
		}
	}
	b := c.before
	if c.place != inSentence || !b.found || b.passive || !b.src.personish() || writingVerb(b.verb) {
		return "", false
	}
	for v := j - 1; v > pt.sentStart(c.qi) && v >= j-4; v-- {
		if pt.isVerbAt(v) {
			return wordsAround(pt, j), true
		}
		if pt.isPunctAt(v) {
			break
		}
	}
	return "", false
}

// saysWhatDocumentsAre: the documents are the subject of the copula
// ending at item j+1, the one who says what they are speaks ("The cables
// made public on Sunday are “raw material”, Minister X said at a news
// conference", "The cables were “…,” said X", "The cables, said X, a
// spokesman, were “…”", "X alleges that documents showing … were an
// “…”").
func (k *quoteCase) saysWhatDocumentsAre(j int) (string, bool) {
	c := &k.c
	pt := c.pt
	before := c.place == inSentence && personSays(c.before) && c.before.src.at < j
	docSubject := personSays(c.after) || before && asideBefore(pt, c.before.src.at)
	if !(docSubject && k.a.mainSubject(pt, pt.sentStart(c.qi), c.qi).kind == srcDoc || before && docOpensClause(pt, c.before.src.at, j)) {
		return "", false
	}
	if personSays(c.after) {
		return wordsAfter(c.ptL, c.aqi), true
	}
	return wordsBefore(c.bpt, c.bqi), true
}

// asideBefore reports a reporting verb right after a comma within a few
// words before the source named at item at: an aside ("The cables, said
// Tom Vance, …, were"), not a clause the documents tell ("Leaked cables
// claim X asserted that …").
func asideBefore(pt *paraText, at int) bool {
	for k := at - 1; k > 0 && k >= at-4; k-- {
		if pt.isVerbAt(k) {
			return pt.isWord(k-1, ",")
		}
	}
	return false
}

// docOpensClause reports a clause opened by "that" between items from and
// to whose subject is a document ("alleges that documents showing … were
// an “…”").
func docOpensClause(pt *paraText, from, to int) bool {
	for k := from + 1; k < to; k++ {
		if pt.isWord(k, "that") {
			for j := k + 1; j < to && j <= k+3; j++ {
				if pt.is(j, lex.Doc) {
					return true
				}
			}
		}
	}
	return false
}

// personSays reports a cue of someone saying, not writing: "X said".
func personSays(cu cue) bool {
	return cu.found && !cu.passive && cu.src.personish() && !writingVerb(cu.verb)
}

// labelsTheDocuments: someone named, who writes no cables, labels the
// documents themselves, "as" at item as: "Yudhoyono denounced the
// diplomatic cables as “character assassination”".
func (k *quoteCase) labelsTheDocuments(as int) (string, bool) {
	pt, d := k.c.pt, as-1
	if !pt.is(d, lex.Doc) && !pt.in(d, disclosureNounMark) {
		return "", false
	}
	v := d - 1
	for v > d-4 && v > 0 && (pt.is(v, lex.Determiner) || docAdjectives[pt.word(v)] || pt.isWord(v, "diplomatic") || american(pt, v)) {
		v--
	}
	t, ok := pt.tok(v)
	if !ok || !t.Word || t.Cap || !strings.HasSuffix(pt.word(v), "ed") && !strings.HasSuffix(pt.word(v), "s") {
		return "", false // "denounced", "dismisses"
	}
	if pt.is(v-1, lex.Determiner) {
		return "", false // "described in a leaked cable as": the document's adjective
	}
	src := k.a.mainSubject(pt, pt.sentStart(v), v)
	if src.kind != srcPerson && src.kind != srcPronoun || k.a.writesCables(src) {
		return "", false
	}
	return wordsAround(pt, d), true
}

// pairedCue returns the source and verb of the cue after the quote that
// follows quote item qi in its sentence, joined to it by "and" or "or"
// ("“…” and “…”, X told reporters"), and whether there is one that names
// someone: the two share it. It reads the cue's common shapes only, a name
// or "he" and a reporting verb in either order ("…, X told reporters", "…,
// said X"): the full reading of a cue waits for the second quote's turn.
func pairedCue(pt *paraText, qi int) (source, string, bool) {
	n := pairedNext(pt, qi)
	if n < 0 {
		return source{}, "", false
	}
	j := n + 1
	if pt.isWord(j, ",") {
		j++
	}
	var src source
	verb := -1
	for e := min(pt.sentenceEnd(n), n+pairCueReach); j < e && pt.items[j].tok >= 0; j++ {
		if src.kind == srcNone {
			if p := pt.personAt(j); p >= 0 {
				src = source{kind: srcPerson, person: p, at: j}
			} else if w := pt.word(j); w == "he" || w == "she" {
				src = source{kind: srcPronoun, word: w, at: j}
			}
		}
		if verb < 0 && pt.isVerbAt(j) {
			verb = j
		}
		if verb >= 0 && src.kind != srcNone || pt.isPunctAt(j) {
			break
		}
	}
	if verb < 0 || src.kind == srcNone {
		return source{}, "", false
	}
	return src, pt.word(verb), true
}

// pairCueReach is how far after a pair its cue may stand: "“…” and “…”,
// French official Omar Qadir told journalists".
const pairCueReach = 10

// pairedNext returns the item of the quote that follows quote item qi in
// its sentence after "and" or "or", or -1.
func pairedNext(pt *paraText, qi int) int {
	j := qi + 1
	if pt.isWord(j, ",") {
		j++
	}
	if !pt.isWord(j, "and") && !pt.isWord(j, "or") {
		return -1
	}
	n := j + 1
	if n >= pt.sentenceEnd(qi) || pt.items[n].tok >= 0 {
		return -1
	}
	return n
}

// pairCue is the source and verb of the cue after the pair the quote is
// one of, first or second (its own cue after), and whether it names
// someone.
func (k *quoteCase) pairCue() (source, string, bool) {
	c := &k.c
	pt, qi := c.ptL, c.qiL
	j := qi - 1
	if pt.isWord(j, "and") || pt.isWord(j, "or") {
		j--
		if pt.isWord(j, ",") {
			j--
		}
		if j >= 0 && pt.items[j].tok < 0 && pt.sentStart(j) == pt.sentStart(qi) && pairedNext(pt, j) == qi {
			a := c.after
			return a.src, a.verb, a.found && !a.passive && a.src.personish()
		}
	}
	if c.after.found {
		return source{}, "", false // its own cue after: no pair's
	}
	return pairedCue(pt, qi)
}

// pairSpoken: the quote is one of a pair ("“…” and “…”, X told
// reporters"), and the cue after the pair sets it in speech: a verb of
// speech, or a setting of speech in the sentence.
func (k *quoteCase) pairSpoken() (string, bool) {
	c := &k.c
	if c.before.found {
		return "", false // a cue of its own before it
	}
	_, verb, ok := k.pairCue()
	if !ok || !speechOnlyVerb(verb) && !k.a.spokenCue(c) {
		return "", false
	}
	return wordsAfter(c.ptL, c.aqi), true
}

// pairedSpeaker: the quote is one of a pair ("“…” and “…”, X told
// reporters"): the one the cue after the pair names speaks both.
func (k *quoteCase) pairedSpeaker() (speaking, string, bool) {
	c := &k.c
	if c.before.found {
		return speaking{}, "", false // a cue of its own before it
	}
	src, _, ok := k.pairCue()
	if !ok {
		return speaking{}, "", false
	}
	return k.a.cueNames(c.ptL, c.last, src), wordsAfter(c.ptL, c.aqi), true
}
