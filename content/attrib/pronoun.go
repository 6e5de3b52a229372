package attrib

import (
	"slices"
	"strings"

	"cables/content/people"

	"cables/content/lex"
)

// Whom a pronoun or a role noun stands for: the nearest subject in its
// paragraph, the main subjects of the paragraph before, the last person who
// spoke, or the person the story gave that title.

// pronoun finds whom he or she (word), or a role, at item at stands for,
// by the pronoun rules (pronounrules.go); each item is read once.
func (a *attributor) pronoun(pt *paraText, pi, at int, word string) int {
	if p := pt.pronouns[at]; p != 0 {
		return int(p) - 2
	}
	p, by := a.readPronoun(pt, pi, at, word)
	pt.pronouns[at], pt.pronounBy[at] = int32(p+2), by
	return p
}

// pronounFit says whom a pronoun (word) may stand for: a person of its
// gender, anyone for a writer's role or no word.
type pronounFit struct {
	a    *attributor
	word string
}

func (f pronounFit) fits(p int) bool {
	g := f.a.ix.People[p].Gender
	word := f.word
	return p >= 0 && (word == "" || word == "he" && g != 'f' || word == "she" && g != 'm' || diplomatRole(word) && f.mayHold(p))
}

// mayHold reports whether person p may be the one a role word names ("the
// ambassador"): they hold that role, or the story gives them no office
// ("Mr Haldane" may be the envoy). The president is no ambassador.
func (f pronounFit) mayHold(p int) bool {
	person := f.a.ix.People[p]
	if f.word == "diplomat" {
		// an ambassador, an envoy, a foreign minister; not a president
		return !person.HasOffice() || slices.ContainsFunc(person.Roles, func(r string) bool { return writerRole(r) || diplomatOffices[r] })
	}
	return !person.HasOffice() || person.HasRole(people.NormRole(f.word))
}

// diplomatOffices are the titles besides a cable writer's whose holder a
// story may call "the diplomat".
var diplomatOffices = map[string]bool{"foreign": true, "secretary": true, "attaché": true, "counsellor": true, "counselor": true, "diplomat": true}

// nearestSubject returns the nearest person before item at in its
// paragraph, outside quotes, who is a subject rather than an owner or an
// object, and whether it found one; weak is the nearest who fits as an
// object, or -1.
func (a *attributor) nearestSubject(pt *paraText, pi, at int, f pronounFit) (p, weak int, ok bool) {
	weak = -1
	for k := at - 1; k >= 0 && k >= at-pronounWindow; k-- {
		if pt.items[k].tok < 0 {
			if sp := a.speaker[pt.items[k].quote()]; sp >= 0 && pt.items[k].quote() < len(a.speaker) && f.fits(sp) {
				return sp, weak, true
			}
			continue
		}
		if pt.word(k) == f.word && (pt.isVerbAt(k+1) || pt.is(k+1, lex.Skip) || strings.HasSuffix(pt.word(k+1), "ed")) {
			// the same pronoun as an earlier subject: the same person
			return a.pronoun(pt, pi, k, f.word), weak, true
		}
		var named bool
		p, k, named = a.namedAt(pt, pi, k)
		if !named || p < 0 || !f.fits(p) || inOpeningPhrase(pt, k, at) || interrupted(pt, k, at) || modifiesRole(pt, k) {
			continue
		}
		if objectPosition(pt, k) {
			// an owner's, a relative's or an object's name: "told
			// Ambassador Anne Patterson she feared …" is the teller's fear
			if weak < 0 {
				weak = p
			}
			continue
		}
		return p, weak, true
	}
	return -1, weak, false
}

// namedAt returns the person item k of a paragraph names, by name or as
// "the" and a role, and the item their name or role starts at; false for
// an owner's name or a role that is an object ("to expel the envoy").
func (a *attributor) namedAt(pt *paraText, pi, k int) (int, int, bool) {
	p := pt.personAt(k)
	if p < 0 && pt.is(k, lex.RoleNoun) && (pt.isWord(k-1, "the") || american(pt, k-1) && pt.isWord(k-2, "the")) {
		// "the envoy", "the American ambassador"
		if !pt.isVerbAt(k+1) && !pt.is(k+1, lex.Skip|lex.Passive) && !pt.isWord(k+1, ",") {
			return -1, k, false // "to expel the envoy": an object, not who goes on
		}
		the := k - 1
		if !pt.isWord(the, "the") {
			the--
		}
		return a.byRole(pt.word(k), pi), the, true
	}
	if p >= 0 {
		for k > 0 && pt.personAt(k-1) == p {
			k--
		}
		if pt.at[pt.items[k].tok].owner() {
			return p, k, false
		}
	}
	return p, k, true
}

