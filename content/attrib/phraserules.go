package attrib

import (
	"strings"

	"cables/content/lex"
	"cables/content/rule"
)

// What the noun phrase of a cue names (the words before "said", the
// subject of a sentence, the one "quoted as saying") is decided by one
// table of named rules in precedence order: its last word first (a
// pronoun, "the latter", "another" of the documents just named), then a
// name that ends it, then its head, the last word before its first
// preposition or clause word: a name, a document or its author, a mission
// that reports, someone's aide, a role; else a name in it, else someone
// unnamed. A new shape of phrase goes in this table where it belongs, with
// an example written for cables whose phrase in brackets it decides;
// TestPhraseRules reads it (rules_test.go).

// phraseCase is what the phrase rules read: items [b, e) of a paragraph,
// its last word, and its head (headItem).
type phraseCase struct {
	a       *attributor
	pt      *paraText
	b, e    int
	head    int    // the head's item, -1 until read
	lastKey string // the phrase's last word
	// found is what the rule that fires finds the phrase names: a phrase
	// rule's Match leaves it here (finds), which keeps the hot path's
	// returns small
	found source
}

// finds records what the phrase names, for a rule that fires.
func (k *phraseCase) finds(s source) (string, bool) {
	k.found = s
	return "", true
}

// headItem is the item of the phrase's head, read once.
func (k *phraseCase) headItem() int {
	if k.head < 0 {
		k.head = headOf(k.pt, k.b, k.e) - 1
	}
	return k.head
}

var phraseRules = rule.Table[*phraseCase, struct{}]{Decision: "phrase", Rules: []rule.Rule[*phraseCase, struct{}]{
	{Name: "he-or-she", Match: (*phraseCase).heOrShe,
		Example: `“We will not sell the port,” [he] said.`},
	{Name: "him-or-her-quoted", Match: (*phraseCase).himOrHerQuoted,
		Example: `The cable quoted [him] as saying that the port was “a den of thieves”.`},
	{Name: "it-says", Match: (*phraseCase).itSays,
		Example: `A 2009 cable describes the port. [It] says the harbour master is “a patient thief”.`},
	{Name: "it-or-they", Match: (*phraseCase).itOrThey,
		Example: `Asked about the port, [they] said it was “closed for good”.`},
	{Name: "the-latter", Match: (*phraseCase).theLatter,
		Example: `Omar Qadir met Jane Ruiz. [The latter] said the port was “a den of thieves”.`},
	{Name: "another-document", Match: (*phraseCase).anotherDocument,
		Example: `One cable describes the port. [Another], sent in 2007, says the harbour master is “a patient thief”.`},
	{Name: "name-ends-phrase", Match: (*phraseCase).nameEndsPhrase,
		Example: `[Harbour Minister Omar Qadir] said the port was “closed for good”.`},
	{Name: "name-heads-phrase", Match: (*phraseCase).nameHeadsPhrase,
		Example: `[Omar Qadir of the harbour board] said the port was “closed for good”.`},
	{Name: "document-author", Match: (*phraseCase).documentAuthor,
		Example: `[The author of the cable] wrote that the port was “a den of thieves”.`},
	{Name: "document-first", Match: (*phraseCase).documentFirst,
		Example: `[A 2009 cable from the embassy in Lagos] said the port was “a den of thieves”.`},
	{Name: "one-of-the-documents", Match: (*phraseCase).oneOfTheDocuments,
		Example: `Cables from Lagos describe the port. [One of those cables] calls it “a den of thieves”.`},
	{Name: "document-by-another-name", Match: (*phraseCase).documentByAnotherName,
		Example: `A 2009 cable describes the port.¶[Another account] calls it “a den of thieves”.`},
	{Name: "mission-reports", Match: (*phraseCase).missionReports,
		Example: `[The embassy] reported that the port was “a den of thieves”.`},
	{Name: "someones-aide", Match: (*phraseCase).someonesAide,
		Example: `[The minister's spokesman] said the port was “closed for good”.`},
	{Name: "role", Match: (*phraseCase).role,
		Example: `[The Harbour Minister] said the port was “closed for good”.`},
	{Name: "name-in-phrase", Match: (*phraseCase).nameInPhrase,
		Example: `[Omar Qadir himself] said the port was “closed for good”.`},
	{Name: "someone-unnamed", Match: (*phraseCase).someoneUnnamed,
		Example: `[A harbour official] said the port was “closed for good”.`},
}}

// classify reads the noun phrase in items [b, e) as a source, by the
// phrase rules; past the last quote in it.
func (a *attributor) classify(pt *paraText, b, e int) source {
	src, _ := a.classifyBy(pt, b, e)
	return src
}

