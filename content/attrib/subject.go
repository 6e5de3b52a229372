package attrib

import (
	"strings"
	"unicode"

	"cables/content/lex"
)

// Who or what a cue names: the noun phrase before a reporting verb, the
// subject of a sentence's main clause, and what that phrase stands for (a
// person, a pronoun, a role, a document, or someone unnamed).

// headOf returns the end of the head of the phrase in items [b, e): the
// head of "a cable to Washington from the embassy" is "cable", the last
// word before the first preposition or clause word.
func headOf(pt *paraText, b, e int) int {
	for k := b + 1; k < e; k++ {
		w := pt.word(k)
		if pt.is(k, lex.Prep|lex.Clause) || w == "," && !dateComma(pt, k) || pt.is(k, lex.ParticipleBy) && (pt.isWord(k+1, "by") || pt.is(k+1, lex.Prep) || w == "dated") {
			return k
		}
	}
	return e
}

// phrase returns the paragraph's text from item b to item e (exclusive).
func (pt *paraText) phrase(b, e int) string {
	tb, okb := pt.tok(b)
	te, oke := pt.tok(e - 1)
	if !okb || !oke || te.End < tb.Start {
		return ""
	}
	return pt.text[tb.Start:te.End]
}

// subjectOf finds the source of the verb at item v, looking no further
// back than item lo (a sentence start or a quote).
func (a *attributor) subjectOf(pt *paraText, v, lo, sent int) source {
	if lo != sent || v < 0 || v >= len(pt.items) || pt.sentStart(v) != sent {
		return a.readSubjectOf(pt, v, lo, sent)
	}
	// read back to the verb's own sentence start: the same for every rule
	// that asks (the subject of a verb is read for its cue, for the
	// events pronouns go back to, and by the rules of describe.go)
	if k := pt.subjects[v]; k > 0 {
		return a.subjects[k-1]
	}
	src := a.readSubjectOf(pt, v, lo, sent)
	a.subjects = append(a.subjects, src)
	pt.subjects[v] = int32(len(a.subjects))
	return src
}

// participleLinks join a participle to its sentence with no subject of
// its own ("although adding").
var participleLinks = lex.MustSet(words, "words/participle-links.txt")

// readSubjectOf is subjectOf read from the words.
func (a *attributor) readSubjectOf(pt *paraText, v, lo, sent int) source {
	j := subjectEnd(pt, v, lo)
	if d := openingDash(pt, j, lo); d > lo {
		// "X – whose visit coincided with the leak – stressed": past the
		// words set off by dashes
		j = d - 1
	}
	if j < lo {
		if lo > sent {
			// the verb follows a quote: "“…,” and said that …"
			return a.mainSubject(pt, sent, v)
		}
		return source{}
	}
	if w := pt.word(j); w == "and" || w == "but" {
		if src, ok := a.subordinateSubject(pt, sent, j, v); ok {
			return src
		}
		return a.mainSubject(pt, sent, v)
	}
	if pt.isWord(j, ",") {
		src, ok := a.subjectBeforeComma(pt, v, lo, sent, j)
		if ok {
			return src
		}
		j--
	}
	if src, ok := a.agentOfParticiple(pt, v, lo, j); ok {
		return src
	}
	if pt.in(j, participleLinkMark) && strings.HasSuffix(pt.word(v), "ing") {
		// "Ruiz suggested that Qadir was unfit, although adding that he
		// was …": the participle's subject is the sentence's
		return a.mainSubject(pt, sent, v)
	}
	b := phraseStart(pt, j, lo)
	if b == j && pt.is(j, lex.Clause) {
		if src, ok := a.subjectOfClause(pt, v, lo, sent, j); ok {
			return src
		}
	}
	return a.subjectPastCommas(pt, v, lo, sent, b, j)
}

// subordinators open a clause with a subject of its own inside a
// sentence ("… when President X arrived and told crowds …").
var subordinators = lex.MustSet(words, "words/subordinators.txt")

