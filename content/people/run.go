package people

import (
	"math/bits"
	"strings"

	"cables/content/lex"
	"cables/content/rule"
)

// Reading runs of capitalised words: where a run that may be a name
// starts (runStartRules) and how far it goes on (runGoesOnRules). What
// the run then says about its holder is read in read.go.

// runCase is what the people rules read: a paragraph's tokens and the run
// being read in them. Each table says which of its fields it reads; the
// runner (appendRuns, readRun) moves them along.
type runCase struct {
	// speaking are the lone words that report, for storyEvidenceRules;
	// things the names of papers and companies, for storyThingRules
	speaking, things []string
	p                string
	ts               []lex.Token
	pi               int      // the paragraph
	paras            []string // the story's paragraphs (nameAloneOnALine reads those beside the run's)
	// i is the run's first token and j the token after it; while the run
	// is read, j is the token a run-goes-on rule looks at, and a rule that
	// takes it in sets next, the token after what it took.
	i, j, next int
	// start is the name's first token once the titles are carved off; k
	// the token a title or name-word rule looks at, g the one a given-name
	// rule looks at.
	start, k, g int
	// roles are the titles and role words read for the run so far; at
	// holds the tokens a role rule found, for the runner to file.
	roles   []string
	at      [2]int
	atCount int
	// name is the run's name once its words are read, nick a nickname
	// in quotes inside it.
	name []string
	nick string
	// placeFirst tells that the run opens with the place of a title
	// before it ("Ambassador to Kandia Jane Ruiz"): the name starts at
	// its given name
	placeFirst bool
	// appos caches the reading of a description after the run (see
	// readAppositive), apposRead tells that it is read, and described is
	// what the role-after rules made of it.
	appos, described appositive
	apposRead        bool
	// headline tells whether the paragraph is written as a headline
	// (headlineWithoutGivenName): 0 not yet read, 1 yes, 2 no.
	headline int8
	// words is the story's arena for the words of names and roles.
	words *[]string
	// trace, when set, is told every decision (the tests set it).
	trace func(decision string, f rule.Fired)
}

// decide runs a table on the case as rule.Table.Decide does, telling
// the trace (when set) which rule decided and on what words. It is asked
// dozens of times per name, so the Fired record is only made for a trace.
func decide[V any](c *runCase, t *rule.Table[*runCase, V]) V {
	rules := t.Rules // (a local: t's fields are not read again after each call)
	for i := range rules {
		r := &rules[i]
		if evidence, ok := r.Match(c); ok {
			if c.trace != nil {
				c.trace(t.Decision, rule.Fired{Rule: r.Name, Evidence: evidence})
			}
			return r.Verdict
		}
	}
	var zero V
	return zero
}

// decideAmong is decide asking only the rules whose bit is set in may:
// for a runner that knows the others cannot fire for this case (a
// shortcut kept out of the rules themselves: see prechecks.go).
func decideAmong[V any](c *runCase, t *rule.Table[*runCase, V], may uint64) V {
	rules := t.Rules
	for ; may != 0; may &= may - 1 {
		i := bits.TrailingZeros64(may)
		if i >= len(rules) {
			break // (the bits past the table's rules: a test here, where the index is checked anyway)
		}
		r := &rules[i]
		if evidence, ok := r.Match(c); ok {
			if c.trace != nil {
				c.trace(t.Decision, rule.Fired{Rule: r.Name, Evidence: evidence})
			}
			return r.Verdict
		}
	}
	var zero V
	return zero
}

// text returns token k's word.
func (c *runCase) text(k int) string { return c.ts[k].Text(c.p) }

// wordIf returns token k's word as a rule's evidence, when the rule
// fires (ok).
func (c *runCase) wordIf(k int, ok bool) (string, bool) {
	if !ok {
		return "", false
	}
	return c.text(k), true
}

// low returns token k's word in lower case.
func (c *runCase) low(k int) string { return c.ts[k].Low(c.p) }

// found records a token a rule found, for the runner to file.
func (c *runCase) found(k int) {
	c.at[c.atCount] = k
	c.atCount++
}