// classifyBy is classify, with the rule that decided.
func (a *attributor) classifyBy(pt *paraText, b, e int) (source, rule.Fired) {
	for k := b; k < e; k++ {
		if pt.items[k].tok < 0 {
			b = k + 1
		}
	}
	if b >= e {
		return source{}, rule.Fired{}
	}
	// the case lives in the attributor, so that deciding costs no
	// allocation; no rule classifies another phrase
	if src, fired, ok := a.phraseMemo.get(pt, b, e); ok {
		return src, fired
	}
	k := a.phraseCase
	*k = phraseCase{a: a, pt: pt, b: b, e: e, head: -1, lastKey: pt.word(e - 1)}
	if !lastWordKey(k.lastKey) {
		// classify runs for every verb's subject: the rules that read
		// the last word cannot fire on a phrase that ends in no word
		// they know, so the table is read from the first after them
		_, fired := phraseRules.DecideFrom(k, phraseAfterLastWord)
		a.phraseMemo.put(pt, b, e, k.found, fired)
		return k.found, fired
	}
	_, fired := phraseRules.Decide(k)
	if k.lastKey != "it" && k.lastKey != "they" {
		a.phraseMemo.put(pt, b, e, k.found, fired)
	}
	return k.found, fired
}

// lastWordKey reports the last words the rules before name-ends-phrase
// fire on: a phrase ending in any other word is decided from
// name-ends-phrase on (TestPhraseRulesBeforeTheNameReadTheLastWord). A
// switch rather than a set, as classify runs for every verb's subject;
// TestLastWordKeysHoldAnotherWords checks it holds
// words/another-words.txt.
func lastWordKey(w string) bool {
	switch w {
	case "he", "she", "him", "her", "it", "they", "latter", "former",
		"another", "second", "third", "fourth", "fifth", "latest":
		return true
	}
	return false
}

// phraseAfterLastWord is the first phrase rule that reads more than the
// last word.
var phraseAfterLastWord = phraseRules.Index("name-ends-phrase")

// heOrShe: the phrase ends in "he" or "she".
func (k *phraseCase) heOrShe() (string, bool) {
	if k.lastKey != "he" && k.lastKey != "she" {
		return "", false
	}
	return k.finds(source{kind: srcPronoun, word: k.lastKey, at: k.e - 1})
}

// himOrHerQuoted: the phrase is "him" or "her" alone ("the cable quoted
// him as saying"): the one quoted, as a subject.
func (k *phraseCase) himOrHerQuoted() (string, bool) {
	if k.lastKey != "him" && k.lastKey != "her" || k.b != k.e-1 {
		return "", false
	}
	return k.finds(source{kind: srcPronoun, word: objectPronouns[k.lastKey], at: k.e - 1})
}

// itSays: "it" or "they" as the subject of a verb in a story reading a
// document ("It says"): the document.
func (k *phraseCase) itSays() (string, bool) {
	pt, e := k.pt, k.e
	if k.lastKey != "it" && k.lastKey != "they" || !pt.isVerbAt(e) && !pt.is(e, lex.Skip) {
		return "", false
	}
	if !k.a.itGoesOn(pt, e-1) && !(k.lastKey == "it" && quotesSomeone(pt, e) && k.a.docsLately(pt, e)) {
		return "", false
	}
	return k.finds(source{kind: srcDoc, at: e - 1, text: pt.toks[pt.items[e-1].tok].Text(pt.text)})
}

// quotesSomeone reports "quoted" or "quotes" at item v and someone "as
// saying" after it: "it quoted the Governor as saying", which a person
// is never called and a document, named lately, is.
func quotesSomeone(pt *paraText, v int) bool {
	if !pt.isWord(v, "quoted") && !pt.isWord(v, "quotes") {
		return false
	}
	for j := v + 1; j < len(pt.items) && j <= v+8; j++ {
		if pt.isWord(j, "as") {
			return pt.isWord(j+1, "saying") || pt.isWord(j+1, "telling")
		}
	}
	return false
}

// itOrThey: any other "it" or "they" ("Asked about it,"): no one.
func (k *phraseCase) itOrThey() (string, bool) {
	if k.lastKey != "it" && k.lastKey != "they" {
		return "", false
	}
	return k.finds(source{kind: srcOther, at: k.e - 1})
}

// theLatter: "the latter" or "the former".
func (k *phraseCase) theLatter() (string, bool) {
	if k.lastKey != "latter" && k.lastKey != "former" || !k.pt.isWord(k.e-2, "the") {
		return "", false
	}
	return k.finds(source{kind: srcLatter, word: k.lastKey, at: k.e - 1})
}

