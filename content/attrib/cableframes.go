package attrib

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"cables/content/lex"
)

// Frames that make a quote a cable passage from further away than its cue:
// after the quote, a sentence later, the paragraph before, a date inside
// the frame, a name the story gives, words told to Americans.

// Words told to Americans: what someone "told U.S. diplomats", "told the
// American ambassador" or "told the Americans" is known from the cables
// that recorded it.

// americanWords make the one told an American official.
var americanWords = lex.MustSet(words, "words/american-words.txt")

// toldAmericans returns the item of "told" or "telling" before item qi in
// its sentence whose object is American ("told a senior U.S. official",
// "telling the Americans"), or -1.
func toldAmericans(pt *paraText, qi int) int {
	for k := pt.sent[qi]; k < qi; k++ {
		if toldAmerican(pt, k, qi) {
			return k
		}
	}
	return -1
}

// toldAmericansAfter returns the item of "told" or "telling" in the cue
// right after quote item qi whose object is American ("“…,” he told U.S.
// ambassador Jane Ruiz"), or -1.
func toldAmericansAfter(pt *paraText, qi int) int {
	e := min(pt.sentenceEnd(qi), qi+afterTellReach)
	for k := qi + 1; k < e; k++ {
		if pt.items[k].tok < 0 {
			return -1
		}
		if toldAmerican(pt, k, pt.sentenceEnd(qi)) {
			return k
		}
	}
	return -1
}

// afterTellReach is how far after a quote the "told" of its cue may stand
// ("“…,” the minister reportedly told").
const afterTellReach = 6

// toldAmerican reports "told" or "telling" at item k whose object, before
// item e, is American.
func toldAmerican(pt *paraText, k, e int) bool {
	if !pt.is(k, lex.Report) || !pt.isWord(k, "told") && !pt.isWord(k, "telling") {
		return false
	}
	for j := k + 1; j < e && j <= k+4 && !pt.isPunctAt(j) || pt.isWord(j, "."); j++ {
		// ("U.S." may stand as "U.S" and ".")
		if americanWords[strings.ToLower(pt.word(j))] {
			return true
		}
	}
	return false
}

// toldTheMission reports whether the one told at item k ("told the US
// Embassy in Madrid", "told American diplomats", "told the U.S.
// ambassador") is a mission, its diplomats or its ambassador: what they were told is known from their cables, whether or
// not the story named a document before.
func toldTheMission(pt *paraText, k int) bool {
	for j := k + 1; j < len(pt.items) && j <= k+4 && !pt.isPunctAt(j) || pt.isWord(j, "."); j++ {
		if w := pt.word(j); describers[w] || writerRoles[w] {
			return true
		}
	}
	return false
}

// toldTheAmericans: the quote's sentence says someone told American
// officials the words, before the quote or in its cue after it ("“…,” he
// told U.S. ambassador Jane Ruiz"), in a story that named a document
// before or to an American mission, and nothing sets the sentence in
// speech.
func (k *quoteCase) toldTheAmericans() (string, bool) {
	c := &k.c
	pt, t := c.pt, toldAmericans(c.pt, c.qi)
	if t < 0 {
		pt, t = c.ptL, toldAmericansAfter(c.ptL, c.qiL)
	}
	if t < 0 || !k.a.docsWithin(c.pt, c.qi, c.first) && !toldTheMission(pt, t) || k.a.spokenCue(c) {
		return "", false
	}
	return wordsAround(pt, t), true
}

// A frame after the quote: "“…”, according to an account of the
// meeting", "“…,” as reported in a Feb. 26 cable".

// frameAfter returns the item after quote item qi, in its sentence, where
// a phrase places the words in a document, or -1.
func frameAfter(pt *paraText, qi int) int {
	e := pt.sentenceEnd(qi)
	for k := qi + 1; k < e; k++ {
		from := -1
		switch pt.word(k) { // (read once: most words are none of these)
		case "according":
			if pt.isWord(k+1, "to") {
				from = k + 2
			}
		case "as":
			if reportedAs[pt.word(k+1)] && (pt.isWord(k+2, "in") || pt.isWord(k+2, "by")) {
				from = k + 3
			}
		case "or":
			if pt.isWord(k+1, "so") {
				from = k + 2 // "“…”, or so the embassy told Washington"
			}
		}
		for j := from; from > 0 && j < e && j < from+8 && pt.items[j].tok >= 0; j++ {
			if pt.is(j, lex.Doc) || docLikeNouns[pt.word(j)] || describers[pt.word(j)] {
				return k
			}
			if pt.is(j, lex.Clause) || pt.isVerbAt(j) {
				break
			}
		}
	}
	return -1
}

// reportedAs are the participles of "as reported in a cable".
var reportedAs = lex.MustSet(words, "words/reported-as.txt")

// documentFrameAfter: a phrase later in the quote's sentence places its
// words in a document ("“…” and “…”, according to an account of the
// meeting", "as reported in a 2009 cable"), and nothing sets the sentence
// in speech.
func (k *quoteCase) documentFrameAfter() (string, bool) {
	c := &k.c
	f := frameAfter(c.ptL, c.qiL)
	if f < 0 || k.a.spokenCue(c) {
		return "", false
	}
	return wordsAround(c.ptL, f), true
}

// soCalled reports a quote the story gives as a name ("the so-called
// “Harbour Papers”"): nobody's words, neither a cable's nor speech.
func soCalled(pt *paraText, qi int) bool {
	return qi > 0 && (pt.isWord(qi-1, "so-called") || pt.isWord(qi-1, "called") && pt.isWord(qi-2, "so"))
}

