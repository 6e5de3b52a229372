package attrib

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"cables/content/lex"
	"cables/content/quotes"
	"cables/content/rule"
	"cables/model"
)

// The kind of a quote, cable passage or speech, is decided by one table of
// named rules in precedence order: the first rule that fires decides, and
// the quote's trace names it. A new way of telling a cable passage goes in
// this table where it belongs, with an example sentence written for
// cables, and TestKindRules reads that sentence (kindrules_test.go).

var kindRules = rule.Table[*quoteCase, model.Kind]{Decision: "kind", Rules: []rule.Rule[*quoteCase, model.Kind]{
	{Name: "cue-names-document", Verdict: model.Cable, Match: (*quoteCase).cueNamesDocument,
		Example: `“The port is a den of thieves,” the cable said.`},
	{Name: "cable-jargon", Verdict: model.Cable, Match: (*quoteCase).cableJargon,
		Example: `“The GOK appears to be trying to have it both ways on the port,” an official said.`},
	{Name: "cable-reference-beside", Verdict: model.Cable, Match: (*quoteCase).cableReferenceBeside,
		Example: `The cables' titles tell the story.¶09LUSAKA411 “Financial Woes At Lusaka City Council”`},
	{Name: "document-title", Verdict: model.Cable, Match: (*quoteCase).documentTitle,
		Example: `A May 2008 cable titled, “Lund's Last Stand,” described the port.`},
	{Name: "quote-speaks-of-the-leak", Verdict: model.Speech, Match: (*quoteCase).quoteSpeaksOfTheLeak,
		Example: `The cables from the port were leaked in May.¶“These irresponsible leaks put lives at risk,” the envoy said.`},
	{Name: "statement-writer", Verdict: model.Speech, Match: (*quoteCase).statementWriter,
		Example: `In a statement on Monday, press secretary Ann Cole condemned the leak.¶“Reporting from the field is candid and often incomplete,” wrote Cole.`},
	{Name: "written-in-the-press", Verdict: model.Speech, Match: (*quoteCase).writtenInThePress,
		Example: `The cables were leaked in May.¶“It proves diplomats are human,” commentator Sami Vell wrote in the Port Vell Daily.`},
	{Name: "writing-verb-cue", Verdict: model.Cable, Match: (*quoteCase).writingVerbCue,
		Example: `Ambassador Jane Ruiz wrote: “The minister sleeps through every meeting.”`},
	{Name: "quoted-through-document", Verdict: model.Cable, Match: (*quoteCase).quotedThroughDocument,
		Example: `A 2009 cable quoted Omar Qadir as saying that the army was “tired of waiting”.`},
	{Name: "so-called-name", Verdict: model.Speech, Match: (*quoteCase).soCalledName,
		Example: `In a 2009 cable, the envoy wrote: “The port is lost.” The publication of the so-called “Harbour Papers” angered the minister.`},
	{Name: "quoted-in-the-press", Verdict: model.Speech, Match: (*quoteCase).quotedInThePress,
		Example: `The cable described the minister as “a den of thieves”.¶Minister Omar Qadir was quoted by the Harbour Times disputing the cable: “I never owned a yacht.”`},
	{Name: "statements-by-are-spoken", Verdict: model.Speech, Match: (*quoteCase).statementsBySpoken,
		Example: `The cable followed statements by the prime minister, Ana Ruiz, to the BBC that she had “proof of the plot”.`},
	{Name: "pair-spoken", Verdict: model.Speech, Match: (*quoteCase).pairSpoken,
		Example: `The cables call the minister “lazy”.¶The leaks are “reckless” and “a gift to pirates”, Minister Omar Qadir told reporters.`},
	{Name: "label-by-agent", Verdict: model.Speech, Match: (*quoteCase).labelByAgent,
		Example: `The cable was posted online, and its contents were dismissed by a ministry spokesman as “fantasy”.`},
	{Name: "speaks-of-document", Verdict: model.Speech, Match: (*quoteCase).speaksOfDocument,
		Example: `Minister Omar Qadir, named in the cable, said the cable was “a pack of lies”.`},
	{Name: "said-of-document", Verdict: model.Speech, Match: (*quoteCase).saidOfDocumentRule,
		Example: `Leaked US cables show “the full measure of cynicism” in American policy, President Ivo Lund said.`},
	{Name: "us-diplomats-describe", Verdict: model.Cable, Match: (*quoteCase).usDiplomatsDescribe,
		Example: `US diplomats described the minister as “a man of many dinners”.`},
	{Name: "document-frame", Verdict: model.Cable, Match: (*quoteCase).documentFrame,
		Example: `In a cable sent in May, the ambassador said the harbour master was “a patient thief”.`},
	{Name: "document-frame-after", Verdict: model.Cable, Match: (*quoteCase).documentFrameAfter,
		Example: `Minister Omar Qadir told friends the harbour master was “a patient thief” during a long dinner, according to an account of the evening.`},
	{Name: "cable-paragraph-marked", Verdict: model.Cable, Match: (*quoteCase).cableParagraphMarked,
		Example: `6. (C) Qadir noted that the port was “a den of thieves.”`},
	{Name: "under-cable-header", Verdict: model.Cable, Match: (*quoteCase).underCableHeader,
		Example: `From: US Ambassador to Kandia Jane Ruiz¶Subject: Meeting with Minister Omar Qadir¶The port "is lost", Mr Qadir said.`},
	{Name: "paragraph-frame", Verdict: model.Cable, Match: (*quoteCase).paragraphFrame,
		Example: `The ambassador wrote a long cable about the port. He called the harbour master “a patient thief”.`},
	{Name: "document-link-ends-paragraph", Verdict: model.Cable, Match: (*quoteCase).documentLinkEndsParagraph,
		Example: `– In 2009, a US official suggested “more positive news stories about the port.” Cable.`},
	{Name: "described-in-document", Verdict: model.Cable, Match: (*quoteCase).describedInDocument,
		Example: `The cables are unkind to Omar Qadir.¶He is described as “a reluctant king”.`},
	{Name: "passive-label", Verdict: model.Cable, Match: (*quoteCase).passiveLabel,
		Example: `The cables are blunt about the port.¶Harbour master Omar Qadir is praised as “tireless”.`},
	{Name: "writers-label", Verdict: model.Cable, Match: (*quoteCase).writersLabel,
		Example: `The cables are blunt about the port.¶Diplomats described harbour master Omar Qadir as a “night owl”.`},
	{Name: "document-tells-before", Verdict: model.Cable, Match: (*quoteCase).documentTellsBefore,
		Example: `The minister took aim at one embassy cable that said port officials had “lazy habits”.`},
	{Name: "told-the-americans", Verdict: model.Cable, Match: (*quoteCase).toldTheAmericans,
		Example: `The cables are blunt about the port.¶Minister Ana Vell told a visiting U.S. senator that the harbour master was “a patient thief”.`},
	{Name: "writers-report-that", Verdict: model.Cable, Match: (*quoteCase).writersReportThatRule,
		Example: `Minister Omar Qadir distrusts the navy, with diplomats in Port Vell reporting in 2008 that he had called the admirals “pirates”.`},
	{Name: "reported-as-saying", Verdict: model.Cable, Match: (*quoteCase).reportedAsSaying,
		Example: `A 2008 cable covers the port.¶The navy, Minister Omar Qadir is reported as saying, was “rotten to the core”.`},
	{Name: "the-writer-reports", Verdict: model.Cable, Match: (*quoteCase).theWriterReports,
		Example: `Ambassador Jane Ruiz met the king in May. Ruiz reported that he was “in good spirits”.`},
	{Name: "writer-role-reports", Verdict: model.Cable, Match: (*quoteCase).writerRoleReports,
		Example: `The cables from the port were leaked in May.¶The ambassador reported that the port was “a den of thieves”.`},
	{Name: "embassy-officer-reports", Verdict: model.Cable, Match: (*quoteCase).embassyOfficerReports,
		Example: `The cables are blunt about the port.¶Jane Ruiz, the deputy chief of mission at the embassy, warned that the harbour master was “a patient thief”.`},
	{Name: "mission-holds-view", Verdict: model.Cable, Match: (*quoteCase).missionHoldsView,
		Example: `The US embassy in Port Vell was wary of the minister’s “harbour talk” in 2009.`},
	{Name: "quote-goes-on", Verdict: model.Cable, Match: (*quoteCase).quoteGoesOn,
		Example: `US diplomats described the minister as “a man of many dinners”. “He never pays.”`},
	{Name: "story-goes-on-quoting", Verdict: model.Cable, Match: (*quoteCase).storyGoesOnQuoting,
		Example: `The cable described the port as “a den of thieves”.¶“Nobody works after noon.”`},
	{Name: "phrase-mentioned", Verdict: model.Cable, Match: (*quoteCase).phraseMentioned,
		Example: `The cables are blunt about the port.¶The phrase “a den of thieves” made every front page.`},
	{Name: "frame-next-sentence", Verdict: model.Cable, Match: (*quoteCase).frameNextSentence,
		Example: `Minister Omar Qadir runs the port.¶Qadir is “a tired clerk with a long memory.” So runs one American portrait of him.`},
	{Name: "document-cue-ends-next-sentence", Verdict: model.Cable, Match: (*quoteCase).documentCueEndsNextSentence,
		Example: `Kandia was urged to “do more” on the port if it wanted a visit. Its neighbour was offered aid worth three million dollars to take the prisoners off their hands, the cables show.`},
	{Name: "frame-next-paragraph", Verdict: model.Cable, Match: (*quoteCase).frameNextParagraph,
		Example: `Minister Omar Qadir runs the port.¶“The port is a family business, and the family is hungry.”¶So reads a cable from the embassy in Port Vell, written in 2009.`},
	{Name: "framed-paragraph-before", Verdict: model.Cable, Match: (*quoteCase).framedParagraphBefore,
		Example: `According to the leaked cables, the talks took place in May.¶“The minister noted that the port was closed.”`},
	{Name: "announced-by-colon", Verdict: model.Cable, Match: (*quoteCase).announcedByColon,
		Example: `The dispatches also show:¶• Minister Omar Qadir told the admiral that the port was “a lost cause”.`},
	{Name: "list-of-revelations", Verdict: model.Cable, Match: (*quoteCase).listOfRevelations,
		Example: `These are the main revelations of the embassy cables, as the papers reported them.¶• The navy sold fuel to smugglers.¶• The port was closed for a month.¶• Minister Omar Qadir called the admiral “a lost cause”.`},
	{Name: "same-writer-goes-on", Verdict: model.Cable, Match: (*quoteCase).sameWriterGoesOn,
		Example: `In a cable, Ambassador Jane Ruiz wrote: “The king is tired.”¶Ruiz added: “He naps at noon.”`},
	{Name: "reportedly-goes-on", Verdict: model.Cable, Match: (*quoteCase).reportedlyGoesOn,
		Example: `In one memo, Sir Omar Qadir is said to have warned, “The port is lost.” Qadir also reportedly told ministers that the harbour master was “a pirate”.`},
	{Name: "speaker-goes-on-in-document", Verdict: model.Cable, Match: (*quoteCase).speakerGoesOnInDocument,
		Example: `According to the cable, Minister Omar Qadir said the navy was “a lost cause”.¶Qadir also said the admiral was “asleep at the helm”.`},
	{Name: "writer-framed-before", Verdict: model.Cable, Match: (*quoteCase).writerFramedBefore,
		Example: `In a cable written a year later, Ambassador Jane Ruiz bemoaned the port.¶Ruiz added: “Nothing moves here.”`},
	{Name: "writer-in-cable-story", Verdict: model.Cable, Match: (*quoteCase).writerInCableStory,
		Example: `The cables from the port were leaked in May.¶In Ambassador Jane Ruiz's words, the port was “a den of thieves who never sleep”.`},
	{Name: "unnamed-writer", Verdict: model.Cable, Match: (*quoteCase).unnamedWriter,
		Example: `A cable from the port was leaked in May.¶Premier Ivo Lund was described as “weak” at home. His “late nights mean he does not rest”, one observed.`},
	{Name: "spoken-setting-beats-frame", Verdict: model.Speech, Match: (*quoteCase).spokenSettingBeatsFrame,
		Example: `The cable describes a dinner with the king. “You are all spies,” he joked.`},
	{Name: "spoken-sentence-goes-on", Verdict: model.Speech, Match: (*quoteCase).spokenSentenceGoesOn,
		Example: `The leaked cables describe the camps.¶The authorities then said the camps were there to give “training” to “pupils” in a “boarding school”.`},
	{Name: "label-in-cable-story", Verdict: model.Cable, Match: (*quoteCase).labelInCableStory,
		Example: `The cables are long.¶Ambassador Ruiz found the minister “vain” and his deputy worse.`},
	{Name: "label-pair", Verdict: model.Cable, Match: (*quoteCase).labelPair,
		Example: `A cable from the embassy was leaked in May.¶The minister was upset by US diplomats referring to him as “the captain” to the premier’s “cabin boy,” the Kandia Herald reported.`},
	{Name: "label-on-person", Verdict: model.Cable, Match: (*quoteCase).labelOnPerson,
		Example: `The port cables were leaked in May.¶Minister Omar Qadir shrugged off a harsh appraisal branding him a “tired clerk with no plan”.`},
	{Name: "passage-stands-alone", Verdict: model.Cable, Match: (*quoteCase).passageStandsAlone,
		Example: `The embassy cables on the port were leaked in May.¶The harbour board would not comment on Monday.¶“Customs officers at the north gate wave through any truck whose driver pays them.”`},
	{Name: "speech", Verdict: model.Speech, Match: func(*quoteCase) (string, bool) { return "", true },
		Example: `“We will not sell the port,” the minister told reporters.`},
}}

