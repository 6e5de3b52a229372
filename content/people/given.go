package people

import (
	"strings"

	"cables/content/lex"
	"cables/content/rule"
)

// When a word of the given-name lists is a given name here. The lists
// come from a maintained source (lex/words/given-names-*.txt) and hold
// names that are also common words ("Will", "Grant"), places ("Jordan")
// or words no name holds ("Bill"): such a name needs more evidence.

// givenNameRules decide whether token g, a word of the given-name lists,
// is a given name here.
var givenNameRules = rule.Table[*runCase, bool]{Decision: "given-name", Rules: []rule.Rule[*runCase, bool]{
	{Name: "a-given-name", Verdict: true, Match: (*runCase).plainGivenName,
		Example: `The cables mention Omar Lodhi twice.`},
	{Name: "name-of-a-place-or-body", Verdict: false, Match: (*runCase).nameOfPlaceOrBody,
		Example: `Flights to the North Kandia coast resumed.`},
	{Name: "word-name-opening-a-sentence", Verdict: false, Match: (*runCase).wordNameOpeningSentence,
		Example: `Mark Kandia on the map before you fly.`},
	{Name: "word-name-before-a-surname", Verdict: true, Match: (*runCase).wordNameBeforeSurname,
		Example: `The envoy met Grant Oduya in May.`},
	{Name: "word-name-alone", Verdict: false, Match: always,
		Example: `The Grant Foundation paid for the trip.`},
}}

// givenAt reports whether token g is a given name here.
func (c *runCase) givenAt(g int) bool {
	if !c.ts[g].Is(lex.FirstName) {
		return joinedGivenNames(c.text(g)) // a word of no list is no given name, but for two joined
	}
	c.g = g
	return decide(c, &givenNameRules)
}

// joinedGivenNames reports two given names a hyphen joins into one:
// "Jean-David", "Anne-Marie".
func joinedGivenNames(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	return ok && len(a) > 1 && len(b) > 1 && b[0] >= 'A' && b[0] <= 'Z' && lex.IsGivenName(a) && lex.IsGivenName(b)
}

// plainGivenName: a given name that is no common word, place or word no
// name holds.
func (c *runCase) plainGivenName() (string, bool) {
	return c.wordIf(c.g, !c.ts[c.g].Is(lex.WordName))
}

// nameOfPlaceOrBody: a given name that is also a word no person's name
// holds ("North", "Jordan", "Bill"): the capital is the place's or the
// body's. (It may still start a name that has other evidence: "Senator
// Bill Oduya".)
func (c *runCase) nameOfPlaceOrBody() (string, bool) {
	return c.wordIf(c.g, c.ts[c.g].Is(lex.NotPerson))
}

// wordNameOpeningSentence: a given name that is also a word, capitalised
// as a sentence's first word is: the capital says nothing.
func (c *runCase) wordNameOpeningSentence() (string, bool) {
	g := c.g
	return c.wordIf(g, g == 0 || !c.ts[g-1].Word && c.text(g-1) != ",")
}

// wordNameBeforeSurname: a given name that is also a word, capitalised
// inside a sentence before a capitalised word that a name may hold.
func (c *runCase) wordNameBeforeSurname() (string, bool) {
	g := c.g
	if g+1 >= len(c.ts) {
		return "", false
	}
	next := &c.ts[g+1]
	return c.wordIf(g, next.Cap && isNameWord(c.p, next) && !next.Is(lex.NotPerson|lex.Title))
}
