package attrib

import (
	"strings"

	"cables/content/lex"
	"cables/content/rule"
)

// The cue right after a quote ("X said", "said X", "according to X", "the
// cable quoted X as saying") is read by one table of named rules in
// precedence order: first what ends the search (the sentence ends, a new
// clause starts), then the shapes of a cue, the verb-first ones before
// those with a subject first. The speaker, kind and source rules read the
// cue found. A new shape of cue after a quote goes in this table where it
// belongs, with an example written for cables whose last quote it reads;
// TestAfterRules reads it (rules_test.go).

// afterCase is what the rules read after the quote at item qi of a
// paragraph: the first word after its punctuation (i, or -1 when
// something else follows; cited, a document a bracket cites) and where
// that stretch of words ends (end).
type afterCase struct {
	a      *attributor
	pt     *paraText
	qi     int
	i, end int
	cited  cue
}

var afterRules = rule.Table[*afterCase, cue]{Decision: "cue after", Rules: []rule.Rule[*afterCase, cue]{
	{Name: "sentence-ends", Find: (*afterCase).sentenceEnds,
		Example: `Minister Omar Qadir was blunt: “Nobody works after noon.” The port closed.`},
	{Name: "list-goes-on", Find: (*afterCase).listGoesOnAfter,
		Example: `The cables called the port “a den of thieves;” urged Minister Omar Qadir to sell it; and left.`},
	{Name: "document-cited", Find: (*afterCase).documentCited,
		Example: `The harbour master is “a patient thief” (cable 09LAGOS123).`},
	{Name: "no-words-after", Find: (*afterCase).noWordsAfter,
		Example: `Minister Omar Qadir called the port “a den of thieves” “and a disgrace”.`},
	{Name: "new-clause", Find: (*afterCase).newClause,
		Example: `The port is “a den of thieves”, and the minister knows it.`},
	{Name: "according-to", Find: (*afterCase).accordingTo,
		Example: `The port is “a den of thieves”, according to a 2009 cable.`},
	{Name: "quoted-as", Find: (*afterCase).quotedAs,
		Example: `“The port is closed,” the cable quoted Omar Qadir as saying.`},
	{Name: "verb-first", Find: (*afterCase).verbFirst,
		Example: `“The port is closed,” said Minister Omar Qadir.`},
	{Name: "name-between-commas", Find: (*afterCase).nameBetweenCommas,
		Example: `“The port is closed,” his brother, Omar Qadir, told reporters.`},
	{Name: "appositive-then-verb", Find: (*afterCase).appositiveThenVerb,
		Example: `“The port is closed,” Omar Qadir, the harbour minister, said.`},
	{Name: "open-appositive-then-verb", Find: (*afterCase).openAppositiveThenVerb,
		Example: `“The port is closed,” Jane Ruiz, the US ambassador to Kandia wrote to Washington.`},
	{Name: "subject-then-verb", Find: (*afterCase).subjectThenVerb,
		Example: `“The port is closed,” Minister Omar Qadir said.`},
	{Name: "no-cue", Find: func(*afterCase) (cue, string, bool) { return cue{}, "", true },
		Example: `“The port is closed”, the minister of a small republic.`},
}}

// afterCue reads the attribution right after quote item qi by the
// after rules.
func (a *attributor) afterCue(pt *paraText, qi int) cue {
	c, _ := a.afterCueBy(pt, qi)
	return c
}

// afterCueBy is afterCue, with the rule that decided.
func (a *attributor) afterCueBy(pt *paraText, qi int) (cue, rule.Fired) {
	// the case lives in the attributor, so that reading costs no
	// allocation; no rule reads another quote's cue
	k := a.afterCase
	*k = afterCase{a: a, pt: pt, qi: qi, i: -1}
	ends := pt.endsAt(qi)
	if !ends {
		k.i, k.cited = pastPunctuation(pt, qi+1)
		k.end = k.i
		for k.i >= 0 && k.end < len(pt.items) && pt.items[k.end].tok >= 0 && (pt.items[k.end].word || !strings.ContainsAny(pt.word(k.end), ",.;:!?—–-") || dateComma(pt, k.end)) {
			k.end++
		}
	}
	return afterRules.DecideAmong(k, k.afterMay(ends))
}

// dateComma reports a comma inside a date, which a cue's words run past:
// "said a May 25, 2005, cable" (after the day, and after the year that
// follows it).
func dateComma(pt *paraText, j int) bool {
	if !pt.isWord(j, ",") {
		return false
	}
	return isDay(pt.word(j-1)) && isYear(pt.word(j+1)) || isYear(pt.word(j-1)) && pt.isWord(j-2, ",") && isDay(pt.word(j-3))
}

// sentenceEnds: the quote ends its sentence.
func (k *afterCase) sentenceEnds() (cue, string, bool) {
	return cue{}, "", k.pt.endsAt(k.qi)
}

// documentCited: a bracket after the quote cites a document ("“…”
// (Cable 09ISLAMABAD2290)").
func (k *afterCase) documentCited() (cue, string, bool) {
	return k.cited, "", k.cited.found
}

// noWordsAfter: something other than words follows the quote's
// punctuation (another quote, a bracket).
func (k *afterCase) noWordsAfter() (cue, string, bool) {
	return cue{}, "", k.i < 0
}

// newClause: a new clause or a phrase follows, not a cue ("…”, and the
// cables suggest …", "“…” in which neither …", "“…” in leaked cables").
func (k *afterCase) newClause() (cue, string, bool) {
	return cue{}, "", newClauseAt(k.pt, k.i)
}