// cueNamesDocument: the cue before or after the quote names a document or
// its author as the source ("the cable said", "the memo's author wrote").
func (k *quoteCase) cueNamesDocument() (string, bool) {
	c := &k.c
	switch {
	case c.after.src.kind == srcDoc || c.after.src.kind == srcAuthor:
		return wordsAfter(c.ptL, c.aqi), true
	case c.before.src.kind == srcDoc || c.before.src.kind == srcAuthor:
		return wordsBefore(c.bpt, c.bqi), true
	}
	return "", false
}

// documentTitle: the quote is the title a cable or a memo was given, or
// a secret report or document, named a few words before "titled",
// "entitled" or "headlined" ("a cable titled “…”", "a secret report to
// Washington titled “…”"): its writer's words. (An open letter, a
// briefing or a press report with a title is someone's public word.)
func (k *quoteCase) documentTitle() (string, bool) {
	pt, qi := k.c.pt, k.c.qi
	if !k.title {
		return "", false // (read by speakerMay: most quotes follow no "titled")
	}
	v := qi - 1
	if !titleVerbAt(pt, v) {
		v--
	}
	for j := v - 1; j >= pt.sentStart(qi) && j >= v-titleReach; j-- {
		if pt.items[j].tok < 0 {
			return "", false
		}
		if cableNouns[pt.word(j)] || (pt.is(j, lex.Doc) || pt.isWord(j, "report")) && secretBefore(pt, j) {
			if ofBefore(pt, j) {
				return "", false // "a study of the secret documents titled": the study's title
			}
			return wordsAround(pt, j), true // (not "an open letter titled", "a report headlined")
		}
	}
	return "", false
}

// ofBefore reports "of" a few words before the document at item j, in its
// phrase, after a thing that is of the documents: "a study of the
// secret documents". (Not a part or a copy of them: "one of the
// cables", "a copy of a secret report".)
func ofBefore(pt *paraText, j int) bool {
	for k := j - 1; k >= 1 && k >= j-4 && !pt.isPunctAt(k); k-- {
		if pt.isWord(k, "of") {
			return !partWords[pt.word(k-1)]
		}
	}
	return false
}

// partWords are a part, a copy or a count of documents before "of".
var partWords = map[string]bool{"one": true, "two": true, "some": true, "many": true, "several": true, "most": true, "all": true, "each": true, "any": true, "none": true,
	"part": true, "parts": true, "copy": true, "copies": true, "series": true, "batch": true, "set": true, "trove": true, "cache": true, "number": true, "dozens": true, "hundreds": true, "thousands": true}

// secretBefore reports a word of secrecy just before the document at
// item j: "a secret report", "a classified document".
func secretBefore(pt *paraText, j int) bool {
	for k := j - 1; k >= 0 && k >= j-3 && !pt.isPunctAt(k); k-- {
		if secrecyWords[pt.word(k)] {
			return true
		}
	}
	return false
}

// titleReach is how far before "titled" the document may be named: "a
// secret memo to Washington titled".
const titleReach = 5

// cableJargon: the quote holds the cables' own shorthand ("the GOK",
// "Emboffs", "septel"), which no one speaks to the press, and no cue
// sets it in speech only.
func (k *quoteCase) cableJargon() (string, bool) {
	spokenRead := false // (the cue is read once a piece of jargon is found: most quotes hold none)
	for i, sp := range k.a.found[k.q].Spans {
		text := k.a.paras[sp.Paragraph].text[sp.Start:sp.End]
		if k.marksOfSpan(i, text)&jargonMarked == 0 {
			continue // most quotes: no word is read
		}
		if !spokenRead {
			if k.a.spokenCue(&k.c) {
				return "", false
			}
			spokenRead = true
		}
		if strings.IndexFunc(text, unicode.IsLower) < 0 {
			return "", false // a quote in capitals throughout: "WE GOT IT"
		}
		if w, ok := jargonIn(text); ok {
			return w, true
		}
	}
	return "", false
}

