package attrib

import (
	"strings"

	"cables/content/lex"
	"cables/content/people"
)

// Cues after a quote: "X said", "said X", "according to X", "the cable
// quoted X as saying".

// quotedAsAfter reads "the cable quoted Saleh as saying" (or "cited")
// after a quote:
// the one quoted speaks, through the document that quotes.
func (a *attributor) quotedAsAfter(pt *paraText, i, end int) (cue, bool) {
	for k := i; k < end && k < i+quotedAsReach; k++ {
		if !pt.lenMayBe(k, 6) && !pt.lenMayBe(k, 5) || !quotingWord(pt.word(k)) {
			if k >= i+4 && pt.isVerbAt(k) {
				return cue{}, false // another verb first: not the quoting phrase
			}
			continue
		}
		return a.quotedObject(pt, i, k, end)
	}
	return cue{}, false
}

// quotingWord reports a verb that quotes someone "as saying": "quoted",
// "cited".
func quotingWord(w string) bool {
	switch w {
	case "quoted", "quotes", "quote", "cited", "cites":
		return true
	}
	return false
}

// quotedObject reads what "quoted" at item k quotes, after a quote whose
// cue starts at item i: "the Guardian quoted the cable as saying" (the
// document speaks, whoever quotes it), "quoted one cable saying",
// "quoted Qadir as saying" (he speaks, through a document when one quotes
// him).
func (a *attributor) quotedObject(pt *paraText, i, k, end int) (cue, bool) {
	reach := quotedObjectReach
	if pt.is(k+1, lex.Prep) {
		reach = quotedPrepReach // ("is quoted in a 2009 cable as telling"; not "was quoted in the cable by Ambassador Jane Ruiz as saying": the passive's)
	}
	for as := k + 2; as < k+reach && as < len(pt.items) && pt.items[as].tok >= 0 && (as < end || pt.isWord(as, ",") || pt.isWord(as, "as")); as++ {
		if pt.isWord(as, ",") {
			if c, ok := a.quotedDocumentAside(pt, k, as); ok {
				return c, true
			}
		}
		saying := pt.isWord(as, "saying") && as < end // ("quoted one cable saying")
		if !saying && !(pt.isWord(as, "as") && strings.HasSuffix(pt.word(as+1), "ing") && pt.isVerbAt(as+1)) {
			continue
		}
		e := as
		if pt.isWord(e-1, ",") {
			e-- // ("quoted the cable, as saying")
		}
		src := a.classify(pt, k+1, e)
		if src.kind == srcDoc {
			return cue{found: true, src: src, verb: "quoted"}, true
		}
		if saying {
			return cue{}, false
		}
		doc := k > i && (a.classify(pt, i, k).kind == srcDoc || missionBetween(pt, i, k))
		if !src.personish() {
			// "US diplomats quote a source close to the president as
			// saying": no one named, through their cable
			return cue{found: doc, src: src, verb: "quoted", viaDoc: true}, doc
		}
		if src.kind == srcPronoun {
			if p := a.ownerQuoted(pt, i, k, as, src.word); p >= 0 {
				src = source{kind: srcPerson, person: p, at: i} // "Qadir's office quoted him as telling": Qadir
			}
		}
		return cue{found: true, src: src, verb: "quoted", viaDoc: doc}, true
	}
	return cue{}, false
}

// quotedObjectReach is how far after "quoted" its "as" may stand: "quote
// a source with access to the inner circle as saying".
const quotedObjectReach = 11

// quotedPrepReach is how far "as" may stand after "quoted" and a
// preposition: "quoted in a 2009 cable as telling".
const quotedPrepReach = 8

// missionBetween reports a mission, its diplomats or its envoy among the
// words [i, k) that quote someone: "US diplomats quote a source … as
// saying" is their cable's report.
func missionBetween(pt *paraText, i, k int) bool {
	for j := i; j < k; j++ {
		// a word in lower case ("the ambassador"), or one outside a name
		// (not "Ambassador" in "Ambassador Jane Ruiz quotes …")
		if t, ok := pt.tok(j); ok && (!t.Cap || pt.personAt(j) < 0) {
			if w := pt.word(j); describers[w] || writerRole(w) {
				return true
			}
		}
	}
	return false
}