// subordinateSubject reads the subject of a verb joined by "and" at item
// j to a verb of a clause that a subordinator opened: in "a mood of joy
// filled the country when President X arrived and told crowds “…”", X
// told them, not the mood. ok is false when no such clause names a person,
// a role or a document.
func (a *attributor) subordinateSubject(pt *paraText, sent, j, v int) (source, bool) {
	for c := j - 1; c > sent; c-- {
		if pt.items[c].tok < 0 || pt.isVerbAt(c) {
			return source{}, false // a quote or another cue between: not one clause
		}
		if !subordinators[pt.word(c)] {
			continue
		}
		src := a.mainSubject(pt, c+1, j)
		switch src.kind {
		case srcPerson, srcRole, srcDoc:
			return src, true
		}
		return source{}, false
	}
	return source{}, false
}

// subjectEnd returns the last item of the phrase before the verb at item
// v, past adverbs and a weekday ("and on Tuesday demanded"); below lo if
// none.
func subjectEnd(pt *paraText, v, lo int) int {
	j := v - 1
	for j >= lo {
		switch {
		case pt.is(j, lex.Skip) || strings.HasSuffix(pt.word(j), "ly") && j > lo:
			j--
			continue
		case j > lo && pt.isWord(j-1, "on") && lex.Weekdays[strings.ToLower(pt.word(j))]:
			j -= 2 // "and on Tuesday demanded"
			continue
		}
		break
	}
	return j
}

// openingDash returns the dash that opens the words set off between
// dashes when item j closes them ("X – whose visit … – stressed"), or -1.
func openingDash(pt *paraText, j, lo int) int {
	if w := pt.word(j); w != "–" && w != "—" {
		return -1
	}
	for k := j - 1; k >= lo; k-- {
		if pt.items[k].tok < 0 {
			return -1
		}
		if w := pt.word(k); w == "–" || w == "—" {
			return k
		}
	}
	return -1
}

// agentOfParticiple reads the subject of a participle in -ing at item v
// right after an agent named with "by", the phrase ending at item j: "upset
// by US diplomats describing him as" has the diplomats describe.
func (a *attributor) agentOfParticiple(pt *paraText, v, lo, j int) (source, bool) {
	if !strings.HasSuffix(pt.word(v), "ing") {
		return source{}, false
	}
	for b := j; b >= lo && b > j-byAgentReach; b-- {
		if pt.isPunctAt(b) || pt.isVerbAt(b) {
			break
		}
		if pt.isWord(b, "by") && b < j {
			return a.classify(pt, b+1, j+1), true
		}
	}
	return source{}, false
}

// byAgentReach is how many words an agent named with "by" may take.
const byAgentReach = 5

// subjectBeforeComma reads the subject of the verb at item v when a comma
// at item j closes an appositive or a clause before it: "Mr Beck, who
// leads the party, said". It reports false when the phrase before the
// comma is to be read as the subject.
func (a *attributor) subjectBeforeComma(pt *paraText, v, lo, sent, j int) (source, bool) {
	if p := titledAppositive(pt, j); p >= 0 {
		// "… and the Health Minister, Ana Ruiz, said": the name set off
		// after a title is the one who says, whatever the sentence's
		// subject before
		return source{kind: srcPerson, person: p, at: j - 1}, true
	}
	// the subject opens the sentence, or the clause the verb is in:
	// "reported that the Emir, X, had joked"
	from := sent
	for k := j - 1; k > lo; k-- {
		if clauseOpener(pt, k) && (pt.is(k+1, lex.Determiner) || pt.personAt(k+1) >= 0 || capitalOwner(pt, k+1) || titleOpens(pt, k+1, j) && !verbBetween(pt, k+1, nextComma(pt, k+1, j))) {
			from = k + 1
			break
		}
	}
	m := a.mainSubject(pt, from, v)
	if m.kind != srcNone && m.kind != srcOther || m.kind == srcOther && strings.HasSuffix(pt.word(v), "ing") {
		// "Diplomats painted a picture of the premier, X, describing
		// a leader …": the participle's subject is the sentence's
		return m, true
	}
	j--
	if j < lo {
		return source{}, true // ", said": nothing before the comma
	}
	if p := namedBeforeDescription(pt, lo, j); p >= 0 {
		// "… and Anwar Gargash, the adviser to Sheikh X, wrote"
		return source{kind: srcPerson, person: p, at: j}, true
	}
	return source{}, false
}

