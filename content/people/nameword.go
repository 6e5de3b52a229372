package people

import (
	"strings"

	"cables/content/lex"
	"cables/content/rule"
)

// What is not a person: a run whose name holds a word no name holds (an
// office, an organisation, a place, a newspaper: the not-person words) is
// no one, unless that word is a surname here.

// surnameWords are the words no name usually holds that are surnames
// after a given name.
var surnameWords = lex.MustSet(words, "words/surname-words.txt")

// namesAlsoNoNameWords are the given names among the words no name holds
// that still start a person's name.
var namesAlsoNoNameWords = lex.MustSet(words, "words/names-also-no-name-words.txt")

// wordUse is what a word of a run's name is.
type wordUse int8

const (
	wordOfName       wordUse = iota // a word of the name, as written
	wordInCapitals                  // a word of the name written in capitals: "KARIM"
	wordSkipped                     // a bracket around given names
	wordNotPerson                   // a word that says the run is no person
	wordBeforeSuffix                // a name joined to a word in lower case: "Qadir-led"
)

// nameWordRules decide what word k of a run's name is. Most words are
// in no list, and the first rule takes them; the others are the
// exceptions, in order.
var nameWordRules = rule.Table[*runCase, wordUse]{Decision: "name-word", Rules: []rule.Rule[*runCase, wordUse]{
	{Name: "plain-name-word", Verdict: wordOfName, Match: (*runCase).plainNameWord,
		Example: `Omar Qadir met the envoy.`},
	{Name: "name-joined-to-lower-case-word", Verdict: wordBeforeSuffix, Match: (*runCase).nameJoinedToLowerCaseWord,
		Example: `The Omar Qadir-backed bill failed.`},
	{Name: "nickname", Verdict: wordSkipped, Match: (*runCase).nickname,
		Example: `Senator Rafael "Rafa" Oduya met the envoy.`},
	{Name: "bracket", Verdict: wordSkipped, Match: (*runCase).bracket,
		Example: `He had called President (Karim Aziz) Lodhi that night.`},
	{Name: "word-as-surname", Verdict: wordOfName, Match: (*runCase).wordAsSurname,
		Example: `Ambassador Anne English was blunt. English herself wrote the cable. Mr. English declined to comment.`},
	{Name: "given-name-that-is-a-word", Verdict: wordOfName, Match: (*runCase).givenNameThatIsAWord,
		Example: `Former senator Bill Oduya flew in.`},
	{Name: "place-opener-inside-name", Verdict: wordOfName, Match: (*runCase).placeOpenerInsideName,
		Example: `Opposition leader Daw Khin San Myint met the envoy.`},
	{Name: "not-person-word", Verdict: wordNotPerson, Match: (*runCase).notPersonWord,
		Example: `The Foreign Office said nothing.`},
	// what is left is the first word of a tabloid lead (see plainNameWord)
	{Name: "tabloid-capitals", Verdict: wordInCapitals, Match: always,
		Example: `KARIM Lodhi is too proud to resign.`},
}}

// plainNameWord: a word no list says more about: not a mark, not a word
// no name holds, not a nickname in quotes, not a tabloid lead's first word
// in capitals, not a name joined to a word in lower case.
func (c *runCase) plainNameWord() (string, bool) {
	w := c.text(c.k)
	ok := c.ts[c.k].Word && !c.ts[c.k].Is(lex.NotPerson) && !c.quotedInRun(c.k) && !(c.k == 0 && leadCaps(c.p, c.ts))
	return w, ok && (c.k < c.j-1 || c.k == c.start || suffixAt(w) == 0)
}

// suffixAt returns where the word in lower case joined by a hyphen to the
// end of word w starts ("Qadir-led": 6), or 0. The joined word is a
// participle ("-led", "-backed") or one of joinedWords: "Kim Jong-il"
// is a name whole.
func suffixAt(w string) int {
	if len(w) < 3 || !joinedEnds[w[len(w)-1]] {
		return 0 // (most names: their last letter tells, before the hyphen is looked for)
	}
	h := strings.LastIndexByte(w, '-')
	if h <= 0 || h+1 >= len(w) || w[h+1] < 'a' || w[h+1] > 'z' {
		return 0
	}
	if s := w[h+1:]; len(s) >= 3 && strings.HasSuffix(s, "ed") || joinedWords[s] {
		return h + 1
	}
	return 0
}

