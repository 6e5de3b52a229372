package attrib

import (
	"slices"
	"strings"

	"cables/content/lex"
)

// Whether words were spoken or written: settings of speech, verbs that
// are only spoken, and who writes the story's cables.

// spokenOf reports whether a passive cue makes someone the one spoken
// of: "Lane was accused of “…”" (not "the letter would be judged “…”").
func spokenOf(c cue) bool {
	return c.passive && c.about != srcOther && c.about != srcDoc
}

// describing verbs, in the passive, give a document's picture of
// someone: "is described as", "was portrayed as".
var describing = lex.MustSet(words, "words/describing-verbs.txt")

// ownSpeaker reports whether the quote's own sentence names who speaks
// with a verb of speech: a document named earlier in the paragraph
// does not make "X demanded on Tuesday that …" a cable's words, unless X
// writes the cables.
func (a *attributor) ownSpeaker(c *quoteCues) bool {
	for _, cu := range []cue{c.before, c.after} {
		if cu.found && !cu.passive && cu.src.kind == srcPerson && !cu.viaDoc && !writingVerb(cu.verb) && cu.verb != "" &&
			!a.writer(cu.src.person) {
			return true
		}
	}
	return false
}

// writer reports whether person p writes the story's cables: an
// ambassador or envoy, the writer of the last cable passage, or one the
// story gives a cable of their own ("Dell's cable"). Their words stay the
// documents' ("Darroch called her “…”").
func (a *attributor) writer(p int) bool {
	return p == a.lastWriter || slices.Contains(a.owners, p) ||
		slices.ContainsFunc(a.ix.People[p].Roles, func(r string) bool { return writerRole(r) })
}

// writesCables reports a source that writes the story's cables: a person
// who does (writer), or an ambassador or envoy unnamed.
func (a *attributor) writesCables(s source) bool {
	return s.kind == srcPerson && a.writer(s.person) || s.kind == srcRole && writerRole(s.word)
}

// wroteIn returns the item where a sentence of the paragraph frames a
// document with the person as its subject, or -1: "In a cable written a
// year later, Godec bemoaned the regime."
func (a *attributor) wroteIn(pt *paraText, pi, person int) int {
	for s := 0; s < len(pt.items); {
		e := pt.sentenceEnd(s)
		if k := a.sentenceFrame(pt, s, e); k >= 0 && !saysFirst(pt, s, k) && !a.reactsToClaims(pt, s, k, e, person) {
			if src := a.mainSubject(pt, s, e); src.personish() && a.resolve(pt, pi, src) == person {
				return k
			}
		}
		s = e
	}
	return -1
}

// reactsToClaims reports a sentence [s, e) whose subject reacts to what
// the document at item k claims (claimsOf): anyone angry at it, and one
// who denies it, unless that one writes the cables and the document is
// not the leaked one ("Ambassador Ruiz denied the allegations in a cable
// leaked on Monday" reacts; "The deputy chief, Harlan, dismissed the
// allegations in a secret cable to Washington" wrote it).
func (a *attributor) reactsToClaims(pt *paraText, s, k, e, person int) bool {
	anger, ok := claimsOf(pt, s, k)
	if !ok {
		return false
	}
	return anger || !a.writer(person) || leakNamedIn(pt, k, e)
}

// leakNamedIn reports a word of the leak in items [k, e): one of
// leakWords ("leaked", "WikiLeaks"), or "released" or "published".
func leakNamedIn(pt *paraText, k, e int) bool {
	for j := k; j < e; j++ {
		if w := pt.word(j); inLowered(leakWords, w) || w == "released" || w == "published" {
			return true
		}
	}
	return false
}

// claimsOf reports that the document framing a sentence at item k is
// what holds claims about its subject, named a few words before it after
// a word of anger or denial: "Qadir was livid at allegations mentioned
// in the cables that he kept a bank account" reacts to the cables, and
// writes none of them; so does one angry at the document itself, or who
// denies it, no mark between and for a denial no preposition ("Qadir was
// furious at a cable saying", "Qadir rejected a leaked cable claiming that
// he …"; not "Harlan disputed in a cable the figures", "Beck sounded
// furious in a cable").
func claimsOf(pt *paraText, s, k int) (anger, ok bool) {
	marked, prep := false, pt.is(k, lex.Prep) // (the frame "in a cable" may begin on its preposition)
	for j := k - 1; j >= s && j >= k-claimReach; j-- {
		if pt.isPunctAt(j) || pt.lenMayBe(j, 2) || pt.lenMayBe(j, 3) {
			marked, prep = marked || pt.isPunctAt(j), prep || pt.is(j, lex.Prep)
			continue // (marks and short words: no claim, nothing looked up)
		}
		if claimNouns[pt.word(j)] || disclosureNouns[pt.word(j)] {
			return reactionBefore(pt, s, j)
		}
		if !marked && angerWords[pt.word(j)] && angerPreps[pt.word(j+1)] {
			return true, true // angry at the document itself: "furious at a leaked cable saying", "furious at being named in a cable"
		}
		if !marked && !prep && denialWords[pt.word(j)] {
			return false, true // the document itself denied: "rejected a WikiLeaks cable claiming that"
		}
	}
	return false, false
}