// accordingTo: "according to X", "as per X".
func (k *afterCase) accordingTo() (cue, string, bool) {
	pt, i := k.pt, k.i
	if !(pt.isWord(i, "according") && pt.isWord(i+1, "to")) && !(pt.isWord(i, "as") && pt.isWord(i+1, "per")) {
		return cue{}, "", false
	}
	return cue{found: true, src: k.a.classify(pt, i+2, k.end), verb: "according to"}, "", true
}

// quotedAs: "the cable quoted Saleh as saying": the one quoted speaks,
// through the document that quotes.
func (k *afterCase) quotedAs() (cue, string, bool) {
	c, ok := k.a.quotedAsAfter(k.pt, k.i, k.end)
	return c, "", ok
}

// verbFirst: a verb first, then who speaks ("said Minister X").
func (k *afterCase) verbFirst() (cue, string, bool) {
	pt, i := k.pt, k.i
	if !pt.isVerbAt(i) || k.clauseAfterVerb(i) {
		return cue{}, "", false
	}
	if strings.HasSuffix(pt.word(i), "ing") && pt.is(i+1, lex.Clause) && !relativeBefore(pt, pt.sentStart(k.qi), k.qi) {
		// "He urged … for “…,” adding that his aides were looking into
		// it": what the participle reports, not who; the sentence's
		// subject adds
		var src source
		if s := pt.sentStart(k.qi); s < k.qi {
			if m := k.a.mainSubject(pt, s, k.qi); m.personish() {
				src = m
			}
		}
		return cue{found: true, src: src, verb: pt.word(i)}, "", true
	}
	e := i + 1
	for e < k.end && !pt.is(e, lex.Prep) {
		e++
	}
	src := k.a.classify(pt, i+1, e)
	if src.kind != srcPerson && src.kind != srcDoc {
		// (not "said a cable addressed to President X": the document says)
		src = k.namedAfterPost(e, src)
	}
	return cue{found: true, src: src, verb: pt.word(i)}, "", true
}

// relativeBefore reports "who" or "which" between items s and qi: the
// quote sits in a relative clause ("… met Brandt, who called the deal
// “a scandal”, adding that …"), whose subject the participle after it
// shares, not the sentence's.
func relativeBefore(pt *paraText, s, qi int) bool {
	for j := s; j < qi; j++ {
		if pt.isWord(j, "who") || pt.isWord(j, "which") {
			return true
		}
	}
	return false
}

// clauseAfterVerb reports a pronoun starting what was said right after
// the verb at item i, words following it: "“upbeat,” said he was looking
// forward to meeting President X" is no verb-first cue naming X ("said
// he." would be).
func (k *afterCase) clauseAfterVerb(i int) bool {
	pt := k.pt
	if i+2 >= k.end || strings.HasSuffix(pt.word(i), "ing") {
		return false // ("warning they could": the sentence's subject warns)
	}
	w := pt.word(i + 1)
	return w == "he" || w == "she" || w == "they" || w == "we"
}

// namedAfterPost returns the person named after the post a verb-first cue
// gives at item e ("wrote US envoy to Paris Jane Ruiz", "wrote the US
// chargé in Lusaka, Jane Ruiz,"), or src.
func (k *afterCase) namedAfterPost(e int, src source) source {
	pt := k.pt
	if pt.isWord(e, "to") || pt.isWord(e, "in") {
		for j := e + 1; j < k.end && j <= e+4; j++ {
			if p := pt.personAt(j); p >= 0 {
				return source{kind: srcPerson, person: p, at: j}
			}
		}
	}
	if (src.kind == srcRole || src.kind == srcOther) && pt.isWord(k.end, ",") && !k.clauseBetween(k.i, k.end) {
		if p := pt.personAt(k.end + 1); p >= 0 {
			return source{kind: srcPerson, person: p, at: k.end + 1}
		}
	}
	return src
}

// clauseBetween reports a clause word in items [b, e): "claimed that the
// president's wife, X," names what was claimed, not who claimed it.
func (k *afterCase) clauseBetween(b, e int) bool {
	for j := b; j < e; j++ {
		if k.pt.is(j, lex.Clause) {
			return true
		}
	}
	return false
}

// nameBetweenCommas: a name between commas says who the phrase before it
// is ("“…,” his brother, Tomás Arrieta, told reporters").
func (k *afterCase) nameBetweenCommas() (cue, string, bool) {
	pt := k.pt
	p, v := namedBeforeVerb(pt, k.end)
	if p < 0 || k.a.classify(pt, k.i, k.end).kind == srcPerson {
		return cue{}, "", false
	}
	return cue{found: true, src: source{kind: srcPerson, person: p, at: k.end + 1}, verb: pt.word(v)}, "", true
}

// appositiveThenVerb: a subject set off from its verb by an appositive
// ("“…,” Karim Lodhi, the foreign minister, said.").
func (k *afterCase) appositiveThenVerb() (cue, string, bool) {
	c, ok := k.a.appositiveThenVerb(k.pt, k.i, k.end)
	return c, "", ok
}

// openAppositiveThenVerb: a name, a comma, and an appositive left open
// before the verb ("Jane Ruiz, the US ambassador to Kandia wrote").
func (k *afterCase) openAppositiveThenVerb() (cue, string, bool) {
	c, ok := k.a.openAppositiveThenVerb(k.pt, k.i, k.end)
	return c, "", ok
}

// subjectThenVerb: a subject and its verb ("X said", "the president is
// said to have told", "X was quoted as saying"), or a passive that makes
// no one the speaker ("was accused of").
func (k *afterCase) subjectThenVerb() (cue, string, bool) {
	c := k.a.subjectThenVerb(k.pt, k.i, k.end)
	return c, "", c.found
}
