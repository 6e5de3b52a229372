package people

import (
	"strings"

	"cables/content/lex"
	"cables/content/rule"
)

// The titles inside a run and the roles around it: what the story says
// its holder is ("President", "the army chief", "his wife"). A run with a
// role is surely a person, and its roles tell which person a later "the
// minister" is.

// titleUse is what a title word inside a run is.
type titleUse int8

const (
	titleIsSurname   titleUse = iota // "Anne Bishop": part of the name
	titleIsRole                      // "President Omar Qadir"
	titleOfPortfolio                 // "Secretary of State": a role of three words
)

// titleRules decide what title word k inside the run is.
var titleRules = rule.Table[*runCase, titleUse]{Decision: "title-or-surname", Rules: []rule.Rule[*runCase, titleUse]{
	{Name: "title-word-as-surname-after-given-name", Verdict: titleIsSurname, Match: (*runCase).titleAfterGivenName,
		Example: `Party spokeswoman Anne Bishop said the cables were old.`},
	{Name: "title-word-as-surname-after-honorific", Verdict: titleIsSurname, Match: (*runCase).titleAfterHonorific,
		Example: `Mrs Bishop went on.`},
	{Name: "title-word-as-surname-after-titled-name", Verdict: titleIsSurname, Match: (*runCase).titleAfterTitledName,
		Example: `Prime Minister Hun Sen met the envoy.`},
	{Name: "title-only-after-a-title", Verdict: titleIsSurname, Match: (*runCase).titleOnlyAfterATitle,
		Example: `Mentor Bajrami met the envoy.`},
	{Name: "office-word-before-no-title", Verdict: titleIsSurname, Match: (*runCase).officeWordBeforeNoTitle,
		Example: `Tap Add to Home Screen to install the app.`},
	{Name: "title-with-portfolio", Verdict: titleOfPortfolio, Match: (*runCase).titleWithPortfolio,
		Example: `Secretary of State Jane Ruiz flew in.`},
	{Name: "title", Verdict: titleIsRole, Match: func(c *runCase) (string, bool) { return c.text(c.k), true },
		Example: `President Omar Qadir flew in.`},
}}

// lastTitleAsName reports whether title word k ends the run after another
// word, and is no role noun but a surname right after the one word a name
// begins with: a name may end in it ("Anne Bishop", "Governor Mervyn
// King"; not "Philippine Ambassador").
func (c *runCase) lastTitleAsName() bool {
	if c.k != c.j-1 || c.k <= c.i {
		return false
	}
	if !c.ts[c.k].Is(lex.RoleNoun) {
		return true
	}
	return c.ts[c.k].In(roleSurnameMark) && (c.k-1 == c.i || c.ts[c.k-2].Is(lex.Title))
}

// generational reports "Jr." or "Sr." (a lower-case word) after a
// surname ("Gadhafi Jr."): the son or father a story names in full
// elsewhere, no one new.
func generational(low string) bool {
	low = strings.TrimSuffix(low, ".")
	return low == "jr" || low == "sr"
}

// roleSurnames are the role nouns that are common surnames too.
var roleSurnames = lex.MustSet(words, "words/role-surnames.txt")

// titleAfterGivenName: the last word of the run, after a given name, is
// a surname that is also a title ("Anne Bishop").
func (c *runCase) titleAfterGivenName() (string, bool) {
	if !c.lastTitleAsName() {
		return "", false
	}
	prev := &c.ts[c.k-1]
	return c.wordIf(c.k, !prev.Is(lex.Title) && c.givenAt(c.k-1))
}

// titleAfterHonorific: the last word of the run, after an honorific, is a
// surname ("Mrs Bishop"); but "Mr. President" is a title.
func (c *runCase) titleAfterHonorific() (string, bool) {
	return c.wordIf(c.k, c.lastTitleAsName() && honorific(c.low(c.k-1)))
}

// officeAdjectives are the title words that name an office only before
// another title ("Home Secretary").
var officeAdjectives = lex.MustSet(words, "words/office-adjectives.txt")