// quotedDocumentAside reads "quoted a cable by X, currently the deputy
// chief of mission in Jakarta, as saying" after a quote: "quoted" at item
// k, the document up to the comma at item comma, a description of its
// writer after it, then "as" and a verb in -ing: the document speaks.
func (a *attributor) quotedDocumentAside(pt *paraText, k, comma int) (cue, bool) {
	src := a.classify(pt, k+1, comma)
	if src.kind != srcDoc {
		return cue{}, false
	}
	cited := -1 // "a 2009 cable, which cited Omar Qadir, the port minister, as saying": his words, through the cable
	for as := comma + 1; as < comma+quotedAsideReach && as+1 < len(pt.items); as++ {
		if pt.isWord(as, "as") && strings.HasSuffix(pt.word(as+1), "ing") && pt.isVerbAt(as+1) {
			if cited >= 0 {
				return cue{found: true, src: source{kind: srcPerson, person: pt.personAt(cited), at: cited}, verb: "quoted", viaDoc: true}, true
			}
			return cue{found: true, src: src, verb: "quoted"}, true
		}
		if cited < 0 && pt.isVerbAt(as) {
			// "which cited (recorded, described) Omar Qadir, the port
			// minister, as saying": the one the verb names right after it,
			// "as" after the name and its description; not "which
			// described a meeting with Qadir" nor "which criticised Qadir
			// for …": the document's
			o := as + 1
			if pt.is(o, lex.Title) {
				o++
			}
			e := pastNameAndDescription(pt, o)
			t, ok := pt.tok(e - 1)
			owner := ok && t.Poss // ("Omar Qadir's deputy as saying": not his)
			e += asideSkip(pt, e)
			if e > o && pt.personAt(o) >= 0 && pt.isWord(e, "as") && !owner {
				cited = o
			}
		}
		if pt.isPunctAt(as) && !pt.isWord(as, ",") {
			break // (the sentence, or a quote, ends first)
		}
	}
	return cue{}, false
}

// quotedAsideReach is how long the description after a quoted document
// may run before "as saying".
const quotedAsideReach = 14

// quotedAsReach is how far after a quote its "quoted" may stand: "an
// American cable published by WikiLeaks quoted him as telling".
const quotedAsReach = 10

// pastPunctuation returns the first word from item i after the
// punctuation that closes a quote; -1 when something else follows, with
// the document a bracket cites ("“…” (Cable 09ISLAMABAD2290)").
func pastPunctuation(pt *paraText, i int) (int, cue) {
	for i < len(pt.items) && pt.items[i].tok >= 0 && !pt.items[i].word {
		switch pt.word(i) {
		case ",", ":", ";", "—", "–", "-", ")":
			i++
			continue
		case "(":
			if pt.is(i+1, lex.Doc) || pt.is(i+2, lex.Doc) {
				// "“…” (Cable 09ISLAMABAD2290)": the document cited
				return -1, cue{found: true, src: source{kind: srcDoc, at: i + 1, text: pt.phrase(i+1, i+3)}}
			}
		}
		return -1, cue{}
	}
	return i, cue{}
}

// newClauseAt reports a new clause or a phrase at item i, not a cue:
// "…”, and the cables suggest …", "“…” in which neither President X nor
// …", "“…” in leaked cables".
func newClauseAt(pt *paraText, i int) bool {
	w := pt.word(i)
	return w == "and" || w == "but" || w == "while" || w == "as" || w == "though" ||
		pt.is(i, lex.Clause) || pt.is(i, lex.Prep) && !pt.isWord(i, "according") && !(pt.isWord(i, "in") && pt.isWord(i+2, "words"))
}

// appositiveThenVerb reads a subject in items [i, end) set off from its
// verb by an appositive: "“…,” Karim Lodhi, the foreign minister, said."
func (a *attributor) appositiveThenVerb(pt *paraText, i, end int) (cue, bool) {
	src := a.classify(pt, i, end)
	if src.kind == srcNone || src.kind == srcOther || !pt.isWord(end, ",") {
		return cue{}, false
	}
	for j := end + 1; j < len(pt.items) && j < end+appositiveReach && pt.items[j].tok >= 0; j++ {
		if pt.isWord(j, ",") {
			v := j + 1
			for pt.is(v, lex.Skip|lex.Passive) {
				v++ // "…, is quoted as saying"
			}
			if pt.isVerbAt(v) {
				return cue{found: true, src: src, verb: pt.word(v)}, true
			}
			break
		}
	}
	return cue{}, false
}