// appendRuns finds the runs of name words of one paragraph and reads
// each.
func appendRuns(runs []nameRun, c *runCase) []nameRun {
	c.headline = 0
	ts, p := c.ts, c.p
	// only a lower-case word that holds a hyphen may be a surname joined
	// to its particle: the lower-case words of a paragraph without one,
	// and in one with some those that end before h, the next hyphen from
	// the word being read on (len(p) past the last, -1 until read), are
	// passed over without a look at their letters
	hyphen, h := strings.IndexByte(p, '-') >= 0, -1
	for i := 0; i < len(ts); {
		// only a capitalised word, or a paragraph's first, can start a
		// run: the others are passed over without asking the rules (and
		// without moving c.i, which only the rules read)
		if !ts[i].Cap && i > 0 && !hyphen {
			for i++; i < len(ts) && !ts[i].Cap; i++ {
				// (the lower-case words after it, in a tighter loop)
			}
			continue
		}
		if !ts[i].Cap && i > 0 {
			if int(ts[i].Start) > h {
				h = hyphenFrom(p, int(ts[i].Start))
			}
			if int(ts[i].End) <= h || !mayBeParticleJoined(p, &ts[i]) {
				for i++; i < len(ts) && !ts[i].Cap && int(ts[i].End) <= h; i++ {
					// (the lower-case words after it that end before the hyphen)
				}
				continue
			}
		}
		if c.i = i; !decideAmong(c, &runStartRules, startsMay(ts, i)) {
			i++
			continue
		}
		for c.j = c.i + 1; c.j < len(ts); c.j = c.next {
			may := goesOnMay(p, ts, c.j, hyphen)
			if ts[c.j].Cap {
				may &^= capitalNever(p, ts, c.j) // (apart from goesOnMay, which stays small enough to be inlined)
			}
			if !decideAmong(c, &runGoesOnRules, may) {
				break
			}
		}
		if c.trace == nil && skipLoneRuns && namesNoOne(c, hyphen) {
			i = c.j
			continue // (readRun would read its roles, and then find no one)
		}
		if runs = append(runs, nameRun{}); !readRun(c, &runs[len(runs)-1]) {
			runs = runs[:len(runs)-1]
		}
		i = c.j
	}
	return runs
}

// namesNoOne reports a run that readRun would find no one in, told
// without its tables (a shortcut of the runner, like the pre-checks): a
// lone title, which the title rule (the only one of its table titleMay
// leaves for it) carves off as a role, leaving no name; a lone word of no
// person (loneNotPersonWord); and a longer run that holds a word of no
// person its name cannot hold (notPersonInRun). Every rule readRun asks
// before the name's words either ends the run or reads on to them, and
// none has an effect past the run. (Asked only without a trace, so that a test sees every
// table decide; TestLoneRunsDecideAsTheTables compares.)
func namesNoOne(c *runCase, hyphen bool) bool {
	if c.j == c.i+1 {
		return c.ts[c.i].Is(lex.Title) || loneNotPersonWord(c)
	}
	return notPersonInRun(c, hyphen)
}

// notPersonInRun reports a run of two words or more that holds a word of
// no person which the name-word rules can only take as one
// (not-person-word): the run holds no title (carveTitles), no given name
// and no hyphen that may join two (placeGluedBeforeGivenName, givenAt), so
// its name starts at its first word and no word of it is a surname after
// a given name (word-as-surname) or joined to a suffix; and a first word
// of no person is no given name that is also a word
// (given-name-that-is-a-word). It holds no mark either (nickname).
func notPersonInRun(c *runCase, hyphen bool) bool {
	if hyphen {
		return false
	}
	found := false
	for k := c.i; k < c.j; k++ {
		t := &c.ts[k]
		if !t.Word || t.Is(lex.Title|lex.FirstName) {
			return false
		}
		found = found || t.Is(lex.NotPerson) && (k > c.i || !t.In(namesAlsoNoNameMark))
	}
	return found
}

// loneNotPersonWord reports a run of one word of no person, no title,
// that the name-word rules can only take as a word of no person
// (not-person-word): no surname after an honorific in lower case or
// before "himself" (word-as-surname).
func loneNotPersonWord(c *runCase) bool {
	t := &c.ts[c.i]
	if !t.Word || !t.Is(lex.NotPerson) || t.Is(lex.Title) {
		return false
	}
	if c.i > 0 && honorific(c.low(c.i-1)) {
		return false
	}
	if c.j < len(c.ts) {
		if w := c.low(c.j); w == "himself" || w == "herself" {
			return false
		}
	}
	return true
}

// skipLoneRuns tells appendRuns to pass over the runs namesNoOne tells
// (a test turns it off to compare).
var skipLoneRuns = true

// hyphenFrom returns the index of the first hyphen of p at or after byte
// from, or len(p).
func hyphenFrom(p string, from int) int {
	if k := strings.IndexByte(p[from:], '-'); k >= 0 {
		return from + k
	}
	return len(p)
}