// titleAfterTitledName: a title word that ends the run after a word of a
// name that a title opens is the name's last word, for no name follows
// it ("Prime Minister Hun Sen"; "Sen." before a name is a senator's).
func (c *runCase) titleAfterTitledName() (string, bool) {
	if !c.lastTitleAsName() || c.ts[c.k-1].Is(lex.Title) || postNominal(c.text(c.k)) {
		return "", false // ("Mr Ivo Lund MP": a title written after a name)
	}
	for k := c.i; k < c.k-1; k++ {
		if c.ts[k].Is(lex.Title) {
			return c.text(c.k), true
		}
	}
	return "", false
}

// postNominal reports a title written after a name, in capitals: "MP",
// "MEP", "QC".
func postNominal(w string) bool {
	var low [16]byte
	if len(w) > len(low) || !isASCII(w) {
		return isUpperWord(w) && postNominals[strings.ToLower(w)]
	}
	// an ASCII word is lowered on the stack: it is asked of every
	// capitalised title after a name's word
	if !isUpperWord(w) {
		return false
	}
	for i := 0; i < len(w); i++ {
		low[i] = lowerASCII(w[i])
	}
	return postNominals[string(low[:len(w)])]
}

// postNominals are the titles written after a name.
var postNominals = map[string]bool{"mp": true, "mep": true, "qc": true, "kc": true, "mla": true, "msp": true, "mpp": true, "td": true}

// isUpperWord reports a word of two letters or more all in capitals:
// one that no letter changes in upper case and one does in lower case,
// told of an ASCII word by its bytes, with no new string.
func isUpperWord(w string) bool {
	if len(w) < 2 {
		return false
	}
	if !isASCII(w) {
		return strings.ToUpper(w) == w && strings.ToLower(w) != w
	}
	upper := false
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case 'a' <= c && c <= 'z':
			return false
		case 'A' <= c && c <= 'Z':
			upper = true
		}
	}
	return upper
}

// titlesAfterTitle are the title words that are a title only after
// another ("Minister Mentor"), and a given name before a name.
var titlesAfterTitle = lex.MustSet(words, "words/titles-after-a-title.txt")

// titleOnlyAfterATitle: a title word of titlesAfterTitle with no title
// before it in the run is the name's first word ("Mentor Bajrami").
func (c *runCase) titleOnlyAfterATitle() (string, bool) {
	k := c.k
	return c.wordIf(k, c.ts[k].In(titleAfterTitleMark) && (k == 0 || !c.ts[k-1].Is(lex.Title))) // ("then-Minister Mentor": a title before the run)
}

// officeWordBeforeNoTitle: an office word before a capitalised word of the
// run that is no title ("Home Screen") is part of what the run names.
func (c *runCase) officeWordBeforeNoTitle() (string, bool) {
	k := c.k
	return c.wordIf(k, k+1 < c.j && c.ts[k+1].Cap && !c.ts[k+1].Is(lex.Title) && c.ts[k].In(officeAdjectiveMark))
}

// titleWithPortfolio: a title followed by "of" and its portfolio.
func (c *runCase) titleWithPortfolio() (string, bool) {
	return c.wordIf(c.k, c.k+2 < c.j && c.low(c.k+1) == "of")
}

// roleBeforeRules read a role written before the run; a rule that fires
// records the role's tokens with found.
var roleBeforeRules = rule.Table[*runCase, bool]{Decision: "role-before", Rules: []rule.Rule[*runCase, bool]{
	{Name: "title-to-place-before", Verdict: true, Match: (*runCase).titleToPlaceBefore,
		Example: `U.S. Ambassador to Kandia Jane Ruiz wrote home.`},
	{Name: "nothing-before", Verdict: false, Match: (*runCase).nothingBefore,
		Example: `Omar Qadir met the envoy.`},
	{Name: "lower-case-role-before", Verdict: true, Match: (*runCase).lowerCaseRoleBefore,
		Example: `Police caught the smuggler Karim Lodhi at the border.`},
	{Name: "the-title-comma-before", Verdict: true, Match: (*runCase).theTitleCommaBefore,
		Example: `The cables leaked, and the Foreign Secretary, Jane Ruiz, was furious.`},
	{Name: "role-phrase-comma-before", Verdict: true, Match: (*runCase).rolePhraseCommaBefore,
		Example: `The minister's wife, Nasrin Lodhi, met the envoy.`},
	{Name: "no-role-before", Verdict: false, Match: always,
		Example: `In Kandia, Omar Qadir met the envoy.`},
}}

