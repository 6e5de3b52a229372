package attrib

import (
	"strings"

	"cables/content/lex"
	"cables/content/rule"
)

// Where the words that introduce a quote stand is decided by one table of
// named rules in precedence order: a reporting cue in the quote's own
// sentence first, then a clause a colon closes, the paragraph before, the
// sentence before. The speaker rules read the cue found, and name its
// place in the quote's trace; the kind rules read its verb. A new place
// an introduction may stand goes in this table, with an example written
// for cables; TestIntroRules reads it (introrules_test.go).

// introPlace says where the introduction rules found the cue before a
// quote.
type introPlace uint8

const (
	noIntro         introPlace = iota
	inSentence                 // a cue in the quote's own sentence
	byColon                    // the clause a colon closes: "he was blunt:"
	paragraphBefore            // a cue ending the paragraph before in a colon
	colonParagraph             // the clause a colon closes there
	paragraphColon             // a colon there, whose clause names no one
	sentenceBefore             // the sentence before, in the same paragraph
)

// intro is the cue that introduces a quote from before it, and where it
// was read: paragraph pi (pt), its words ending at item at.
type intro struct {
	cue   cue
	pt    *paraText
	pi    int
	at    int
	place introPlace
}

var introRules = rule.Table[*quoteCase, intro]{Decision: "introduction", Rules: []rule.Rule[*quoteCase, intro]{
	{Name: "cue-in-sentence", Find: (*quoteCase).cueInSentence,
		Example: `Minister Omar Qadir said: “We will not sell the port.”`},
	{Name: "colon-intro", Find: (*quoteCase).colonIntro,
		Example: `Speaking at the harbour, Minister Omar Qadir was blunt: “Nobody works after noon.”`},
	{Name: "cue-paragraph-before", Find: (*quoteCase).cueParagraphBefore,
		Example: `Minister Omar Qadir told reporters:¶“We will not sell the port.”`},
	{Name: "colon-paragraph-before", Find: (*quoteCase).colonParagraphBefore,
		Example: `Minister Omar Qadir was in no mood for questions:¶“We have read the cables.”`},
	{Name: "paragraph-ends-in-colon", Find: (*quoteCase).paragraphEndsInColon,
		Example: `The cable is blunt about the port:¶“Nobody works after noon.”`},
	{Name: "sentence-before", Find: (*quoteCase).sentenceBefore,
		Example: `“The port is closed,” Minister Omar Qadir said on Monday. “Nobody works there.”`},
	{Name: "no-cue", Find: (*quoteCase).noIntroduction,
		Example: `“Nobody works after noon.”`},
}}

// cueInSentence: a reporting cue stands in the quote's own sentence,
// before it or after it ("Qadir said: “…”", "“…,” the cable said").
func (k *quoteCase) cueInSentence() (intro, string, bool) {
	c := &k.c
	if !c.before.found && !c.after.found {
		return intro{}, "", false
	}
	return intro{cue: c.before, pt: c.pt, pi: c.first, at: c.qi, place: inSentence}, wordsBefore(c.pt, c.qi), true
}

// colonIntro: a colon right before the quote closes a clause whose
// subject speaks, whatever the verb ("Speaking in Manta, he was
// characteristically blunt: “…”"), or someone unnamed ("A senior official
// I spoke to was blunt: “…”").
func (k *quoteCase) colonIntro() (intro, string, bool) {
	c := &k.c
	src := k.a.colonIntro(c.pt, c.qi)
	if !src.personish() && (src.kind != srcOther || !unnamedAt(c.pt, c.pt.sentStart(c.qi), src)) {
		return intro{}, "", false
	}
	return intro{cue: cue{found: true, src: src}, pt: c.pt, pi: c.first, at: c.qi, place: byColon}, wordsBefore(c.pt, c.qi), true
}

