package people

import (
	"strings"

	"cables/content/lex"
)

// Reading a run: its titles and the roles around it, its name word by
// word, and whether it is surely a person. Each step is a table of rules
// (roles.go, words.go, evidence.go); readRun only runs them in order,
// asking each only the rules its pre-check leaves (prechecks.go).

// apostropheAfterS reports an apostrophe right after a name that ends in
// "s" and before a word, which makes the name an owner as "'s" does:
// "Morales’ spokesman".
func apostropheAfterS(p string, ts []lex.Token, j int) bool {
	if j+1 >= len(ts) || ts[j].Start != ts[j-1].End || !ts[j+1].Word {
		return false
	}
	if w := ts[j].Text(p); w != "’" && w != "'" {
		return false
	}
	last := ts[j-1].Text(p)
	return last != "" && last[len(last)-1] == 's'
}

// readRun reads the run [i, j) into r: the roles, then the name, and
// whether it is surely a person; it reports false when the run names no
// one. (r is written in place, at the end of the runs: a run returned is
// a copy of many words.)
func readRun(c *runCase, r *nameRun) bool {
	*r = nameRun{para: c.pi, tok: c.i, tokEnd: c.j, poss: c.ts[c.j-1].Poss || apostropheAfterS(c.p, c.ts, c.j)}
	c.apposRead, c.nick, c.placeFirst = false, "", false
	// the roles and then the name are carved from words, capped so that
	// appending to one never overwrites the next
	from := len(*c.words)
	c.carveTitles()
	c.fileRoles(decide(c, &roleBeforeRules))
	c.fileAppositive(decideAmong(c, &roleAfterRules, c.roleAfterMay()))
	if decideAmong(c, &portfolioRules, c.portfolioMay()) {
		*c.words = portfolio(c.p, c.ts, c.j, *c.words)
	}
	r.roles = (*c.words)[from:len(*c.words):len(*c.words)]
	c.roles = r.roles
	r.firstGender, r.lastGender = titleGenders(r.roles)
	if decideAmong(c, &noPersonRules, c.noPersonMay()) {
		c.thingNamed()
		return false
	}
	decideAmong(c, &nameBeginsRules, c.nameBeginsMay())
	from = len(*c.words)
	if !c.readName() {
		return false
	}
	r.name = (*c.words)[from:len(*c.words):len(*c.words)]
	if len(r.name) == 0 {
		return false // a title without a name is no one: "the Prime Minister"
	}
	c.name, r.nick = r.name, c.nick
	r.evidence = decideAmong(c, &surePersonRules, c.surePersonMay())
	if !r.evidence && len(r.name) == 1 {
		_, r.speaks = c.reportingVerbFollows()
		if !r.speaks {
			_, r.speaks = c.invertedSpeaker()
		}
	} else if !r.evidence {
		r.thing = c.describedAsThing()
	}
	r.tok = c.start
	for r.tok > c.i && c.ts[r.tok-1].Is(lex.Title) {
		r.tok--
	}
	r.start, r.end = int(c.ts[r.tok].Start), int(c.ts[c.j-1].End)
	return true
}

// describedAsThing reports a description after the run that names a
// thing no person is: "Royal Castellan, the island's biggest bank,".
func (c *runCase) describedAsThing() bool {
	det, ok := c.appositiveStart()
	if !ok {
		return false
	}
	for k := det; k < len(c.ts) && k <= det+5 && c.ts[k].Word; k++ {
		if !c.ts[k].Cap && c.ts[k].Is(lex.NotPerson) {
			return true
		}
	}
	return false
}

// addRole files the word of token k as one of the run's roles. In "Consul
// General", "Attorney General", the office is the word before "General",
// which only follows it.
func (c *runCase) addRole(k int) {
	w := c.low(k)
	if len(w) > 5 && strings.EqualFold(w[:5], "then-") {
		w = strings.ToLower(w[5:]) // "then-Ambassador": the office, then held
	}
	if w == "general" && k > 0 && c.ts[k-1].In(officeBeforeGeneralMark) {
		w = c.low(k - 1)
	}
	*c.words = append(*c.words, NormRole(w))
}

// officesBeforeGeneral are the offices "General" follows as an adjective;
// in "Major General" it is the office.
var officesBeforeGeneral = lex.MustSet(words, "words/offices-before-general.txt")

// fileRoles files the roles a role rule found.
func (c *runCase) fileRoles(found bool) {
	if found {
		for _, k := range c.at[:c.atCount] {
			c.addRole(k)
		}
	}
	c.atCount = 0
}

// carveTitles files the titles inside the run as roles and sets start
// after the last of them.
func (c *runCase) carveTitles() {
	c.start = c.i
	for c.k = c.i; c.k < c.j; c.k++ {
		if !c.ts[c.k].Is(lex.Title) {
			continue
		}
		switch decideAmong(c, &titleRules, c.titleMay()) {
		case titleIsRole:
			c.addRole(c.k)
			c.start = c.k + 1
		case titleOfPortfolio:
			c.addRole(c.k)
			c.start = c.k + 3
			c.k += 2
		}
	}
}

// readName carves the name's words, from start to the run's end, and
// reports false when one of them says the run is no person.
func (c *runCase) readName() bool {
	for c.k = c.start; c.k < c.j; c.k++ {
		switch decideAmong(c, &nameWordRules, c.nameWordMay()) {
		case wordNotPerson:
			return false
		case wordInCapitals:
			*c.words = append(*c.words, titleWord(c.text(c.k)))
		case wordOfName:
			*c.words = append(*c.words, c.text(c.k))
		case wordSkipped:
			if c.quotedInRun(c.k) {
				c.nick = c.text(c.k)
			}
		case wordBeforeSuffix:
			w := c.text(c.k)
			*c.words = append(*c.words, w[:suffixAt(w)-1])
		}
	}
	return true
}