// anotherDocument: "Another", "A third" or "the latest" as the subject
// ("One cable … Another, sent in 2007, said", "A third warns") after
// documents just named: one more of them.
func (k *phraseCase) anotherDocument() (string, bool) {
	pt, b, e := k.pt, k.b, k.e
	if !anotherWords[k.lastKey] {
		return "", false
	}
	v := e
	if strings.HasSuffix(pt.word(v), "ly") {
		v++ // "The second allegedly reveals"
	}
	if (b == e-1 || b == e-2 && (pt.isWord(b, "a") || pt.isWord(b, "the"))) && k.a.docsLately(pt, e-1) &&
		(pt.isWord(e, ",") || pt.isVerbAt(v) || pt.is(v, lex.Writing)) {
		return k.finds(source{kind: srcDoc, at: e - 1, text: pt.phrase(b, e)})
	}
	return "", false
}

// anotherWords stand for one more of the documents just named.
var anotherWords = lex.MustSet(words, "words/another-words.txt")

// nameEndsPhrase: a name ends the phrase ("US Ambassador in Delhi Tim
// Roemer"), not an owner's, not the object of "of" after a common noun,
// not after a document, not the object of a preposition.
func (k *phraseCase) nameEndsPhrase() (string, bool) {
	pt, b, e := k.pt, k.b, k.e
	p := pt.personAt(e - 1)
	if p < 0 || pt.at[pt.items[e-1].tok].owner() || possessorAt(pt, b, e-1) || docFirst(pt, b, e) || prepObject(pt, b, e-1) {
		return "", false
	}
	return k.finds(source{kind: srcPerson, person: p, at: e - 1})
}

// nameHeadsPhrase: a name, not an owner's, is the phrase's head ("Omar
// Qadir of the harbour board").
func (k *phraseCase) nameHeadsPhrase() (string, bool) {
	pt, head := k.pt, k.headItem()
	p := pt.personAt(head)
	if p < 0 || pt.at[pt.items[head].tok].owner() {
		return "", false
	}
	return k.finds(source{kind: srcPerson, person: p, at: head})
}

// documentAuthor: the author of a document the phrase names ("the cable's
// author", "the author of the memo").
func (k *phraseCase) documentAuthor() (string, bool) {
	pt, b, head := k.pt, k.b, k.headItem()
	if !pt.is(head, lex.Author) && !(pt.is(b+1, lex.Author) && pt.isWord(b+2, "of")) {
		return "", false
	}
	for i := b; i < k.e; i++ {
		if pt.is(i, lex.Doc) {
			return k.finds(source{kind: srcAuthor, word: pt.word(head), at: i})
		}
	}
	return "", false
}

// documentFirst: a document comes first in the phrase, up to its head
// ("The cable talks about …", "a 2009 cable from the consulate").
func (k *phraseCase) documentFirst() (string, bool) {
	pt, b, head := k.pt, k.b, k.headItem()
	for i := b; i <= head && i < b+documentFirstReach; i++ {
		if pt.is(i, lex.Doc) {
			return k.finds(source{kind: srcDoc, at: i, text: pt.phrase(b, i+1)})
		}
	}
	return "", false
}

// documentFirstReach is how far into a phrase its document's noun may
// stand: "a May 25, 2005, cable" (a date's commas count).
const documentFirstReach = 8

// oneOfTheDocuments: the documents counted ("one of those cables", "a
// series of secret US diplomatic cables").
func (k *phraseCase) oneOfTheDocuments() (string, bool) {
	pt, head := k.pt, k.headItem()
	if !pt.isWord(head+1, "of") || !quantifiers[pt.word(head)] { // (the map is asked last: most phrases fail sooner)
		return "", false
	}
	for i := head + 2; i < k.e && i < head+6; i++ { // ("a series of secret US diplomatic cables")
		if pt.is(i, lex.Doc) {
			return k.finds(source{kind: srcDoc, at: i, text: pt.phrase(k.b, i+1)})
		}
	}
	return "", false
}

// documentByAnotherName: a cable by another name after documents were
// named ("Another account, from the mission, describes him as …", "One
// portrait, sent in 2009, …").
func (k *phraseCase) documentByAnotherName() (string, bool) {
	pt, b, head := k.pt, k.b, k.headItem()
	if b >= head || !pt.is(b, lex.Determiner) || !pt.in(head, docLikeNounMark) || !k.a.docsWithin(pt, head, docByAnotherNameReach) {
		return "", false
	}
	for j := b + 1; j < head; j++ {
		if t, ok := pt.tok(j); ok && t.Poss || pressName(pt, j) {
			return "", false // someone else's: "the Guardian’s report", "a Reuters report"
		}
	}
	if pressAfter(pt, head, k.e) {
		return "", false // "a report by the Kandia Herald"
	}
	return k.finds(source{kind: srcDoc, at: head, text: pt.phrase(b, head+1)})
}

// pressName reports a capitalised word at item k that names the press: a
// news agency ("Reuters", "AFP") or the last word of an outlet's name
// ("Times", "TV").
func pressName(pt *paraText, k int) bool {
	t, ok := pt.tok(k)
	if !ok || !t.Cap {
		return false
	}
	w := pt.word(k)
	return lex.WireAgencies[w] || lex.OutletEndings[w]
}

