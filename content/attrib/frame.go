package attrib

import (
	"cables/content/lex"
	"cables/model"
	"strings"
)

// A quote is a cable passage when the story frames its words as a
// document's. These rules read the frame of a sentence or of the
// paragraph so far; attributeOne adds the frame of the cue itself ("the
// cable said", "Godec wrote").

// frame reports whether the sentence of item i frames its quotes as a
// document's: a document is the main subject ("The memo said that the king
// told …"), "according to" names one, "in a cable" places the words in
// one, or someone wrote them.
func (a *attributor) frame(pt *paraText, i int) bool { return a.frameAt(pt, i) >= 0 }

// frameAt is frame, returning the item where the frame is read, or -1.
func (a *attributor) frameAt(pt *paraText, i int) int {
	if i < 0 {
		return -1
	}
	s, e := pt.sentStart(i), pt.sentenceEnd(i)
	return a.sentenceFrame(pt, s, e)
}

// sentenceFrame returns the item where the sentence from item s to e is
// framed as a document's, or -1; it reads each sentence once.
func (a *attributor) sentenceFrame(pt *paraText, s, e int) int {
	f := pt.frameCache(s)
	if *f == 0 {
		*f = int32(a.readFrame(pt, s, e)) + 2
	}
	return int(*f) - 2
}

func (a *attributor) readFrame(pt *paraText, s, e int) int {
	if src := a.mainSubject(pt, s, e); src.kind == srcDoc {
		return src.at
	}
	// "told German television that he regretted the leak" is no frame
	if k := a.framingWords(pt, s, e); k >= 0 && !spokenSetting(pt, s, e) {
		return k
	}
	return -1
}

// framingWords returns the item of the words of the sentence from item s
// to e that place its quotes in a document, or -1.
func (a *attributor) framingWords(pt *paraText, s, e int) int {
	verbs := 0
	for k := s; k < e; k++ {
		if pt.isVerbAt(k) {
			verbs++
		}
		if mayFrameAt(pt, k) && a.framesAt(pt, s, e, k, verbs) {
			return k
		}
	}
	return -1
}

// framesAt reports whether the words at item k of the sentence from item
// s to e place its quotes in a document; verbs counts the verbs up to k.
func (a *attributor) framesAt(pt *paraText, s, e, k, verbs int) bool {
	w := pt.word(k)
	switch {
	case w == "according" && pt.isWord(k+1, "to") || w == "as" && pt.isWord(k+1, "per"):
		return docBeforePunct(pt, k+2, e) || leakSiteAlone(pt, k+2, e)
	case w == "in":
		return inFrame(pt, s, e, k)
	case (w == "told" || w == "informed" || w == "warned") && toldTheCapital(pt, k):
		// "US diplomats told Washington …", "the ambassador told
		// Washington", "the ambassador, Jane Ruiz, told her bosses": a
		// mission tells its capital in cables
		src := a.mainSubject(pt, s, k)
		return usDiplomats(pt, src) || src.kind == srcDoc || src.kind == srcRole && writerRole(src.word) ||
			src.kind == srcPerson && a.writer(src.person)
	case pt.is(k, lex.Writing) && pt.isVerbAt(k) && w != "record" && w != "records" && w != "recorded":
		return !aboutPerson(pt, s, k) // not "Reyes, who wrote many of the cables, said …"
	}
	return pt.isVerbAt(k) && documentSays(pt, e, k, verbs)
}