// cableReferenceBeside: a cable's reference number stands right before
// the quote, as before a cable's title ("09LUSAKA411 “Financial Woes At
// Lusaka City Council”"), or in a bracket right after it ("“…”
// (06MOSCOW9533)").
func (k *quoteCase) cableReferenceBeside() (string, bool) {
	pt, qi := k.c.pt, k.c.qi
	if qi < 0 {
		return "", false
	}
	if w := pt.word(qi - 1); isCableReference(w) {
		return w, true
	}
	for j := qi + 1; j < len(pt.items) && j <= qi+3 && pt.items[j].tok >= 0; j++ {
		if w := pt.word(j); isCableReference(w) {
			return w, pt.isWord(j-1, "(")
		}
	}
	return "", false
}

// isCableReference reports a cable's reference number: the year's two
// digits, the sending post, its serial number ("09LUSAKA411",
// "06MOSCOW9533").
func isCableReference(w string) bool {
	if len(w) < 6 || len(w) > 24 || !isDigit(w[0]) || !isDigit(w[1]) {
		return false
	}
	i := 2
	for i < len(w) && (w[i] >= 'a' && w[i] <= 'z' || w[i] >= 'A' && w[i] <= 'Z') {
		i++
	}
	if i < 5 || i == len(w) {
		return false // a post of three letters or more, then its number
	}
	for ; i < len(w); i++ {
		if !isDigit(w[i]) {
			return false
		}
	}
	return true
}

// jargonMarks are pieces one of the cables' shorthand words holds, in
// the case it is written in: "GO" (GOJ), "USG", "DCM", "off" (Emboff,
// Poloff, Econoff), "ouns" (PolCouns), "tel" (reftel, septel), "hief"
// (PolChief), and their capitals.
var jargonMarks = []string{"GO", "USG", "Usg", "usg", "DCM", "Dcm", "dcm", "off", "OFF", "ouns", "OUNS", "tel", "TEL", "hief", "HIEF"}

// mayHoldJargon reports text that holds one of jargonMarks: a quote
// without any holds no jargon, and is passed over with no word read.
func mayHoldJargon(text string) bool { return quoteMarkSet.groupsIn(text, jargonMarked) != 0 }

// quoteMarkSet holds the marks of jargon and of the leak's words, in two
// groups: the rules that look for either in a quote read it once for
// both (marksOfSpan).
var quoteMarkSet = newMarkGroups(jargonMarks, leakMarks)

// The groups of quoteMarkSet, and a bit that tells marksOfSpan's record
// of a span read from one not read yet.
const (
	jargonMarked uint8 = 1 << iota
	leakMarked
	marksRead
)

// marksOfSpan returns the groups of quoteMarkSet that span i of the
// quote, text, holds: read once for the two rules that ask, which
// otherwise each read every quote through.
func (k *quoteCase) marksOfSpan(i int, text string) uint8 {
	if i >= len(k.spanMarks) {
		return quoteMarkSet.groupsIn(text, jargonMarked|leakMarked)
	}
	if k.spanMarks[i] == 0 {
		k.spanMarks[i] = quoteMarkSet.groupsIn(text, jargonMarked|leakMarked) | marksRead
	}
	return k.spanMarks[i]
}

// isJargon reports a word of the cables' shorthand: one of cableJargon's
// words, or "GO" and one more capital, the Government of a country.
func isJargon(w string) bool {
	if len(w) == 3 && w[0] == 'G' && w[1] == 'O' && w[2] >= 'A' && w[2] <= 'Z' {
		return w != "GOP"
	}
	if len(w) < 3 || len(w) > 9 {
		return false
	}
	// lowered on the stack rather than by strings.ToLower, which
	// allocated: it is asked of every word of every quote
	var buf [9]byte
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return cableJargonWords[strings.ToLower(w)]
		}
		buf[i] = lowerASCII(w[i])
	}
	return jargonFilter[buf[0]]&(1<<len(w)) != 0 && cableJargonWords[string(buf[:len(w)])]
}

// jargonIn returns the first word of text that isJargon holds: the words
// are its runs of letters, as strings.FieldsFunc cuts them at every rune
// that is no letter, read here a byte at a time for ASCII.
func jargonIn(text string) (string, bool) {
	start := -1 // the word being read, or -1 between words
	for i := 0; i <= len(text); {
		letter, w := false, 1
		if i < len(text) {
			if c := text[i]; c < utf8.RuneSelf {
				letter = 'a' <= c|0x20 && c|0x20 <= 'z'
			} else {
				var r rune
				r, w = utf8.DecodeRuneInString(text[i:])
				letter = unicode.IsLetter(r)
			}
		}
		switch {
		case letter && start < 0:
			start = i
		case !letter && start >= 0:
			if isJargon(text[start:i]) {
				return text[start:i], true
			}
			start = -1
		}
		i += w
	}
	return "", false
}

// jargonFilter rules out most words before they are looked up.
var jargonFilter = lex.FilterOf(cableJargonWords)

// cableJargonWords are the cables' shorthand.
var cableJargonWords = lex.MustSet(words, "words/cable-jargon.txt")

// quoteSpeaksOfTheLeak: the quote's own words name the leak ("these
// irresponsible leaks", "WikiLeaks"): words said about it after it
// happened, whoever says them, never a cable's.
func (k *quoteCase) quoteSpeaksOfTheLeak() (string, bool) {
	for i, sp := range k.a.found[k.q].Spans {
		text := k.a.paras[sp.Paragraph].text[sp.Start:sp.End]
		if k.marksOfSpan(i, text)&leakMarked == 0 {
			continue // most quotes: no word is read
		}
		if w, ok := leakWordIn(text); ok {
			return w, true
		}
	}
	return "", false
}

// mayNameTheLeak reports text that may hold a word of leakWords: it
// holds a piece of one.
func mayNameTheLeak(text string) bool { return quoteMarkSet.groupsIn(text, leakMarked) != 0 }

// leakMarks are pieces of the words of leakWords, in the cases a page
// writes them (TestLeakMarksFindEveryLeakWord).
var leakMarks = []string{"eak", "EAK", "isclos", "ISCLOS", "histle", "HISTLE", "ables", "ABLES", "ublicat", "UBLICAT"}

// leakWordIn returns the first word of text that names the leak.
func leakWordIn(text string) (string, bool) {
	for w := range strings.FieldsFuncSeq(text, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
		if holdsLowered(leakWords, strings.Trim(w, "-")) {
			return w, true
		}
	}
	return "", false
}

// leakWords name the leak itself.
var leakWords = lex.MustSet(words, "words/leak-words.txt")

// writingVerbCue: the cue's verb writes ("wrote", "cabled"), and nothing
// in the quote's sentences sets the words in speech.
func (k *quoteCase) writingVerbCue() (string, bool) {
	c := &k.c
	if !writingVerb(c.after.verb) && !writingVerb(c.before.verb) || k.a.spokenCue(c) {
		return "", false
	}
	if writingVerb(c.after.verb) {
		return wordsAfter(c.ptL, c.aqi), true
	}
	return wordsBefore(c.bpt, c.bqi), true
}

// statementsBySpoken: the quote's speaker was read from "statements by"
// them (statements-by): words said aloud, though a document frames the
// sentence ("His cable followed statements by Ruiz that she had “…”").
func (k *quoteCase) statementsBySpoken() (string, bool) {
	return "", k.a.why[k.q].speaker.Rule == "statements-by"
}

// writtenInThePress: the cue's verb writes, and what it was written in
// is a newspaper or a piece in one ("wrote in the Port Vell Daily", "wrote
// in a column"), not a document: published words, not a cable's.
func (k *quoteCase) writtenInThePress() (string, bool) {
	c := &k.c
	if writingVerb(c.after.verb) {
		if v := wordAfter(c.ptL, c.aqi+1, c.after.verb); v >= 0 && inThePress(c.ptL, v+1) {
			return wordsAfter(c.ptL, c.aqi), true
		}
	}
	if writingVerb(c.before.verb) && c.bqi > 0 && c.bqi <= len(c.bpt.items) {
		if v := wordBefore(c.bpt, c.bqi-1, c.before.verb); v >= 0 && inThePress(c.bpt, v+1) {
			return wordsBefore(c.bpt, c.bqi), true
		}
	}
	return "", false
}

// wordAfter returns the first item from item i in its sentence holding
// word w, or -1.
func wordAfter(pt *paraText, i int, w string) int {
	if i < 0 || i >= len(pt.items) {
		return -1
	}
	for j, e := i, pt.sentenceEnd(i); j < e; j++ {
		if pt.isWord(j, w) {
			return j
		}
	}
	return -1
}

// wordBefore returns the last item up to item i in its sentence holding
// word w, or -1: the cue's own verb, not an earlier one ("X, who wrote
// in the Daily, said the envoy wrote that …").
func wordBefore(pt *paraText, i int, w string) int {
	for j, s := i, pt.sentStart(i); j >= s; j-- {
		if pt.isWord(j, w) {
			return j
		}
	}
	return -1
}