// titleOpens reports a title or a role from item i on, before item j,
// after no more than a few words that qualify it: "former U.S.
// ambassador in Port Vell, Jane Ruiz, alleged" opens with the one who
// alleges.
func titleOpens(pt *paraText, i, j int) bool {
	for k := i; k < j && k < i+titleLeadWords; k++ {
		if pt.is(k, lex.Title|lex.RoleNoun) {
			return true
		}
		if t, ok := pt.tok(k); !ok || !t.Cap && !formerWords[pt.word(k)] && !roleQualifiers[pt.word(k)] {
			return false
		}
	}
	return false
}

// nextComma returns the first comma from item i on, or j.
func nextComma(pt *paraText, i, j int) int {
	for k := i; k < j; k++ {
		if pt.isWord(k, ",") {
			return k
		}
	}
	return j
}

// verbBetween reports a verb among the items from i up to j: the clause
// a title opens runs to its own verb before its first comma ("who insists
// that former ambassador Jane Ruiz never visited his ministry, said"), not
// a clause set off after the name ("that former ambassador Jane Ruiz, who
// was posted to Port Vell, wrote").
func verbBetween(pt *paraText, i, j int) bool {
	for k := i; k < j; k++ {
		if pt.isVerbAt(k) || pt.is(k, lex.Skip|lex.Passive) {
			return true
		}
	}
	return false
}

// titleLeadWords is how many words may stand before the title a clause
// opens with: "former U.S. deputy ambassador".
const titleLeadWords = 4

// formerWords date a title: "former ambassador", "then ambassador".
var formerWords = map[string]bool{"former": true, "then": true, "then-": true, "late": true}

// clauseOpener reports a word at item k that opens a clause with a
// subject of its own: "that", or "which" after a preposition ("the
// spat, in which the President, while addressing teachers, said").
func clauseOpener(pt *paraText, k int) bool {
	return pt.isWord(k, "that") || pt.isWord(k, "which") && pt.is(k-1, lex.Prep) || bareClauseVerb(pt, k)
}

// bareClauseVerb reports a reporting verb at item k whose clause follows
// with no "that", a name first ("It said Qadir, the port minister,
// argued"; "The cable reveals Ruiz affirmed"; "Ambassador Jane Ruiz wrote
// Omar Qadir, the port minister, had told her"): the clause's subject is
// the name, not the verb's object. Said by a document or "it", any such
// verb but one of telling or labelling; said by a person, only a verb of
// saying or writing that takes a clause (clause-verbs.txt), outside a
// relative clause ("who has long accused Omar Qadir, the prime minister,
// of corruption, said" keeps its object).
func bareClauseVerb(pt *paraText, k int) bool {
	if !pt.isVerbAt(k) || pt.personAt(k+1) < 0 {
		return false
	}
	w := pt.word(k)
	if tellingVerbs[w] || labelVerbs[w] {
		return false
	}
	j := k - 1
	if passiveAdverbs[pt.word(j)] {
		j-- // "the cable also says"
	}
	if pt.is(j, lex.Doc) || pt.isWord(j, "it") {
		return true
	}
	if !clauseVerbs[w] {
		return false
	}
	for b := k - 1; b >= 0 && !pt.isPunctAt(b); b-- {
		if pt.isWord(b, "who") || pt.isWord(b, "which") {
			return false
		}
	}
	// the clause's own verb after the name and a description set off by
	// commas ("wrote Omar Qadir, the port minister, had told her"); not an
	// object ("claimed Omar Qadir as an ally", "reported X to the commission")
	e := pastNameAndDescription(pt, k+1)
	if passiveAdverbs[pt.word(e)] {
		e++ // ("…, then told her")
	}
	if strings.HasSuffix(pt.word(e), "ing") {
		// "reported Omar Qadir, the defence minister, complaining": he
		// complains; "wrote Omar Qadir, …, complaining": the writer does
		return w != "wrote" && w != "writes" && pt.isVerbAt(e)
	}
	return pt.isVerbAt(e) || predicateAt(pt, e)
}

// clauseVerbs are verbs of saying or writing whose clause may follow with
// no "that", its subject first.
var clauseVerbs = lex.MustSet(words, "words/clause-verbs.txt")