// objectPosition reports a name starting at item k that stands as an
// object, an owner's or a relative's: after a preposition, a verb, a
// kinship word, past capitalised words ("talks with Israeli Prime
// Minister X").
func objectPosition(pt *paraText, k int) bool {
	b := k - 1
	for b >= 0 && pt.items[b].tok >= 0 && pt.personAt(b) < 0 &&
		(pt.toks[pt.items[b].tok].Cap || pt.isWord(b, "of") && pt.is(b-1, lex.Title) || rolePlace(pt, b)) {
		b-- // "talks with Israeli Prime Minister X": still an object
	}
	return pt.is(b, lex.Prep|lex.Kin) || objectVerbs[pt.word(b)] || pt.isVerbAt(b) || objectAppositive(pt, b) || afterPrepPhrase(pt, b) || verbBetweenNames(pt, b)
}

// rolePlace reports item b as the preposition, or its "the", that ties an
// envoy to their post: "US Ambassador to Pakistan Anne Patterson", "the
// envoy to the United Nations Susan Rice"; the name is the role's holder,
// no object of "to".
func rolePlace(pt *paraText, b int) bool {
	if pt.isWord(b, "the") {
		b--
	}
	switch pt.word(b) {
	case "to", "in", "at":
		return postRoles[strings.ToLower(pt.word(b-1))]
	}
	return false
}

// postRoles hold a post at a place or a body: "Ambassador to", "envoy
// in", unlike "adviser to" or "spokesman for", whose name is another's.
var postRoles = map[string]bool{"ambassador": true, "envoy": true, "consul": true, "consul-general": true, "representative": true}

// verbBetweenNames reports a lower-case word at item b right after a
// person's name, which stands between two names as their verb ("Senator
// Lane criticizes Minister Qadir"), unless it joins them ("Lane and
// Qadir").
func verbBetweenNames(pt *paraText, b int) bool {
	t, ok := pt.tok(b)
	if !ok || t.Cap || pt.personAt(b-1) < 0 {
		return false
	}
	switch pt.word(b) {
	case "and", "or", "nor", "but", "&":
		return false
	}
	return true
}

// subjectOfParagraphBefore returns the last main subject of paragraph
// pi-1 that fits ("Mr X arrived on Sunday.¶“…,” he said."), and -1 when
// its last sentence's subject is someone unnamed ("a Libyan official told
// the Mail: …¶He added:").
func (a *attributor) subjectOfParagraphBefore(pi int, f pronounFit) (int, bool) {
	prev := a.paras[pi-1]
	var room [8]int // (a paragraph of more sentences takes an array of its own)
	subjects := room[:0]
	for s := 0; s < len(prev.items); {
		e := prev.sentenceEnd(s)
		main := a.mainSubject(prev, s, e)
		if src, ok := sayerEndsSentence(prev, s, e); ok && f.word != "" {
			// "The cables are part of a plot, he said.": the one who
			// said it, whatever the sentence is about (a description
			// is description-of-sayer-before's)
			subjects = append(subjects, a.resolve(prev, pi-1, src))
		} else if main.kind == srcPerson || main.kind == srcRole {
			subjects = append(subjects, a.resolve(prev, pi-1, main))
		} else if src, ok := a.subjectAfterColon(prev, s, e); ok {
			// "WikiLeaks claimed its first casualty: Ambassador X
			// resigned.¶He had …"
			subjects = append(subjects, a.resolve(prev, pi-1, src))
		} else if unnamedAt(prev, s, main) && !declinesOrOtherGender(prev, s, e, f.word) {
			// "A Kandian official said the leaks were damaging.¶“…,”
			// he said.": no one the story names
			subjects = append(subjects, -1)
		}
		s = e
	}
	for k := len(subjects) - 1; k >= 0; k-- {
		if subjects[k] < 0 && k == len(subjects)-1 {
			return -1, true
		}
		if subjects[k] >= 0 && f.fits(subjects[k]) {
			return subjects[k], true
		}
	}
	return -1, false
}

