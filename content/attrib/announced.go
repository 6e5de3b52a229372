package attrib

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"cables/content/lex"
)

// More frames from further away than the cue (issue 11): a line that
// announces the documents' content, the cables' writers reporting that
// something happened, "he is reported as saying", a document named at the
// start of the next paragraph.

// A line that announces the documents' content ("The leaks also reveal:",
// "From a cable of May 2009:") frames the paragraph after it, and the
// list of bullets or a cable's numbered paragraphs ("2. (S) …") that goes
// on under it.

// disclosureNouns stand for the leaked documents in a line that announces
// what they disclose.
var disclosureNouns = lex.MustSet(words, "words/disclosure-nouns.txt")

// listMarks open an item of a list.
var listMarks = lex.MustSet(words, "words/list-marks.txt")

// maxAnnounced is how many paragraphs a line that announces the documents'
// content frames: the paragraph after it and the list that goes on.
const maxAnnounced = 8

// announcesDocuments returns the item where paragraph pt ends in a colon
// after a sentence that names a document or the leaks and gives them to no
// one speaking, or -1.
func (a *attributor) announcesDocuments(pt *paraText) int {
	n := len(pt.items)
	if n < 2 || !pt.isWord(n-1, ":") {
		return -1
	}
	s := pt.sentStart(n - 1)
	if spokenSetting(pt, s, n) {
		return -1
	}
	doc, writes := -1, false
	for j := s; j < n; j++ {
		if pt.items[j].tok < 0 {
			return -1 // a quote of its own
		}
		if doc < 0 && (pt.is(j, lex.Doc) || pt.in(j, disclosureNounMark)) {
			doc = j
		}
		writes = writes || pt.is(j, lex.Writing) && pt.isVerbAt(j)
	}
	if doc >= 0 && !(writes && writtenIn(pt, doc)) && a.mainSubject(pt, s, n).personish() {
		// "The minister said of the cables:", "Angered by the cable,
		// Qadir wrote on his blog:"; but "In the cable summary, the
		// ambassador wrote of him as follows:" gives the cable's text
		return -1
	}
	return doc
}

// writtenIn reports "in" a few words before the document noun at item
// doc: the document is where the words were written ("In the cable
// summary", "in a confidential cable").
func writtenIn(pt *paraText, doc int) bool {
	for k := doc - 1; k >= 0 && k >= doc-3; k-- {
		if pt.isWord(k, "in") || pt.isWord(k, "In") {
			return !pt.is(k-1, lex.Report) && !pt.isVerbAt(k-1) && !clauseBefore(pt, k) // not "who features in the cables"
		}
		if pt.isPunctAt(k) {
			return false
		}
	}
	return false
}

// clauseBefore reports a clause word (who, which, that) before item k in
// its sentence.
func clauseBefore(pt *paraText, k int) bool {
	for j := k - 1; j >= pt.sentStart(k); j-- {
		if pt.is(j, lex.Clause) {
			return true
		}
	}
	return false
}

// listItem reports whether paragraph pt is an item of a list: it opens
// with a list mark, or with a cable's paragraph number and
// classification ("2. (S)").
func listItem(pt *paraText) bool {
	text := strings.TrimLeft(pt.text, " \t")
	if text == "" || text[0] < 0x80 && text[0] != '*' && text[0] != '-' && (text[0] < '0' || text[0] > '9') {
		return false // most paragraphs open with a letter or a quote mark
	}
	if _, size := utf8.DecodeRuneInString(text); size > 0 && listMarks[text[:size]] {
		r, _ := utf8.DecodeRuneInString(text[size:])
		return unicode.IsSpace(r) // ("-3 degrees" opens no item)
	}
	i := 0
	for i < len(text) && text[i] >= '0' && text[i] <= '9' {
		i++
	}
	return i > 0 && i <= 3 && strings.HasPrefix(text[i:], ". (")
}

// announcedByColon: the paragraph before the quote's ends in a colon that
// announces the documents' content ("The leaks also reveal:", "From a
// recent cable, emphasis ours:"), or the quote's paragraph is an item of
// a list under such a line, and nothing in the quote's sentence sets it
// in speech: what the quote's paragraph tells, the documents recorded.
func (k *quoteCase) announcedByColon() (string, bool) {
	c, a := &k.c, k.a
	for cur := c.first; cur > 0 && cur > c.first-maxAnnounced; cur-- {
		prev := a.paras[cur-1]
		if at := a.announcesDocuments(prev); at >= 0 {
			if spokenSetting(c.pt, c.pt.sentStart(c.qi), c.pt.sentenceEnd(c.qi)) && !jokedWithAmericans(c.pt, c.pt.sentStart(c.qi), c.qi) {
				return "", false
			}
			return wordsAround(prev, at), true
		}
		if !listItem(a.paras[c.first]) || !listItem(prev) && !subheading(prev) {
			break // (a list's subheadings, "On Iran's nuclear push:", go on)
		}
	}
	return "", false
}