// mayBeParticleJoined tells, cheaply, the lower-case words that may be a
// surname joined to its particle ("al-Kelmeni"): a hyphen within the
// first few letters.
func mayBeParticleJoined(p string, t *lex.Token) bool {
	n := t.End - t.Start
	if !t.Word || n < 4 {
		return false
	}
	w := p[t.Start:t.End]
	return w[2] == '-' || w[3] == '-' || n > 5 && (w[4] == '-' || w[5] == '-')
}

// runStartRules decide whether token i starts a run that may be a name.
var runStartRules = rule.Table[*runCase, bool]{Decision: "run-starts", Rules: []rule.Rule[*runCase, bool]{
	{Name: "participle-opening-a-sentence", Verdict: false, Match: (*runCase).participleOpeningSentence,
		Example: `Describing Qadir as a loyal ally, the envoy asked for more.`},
	{Name: "capitalised-name-word", Verdict: true, Match: (*runCase).capitalisedNameWord,
		Example: `The cables say Omar Qadir flew in.`},
	{Name: "capitalised-title", Verdict: true, Match: (*runCase).capitalisedTitle,
		Example: `MP Omar Qadir flew in on Monday.`},
	{Name: "capitals-before-a-name", Verdict: true, Match: (*runCase).capitalsBeforeName,
		Example: `KARIM Lodhi is too proud to resign, said the embassy's spokesman, JR Oduya.`},
	{Name: "stop-word-name-after-title-comma", Verdict: true, Match: (*runCase).stopWordNameAfterTitleComma,
		Example: `Kandia's Deputy Trade Minister, An Lanfen, told the envoy so.`},
	{Name: "stop-word-name-after-role-word", Verdict: true, Match: (*runCase).stopWordNameAfterRoleWord,
		Example: `The envoy met army chief Than Lwin on Monday.`},
	{Name: "particle-joined-surname", Verdict: true, Match: (*runCase).particleJoinedSurname,
		Example: `Later, al-Kelmeni said the money was clean.`},
	{Name: "no-run-starts", Verdict: false, Match: always,
		Example: `The talks ended early.`},
}}

// startsMay tells the run-starts rules that may fire on token i: not
// those that read a capital for a word in lower case, nor the one that
// reads one in lower case for a capitalised word; a title's and a stop
// word's rule only for a title and a stop word; the one that reads
// capitals only for a paragraph's first word or a word of two letters.
// (A rule added to the table is asked unless it is named below.)
func startsMay(ts []lex.Token, i int) uint64 {
	t := &ts[i]
	if !t.Cap {
		return ^startsNeverLowerCase
	}
	never := startsNeverCapital
	if !t.Is(lex.Title) {
		never |= startsOnlyTitle
	}
	if !t.Is(lex.Stop) {
		never |= startsOnlyStopWord
	}
	if i > 0 && t.End-t.Start != 2 {
		never |= startsOnlyFirstOrTwoLetters
	}
	return ^never
}

// The run-starts rules startsMay leaves out for a token
// (TestShortcutsDecideAsTheTables).
var (
	startsNeverLowerCase = runStartRules.RulesNamed("participle-opening-a-sentence", "capitalised-name-word", "capitalised-title", "stop-word-name-after-title-comma", "stop-word-name-after-role-word")
	startsNeverCapital   = runStartRules.RulesNamed("particle-joined-surname")
	startsOnlyTitle      = runStartRules.RulesNamed("capitalised-title")
	startsOnlyStopWord   = runStartRules.RulesNamed("stop-word-name-after-title-comma", "stop-word-name-after-role-word")
	// capitalsBeforeName reads a tabloid lead's first word, or initials
	// of two letters
	startsOnlyFirstOrTwoLetters = runStartRules.RulesNamed("capitals-before-a-name")
)

// always fires: the last rule of a table.
func always(*runCase) (string, bool) { return "", true }

// capitalsBeforeName: a word in capitals before a surname: a tabloid
// lead's first word ("KARIM Lodhi is …") or two initials written without
// periods ("JR Oduya").
func (c *runCase) capitalsBeforeName() (string, bool) {
	return c.wordIf(c.i, c.i == 0 && leadCaps(c.p, c.ts) || bareInitials(c.p, c.ts, c.i))
}

// stopWordNameAfterTitleComma: a capitalised stop word that is a
// surname, between a title and its comma and a name word and its comma
// ("… Minister, An Lanfen, told"), as Chinese names may start.
func (c *runCase) stopWordNameAfterTitleComma() (string, bool) {
	ts, i := c.ts, c.i
	ok := i >= 2 && i+2 < len(ts) && ts[i].Cap && ts[i].Is(lex.Stop) && c.text(i-1) == "," &&
		ts[i-2].Cap && ts[i-2].Is(lex.Title) && ts[i+1].Cap && isNameWord(c.p, &ts[i+1]) && c.text(i+2) == ","
	return c.wordIf(i, ok)
}

