package people

import (
	"strings"

	"cables/content/lex"
)

// Pre-checks: for each table readRun asks about every run, the rules that
// cannot fire for the case in hand, told from a field or two of it, so
// that decideAmong asks only the others. A pre-check never decides: the
// table's rules still do, in their order, and a rule a pre-check does not
// name is always asked. Each set of rules left out is a variable that
// TestShortcutsDecideAsTheTables empties to compare with the whole table.
//
// A rule named here that is changed to fire more widely (a test dropped
// from its first line) must be dropped from the sets that name it, or its
// new cases are never asked: TestShortcutsDecideAsTheTables fails when
// the rule's example is such a case. A rule renamed or deleted panics at
// start-up (RulesNamed), so a set never names a rule that is not there.

// The no-person rules that cannot fire for a run with a role, a run of
// one word, without "of" before it, without a title of a portfolio inside
// it, before no word in lower case (or none of placeNouns), not ending in
// a role noun or a capital, not inside a list, or with no mark or short
// word beside it for a credit.
var (
	noPersonOnlyWithoutRoles = noPersonRules.RulesNamed("named-as-a-place", "a-listed-place", "a-listed-country",
		"article-of-spanish-first", "place-noun-after", "named-as-a-publication", "named-as-a-company")
	noPersonOnlyLongRun = noPersonRules.RulesNamed("a-listed-place", "a-listed-country", "office-ending-in-role-noun",
		"article-of-spanish-first")
	noPersonOnlyAfterOf          = noPersonRules.RulesNamed("named-as-a-place")
	noPersonOnlyOfOrPortfolio    = noPersonRules.RulesNamed("portfolio-after-title-of")
	noPersonOnlyBeforeLowerCase  = noPersonRules.RulesNamed("place-noun-after")
	noPersonOnlyEndingInRoleNoun = noPersonRules.RulesNamed("office-ending-in-role-noun")
	noPersonOnlyPlaceStart       = noPersonRules.RulesNamed("a-listed-place", "a-listed-country")
	noPersonOnlyInHeadline       = noPersonRules.RulesNamed("headline-line-without-given-name")
	noPersonOnlyInAList          = noPersonRules.RulesNamed("listed-with-a-company")
	noPersonOnlyEndingInCapital  = noPersonRules.RulesNamed("ends-in-place-or-body-noun")
	noPersonOnlyBesideCredit     = noPersonRules.RulesNamed("picture-credit")
	noPersonOnlyWholeParagraph   = noPersonRules.RulesNamed("name-alone-on-a-line")
	noPersonOnlyEndingParagraph  = noPersonRules.RulesNamed("byline-ending-a-paragraph")
)

// noPersonMay tells the no-person rules that may fire for the run, its
// roles read.
func (c *runCase) noPersonMay() uint64 {
	var never uint64
	if len(c.roles) > 0 {
		never |= noPersonOnlyWithoutRoles
	}
	if c.j-c.i < 2 {
		never |= noPersonOnlyLongRun
	} else if !c.placeStartMay() {
		never |= noPersonOnlyPlaceStart
	}
	if c.i < 1 || c.low(c.i-1) != "of" {
		never |= noPersonOnlyAfterOf
		if c.start < c.i+3 && (c.i < 1 || !inAList(c.p, &c.ts[c.i-1])) {
			never |= noPersonOnlyOfOrPortfolio // (no "of" before, no title of three words or more carved off, and no list going on)
		}
	}
	if c.j >= len(c.ts) || c.ts[c.j].Cap || !c.ts[c.j].In(placeNounMark) {
		never |= noPersonOnlyBeforeLowerCase
	}
	if c.i == 0 || c.j >= len(c.ts) || !inAList(c.p, &c.ts[c.i-1]) || !inAList(c.p, &c.ts[c.j]) {
		never |= noPersonOnlyInAList
	}
	if last := &c.ts[c.j-1]; !last.Is(lex.RoleNoun) || last.Is(lex.FirstName) {
		never |= noPersonOnlyEndingInRoleNoun
	}
	if c.headline == 2 {
		never |= noPersonOnlyInHeadline // (the paragraph is read as no headline: see headlineWithoutGivenName)
	}
	if c.j-c.i < 2 || !c.ts[c.j-1].Cap {
		never |= noPersonOnlyEndingInCapital
	}
	if !c.creditMay() {
		never |= noPersonOnlyBesideCredit
	}
	if c.i != 0 || c.j != len(c.ts) {
		never |= noPersonOnlyWholeParagraph
	}
	if c.j+1 < len(c.ts) {
		never |= noPersonOnlyEndingParagraph
	}
	return ^never
}

