package people

import (
	"cables/content/lex"
	"cables/content/rule"
)

// What makes a run of capitalised words surely a person. A sure name is
// filed in the index as a person; a run without evidence only counts when
// it repeats part of a sure name ("Qadir" after "Omar Qadir").

// surePersonRules decide whether the run, its name read, is surely a
// person.
var surePersonRules = rule.Table[*runCase, bool]{Decision: "sure-person", Rules: []rule.Rule[*runCase, bool]{
	{Name: "has-a-role", Verdict: true, Match: (*runCase).hasRole,
		Example: `Ambassador Jane Ruiz wrote home.`},
	{Name: "someone-who", Verdict: true, Match: (*runCase).someoneWho,
		Example: `The early cables deal with Rustam Oduya, the physicist who ruled for years.`},
	{Name: "public-figure", Verdict: true, Match: (*runCase).publicFigure,
		Example: `The memo dates from the Kuhl and Obama years.`},
	{Name: "lone-word", Verdict: false, Match: (*runCase).loneWord,
		Example: `Qadir flew in.`},
	{Name: "given-name-first", Verdict: true, Match: (*runCase).givenNameFirst,
		Example: `The cables mention Omar Qadir twice.`},
	{Name: "public-figure-in-name", Verdict: true, Match: (*runCase).publicFigureInName,
		Example: `The cables mention Kelmeni Gadhafi twice.`},
	{Name: "reporting-verb-follows", Verdict: true, Match: (*runCase).reportingVerbFollows,
		Example: `Update: Nkemdi Oduya has now said the envoy must go.`},
	{Name: "described-then-reports", Verdict: true, Match: (*runCase).describedThenReports,
		Example: `Nkemdi Oduya, once close to the Policy Forum in Kandia, said so.`},
	{Name: "described-as", Verdict: true, Match: (*runCase).describedAs,
		Example: `A cable sent after the vote described Dervis Kanat as “polite and immovable.”`},
	{Name: "inverted-speaker", Verdict: true, Match: (*runCase).invertedSpeaker,
		Example: `“Nobody is surprised,” said Tavali Okunde at the forum.`},
	{Name: "named-at-a-sentence-end", Verdict: true, Match: (*runCase).namedAtSentenceEnd,
		Example: `Among the envoys named in the cables was Tavali Okunde.`},
	{Name: "named-in-a-list", Verdict: true, Match: (*runCase).namedInAList,
		Example: `Among the envoys named in the cables were Tavali Okunde, Orvath Dalmet and Porvan Sello.`},
	{Name: "listed-with-a-person", Verdict: true, Match: (*runCase).listedWithAPerson,
		Example: `The police watched Peter Orvath, Kelmi Dalmet and Ambassador Tavali Okunde.`},
	{Name: "initials", Verdict: true, Match: (*runCase).initials,
		Example: `It was A.Q. Lodhi who sold the designs.`},
	{Name: "inner-particle", Verdict: true, Match: (*runCase).innerParticle,
		Example: `The house of Belhassen el Tarabi was raided.`},
	{Name: "particle-joined", Verdict: true, Match: (*runCase).particleJoined,
		Example: `The cables call Abdelkrim al-Hadi a broker.`},
	{Name: "apostrophe-surname", Verdict: true, Match: (*runCase).apostropheSurname,
		Example: `The cables quote Tavali N'Kodo at length.`},
	{Name: "nickname-inside", Verdict: true, Match: (*runCase).nicknameInside,
		Example: `The cables call Zorvath “Zorro” Kelmeni a fixer.`},
	{Name: "no-evidence", Verdict: false, Match: always,
		Example: `Policy Forum, which the press quoted, said so.`},
}}

// publicFigures are surnames the news names public figures by alone;
// publicFigureFilter rules out most words before the set is asked.
var (
	publicFigures      = lex.MustSet(words, "words/public-figures.txt")
	publicFigureFilter = lex.FilterOf(publicFigures)
)

// publicFigure: one word alone that names a public figure ("Obama",
// "Zuma"): a person, though the story gives no given name or title.
func (c *runCase) publicFigure() (string, bool) {
	return c.nameIf(len(c.name) == 1 && inLowered(publicFigures, publicFigureFilter, c.name[0]))
}