// leakSiteAlone reports the leak site's name alone at item j, a comma
// after it, and a diplomat, an envoy, an embassy, officials or the State
// Department later in the sentence [j, e), which says nothing of the site
// or the leak and names no day of this week: "According to WikiLeaks, a U.S. diplomat said …" cites the
// cables it published; not "according to WikiLeaks founder …", "According
// to WikiLeaks' lawyers", nor what the site says of itself ("According to
// WikiLeaks, its servers …", "According to WikiLeaks, officials in
// Washington called the site …").
func leakSiteAlone(pt *paraText, j, e int) bool {
	if j+1 >= e || !strings.EqualFold(pt.word(j), "wikileaks") || !pt.isWord(j+1, ",") {
		return false
	}
	cited := false
	for k := j + 2; k < e; k++ {
		if pt.isWord(k, "site") || pt.isWord(k, "website") || pt.in(k, disclosureNounMark) || pt.in(k, weekdayMark) {
			return false // what officials said of the site or the leak, this week
		}
		cited = cited || writerRole(pt.word(k)) || pt.isWord(k, "diplomat") || pt.isWord(k, "diplomats") || pt.isWord(k, "embassy") ||
			pt.isWord(k, "officials") || pt.isWord(k, "state") && pt.isWord(k+1, "department")
	}
	return cited
}

// toldTheCapital reports the capital or the superiors told after the verb
// at item k: "told Washington", "told his bosses", "informed the State
// Department".
func toldTheCapital(pt *paraText, k int) bool {
	switch {
	case pt.isWord(k+1, "washington"):
		return true
	case pt.isWord(k+1, "his") || pt.isWord(k+1, "her") || pt.isWord(k+1, "their"):
		return pt.isWord(k+2, "bosses") || pt.isWord(k+2, "superiors")
	case pt.isWord(k+1, "the"):
		return pt.isWord(k+2, "state") && pt.isWord(k+3, "department")
	}
	return false
}

// inFrame reports whether "in" at item k of the sentence from item s to e
// places its quotes in a document.
func inFrame(pt *paraText, s, e, k int) bool {
	switch {
	case k == s && disclosedBeforePunct(pt, k+1, min(e, k+5)):
		// "In the first leaks by the website, it was revealed that …"
		return true
	case opensPhrase(pt, s, k):
		// "In a cable dated …", "wrote in a cable"; not "interest in
		// the cables", nor "said in an email to the agency"
		return !correspondence(pt, k+1, min(e, k+5)) && (docBeforePunct(pt, k+1, min(e, k+7)) || datedDocument(pt, k+1, e))
	case pt.in(k+1, indefiniteMark):
		// "appears in a separate cable in which he complains", "described
		// the minister in a Nov. 25, 2009, diplomatic cable as …"
		return docBeforePunct(pt, k+2, min(e, k+5)) || datedDocument(pt, k+1, e)
	}
	return false
}

// correspondence reports an email or a text message in items [from, to)
// before any punctuation: the way someone answers the press, no
// document of the leaks ("said in an email to the agency").
func correspondence(pt *paraText, from, to int) bool {
	for j := from; j < to && !pt.isPunctAt(j); j++ {
		switch pt.word(j) {
		case "email", "e-mail", "emails", "e-mails":
			return true
		case "message", "messages":
			return pt.isWord(j-1, "text")
		}
	}
	return false
}

// mayFrameAt reports whether framesAt can hold at item k: a reporting
// verb, a writing word, or a word whose first letter, lowered (0 when not
// known), may open one framesAt reads by its letters: "according", "as",
// "in", "told", "informed", "warned". Most words are none of these.
func mayFrameAt(pt *paraText, k int) bool {
	it := &pt.items[k]
	return it.verb || it.class&lex.Writing != 0 ||
		it.first == 0 || it.first == 'a' || it.first == 'i' || it.first == 't' || it.first == 'w'
}

// opensPhrase reports whether the word at item k opens a phrase of the
// sentence from item s: after its start, a comma, a verb, "and" or "but".
func opensPhrase(pt *paraText, s, k int) bool {
	return k == s || pt.isWord(k-1, ",") || pt.isVerbAt(k-1) || pt.isWord(k-1, "and") || pt.isWord(k-1, "but")
}

// docBeforePunct reports a document noun in items [from, to) before any
// punctuation.
func docBeforePunct(pt *paraText, from, to int) bool {
	for j := from; j < to && !pt.isPunctAt(j); j++ {
		if pt.is(j, lex.Doc) {
			return true
		}
	}
	return false
}

