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

// meetingReach is how many paragraphs before the quote's the document's
// account of the meeting may stand.
const meetingReach = 3

// meetingInDocument: a sentence framed as a document's told of a meeting
// the quote's speaker took part in, in the quote's paragraph or the few
// before, and neither the quote's sentences nor the paragraphs between
// set words in speech ("in an interview", "told reporters", "on Monday").
func (k *quoteCase) meetingInDocument() (string, bool) {
	c, a := &k.c, k.a
	p := a.speaker[k.q]
	if p < 0 || a.spokenCue(c) || onWeekday(c.pt, c.pt.sentStart(c.qi), c.pt.sentenceEnd(c.qi)) {
		return "", false
	}
	for pi := c.first; pi >= 0 && pi >= c.first-meetingReach; pi-- {
		pt, end := a.paras[pi], len(a.paras[pi].items)
		if pi == c.first {
			end = c.pt.sentStart(c.qi)
		} else if spokenSetting(pt, 0, end) {
			return "", false // (a scene of speech came between)
		}
		if at := a.meetingTold(pt, end, p); at >= 0 {
			return wordsAround(pt, at), true
		}
	}
	return "", false
}

// meetingTold returns the item of the frame of a sentence before item end
// that a document frames, tells of a meeting and names person p, or -1.
func (a *attributor) meetingTold(pt *paraText, end, p int) int {
	for s := 0; s < end; {
		e := pt.sentenceEnd(s)
		if f := a.sentenceFrame(pt, s, e); f >= 0 && meetingAmong(pt, s, e) && namesPerson(pt, s, e, p) {
			return f
		}
		s = e
	}
	return -1
}

// meetingAmong reports a word telling of a meeting in items [s, e).
func meetingAmong(pt *paraText, s, e int) bool {
	for j := s; j < e; j++ {
		if pt.items[j].tok >= 0 && meetingWords[pt.word(j)] {
			return true
		}
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
	for j := s; j < e; j++ {
		if pt.items[j].tok >= 0 && lex.Weekdays[pt.word(j)] {
			return true
		}
	}
	return false
}