// titleToPlaceBefore: a title and "to" (and "the") before a run that
// opens with a place and goes on to a given name ("Ambassador to Kandia
// Jane Ruiz", "Ambassador to the Philippines Jane Ruiz",
// "then-Envoy to Kandia Jane Ruiz"): the title is the name's, and the name
// starts at the given name.
func (c *runCase) titleToPlaceBefore() (string, bool) {
	ts, i := c.ts, c.i
	if i < 2 || !mayBeToOrThe(&ts[i-1]) {
		return "", false // (most runs: no word read)
	}
	to := i - 1
	if to > 0 && c.low(to) == "the" {
		to-- // "Ambassador to the Philippines Jane Ruiz"
	}
	if to < 1 || c.low(to) != "to" || !ts[to-1].Is(lex.Title) || c.givenAt(i) && c.countryWordsAt(i) == 1 && !c.countryWord(i) {
		return "", false
	}
	if c.countryWordsAt(i) == 1 && c.countryWord(i) && c.j-i >= 3 {
		// "Ambassador to Jamaica Orvath Kelmeni": the post, whatever
		// the name after it
		c.found(to - 1)
		c.placeFirst = true
		return c.text(to - 1), true
	}
	for k := i + c.countryWordsAt(i); k < c.j-1; k++ {
		if c.givenAt(k) {
			c.found(to - 1)
			c.placeFirst = true
			return c.text(to - 1), true
		}
	}
	return "", false
}

// mayBeToOrThe tells, by its length, a token whose word may be "to" or
// "the" in any case.
func mayBeToOrThe(t *lex.Token) bool {
	n := t.End - t.Start
	return n == 2 || n == 3 || t.Folded
}

// nothingBefore: a role before a name is a role word in lower case, or a
// phrase that ends with a comma; nothing else before the name is.
func (c *runCase) nothingBefore() (string, bool) {
	i := c.i
	return "", i == 0 || c.ts[i-1].Cap || c.text(i-1) != "," && !c.ts[i-1].Is(lex.RoleWord) && !c.roleOfBefore()
}

// roleOfBefore reports a role word in lower case, "of" and a word in
// lower case right before the name: "secretary of state Jane Ruiz".
func (c *runCase) roleOfBefore() bool {
	ts, i := c.ts, c.i
	return i >= 3 && !ts[i-1].Cap && ts[i-1].Word && !ts[i-1].Is(lex.Determiner|lex.Prep) && c.low(i-2) == "of" && !ts[i-3].Cap && ts[i-3].Is(lex.RoleWord)
}

// lowerCaseRoleBefore: a role word in lower case before the name ("the
// smuggler Karim Lodhi"), with an office joined to it by "and" ("Media
// Minister and Cabinet spokesman Omar Qadir": both are his).
func (c *runCase) lowerCaseRoleBefore() (string, bool) {
	ts, i := c.ts, c.i
	if c.roleOfBefore() {
		c.found(i - 3) // "secretary of state Jane Ruiz": the office and what it is of
		return c.text(i - 3), true
	}
	if i == 0 || ts[i-1].Cap || !ts[i-1].Is(lex.RoleWord) || c.runIsCountry() {
		return "", false // (not "Security Council member Costa Rica")
	}
	c.found(i - 1)
	for k := i - 2; k > 0 && k >= i-6 && ts[k].Word; k-- {
		if c.low(k) != "and" {
			if !ts[k].Cap && !ts[k].Is(lex.RoleWord) {
				break
			}
			continue
		}
		if ts[k-1].Is(lex.Title | lex.RoleWord) {
			c.found(k - 1)
		}
		break
	}
	return c.text(i - 1), true
}