// subheading reports a short line of a list that ends in a colon and
// heads the items under it: "On Iran's nuclear push:".
func subheading(pt *paraText) bool {
	n := len(pt.items)
	return n >= 2 && n <= 10 && pt.isWord(n-1, ":") && !strings.ContainsAny(pt.text, "“”\"")
}

// listOfRevelations: the quote's paragraph is an item of a list of at
// least minRevelations, and a paragraph just above the list names the
// documents' revelations ("These are the key revelations from the embassy
// cables", no colon needed), and nothing in the quote's sentence sets it
// in speech: each item tells what the documents recorded.
func (k *quoteCase) listOfRevelations() (string, bool) {
	c, a := &k.c, k.a
	if !listItem(c.pt) {
		return "", false
	}
	first, last := c.first, c.first
	for first > 0 && listItem(a.paras[first-1]) {
		first--
	}
	for last+1 < len(a.paras) && listItem(a.paras[last+1]) {
		last++
	}
	if last-first+1 < minRevelations {
		return "", false
	}
	if spokenSetting(c.pt, c.pt.sentStart(c.qi), c.pt.sentenceEnd(c.qi)) && !jokedWithAmericans(c.pt, c.pt.sentStart(c.qi), c.qi) {
		return "", false
	}
	for p := first - 1; p >= 0 && p >= first-revelationsReach; p-- {
		if at := a.namesRevelations(a.paras[p]); at >= 0 {
			return wordsAround(a.paras[p], at), true
		}
	}
	return "", false
}

// minRevelations is the shortest list listOfRevelations reads as the
// documents' revelations; revelationsReach is how many paragraphs above the
// list the line naming them may stand.
const (
	minRevelations   = 3
	revelationsReach = 2
)

// namesRevelations returns the item of a disclosure noun that a document
// follows in a sentence of pt that no one speaks ("the key revelations
// from the embassy cables"), or -1.
func (a *attributor) namesRevelations(pt *paraText) int {
	for s := 0; s < len(pt.items); {
		e := pt.sentenceEnd(s)
		for j := s; j < e; j++ {
			if pt.items[j].tok >= 0 && pt.in(j, disclosureNounMark) && docBeforePunct(pt, j+1, min(e, j+revelationsToDoc)) &&
				!spokenSetting(pt, s, e) && !a.mainSubject(pt, s, e).personish() {
				return j
			}
		}
		s = e
	}
	return -1
}

// revelationsToDoc is how far after the disclosure noun its document may
// stand: "revelations from the United States embassy cables".
const revelationsToDoc = 8

// jokedWithAmericans reports a joke made to an American before item qi
// in its sentence from item s ("joked with US General Lane about"): the
// cable of the meeting recorded it, as it records what was told them.
func jokedWithAmericans(pt *paraText, s, qi int) bool {
	for k := s; k < qi; k++ {
		if !pt.is(k, lex.Joke) || !pt.isWord(k+1, "with") && !pt.isWord(k+1, "to") {
			continue
		}
		for j := k + 2; j < qi && j <= k+5 && !pt.isPunctAt(j); j++ {
			if inLowered(americanWords, pt.word(j)) || writerRole(pt.word(j)) {
				return !spokenSetting(pt, s, k) && !spokenSetting(pt, k+1, pt.sentenceEnd(qi))
			}
		}
	}
	return false
}

// writersReportReach is how far after the writers of the cables their
// verb of reporting may stand: "diplomats in Cairo reporting in January
// 2008 that".
const writersReportReach = 8

// writersReportThat returns the item of the writers of the cables in the
// quote's sentence, before item qi, who report that the quote's clause
// happened ("with diplomats in Cairo reporting that the chief had
// described Tehran as “…”", "the embassy noted that"), or -1.
func writersReportThat(pt *paraText, qi int) int {
	s := pt.sentStart(qi)
	for v := s + 1; v < qi; v++ {
		if !pt.is(v, lex.Report) && !pt.isWord(v, "reporting") {
			continue // (a reporting verb is rarer than a describer's word)
		}
		if w := pt.word(v); !missionVerbs[w] && w != "reporting" && w != "noting" && w != "writing" {
			continue
		}
		for d := v - 1; d >= s && d >= v-writersReportReach; d-- {
			if pt.items[d].tok < 0 || pt.isPunctAt(d) {
				break
			}
			if pt.in(d, describerMark) {
				return thatBefore(pt, v, qi, d)
			}
		}
	}
	return -1
}

// thatBefore returns d when "that" stands between items v and qi, else -1.
func thatBefore(pt *paraText, v, qi, d int) int {
	for t := v + 1; t < qi; t++ {
		if pt.isWord(t, "that") {
			return d
		}
	}
	return -1
}