// appositiveReach is how many words the description set off after a name
// may take before its closing comma and the verb: "Ali Hasanov, head of
// the political and social affairs department in the president's
// administration, said".
const appositiveReach = 16

// openAppositiveThenVerb reads a name, a comma and an appositive left
// open before the verb: "“…,” Jane Ruiz, the US ambassador to Kandia
// wrote to Washington".
func (a *attributor) openAppositiveThenVerb(pt *paraText, i, end int) (cue, bool) {
	if !pt.isWord(end, ",") {
		return cue{}, false
	}
	for j := i; j < end; j++ {
		if pt.isVerbAt(j) {
			return cue{}, false // "told Omar Qadir, the minister …": the one told
		}
	}
	for v := end + 2; v < len(pt.items) && v < end+12 && pt.items[v].tok >= 0 && !pt.isWord(v, ","); v++ {
		if pt.is(v, lex.Report) && pt.isVerbAt(v) && !pt.is(v-1, lex.Prep) && openAppositive(pt, end+1, v) {
			if src := a.classify(pt, i, end); src.kind != srcNone && src.kind != srcOther {
				return cue{found: true, src: src, verb: pt.word(v)}, true
			}
			break
		}
	}
	return cue{}, false
}

// openAppositive reports whether items [s, v) describe the one just named
// as a determiner and a title with no verb, clause or other name, "the US
// ambassador to Kandia", so that the verb at v is theirs.
func openAppositive(pt *paraText, s, v int) bool {
	if !pt.is(s, lex.Determiner) || v-s < 2 {
		return false
	}
	title := false
	for j := s + 1; j < v; j++ {
		if pt.isVerbAt(j) || pt.personAt(j) >= 0 || pt.is(j, lex.Clause) {
			return false
		}
		title = title || writerRole(pt.word(j)) || pt.is(j, lex.Title)
	}
	return title
}

// subjectThenVerb reads a subject and its verb in items [i, end): "X
// said", "the president is said to have told", "X was quoted as saying",
// or a passive that makes no one the speaker ("was accused of").
func (a *attributor) subjectThenVerb(pt *paraText, i, end int) cue {
	for v := i + 1; v < end && v < i+13; v++ {
		if !pt.isVerbAt(v) && quotedByAs(pt, v) < 0 {
			continue
		}
		j := v
		for j > i && pt.is(j-1, lex.Skip) {
			j--
		}
		if pt.is(j-1, lex.Passive) {
			return a.passiveAfter(pt, i, j, v)
		}
		return cue{found: true, src: a.classify(pt, i, j), verb: pt.word(v)}
	}
	return cue{}
}

// passiveAfter reads a passive verb at item v whose subject ends before
// item j: the one "said to have told" or "quoted as saying" speaks;
// otherwise the subject is spoken of.
func (a *attributor) passiveAfter(pt *paraText, i, j, v int) cue {
	if hearsayVerbs[pt.word(v)] && pt.isWord(v+1, "to") {
		// "“…,” the president is said to have told the general":
		// the one said to speak
		for j > i && pt.is(j-1, lex.Passive|lex.Skip) {
			j--
		}
		t := v + 2
		if pt.isWord(t, "have") {
			t++
		}
		return cue{found: true, src: a.classify(pt, i, j), verb: pt.word(t),
			viaDoc: pt.isWord(v, "reported") && a.docContext(pt, v)}
	}
	if (pt.isWord(v, "quoted") || pt.isWord(v, "cited")) && pt.isWord(v+1, "as") {
		// "“…,” Gilani was quoted as saying.", "… is cited as saying"
		for j > i && pt.is(j-1, lex.Passive|lex.Skip) {
			j--
		}
		return cue{found: true, src: a.classify(pt, i, j), verb: "quoted", viaDoc: a.docContext(pt, v) && !a.pressSince(pt, v)}
	}
	if as := quotedByAs(pt, v); as >= 0 {
		// "“…,” the minister was quoted by the cable as saying": through
		// the document, when the agent is one
		for j > i && pt.is(j-1, lex.Passive|lex.Skip) {
			j--
		}
		return cue{found: true, src: a.classify(pt, i, j), verb: "quoted", viaDoc: a.classify(pt, v+2, as).kind == srcDoc}
	}
	if pt.isWord(v, "quoted") && (pt.isWord(v+1, "in") || pt.isWord(v+1, "by") || pt.endsAt(v)) {
		// "“…,” he was quoted in the cable by Ambassador X": the one
		// quoted speaks, through the document when one is named
		for j > i && pt.is(j-1, lex.Passive|lex.Skip) {
			j--
		}
		return cue{found: true, src: a.classify(pt, i, j), verb: "quoted", viaDoc: a.docContext(pt, v) && !a.pressSince(pt, v)}
	}
	return cue{found: true, passive: true, verb: pt.word(v)}
}

