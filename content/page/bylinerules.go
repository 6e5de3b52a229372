package page

import (
	"strings"
	"unicode"

	"cables/content/lex"
	"cables/content/rule"
)

// A line credits the story's writer when one rule of bylineRules fires,
// the first in the table's order deciding; its evidence is the credit as
// the story keeps it. A new shape of byline is a rule at its place in the
// table, with an example line written for cables, which TestBylineRules
// reads (bylinerules_test.go).

// bylineCase is a line that may be a byline, and its words once "By" is
// gone.
type bylineCase struct {
	line  string
	words []string
}

// byline reads the lines that credit a story: "By Jane Doe", "By Jane Doe
// and John Roe, Reuters", "Author: Staff", a desk ("Staff Correspondent"),
// "Jane Doe in Istanbul" and a name before its role, perhaps in capitals
// ("JANE DOE, Religious Affairs Correspondent").
func byline(u string) (string, bool) {
	if len(u) > 120 {
		return "", false
	}
	c := bylineCase{line: u, words: bylineWords(u)}
	_, fired := bylineRules.Decide(&c)
	return fired.Evidence, fired.Rule != ""
}

// bylineWords are a line's words once "By" is gone.
func bylineWords(u string) []string {
	return fields(strings.TrimPrefix(strings.TrimPrefix(u, "By "), "by "))
}

var bylineRules = rule.Table[*bylineCase, string]{Decision: "byline", Rules: []rule.Rule[*bylineCase, string]{
	{Name: "desk-credit", Verdict: "desk", Match: (*bylineCase).deskCredit,
		Example: "By Our Diplomatic Correspondent"},
	{Name: "name-then-role", Verdict: "writer", Match: (*bylineCase).nameThenRole,
		Example: "ADA QUILL, Gulf Affairs Correspondent"},
	{Name: "two-writers", Verdict: "writers", Match: (*bylineCase).twoWriters,
		Example: "Ada Quill and Tomas Berg"},
	{Name: "writer-in-place", Verdict: "writer", Match: (*bylineCase).writerInPlace,
		Example: "Ada Quill in Nairobi"},
	{Name: "credit-prefix", Verdict: "writer", Match: (*bylineCase).creditPrefix,
		Example: "Written by Ada Quill | Foreign desk"},
}}

// deskCredit: a desk rather than a person, "Staff Correspondent".
func (c *bylineCase) deskCredit() (string, bool) {
	if !isDesk(c.words) {
		return "", false
	}
	return strings.Join(c.words, " "), true
}

// nameThenRole: a name of two to four words, then a role ending in a
// desk's word, perhaps with the outlet after it: "Jane Roe, Middle East
// editor", "Jane Roe, Washington Correspondent, Example News".
func (c *bylineCase) nameThenRole() (string, bool) {
	name, role, ok := strings.Cut(c.line, ", ")
	if !ok || len(c.words) > 8 {
		return "", false
	}
	n := strings.Fields(name)
	roleOnly, _, _ := strings.Cut(role, ", ") // "Washington Correspondent, Example News"
	ok = len(n) >= 2 && len(n) <= 4 && (looksLikeName(n) || capitalsName(n)) &&
		(deskWords[strings.ToLower(lastWord(role))] || deskWords[strings.ToLower(lastWord(roleOnly))])
	return name, ok
}

// twoWriters: two names of two or three words on a line of their own.
func (c *bylineCase) twoWriters() (string, bool) {
	a, b, ok := strings.Cut(c.line, " and ")
	return c.line, ok && len(c.words) <= 7 && nameOfTwoOrThree(a) && nameOfTwoOrThree(b)
}

// writerInPlace: capitalised words, then "in" and a known place.
func (c *bylineCase) writerInPlace() (string, bool) {
	w := c.words
	if len(w) < 3 || len(w) > 6 || w[len(w)-2] != "in" || !lex.Places[strings.ToLower(w[len(w)-1])] || !allCapitalised(w[:len(w)-2]) {
		return "", false
	}
	return strings.Join(w[:len(w)-2], " "), true
}

// bylinePrefixes are the words a credit line may start with.
var bylinePrefixes = []string{"By ", "BY ", "by ", "Written by ", "Text by ", "Words by ", "Author: ", "Author ", "Text: "}

// creditPrefix: a credit's word, then a capitalised credit up to a "|";
// a sentence that only starts with "By" is none.
func (c *bylineCase) creditPrefix() (string, bool) {
	rest, ok := "", false
	for _, prefix := range bylinePrefixes {
		if rest, ok = strings.CutPrefix(c.line, prefix); ok {
			break
		}
	}
	if !ok {
		return "", false
	}
	if cut := strings.IndexAny(rest, "|"); cut >= 0 {
		rest = rest[:cut]
	}
	rest = strings.TrimSpace(rest)
	words := strings.Fields(rest)
	if len(words) == 0 || len(words) > 12 || endsSentence(rest) && len(words) > 4 {
		return "", false
	}
	if r := []rune(words[0]); !unicode.IsUpper(r[0]) {
		return "", false
	}
	return strings.TrimRight(rest, ".,;"), true
}