// stopWordNameAfterRoleWord: a capitalised stop word right after a role
// word in lower case and before a name word ("army chief Than Lwin",
// "military leader Than Shwe"), as Burmese and Chinese names may start.
func (c *runCase) stopWordNameAfterRoleWord() (string, bool) {
	ts, i := c.ts, c.i
	ok := i >= 1 && i+1 < len(ts) && ts[i].Cap && ts[i].Is(lex.Stop) && !ts[i-1].Cap && ts[i-1].Is(lex.RoleWord) &&
		ts[i+1].Cap && !ts[i+1].Is(lex.Stop) && isNameWord(c.p, &ts[i+1])
	return c.wordIf(i, ok)
}

// particleJoinedSurname: a surname joined to its particle in lower case
// ("al-Kelmeni"), which a story writes alone too.
func (c *runCase) particleJoinedSurname() (string, bool) {
	t := &c.ts[c.i]
	return c.wordIf(c.i, !t.Cap && isNameWord(c.p, t))
}

// capitalisedTitle: a title written with a capital, which a name may
// follow.
func (c *runCase) capitalisedTitle() (string, bool) {
	t := &c.ts[c.i]
	return c.wordIf(c.i, t.Cap && t.Is(lex.Title))
}

// capitalisedNameWord: a capitalised word a name can hold (not a stop
// word, not an acronym).
func (c *runCase) capitalisedNameWord() (string, bool) {
	t := &c.ts[c.i]
	return c.wordIf(c.i, t.Cap && isNameWord(c.p, t))
}

// participleOpeningSentence: a reporting verb's participle, capitalised
// as it opens its sentence, is no name's first word ("Describing Vaiko as
// an outspoken supporter, he …": the run starts after it).
func (c *runCase) participleOpeningSentence() (string, bool) {
	t := &c.ts[c.i]
	if !t.Cap || !t.Is(lex.Report|lex.SpeechOnly) || !strings.HasSuffix(c.text(c.i), "ing") {
		return "", false
	}
	return c.wordIf(c.i, c.i == 0 || c.text(c.i-1) == "." || isQuoteMark(c.text(c.i-1)))
}

// runGoesOnRules decide whether the run [i, j) takes in token j (and how
// many tokens more: next). Most words of a name are taken by the first
// rule; an owner ends a name before any other rule may take more.
var runGoesOnRules = rule.Table[*runCase, bool]{Decision: "run-goes-on", Rules: []rule.Rule[*runCase, bool]{
	{Name: "capitalised-reporting-verb-ends-name", Verdict: false, Match: (*runCase).capitalisedReportingVerb,
		Example: `Qadir Warned Of Port Strike, Cable Shows`},
	{Name: "capitalised-documents-end-name", Verdict: false, Match: (*runCase).capitalisedDocuments,
		Example: `Omar Qadir Memos: What We Learned`},
	{Name: "capitalised-past-before-preposition-ends-name", Verdict: false, Match: (*runCase).capitalisedPastBeforePreposition,
		Example: `Omar Qadir Resigned After the Strike`},
	{Name: "joined-adjective-ends-name", Verdict: false, Match: (*runCase).joinedAdjectiveBefore,
		Example: `The Omar Qadir-led Labour Government fell.`},
	{Name: "title-in-capitals-after-name-ends-it", Verdict: false, Match: (*runCase).titleInCapitalsAfterName,
		Example: `Mr Omar Qadir MP, who chairs the committee, met the envoy.`},
	{Name: "place-after-name-ends-it", Verdict: false, Match: (*runCase).placeAfterName,
		Example: `The embassy reported that Hugo Vell San Salvador would host the talks.`},
	{Name: "name-word-or-title", Verdict: true, Match: (*runCase).nameWordOrTitle,
		Example: `Foreign Minister Omar Qadir met the envoy.`},
	{Name: "possessive-ends-name", Verdict: false, Match: (*runCase).possessiveBefore,
		Example: `Omar Qadir's Party of Work won.`},
	{Name: "nickname-in-quotes", Verdict: true, Match: (*runCase).nicknameInQuotes,
		Example: `Senator Rafael "Rafa" Oduya met the envoy.`},
	{Name: "editor-bracket-inside-name", Verdict: true, Match: (*runCase).editorBracketInsideName,
		Example: `The cable says [Interior Minister Omar] Lodhi lied.`},
	{Name: "mark-ends-name", Verdict: false, Match: (*runCase).markEnds,
		Example: `Omar Qadir, the envoy, left.`},
	{Name: "lower-case-word-ends-name", Verdict: false, Match: (*runCase).lowerCaseEnds,
		Example: `Omar Qadir met the envoy.`},
	{Name: "stop-word-after-title", Verdict: true, Match: (*runCase).stopWordAfterTitle,
		Example: `Senior General Than Aung wanted a football club.`},
	{Name: "month-as-surname", Verdict: true, Match: (*runCase).monthAsSurname,
		Example: `Home Secretary Sarah May did not reply.`},
	{Name: "regnal-number", Verdict: true, Match: (*runCase).regnalNumber,
		Example: `King Idris III met the envoy.`},
	{Name: "particles-before-name", Verdict: true, Match: (*runCase).particlesBeforeName,
		Example: `Deputy Minister Ana Ruiz de la Fuente met the envoy.`},
	{Name: "of-in-a-title", Verdict: true, Match: (*runCase).ofInATitle,
		Example: `Secretary of State Jane Ruiz flew in.`},
	{Name: "name-in-brackets-after-title", Verdict: true, Match: (*runCase).nameInBrackets,
		Example: `He had called President (Karim Aziz) Lodhi that night.`},
	{Name: "run-stops", Verdict: false, Match: always,
		Example: `Omar Qadir's talks with Omar Qadir GDP figures.`},
}}