// pressAfter reports "by" or "from" after a noun at item head naming the
// press within a few words before item e: "a report by the Kandia
// Herald", "an account from the newspaper"; not "a report by Ambassador
// Jane Ruiz" or "from the political section".
func pressAfter(pt *paraText, head, e int) bool {
	if !pt.isWord(head+1, "by") && !pt.isWord(head+1, "from") {
		return false
	}
	for j := head + 2; j < e && j <= head+6 && !pt.isPunctAt(j) && !pt.is(j, lex.Prep); j++ {
		if pressWord(pt, j) {
			return true // (the phrase after "by" or "from" only: not "from Ambassador Ruiz on newspaper closures")
		}
	}
	return false
}

// missionReports: a mission with a verb of its cables ("The embassy
// reported", "the US consulate noted") reports through its cables; but
// "the embassy, asked on Sunday, said" answers today.
func (k *phraseCase) missionReports() (string, bool) {
	pt, b, head := k.pt, k.b, k.headItem()
	if !missionWord(pt.word(head)) || !hasThe(pt, b, head) && !(b < head && pt.toks[pt.items[b].tok].Cap) ||
		!pt.in(head+1, missionVerbMark) && !missionSays(pt, b, head) {
		return "", false
	}
	return k.finds(source{kind: srcDoc, at: head, text: pt.phrase(b, head+1)})
}

// missionSays reports a mission, the phrase from item b to its head, that
// "said" or "says" something ("“…,” says the embassy", "The embassy said
// that"): in a story about cables, what it said is in its cables, unless
// the sentence says it said so in public (a statement, its spokesman, to
// reporters).
func missionSays(pt *paraText, b, head int) bool {
	v := head + 1
	if !pt.isWord(v, "said") && !pt.isWord(v, "says") {
		if v = b - 1; !pt.isWord(v, "said") && !pt.isWord(v, "says") {
			return false
		}
	}
	for j := b; j < head; j++ {
		if t, ok := pt.tok(j); ok && t.Cap && !inLowered(americanWords, pt.word(j)) && !pt.isWord(j, "the") {
			return false // another country's embassy: "said the Kandian embassy"
		}
	}
	s, e := pt.sentStart(head), pt.sentenceEnd(head)
	for j := s; j < e; j++ {
		if publicWords[pt.word(j)] {
			return false
		}
	}
	return !onWeekday(pt, s, e) // (what it said on Thursday it said in public)
}

// publicWords say that a mission spoke in public, not in a cable.
var publicWords = lex.MustSet(words, "words/public-words.txt")

// someonesAide: a role after someone's name or title ("the prime
// minister's official spokesman"): someone's aide, not whoever the story
// named last.
func (k *phraseCase) someonesAide() (string, bool) {
	pt, head := k.pt, k.headItem()
	if !pt.is(head, lex.RoleNoun|lex.RoleWord) {
		return "", false
	}
	for i := k.b; i < head; i++ {
		if t, ok := pt.tok(i); ok && t.Poss {
			return k.finds(source{kind: srcOther, at: head})
		}
	}
	return "", false
}

// role: a role noun after "the" or capitalised ("the envoy", "the
// Foreign Minister", which is not the Prime Minister).
func (k *phraseCase) role() (string, bool) {
	pt, b, head := k.pt, k.b, k.headItem()
	t, ok := pt.tok(head)
	if !ok || !t.Is(lex.RoleNoun) || !hasThe(pt, b, head) && !t.Cap {
		return "", false
	}
	role := pt.word(head)
	if head > b && pt.is(head-1, lex.Title) && !pt.is(head-1, lex.RoleNoun) {
		role = pt.word(head-1) + " " + role
	}
	return k.finds(source{kind: srcRole, word: role, at: head})
}

// nameInPhrase: the last name in the phrase up to its head that is no
// owner's and modifies no role.
func (k *phraseCase) nameInPhrase() (string, bool) {
	pt := k.pt
	for i := k.headItem(); i >= k.b; i-- {
		if p := pt.personAt(i); p >= 0 && !pt.at[pt.items[i].tok].owner() && !modifiesRole(pt, i) {
			return k.finds(source{kind: srcPerson, person: p, at: i})
		}
	}
	return "", false
}

// someoneUnnamed: anyone else ("A harbour official").
func (k *phraseCase) someoneUnnamed() (string, bool) {
	return k.finds(source{kind: srcOther, at: k.headItem()})
}

// docByAnotherNameReach is how many paragraphs back a document named
// lets "the report" stand for it: a story quotes a cable over several
// paragraphs of its own words ("the report concludes").
const docByAnotherNameReach = 5