// quotedByAs returns the item of "as" in "quoted by X as saying" or
// "cited by X as telling" when item v is "quoted" or "cited", or -1.
func quotedByAs(pt *paraText, v int) int {
	if !pt.isWord(v, "quoted") && !pt.isWord(v, "cited") || !pt.isWord(v+1, "by") {
		return -1
	}
	for k := v + 3; k < len(pt.items) && k <= v+quotedByReach; k++ {
		if pt.isPunctAt(k) {
			return -1
		}
		if pt.isWord(k, "as") && strings.HasSuffix(pt.word(k+1), "ing") {
			return k
		}
	}
	return -1
}

// ownerQuoted returns the person whose possessive name stands in the
// subject, items [i, k), of "quoted him as telling" (the "as" at item
// as), when the pronoun may stand for them: "Qadir's office quoted him
// as telling Lund" is Qadir. Not a document's writer ("Ruiz's cable
// quoted him"), not one of the other gender, not the one told ("Lund's
// office quoted him as telling the king", Lund the king); else -1.
func (a *attributor) ownerQuoted(pt *paraText, i, k, as int, pronoun string) int {
	p := -1
	for j := i; j < k; j++ {
		if pt.is(j, lex.Doc) {
			return -1
		}
		if q := pt.personAt(j); q >= 0 && p < 0 && pt.at[pt.items[j].tok].owner() {
			p = q
		}
	}
	if p < 0 || !(pronounFit{a: a, word: genderWord(pronoun)}).fits(p) {
		return -1
	}
	person := a.ix.People[p]
	for j, e := as+2, pt.sentenceEnd(as); j < e; j++ {
		if pt.personAt(j) == p || pt.isWord(j-1, "the") && person.HasRole(people.NormRole(pt.word(j))) {
			return -1
		}
	}
	return p
}

// genderWord returns the subject pronoun of an object or possessive one:
// "him" and "his" are "he", "her" is "she".
func genderWord(pronoun string) string {
	switch pronoun {
	case "him", "his":
		return "he"
	case "her", "hers":
		return "she"
	}
	return pronoun
}

// quotedByReach is how far after "quoted" its "as" may stand: "quoted by
// a 2009 US embassy cable as saying".
const quotedByReach = 9

// namedBeforeVerb returns the person named between the comma at item e
// and the next one, and the reporting verb right after that, or -1.
func namedBeforeVerb(pt *paraText, e int) (int, int) {
	if !pt.isWord(e, ",") {
		return -1, 0
	}
	p := pt.personAt(e + 1)
	if p < 0 {
		return -1, 0
	}
	k := e + 1
	for k < len(pt.items) && pt.personAt(k) == p {
		k++
	}
	if !pt.isWord(k, ",") {
		return -1, 0
	}
	v := k + 1
	for pt.is(v, lex.Skip) {
		v++
	}
	if !pt.isVerbAt(v) {
		return -1, 0
	}
	return p, v
}

// pressSince reports a newspaper, a site or a press report named after
// the last document before item i, in its paragraph or the one before:
// "…, according to a Press TV report.¶“…,” he was further quoted as
// saying" is the press quoting him, not the cables.
func (a *attributor) pressSince(pt *paraText, i int) bool {
	for n, p := 0, pt; n < 2 && p != nil; n++ {
		if n > 0 {
			i = len(p.items)
		}
		for k := i - 1; k >= 0; k-- {
			switch {
			case speechEvents[p.word(k)] && speechEventAt(p, k):
				return true // "repeated the charge in a speech to parliament", "at a press briefing", "on state television"
			case p.is(k, lex.Doc) && !speechRecords[p.word(k)]:
				return false
			case p.in(k, docLikeNounMark) && pressReport(p, k), pressWord(p, k) && pressSource(p, k):
				return true
			}
		}
		p = nil
		if pt.pi > 0 {
			p = a.paras[pt.pi-1]
		}
	}
	return false
}