// goesOnMay tells the run-goes-on rules that may take in token t: every
// rule for a capitalised word (but for capitalNever's, which appendRuns
// leaves out); for a word in lower case not those that read a capital or
// a mark, for a mark not those that read a word. It
// spares the rules asked about the token that ends most runs; in a
// paragraph without a hyphen, the one that reads a word joined by one.
// (A rule added to the table is asked unless it is named below.)
//
// Besides, the rule that reads an owner is asked only after one, and
// those that read a quotation mark or a bracket only for a mark of that
// kind.
func goesOnMay(p string, ts []lex.Token, j int, hyphen bool) uint64 {
	t := &ts[j]
	never := goesOnOnlyMark
	if !t.Word {
		never = goesOnNeverMark | goesOnMarkKind[p[t.Start]]
	} else if !t.Cap {
		never = goesOnNeverLowerCase
	}
	if !hyphen {
		never |= goesOnOnlyHyphen
	}
	if !ts[j-1].Poss {
		never |= goesOnOnlyAfterOwner
	}
	return ^never
}

// capitalNever are the rules for a capitalised word at token j that
// cannot take it in: the reporting verb's but for a reporting verb, the
// plural documents' but for a word ending in "s", the past verb's but
// before a capitalised preposition, the title's after a name but for a
// title, and the place's after a name ("San") but for a word opening
// with "S".
func capitalNever(p string, ts []lex.Token, j int) uint64 {
	t := &ts[j]
	var never uint64
	if !t.Is(lex.Report) {
		never |= goesOnOnlyReportingVerb
	}
	if p[t.End-1]|0x20 != 's' {
		never |= goesOnOnlyPlural
	}
	if j+1 >= len(ts) || !ts[j+1].Cap || !ts[j+1].Is(lex.Prep) {
		never |= goesOnOnlyBeforeCapitalPrep
	}
	if !t.Is(lex.Title) {
		never |= goesOnOnlyTitle
	}
	if p[t.Start] != 'S' {
		never |= goesOnOnlyOpeningS
	}
	return never
}

// goesOnMarkKind is, by a mark's first byte, the run-goes-on rules that
// cannot take it in: those of a quotation mark ("“", "'") or a bracket of
// another kind.
var goesOnMarkKind = func() (k [256]uint64) {
	for b := range k {
		never := goesOnOnlyQuoteMark | goesOnOnlyClosingBracket | goesOnOnlyOpeningBracket
		switch b {
		case '"', '\'', 0xE2: // (0xE2 opens “ and ‘)
			never &^= goesOnOnlyQuoteMark
		case ']', ')':
			never &^= goesOnOnlyClosingBracket
		case '(':
			never &^= goesOnOnlyOpeningBracket
		}
		k[b] = never
	}
	return k
}()