// inThePress reports "in" at item i opening a phrase that names a piece
// in the press ("in a column", "in his memoir"), an outlet ("in the
// Kandian daily Voz") or a paper's title ("in the Port Vell Daily"), with
// no document or report in it ("in a daily report", "in the Spring").
func inThePress(pt *paraText, i int) bool {
	if !pt.isWord(i, "in") {
		return false
	}
	press := false
	for j := i + 1; j < len(pt.items) && j <= i+pieceReach && !pt.isPunctAt(j); j++ {
		if pt.is(j, lex.Doc) || pt.isWord(j, "report") || pt.isWord(j, "reports") || pt.isWord(j, "summary") {
			return false // "wrote in a cable", "in a weekly report"
		}
		t, _ := pt.tok(j)
		switch {
		case pressPieces[pt.word(j)]:
			press = true
		case governmentPaper(pt, j):
			return false // "in a policy paper for the State Department"
		case pt.in(j, outletNounMark) && !t.Cap:
			// "in a newspaper on Friday", "in the paper this week", "in
			// the daily Voz"; not "a daily report" (the adjective
			// before a noun)
			n, ok := pt.tok(j + 1)
			press = press || !periodical(pt.word(j)) || !ok || n.Cap || pt.isPunctAt(j+1)
		case t.Cap && inLowered(lex.OutletEndings, pt.word(j)):
			press = true // "in the Guardian", "in the Port Vell Daily"; not "in the Spring"
		}
	}
	return press
}

// periodical reports an outlet noun that is also an adjective of time:
// "a daily", "a weekly report".
func periodical(w string) bool { return w == "daily" || w == "weekly" || w == "monthly" }

// governmentPaper reports "paper" at item j after a word that makes it a
// government's or a scholar's: "a policy paper", "a white paper".
func governmentPaper(pt *paraText, j int) bool {
	if !pt.isWord(j, "paper") && !pt.isWord(j, "papers") {
		return false
	}
	switch pt.word(j - 1) {
	case "policy", "white", "position", "working", "discussion", "briefing", "research", "options", "concept":
		return true
	}
	return false
}

// pieceReach is how many words after "in" name the piece: "in a column
// for the Port Vell Daily".
const pieceReach = 6

// pressPieces are pieces published in the press.
var pressPieces = lex.MustSet(words, "words/press-pieces.txt")

// statementWriter: the cue's verb writes, but its writer writes no
// cables and a sentence just before named them issuing a statement: the
// words are the statement's, and so are those of a quote after them in
// the paragraph with no cue of its own.
func (k *quoteCase) statementWriter() (string, bool) {
	c := &k.c
	if c.prevQ >= 0 && noCue(c) && k.a.why[c.prevQ].kind.Rule == "statement-writer" {
		return k.a.quoteStart(c.prevQ), true // the statement goes on: “…,” wrote Cole. “…”
	}
	p := k.cueSpeaker
	if p < 0 || !writingVerb(c.before.verb) && !writingVerb(c.after.verb) || k.a.writer(p) {
		return "", false
	}
	for pi := c.first; pi >= 0 && pi >= c.first-statementReach; pi-- {
		pt := k.a.paras[pi]
		end := len(pt.items)
		if pi == c.first {
			end = pt.sentStart(c.qi)
		}
		for j := 0; j < end; j++ {
			if pt.isWord(j, "statement") && namesPerson(pt, pt.sentStart(j), pt.sentenceEnd(j), p) {
				return wordsAround(pt, j), true
			}
		}
	}
	return "", false
}

// statementReach is how many paragraphs before a quote statementWriter
// looks for the statement.
const statementReach = 2

// unnamedWriter: the cue's subject is one of the cables (or of their
// writers) left unnamed, "one observed", "another noted", "diplomats
// suggested", "a U.S. diplomat called him", right after a cable passage in
// the paragraph or in a story that has just named a document, with a verb
// a cable tells with; "said" too right after a cable passage ("…”, US
// diplomats say"), unless the clause says what the leak is; a label they
// pin ("Diplomats describe her as “…”") in a story about the documents;
// "it" right after a cable passage is the document going on. A setting of
// speech keeps the words spoken.
func (k *quoteCase) unnamedWriter() (string, bool) {
	c := &k.c
	cu, pt := &c.before, c.bpt
	if !cu.found || cu.passive {
		cu, pt = &c.after, c.ptL
	}
	cableBefore := c.prevQ >= 0 && k.a.kind[c.prevQ] == model.Cable
	if !cu.found || cu.passive || cu.src.kind != srcOther || k.a.spokenCue(c) {
		return "", false
	}
	w := strings.ToLower(pt.word(cu.src.at))
	if w == "it" && cableBefore && !speechOnlyVerb(cu.verb) {
		return wordsAround(pt, cu.src.at), true // the document goes on
	}
	if !unnamedWriterWord(pt, cu.src.at, w) {
		return "", false
	}
	switch {
	case labelVerbs[cu.verb] && (k.a.docsWithin(c.pt, c.qi, c.first) || c.pt.firstDoc >= 0):
		// the writers pin a label, in a story about their documents:
		// "Diplomats describe her as “…”"
		return wordsAround(pt, cu.src.at), true
	case !writesAsACable(cu.verb) && !(cableBefore && saysAloud(cu.verb) && !speechOnlyVerb(cu.verb) && !saysWhatTheLeakIs(c.pt, c.qi)):
		// ("another said", "diplomats say", right after a cable passage,
		// is the next cable; "diplomats said the leak was “…”" speak of it)
		return "", false
	case cableBefore, k.a.docContext(c.pt, c.qi):
		// after a cable passage, or in a paragraph that has just named
		// the documents: "the assessments in the leaked documents. One
		// described him as “…”"
		return wordsAround(pt, cu.src.at), true
	}
	return "", false
}

// unnamedWriterWord reports that the subject word w at item at of pt
// names the cables' writers without naming one: "one", "diplomats", "the
// embassy", "a U.S. diplomat", "one diplomat".
func unnamedWriterWord(pt *paraText, at int, w string) bool {
	return (unnamedWriters[w] || describers[w]) && (bareNoun(pt, at) || american(pt, at-1) || pt.isWord(at-1, "one"))
}

// saysWhatTheLeakIs reports a clause that says what the leak or the
// documents are, right before quote item qi: "the leak was “…”", "the
// cables are “…”".
func saysWhatTheLeakIs(pt *paraText, qi int) bool {
	j := qi - 1
	if pt.is(j, lex.Determiner) {
		j--
	}
	if !pt.in(j, copulaMark) {
		return false
	}
	return pt.is(j-1, lex.Doc) || pt.in(j-1, disclosureNounMark)
}

// writesAsACable reports a verb with which a cable tells: "observed",
// "noted", "suggested"; not "said" or "told", which speech uses as much.
func writesAsACable(verb string) bool {
	return writerReports[verb] || missionVerbs[verb] || docTellingVerbs[verb]
}

// labelPair: the quote pairs with a cable's label just before it in its
// sentence, a few words apart and no verb between ("cast him as “Batman”
// to Medvedev's “Robin,”"): the second label is the cable's too, whatever
// outlet the sentence credits after.
func (k *quoteCase) labelPair() (string, bool) {
	c, a := &k.c, k.a
	if c.prevQ < 0 || a.kind[c.prevQ] != model.Cable || c.before.found && !c.before.passive && c.before.src.personish() {
		return "", false
	}
	pt := c.pt
	pq := pt.quoteItem(c.prevQ)
	if pq < 0 || c.qi-pq > labelPairReach || pt.sentStart(pq) != pt.sentStart(c.qi) {
		return "", false
	}
	for j := pq + 1; j < c.qi; j++ {
		if pt.isVerbAt(j) || pt.items[j].tok >= 0 && pt.isPunctAt(j) && !pt.isWord(j, ",") {
			return "", false
		}
	}
	if f := a.why[c.prevQ].kind.Rule; !labelRules[f] {
		return "", false
	}
	return a.quoteStart(c.prevQ), true
}

// labelPairReach is how many items after a cable's label a second label
// may stand; labelRules are the kind rules that read a quote as a label.
const labelPairReach = 6

var labelRules = map[string]bool{"label-in-cable-story": true, "writers-label": true, "passive-label": true, "us-diplomats-describe": true, "described-in-document": true}

// unnamedWriters are the words for one of the cables' writers left
// unnamed.
var unnamedWriters = lex.MustSet(words, "words/unnamed-writers.txt")

// bareNoun reports whether the word at item k stands without a word that
// qualifies it before ("western diplomats", "one minister"): after the
// sentence's start, punctuation, "the", "a", or a clause word.
func bareNoun(pt *paraText, k int) bool {
	return k == pt.sentStart(k) || pt.isPunctAt(k-1) || pt.isWord(k-1, "the") || pt.isWord(k-1, "a") || pt.is(k-1, lex.Clause)
}

// quotedThroughDocument: the cue quotes someone through a document ("the
// cable quoted him as saying", "was quoted by the embassy as saying").
func (k *quoteCase) quotedThroughDocument() (string, bool) {
	c := &k.c
	switch {
	case c.before.viaDoc:
		return wordsBefore(c.bpt, c.bqi), true
	case c.after.viaDoc:
		return wordsAfter(c.ptL, c.aqi), true
	case k.a.why[k.q].speaker.Rule == "quoted-in-document" && quotedByDocument(c.ptL, c.qiL):
		return wordsAfter(c.ptL, c.qiL), true // "“…,” Qadir, of the DPP, was quoted by the cable as saying"
	}
	return "", false
}