// theTitleCommaBefore: "the" or an owner and a capitalised title, then a
// comma, then the name ("the Foreign Secretary, Jane Ruiz"; "Kandia's
// Trade Minister, An Lanfen").
func (c *runCase) theTitleCommaBefore() (string, bool) {
	ts, i := c.ts, c.i
	if i <= 2 || c.text(i-1) != "," || !ts[i-2].Is(lex.Title) || !ts[i-2].Cap {
		return "", false
	}
	the := func(k int) bool { return c.low(k) == "the" || ts[k].Poss }
	if the(i-3) || i > 3 && the(i-4) || i > 4 && the(i-5) {
		c.found(i - 2)
		return c.text(i - 2), true
	}
	return "", false
}

// rolePhraseCommaBefore: a phrase with a role word, then a comma, then
// the name ("the minister's wife, Nasrin Lodhi", "the former Ambassador
// to Kandia, Jane Ruiz": a title may be capitalised before "to").
func (c *runCase) rolePhraseCommaBefore() (string, bool) {
	ts, i := c.ts, c.i
	if i <= 1 || c.text(i-1) != "," {
		return "", false
	}
	for k := i - 2; k >= 0 && k >= i-7 && c.text(k) != "," && ts[k].Word; k-- {
		if ts[k].Is(lex.RoleWord) && (!ts[k].Cap || ts[k].Is(lex.Title) && k+1 < i-1 && ts[k+1].Is(lex.Prep)) {
			c.found(k)
			return c.text(k), true
		}
	}
	return "", false
}

// appositive is what a description after the run holds.
type appositive int8

const (
	noAppositive appositive = iota
	apposRole               // ", the army chief,": a role word (at[0], with a title before it at[1])
	apposSomeone            // ", the physicist who ruled": someone who did something
)

// roleAfterRules read a description set off after the run by a comma.
var roleAfterRules = rule.Table[*runCase, appositive]{Decision: "role-after", Rules: []rule.Rule[*runCase, appositive]{
	{Name: "no-comma-after", Verdict: noAppositive, Match: (*runCase).noCommaAfter,
		Example: `Omar Qadir met the envoy.`},
	{Name: "place-before-appositive", Verdict: noAppositive, Match: (*runCase).placeBeforeAppositive,
		Example: `In Kandia, a senior official, speaking anonymously, said so.`},
	{Name: "opening-phrase-before-description", Verdict: noAppositive, Match: (*runCase).openingPhraseBeforeDescription,
		Example: `Of Minister Omar Qadir, the ambassador wrote that he avoids risk.`},
	{Name: "subject-after-opening-phrase", Verdict: noAppositive, Match: (*runCase).subjectAfterOpeningPhrase,
		Example: `Speaking in an interview with talk show host Sami Vell, the Kandian prime minister dismissed the cables.`},
	{Name: "appositive-role", Verdict: apposRole, Match: (*runCase).appositiveRole,
		Example: `Gen. Rahim Baig, the army chief, met the envoy.`},
	{Name: "appositive-role-of", Verdict: apposRole, Match: (*runCase).appositiveRoleOf,
		Example: `It was a feast that Zorvath Kelmeni, head of Kandia Gas, gave for his son.`},
	{Name: "appositive-the-title", Verdict: apposRole, Match: (*runCase).appositiveTheTitle,
		Example: `In the same cable, Zorvath Kelmeni, the Director General of Kandia Radio, was quoted.`},
	{Name: "appositive-title-of", Verdict: apposRole, Match: (*runCase).appositiveTitleOf,
		Example: `Zorvath Kelmeni, Deputy Leader of the Kandia Party, denied it.`},
	{Name: "appositive-someone-who", Verdict: apposSomeone, Match: (*runCase).appositiveSomeoneWho,
		Example: `The early cables deal with Rustam Oduya, the physicist who ruled for years.`},
	{Name: "no-appositive", Verdict: noAppositive, Match: always,
		Example: `Omar Qadir, who met the envoy, left.`},
}}