// cueParagraphBefore: the quote opens its paragraph, and the paragraph
// before ends in a colon after a cue that names someone or a document
// ("he wrote:", "the cable says:").
func (k *quoteCase) cueParagraphBefore() (intro, string, bool) {
	prev, n := k.colonBefore()
	if prev == nil {
		return intro{}, "", false
	}
	b := k.a.beforeCue(prev, n-1)
	if !b.found || !b.src.personish() && b.src.kind != srcDoc {
		return intro{}, "", false
	}
	return k.paragraphIntro(prev, n, b, paragraphBefore), wordsBefore(prev, n), true
}

// colonParagraphBefore: the quote opens its paragraph, and the paragraph
// before ends in a colon closing a clause whose subject speaks ("Qadir was
// in no mood for questions:").
func (k *quoteCase) colonParagraphBefore() (intro, string, bool) {
	prev, n := k.colonBefore()
	if prev == nil {
		return intro{}, "", false
	}
	src := k.a.colonIntro(prev, n)
	if !src.personish() {
		return intro{}, "", false
	}
	return k.paragraphIntro(prev, n, cue{found: true, src: src}, colonParagraph), wordsBefore(prev, n), true
}

// paragraphEndsInColon: the quote opens its paragraph, and the paragraph
// before ends in a colon whose clause names no one: the quote is what that
// clause introduces, in a document when the clause is framed as one's.
func (k *quoteCase) paragraphEndsInColon() (intro, string, bool) {
	prev, n := k.colonBefore()
	if prev == nil {
		return intro{}, "", false
	}
	return k.paragraphIntro(prev, n, k.a.beforeCue(prev, n-1), paragraphColon), wordsBefore(prev, n), true
}

// colonBefore returns the paragraph before the quote and its length when
// the quote opens its paragraph and that one ends in a colon, else nil.
func (k *quoteCase) colonBefore() (*paraText, int) {
	c := &k.c
	if c.qi != 0 || c.first == 0 {
		return nil, 0
	}
	prev := k.a.paras[c.first-1]
	if n := len(prev.items); n > 0 && prev.word(n-1) == ":" {
		return prev, n
	}
	return nil, 0
}

// paragraphIntro is cue b of the paragraph before, of n items, as the
// quote's introduction: when that sentence is framed as a document's, its
// frame holds for the quote as a written one.
func (k *quoteCase) paragraphIntro(prev *paraText, n int, b cue, place introPlace) intro {
	if k.a.frame(prev, n-1) {
		b.verb = "wrote"
	}
	return intro{cue: b, pt: prev, pi: k.c.first - 1, at: n, place: place}
}

// sentenceBefore: the quote opens a sentence after one whose cue names
// who speaks ("“…,” adviser Don Watson said. “Back then, …”").
func (k *quoteCase) sentenceBefore() (intro, string, bool) {
	c := &k.c
	pt, qi := c.pt, c.qi
	if qi <= 0 || pt.sentStart(qi) != qi || pt.items[qi-1].tok < 0 {
		return intro{}, "", false
	}
	b := k.a.cueBefore(pt, qi, pt.sentStart(qi-1))
	if !b.found || !b.src.personish() {
		return intro{}, "", false
	}
	return intro{cue: b, pt: pt, pi: c.first, at: qi, place: sentenceBefore}, wordsBefore(pt, qi), true
}

// noIntroduction: nothing before the quote introduces it.
func (k *quoteCase) noIntroduction() (intro, string, bool) {
	c := &k.c
	return intro{cue: c.before, pt: c.pt, pi: c.first, at: c.qi, place: noIntro}, "", true
}

// colonIntro returns the subject of the clause that a colon right before
// item qi closes: whoever "was blunt:" or "put it well:" speaks what
// follows, whatever the verb.
func (a *attributor) colonIntro(pt *paraText, qi int) source {
	if qi < 1 || !pt.isWord(qi-1, ":") {
		return source{}
	}
	s := pt.sentStart(qi - 1)
	for k := qi - 2; k > s; k-- {
		if pt.isWord(k, ":") {
			return source{} // another colon: not one clause
		}
		if pt.items[k].tok < 0 {
			// "… that he “has not served well”, and on Monday he went
			// further on Twitter:": the clause after the quote
			s = k + 1
			for s < qi-1 && (pt.isWord(s, ",") || pt.isWord(s, "and") || pt.isWord(s, "but")) {
				s++
			}
			break
		}
	}
	if p, at := a.replier(pt, s); p >= 0 {
		return source{kind: srcPerson, person: p, at: at}
	}
	if c := lastJoinedClause(pt, s, qi-1); c > s {
		// "Criticism sparked an outcry, and on Friday Qadir issued a
		// statement that said:": the clause the colon closes
		if src := a.mainSubject(pt, c, qi-1); src.personish() {
			return src
		}
	}
	return a.mainSubject(pt, s, qi-1)
}