// soCalledName: the quote is a name the story gives ("the so-called
// “Harbour Papers”"), not a passage of the documents around it.
func (k *quoteCase) soCalledName() (string, bool) {
	c := &k.c
	if !soCalled(c.pt, c.qi) {
		return "", false
	}
	return wordsBefore(c.pt, c.qi), true
}

// soCalledHasNoSpeaker: a name the story gives ("the so-called “…”") is
// not the words of whoever spoke before it.
func (k *quoteCase) soCalledHasNoSpeaker() (speaking, string, bool) {
	c := &k.c
	if !soCalled(c.pt, c.qi) {
		return speaking{}, "", false
	}
	return speaking{person: -1}, wordsBefore(c.pt, c.qi), true
}

// namedBody reports whether the word of a spoken setting at item k, in a
// sentence from item s, names a body rather than a setting: "the
// Conference on Disarmament" (not "a Conference on Monday").
func namedBody(pt *paraText, s, k int) bool {
	t, ok := pt.tok(k)
	if !ok || !t.Cap || k == s || !pt.isWord(k+1, "on") {
		return false
	}
	n, ok := pt.tok(k + 2)
	return ok && n.Cap && !lex.Weekdays[strings.ToLower(pt.word(k+2))] && pt.dateEnd(k+2) == k+2
}

// framedParagraphBefore: no cue attributes the quote, it opens its
// paragraph, and the paragraph before closes with a sentence framed as a
// document's ("According to the leaked cables, the talks took place in
// May.¶“The minister noted …”"): the passage the frame announced.
func (k *quoteCase) framedParagraphBefore() (string, bool) {
	c := &k.c
	if !noCue(c) || c.qi != 0 || c.first == 0 || k.a.speaker[k.q] >= 0 {
		return "", false
	}
	prev := k.a.paras[c.first-1]
	n := len(prev.items)
	if n == 0 {
		return "", false
	}
	s := prev.sent[n-1]
	f := k.a.sentenceFrame(prev, s, n)
	if f < 0 || spokenSetting(prev, s, n) {
		return "", false
	}
	return wordsAround(prev, f), true
}

// datedDocument reports whether the words from item j, before item e, are
// a document with its date before its noun, set off by commas: "the May
// 27, 2009, cable".
func datedDocument(pt *paraText, j, e int) bool {
	if pt.is(j, lex.Determiner) {
		j++
	}
	d := pt.dateEnd(j)
	if d == j {
		return false
	}
	if pt.isWord(d, ",") {
		d++
	}
	return d < e && (pt.is(d, lex.Doc) || pt.is(d+1, lex.Doc) && d+1 < e)
}

// frameNextSentence: no cue attributes the quote, it ends its sentence,
// and the short sentence after it names the document it comes from ("So
// runs one American portrait of him.", "That is how one embassy cable put
// it.").
func (k *quoteCase) frameNextSentence() (string, bool) {
	c := &k.c
	pt, qi := c.ptL, c.qiL
	if !noCue(c) || k.a.speaker[k.q] >= 0 || qi < 0 {
		return "", false
	}
	s := pt.sentenceEnd(qi)
	if s >= len(pt.items) {
		return "", false
	}
	e := pt.sentenceEnd(s)
	if e-s > maxFrameSentence {
		return "", false
	}
	for j := s; j < e; j++ {
		if pt.items[j].tok < 0 {
			return "", false // a quote of its own
		}
		if pt.is(j, lex.Doc) || docLikeNouns[pt.word(j)] {
			return wordsAround(pt, j), true
		}
	}
	return "", false
}

// maxFrameSentence is how many words a sentence that only says where the
// quote before it comes from may have.
const maxFrameSentence = 14

// mentionNouns mention a quote as words: "the phrase “…”".
var mentionNouns = lex.MustSet(words, "words/mention-nouns.txt")

// phraseMentioned: no cue attributes the quote, the story mentions it as
// words ("The phrase “…” grabbed the headlines") and it named a document
// before: the words are the documents'.
func (k *quoteCase) phraseMentioned() (string, bool) {
	c := &k.c
	if c.qi < 1 || !noCue(c) || k.a.speaker[k.q] >= 0 || !mentionNouns[strings.ToLower(c.pt.word(c.qi-1))] ||
		!k.a.docsWithin(c.pt, c.qi, c.first) {
		return "", false
	}
	return wordsBefore(c.pt, c.qi), true
}

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
	s := pt.sent[n-1]
	if spokenSetting(pt, s, n) || a.mainSubject(pt, s, n).personish() {
		return -1 // "The minister said of the cables:"
	}
	for j := s; j < n; j++ {
		if pt.items[j].tok < 0 {
			return -1 // a quote of its own
		}
		if pt.is(j, lex.Doc) || disclosureNouns[pt.word(j)] {
			return j
		}
	}
	return -1
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
			if spokenSetting(c.pt, c.pt.sent[c.qi], c.pt.sentenceEnd(c.qi)) {
				return "", false
			}
			return wordsAround(prev, at), true
		}
		if !listItem(a.paras[cur]) || !listItem(prev) {
			break
		}
	}
	return "", false
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
	s := pt.sent[qi]
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
			if describers[pt.word(d)] {
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
// saying" before quote item qi in its sentence, or -1.
func reportedSaying(pt *paraText, qi int) int {
	s := pt.sent[qi]
	for k := qi - 1; k >= s+4 && k >= qi-reportedReach; k-- {
		if pt.is(k, lex.Report) && pt.isWord(k, "saying") && pt.isWord(k-1, "as") && pt.isWord(k-2, "reported") && pt.is(k-3, lex.Passive) {
			return k - 4
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
	}
	return "", false
}
