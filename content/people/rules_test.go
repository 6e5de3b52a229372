package people

import (
	"slices"
	"strings"
	"testing"

	"cables/content/lex"
	"cables/content/rule"
)

// The people rules in their order of precedence, table by table. Moving,
// adding or deleting a rule changes which one decides: this list changes
// with the tables, on purpose, in the same commit.
var peopleRuleOrder = map[string][]string{
	"run-starts": {"participle-opening-a-sentence", "capitalised-name-word", "capitalised-title", "capitals-before-a-name", "stop-word-name-after-title-comma", "stop-word-name-after-role-word", "particle-joined-surname", "no-run-starts"},
	"run-goes-on": {"capitalised-reporting-verb-ends-name", "capitalised-documents-end-name", "capitalised-past-before-preposition-ends-name", "joined-adjective-ends-name", "title-in-capitals-after-name-ends-it", "place-after-name-ends-it", "name-word-or-title", "possessive-ends-name", "nickname-in-quotes", "editor-bracket-inside-name", "mark-ends-name", "lower-case-word-ends-name",
		"stop-word-after-title", "month-as-surname", "regnal-number", "particles-before-name", "of-in-a-title",
		"name-in-brackets-after-title", "run-stops"},
	"title-or-surname": {"title-word-as-surname-after-given-name", "title-word-as-surname-after-honorific",
		"title-word-as-surname-after-titled-name", "title-only-after-a-title", "office-word-before-no-title", "title-with-portfolio", "title"},
	"role-before": {"title-to-place-before", "nothing-before", "lower-case-role-before", "the-title-comma-before", "role-phrase-comma-before",
		"no-role-before"},
	"role-after": {"no-comma-after", "place-before-appositive", "opening-phrase-before-description", "subject-after-opening-phrase", "appositive-role", "appositive-role-of", "appositive-the-title", "appositive-title-of", "appositive-someone-who",
		"no-appositive"},
	"portfolio":   {"holds-the-portfolio", "no-portfolio"},
	"no-person":   {"named-as-a-place", "a-listed-place", "a-listed-country", "portfolio-after-title-of", "office-ending-in-role-noun", "article-of-spanish-first", "place-noun-after", "listed-with-a-company", "headline-line-without-given-name", "ends-in-place-or-body-noun", "named-as-a-publication", "named-as-a-company", "name-alone-on-a-line", "byline-ending-a-paragraph", "picture-credit", "may-be-a-person"},
	"name-begins": {"place-glued-before-given-name", "name-after-titles"},
	"name-word": {"plain-name-word", "name-joined-to-lower-case-word", "nickname", "bracket", "word-as-surname", "given-name-that-is-a-word", "place-opener-inside-name", "not-person-word",
		"tabloid-capitals"},
	"given-name": {"a-given-name", "name-of-a-place-or-body", "word-name-opening-a-sentence", "word-name-before-a-surname", "word-name-alone"},
	"sure-person": {"has-a-role", "someone-who", "public-figure", "lone-word", "given-name-first", "public-figure-in-name", "reporting-verb-follows",
		"described-then-reports", "described-as", "inverted-speaker", "named-at-a-sentence-end", "named-in-a-list", "listed-with-a-person", "initials", "inner-particle",
		"particle-joined", "apostrophe-surname", "nickname-inside", "no-evidence"},
	"story-evidence": {"surname-reports-elsewhere", "no-story-evidence"},
	"story-thing":    {"named-as-a-thing-elsewhere", "no-thing-elsewhere"},
}

// aTable is what the tests read of a table, whatever its verdict.
type aTable struct {
	decision string
	names    []string
	examples []string
	check    func() error
}

func tableOf[V any](t *rule.Table[*runCase, V]) aTable {
	return aTable{t.Decision, t.Names(), t.Examples(), t.Check}
}

// peopleTables are the people rules' tables in the order a run meets them.
var peopleTables = []aTable{
	tableOf(&runStartRules), tableOf(&runGoesOnRules), tableOf(&titleRules), tableOf(&roleBeforeRules),
	tableOf(&roleAfterRules), tableOf(&portfolioRules), tableOf(&noPersonRules), tableOf(&nameBeginsRules), tableOf(&nameWordRules),
	tableOf(&surePersonRules), tableOf(&givenNameRules), tableOf(&storyEvidenceRules), tableOf(&storyThingRules),
}

func TestPeopleRuleOrder(t *testing.T) {
	if len(peopleTables) != len(peopleRuleOrder) {
		t.Errorf("%d tables, %d pinned orders", len(peopleTables), len(peopleRuleOrder))
	}
	for _, tb := range peopleTables {
		if err := tb.check(); err != nil {
			t.Error(err)
		}
		if want := peopleRuleOrder[tb.decision]; !slices.Equal(tb.names, want) {
			t.Errorf("%s rules\n got  %q\n want %q", tb.decision, tb.names, want)
		}
	}
}

// decisionsIn finds the people of paragraphs separated by "¶" and returns
// every decision the rules made, as "decision rule".
func decisionsIn(text string) []string {
	paras := strings.Split(text, "¶")
	toks, release := lex.TokenizeAll(paras)
	defer release()
	var got []string
	find(paras, toks, nil, func(decision string, f rule.Fired) { got = append(got, decision+" "+f.Rule) }).Release()
	return got
}

// TestPeopleRules has a row per rule, named after it: the rule decides
// in its own example sentence.
func TestPeopleRules(t *testing.T) {
	for _, tb := range peopleTables {
		for i, name := range tb.names {
			t.Run(tb.decision+"/"+name, func(t *testing.T) {
				got := decisionsIn(tb.examples[i])
				if !slices.Contains(got, tb.decision+" "+name) {
					t.Errorf("%q: %s never decided by %s; decisions: %q", tb.examples[i], tb.decision, name, got)
				}
			})
		}
	}
}