// disclosedBeforePunct reports one of the disclosure nouns ("leaks",
// "revelations") in items [from, to) before any punctuation.
func disclosedBeforePunct(pt *paraText, from, to int) bool {
	for j := from; j < to && !pt.isPunctAt(j); j++ {
		if pt.in(j, disclosureNounMark) {
			return true
		}
	}
	return false
}

// documentSays reports whether the verb at item k, the verbs-th of its
// sentence (ending at item e), has a document for its subject: "…, the
// cable said", "…, say declassified documents"; not "Assange said the
// documents revealed …", nor "Kwetey, a minister, dismissed the cables".
func documentSays(pt *paraText, e, k, verbs int) bool {
	if d := docBefore(pt, k); d >= 0 && (verbs == 1 || setOff(pt, d)) {
		return true
	}
	return pt.isWord(k-1, ",") && pt.personAt(k-2) < 0 && !pt.is(k, lex.SpeechOnly) && docAhead(pt, k+1, e)
}

// docBefore returns the document noun right before the verb at item k,
// past auxiliaries and a weekday ("cables have revealed", "cables Sunday
// showed"), or -1.
func docBefore(pt *paraText, k int) int {
	d := k - 1
	for d > 0 && d > k-3 && (pt.is(d, lex.Skip|lex.Passive) || pt.in(d, weekdayMark)) {
		d--
	}
	if pt.is(d, lex.Doc) {
		return d
	}
	return -1
}

// setOff reports whether the document noun at item k opens a phrase set
// off by a comma, as "…, the cable said, quoting him" or "…, secret
// cables reveal" are.
func setOff(pt *paraText, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if pt.isWord(j, ",") {
			return true
		}
		if pt.items[j].tok < 0 || pt.isVerbAt(j) {
			return false
		}
	}
	return false
}

// paragraphFrame returns the item where a sentence before item i's in the
// same paragraph framed the talk as a document's, or -1: "Ten days later,
// the ambassador wrote another cable … He described the house as “…”".
func (a *attributor) paragraphFrame(pt *paraText, i int) int {
	if i < 0 {
		return -1
	}
	for s := 0; s < pt.sentStart(i); {
		e := pt.sentenceEnd(s)
		if k := a.sentenceFrame(pt, s, e); k >= 0 && reports(pt, s, e) {
			return k
		}
		s = e
	}
	return -1
}

// reports reports whether a sentence tells of something said or written:
// "The cable describes a dinner" sets a scene for later quotes, "the
// documents are not gospel" does not.
func reports(pt *paraText, s, e int) bool {
	for k := s; k < e; k++ {
		if pt.items[k].tok < 0 || pt.isVerbAt(k) || pt.is(k, lex.Writing) {
			return true
		}
	}
	return false
}

// docContext reports whether "it" or "they" at item i can stand for a
// document: one was named earlier in the paragraph or in the one before.
func (a *attributor) docContext(pt *paraText, i int) bool { return a.docsWithin(pt, i, 1) }

// itGoesOn reports whether "it" at item i can stand for a document: one
// was named in its paragraph or the one before (docContext), or the
// paragraph before closed on a cable passage no one speaks, the document
// quoted at length ("Under the heading …, it says: “…”¶“…,” it added.").
func (a *attributor) itGoesOn(pt *paraText, i int) bool {
	if a.docContext(pt, i) {
		return true
	}
	if pt.pi == 0 {
		return false
	}
	prev := a.paras[pt.pi-1]
	for j := len(prev.items) - 1; j >= 0; j-- {
		if prev.items[j].tok < 0 {
			q := prev.items[j].quote()
			return a.kind[q] == model.Cable && (a.speaker[q] < 0 || a.writer(a.speaker[q])) // (the writer's words are the document's)
		}
	}
	return false
}