// subjectAfterColon returns the person or role that is the subject of a
// clause after a colon in sentence [s, e), one that opens no quote: "The
// leak claimed a casualty: Ambassador X resigned."
func (a *attributor) subjectAfterColon(pt *paraText, s, e int) (source, bool) {
	for j := s; j < e; j++ {
		if pt.items[j].tok < 0 {
			return source{}, false
		}
		if pt.lenMayBe(j, 1) && pt.isWord(j, ":") {
			if j+1 < e && pt.items[j+1].tok < 0 {
				return source{}, false
			}
			src := a.mainSubject(pt, j+1, e)
			return src, src.kind == srcPerson || src.kind == srcRole
		}
	}
	return source{}, false
}

// sayerEndsSentence returns the one who says a sentence without quotes
// after its last comma, "…, he said." or "…, Minister X said on Friday.".
func sayerEndsSentence(pt *paraText, s, e int) (source, bool) {
	comma := -1
	for j := s; j < e; j++ {
		if pt.items[j].tok < 0 {
			return source{}, false // a quote's sentence: its cue is read with it
		}
		if pt.lenMayBe(j, 1) && pt.isWord(j, ",") {
			comma = j
		}
	}
	if comma < 0 {
		return source{}, false
	}
	j := comma + 1
	if pt.isWord(j, "he") || pt.isWord(j, "she") {
		if pt.isVerbAt(j + 1) {
			return source{kind: srcPronoun, word: pt.word(j), at: j}, true
		}
		return source{}, false
	}
	if p, k := pt.nameAt(j); p >= 0 {
		if pt.isVerbAt(k) {
			return source{kind: srcPerson, person: p, at: j}, true
		}
	}
	return source{}, false
}

// noteEvents records who spoke or reported in paragraph pi, in order.
func (a *attributor) noteEvents(pi int) {
	pt := a.paras[pi]
	if !pt.events {
		return // (a paragraph without quotes, verbs or authored words: most items would pass the tests below)
	}
	// (only the items that may tell an event: its quotes, reporting verbs
	// and authored words, noted when the paragraph was prepared)
	for _, e := range pt.eventItems {
		i := int(e)
		if it := &pt.items[i]; it.tok < 0 {
			if q := it.quote(); q < len(a.speaker) && a.found[q].Spans[0].Paragraph == pi && a.speaker[q] >= 0 {
				a.events = append(a.events, a.speaker[q])
			}
			continue
		}
		if pt.is(i, lex.Authored) {
			by := i + 1
			for by < len(pt.items) && by < i+5 && pt.items[by].tok >= 0 && !pt.isWord(by, "by") && !pt.isPunctAt(by) {
				by++ // "written in 2004 by"
			}
			if !pt.isWord(by, "by") {
				continue
			}
			// "The memo was written by Elizabeth Dibble": the writer is
			// whom "she wrote" goes on with
			for k := by + 1; k < len(pt.items) && k < by+5 && pt.items[k].tok >= 0 && pt.toks[pt.items[k].tok].Cap; k++ {
				if p := pt.personAt(k); p >= 0 {
					a.events = append(a.events, p)
					a.creditWriter(pi, i, p)
					break
				}
			}
			continue
		}
		if !pt.isVerbAt(i) {
			continue
		}
		if p := a.speakerOfVerb(pt, pi, i); p >= 0 {
			a.events = append(a.events, p)
		}
	}
}

// speakerOfVerb returns who speaks at the reporting verb at item i of
// paragraph pi, or -1: its subject, or one led "to call for" something
// ("led Senator Paul Lane to call for his recall").
func (a *attributor) speakerOfVerb(pt *paraText, pi, i int) int {
	if p := pt.personAt(i - 2); p >= 0 && pt.isWord(i-1, "to") {
		return p
	}
	src := a.subjectOf(pt, i, pt.sentStart(i), pt.sentStart(i))
	if src.kind == srcPerson || src.kind == srcRole {
		return a.resolve(pt, pi, src)
	}
	return -1
}