// clauseVerbAfterSubject reports a clause from item b whose subject, a
// person named, is followed by its verb ("and on Friday Qadir issued a
// statement", "and General Vell had a warning", "and Qadir was blunt"),
// or with no one named, a verb anywhere in it; not a list's last name
// ("and General Sami Vell in one line", "and Vell, a rival once jailed").
func clauseVerbAfterSubject(pt *paraText, b, e int) bool {
	for j := b; j < e; j++ {
		p := pt.personAt(j)
		if p < 0 {
			continue
		}
		for j < e && pt.personAt(j) == p {
			j++
		}
		if pt.isWord(j, ",") && verbLikeAt(pt, j+1) {
			return true // "the opposition leader, Sami Vell, was blunt:"
		}
		if pt.isWord(j, ",") {
			// "Sami Vell, the opposition leader, was blunt:", "Vell,
			// too, had": past the description set off by commas
			k := j + 1
			for k < e && k <= j+appositiveReach && !pt.isWord(k, ",") && pt.items[k].tok >= 0 {
				k++
			}
			if !pt.isWord(k, ",") {
				return false
			}
			j = k + 1
		}
		for j < e && (passiveAdverbs[pt.word(j)] || strings.HasSuffix(pt.word(j), "ly")) {
			j++ // "Qadir also had", "Qadir then turned"
		}
		return verbLikeAt(pt, j)
	}
	for j := b; j < e; j++ {
		if verbLikeAt(pt, j) {
			return true
		}
	}
	return false
}

// verbLikeAt reports a word at item j in lower case that may be a
// clause's verb: a reporting verb, a form of "be" or "have", a past in
// -ed.
func verbLikeAt(pt *paraText, j int) bool {
	t, ok := pt.tok(j)
	return ok && t.Word && !t.Cap && (pt.isVerbAt(j) || pt.is(j, lex.Passive) || haveWords[pt.word(j)] || strings.HasSuffix(pt.word(j), "ed"))
}

// haveWords are the forms of "have", a clause's verb: "had a warning".
var haveWords = map[string]bool{"had": true, "has": true, "have": true}

// lastJoinedClause returns the item after the last ", and" or ", but"
// between items s and e, where a clause of its own starts, with a verb
// of its own; or s (not a list's last name: "summed up Lund, Qadir, and
// Vell in one line:").
func lastJoinedClause(pt *paraText, s, e int) int {
	for k := e - 2; k > s; k-- {
		if pt.isWord(k, ",") && (pt.isWord(k+1, "and") || pt.isWord(k+1, "but")) {
			if clauseVerbAfterSubject(pt, k+2, e) {
				return k + 2
			}
			return s
		}
	}
	return s
}

// replier returns, for a clause from item s that opens "His answer" or
// "her reply" ("I asked U Win Tin what he made of it. His answer, passed
// on by a friend:"), the person just named whom the pronoun fits, object
// or not, and the item naming them; else -1.
func (a *attributor) replier(pt *paraText, s int) (int, int) {
	w := pt.word(s)
	if w != "his" && w != "her" || !replyNouns[pt.word(s+1)] {
		return -1, 0
	}
	g := byte('m')
	if w == "her" {
		g = 'f'
	}
	for k := s - 1; k >= 0 && k >= s-40; k-- {
		if p := pt.personAt(k); p >= 0 && a.ix.People[p].Gender != 'm'+'f'-g {
			return p, k
		}
	}
	return -1, 0
}

// replyNouns after "his" or "her" before a colon give that person's words.
var replyNouns = lex.MustSet(words, "words/reply-nouns.txt")