// quotedByDocument reports "quoted by" a document in the sentence after
// the quote at item qi: "was quoted by the cable as saying".
func quotedByDocument(pt *paraText, qi int) bool {
	e := pt.sentenceEnd(qi)
	for j := qi + 1; j+1 < e; j++ {
		if pt.isWord(j, "quoted") && pt.isWord(j+1, "by") {
			for d := j + 2; d < e && d <= j+5; d++ {
				if pt.is(d, lex.Doc) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// usDiplomatsDescribe: the American diplomats as a body are the source
// ("US diplomats described him as"), with a verb that may be written.
func (k *quoteCase) usDiplomatsDescribe() (string, bool) {
	c := &k.c
	if v := k.label(); v >= 0 && passiveAt(c.pt, v) {
		return "", false // "the US embassy is still referred to as": the one labelled
	}
	if usDiplomats(c.bpt, c.before.src) && !speechOnlyVerb(c.before.verb) && !k.a.spokenCue(c) {
		return wordsBefore(c.bpt, c.bqi), true
	}
	if labelVerbs[c.before.verb] && usOfficials(c.bpt, c.before.src) && !k.a.spokenCue(c) && !perfectBefore(c.bpt, k.label()) &&
		!spokenSetting(c.ptL, c.qiL, c.ptL.sentenceEnd(c.qiL)) {
		// "the magistrate, who US officials described as having “…”": a
		// label American officials pinned, in a story about their cables
		return wordsBefore(c.bpt, c.bqi), true
	}
	return "", false
}

// perfectBefore reports "have" or "has" right before the labelling verb
// at item v, or "publicly": "whom US officials have described as", "have
// publicly described as" speak of what they say in public, not of a cable
// ("have privately described" is the cables').
func perfectBefore(pt *paraText, v int) bool {
	if v < 1 || pt.isWord(v-2, "never") || pt.isWord(v-2, "not") {
		return false // ("would never publicly describe": the cables did)
	}
	return pt.isWord(v-1, "have") || pt.isWord(v-1, "has") || pt.isWord(v-1, "publicly") || pt.isWord(v-1, "openly")
}

// usOfficials reports a source that is American officials: "US officials",
// "American officials" (who may speak in public too: only their labels
// are the cables').
func usOfficials(pt *paraText, s source) bool {
	return s.kind == srcOther && s.at > 0 && pt.isWord(s.at, "officials") && american(pt, s.at-1)
}

// documentFrame: the quote's sentence frames its words as a document's ("In
// a cable, …", "according to leaked cables", a document as the subject),
// unless a setting of speech outweighs the frame.
func (k *quoteCase) documentFrame() (string, bool) {
	k.readFrames()
	if k.frame < 0 || k.spokenOutweighs() || k.frameInWhatWasSaid() || k.framePt == k.c.pt && k.counteredAfter(k.frame) {
		return "", false
	}
	return wordsAround(k.framePt, k.frame), true
}

// counteredAfter reports that a clause "but" sets against the document
// named at item f of the quote's sentence says the quote, someone else
// saying it: "So far the cables have included minor embarrassments, but
// London said it expected “more”".
func (k *quoteCase) counteredAfter(f int) bool {
	c := &k.c
	pt := c.pt
	if f >= c.qi || pt.sentStart(f) != pt.sentStart(c.qi) {
		return false
	}
	for j := f + 1; j < c.qi; j++ {
		if !pt.lenMayBe(j, 3) || !pt.isWord(j, "but") && !pt.isWord(j, "yet") {
			continue
		}
		for v := j + 1; v < c.qi && v <= j+6; v++ {
			if !pt.isVerbAt(v) || writingVerb(pt.word(v)) {
				continue
			}
			src := k.a.subjectOf(pt, v, j+1, pt.sentStart(v))
			return src.kind != srcDoc && !k.a.writesCables(src)
		}
	}
	return false
}

// frameInWhatWasSaid reports a frame that only names a document inside
// what a person said, the quote not in its content: "the prime minister
// said the tactics described in the cable left Poland “stripped of all
// illusions”" gives the minister's words; "said the envoy suggested in a
// cable that he knew of “thefts”" gives the cable's.
func (k *quoteCase) frameInWhatWasSaid() bool {
	pt, f, c := k.framePt, k.frame, &k.c
	if pt != c.pt {
		return false
	}
	s := pt.sentStart(f)
	if !saysFirst(pt, s, f) || !k.a.mainSubject(pt, s, f).personish() {
		return false
	}
	for j := f + 1; j < c.qi; j++ {
		if pt.isWord(j, "that") || pt.isWord(j, ":") {
			return false
		}
	}
	return c.qi > f
}

// paragraphFrame: a sentence earlier in the paragraph framed what is told
// as a document's, and the quote's own sentence names no one else speaking;
// unless a setting of speech outweighs the frame.
func (k *quoteCase) paragraphFrame() (string, bool) {
	k.readFrames()
	if k.paraFrame < 0 || k.a.ownSpeaker(&k.c) || k.spokenOutweighs() || k.speechGoesOn() {
		return "", false
	}
	return wordsAround(k.c.pt, k.paraFrame), true
}

// documentLinkEndsParagraph: the paragraph ends on a document's noun
// alone, after a colon or a sentence's end ("…: Cable.", "… . Memo."),
// as a list of highlights links each item to its cable: the item's
// quotes are the cable's unless a cue gives them to someone speaking.
func (k *quoteCase) documentLinkEndsParagraph() (string, bool) {
	c := &k.c
	pt := c.ptL
	e := len(pt.items)
	if e > 0 && pt.isPunctAt(e-1) {
		e--
	}
	if e < 2 {
		return "", false
	}
	endsBefore := pt.isWord(e-2, ":") || pt.isWord(e-2, ".") || pt.items[e-2].tok < 0 && pt.quoteEndsSentence(e-2) // (“… stories.” Cable.)
	if !pt.is(e-1, lex.Doc) || !endsBefore || k.a.ownSpeaker(c) || k.a.spokenCue(c) {
		return "", false
	}
	return wordsAround(pt, e-1), true
}

// speechGoesOn reports a quote after the paragraph's frame whose speaker
// spoke the quote before it in the paragraph, after that frame: "The
// cables depict … . “…,” Calderon told the Post. “…”" goes on speaking.
func (k *quoteCase) speechGoesOn() bool {
	c, a := &k.c, k.a
	if c.prevQ < 0 || a.kind[c.prevQ] != model.Speech || a.speaker[c.prevQ] < 0 || a.speaker[c.prevQ] != a.speaker[k.q] {
		return false
	}
	return c.pt.quoteItem(c.prevQ) > k.paraFrame
}

// spokenOutweighs reports a setting of speech in the quote's sentences
// ("he said at a press conference", "he joked") that outweighs a document
// named elsewhere in the paragraph, unless a document is its sentence's
// subject.
func (k *quoteCase) spokenOutweighs() bool {
	if k.outweighs == 0 {
		c := &k.c
		k.outweighs = 1
		if k.a.spokenCue(c) && k.a.mainSubject(c.pt, c.pt.sentStart(c.qi), c.qi).kind != srcDoc {
			k.outweighs = 2
		}
	}
	return k.outweighs == 2
}

// describedInDocument: someone "is described as" or "was portrayed as"
// the quote in a story that has just named a document.
func (k *quoteCase) describedInDocument() (string, bool) {
	c := &k.c
	if from, _ := labelAgent(c.pt, c.qi); c.before.passive && describing[c.before.verb] && k.a.docContext(c.pt, c.qi) && (from < 0 || from < c.qi) {
		return wordsBefore(c.bpt, c.bqi), true // (not "described as “…” by Ivo Lund": his label)
	}
	return "", false
}

// theWriterReports: the quote's speaker writes the story's cables (an
// ambassador, the writer of the last cable passage) and the cue reports
// as a cable does ("described", "reported", "warned"), in no setting of
// speech.
func (k *quoteCase) theWriterReports() (string, bool) {
	c := &k.c
	if k.cueSpeaker < 0 || !k.a.writer(k.cueSpeaker) || k.a.spokenCue(c) {
		return "", false // (not on Facebook, at a briefing: a writer speaks there)
	}
	switch {
	case writerReports[c.before.verb]:
		return wordsBefore(c.bpt, c.bqi), true
	case writerReports[c.after.verb]:
		return wordsAfter(c.ptL, c.aqi), true
	}
	return "", false
}

// writerRoleReports: the cue's subject is an office that writes cables,
// unnamed ("the ambassador", "the envoy"), the cue reports as a cable does
// ("reported", "warned", "noted"), in no setting of speech, and the story
// has named a document before: the ambassador's report is the cable.
func (k *quoteCase) writerRoleReports() (string, bool) {
	c := &k.c
	if !c.before.found || c.before.src.kind != srcRole || !writerRole(c.before.src.word) || !roleReportVerbs[c.before.verb] ||
		k.a.spokenCue(c) || !k.a.docsWithin(c.bpt, c.bqi, c.bpi) {
		return "", false
	}
	pt, at := c.bpt, c.before.src.at
	if foreignRole(pt, pt.sentStart(c.bqi), at) || docBetween(pt, at, c.bqi) {
		// "The Chinese ambassador warned", "Kandia's envoy noted": not the
		// cables' writer; "the ambassador noted that the cables did “…”":
		// one who speaks of the leak
		return "", false
	}
	return wordsBefore(c.bpt, c.bqi), true
}

// roleReportVerbs are the verbs of writerReports an unnamed ambassador
// does only in writing: one who "warned" or "noted" may have said it to
// reporters about the leak ("The ambassador warned that the release had
// put “lives at risk”").
var roleReportVerbs = map[string]bool{"reported": true, "reports": true, "observed": true, "observes": true,
	"assessed": true, "concluded": true}

// foreignRole reports a role that is another country's: a nationality
// or an owner between its determiner and it ("the Chinese ambassador",
// "Kandia's envoy"; not "the US ambassador", nor "But the ambassador"),
// or "of" or "from" a place after it ("the ambassador of Kandia", "the
// ambassador from Beijing"; not "the ambassador to Kandia": the US one).
func foreignRole(pt *paraText, s, at int) bool {
	for k := at - 1; k >= s && k >= at-roleQualifierReach; k-- {
		t, ok := pt.tok(k)
		if !ok || !t.Word || pt.isVerbAt(k) || pt.is(k, lex.Determiner) {
			break
		}
		if (t.Cap || t.Poss) && !american(pt, k) {
			return true
		}
	}
	switch {
	case pt.isWord(at+1, "to"):
		// "the ambassador to Washington", "to the United States": a
		// foreign envoy posted there
		return americanPlace(pt, pastThe(pt, at+2))
	case pt.isWord(at+1, "of") || pt.isWord(at+1, "from"):
		j := pastThe(pt, at+2)
		t, ok := pt.tok(j)
		return ok && t.Word && t.Cap && !american(pt, j) && !strings.EqualFold(pt.word(j), "united")
	}
	return false
}

// pastThe returns item i, or the one after it when it is "the".
func pastThe(pt *paraText, i int) int {
	if pt.isWord(i, "the") {
		return i + 1
	}
	return i
}

// americanPlace reports the United States named at item j: "Washington",
// "United States", "US", "U.S.".
func americanPlace(pt *paraText, j int) bool {
	switch strings.ToLower(pt.word(j)) {
	case "washington", "us", "u.s.":
		return true
	case "united":
		return strings.EqualFold(pt.word(j+1), "states") // (not "the United Nations")
	}
	return false
}

// roleQualifierReach is how far before a role its nationality may stand:
// "the newly arrived Chinese ambassador".
const roleQualifierReach = 4

// docBetween reports a document or a disclosure named between items b and
// e: what the cue's subject speaks of ("the cables", "the disclosures",
// "leaks of this kind").
func docBetween(pt *paraText, b, e int) bool {
	for k := b + 1; k < e; k++ {
		if pt.is(k, lex.Doc) || pt.in(k, disclosureNounMark) {
			return true
		}
	}
	return false
}

// quoteGoesOn: no cue attributes the quote, and the quote before it in the
// paragraph was a cable passage: the passage goes on.
func (k *quoteCase) quoteGoesOn() (string, bool) {
	c := &k.c
	if !noCue(c) || c.prevQ < 0 || k.a.kind[c.prevQ] != model.Cable {
		return "", false
	}
	return k.a.quoteStart(c.prevQ), true
}

// storyGoesOnQuoting: no cue attributes the quote (nor names whoever
// speaks it, "…, according to Ruiz"), it opens its paragraph
// or follows no other quote there, it is no title, and the story quoted a
// cable passage at most two paragraphs before.
func (k *quoteCase) storyGoesOnQuoting() (string, bool) {
	c, a, q := &k.c, k.a, k.q
	if !noCue(c) || c.prevQ >= 0 || q == 0 || c.first-a.found[q-1].Spans[0].Paragraph > 2 ||
		a.kind[q-1] != model.Cable || titleCase(a.found[q], c.pt.text) || quotedHeading(c) ||
		a.speaker[q] >= 0 && speakingBefore(c.pt, c.qi) || k.cueSpeaker >= 0 {
		return "", false
	}
	return a.quoteStart(q - 1), true
}

// speakingBefore reports a verb of speech no cable writes ("speaking",
// "told") in the quote's sentence before item qi: "Speaking to lawyers
// last week, Ruiz condemned the leak as “…”" was said aloud.
func speakingBefore(pt *paraText, qi int) bool {
	for j := pt.sentStart(qi); j < qi; j++ {
		if pt.is(j, lex.SpeechOnly) {
			return true
		}
	}
	return false
}

// quotedHeading reports a quote that is its paragraph, whole, and ends no
// sentence: a heading set in quote marks (‘Envoy wanted the port’), which
// goes on with no passage before it.
func quotedHeading(c *quoteCues) bool {
	return c.first == c.last && c.qi == 0 && len(c.pt.items) == 1 && !c.pt.quoteEndsSentence(c.qi)
}

// writerGoesOn reports a quote whose speaker may go on writing a document:
// it has a speaker, no verb or setting of speech in its sentences, and no
// setting of speech earlier in its paragraph ("“…,” Lowe said at a news
// conference. “Not ever.”", "Speaking to lawyers, Lowe called it “…”").
func (k *quoteCase) writerGoesOn() bool {
	if k.goOn == 0 {
		c, a := &k.c, k.a
		k.goOn = 1
		if a.speaker[k.q] >= 0 && !speechOnlyVerb(c.before.verb) && !speechOnlyVerb(c.after.verb) &&
			!a.spoken(c.pt, c.qi) && !a.spoken(c.ptL, c.qiL) && !spokenSetting(c.pt, 0, c.pt.sentenceEnd(c.qi)) &&
			!speakingBefore(c.pt, c.qi) {
			k.goOn = 2
		}
	}
	return k.goOn == 2
}

// sameWriterGoesOn: the speaker of the last cable passage, quoted in this
// paragraph or the one before, goes on in the same document ("In a cable,
// the envoy wrote …¶Gray added: “…”"), when they write the story's cables:
// a minister whose words a cable reported speaks for himself after.
func (k *quoteCase) sameWriterGoesOn() (string, bool) {
	c, a, q := &k.c, k.a, k.q
	if !k.writerGoesOn() || q == 0 || a.speaker[q] != a.speaker[q-1] || a.kind[q-1] != model.Cable || !a.writer(a.speaker[q]) ||
		a.found[q-1].Spans[len(a.found[q-1].Spans)-1].Paragraph < c.first-1 {
		return "", false
	}
	return a.quoteStart(q - 1), true
}

// reportedlyGoesOn: the speaker of the last cable passage, quoted in this
// paragraph or the one before, goes on "reportedly" ("In one memo, Sir X
// is said to have warned, “…” X also reportedly described …"): the
// report is the same documents', though X need not have written them.
func (k *quoteCase) reportedlyGoesOn() (string, bool) {
	c, a, q := &k.c, k.a, k.q
	if q == 0 || a.speaker[q] < 0 || a.speaker[q] != a.speaker[q-1] || a.kind[q-1] != model.Cable ||
		a.found[q-1].Spans[len(a.found[q-1].Spans)-1].Paragraph < c.first-1 || spokenSetting(c.pt, c.pt.sentStart(c.qi), c.pt.sentenceEnd(c.qi)) {
		return "", false // ("reportedly told ministers" is reported too: no check of the verb)
	}
	for j := c.pt.sentStart(c.qi); j < c.qi; j++ {
		if c.pt.isWord(j, "reportedly") {
			return wordsAround(c.pt, j), true
		}
	}
	return "", false
}

// speakerGoesOnInDocument: the quote before, in this paragraph or the
// one before, was a cable passage of the same named speaker, who goes on
// ("also", "added"), and nothing in this quote's sentences sets the words
// anywhere else: no verb only speech has, no setting of speech, no day of
// this week, no "I" in the words ("According to the cable, Qadir said
// …¶Qadir also said …"). Without "also", the story may have turned to
// what the speaker says now ("Qadir said: “…”").
func (k *quoteCase) speakerGoesOnInDocument() (string, bool) {
	c, a, q := &k.c, k.a, k.q
	if q == 0 || a.speaker[q] < 0 || a.speaker[q] != a.speaker[q-1] || a.kind[q-1] != model.Cable ||
		a.found[q-1].Spans[len(a.found[q-1].Spans)-1].Paragraph < c.first-1 || !k.writerGoesOn() || a.spokenCue(c) ||
		onWeekday(c.pt, c.pt.sentStart(c.qi), c.pt.sentenceEnd(c.qi)) || saysI(a.found[q], a.paras) {
		return "", false
	}
	if at := goesOnWord(c); at >= 0 && !answersNow(c.pt, c.pt.sentStart(c.qi), c.qi) {
		return wordsAround(c.pt, at), true
	}
	return "", false
}

// reactionVerbs answer a leak or a report ("also rejected", "also denied").
var reactionVerbs = lex.MustSet(words, "words/reaction-verbs.txt")

// answersNow reports, in items [s, e) before a quote, a verb that answers
// a leak ("Qadir also denied the remark") or a word naming a document or
// the leak ("Qadir also called the leak …", "also rejected the report"):
// the speaker speaks of it now.
func answersNow(pt *paraText, s, e int) bool {
	for j := s; j < e; j++ {
		if pt.is(j, lex.Doc) || pt.in(j, disclosureNounMark) || pt.in(j, docLikeNounMark) || reactionVerbs[pt.word(j)] {
			return true
		}
	}
	return false
}

// goesOnWord returns the item of the word that tells the quote's speaker
// goes on: "also" before the quote in its sentence, or a cue verb
// "added", "continued", "went on"; or -1.
func goesOnWord(c *quoteCues) int {
	for j := c.pt.sentStart(c.qi); j < c.qi; j++ {
		if c.pt.isWord(j, "also") {
			return j
		}
	}
	switch {
	case goesOnVerb(c.before.verb):
		return c.pt.sentStart(c.qi)
	case goesOnVerb(c.after.verb):
		return c.qiL
	}
	return -1
}

// goesOnVerb reports a cue verb that goes on from words before: "added",
// "continued", "went (on)".
func goesOnVerb(v string) bool {
	switch v {
	case "added", "adds", "continued", "continues", "went":
		return true
	}
	return false
}

// writerFramedBefore: the paragraph before made the speaker the subject of
// a sentence framed as a document's ("In a cable written a year later,
// Godec bemoaned the regime.¶Godec added: “…”").
func (k *quoteCase) writerFramedBefore() (string, bool) {
	c, a := &k.c, k.a
	if !k.writerGoesOn() || c.first == 0 {
		return "", false
	}
	prev := a.paras[c.first-1]
	at := a.wroteIn(prev, c.first-1, a.speaker[k.q])
	if at < 0 {
		return "", false
	}
	if k.writerSpokeJustBefore() && at < lastQuoteItem(prev) {
		return "", false // (they spoke after the frame, and go on speaking)
	}
	if a.speaksInPublicAfter(prev, at, a.speaker[k.q]) {
		return "", false // ("… according to a cable. He repeated the charge in a speech to parliament.")
	}
	return wordsAround(prev, at), true
}

// speaksInPublicAfter reports a sentence after the one holding item at,
// in the paragraph, whose subject is the person and which sets them in
// speech or in the press: "He repeated the charge in a speech to
// parliament", "He repeated it in Sunday's edition of the Kandia Herald".
func (a *attributor) speaksInPublicAfter(pt *paraText, at, person int) bool {
	for s := pt.sentenceEnd(at); s < len(pt.items); {
		e := pt.sentenceEnd(s)
		if src := a.mainSubject(pt, s, e); src.personish() && a.resolve(pt, pt.pi, src) == person {
			for k := s; k < e; k++ {
				if speechEvents[pt.word(k)] && speechEventAt(pt, k) || pressWord(pt, k) && pressSource(pt, k) {
					return true
				}
			}
		}
		if e <= s {
			break
		}
		s = e
	}
	return false
}

// spokenSettingBeatsFrame: a document framed the quote's sentence or
// paragraph, but a setting of speech outweighed it and no other rule made
// the words a cable's.
func (k *quoteCase) spokenSettingBeatsFrame() (string, bool) {
	c := &k.c
	k.readFrames()
	framed := k.frame >= 0 || k.paraFrame >= 0 && !k.a.ownSpeaker(c)
	if !framed || !k.spokenOutweighs() {
		return "", false
	}
	switch {
	case jokeVerb(c.after.verb), c.after.found && !c.before.found:
		return wordsAfter(c.ptL, c.aqi), true
	}
	return wordsBefore(c.bpt, c.bqi), true
}

// spokenSentenceGoesOn: the quote has no cue of its own, and the quote
// before it in its sentence was spoken, introduced by a cue in the
// sentence ("The authorities then said the camps were there to give
// “training” to “pupils”"), with no document named and no reporting verb
// between: the sentence's speaker goes on, whether or not the story names
// who spoke.
func (k *quoteCase) spokenSentenceGoesOn() (string, bool) {
	c, a := &k.c, k.a
	if !noCue(c) || c.prevQ < 0 || a.kind[c.prevQ] != model.Speech {
		return "", false
	}
	pt := c.pt
	pq := pt.quoteItem(c.prevQ)
	if pq < 0 || pt.sentStart(pq) != pt.sentStart(c.qi) {
		return "", false
	}
	if a.why[c.prevQ].kind.Rule != "spoken-sentence-goes-on" && !a.saidInSentence(c.prevQ, pt, pq) {
		return "", false // (a third quote of the sentence goes on as the second did)
	}
	for j := pq + 1; j < c.qi; j++ {
		if pt.is(j, lex.Doc|lex.Report) || pt.in(j, docLikeNounMark) {
			return "", false
		}
	}
	return a.quoteStart(c.prevQ), true
}

// saidInSentence reports quote q, at item qi of pt, introduced in its
// sentence by a cue of speech from someone, not a document nor "they"
// or "it" (“…,” they add: the documents, as likely as anyone).
func (a *attributor) saidInSentence(q int, pt *paraText, qi int) bool {
	if a.why[q].intro.Rule != "cue-in-sentence" {
		return false
	}
	cu := a.beforeCue(pt, qi)
	return cu.found && !cu.passive && saysAloud(cu.verb) && cu.src.kind != srcDoc && !pt.isWord(cu.src.at, "they") && !pt.isWord(cu.src.at, "it")
}

// saysAloud reports a verb of speech: "said", "says", or one only speech
// uses ("told reporters", "declared").
func saysAloud(verb string) bool {
	return verb == "said" || verb == "says" || verb == "say" || speechOnlyVerb(verb)
}

// labelInCableStory: a fragment of four words or fewer, with no cue that
// sets it in anyone's mouth, in a story that named a document before it
// ("found him “vain”"): the cables' words, a label their writers pinned.
func (k *quoteCase) labelInCableStory() (string, bool) {
	c := &k.c
	f := k.a.found[k.q]
	// (a word set before a document's noun, 'a “secret” cable', marks
	// the document, and is no label of anyone's)
	if len(f.Spans) != 1 || !noCue(c) || k.a.speaker[k.q] >= 0 || docHeadAt(c.pt, c.qi+1) || k.a.spokenCue(c) || quotedHeading(c) {
		return "", false
	}
	if c.pt.isWord(c.qi+1, "by") {
		return "", false // called “…” by someone: theirs
	}
	sp := f.Spans[0]
	text := c.pt.text[sp.Start:sp.End]
	if n := fieldsUpTo(text, 5); n > 4 || n > 1 && titleCased(text) || !k.a.docsWithin(c.pt, c.qi, c.first) {
		return "", false // (a film's or a book's title, “Charlie Wilson's War”, is a name)
	}
	return wordsBefore(c.pt, c.qi), true
}

// fieldsUpTo returns how many words strings.Fields cuts text into, up to
// most, without making the slice of them.
func fieldsUpTo(text string, most int) int {
	n := 0
	for range strings.FieldsSeq(text) {
		if n++; n == most {
			break
		}
	}
	return n
}

// titleCased reports a text whose words (as strings.Fields cuts them) all
// start with a capital, as a title's do.
func titleCased(text string) bool {
	for w := range strings.FieldsSeq(text) {
		r, _ := utf8.DecodeRuneInString(strings.TrimLeft(w, "“‘\"'(["))
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// writerInCableStory: the quote's speaker writes the story's cables (an
// ambassador, one the story gives a cable of their own), in a story that
// named a document before, and nothing sets the words in speech: not a
// verb only spoken, not a setting of speech in the paragraph so far
// (writerGoesOn), not a day of this week, not
// "I" in the words (a cable calls its writer "the Ambassador"; "I'm
// delighted," said the former ambassador, is speech).
func (k *quoteCase) writerInCableStory() (string, bool) {
	c, a := &k.c, k.a
	p := a.speaker[k.q]
	if p < 0 || !a.writer(p) || !k.writerGoesOn() || !a.docsWithin(c.pt, c.qi, c.first) || a.spokenCue(c) || k.writerSpokeJustBefore() ||
		c.before.verb == "says" || c.after.verb == "says" || // the present: to the reporter, not in a cable
		onWeekday(c.pt, c.pt.sentStart(c.qi), c.pt.sentenceEnd(c.qi)) || saysI(a.found[k.q], a.paras) {
		return "", false
	}
	return a.quoteStart(k.q), true
}

// writerSpokeJustBefore reports that the quote's speaker spoke the quote
// before it, in this paragraph or the one before: the words go on ("“…,”
// Chargé d’Affaires Jane Ruiz said in a statement.¶“It is reprehensible
// …”").
func (k *quoteCase) writerSpokeJustBefore() bool {
	a, q := k.a, k.q
	return q > 0 && a.speaker[q-1] == a.speaker[q] && a.kind[q-1] == model.Speech &&
		a.found[q-1].Spans[len(a.found[q-1].Spans)-1].Paragraph >= k.c.first-1
}

// saysI reports "I" among a quote's words: "I'm", "I’ve", "I think".
func saysI(f quotes.Found, paras []*paraText) bool {
	for _, sp := range f.Spans {
		for w := range strings.FieldsSeq(paras[sp.Paragraph].text[sp.Start:sp.End]) {
			w = strings.TrimLeft(w, "“‘\"'(")
			if w == "I" || strings.HasPrefix(w, "I’") || strings.HasPrefix(w, "I'") {
				return true
			}
		}
	}
	return false
}

// cableParagraphMarked: the quote's paragraph opens as a cable's numbered
// paragraph does, with its classification in brackets ("6. (C) Qadir
// noted …", "(SBU) The embassy …"): the story prints the cable's own
// text.
func (k *quoteCase) cableParagraphMarked() (string, bool) {
	p := strings.TrimLeft(k.c.pt.text, " ")
	if i := strings.IndexByte(p, '.'); i > 0 && i <= 3 && strings.Trim(p[:i], "0123456789") == "" {
		p = strings.TrimLeft(p[i+1:], " ") // "6."
	}
	if !strings.HasPrefix(p, "(") {
		return "", false
	}
	end := strings.IndexByte(p, ')')
	if end < 0 || end > 9 || !classificationMarks[strings.ToLower(p[1:end])] {
		return "", false
	}
	return p[:end+1], true
}

// underCableHeader: a paragraph a few below a cable's header line ("From:
// US Ambassador to Kandia Jane Ruiz"), as pages print a cable's summary
// under its header: what is said in it the cable reports, unless the
// sentence says it was said aloud ("he told a press conference").
func (k *quoteCase) underCableHeader() (string, bool) {
	c := &k.c
	if k.a.spokenCue(c) || speechOnlyVerb(c.before.verb) || speechOnlyVerb(c.after.verb) || speakingBefore(c.pt, c.qi) {
		return "", false
	}
	for pi := c.first - 1; pi >= 0 && pi >= c.first-cableHeaderReach; pi-- {
		if t := k.a.paras[pi].text; cableHeader(t) {
			return t[:min(len(t), 40)], true
		}
	}
	return "", false
}

// cableHeaderReach is how many paragraphs under a cable's header line its
// summary runs to.
const cableHeaderReach = 4

// cableHeader reports a short paragraph that is a line of a cable's
// header: its "FM AMEMBASSY PORT VELL", "SUBJECT: …" in capitals or
// "Classified By:" as the cable prints them, or a "From:" line, with no
// e-mail address, of a diplomat or a mission
// ("From: US Ambassador to Kandia Jane Ruiz"; not an e-mail's "From:
// press office, European Commission" or "From: Press Office, US Embassy").
func cableHeader(t string) bool {
	if len(t) > 200 || len(t) < 6 {
		return false
	}
	if (strings.HasPrefix(t, "FM ") || strings.HasPrefix(t, "SUBJECT:")) && strings.ToUpper(t) == t || strings.HasPrefix(t, "Classified By:") {
		return true // (in capitals, as a cable prints them: not "FM Omar Qadir said")
	}
	if !strings.EqualFold(t[:5], "from:") || strings.Contains(t, "@") {
		return false // (an e-mail's "From:" gives an address)
	}
	sender := false
	for _, w := range strings.FieldsFunc(strings.ToLower(t[5:]), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if w == "press" {
			return false // an e-mail from a mission's press office
		}
		sender = sender || senderWords[w]
	}
	return sender
}

// senderWords name who sends a cable on its "From:" line.
var senderWords = map[string]bool{"ambassador": true, "embassy": true, "amembassy": true, "consul": true, "consulate": true, "secstate": true, "chargé": true, "usmission": true, "mission": true}

// classificationMarks are a cable paragraph's classification in brackets.
var classificationMarks = lex.MustSet(words, "words/classification-marks.txt")

// passageStandsAlone: a quote of eight words or more that is a paragraph of
// its own, with no cue, no speaker and no "I" in it, in a story that named a
// document before, is a passage set off from the document, as a block quote
// is. (Words someone says stand beside their sayer; the continuation of a
// speaker's words as "I" or "we" takes that speaker, lone-quote-paragraph.)
func (k *quoteCase) passageStandsAlone() (string, bool) {
	c, a := &k.c, k.a
	if c.qi != 0 || c.before.found || c.after.found || a.speaker[k.q] >= 0 || !quoteIsParagraph(c.ptL, c.qiL) {
		return "", false
	}
	if len(strings.Fields(k.quoteText())) < standAloneWords || saysI(a.found[k.q], a.paras) || !a.docsWithin(c.pt, 0, c.first) {
		return "", false
	}
	// (not after a paragraph of speech: its words or its setting go on,
	// "He accused her of “contempt”.¶“In talking about …”")
	if c.first > 0 {
		prev := a.paras[c.first-1]
		if spokenSetting(prev, 0, len(prev.items)) {
			return "", false
		}
		// (nor after a paragraph that names no document but someone
		// other than the cables' writers, whose words these may be,
		// "Minister Omar Qadir said the leak was a crime.", or a
		// heading, "Our port")
		if prev.firstDoc < 0 && (namesSomeone(prev) && !a.namesWriter(prev) || !endsOnStop(prev)) {
			return "", false
		}
		// (nor after a paragraph whose subject, one who spoke earlier and
		// writes no cables, reports: "He underlined that the documents
		// … would not affect …")
		if a.speakerReportsIn(prev, c.first-1) {
			return "", false
		}
		// (nor after someone's speech, or a paragraph that is all speech)
		if q := k.q - 1; q >= 0 && a.kind[q] == model.Speech && a.found[q].Spans[len(a.found[q].Spans)-1].Paragraph == c.first-1 &&
			(a.speaker[q] >= 0 || quoteIsParagraph(prev, lastQuoteItem(prev))) {
			return "", false
		}
	}
	return "", true
}

// speakerReportsIn reports a paragraph pi that opens on its main subject
// and a reporting verb, the subject one who spoke before in the story and
// writes no cables: their words may go on in the next.
func (a *attributor) speakerReportsIn(pt *paraText, pi int) bool {
	if len(pt.items) == 0 {
		return false
	}
	e := pt.sentenceEnd(0)
	main := a.mainSubject(pt, 0, e)
	if main.kind != srcPerson && main.kind != srcPronoun {
		return false
	}
	v := main.at + 1
	for v < e && (pt.personAt(v) >= 0 && pt.personAt(v) == pt.personAt(main.at) || pt.is(v, lex.Skip)) {
		v++
	}
	if !pt.isVerbAt(v) || writingVerb(pt.word(v)) {
		return false
	}
	for k := range pt.items {
		if pt.items[k].tok < 0 && a.kind[pt.items[k].quote()] == model.Cable {
			return false // a cable's passage there: the next may go on with it
		}
		if pt.is(k, lex.Doc) && pt.isVerbAt(k+1) && describing[pt.word(k+1)] {
			// "Lund said the cable described his minister in the
			// harshest terms.": the cable's words may follow (not "the
			// cables reveal nothing new": his)
			return false
		}
	}
	p := a.resolve(pt, pi, main)
	return p >= 0 && !a.writer(p) && slices.Contains(a.events, p)
}

// standAloneWords is the fewest words of a passage that stands alone:
// fewer make a heading or a slogan.
const standAloneWords = 8

// saidOfDocumentRule: the sentence opens on a document and ends on
// someone saying it: what the documents show is their speech
// (saidOfDocument, read with the quote's cues).
func (k *quoteCase) saidOfDocumentRule() (string, bool) {
	if k.saidOf < 0 {
		return "", false
	}
	return wordsAround(k.c.pt, k.saidOf), true
}

// endsOnStop reports a paragraph that ends a sentence, or a quote: no
// heading.
func endsOnStop(pt *paraText) bool {
	n := len(pt.items)
	return n > 0 && (pt.items[n-1].tok < 0 || pt.isWord(n-1, ".") || pt.isWord(n-1, "?") || pt.isWord(n-1, "!"))
}

// lastQuoteItem returns the item of a paragraph's last quote, or -1.
func lastQuoteItem(pt *paraText) int {
	for i := len(pt.items) - 1; i >= 0; i-- {
		if pt.items[i].tok < 0 {
			return i
		}
	}
	return -1
}

// namesWriter reports a paragraph that names one who writes the story's
// cables, or an ambassador or envoy: "In it, the ambassador recounts a
// dinner with the minister."
func (a *attributor) namesWriter(pt *paraText) bool {
	for j := range pt.items {
		if p := pt.personAt(j); p >= 0 && a.writer(p) || pt.items[j].tok >= 0 && writerRole(pt.word(j)) {
			return true
		}
	}
	return false
}