// publicFigureInName: a name of two or three words that ends with a word
// the news names a public figure by ("Moammar Gadhafi"): a person, though the lists lack the given name; not things
// named after one ("Gaddafi Stadium", "Bush Era", "the Kissinger
// Cables").
func (c *runCase) publicFigureInName() (string, bool) {
	if len(c.name) < 2 || len(c.name) > 3 {
		return "", false
	}
	for k := c.start; k < c.j; k++ {
		if c.ts[k].Is(lex.Doc) {
			return "", false // "the Kissinger Cables": documents named after him
		}
	}
	if inLowered(publicFigures, publicFigureFilter, c.name[len(c.name)-1]) {
		return c.nameText(), true
	}
	return "", false
}

// loneWord: one word alone is a surname or a given name, no evidence by
// its shape or its neighbours (the rules after this one read a full name).
func (c *runCase) loneWord() (string, bool) { return c.nameIf(len(c.name) < 2) }

// nameText returns the name's words as the paragraph writes them.
func (c *runCase) nameText() string { return c.p[c.ts[c.start].Start:c.ts[c.j-1].End] }

// nameIf returns the name as a rule's evidence, when the rule fires (ok).
func (c *runCase) nameIf(ok bool) (string, bool) {
	if !ok {
		return "", false
	}
	return c.nameText(), true
}

// hasRole: a title inside the run or a role around it.
func (c *runCase) hasRole() (string, bool) {
	if len(c.roles) == 0 {
		return "", false
	}
	return c.roles[0], true
}

// someoneWho: a description after the name tells of someone who did
// something.
func (c *runCase) someoneWho() (string, bool) {
	return c.nameIf(c.described == apposSomeone)
}

// givenNameFirst: a full name that starts with a given name.
func (c *runCase) givenNameFirst() (string, bool) {
	return c.wordIf(c.start, c.givenAt(c.start))
}

// reportingVerbFollows: a reporting verb follows the full name, past
// auxiliaries and adverbs ("Nkemdi Oduya has now said"); not after a
// lower-case preposition ("the consulate in Porto Alegre reports").
func (c *runCase) reportingVerbFollows() (string, bool) {
	if !reportsNext(c.ts, c.j) || c.i > 0 && c.ts[c.i-1].Is(lex.Prep) && !c.ts[c.i-1].Cap {
		return "", false
	}
	return c.nameText(), true
}

// describedThenReports: a description set off by commas, then a reporting
// verb ("Dev Sena, director of the Policy Forum, said"), the name maybe
// paired with another before it ("Niu Jun and Zhang Qingmin, professors
// at Peking University, said").
func (c *runCase) describedThenReports() (string, bool) {
	return c.nameIf(describedThenReports(c.p, c.ts, c.j) || pairedThenDescribed(c.p, c.ts, c.j))
}

// describedAs: a describing verb takes the full name and "as" a
// description ("described Dervis Kanat as").
func (c *runCase) describedAs() (string, bool) {
	i, j := c.i, c.j
	ok := i > 0 && c.ts[i-1].In(describedAsMark) && j < len(c.ts) && c.low(j) == "as"
	return c.nameIf(ok)
}

// invertedSpeaker: the full name follows a quote and a reporting verb
// ("“…,” said Tavali Okunde").
func (c *runCase) invertedSpeaker() (string, bool) {
	ts, i := c.ts, c.i
	ok := i >= 2 && ts[i-1].Is(lex.Report) && !ts[i-1].Cap && (c.text(i-2) == "," || isQuoteMark(c.text(i-2)))
	return c.nameIf(ok)
}

// beforeAName are the words after which a full name ending a sentence
// may be a person's, and peopleListed the words that tell the sentence
// lists people.
var (
	beforeAName  = lex.MustSet(words, "words/before-a-name.txt")
	peopleListed = lex.MustSet(words, "words/people-listed.txt")
)

// namedAtSentenceEnd: a full name of two or three words ends a sentence
// after "was", "were", "including", in a sentence that lists people ("…
// politicians named in the cables was Tavali Okunde."); the listing word
// is the evidence.
func (c *runCase) namedAtSentenceEnd() (string, bool) {
	i, j := c.i, c.j
	if len(c.name) > 3 || i == 0 || j >= len(c.ts) || !c.ts[i-1].In(beforeANameMark) || !sentenceEnds(c.text(j)) {
		return "", false
	}
	return c.listsPeople(i - 1)
}