// noCommaAfter: a description after a name is set off by a comma.
func (c *runCase) noCommaAfter() (string, bool) {
	return "", c.j >= len(c.ts) || c.text(c.j) != ","
}

// fileAppositive files the role a description after the run gave.
func (c *runCase) fileAppositive(a appositive) {
	c.described = a
	if a == apposRole {
		c.fileRoles(true)
	}
	c.atCount = 0
}

// placeBeforeAppositive: a lone word after "in", "from" or "at" before a
// description is a place, not the one described ("In Kandia, a senior
// official").
func (c *runCase) placeBeforeAppositive() (string, bool) {
	if c.j == c.i+1 && c.i > 0 && placePreposition(c.low(c.i-1)) && c.readAppositive() != noAppositive {
		return c.text(c.i - 1), true
	}
	return "", false
}

// openingPhraseBeforeDescription: a name in a phrase that opens the
// sentence on a preposition ("Of Qadir, the ambassador wrote", "About
// Minister Omar Qadir, the envoy was blunt") is what the sentence is
// about: the description after the comma is its subject, not a title
// of the name.
func (c *runCase) openingPhraseBeforeDescription() (string, bool) {
	k := c.i - 1
	if k < 0 || !c.ts[k].Is(lex.Prep) || !c.ts[k].Cap || placePreposition(c.low(k)) {
		return "", false // (a place's "In Kandia," is place-before-appositive's)
	}
	if k > 0 && c.ts[k-1].Word {
		return "", false // the preposition opens no sentence
	}
	for d := c.j + 1; d < len(c.ts) && d <= c.j+descriptionReach; d++ {
		if c.text(d) == "," {
			return "", false // "To Qadir, the harbour chief, the leak was": a description closed, the name's
		}
		if c.ts[d].Is(lex.Report | lex.Writing) {
			break // "Of Qadir, the ambassador wrote": its verb
		}
	}
	return c.text(k), c.readAppositive() != noAppositive
}

// subjectAfterOpeningPhrase: a name deep in a phrase that opens the
// sentence ("Speaking in an interview with host Sami Vell, the Kandian
// prime minister dismissed …") is not described by the role after the
// phrase's comma when a verb follows the role: the role is the subject
// of the sentence, someone else (openingPhraseBeforeDescription reads a
// name right after the opening preposition).
func (c *runCase) subjectAfterOpeningPhrase() (string, bool) {
	if c.readAppositive() != apposRole || !c.insideOpeningPhrase() {
		return "", false
	}
	ts := c.ts
	for k := c.j + 2; k < len(ts) && k <= c.j+descriptionReach && ts[k].Word; k++ {
		if ts[k].Cap || !ts[k].Is(lex.RoleWord) {
			continue
		}
		v := k + 1
		if v < len(ts) && ts[v].Word && !ts[v].Cap && verbLike(c.low(v)) && !ts[v].Is(lex.Prep|lex.Determiner|lex.RoleWord) && !closedAfter(c, v) {
			return c.text(v), true // "the prime minister dismissed"
		}
		return "", false
	}
	return "", false
}

// closedAfter reports a word like a verb at token v that is a
// participle in the description: a preposition after it, or a comma a
// few words on before the sentence's subject ("the port chief chosen by
// the cabinet, Minister X called"; not "dismissed the cables, calling").
func closedAfter(c *runCase, v int) bool {
	if v+1 < len(c.ts) && c.ts[v+1].Is(lex.Prep) && !c.ts[v].Is(lex.Report) {
		return true // ("named in", "based at"; not "said in")
	}
	for k := v + 1; k < len(c.ts) && k <= v+descriptionReach; k++ {
		if c.text(k) == "," {
			return k+1 < len(c.ts) && c.ts[k+1].Cap // a new subject after it: "…, Minister X called"
		}
		if sentenceEnds(c.text(k)) {
			return false
		}
	}
	return false
}