// afterPrepPhrase reports whether a name after item b ends a phrase
// governed by a preposition a word or two before it: "the daughter of
// independence hero General Aung San" names an object, not a subject.
func afterPrepPhrase(pt *paraText, b int) bool {
	for n := 0; n < 2 && b >= 0; n++ {
		t, ok := pt.tok(b)
		if !ok || !t.Word || t.Cap || pt.isVerbAt(b) || pt.is(b, lex.Clause|lex.Determiner) {
			return false
		}
		if pt.is(b-1, lex.Prep) {
			return true
		}
		b--
	}
	return false
}

// modifiesRole reports whether the name at item k qualifies a role noun
// or a government after it, "a former Rudd staffer", "the Obama
// administration", rather than naming a subject.
func modifiesRole(pt *paraText, k int) bool {
	p := pt.personAt(k)
	e := k
	for e < len(pt.items) && pt.personAt(e) == p {
		e++
	}
	t, ok := pt.tok(e)
	return ok && t.Word && !t.Cap && (pt.is(e, lex.RoleWord|lex.RoleNoun) || nameLedBodies[pt.word(e)])
}

// nameLedBodies are the governments and groups a name may qualify ("the
// Obama administration").
var nameLedBodies = lex.MustSet(words, "words/name-led-bodies.txt")

// interrupted reports whether the name at item k is the subject that a
// parenthesis holding the pronoun at item at interrupts: in "Mugabe, he
// wrote, had outlived …" he is not Mugabe.
func interrupted(pt *paraText, k, at int) bool {
	p := pt.personAt(k)
	e := k
	for e < at && pt.personAt(e) == p {
		e++
	}
	return e == at-1 && pt.isWord(e, ",") && pt.isWord(at+2, ",")
}

// inOpeningPhrase reports whether item k sits in a participle phrase
// that opens the sentence of item at, before the comma that closes it:
// "Pressed on whether Putin had read it, he replied" is not Putin's reply.
func inOpeningPhrase(pt *paraText, k, at int) bool {
	s := pt.sentStart(at)
	if k < s || !participleOpening(pt, s) {
		return false
	}
	for j := k + 1; j < at; j++ {
		if pt.isWord(j, ",") {
			return true
		}
	}
	return false
}

// openingPhraseEnds reports whether the comma at item b closes a
// participle phrase opening its sentence: "Asked about the cables at a
// news conference, Prime Minister X was terse" makes X the subject.
func openingPhraseEnds(pt *paraText, b int) bool {
	s := pt.sentStart(b)
	if !participleOpening(pt, s) {
		return false
	}
	for j := s + 1; j < b; j++ {
		if pt.isWord(j, ",") {
			return false
		}
	}
	return true
}

// pronounWindow bounds the words a pronoun looks back over in its own
// paragraph.
const pronounWindow = 400

// objectVerbs take the person named after them as an object.
var objectVerbs = lex.MustSet(words, "words/object-verbs.txt")

// objectAppositive reports whether the comma at item b closes a phrase
// governed by a preposition, so that the name after it renames an object:
// "with his Polish counterpart, Jan Nowak, he said" is not Nowak's word.
// The phrase opens with a determiner and ends in a common noun, which
// keeps "The ambassador to Tunisia, Gordon Gray" a subject.
func objectAppositive(pt *paraText, b int) bool {
	if !pt.isWord(b, ",") || openingPhraseEnds(pt, b) {
		return false
	}
	if t, ok := pt.tok(b - 1); !ok || !t.Word || t.Cap {
		return false
	}
	for j := b - 2; j >= 0 && j >= b-7; j-- {
		if pt.items[j].tok < 0 || pt.isPunctAt(j) {
			return false
		}
		if pt.is(j, lex.Prep) {
			// (a phrase that opens the sentence sets the scene: "At
			// the time, Arbib said")
			return pt.is(j+1, lex.Determiner) && j != pt.sentStart(b)
		}
	}
	return false
}