// reactionBefore reports a word of anger or denial just before item j of
// a sentence from item s, the claims' preposition or article between:
// "livid at", "not amused by", "denied the allegations"; anger tells
// which. (A writer who "repeated the allegations in a cable" wrote it.)
func reactionBefore(pt *paraText, s, j int) (anger, ok bool) {
	for k := j - 1; k >= s && k >= j-3; k-- {
		if angerWords[pt.word(k)] {
			return true, true
		}
		if denialWords[pt.word(k)] {
			return false, true
		}
	}
	return false, false
}

// angerWords are a subject's anger at what a document says of them:
// "livid at", "not amused by".
var angerWords = map[string]bool{"livid": true, "angry": true, "furious": true, "outraged": true, "upset": true, "incensed": true, "amused": true, "infuriated": true, "enraged": true}

// angerPreps are the prepositions after a word of anger that name what it
// is at ("furious at a cable", "incensed by"; not "furious in a cable",
// where it was written, or "angry with Qadir in a cable").
var angerPreps = map[string]bool{"at": true, "by": true, "over": true, "about": true}

// denialWords are a subject's answer to what a document says of them:
// "denied the allegations in".
var denialWords = map[string]bool{"denied": true, "denies": true, "rejected": true, "rejects": true, "dismissed": true, "dismisses": true, "refuted": true, "disputed": true, "responded": true, "laughed": true, "brushed": true}

// claimReach is how far before the document its claims may be named:
// "allegations mentioned in the leaked cables".
const claimReach = 5

// claimNouns are what a document claims about someone.
var claimNouns = lex.MustSet(words, "words/claim-nouns.txt")

// saysFirst reports a verb of speaking ("said", "told") in items [s, k)
// of a sentence: a document named after it is in what was said ("Patino
// said the envoy had suggested in a cable that …"), no frame of the
// subject's own words.
func saysFirst(pt *paraText, s, k int) bool {
	for j := s; j < k; j++ {
		if pt.isVerbAt(j) && (pt.is(j, lex.SpeechOnly) || pt.isWord(j, "said") || pt.isWord(j, "says")) {
			return true
		}
	}
	return false
}

// spoken reports whether the sentence of item i says the words were
// spoken aloud: an interview, reporters, a statement or a press conference.
func (a *attributor) spoken(pt *paraText, i int) bool {
	if i < 0 {
		return false
	}
	for k := pt.sentStart(i); k < pt.sentenceEnd(i); k++ {
		if pt.is(k, lex.Spoken) {
			return true
		}
	}
	return false
}

// spokenCue reports whether the quote's own sentences, or its cues, set
// the words in speech.
func (a *attributor) spokenCue(c *quoteCues) bool {
	if jokeVerb(c.before.verb) || jokeVerb(c.after.verb) {
		return true
	}
	return spokenSetting(c.pt, c.pt.sentStart(c.qi), c.pt.sentenceEnd(c.qi)) ||
		spokenSetting(c.ptL, c.ptL.sentStart(c.qiL), c.ptL.sentenceEnd(c.qiL))
}

// usDiplomats reports whether a source is the American diplomats as a
// body, "US diplomats", "American diplomats" or "the United States
// Embassy in Jakarta": in a story about leaked cables, what they describe
// is in their cables. Washington's diplomats count too: "an ally of
// Washington, whose diplomats dubbed him".
func usDiplomats(pt *paraText, s source) bool {
	if s.kind != srcOther || s.at < 1 {
		return false
	}
	for j := s.at; j > 0 && j >= s.at-usMissionReach; j-- {
		if pt.isWord(j, "diplomats") || pt.isWord(j, "embassy") {
			return american(pt, j-1)
		}
	}
	return false
}

// usMissionReach is how far before the end of the phrase naming the
// mission its noun may stand: "the US embassy in Port Vell".
const usMissionReach = 3

// american reports whether the words ending at item j make what follows
// American: "US", "American", "United States", "Washington, whose".
func american(pt *paraText, j int) bool {
	if pt.isWord(j, "whose") {
		if j--; pt.isWord(j, ",") {
			j--
		}
	}
	// (word lowers only the words of the lexicon's lists: a name keeps
	// its case)
	w := pt.word(j)
	return inLowered(americanWords, w) || strings.EqualFold(w, "washington") ||
		strings.EqualFold(w, "states") && strings.EqualFold(pt.word(j-1), "united")
}

// writerReports are what an ambassador does in a cable.
var writerReports = lex.MustSet(words, "words/writer-reports.txt")