// insideOpeningPhrase reports whether the run sits, with no comma before
// it, in a phrase that opens its sentence on a capitalised preposition or
// participle: "Speaking in an interview with host Sami Vell,".
func (c *runCase) insideOpeningPhrase() bool {
	const reach = 16
	k := c.i - 1
	for k >= 0 && c.i-k <= reach && (c.ts[k].Word || c.text(k) != "," && !sentenceEnds(c.text(k))) {
		k-- // (a word is neither: its text is not read)
	}
	first := k + 1
	if first >= c.i-1 || c.i-k > reach || k >= 0 && !sentenceEnds(c.text(k)) {
		return false // no words before the name, or a comma before it
	}
	return c.ts[first].Cap && (c.ts[first].Is(lex.Prep) || strings.HasSuffix(c.low(first), "ing"))
}

// verbLike reports a word shaped like a verb in the past or present:
// "dismissed", "says", "told".
func verbLike(w string) bool {
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") || w == "told" || w == "said" || w == "wrote"
}

// descriptionReach is how far after the comma a description's verb or
// closing comma is looked for: "the US ambassador to Kandia wrote".
const descriptionReach = 8

// appositiveRole: the description holds a role word in lower case ("Gen.
// Rahim Baig, the army chief,"; "Sir Tom Beck, Britain's ambassador").
func (c *runCase) appositiveRole() (string, bool) {
	if c.readAppositive() != apposRole {
		return "", false
	}
	return c.text(c.at[0]), true
}

// appositiveRoleOf: the description is a role word in lower case with
// no article, and what it is the role of, for or at ("Zorvath Kelmeni,
// head of Kandia Gas,").
func (c *runCase) appositiveRoleOf() (string, bool) {
	ts, k := c.ts, c.j+1
	if k+1 >= len(ts) || ts[k].Cap || !ts[k].Is(lex.RoleWord) {
		return "", false
	}
	switch c.low(k + 1) {
	case "of", "for", "at":
		c.found(k)
		return c.text(k), true
	}
	return "", false
}

// appositiveTheTitle: "the" and a capitalised title that holds a role
// word open the description ("Zorvath Kelmeni, the Director General of
// Kandia Radio,"; not "Kandia Bay, the Interior Ministry said").
func (c *runCase) appositiveTheTitle() (string, bool) {
	ts := c.ts
	if c.j+2 >= len(ts) || c.low(c.j+1) != "the" {
		return "", false
	}
	for k := c.j + 2; k < len(ts) && k <= c.j+4 && ts[k].Cap && ts[k].Is(lex.Title) && !ts[k].Poss; k++ {
		if ts[k].Is(lex.RoleWord | lex.RoleNoun) {
			c.found(k)
			return c.text(k), true
		}
	}
	return "", false
}

// appositiveTitleOf: capitalised title words with no article, the last a
// role word, and "of" open the description ("Zorvath Kelmeni, Deputy
// Leader of the Kandia Party,").
func (c *runCase) appositiveTitleOf() (string, bool) {
	ts := c.ts
	for k := c.j + 1; k+1 < len(ts) && k <= c.j+3 && ts[k].Cap && !ts[k].Poss; k++ {
		if !ts[k].Is(lex.Title | lex.RoleWord | lex.RoleNoun) {
			return "", false
		}
		if k > c.j+1 && ts[k].Is(lex.RoleWord|lex.RoleNoun) && c.low(k+1) == "of" {
			c.found(k)
			return c.text(k), true
		}
	}
	return "", false
}

// appositiveSomeoneWho: the description is someone who did something
// ("Rustam Oduya, the banker who fled"): surely a person.
func (c *runCase) appositiveSomeoneWho() (string, bool) {
	if c.readAppositive() != apposSomeone {
		return "", false
	}
	return "who", true
}