// goesOnNeverLowerCase and goesOnNeverMark are the run-goes-on rules that
// cannot take in a word in lower case and a mark
// (TestShortcutsDecideAsTheTables).
var (
	goesOnNeverLowerCase = runGoesOnRules.RulesNamed("capitalised-reporting-verb-ends-name", "capitalised-documents-end-name", "capitalised-past-before-preposition-ends-name", "nickname-in-quotes",
		"editor-bracket-inside-name", "mark-ends-name", "stop-word-after-title", "month-as-surname", "regnal-number",
		"name-in-brackets-after-title", "title-in-capitals-after-name-ends-it", "place-after-name-ends-it")
	goesOnOnlyHyphen = runGoesOnRules.RulesNamed("joined-adjective-ends-name")
	goesOnNeverMark  = runGoesOnRules.RulesNamed("capitalised-reporting-verb-ends-name", "capitalised-documents-end-name", "capitalised-past-before-preposition-ends-name", "name-word-or-title",
		"lower-case-word-ends-name", "stop-word-after-title", "month-as-surname", "regnal-number", "particles-before-name",
		"of-in-a-title", "title-in-capitals-after-name-ends-it", "place-after-name-ends-it")
	goesOnOnlyMark = runGoesOnRules.RulesNamed("nickname-in-quotes", "editor-bracket-inside-name", "mark-ends-name",
		"name-in-brackets-after-title")
	goesOnOnlyQuoteMark      = runGoesOnRules.RulesNamed("nickname-in-quotes")
	goesOnOnlyClosingBracket = runGoesOnRules.RulesNamed("editor-bracket-inside-name")
	goesOnOnlyOpeningBracket = runGoesOnRules.RulesNamed("name-in-brackets-after-title")
	goesOnOnlyAfterOwner     = runGoesOnRules.RulesNamed("possessive-ends-name")
	// (for a capitalised word: capitalNever)
	goesOnOnlyReportingVerb     = runGoesOnRules.RulesNamed("capitalised-reporting-verb-ends-name")
	goesOnOnlyPlural            = runGoesOnRules.RulesNamed("capitalised-documents-end-name")
	goesOnOnlyBeforeCapitalPrep = runGoesOnRules.RulesNamed("capitalised-past-before-preposition-ends-name")
	goesOnOnlyTitle             = runGoesOnRules.RulesNamed("title-in-capitals-after-name-ends-it")
	goesOnOnlyOpeningS          = runGoesOnRules.RulesNamed("place-after-name-ends-it")
)

// editorBracketInsideName: an editor's square bracket, opened shortly
// before the run, closes between its words and a surname after it
// ("[President Omar] Lodhi"): the run goes on over it.
func (c *runCase) editorBracketInsideName() (string, bool) {
	ts, j := c.ts, c.j
	closing := c.text(j)
	if j+1 >= len(ts) || closing != "]" && closing != ")" || !ts[j-1].Cap || !isNameWord(c.p, &ts[j+1]) {
		return "", false
	}
	opening, role := "[", false
	if closing == ")" {
		opening = "("
		for k := c.i; k < j && !role; k++ {
			role = ts[k].Is(lex.Title) // "(Prime Minister Vladimir) Putin"
		}
	}
	for k := c.i - 1; k >= 0 && k >= c.i-8; k-- {
		switch c.text(k) {
		case opening:
			// a round bracket is an editor's when it names a role before
			// the given name: "(army chief Michel) Sleiman"
			if closing == "]" || role {
				return c.take(1)
			}
			return "", false
		case closing, "(", ")", "[", "]":
			return "", false
		}
		role = role || ts[k].Is(lex.Title|lex.RoleNoun)
	}
	return "", false
}

// take sets how far a rule that fires takes the run: n tokens from j.
func (c *runCase) take(n int) (string, bool) {
	c.next = c.j + n
	return c.text(c.j), true
}

// joinedAdjectiveBefore: the run's last word is a name a hyphen joins to
// a word in lower case ("Qadir-led"), an adjective of the words after it:
// "the Omar Qadir-led Labour Government".
func (c *runCase) joinedAdjectiveBefore() (string, bool) {
	return c.wordIf(c.j-1, c.ts[c.j-1].Word && suffixAt(c.text(c.j-1)) > 0)
}

// possessiveBefore: the word before is an owner ("Qadir's"), which ends
// a name.
func (c *runCase) possessiveBefore() (string, bool) {
	return c.wordIf(c.j-1, c.ts[c.j-1].Poss)
}

// nicknameInQuotes: a nickname in quotation marks between a name's words
// ("Rafael "Rafa" Oduya", "Rafael "Rafa" da Oduya"): one person, whose
// name leaves it out. The word after the marks (and a particle) must be
// one a name holds: "Qadir "Kandia" Times" is a name and a newspaper.
func (c *runCase) nicknameInQuotes() (string, bool) {
	ts, j := c.ts, c.j
	if j+3 >= len(ts) || !isOpeningMark(c.text(j)) || !isQuoteMark(c.text(j+2)) || !isNameWord(c.p, &ts[j-1]) {
		return "", false
	}
	if !ts[j+1].Cap || !isNameWord(c.p, &ts[j+1]) {
		return "", false
	}
	after := j + 3
	if ts[after].Is(lex.Particle) && !ts[after].Cap && after+1 < len(ts) {
		after++ // `Luiz "Lula" da Silva`: a particle opens the surname
	}
	if !ts[after].Cap || !isNameWord(c.p, &ts[after]) || ts[after].Is(lex.NotPerson) {
		return "", false
	}
	return c.take(3)
}