// creditMay reports a slash after the run, or "by", a colon or a slash
// before it,
// where a picture credit's words stand.
func (c *runCase) creditMay() bool {
	if c.j < len(c.ts) && c.p[c.ts[c.j].Start] == '/' {
		return true
	}
	if c.i < 1 {
		return false
	}
	b := &c.ts[c.i-1]
	switch b.End - b.Start {
	case 1:
		return c.p[b.Start] == ':' || c.p[b.Start] == '/'
	case 2:
		return c.p[b.Start]|0x20 == 'b' && c.p[b.Start+1]|0x20 == 'y'
	}
	return false
}

// placeStartMay reports whether the run of two words or more may be a
// place or a country of the lists as a whole (listedPlace, listedCountry):
// its first word is one such a place starts with, in any case, or it is
// not followed by a space, or it ends in a period (which the mark does not
// read), and the lists are asked.
func (c *runCase) placeStartMay() bool {
	t := &c.ts[c.i]
	end := int(t.End)
	return end >= len(c.p) || c.p[end] != ' ' || c.p[end-1] == '.' || t.In(placeStartMark)
}

// The role-after rules that cannot fire for a run a comma follows: the
// one that reads no comma; the place's, but for a lone word after
// another; and those that read the word after the comma, but for a role
// word in lower case, "the", and a capitalised title or role.
var (
	roleAfterOnlyNoComma         = roleAfterRules.RulesNamed("no-comma-after")
	roleAfterOnlyLoneWord        = roleAfterRules.RulesNamed("place-before-appositive")
	roleAfterOnlyLowerCaseRole   = roleAfterRules.RulesNamed("appositive-role-of")
	roleAfterOnlyThe             = roleAfterRules.RulesNamed("appositive-the-title")
	roleAfterOnlyCapitalisedRole = roleAfterRules.RulesNamed("appositive-title-of")
)

// roleAfterMay tells the role-after rules that may fire for the run.
// Without a comma after it, the first rule fires: all are left.
func (c *runCase) roleAfterMay() uint64 {
	if j := c.j; j+1 >= len(c.ts) || c.ts[j].Word || c.text(j) != "," {
		return ^uint64(0)
	}
	return c.roleAfterCommaMay()
}

// roleAfterCommaMay is roleAfterMay for a run a comma follows.
func (c *runCase) roleAfterCommaMay() uint64 {
	ts, j := c.ts, c.j
	never := roleAfterOnlyNoComma
	if j != c.i+1 || c.i == 0 {
		never |= roleAfterOnlyLoneWord
	}
	next := &ts[j+1]
	if next.Cap || !next.Is(lex.RoleWord) {
		never |= roleAfterOnlyLowerCaseRole
	}
	if next.Low(c.p) != "the" {
		never |= roleAfterOnlyThe
	}
	if !next.Cap || !next.Is(lex.Title|lex.RoleWord|lex.RoleNoun) {
		never |= roleAfterOnlyCapitalisedRole
	}
	return ^never
}

// The name-word rules that cannot fire for a mark, for a word, for a word
// no name holds, for a word of the lists of no name, for a word other
// than the run's last, for a word between no two marks, and for a word
// other than the name's first before another.
var (
	nameWordOnlyMark         = nameWordRules.RulesNamed("bracket")
	nameWordOnlyWord         = nameWordRules.RulesNamed("plain-name-word", "name-joined-to-lower-case-word")
	nameWordNeverNotPerson   = nameWordRules.RulesNamed("plain-name-word")
	nameWordOnlyNotPerson    = nameWordRules.RulesNamed("word-as-surname", "given-name-that-is-a-word", "place-opener-inside-name", "not-person-word")
	nameWordOnlyLast         = nameWordRules.RulesNamed("name-joined-to-lower-case-word", "word-as-surname")
	nameWordOnlyBetweenMarks = nameWordRules.RulesNamed("nickname")
	nameWordOnlyFirstOfTwo   = nameWordRules.RulesNamed("given-name-that-is-a-word")
)