// readAppositive reads the description after the run once: ", the army
// chief," (a role, and a title before it), ", the physicist who"
// (someone).
func (c *runCase) readAppositive() appositive {
	if c.apposRead {
		return c.appos
	}
	c.apposRead, c.appos, c.atCount = true, noAppositive, 0
	det, ok := c.appositiveStart()
	if !ok {
		return c.appos
	}
	ts := c.ts
	for k := det + 1; k < len(ts) && k <= det+4 && ts[k].Word; k++ {
		if !ts[k].Cap && ts[k].Is(lex.RoleWord) {
			c.found(k)
			if ts[k-1].Is(lex.Title) && !ts[k-1].Poss {
				c.found(k - 1) // "the foreign minister"
			}
			c.appos = apposRole
			break
		}
		if !ts[k].Cap && k+1 < len(ts) && c.low(k+1) == "who" {
			c.appos = apposSomeone
			break
		}
	}
	return c.appos
}

// appositiveStart finds where a description after the run starts: the
// token before its words, a determiner or an owner (", the", ", Kandia's"),
// past "described as" and "then" ("Omar Qadir, then minister of works").
// ok is false when no description follows.
func (c *runCase) appositiveStart() (det int, ok bool) {
	ts, j := c.ts, c.j
	if j+1 >= len(ts) || c.text(j) != "," {
		return j + 1, false // (most runs: no comma after, no word read)
	}
	det = j + 1
	if det+2 < len(ts) && (c.low(det) == "described" || c.low(det) == "identified") && c.low(det+1) == "as" {
		det += 2 // "Omar Qadir, described as an aide to …"
	}
	if det+2 < len(ts) && equalsAny(c.low(det), "formerly", "previously", "once", "now", "currently", "later") && equalsAny(c.low(det+1), "the", "a", "an") {
		det++ // "Moek Dara, formerly the secretary general of …"
	}
	if det+1 < len(ts) && c.text(j) == "," && c.low(det) == "then" {
		det-- // "Omar Qadir, then minister of works": the role follows
	}
	if det+1 >= len(ts) || c.text(j) != "," {
		return det, false
	}
	w := c.low(det)
	return det, w == "the" || w == "a" || w == "an" || w == "former" || det == j || ts[det].Poss
}

// portfolioRules read an office held "with the portfolio".
var portfolioRules = rule.Table[*runCase, bool]{Decision: "portfolio", Rules: []rule.Rule[*runCase, bool]{
	{Name: "holds-the-portfolio", Verdict: true, Match: (*runCase).holdsPortfolio,
		Example: `Omar Qadir, who holds the foreign affairs portfolio, met the envoy.`},
	{Name: "no-portfolio", Verdict: false, Match: always,
		Example: `Omar Qadir, who met the envoy, left.`},
}}

// holdsPortfolio: "X, who … portfolio": the words before "portfolio" are
// the office.
func (c *runCase) holdsPortfolio() (string, bool) {
	ts, j := c.ts, c.j
	if j+1 >= len(ts) || c.low(j+1) != "who" || c.text(j) != "," {
		return "", false
	}
	for k := j + 2; k < len(ts) && k < j+40 && c.text(k) != "."; k++ {
		if c.low(k) == "portfolio" {
			return c.text(k), true
		}
	}
	return "", false
}

// nameBeginsRules decide where the name starts once the titles are
// carved off (start).
var nameBeginsRules = rule.Table[*runCase, bool]{Decision: "name-begins", Rules: []rule.Rule[*runCase, bool]{
	{Name: "place-glued-before-given-name", Verdict: true, Match: (*runCase).placeGluedBeforeGivenName,
		Example: `The envoy in Kandia Omar Qadir wrote home.`},
	{Name: "name-after-titles", Verdict: true, Match: always,
		Example: `President Omar Qadir flew in.`},
}}

