package attrib

import (
	"cables/content/lex"
)

// Meetings a document recounts: when a story says a cable told of a
// meeting ("One cable recounts the minister's visit to the embassy in
// May"), what the people at that meeting said, quoted in the paragraphs
// after, is known from the cable that recorded it.

// meetingWords tell of a meeting.
var meetingWords = lex.MustSet(words, "words/meeting-words.txt")

// meetingReach is how many paragraphs before the quote's the account of
// the meeting may stand: a story retelling one cable's meeting runs on.
const meetingReach = 8

// meetingInDocument: the quote's speaker took part in a meeting the story
// knows from a document, told before the quote in its paragraph or in the
// few before: a meeting a sentence framed as a document's recounts, or a
// meeting with an American envoy in a story that named a document
// before. Neither the quote's sentences nor the paragraphs between set
// words in speech ("in an interview", "told reporters", "on Monday").
func (k *quoteCase) meetingInDocument() (string, bool) {
	c, a := &k.c, k.a
	p := a.speaker[k.q]
	if p < 0 {
		return "", false
	}
	// the meeting first (most quotes have none to look back to), then
	// what would set the words in speech
	docs := a.docsWithin(c.pt, c.qi, c.first)
	found, at := -1, -1
	for pi := c.first; pi >= 0 && pi >= c.first-meetingReach && found < 0; pi-- {
		pt, end := a.paras[pi], len(a.paras[pi].items)
		if pi == c.first {
			end = c.qi
		}
		if !a.mentions(pi, p) {
			continue // (the meeting's sentence names the speaker)
		}
		if m := pt.firstMeeting(); m < 0 || m >= end {
			continue // (most paragraphs tell of no meeting: one cached look)
		}
		if at = a.meetingTold(pt, end, p, docs); at >= 0 {
			found = pi
		}
	}
	if found < 0 || a.spokenCue(c) || onWeekday(c.pt, c.pt.sentStart(c.qi), c.pt.sentenceEnd(c.qi)) {
		return "", false
	}
	for pi := found; pi < c.first; pi++ {
		if a.paras[pi].spokenAnywhere() {
			return "", false // (a scene of speech came between)
		}
	}
	return wordsAround(a.paras[found], at), true
}

// mentions reports whether paragraph pi names person p: a look at the
// paragraph's few mentions, not its words.
func (a *attributor) mentions(pi, p int) bool {
	for _, m := range a.ix.Mentions[pi] {
		if m.Person == p {
			return true
		}
	}
	return false
}

// firstMeeting returns the first item of a word telling of a meeting in
// the paragraph, or -1; read once.
func (pt *paraText) firstMeeting() int {
	if pt.meetings == 0 {
		pt.meetings = 1
		for j := range pt.items {
			if pt.in(j, meetingMark) {
				pt.meetings = int32(j) + 2
				break
			}
		}
	}
	return int(pt.meetings) - 2
}

// spokenAnywhere reports a setting of speech in the paragraph; read once.
func (pt *paraText) spokenAnywhere() bool {
	if pt.spokenAll == 0 {
		pt.spokenAll = 1
		if spokenSetting(pt, 0, len(pt.items)) {
			pt.spokenAll = 2
		}
	}
	return pt.spokenAll == 2
}

// meetingTold returns the item where a sentence, read up to item end
// from the first that tells of a meeting (firstMeeting, not -1),
// tells of a meeting person p took part in and places it in a document,
// or -1: the sentence is framed as a document's, or (when the story named
// a document before, docs) the meeting was with an American envoy.
func (a *attributor) meetingTold(pt *paraText, end, p int, docs bool) int {
	for s := pt.sentStart(pt.firstMeeting()); s < end; {
		e := pt.sentenceEnd(s)
		m := meetingAmong(pt, s, min(e, end))
		if m >= 0 && namesPerson(pt, s, min(e, end), p) && !metThisWeek(pt, s, m, e) {
			if f := a.sentenceFrame(pt, s, e); f >= 0 {
				return f
			}
			if docs && withAmericans(pt, m, min(e, end)) {
				return m
			}
		}
		s = e
	}
	return -1
}

// metThisWeek reports a day of the week after the meeting word at item m
// of the sentence [s, e), before any document, with no document before
// the meeting and no year after the day (not "on a Tuesday in March
// 2008"): "Qadir met the envoy on Friday as leaked cables revealed
// …" is this week's news; "The memo followed a meeting last Saturday"
// and "One cable, published on Friday, tells of a meeting" are a
// document's.
func metThisWeek(pt *paraText, s, m, e int) bool {
	for j := s; j < m; j++ {
		if pt.is(j, lex.Doc) {
			return false
		}
	}
	for j := m + 1; j < e && !pt.is(j, lex.Doc); j++ {
		if pt.in(j, weekdayMark) {
			return !pt.in(j-1, indefiniteMark) && !yearSoonAfter(pt, j, e)
		}
	}
	return false
}

// yearSoonAfter reports a year within a few words after the weekday at
// item j: "on Tuesday, March 4, 2008" is a date of the past, like "on a
// Tuesday in March 2008".
func yearSoonAfter(pt *paraText, j, e int) bool {
	for k := j + 1; k < e && k <= j+5; k++ {
		if w := pt.word(k); len(w) == 4 && w >= "1900" && w <= "2099" {
			return true
		}
	}
	return false
}

// meetingAmong returns the first word in items [s, e) that tells of a
// meeting, or -1.
func meetingAmong(pt *paraText, s, e int) int {
	for j := s; j < e; j++ {
		if pt.in(j, meetingMark) {
			return j
		}
	}
	return -1
}

// withAmericans reports "with" soon after the meeting word at item m,
// before item e, naming an American or an envoy: "a meeting in May 2008
// with US ambassador Jane Ruiz"; not the US President, whom leaders meet
// in public.
func withAmericans(pt *paraText, m, e int) bool {
	for j := m + 1; j < e && j <= m+6; j++ {
		if !pt.isWord(j, "with") {
			continue
		}
		american := false
		for i := j + 1; i < e && i <= j+4 && (!pt.isPunctAt(i) || pt.isWord(i, ".")); i++ {
			switch w := pt.word(i); {
			case w == "president":
				return false // "met with U.S. President X at the White House": in public, no cable's
			case americanWords[w] || writerRole(w):
				american = true
			}
		}
		return american
	}
	return false
}

// namesPerson reports a mention of person p in items [s, e).
func namesPerson(pt *paraText, s, e, p int) bool {
	for j := s; j < e; j++ {
		if pt.personAt(j) == p {
			return true
		}
	}
	return false
}

// onWeekday reports a day of the week in items [s, e): "said on Monday"
// sets the words in the news of the week, not in a meeting of years ago.
func onWeekday(pt *paraText, s, e int) bool {
	// (asked of every word of a sentence: a bit of each word's entry)
	for j := s; j < e; j++ {
		if pt.in(j, weekdayMark) {
			return true
		}
	}
	return false
}