// isOpeningMark reports a quotation mark a nickname may open with.
func isOpeningMark(s string) bool { return s == "\"" || s == "“" || s == "‘" || s == "'" }

// markEnds: a mark ends a name, but for the bracket after a title that
// holds given names (nameInBrackets).
func (c *runCase) markEnds() (string, bool) {
	w := c.text(c.j)
	return w, !c.ts[c.j].Word && w != "("
}

// lowerCaseEnds: a word in lower case ends a name, but for a particle
// ("de la") and "of" in a title: the rules after this one. (A name word
// in lower case, "el-Sisi", is taken by name-word-or-title before.)
func (c *runCase) lowerCaseEnds() (string, bool) {
	t := &c.ts[c.j]
	return c.wordIf(c.j, t.Word && !t.Cap && !t.Is(lex.Particle) && t.Low(c.p) != "of")
}

// capitalisedPastBeforePreposition: a word in the past, capitalised as a
// headline writes every word, after a full name and before a capitalised
// preposition ("Omar Qadir Resigned After …") ends the name: a name's
// word in -ed ("Ahmed") does not stand before "After" or "Over".
func (c *runCase) capitalisedPastBeforePreposition() (string, bool) {
	t := &c.ts[c.j]
	if !t.Cap || c.j-c.i < 2 || c.j+1 >= len(c.ts) || !c.ts[c.j+1].Cap || !c.ts[c.j+1].Is(lex.Prep) {
		return "", false
	}
	return c.wordIf(c.j, strings.HasSuffix(t.Low(c.p), "ed"))
}

// capitalisedReportingVerb: a reporting verb in the past or the present,
// capitalised as a headline writes every word ("Qadir Warned Of Port
// Strike", "Donald Trump Responds To Envoy"), ends the name before it: no
// name holds "Warned", "Claimed" or "Responds".
func (c *runCase) capitalisedReportingVerb() (string, bool) {
	t := &c.ts[c.j]
	if !t.Cap || !t.Is(lex.Report) {
		return "", false
	}
	w := t.Low(c.p)
	return c.wordIf(c.j, strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && headlineWordAfter(c, c.j+1))
}

// capitalisedDocuments: a document noun in the plural, capitalised as a
// headline or a release's name writes it, ends a whole name before it
// ("Omar Qadir Memos: What We Learned"); a surname in the singular stays
// ("Vince Cable"), and a release named by one word is no person ("The
// Qadir Cables", public-figure-in-name).
func (c *runCase) capitalisedDocuments() (string, bool) {
	t := &c.ts[c.j]
	if !t.Cap || c.j-c.i < 2 {
		return "", false
	}
	w := c.p[t.Start:t.End]
	n := len(w)
	if n <= 2 || w[n-1] != 's' && w[n-1] != 'S' || w[n-2] == 's' || w[n-2] == 'S' {
		return "", false // (most capitals: no plural, read before the lists)
	}
	return c.wordIf(c.j, t.Is(lex.Doc) || releaseName(w))
}

// placeAfterName: a place of the places list that opens on "San",
// "Santa" or "Santo" follows a name of two words or more ("Hugo Vell San
// Salvador would host"): the name ends before it.
func (c *runCase) placeAfterName() (string, bool) {
	t := &c.ts[c.j]
	if c.j-c.i < 2 || c.j+1 >= len(c.ts) || t.End-t.Start < 3 || t.End-t.Start > 5 || c.p[t.Start] != 'S' {
		return "", false // (most words: no "San")
	}
	w := c.low(c.j)
	return w, placeOpeners[w] && lex.Places[w+" "+c.low(c.j+1)]
}

// releaseName reports a plural noun a leak's release is named by, beside
// the document nouns: "the Kissinger Papers", "the Darroch Files".
func releaseName(w string) bool { return equalsAny(w, "papers", "files") }