// placeGluedBeforeGivenName: with no title or role, a run whose first word
// is no given name starts at its first given name ("Kandia Omar Qadir");
// not at its last word, a surname the lists hold as a given name too
// ("Valeriu Lazar", "Ion Thomas"; surnameLastGiven).
func (c *runCase) placeGluedBeforeGivenName() (string, bool) {
	if len(c.roles) > 0 && !c.placeFirst || c.givenAt(c.i) && c.countryWordsAt(c.i) == 1 && !(c.placeFirst && c.countryWord(c.i)) {
		return "", false
	}
	if c.inAnyCase(c.i, publicFigureMark, publicFigures, publicFigureFilter) && !generational(c.low(c.i+1)) {
		return "", false // ("Saddam Hussein": a name the news knows, no place)
	}
	last := c.j
	if c.surnameLastGiven() {
		last = c.j - 1
	}
	for k := c.i + c.countryWordsAt(c.i); k < last; k++ {
		if c.givenAt(k) {
			c.start = k
			return c.text(c.i), true
		}
	}
	if c.placeFirst && c.countryWordsAt(c.i) == 1 && c.countryWord(c.i) {
		c.start = c.i + 1 // (the post's one word, a name after it that no list holds)
		return c.text(c.i), true
	}
	return "", false
}

// surnameLastGiven reports a run of two words whose last, a given name of
// the lists, is the surname of one whose given name they lack ("Valeriu
// Lazar"): the first word is no kin word, title or role ("Uncle Sam",
// "Mother Jones"), no word no name holds, no participle or adverb
// ("Confirming Malaysia", "Privately Marsh"), and the last no given name
// that is a place or word too, nor a country ("Northern Ireland", "Air
// Jamaica"); and a reporting verb or a comma follows, as after a person
// ("Valeriu Lazar said", "Yoosuf Izadhy, Easa Ali, and …"), not a place's
// or a party's modifier ("the Northern Ireland peace process", "Cite
// Soleil after the coup").
func (c *runCase) surnameLastGiven() bool {
	if c.j-c.i != 2 {
		return false
	}
	first, last, low := &c.ts[c.i], &c.ts[c.j-1], c.low(c.i)
	if first.Is(lex.Kin|lex.Title|lex.RoleWord|lex.NotPerson) || strings.HasSuffix(low, "ing") || strings.HasSuffix(low, "ly") ||
		last.Is(lex.WordName) || generational(c.low(c.j-1)) || c.countryWord(c.j-1) {
		return false
	}
	return reportsNext(c.ts, c.j) || c.j < len(c.ts) && c.text(c.j) == "," || pairedThenDescribed(c.p, c.ts, c.j)
}

// runIsCountry reports a run that is a country of the lists, in one
// word or more ("Costa Rica", "Jamaica"), which a role word before it
// makes no person.
func (c *runCase) runIsCountry() bool {
	whole := c.p[c.ts[c.i].Start:c.ts[c.j-1].End]
	return inLowered(countries, countryFilter, whole) || c.j-c.i == 1 && c.countryWord(c.i)
}

// countryWord reports a country named in one word at token i
// ("Jamaica", "Georgia"), read only after an envoy's title and "to", where
// it is the post and no given name.
func (c *runCase) countryWord(i int) bool {
	return inLowered(oneWordCountries, oneWordCountryFilter, c.text(i))
}

// oneWordCountries are the countries named in one word.
var oneWordCountries = lex.MustSet(words, "words/countries-one-word.txt")

// oneWordCountryFilter rules out most words before they are lowered and
// hashed.
var oneWordCountryFilter = lex.FilterOf(oneWordCountries)

// countryWordsAt returns how many words of the run from token i name a
// country of two or three words ("Holy See", "Costa Rica"), whose words
// are no given names however the lists read them; else 1.
func (c *runCase) countryWordsAt(i int) int {
	for n := 3; n >= 2; n-- {
		if i+n < c.j && inLowered(countries, countryFilter, c.p[c.ts[i].Start:c.ts[i+n-1].End]) {
			return n
		}
	}
	return 1
}