// titledAppositive returns the person named between two commas, the
// second at item j, right after a title or a role that opens a clause
// after "and" or "but" ("and the Health Minister, Ana Ruiz,"), or -1.
func titledAppositive(pt *paraText, j int) int {
	p := pt.personAt(j - 1)
	if p < 0 {
		return -1
	}
	k := j - 1
	for k > 0 && pt.personAt(k-1) == p {
		k--
	}
	if !pt.isWord(k-1, ",") || !pt.is(k-2, lex.Title|lex.RoleNoun) {
		return -1
	}
	t := k - 2
	for t > 0 && (pt.is(t-1, lex.Title|lex.RoleNoun) || capitalised(pt, t-1)) {
		t-- // "the Health Minister"
	}
	if pt.isWord(t-1, "the") {
		t--
	}
	// the title opens a clause joined by "and" or "but" ("and the Health
	// Minister, Ana Ruiz, said"), not an object ("a picture of the
	// premier, X, describing"; "a spokesman for the prime minister, X,")
	if !pt.isWord(t-1, "and") && !pt.isWord(t-1, "but") {
		return -1
	}
	return p
}

// capitalised reports a capitalised word at item k that owns nothing.
func capitalised(pt *paraText, k int) bool {
	t, ok := pt.tok(k)
	return ok && t.Cap && !t.Poss && pt.personAt(k) < 0
}

// capitalOwner reports a capitalised owner at item k: "China's", "the
// Emir's" opening a clause's subject ("reveals that China's Vice Foreign
// Minister, X, told").
func capitalOwner(pt *paraText, k int) bool {
	t, ok := pt.tok(k)
	return ok && t.Cap && t.Poss
}

// phraseStart returns where the phrase ending at item j starts, no
// further back than lo: after punctuation, a quote, a clause word, "and"
// after no name, "but", or a verb.
func phraseStart(pt *paraText, j, lo int) int {
	b := j
	for b > lo && !pt.is(j, lex.Clause) {
		w := pt.word(b - 1)
		if w == "," || w == ";" || w == ":" || w == "—" || w == "–" || pt.items[b-1].tok < 0 || pt.is(b-1, lex.Clause) || w == "and" && b-1 > lo && pt.personAt(b-2) < 0 || w == "but" || pt.isVerbAt(b-1) {
			break
		}
		b--
	}
	return b
}

// subjectOfClause reads the subject of a verb after a clause word at item
// j: "the cables which express" has the noun phrase before "which".
func (a *attributor) subjectOfClause(pt *paraText, v, lo, sent, j int) (source, bool) {
	k := j
	for k > lo && pt.word(k-1) == "," {
		k--
	}
	if k > lo && pt.is(k-1, lex.Doc) {
		// "answered the cables, which describe him as": the
		// document the clause is about, whatever comes before it
		return a.classify(pt, k-1, k), true
	}
	if k < j {
		// "a US embassy cable, made public by WikiLeaks, which
		// claims": past a participle phrase set off by commas
		for c := k - 2; c > lo && c >= k-9 && pt.items[c].tok >= 0; c-- {
			if pt.isWord(c, ",") {
				if pt.is(c-1, lex.Doc) && pt.is(c+1, lex.ParticipleBy) {
					return a.classify(pt, c-1, c), true
				}
				break
			}
		}
	}
	if k < j {
		// "a report released by WikiLeaks, which describes": a
		// participle phrase right after the document, no comma before it
		for c := k - 1; c > lo && c >= k-participleReach && pt.items[c].tok >= 0 && !pt.isWord(c, ","); c-- {
			if pt.is(c, lex.ParticipleBy) {
				if pt.is(c-1, lex.Doc) {
					return a.classify(pt, c-1, c), true
				}
				if pt.in(c-1, docLikeNounMark) && (pt.isWord(c-2, "diplomatic") || docAdjectives[pt.word(c-2)]) {
					// "a diplomatic report released by …": a document
					return source{kind: srcDoc, at: c - 1, text: pt.phrase(c-2, c)}, true
				}
				break
			}
		}
	}
	if k > lo {
		return a.subjectOf(pt, k, lo, sent), true
	}
	return source{}, false
}