// nameWordMay tells the name-word rules that may fire for token k.
func (c *runCase) nameWordMay() uint64 {
	t := &c.ts[c.k]
	var never uint64
	if t.Word {
		never |= nameWordOnlyMark
	} else {
		never |= nameWordOnlyWord
	}
	if t.Is(lex.NotPerson) {
		never |= nameWordNeverNotPerson
	} else {
		never |= nameWordOnlyNotPerson
	}
	if c.k != c.j-1 {
		never |= nameWordOnlyLast
	}
	if k := c.k; t.Word && (k <= c.i || k+1 >= c.j || c.ts[k-1].Word || c.ts[k+1].Word) {
		never |= nameWordOnlyBetweenMarks // (a nickname's word: quotedInRun)
	}
	if c.k != c.start || c.k+1 >= c.j {
		never |= nameWordOnlyFirstOfTwo
	}
	return ^never
}

// The title rules that cannot fire for a title other than the run's last
// after another word, one before no other word of the run, and one
// before fewer than two.
var (
	titleOnlyLastAfterAnother = titleRules.RulesNamed("title-word-as-surname-after-given-name",
		"title-word-as-surname-after-honorific")
	titleOnlyBeforeAnother = titleRules.RulesNamed("office-word-before-no-title")
	titleOnlyBeforeTwo     = titleRules.RulesNamed("title-with-portfolio")
)

// titleMay tells the title rules that may fire for title word k.
func (c *runCase) titleMay() uint64 {
	var never uint64
	if c.k != c.j-1 || c.k <= c.i {
		never |= titleOnlyLastAfterAnother
	}
	if c.k+1 >= c.j {
		never |= titleOnlyBeforeAnother
	}
	if c.k+2 >= c.j {
		never |= titleOnlyBeforeTwo
	}
	return ^never
}

// The name-begins rule that cannot fire for a run with a role (but for a
// title before the place it opens with) or of one word.
var nameBeginsOnlyLongWithoutRoles = nameBeginsRules.RulesNamed("place-glued-before-given-name")

// nameBeginsMay tells the name-begins rules that may fire for the run.
func (c *runCase) nameBeginsMay() uint64 {
	if len(c.roles) > 0 && !c.placeFirst || c.j-c.i < 2 {
		return ^nameBeginsOnlyLongWithoutRoles
	}
	return ^uint64(0)
}

// The portfolio rule that cannot fire for a run no comma follows.
var portfolioOnlyBeforeComma = portfolioRules.RulesNamed("holds-the-portfolio")

// portfolioMay tells the portfolio rules that may fire for the run.
func (c *runCase) portfolioMay() uint64 {
	if c.j >= len(c.ts) || c.ts[c.j].Word || c.text(c.j) != "," {
		return ^portfolioOnlyBeforeComma
	}
	return ^uint64(0)
}

// The sure-person rules that cannot fire for a run without a role, one
// no description of someone follows, and a name of more than one word.
// (For a name of one word, lone-word fires before the rules after it.)
var (
	sureOnlyWithRole = surePersonRules.RulesNamed("has-a-role")
	sureOnlySomeone  = surePersonRules.RulesNamed("someone-who")
	sureOnlyOneWord  = surePersonRules.RulesNamed("public-figure", "lone-word")
	// and the rule that reads a public figure's name, for a name whose
	// word no token of the run may give (publicFigureMay)
	sureOnlyPublicFigure = surePersonRules.RulesNamed("public-figure")
)

// surePersonMay tells the sure-person rules that may fire for the run,
// its name read.
func (c *runCase) surePersonMay() uint64 {
	var never uint64
	if len(c.roles) == 0 {
		never |= sureOnlyWithRole
	}
	if c.described != apposSomeone {
		never |= sureOnlySomeone
	}
	if len(c.name) >= 2 {
		never |= sureOnlyOneWord
	} else if !c.publicFigureMay() {
		never |= sureOnlyPublicFigure
	}
	return ^never
}

// publicFigureMay reports whether the word of a name of one word may be a
// public figure's: a token of the run from its start is one, in any case,
// or it holds a hyphen (the name may be the word before a suffix:
// "Obama-era") or ends in a period (which the mark does not read).
func (c *runCase) publicFigureMay() bool {
	for k := c.start; k < c.j; k++ {
		t := &c.ts[k]
		if w := t.Text(c.p); t.In(publicFigureMark) || w[len(w)-1] == '.' || strings.IndexByte(w, '-') >= 0 {
			return true
		}
	}
	return false
}
