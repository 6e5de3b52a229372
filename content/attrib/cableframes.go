package attrib

import (
	"strings"

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
	for k := pt.sentStart(qi); k < qi; k++ {
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

// plannedAt reports a word at item i, or one or two before it over an
// adverb or a negation, that makes the verb after it a plan or a
// possibility, not a telling done: "to", "would", "might", "should never".
func plannedAt(pt *paraText, i int) bool {
	for k := i; k >= i-2; k-- {
		switch pt.word(k) {
		case "to", "would", "will", "shall", "'ll", "might", "may", "should", "can", "must":
			return true
		case "never", "not", "rather", "also", "then":
			continue
		}
		return false
	}
	return false
}

// infinitiveAt reports a verb after "to" at item i: a word in lower case
// that no determiner or name is ("to tell", not "to the US ambassador").
func infinitiveAt(pt *paraText, i int) bool {
	t, ok := pt.tok(i)
	return ok && t.Word && !t.Cap && !pt.is(i, lex.Determiner) && !inLowered(americanWords, pt.word(i))
}

// washingtonTold reports "Washington" at item j as the one told at item
// k, or as what qualifies them: "told Washington", "told senior
// Washington officials"; not after a clause word or a preposition ("told
// the BBC that Washington", "told an audience in Washington").
func washingtonTold(pt *paraText, k, j int) bool {
	for x := k + 1; x < j; x++ {
		if pt.is(x, lex.Clause|lex.Prep) || pt.isWord(x, "that") {
			return false
		}
	}
	return true
}

// informedAdjective reports "informed" at item k as an adjective: "a
// well informed lobbyist".
func informedAdjective(pt *paraText, k int) bool {
	return pt.isWord(k, "informed") && (pt.isWord(k-1, "well") || pt.isWord(k-1, "better") || pt.isWord(k-1, "ill") || pt.isWord(k-1, "poorly"))
}

// toldWords are the telling verbs whose object toldAmerican reads.
var toldWords = map[string]bool{"told": true, "tell": true, "tells": true, "telling": true, "urged": true, "urging": true, "informed": true, "informing": true}

// afterTellReach is how far after a quote the "told" of its cue may stand
// ("“…,” the minister reportedly told", "“…,” the US Embassy in Port
// Vell informed Washington").
const afterTellReach = 9

// toldReach is how far after "told" the American word of its object may
// stand: "told the then head of US central command".
const toldReach = 6

// toldAmerican reports "told", "telling" or "informed" at item k whose
// object, before item e, is American: an American, the mission, or
// Washington itself ("the embassy informed Washington").
func toldAmerican(pt *paraText, k, e int) bool {
	if !pt.is(k, lex.Report) || !toldWords[pt.word(k)] {
		return false
	}
	if w := pt.word(k); (w == "tell" || w == "tells") && plannedAt(pt, k-1) {
		return false // "told his office to tell the U.S. envoy", "he would tell the US ambassador": not told yet
	}
	for j := k + 1; j < e && j <= k+toldReach && (!pt.isPunctAt(j) || pt.isWord(j, ".")); j++ {
		// ("U.S." may stand as "U.S" and ".")
		if pt.isWord(j, "to") && infinitiveAt(pt, j+1) {
			return false // "told his office to tell the U.S. envoy": the one told is the office
		}
		if inLowered(americanWords, pt.word(j)) {
			return !americasFriends[pt.word(j+1)] // "told US allies": not Americans
		}
		if pt.isWord(j, "washington") {
			// "told Washington" right after the verb, not "told the
			// BBC that Washington", "told an audience in Washington",
			// "told the Washington Post" or "a well informed
			// Washington lobbyist"; one who "urged Washington" may
			// have done so in public
			t, ok := pt.tok(j + 1)
			return washingtonTold(pt, k, j) && (!ok || !t.Cap) && !pt.isWord(k, "urged") && !pt.isWord(k, "urging") && !informedAdjective(pt, k)
		}
		if missionWord(pt.word(j)) {
			return true // "told an Embassy official", "told the embassy"
		}
	}
	// "told Ambassador that …", "told the ambassador": in a story about
	// cables, the one the cables' writers call the Ambassador
	j := k + 1
	if pt.isWord(j, "the") {
		j++
	}
	return j < e && writerRole(pt.word(j))
}

// americasFriends are those "US" may qualify who are not Americans: "told
// US allies she regretted the leak".
var americasFriends = lex.MustSet(words, "words/americas-friends.txt")

// toldTheMission reports whether the one told at item k ("told the US
// Embassy in Madrid", "told American diplomats", "told the U.S.
// ambassador") is a mission, its diplomats or its ambassador: what they were told is known from their cables, whether or
// not the story named a document before.
func toldTheMission(pt *paraText, k int) bool {
	for j := k + 1; j < len(pt.items) && j <= k+4 && (!pt.isPunctAt(j) || pt.isWord(j, ".")); j++ {
		if w := pt.word(j); describers[w] || writerRole(w) {
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
	if t < 0 || !k.a.docsWithin(c.pt, c.qi, c.first) && !k.a.docsAhead(c.pt, 1) && !toldTheMission(pt, t) || k.a.spokenCue(c) {
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
		if !pt.lenMayBe(k, 2) && !pt.lenMayBe(k, 9) {
			continue // (most words: none of the four below)
		}
		from := -1
		switch pt.word(k) { // (read once: most words are none of these)
		case "according":
			if pt.isWord(k+1, "to") {
				from = k + 2
			} else if pt.is(k+1, lex.Determiner) {
				from = k + 1 // "according an embassy cable": a page that dropped its "to"
			}
		case "as":
			if reportedAs[pt.word(k+1)] && (pt.isWord(k+2, "in") || pt.isWord(k+2, "by")) {
				from = k + 3
			}
		case "or":
			if pt.isWord(k+1, "so") {
				from = k + 2 // "“…”, or so the embassy told Washington"
			}
		case "in":
			if (pt.is(k-1, lex.Report) || afterLabelsAs(pt, k) || afterCueName(pt, qi, k) || learnedOfIn(pt, qi, k)) && inCable(pt, k, e) {
				return k // "“…,” the embassy said in an Aug. 10, 2006, cable"
			}
		}
		if from > 0 && docWithin(pt, from, e) {
			return k
		}
	}
	return -1
}

// docWithin reports a document or its writers named within a few words
// from item from, before the sentence's end e, a quote, a clause word or
// a verb.
func docWithin(pt *paraText, from, e int) bool {
	for j := from; j < e && j < from+8 && pt.items[j].tok >= 0; j++ {
		if pt.is(j, lex.Doc) || pt.in(j, describerMark) || pt.in(j, docLikeNounMark) && !othersNoun(pt, from, j, e) {
			return true
		}
		if pt.is(j, lex.Clause) || pt.isVerbAt(j) {
			break
		}
	}
	return false
}

// othersNoun reports a report or an account at item j, in the phrase
// from item from to e, that is a newspaper's or an agency's: the press
// named before it ("a Press TV report", "a Reuters account", "the
// newspaper's account") or after it ("a report by the Kandia Herald").
func othersNoun(pt *paraText, from, j, e int) bool {
	for k := from; k < j; k++ {
		if pressWord(pt, k) {
			return true
		}
	}
	return pressAfter(pt, j, e)
}

// inCable reports "in" at item k opening a phrase that names one of the
// cables (cableNouns) within a few words, with no preposition before it:
// "in an Aug. 10, 2006, cable", "in cables sent to London"; not "in
// response to the cable", "in an e-mail". frameAfter reads it after a
// reporting verb ("said in a cable") or labels set after "as".
func inCable(pt *paraText, k, e int) bool {
	for j := k + 1; j < e && j <= k+8 && pt.items[j].tok >= 0; j++ {
		if cableNouns[pt.word(j)] {
			return true
		}
		if pt.is(j, lex.Clause|lex.Prep) || pt.isVerbAt(j) || pt.is(j, lex.Doc) {
			return false
		}
	}
	return false
}

// afterCueName reports item k right after the name in a cue that follows
// quote item qi, the reporting verb before the name: "“…,” said US
// Ambassador Jane Ruiz in a March 26, 2006, cable".
func afterCueName(pt *paraText, qi, k int) bool {
	j := k - 1
	for j > qi && (pt.capBetween(j, j+1) || pt.isWord(j, ".")) {
		j--
	}
	return j < k-1 && j > qi && pt.is(j, lex.Report) && pt.personAt(k-1) >= 0
}

// learnedOfIn reports item k, "in", ending a short clause that opens on
// "whom" right after quote item qi: "His “voluptuous blond nurse,” whom
// we learned about in the cables": the clause places the one the label
// names in the cables. Not a clause that denies it ("“a campaign of
// lies”, which has no basis in the cables").
func learnedOfIn(pt *paraText, qi, k int) bool {
	r := qi + 1
	if pt.isWord(r, ",") {
		r++
	}
	if !pt.isWord(r, "whom") || k-r > learnedOfReach {
		return false
	}
	for j := r + 1; j < k; j++ {
		if pt.isPunctAt(j) || pt.personAt(j) >= 0 || pt.isWord(j, "no") || pt.isWord(j, "not") || pt.isWord(j, "never") {
			return false
		}
	}
	return true
}

// learnedOfReach is how many words after "whom" the "in" may stand: "whom
// we first learned about in".
const learnedOfReach = 6

// afterLabelsAs reports item k right after labels set after "as"
// ("described him as “inept” and “vain” in cables"): the phrase at k
// places the labels, where after other quotes it tells of what they
// name ("“nothing new” in the cables").
func afterLabelsAs(pt *paraText, k int) bool {
	j := k - 1
	for j >= 0 && (pt.items[j].tok < 0 || pt.isWord(j, "and") || pt.isWord(j, ",")) {
		j--
	}
	return j < k-1 && pt.isWord(j, "as")
}

// cableNouns are the nouns of the cables themselves.
var cableNouns = lex.MustSet(words, "words/cable-nouns.txt")

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
// Conference on Disarmament" (not "a Conference on Monday"), and a
// parliament after "of" ("the shutdown of Parliament", "a member of
// parliament"; not "told parliament").
func namedBody(pt *paraText, s, k int) bool {
	if pt.word(k) == "parliament" && (pt.isWord(k-1, "of") || pt.isWord(k-1, "the") && pt.isWord(k-2, "of")) {
		return true
	}
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
	if !noCue(c) || c.qi != 0 || c.first == 0 || k.a.speaker[k.q] >= 0 || quotedHeading(c) {
		return "", false
	}
	prev := k.a.paras[c.first-1]
	n := len(prev.items)
	if n == 0 {
		return "", false
	}
	s := prev.sentStart(n - 1)
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
		if !backReference(pt, s) {
			return "", false
		}
		e = s + maxFrameSentence // (a long one that opens on the words: "This comment from US embassy cables, printed in 2009, is …")
	}
	for j := s; j < e; j++ {
		if pt.items[j].tok < 0 {
			return "", false // a quote of its own
		}
		if pt.is(j, lex.Doc) || pt.in(j, docLikeNounMark) {
			return wordsAround(pt, j), true
		}
	}
	return "", false
}

// backReference reports a sentence at item s that opens by pointing back
// at what was just quoted: "This comment …", "That remark …".
func backReference(pt *paraText, s int) bool {
	switch pt.word(s) { // (lower case)
	case "this", "that", "such":
		return true
	}
	return false
}

// documentCueEndsNextSentence: no cue attributes the quote and no one
// speaks it, and the next sentence, however long, ends with a document's
// cue after its last comma ("Kandia was urged to “do more”. Its neighbour
// was offered aid …, the cables show."): the cue covers what the sentence
// before it lists too.
func (k *quoteCase) documentCueEndsNextSentence() (string, bool) {
	c := &k.c
	pt, qi := c.ptL, c.qiL
	if !noCue(c) || k.a.speaker[k.q] >= 0 || qi < 0 || k.a.spokenCue(c) {
		return "", false
	}
	s := pt.sentenceEnd(qi)
	if s >= len(pt.items) {
		return "", false
	}
	e := pt.sentenceEnd(s)
	comma := -1
	for j := s; j < e; j++ {
		if pt.items[j].tok >= 0 && pt.isWord(j, ",") {
			comma = j
		}
	}
	if comma < 0 || e-comma > maxCueTail {
		return "", false // (a clause after the comma, not a cue alone)
	}
	if cu := k.a.afterCue(pt, comma); !cu.found || cu.passive || cu.src.kind != srcDoc || pt.sentenceEnd(comma) != e {
		return "", false
	}
	return wordsAfter(pt, comma), true
}

// maxCueTail is how many items a cue after a sentence's last comma may
// span, to its end: ", the leaked US cables show."
const maxCueTail = 8

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
