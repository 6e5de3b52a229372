package attrib

// Pre-checks: for a table asked about every quote, the rules that cannot
// fire for the case in hand, told from a field or two of it, so that
// rule.Table.DecideAmong asks only the others. A pre-check never
// decides: the table's rules still do, in their order, and a rule a
// pre-check does not name is always asked. TestShortcutsDecideAsTheTables
// empties the sets to compare with the whole table.
//
// A rule named here that is changed to fire more widely (a test dropped
// from its first line) must be dropped from the sets that name it, or its
// new cases are never asked: TestShortcutsDecideAsTheTables fails when
// the rule's example is such a case. A rule renamed or deleted panics at
// start-up (RulesNamed), so a set never names a rule that is not there.

// The after rules that cannot fire for a quote that does not end its
// sentence, after which no bracket cites a document, and after whose
// punctuation words follow.
var (
	afterOnlyAtSentenceEnd = afterRules.RulesNamed("sentence-ends")
	afterOnlyCited         = afterRules.RulesNamed("document-cited")
	afterOnlyNoWords       = afterRules.RulesNamed("no-words-after")
)

// afterMay tells the after rules that may fire for the case, its words
// read (afterCueBy): ends tells that the quote ends its sentence.
func (k *afterCase) afterMay(ends bool) uint64 {
	var never uint64
	if !ends {
		never |= afterOnlyAtSentenceEnd
	}
	if !k.cited.found {
		never |= afterOnlyCited
	}
	if k.i >= 0 {
		never |= afterOnlyNoWords
	}
	return ^never
}

// The speaker rules that cannot fire for a quote without a cue naming a
// person, with a cue before it, without a cue after it, without one
// before it, without one before it in its sentence, without a quote
// before it in its paragraph, and over more than one paragraph.
var (
	speakerOnlyNoCueBefore   = speakerRules.RulesNamed("paired-speaker")
	speakerOnlyCueAfter      = speakerRules.RulesNamed("sayer-before-document-cue", "cue-after", "reports-saying", "unnamed-after")
	speakerOnlyCueBefore     = speakerRules.RulesNamed("document-tells-of-someone")
	speakerOnlyCueInSentence = speakerRules.RulesNamed("described-never-speaks", "told-then-pronoun", "sayer-of-participle")
	speakerOnlyQuoteBefore   = speakerRules.RulesNamed("sayer-before-document-cue", "told-to-quote")
	speakerOnlyOneParagraph  = speakerRules.RulesNamed("quote-is-the-verb", "according-to-ends-sentence")
	speakerOnlyNoCueAfter    = speakerRules.RulesNamed("according-to-ends-sentence")
	speakerOnlyTitle         = speakerRules.RulesNamed("title-of-document")
	speakerOnlyAfterName     = speakerRules.RulesNamed("quote-opens-on-subjects-verb")
)

// speakerMay tells the speaker rules that may fire for the quote, its
// cues and their place read.
func (k *quoteCase) speakerMay() uint64 {
	c := &k.c
	var never uint64
	if c.before.found {
		never |= speakerOnlyNoCueBefore
		if c.place != inSentence {
			never |= speakerOnlyCueInSentence
		}
	} else {
		never |= speakerOnlyCueBefore | speakerOnlyCueInSentence
	}
	if !c.after.found {
		never |= speakerOnlyCueAfter
	} else {
		never |= speakerOnlyNoCueAfter
	}
	if c.prevQ < 0 {
		never |= speakerOnlyQuoteBefore
	}
	if c.first != c.last {
		never |= speakerOnlyOneParagraph
	}
	if k.title = titleQuoteAt(c.pt, c.qi); !k.title {
		never |= speakerOnlyTitle
	}
	if c.pt.personAt(c.qi-1) < 0 {
		never |= speakerOnlyAfterName
	}
	return ^never
}

// The kind rules that cannot fire for a quote a cue introduces (noCue is
// false), for a quote whose speaker is known, for one whose speaker is
// not, without a quote before it in its paragraph, with one, without a
// speaker its cue names, in the story's first paragraph, not opening its
// paragraph, not said of a document, and not quoted through one.
var (
	kindOnlyNoCue = kindRules.RulesNamed("mission-holds-view", "quote-goes-on", "story-goes-on-quoting", "phrase-mentioned",
		"frame-next-sentence", "document-cue-ends-next-sentence", "frame-next-paragraph", "framed-paragraph-before",
		"spoken-sentence-goes-on", "label-in-cable-story", "passage-stands-alone")
	kindOnlyNoSpeaker = kindRules.RulesNamed("mission-holds-view", "phrase-mentioned", "frame-next-sentence",
		"document-cue-ends-next-sentence", "frame-next-paragraph", "framed-paragraph-before", "label-in-cable-story",
		"label-on-person", "passage-stands-alone")
	kindOnlySpeaker          = kindRules.RulesNamed("reportedly-goes-on", "writer-in-cable-story")
	kindOnlyQuoteBefore      = kindRules.RulesNamed("quote-goes-on", "spoken-sentence-goes-on", "label-pair")
	kindOnlyNoQuoteBefore    = kindRules.RulesNamed("story-goes-on-quoting")
	kindOnlyCueSpeaker       = kindRules.RulesNamed("the-writer-reports", "embassy-officer-reports")
	kindOnlyAfterFirstPara   = kindRules.RulesNamed("writer-framed-before", "framed-paragraph-before")
	kindOnlyOpeningParagraph = kindRules.RulesNamed("framed-paragraph-before", "passage-stands-alone")
	kindOnlySaidOfDocument   = kindRules.RulesNamed("said-of-document")
	kindOnlyViaDocument      = kindRules.RulesNamed("quoted-through-document")
	kindOnlyTitle            = kindRules.RulesNamed("document-title")
)

// kindMay tells the kind rules that may fire for the quote, its cues and
// speaker decided.
func (k *quoteCase) kindMay() uint64 {
	c := &k.c
	var never uint64
	if !noCue(c) {
		never |= kindOnlyNoCue
	}
	if k.a.speaker[k.q] >= 0 {
		never |= kindOnlyNoSpeaker
	} else {
		never |= kindOnlySpeaker
	}
	if c.prevQ < 0 {
		never |= kindOnlyQuoteBefore
	} else {
		never |= kindOnlyNoQuoteBefore
	}
	if k.cueSpeaker < 0 {
		never |= kindOnlyCueSpeaker
	}
	if c.first == 0 {
		never |= kindOnlyAfterFirstPara
	}
	if c.qi != 0 {
		never |= kindOnlyOpeningParagraph
	}
	if k.saidOf < 0 {
		never |= kindOnlySaidOfDocument
	}
	if !c.before.viaDoc && !c.after.viaDoc && k.a.why[k.q].speaker.Rule != "quoted-in-document" {
		never |= kindOnlyViaDocument
	}
	if !k.title {
		never |= kindOnlyTitle
	}
	return ^never
}