// pressReport reports a report or an account at item k that a newspaper
// or an agency gave: the press named right before it ("a Press TV
// report", "a Reuters report") or after it ("a report by the Kandia
// Herald").
func pressReport(pt *paraText, k int) bool {
	return pressName(pt, k-1) || pressAfter(pt, k, len(pt.items))
}

// pressWord reports a word at item k that names the press: a news
// agency, the last word of an outlet's name, or an outlet noun that is no
// adjective of a report ("a weekly report" is the embassy's).
func pressWord(pt *paraText, k int) bool {
	return pressName(pt, k) || pt.in(k, outletNounMark) && !pt.in(k+1, docLikeNounMark)
}

// pressSource reports the press named at item k as the source of what was
// said: cited ("according to the official news agency", "according to an
// interview published by the Kandia Herald"), spoken to or printed in ("told
// the Kandia Times", "in the pages of the Kandia Herald", "in an interview
// with"), or the one reporting ("The Kandia Herald interviewed Qadir").
// Not a paper that published the cable, nor one a sentence speaks of
// ("railed against the newspaper", "lost patience with the intelligence
// agency").
func pressSource(pt *paraText, k int) bool {
	doc := false // a document between: "according to a cable (U.S. diplomatic documents) seen by Reuters"
	for j := k - 1; j >= 0 && j >= k-pressCiteReach && !pt.isPunctAt(j); j-- {
		doc = doc || pt.is(j, lex.Doc) && !speechRecords[pt.word(j)]
		switch w := pt.word(j); {
		case w == "according" && pt.isWord(j+1, "to"):
			return !doc
		case j >= k-6 && spokenToPress[w]:
			return true
		case j >= k-6 && saidInPress[w] && inBefore(pt, j):
			return true // "in comments to Reuters", "in a written statement to": not "stung by comments to the Herald by a rival"
		}
	}
	e := k + 1
	for e < len(pt.items) && pressName(pt, e) {
		e++
	}
	b := k
	for b > 0 && (capitalised(pt, b-1) || pt.is(b-1, lex.Determiner)) {
		b-- // ("The Kandia Herald")
	}
	if pt.is(b-1, lex.Prep) || pt.isWord(b-1, "with") {
		return false // ("shared with The Times describes": the object of another verb)
	}
	return pt.isVerbAt(e) || pressVerbs[pt.word(e)]
}

// spokenToPress are words before the press that say someone spoke to it
// or in it: "told the Kandia Times", "Speaking to the Kandia Herald", "in
// comments to Reuters", "in the pages of", "in an interview with", "in an
// op-ed for".
var spokenToPress = map[string]bool{"told": true, "interview": true, "interviews": true, "speaking": true, "spoke": true}

// pressCiteReach is how far before the press "according to" may stand:
// "according to a copy of the speech obtained by the Kandia Herald".
const pressCiteReach = 12

// inBefore reports "in" a few words before item j, past a determiner and
// adjectives: "in a written statement", "in his televised remarks".
func inBefore(pt *paraText, j int) bool {
	for k := j - 1; k >= 0 && k >= j-4 && !pt.isPunctAt(k); k-- {
		if pt.isWord(k, "in") {
			return true
		}
		if pt.isVerbAt(k) || clauseVerbsBeforeNoun[pt.word(k)] || pt.is(k, lex.Prep) {
			return false // ("Officials in Sora made no comments", "Anger in Kandia over the comments": another phrase's "in")
		}
	}
	return false
}

// clauseVerbsBeforeNoun are verbs that end the phrase "in" opens before a
// noun of what was said: "Officials in Sora made no comments".
var clauseVerbsBeforeNoun = map[string]bool{"made": true, "gave": true, "offered": true, "issued": true, "had": true, "has": true, "have": true, "was": true, "were": true, "is": true}

// saidInPress are the same after "in": "in comments to Reuters", "in the
// pages of", "in an op-ed for".
var saidInPress = map[string]bool{"pages": true, "edition": true, "comments": true, "remarks": true, "statement": true, "op-ed": true, "column": true}

// pressVerbs are what the press does with someone's words, after its
// name: "The Kandia Herald interviewed Qadir".
var pressVerbs = map[string]bool{"interviewed": true, "quoted": true, "reported": true, "cited": true, "asked": true}

