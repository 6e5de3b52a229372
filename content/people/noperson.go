package people

import (
	"cables/content/lex"
	"cables/content/rule"
)

// What is not a person, whatever its words: a run that the words around
// it name as something else. (A run whose own words say so, "Foreign
// Office", is the name-word table's: nameword.go.)

// placeNouns are nouns for a place that "of" and its name follow.
var placeNouns = lex.MustSet(words, "words/place-nouns.txt")

// noPersonRules decide whether the run, its roles read, is no person.
var noPersonRules = rule.Table[*runCase, bool]{Decision: "no-person", Rules: []rule.Rule[*runCase, bool]{
	{Name: "named-as-a-place", Verdict: true, Match: (*runCase).namedAsPlace,
		Example: `The talks moved to the port city of Kandia Bay.`},
	{Name: "may-be-a-person", Verdict: false, Match: always,
		Example: `The talks moved to Kandia Bay.`},
}}

// namedAsPlace: "the town of", "the province of" before the run, and no
// title in it.
func (c *runCase) namedAsPlace() (string, bool) {
	i := c.i
	return c.wordIf(i-2, i >= 2 && len(c.roles) == 0 && c.low(i-1) == "of" && placeNouns[c.low(i-2)])
}
