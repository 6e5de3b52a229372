package people

import (
	"strings"

	"cables/content/lex"
	"cables/content/rule"
)

// Evidence the whole story gives: a full name read without evidence where
// it stands ("Mark Arbib, a key figure, …": a given name that is also a
// word opens the sentence) is a person when the story, elsewhere, has its
// surname alone report ("Arbib reportedly told US diplomats").

// storyEvidenceRules decide whether a full name without evidence of its
// own is surely a person, from what the story does with its words
// elsewhere (c.name is the name, c.speaking the surnames that report).
var storyEvidenceRules = rule.Table[*runCase, bool]{Decision: "story-evidence", Rules: []rule.Rule[*runCase, bool]{
	{Name: "surname-reports-elsewhere", Verdict: true, Match: (*runCase).surnameReportsElsewhere,
		Example: `Mark Oduya, a key figure in the coup, met the envoy.¶Oduya reportedly told the envoy everything.`},
	{Name: "no-story-evidence", Verdict: false, Match: always,
		Example: `Mark Oduya, a key figure in the coup, met the envoy.¶Lodhi reportedly told the envoy everything.`},
}}

// weighStory asks storyEvidenceRules of every run of two or more words
// without evidence and not described as a thing, when some lone word
// reports.
func weighStory(c *runCase, runs []nameRun) {
	c.speaking = c.speaking[:0]
	for i := range runs {
		if runs[i].speaks {
			c.speaking = append(c.speaking, runs[i].name[0])
		}
	}
	if len(c.speaking) == 0 {
		return
	}
	for i := range runs {
		if r := &runs[i]; !r.evidence && !r.thing && len(r.name) >= 2 {
			c.name = r.name
			r.evidence = decide(c, &storyEvidenceRules)
		}
	}
	c.name = nil
}

// surnameReportsElsewhere: the name opens with a word of the given-name
// lists, and its last word, alone elsewhere in the story, reports.
func (c *runCase) surnameReportsElsewhere() (string, bool) {
	n := c.name
	if !lex.IsGivenName(n[0]) {
		return "", false
	}
	for _, w := range c.speaking {
		if w == n[len(n)-1] {
			return w, true
		}
	}
	return "", false
}

// storyThingRules decide whether a name read as a person's is one the
// story, elsewhere, names as a paper or a company ("published by the
// Orvath Dagbladet daily … Orvath Dagbladet also quoted"): c.name is the
// name, c.things the names the no-person rules read so.
var storyThingRules = rule.Table[*runCase, bool]{Decision: "story-thing", Rules: []rule.Rule[*runCase, bool]{
	{Name: "named-as-a-thing-elsewhere", Verdict: true, Match: (*runCase).namedAsThingElsewhere,
		Example: `The Kandian daily, Orvath Dagbladet, printed the cable.¶Orvath Dagbladet also quoted other cables.`},
	{Name: "no-thing-elsewhere", Verdict: false, Match: always,
		Example: `The Kandian daily, Orvath Dagbladet, printed the cable.¶Vell Tarsk also quoted other cables.`},
}}

// weighThings asks storyThingRules of every run read as a person's, when
// the story names some paper or company; a run the story names so is no
// one's.
func weighThings(c *runCase, runs []nameRun) {
	if len(c.things) == 0 {
		return
	}
	for i := range runs {
		// (not one with a title or a given name: "the Kandian
		// conglomerate Hugo Brandt" leaves "Hugo Brandt, 71," a person)
		if r := &runs[i]; r.evidence && len(r.roles) == 0 && !lex.IsGivenName(r.name[0]) {
			c.name = r.name
			if decide(c, &storyThingRules) {
				r.evidence, r.thing = false, true
			}
		}
	}
	c.name = nil
}

// namedAsThingElsewhere: the name, word for word, is one the story names
// as a paper or a company elsewhere.
func (c *runCase) namedAsThingElsewhere() (string, bool) {
	for _, t := range c.things {
		if nameIs(c.name, t) {
			return t, true
		}
	}
	return "", false
}

// nameIs reports whether the words of name, joined by spaces, are text.
func nameIs(name []string, text string) bool {
	for i, w := range name {
		if i > 0 {
			if !strings.HasPrefix(text, " ") {
				return false
			}
			text = text[1:]
		}
		if !strings.HasPrefix(text, w) {
			return false
		}
		text = text[len(w):]
	}
	return text == ""
}

// thingNamed files the run, which the no-person rules found no one's, as
// a name the story gives a paper or a company, when they read it so.
func (c *runCase) thingNamed() {
	if _, ok := c.namedAsPublication(); !ok {
		if _, ok = c.namedAsCompany(); !ok {
			return
		}
	}
	c.things = append(c.things, c.nameOrTitles())
}