// headlineWordAfter reports a capitalised word at token k, as a headline
// capitalises every word ("Responds To", "Warns US Envoy"), after a name
// of two words or more, or a capitalised preposition or determiner after
// any: a verb in -s before it is no surname ("Lord Alf Dubs, who …",
// "Senator Peter Dubs said").
func headlineWordAfter(c *runCase, k int) bool {
	if k >= len(c.ts) || !c.ts[k].Cap || !c.ts[k].Word {
		return false
	}
	if c.ts[k].Is(lex.Prep | lex.Determiner) {
		return true
	}
	names := 0
	for i := c.i; i < c.j; i++ {
		if !c.ts[i].Is(lex.Title) {
			names++
		}
	}
	return names >= 2
}

// titleInCapitalsAfterName: a title written after a name (postNominal)
// after a name's word, and no capitalised word after it, ends the name
// ("Omar Qadir MP", "Jane Roe QC"; a cable's "Hun SEN" is a surname).
func (c *runCase) titleInCapitalsAfterName() (string, bool) {
	t, prev := &c.ts[c.j], &c.ts[c.j-1]
	if !t.Cap || !t.Is(lex.Title) || !prev.Word || !prev.Cap || prev.Is(lex.Title) || !postNominal(c.text(c.j)) || isUpperWord(c.text(c.j-1)) {
		return "", false
	}
	return c.wordIf(c.j, c.j+1 >= len(c.ts) || !c.ts[c.j+1].Cap)
}

// nameWordOrTitle: a word a name holds, or a capitalised title, after a
// word that is no owner (possessive-ends-name).
func (c *runCase) nameWordOrTitle() (string, bool) {
	t := &c.ts[c.j]
	if !c.ts[c.j-1].Poss && (isNameWord(c.p, t) || t.Is(lex.Title) && t.Cap) {
		return c.take(1)
	}
	return "", false
}

// stopWordAfterTitle: a capitalised stop word after a title and before a
// name word is a name ("General Than Aung").
func (c *runCase) stopWordAfterTitle() (string, bool) {
	t := &c.ts[c.j]
	if t.Cap && t.Is(lex.Stop) && c.ts[c.j-1].Is(lex.Title) && c.j+1 < len(c.ts) && isNameWord(c.p, &c.ts[c.j+1]) {
		return c.take(1)
	}
	return "", false
}

// monthAsSurname: a month that is also a surname, after a given name or
// a title ("Sarah May", "Mrs May").
func (c *runCase) monthAsSurname() (string, bool) {
	t, prev := &c.ts[c.j], &c.ts[c.j-1]
	if t.Cap && t.In(surnameMonthMark) && (prev.Is(lex.Title) || c.givenAt(c.j-1)) {
		return c.take(1)
	}
	return "", false
}

// regnalNumber: a regnal number after a name word ("Idris III").
func (c *runCase) regnalNumber() (string, bool) {
	if regnal(c.text(c.j)) && isNameWord(c.p, &c.ts[c.j-1]) {
		return c.take(1)
	}
	return "", false
}

// particlesBeforeName: a particle, or two, before a name word ("Ruiz de
// la Fuente").
func (c *runCase) particlesBeforeName() (string, bool) {
	ts, j := c.ts, c.j
	if !ts[j].Is(lex.Particle) || j+1 >= len(ts) {
		return "", false
	}
	if isNameWord(c.p, &ts[j+1]) || ts[j+1].Is(lex.Particle) && j+2 < len(ts) && isNameWord(c.p, &ts[j+2]) {
		return c.take(1)
	}
	return "", false
}

// ofInATitle: "of" after a title, before a title or portfolio ("Secretary
// of State") or before a place and a name ("Archbishop of Dublin Liam
// Ruiz"); not "President of Upper Kandia".
func (c *runCase) ofInATitle() (string, bool) {
	ts, j := c.ts, c.j
	if ts[j].Low(c.p) != "of" || !ts[j-1].Is(lex.Title) || j+1 >= len(ts) || !ts[j+1].Cap {
		return "", false
	}
	if ts[j+1].Is(lex.Title) || inLowered(portfolios, portfolioFilter, c.text(j+1)) ||
		j+3 < len(ts) && isNameWord(c.p, &ts[j+2]) && isNameWord(c.p, &ts[j+3]) {
		return c.take(2)
	}
	return "", false
}

// nameInBrackets: brackets after a title hold the given names, the
// surname follows ("President (Karim Aziz) Lodhi").
func (c *runCase) nameInBrackets() (string, bool) {
	ts, j := c.ts, c.j
	if c.text(j) != "(" || !ts[j-1].Is(lex.Title) {
		return "", false
	}
	k := j + 1
	for k < len(ts) && isNameWord(c.p, &ts[k]) {
		k++
	}
	if k > j+1 && k+1 < len(ts) && c.text(k) == ")" && isNameWord(c.p, &ts[k+1]) {
		return c.take(k + 1 - j)
	}
	return "", false
}