// participleReach is how far before the comma of a clause word the
// participle after its document may stand: "a report released by the
// Madrid daily, which".
const participleReach = 8

// subjectPastCommas reads the phrase in items [b, j] as the subject of the
// verb at item v, unless commas set it off as a parenthesis, a name that
// renames an object, or an appositive between the subject and its verb.
func (a *attributor) subjectPastCommas(pt *paraText, v, lo, sent, b, j int) source {
	src := a.classify(pt, b, j+1)
	commaBefore := b > lo && pt.word(b-1) == ","
	if src.kind != srcPerson && commaBefore && pt.isWord(v+1, ",") {
		// "Guttenberg, the embassy predicted, could …": the verb sits
		// in a parenthesis; its subject is the phrase within
		return src
	}
	if src.kind == srcPerson && commaBefore && pt.isWord(j+1, ",") && renamesObject(pt, sent, b-1) {
		// "A spokesman for the prime minister, X, dismissed": X is the
		// prime minister; the spokesman speaks, unnamed
		return source{kind: srcOther, at: b - 2}
	}
	if (src.kind == srcOther || src.kind == srcNone) && !commaBefore {
		if m, ok := a.pastUnclosedWho(pt, v, lo, sent, b); ok {
			return m
		}
	}
	if (src.kind == srcOther || src.kind == srcNone) && commaBefore {
		// an appositive or a participle clause stands between the
		// subject and its verb: "The cables, many from …, warn"
		if m := a.mainSubject(pt, sent, v); m.kind != srcNone && m.kind != srcOther {
			return m
		}
		// "how one of those cables, from early 2010, described him":
		// the phrase before the commas
		e := b - 1
		bb := e
		for bb > lo && !pt.isPunctAt(bb-1) && !pt.is(bb-1, lex.Clause|lex.Passive) && !pt.isVerbAt(bb-1) && !pt.isWord(bb-1, "how") {
			bb--
		}
		if bb < e {
			if m := a.classify(pt, bb, e); m.kind == srcDoc {
				return m
			}
		}
	}
	return src
}

// pastUnclosedWho reads the subject of the verb at item v behind a clause
// that ", who" opens after the sentence's subject, a person, and no comma
// closes: in "Eshki, who is close to royal circles said", Eshki said, not
// the circles. The clause holds no verb of its own that reports ("who
// told reporters the envoy said" is the clause's) and no "and" that opens
// another subject ("Ruiz met Qadir, who heads the union and a spokesman
// later said").
func (a *attributor) pastUnclosedWho(pt *paraText, v, lo, sent, b int) (source, bool) {
	for k := b - 1; k > lo && k > sent; k-- {
		if pt.items[k].tok < 0 || pt.isWord(k, ",") || pt.isWord(k, "and") || pt.isWord(k, "but") {
			return source{}, false
		}
		if !pt.isWord(k, "who") {
			continue
		}
		if !pt.isWord(k-1, ",") || reportingVerbBetween(pt, k+1, v) {
			return source{}, false
		}
		if m := a.mainSubject(pt, sent, k-1); m.kind == srcPerson && m.person == pt.personAt(k-2) {
			return m, true
		}
		return source{}, false
	}
	return source{}, false
}

// reportingVerbBetween reports a reporting verb among the items from i up
// to j.
func reportingVerbBetween(pt *paraText, i, j int) bool {
	for k := i; k < j; k++ {
		if pt.isVerbAt(k) {
			return true
		}
	}
	return false
}

// mainSubject reads the subject of a sentence's main clause, past an
// opening adverbial ("In a cable written later, Godec …").
func (a *attributor) mainSubject(pt *paraText, sent, limit int) source {
	b := a.pastOpening(pt, sent, limit)
	if src, ok := pronounSubject(pt, b, limit); ok {
		return src
	}
	e := subjectPhraseEnd(pt, b, limit)
	src := a.classify(pt, b, e)
	if (src.kind == srcOther || src.kind == srcNone || src.kind == srcRole) && !renamesObject(pt, b, e) {
		// "A spokesman for the embassy, X, said", "the Emir, X, joked":
		// the name set off names the phrase
		if p := namedAfter(pt, e, limit); p >= 0 {
			return source{kind: srcPerson, person: p, at: e + 1}
		}
		if p, at := namedAfterDescription(pt, e, limit); p >= 0 {
			return source{kind: srcPerson, person: p, at: at}
		}
	}
	return src
}

