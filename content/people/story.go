package people

import (
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