// speechEvents set words in speech when a sentence that names no document
// tells of one: "in a speech to parliament", "at a rally", "on state
// television"; not "denounced the cable on state television".
var speechEvents = map[string]bool{"speech": true, "rally": true, "conference": true, "briefing": true,
	"television": true, "radio": true, "tv": true, "broadcast": true}

// speechEventAt reports a speech event at item k that someone took part
// in: "in", "at", "on" or "during" a few words before it ("in a speech to
// parliament", "at a press briefing", "on state television"; a conference
// or a briefing only of the press), in a sentence that names no document
// and no writing ("had just returned from a NATO conference, the
// ambassador wrote"; "a former radio presenter").
func speechEventAt(pt *paraText, k int) bool {
	if pt.isWord(k, "briefing") && pt.isWord(k+1, "for") && !pt.is(k+2, lex.Spoken) && !pt.is(k+3, lex.Spoken) {
		return false // ("in a briefing for the Secretary": a document the embassy sent)
	}
	if !eventPrepBefore(pt, k) {
		return false
	}
	for j := k + 1; j < pt.sentenceEnd(k) && j <= k+4; j++ {
		if yearAt(pt, j) {
			return false // ("had first met at a conference in Geneva in 2007": a past event)
		}
	}
	said, ok := sentenceOfSaying(pt, k)
	return ok && (said || !gatherings[pt.word(k)])
}

// eventPrepBefore reports "in", "at", "on" or "during" a few words before
// the speech event at item k, in its own phrase ("during a speech", "in a
// long, rambling speech", "in front of television cameras"; not "after a
// rally by opposition supporters", "during a week of television debates").
func eventPrepBefore(pt *paraText, k int) bool {
	for j := k - 1; j >= 0 && j >= k-6 && (!pt.isPunctAt(j) || pt.isWord(j, ",")); j-- {
		w := pt.word(j)
		if w == "in" || w == "at" || w == "on" || w == "during" {
			return true
		}
		if pt.isVerbAt(j) && j < k-1 || eventBreaks[w] && !(w == "of" && pt.isWord(j-1, "front")) { // (not "state television")
			return false
		}
	}
	return false
}

// sentenceOfSaying reads the sentence of item k: ok is false when it names
// a document or a writing ("had just returned from a NATO conference, the
// ambassador wrote"); said tells a reporting verb in it (a gathering sets
// words in speech only in a sentence of saying: not "met the ambassador at
// a conference").
func sentenceOfSaying(pt *paraText, k int) (said, ok bool) {
	for j, e := pt.sentStart(k), pt.sentenceEnd(k); j < e; j++ {
		if pt.is(j, lex.Writing) || pt.is(j, lex.Doc) && !speechRecords[pt.word(j)] && !speechEvents[pt.word(j)] {
			return false, false
		}
		said = said || pt.isVerbAt(j)
	}
	return said, true
}

// gatherings are speech events where one may also only meet: "met the
// ambassador at a regional security conference".
var gatherings = map[string]bool{"conference": true, "briefing": true, "rally": true}

// eventBreaks end the phrase a speech event stands in: "after a rally by",
// "a week of television debates".
var eventBreaks = map[string]bool{"after": true, "before": true, "by": true, "of": true, "week": true, "weeks": true}

// yearAt reports a year at item j: four digits from 1900 to 2099.
func yearAt(pt *paraText, j int) bool {
	w := pt.word(j)
	return len(w) == 4 && (w[:2] == "19" || w[:2] == "20") && lex.IsNumber(w)
}

// speechRecords are documents that record what was said aloud, not cables:
// "according to excerpts published by the Kandia Herald".
var speechRecords = map[string]bool{"excerpts": true, "transcript": true, "copy": true, "recording": true}

// asideSkip returns how many words between a cited name and "as saying"
// tell when or how, not whom: "privately", "himself", "in 2008", "last
// year", "then".
func asideSkip(pt *paraText, e int) int {
	switch w := pt.word(e); {
	case lyAdverb(pt, e), reflexives[w], w == "then":
		return 1
	case w == "in" && lex.IsNumber(pt.word(e+1)), w == "last" && (pt.isWord(e+1, "year") || pt.isWord(e+1, "month") || pt.isWord(e+1, "week")):
		return 2
	}
	return 0
}

// reflexives stand after a name for emphasis: "quoted Qadir himself".
var reflexives = map[string]bool{"himself": true, "herself": true, "themselves": true}