// docsLately reports whether a document was named before item i in its
// paragraph or in the three before: "Another, from 2018, describes" after
// a passage quoted at length.
func (a *attributor) docsLately(pt *paraText, i int) bool { return a.docsWithin(pt, i, 3) }

// docsWithin reports whether a document was named before item i in its
// paragraph or in the n paragraphs before, not counting a paragraph that
// is only a quote going on to the next ("“It is dangerous …¶“In making
// decisions …,” it said": the document named before the passage).
func (a *attributor) docsWithin(pt *paraText, i, n int) bool {
	if pt.firstDoc >= 0 && pt.firstDoc < i {
		return true
	}
	for pi := pt.pi - 1; pi >= 0 && pi >= pt.pi-n; pi-- {
		if a.paras[pi].firstDoc >= 0 {
			return true
		}
		if p := a.paras[pi]; len(p.items) == 1 && p.items[0].tok < 0 {
			n++ // (a paragraph of the passage itself)
		}
	}
	return false
}

// docAhead reports whether the words from item i on are a phrase naming a
// document ("…, said a U.S. embassy cable from Islamabad"), not the start
// of a clause about one ("said the cables were worthless", "told NDTV that
// the cables …").
func docAhead(pt *paraText, i, e int) bool {
	for j := i; j < e && j < i+5 && !pt.isPunctAt(j) && !pt.is(j, lex.Clause|lex.Prep); j++ {
		// (not "conceded at a Pentagon briefing that": a setting)
		if pt.is(j, lex.Doc) {
			// (a quote after it is what the document is called: "called
			// the cables “lies”")
			return j+1 >= e || pt.items[j+1].tok >= 0 && pt.isPunctAt(j+1) || pt.is(j+1, lex.Prep|lex.ParticipleBy|lex.Clause)
		}
	}
	return false
}

// spokenSetting reports whether the sentence from item s to e sets its
// words in speech: an interview, television, a press conference, a joke.
// A briefing or a statement can be a document too, so they do not count.
func spokenSetting(pt *paraText, s, e int) bool {
	s, e = max(s, 0), min(e, len(pt.items))
	if s < e && pt.sentStart(s) == s && pt.sentenceEnd(s) == e {
		// a whole sentence, as most rules ask: read once
		c := &pt.sentences[pt.sentOf[s]].spoken
		if *c == 0 {
			*c = 1
			if spokenIn(pt, s, e) {
				*c = 2
			}
		}
		return *c == 2
	}
	return spokenIn(pt, s, e)
}

// spokenIn is spokenSetting read from the items s to e.
func spokenIn(pt *paraText, s, e int) bool {
	for k := s; k < e; k++ {
		if pt.items[k].class&(lex.Spoken|lex.Joke) == 0 {
			continue // (most words: one test of the item before the rule's)
		}
		if pt.is(k, lex.Spoken) && !pt.is(k, lex.Doc) && !subjectOfVerb(pt, k) && !namedBody(pt, s, k) || pt.is(k, lex.Joke) {
			// (not "parliament would back the purchase": a subject)
			return true
		}
	}
	return false
}

// subjectOfVerb reports a word at item k that an auxiliary or an adverb
// follows, as a subject's verb would ("parliament would back"), not a day
// ("told reporters today").
func subjectOfVerb(pt *paraText, k int) bool {
	return pt.is(k+1, lex.Skip|lex.Passive) && !pt.isWord(k+1, "today") && !pt.isWord(k+1, "yesterday")
}

// aboutPerson reports whether item k sits in a relative clause about a
// person ("who wrote or signed many of the dispatches"): the clause
// describes the speaker, it does not frame the words as a document's.
func aboutPerson(pt *paraText, s, k int) bool {
	for j := k - 1; j >= s && j >= k-3; j-- {
		if w := pt.word(j); w == "who" || w == "whom" {
			return true
		}
		if pt.isPunctAt(j) {
			return false
		}
	}
	return false
}