// pastOpening returns the item after the opening adverbials of the
// sentence from item sent: "In a cable written later, after X took
// office, Godec …".
func (a *attributor) pastOpening(pt *paraText, sent, limit int) int {
	b := sent
	if b == 0 {
		b = pastWireDateline(pt, limit)
	}
	for pt.is(b, lex.Intro) || participleOpening(pt, b) || pt.isWord(b, "according") && pt.isWord(b+1, "to") {
		if pt.in(b, conjunctionMark) && b+1 < limit && !pt.isWord(b+1, ",") {
			b++ // "But opposition leader X, once an ally, seized …"
			continue
		}
		next, ok := a.afterOpening(pt, b, limit)
		if !ok {
			break
		}
		b = next
	}
	return b
}

// pastWireDateline returns the item after a wire story's dateline that
// opens the paragraph ("PORT VELL (AP) –", "PORT VELL, Kandia (Reuters)
// —"), or 0: a place in capitals, an agency in brackets, a dash.
func pastWireDateline(pt *paraText, limit int) int {
	for j := 0; j < limit && j < wireDatelineReach; j++ {
		w := pt.word(j)
		switch {
		case pt.items[j].tok < 0:
			return 0
		case w == "–" || w == "—" || w == "-":
			if j == 0 || !pt.isWord(j-1, ")") {
				return 0 // (a dash with no agency before it stays: "PORT VELL –" is read already)
			}
			return j + 1
		case w == "(" || w == ")" || w == ",":
		case j == 0:
			if t, _ := pt.tok(0); !t.Word || !allCapitals(t.Text(pt.text)) {
				return 0 // the paragraph opens on no place in capitals
			}
		}
	}
	return 0
}

// allCapitals reports a word with no letter in lower case.
func allCapitals(w string) bool {
	return !strings.ContainsFunc(w, unicode.IsLower)
}

// wireDatelineReach is how many items a wire dateline may take.
const wireDatelineReach = 10

// afterOpening returns the item after the opening phrase at item b and
// its comma, and false when the phrase has no comma before limit or
// introduces the subject itself.
func (a *attributor) afterOpening(pt *paraText, b, limit int) (int, bool) {
	k := b
	for k < limit && pt.word(k) != "," && !(pt.items[k].tok < 0 && pt.quoteLastMark(k) == ",") {
		k++ // (a comma inside a quote's marks ends the phrase too: "In a message marked “secret,” Ruiz …")
	}
	if k >= limit {
		return b, false
	}
	if !pt.is(b, lex.Prep) && !pt.isWord(b, "according") && !participleWithObject(pt, b) {
		// "Another cable, sent in May, quotes …", "One senior
		// churchman, speaking …, was": the opening word introduces
		// the sentence's subject
		if src := a.classify(pt, b, k); src.kind == srcDoc || src.kind == srcOther && pt.is(src.at, lex.RoleNoun|lex.RoleWord) {
			return b, false
		}
	}
	b = k + 1
	if lex.IsNumber(pt.word(b)) && pt.isWord(b+1, ",") {
		b += 2 // "In a cable dated May 4, 2009, the ambassador …"
	}
	if p := pt.personAt(b); p >= 0 && pt.is(k-1, lex.RoleNoun|lex.RoleWord) {
		// "At a news conference with his Polish counterpart,
		// Radosław Sikorski, on Dec. 1, he said": the name renames
		// the object of the opening phrase
		n := b
		for n < limit && pt.personAt(n) == p {
			n++
		}
		if pt.isWord(n, ",") {
			b = n + 1
		}
	}
	return b, true
}

// participleWithObject reports a participle in -ing at item b with its
// object after it, a phrase that opens the sentence on a verb
// ("Discussing the leaked cables,"), not on its subject ("Leading
// diplomats,").
func participleWithObject(pt *paraText, b int) bool {
	return strings.HasSuffix(pt.word(b), "ing") && pt.is(b+1, lex.Determiner)
}