// listsPeople returns the word before token k, or k itself, in its
// sentence that tells the sentence lists people.
func (c *runCase) listsPeople(k int) (string, bool) {
	for ; k >= 0 && !sentenceEnds(c.text(k)); k-- {
		if c.ts[k].In(peopleListedMark) {
			return c.text(k), true
		}
	}
	return "", false
}

// namedInAList: a full name in a list of names, after "was", "were",
// "including", that ends a sentence listing people ("… named in the
// cables were Zorvath Kelmeni and Orvath Dalmet.").
func (c *runCase) namedInAList() (string, bool) {
	ts := c.ts
	if len(c.name) > 3 || c.j >= len(ts) || !inAList(c.p, &ts[c.j]) && !sentenceEnds(c.text(c.j)) {
		return "", false
	}
	end := c.j
	for end < len(ts) && (ts[end].Cap || inAList(c.p, &ts[end])) {
		end++
	}
	k := c.i - 1
	for k >= 0 && (ts[k].Cap || inAList(c.p, &ts[k])) {
		k--
	}
	if end == len(ts) || !sentenceEnds(c.text(end)) || k < 0 || !c.ts[k].In(beforeANameMark) {
		return "", false
	}
	return c.listsPeople(k)
}

// listedWithAPerson: a name of two or three words set in a list of names
// beside one that opens with a given name or a title ("watched Peter
// Orvath, Kelmi Dalmet and Tavali Okunde"): the list names people.
func (c *runCase) listedWithAPerson() (string, bool) {
	ts := c.ts
	if len(c.name) > 3 {
		return "", false
	}
	if k := c.i - 1; k > 0 && inAList(c.p, &ts[k]) {
		for k > 0 && inAList(c.p, &ts[k]) {
			k-- // ", and"
		}
		f := k
		for f > 0 && ts[f-1].Cap && !inAList(c.p, &ts[f-1]) && f > k-3 {
			f--
		}
		if ts[k].Cap && c.opensAPerson(f) {
			return c.nameText(), true
		}
	}
	if k := c.j; k < len(ts) && inAList(c.p, &ts[k]) {
		for k < len(ts) && inAList(c.p, &ts[k]) {
			k++
		}
		if k < len(ts) && ts[k].Cap && c.opensAPerson(k) {
			return c.nameText(), true
		}
	}
	return "", false
}

// opensAPerson reports a title or a given name at token k, followed by a
// capitalised word.
func (c *runCase) opensAPerson(k int) bool {
	t := &c.ts[k]
	if k+1 >= len(c.ts) || !c.ts[k+1].Cap {
		return false
	}
	return t.Is(lex.Title) || lex.IsGivenName(c.text(k))
}

// inAList reports a comma or "and" between the names of a list.
func inAList(p string, t *lex.Token) bool {
	w := t.Text(p)
	return w == "," || w == "and"
}

// sentenceEnds reports a mark that ends a sentence.
func sentenceEnds(s string) bool { return s == "." || s == "!" || s == "?" || s == ";" }

// initials: a full name that starts with initials ("A.Q. Lodhi").
func (c *runCase) initials() (string, bool) {
	return c.nameIf(isInitials(c.name[0]))
}

// innerParticle: a lower-case particle inside the name ("Belhassen el
// Tarabi"); places and organisations rarely read "X el Y".
func (c *runCase) innerParticle() (string, bool) {
	return c.nameIf(hasInnerParticle(c.name))
}

// apostropheSurname: a surname of one capital, an apostrophe and a
// capitalised rest ("N'Kodo", "O'Brien").
func (c *runCase) apostropheSurname() (string, bool) {
	return c.nameIf(apostropheSurname(c.name))
}

// nicknameInside: a nickname in quotation marks between the name's words
// ("Zorvath “Zorro” Kelmeni"): places and bodies have none.
func (c *runCase) nicknameInside() (string, bool) {
	for k := c.start + 1; k < c.j-1; k++ {
		if c.quotedInRun(k) {
			return c.text(k), true
		}
	}
	return "", false
}

// particleJoined: a word after the first is joined to a particle by a
// hyphen ("al-Hadi", "Al-Hadi").
func (c *runCase) particleJoined() (string, bool) {
	return c.nameIf(particleJoined(c.name[1:]))
}