// TestShortcutsDecideAsTheTables: the people tables asked only the rules
// their pre-checks leave (startsMay, goesOnMay and prechecks.go) decide
// every run of the people rules' examples, and of sentences whose names
// start and end at every kind of token, as the whole tables do. (The
// given-name decisions a rule asks on its way are left out of the
// comparison: a pre-check spares the rule that would ask them.)
func TestShortcutsDecideAsTheTables(t *testing.T) {
	sentences := []string{
		`Omar Qadir's aide, Jane Ruiz (the envoy) and Karim el-Sisi met.`,
		`President el-Sisi and Ana Ruiz de la Fuente met Secretary of State Jane Ruiz.`,
		`Senator Rafael “Rafa” Oduya, [Interior Minister Omar] Lodhi and President (Karim Aziz) Lodhi left.`,
		`Then Qadir said; Lodhi: “No.” Ruiz — and King Idris III — wrote of Kandia.`,
		`al-Kelmeni met JR Oduya, The Minister, An Lanfen, and GDP Kandia; MP Omar Qadir left.`,
		`“The plan was Omar Qadir’s,” said an aide of the Karim Lodhi-led party.`,
		"The convoy reached the town of Orvath before dawn.",
		"Police in Sindh province gave no names.",
		"She had served as Minister of Trade before the coup.",
		"Kandia Rebels Seize Port, Envoy Told Embassy",
		`Home Secretary Sarah May, the envoy's host, and Mrs Bishop met Anne Bishop and the Kandia Times.`,
		`Omar Qadir, who holds the trade portfolio, met Obama, the Minister of Foreign Trade and the Deputy Leader.`,
		`The cable says (army chief Omar) Lodhi, head of the navy, and Jane Ruiz, Deputy Leader of the party, met.`,
		`Envoys flew from HONG KONG to Sri Lanka, then to Port Vell and New Kandia; Costa Rica's envoy met Omar Qadir in Sao Tome.`,
		`OBAMA and Putin met; the Obama-era deal, Medvedev's visit and the ZUMA-led party were named.`,
	}
	for _, tb := range peopleTables {
		sentences = append(sentences, tb.examples...)
	}
	shortcuts := []*uint64{&goesOnNeverLowerCase, &goesOnNeverMark, &goesOnOnlyHyphen, &startsNeverLowerCase, &startsNeverCapital, &startsOnlyTitle, &startsOnlyStopWord,
		&startsOnlyFirstOrTwoLetters, &goesOnOnlyMark, &goesOnOnlyQuoteMark, &goesOnOnlyClosingBracket, &goesOnOnlyOpeningBracket, &goesOnOnlyAfterOwner,
		&goesOnOnlyReportingVerb, &goesOnOnlyPlural, &goesOnOnlyBeforeCapitalPrep, &goesOnOnlyTitle, &goesOnOnlyOpeningS,
		&noPersonOnlyWithoutRoles, &noPersonOnlyLongRun, &noPersonOnlyAfterOf, &noPersonOnlyOfOrPortfolio, &noPersonOnlyBeforeLowerCase, &noPersonOnlyEndingInRoleNoun,
		&noPersonOnlyPlaceStart, &sureOnlyPublicFigure, &noPersonOnlyInAList,
		&nameWordOnlyBetweenMarks, &nameWordOnlyFirstOfTwo,
		&nameWordOnlyMark, &nameWordOnlyWord, &nameWordNeverNotPerson, &nameWordOnlyNotPerson, &nameWordOnlyLast,
		&titleOnlyLastAfterAnother, &titleOnlyBeforeAnother, &titleOnlyBeforeTwo, &nameBeginsOnlyLongWithoutRoles, &portfolioOnlyBeforeComma,
		&sureOnlyWithRole, &sureOnlySomeone, &sureOnlyOneWord, &noPersonOnlyInHeadline,
		&roleAfterOnlyNoComma, &roleAfterOnlyLoneWord, &roleAfterOnlyLowerCaseRole, &roleAfterOnlyThe, &roleAfterOnlyCapitalisedRole}
	kept := make([]uint64, len(shortcuts))
	for i, s := range shortcuts {
		kept[i] = *s
	}
	keptMarkKind := goesOnMarkKind
	setAll := func(whole bool) {
		for i, s := range shortcuts {
			if *s = kept[i]; whole {
				*s = 0 // no rule left out
			}
		}
		if goesOnMarkKind = keptMarkKind; whole {
			goesOnMarkKind = [256]uint64{}
		}
	}
	defer setAll(false)
	tables := func(decisions []string) []string {
		return slices.DeleteFunc(decisions, func(d string) bool { return strings.HasPrefix(d, "given-name ") })
	}
	for _, s := range sentences {
		setAll(true)
		whole := tables(decisionsIn(s))
		setAll(false)
		if got := tables(decisionsIn(s)); !slices.Equal(got, whole) {
			t.Errorf("%q:\n shortcut %q\n table    %q", s, got, whole)
		}
	}
}

// TestListFiltersKeepEveryWord: honorific, which asks a filter before its
// list is hashed, keeps every word of its list.
func TestListFiltersKeepEveryWord(t *testing.T) {
	for w := range honorifics {
		if !honorific(w) {
			t.Errorf("honorific(%q) is false; the list holds it", w)
		}
	}
	for _, w := range []string{"", "the", "Mr", "x"} {
		if honorific(w) != honorifics[w] {
			t.Errorf("honorific(%q) = %v; the list says %v", w, honorific(w), honorifics[w])
		}
	}
}