// joinedWords are the words other than participles that a hyphen joins to
// a name to make an adjective ("Qadir-era").
var joinedWords = map[string]bool{"era": true, "style": true, "like": true, "esque": true, "type": true}

// joinedEnds are the last bytes of the words suffixAt finds joined: the
// "d" of a participle's "-ed", and the last letter of each of joinedWords.
var joinedEnds = func() (ends [256]bool) {
	ends['d'] = true
	for w := range joinedWords {
		ends[w[len(w)-1]] = true
	}
	return ends
}()

// nameJoinedToLowerCaseWord: the run's last word is a name joined by a
// hyphen to a word in lower case ("Qadir-backed", "Lodhi-era"): the name
// is the part before the hyphen.
func (c *runCase) nameJoinedToLowerCaseWord() (string, bool) {
	k := c.k
	return c.wordIf(k, k == c.j-1 && k > c.start && c.ts[k].Word && suffixAt(c.text(k)) > 0)
}

// nickname: a nickname in quotation marks inside the name, and its marks
// (run-goes-on took them in: nicknameInQuotes).
func (c *runCase) nickname() (string, bool) {
	k := c.k
	return c.wordIf(k, c.quotedInRun(k) || !c.ts[k].Word && isQuoteMark(c.text(k)))
}

// quotedInRun reports a word between two quotation marks of the run.
func (c *runCase) quotedInRun(k int) bool {
	return k > c.i && k+1 < c.j && !c.ts[k-1].Word && !c.ts[k+1].Word && isQuoteMark(c.text(k-1)) && isQuoteMark(c.text(k+1))
}

// bracket: the brackets of "President (Karim Aziz) Lodhi", and the
// closing one of "[President Karim] Lodhi".
func (c *runCase) bracket() (string, bool) {
	w := c.text(c.k)
	return w, w == "(" || w == ")" || w == "]"
}

// wordAsSurname: a word no name usually holds ends the name where a
// surname can be: one of the surname words after a given name ("Anne
// English"), any after an honorific ("Mr. English"), or alone before
// "himself" or "herself" ("English herself"); never a weekday.
func (c *runCase) wordAsSurname() (string, bool) {
	k, start := c.k, c.start
	if k != c.j-1 || !c.ts[k].Is(lex.NotPerson) {
		return "", false
	}
	ok := k == start+1 && c.ts[k].In(surnameWordMark) && c.givenAt(start) ||
		k == start && start > 0 && honorific(c.low(start-1)) ||
		k == start && c.j < len(c.ts) && (c.low(c.j) == "himself" || c.low(c.j) == "herself")
	return c.wordIf(k, ok && !c.ts[k].In(weekdayMark))
}

// givenNameThatIsAWord: the name starts with a given name that is also a
// word no name holds, one of the few that still start names ("Bill
// Oduya"), before more of the name.
func (c *runCase) givenNameThatIsAWord() (string, bool) {
	t := &c.ts[c.k]
	return c.wordIf(c.k, c.k == c.start && c.k+1 < c.j && t.Is(lex.NotPerson) && c.ts[c.k].In(namesAlsoNoNameMark))
}

// placeOpenerInsideName: a word that opens names of places ("San
// Salvador", "Santa Cruz") stands inside a name, between two name words
// ("Khin San Myint"): a word of the name, unless the two make a place of
// the places list ("Hugo Vell San Salvador would host").
func (c *runCase) placeOpenerInsideName() (string, bool) {
	k := c.k
	ok := k > c.start && k+1 < c.j && placeOpeners[c.low(k)] && !c.ts[k-1].Is(lex.NotPerson) && !c.ts[k+1].Is(lex.NotPerson)
	return c.wordIf(k, ok && !lex.Places[c.low(k)+" "+c.low(k+1)]) // (not "… Vell San Salvador")
}

// placeOpeners are the words of lex.NotPerson that open names of places
// and may stand inside a person's name.
var placeOpeners = map[string]bool{"san": true, "santa": true, "santo": true}

// notPersonWord: a word no name holds ("Office", "Ministry", "Times").
func (c *runCase) notPersonWord() (string, bool) {
	return c.wordIf(c.k, c.ts[c.k].Is(lex.NotPerson))
}