// unnamedSubjectBefore reports whether a sentence of the paragraph before
// item at has an unnamed person as its subject: "A western diplomat …",
// "An official who …".
func (a *attributor) unnamedSubjectBefore(pt *paraText, at int) bool {
	for s := 0; s < len(pt.items) && s < at; {
		e := pt.sentenceEnd(s)
		if e > at {
			e = at // the sentence the pronoun is in, up to it
		}
		b := s
		for b < e && pt.is(b, lex.Intro) && !pt.in(b, indefiniteMark) {
			// "In Ankara, a senior official, speaking …, said"
			for b < e && !pt.isWord(b, ",") {
				b++
			}
			b++
		}
		if pt.in(b, indefiniteMark) && unnamedAt(pt, b, a.mainSubject(pt, b, e)) {
			return true
		}
		s = e
	}
	return false
}

// unnamedAt reports whether src, the subject of the sentence from item
// s, is someone the story does not name: "A western diplomat", "a Libyan
// official", after any opening phrase.
func unnamedAt(pt *paraText, s int, src source) bool {
	if src.kind != srcOther {
		return false
	}
	for k := s; k <= src.at && k < s+6; k++ {
		if pt.isPunctAt(k) && !pt.isWord(k, ",") {
			return false // ("On Tuesday, a government spokesman …": past the opening phrase's comma)
		}
		if k < src.at && spokesmanOf(pt, k) {
			return true // "The prime minister's spokesman condemned …"
		}
		if !pt.in(k, indefiniteMark) || k > s && !pt.isWord(k-1, ",") {
			continue // (the subject's first word, after any opening phrase: not "Guests included a commander")
		}
		// "a senior Whitehall official I spoke to": a role soon after
		for r := k + 1; r < k+5 && r <= src.at && !pt.isPunctAt(r); r++ {
			if pt.is(r, lex.RoleNoun|lex.RoleWord) && pt.personAt(r) < 0 {
				return true
			}
		}
		return false
	}
	return false
}

// declinesOrOtherGender reports a sentence from item s to e whose unnamed
// subject says nothing ("declined to comment", "was not available for
// comment") or is of the other gender than the pronoun ("A spokeswoman
// …¶“…,” he said"): the pronoun stands for someone before them.
func declinesOrOtherGender(pt *paraText, s, e int, pronoun string) bool {
	for j := s; j < e; j++ {
		switch w := pt.word(j); {
		case (w == "declined" || w == "refused") && saidNothing(pt, s, j):
			return true
		case w == "unavailable" || w == "available" && pt.isWord(j-1, "not"):
			return true
		case !genderedRole(pt, j):
		case pronoun == "he" && (strings.HasSuffix(w, "woman") || strings.HasSuffix(w, "women")):
			return true
		case pronoun == "she" && strings.HasSuffix(w, "man") && !strings.HasSuffix(w, "woman"):
			return true
		}
	}
	return false
}

// saidNothing reports "declined" or "refused" at item j of a sentence
// from item s that tells its subject said nothing: "declined to comment",
// "declined further comment", "refused to answer questions"; not after
// the subject spoke in the sentence ("said the cables were damaging, but
// declined to say whether …"), nor "declined to be named", whose subject
// speaks.
func saidNothing(pt *paraText, s, j int) bool {
	if pt.isWord(j+1, "to") && pt.isWord(j+2, "be") && (pt.isWord(j+3, "named") || pt.isWord(j+3, "identified")) {
		return false
	}
	for k := s; k < j; k++ {
		if pt.isVerbAt(k) {
			return false
		}
	}
	return true
}

// genderedRole reports a lower-case role noun at item j that may tell a
// gender ("spokesman", "chairwoman"), not a name or a people's adjective
// ("German", "Oman") nor another word ending so ("human").
func genderedRole(pt *paraText, j int) bool {
	t, ok := pt.tok(j)
	return ok && !t.Cap && pt.is(j, lex.RoleNoun|lex.RoleWord|lex.Title)
}

// spokesmanOf reports a role noun at item k+1 after a possessive at item
// k ("the prime minister's spokesman", "Qadir's aide"): someone unnamed
// who speaks for another.
func spokesmanOf(pt *paraText, k int) bool {
	t, ok := pt.tok(k)
	return ok && t.Poss && pt.is(k+1, lex.RoleNoun) && pt.personAt(k+1) < 0
}

// indefinite open a phrase about someone the story does not name, or one
// that introduces a document rather than refers to the cables as a topic:
// "in a separate cable", not "interest in the cables".
var indefinite = lex.MustSet(words, "words/indefinite.txt")