// writersReportThatRule: the cables' writers report, in the quote's
// sentence, that what it tells happened ("with diplomats in Cairo
// reporting that the chief had described Tehran as “…”"), and nothing
// sets the sentence in speech: the words are the cables'.
func (k *quoteCase) writersReportThatRule() (string, bool) {
	c := &k.c
	d := writersReportThat(c.pt, c.qi)
	if d < 0 || k.a.spokenCue(c) {
		return "", false
	}
	return wordsAround(c.pt, d), true
}

// reportedReach is how far before the quote "is reported as saying" may
// stand: "the judge is reported as saying he has information that certain
// parties operate “…”".
const reportedReach = 16

// reportedSaying returns the item of the subject of "he is reported as
// saying" (or telling, in any tense) or "he is quoted (as) telling" (in the
// present: "was quoted as saying" is the press's) before quote item qi in
// its sentence, or -1.
func reportedSaying(pt *paraText, qi int) int {
	s := pt.sentStart(qi)
	for k := qi - 1; k >= s+3 && k >= qi-reportedReach; k-- {
		if !pt.is(k, lex.Report) || !pt.isWord(k, "saying") && !pt.isWord(k, "telling") {
			continue
		}
		v := k - 1
		if pt.isWord(v, "as") {
			v--
		}
		switch {
		case v-1 < s:
		case pt.isWord(v, "reported") && pt.is(v-1, lex.Passive):
			return v - 2
		case pt.isWord(v, "quoted") && (pt.isWord(v-1, "is") || pt.isWord(v-1, "are")):
			return v - 2 // "Qadir is quoted telling": the present of what a document holds
		}
	}
	return -1
}

// reportedAsSaying: someone "is reported as saying" the words, in a
// paragraph that follows a document named in it or the one before ("Iran,
// he is reported as saying, was “…”"): the documents report them.
func (k *quoteCase) reportedAsSaying() (string, bool) {
	c := &k.c
	at := reportedSaying(c.pt, c.qi)
	if at < 0 || !k.a.docContext(c.pt, c.qi) || k.a.spokenCue(c) {
		return "", false
	}
	return wordsAround(c.pt, at), true
}

// reportedSayer: someone "is reported as saying" the words ("Iran, he is
// reported as saying, was “…”"): they speak them, not whoever the
// passive makes them.
func (k *quoteCase) reportedSayer() (speaking, string, bool) {
	c := &k.c
	at := reportedSaying(c.pt, c.qi)
	if at < 0 {
		return speaking{}, "", false
	}
	if p := c.pt.personAt(at); p >= 0 {
		return speaking{person: p, byCue: true}, wordsAround(c.pt, at), true
	}
	if w := c.pt.word(at); w == "he" || w == "she" {
		p := k.a.pronoun(c.pt, c.first, at, w)
		return speaking{person: p, byCue: true}, wordsAround(c.pt, at), p >= 0
	}
	if c.pt.is(at, lex.RoleNoun) && c.pt.is(at-1, lex.Determiner) {
		// "the judge is reported as saying": whom the story gave the title
		p := k.a.resolve(c.pt, c.first, source{kind: srcRole, word: c.pt.word(at), at: at})
		return speaking{person: p, byCue: true}, wordsAround(c.pt, at), p >= 0
	}
	return speaking{}, "", false
}

// nextParagraphReach is how many words into the next paragraph the
// document that frames a quote ending the paragraph before may stand: "So
// begins a cable from …", "That cable, sent in 2009, …".
const nextParagraphReach = 6

// frameNextParagraph: no cue attributes the quote, it ends its paragraph,
// and the next paragraph opens by naming the document it comes from ("“…”¶So
// begins a cable from a diplomat at the embassy"): the document's words.
func (k *quoteCase) frameNextParagraph() (string, bool) {
	c, a := &k.c, k.a
	pt, qi := c.ptL, c.qiL
	if !noCue(c) || a.speaker[k.q] >= 0 || qi < 0 || pt.sentenceEnd(qi) < len(pt.items) || c.last+1 >= len(a.paras) {
		return "", false
	}
	next := a.paras[c.last+1]
	e := min(len(next.items), nextParagraphReach)
	if e > 0 {
		e = min(e, next.sentenceEnd(0))
	}
	for j := 0; j < e; j++ {
		if next.items[j].tok < 0 || next.personAt(j) >= 0 {
			return "", false // a quote, or someone, first
		}
		if next.is(j, lex.Doc) {
			return wordsAround(next, j), true
		}
		if next.isWord(j, "according") && next.isWord(j+1, "to") {
			// "This is according to claims in a report from US
			// diplomats": the whole phrase names the source
			for d := j + 2; d < next.sentenceEnd(0) && !next.isPunctAt(d) && next.personAt(d) < 0; d++ {
				if next.is(d, lex.Doc) {
					return wordsAround(next, d), true
				}
			}
			return "", false
		}
	}
	return "", false
}