// pronounSubject reads "he" or "she" as the subject at item b, or a few
// words after a time phrase there.
func pronounSubject(pt *paraText, b, limit int) (source, bool) {
	if w := pt.word(b); (w == "he" || w == "she") && b < limit {
		// "He fumed:", "She paused, then added:": the pronoun is the
		// subject, whatever verb follows
		return source{kind: srcPronoun, word: w, at: b}, true
	}
	if !pt.is(b, lex.Prep) {
		return source{}, false
	}
	// "on Monday morning he went further": a time phrase without a
	// comma before the subject
	for k := b + 1; k < limit && k < b+5 && pt.items[k].tok >= 0; k++ {
		if w := pt.word(k); w == "he" || w == "she" {
			return source{kind: srcPronoun, word: w, at: k}, true
		}
		if pt.isPunctAt(k) || pt.isVerbAt(k) || pt.personAt(k) >= 0 {
			break
		}
	}
	return source{}, false
}

// subjectPhraseEnd returns where the subject phrase from item b ends: at
// a comma, a quote, a clause word, a verb, or a word no list knows after a
// name.
func subjectPhraseEnd(pt *paraText, b, limit int) int {
	e := b
	for e < limit {
		if pt.is(e, lex.Skip) && e > b && pt.is(e-1, lex.Determiner) && (pt.is(e+1, lex.Doc) || pt.isWord(e, "then")) {
			e++ // "A later cable, …, claims", "the then US ambassador": an adjective, not an adverb
			continue
		}
		if pt.lenMayBe(e, 1) && pt.word(e) == "," || pt.items[e].tok < 0 || pt.is(e, lex.Clause|lex.Passive|lex.Skip) || pt.isVerbAt(e) || unlistedVerbAfterName(pt, b, e) {
			break
		}
		e++
	}
	return e
}

// unlistedVerbAfterName reports a word at item e that follows a name or
// "the" and a role and reads as a verb no list knows: "Otunbayeva paused,
// then added:", "the ambassador set out his view …:".
func unlistedVerbAfterName(pt *paraText, b, e int) bool {
	if e <= b || pt.personAt(e) >= 0 {
		return false
	}
	named := pt.personAt(e-1) >= 0 && !pt.at[pt.items[e-1].tok].owner() ||
		pt.is(e-1, lex.RoleNoun) && pt.isWord(e-2, "the") && !pt.toks[pt.items[e-1].tok].Poss
	return named && !pt.toks[pt.items[e].tok].Cap && pt.toks[pt.items[e].tok].Word && !pt.is(e, lex.Prep|lex.RoleWord|lex.RoleNoun)
}

// hasThe reports whether "the" opens the phrase before a role noun: "the
// US envoy" names the story's envoy, "a US envoy" someone unnamed.
func hasThe(pt *paraText, b, head int) bool {
	for k := b; k < head; k++ {
		if pt.isWord(k, "the") {
			return true
		}
	}
	return false
}

var objectPronouns = map[string]string{"him": "he", "her": "she"}

// possessorAt reports whether the name ending at item k follows "of" after
// a common noun: in "the government of Prime Minister Hasan Ali" the
// government is the head, the name only its owner. "The ambassador of
// Chad, X" and "the Prime Minister of Y" keep their heads: a role or a
// title stands before "of".
func possessorAt(pt *paraText, b, k int) bool {
	p := pt.personAt(k)
	for k > b && (pt.personAt(k-1) == p || pt.is(k-1, lex.Title) && pt.toks[pt.items[k-1].tok].Cap) {
		k--
	}
	if k-1 <= b || !pt.isWord(k-1, "of") {
		return false
	}
	t, ok := pt.tok(k - 2)
	return ok && t.Word && !t.Cap && !t.Is(lex.Title|lex.RoleNoun|lex.RoleWord)
}

// docFirst reports whether a document heads the phrase in items [b, e)
// before its first preposition: "a 2009 cable from the consulate in Porto
// Alegre" is the cable's, not a place's or a person's.
func docFirst(pt *paraText, b, e int) bool {
	for k := b; k < e && k < b+6; k++ {
		if pt.is(k, lex.Doc) {
			return true
		}
		if pt.is(k, lex.Prep|lex.Clause) || pt.isWord(k, ",") {
			return false
		}
	}
	return false
}
