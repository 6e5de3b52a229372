package attrib

import (
	"unicode"
	"unicode/utf8"

	"cables/content/internal/arena"
	"cables/content/rule"
	"cables/model"
)

// A story often quotes the same words twice: bare in its headline or
// lede, framed in its body ("…the envoy who called him “incompetent”" and
// later "In the memos, Jane Ruiz described the minister as
// “incompetent”"). Once every quote of the story is decided, the echo
// rules let the framed one speak for the bare one: a quote that only the
// last kind rule ("speech", nothing else found) decided is a cable passage
// when the same words are one elsewhere in the story; a spoken quote that
// no rule gave a speaker is spoken by whoever speaks the same words
// elsewhere. Only a quote decided by a table's rule speaks for another,
// never one an echo rule decided. A new way for one quote of a story to
// decide another goes in these tables, with an example whose first quote
// it decides; TestEchoRules reads it (rules_test.go).

// echoCase is quote q and a quote of the same words, other, decided by
// the tables.
type echoCase struct {
	a        *attributor
	q, other int
}

// The echo rules' names: an echo never speaks for another.
const (
	sameWordsAsCable  = "same-words-as-cable"
	sameWordsSpokenBy = "same-words-spoken-by"
)

var echoKindRules = rule.Table[*echoCase, bool]{Decision: "kind", Rules: []rule.Rule[*echoCase, bool]{
	{Name: sameWordsAsCable, Verdict: true, Match: (*echoCase).otherIsCable,
		Example: `Kandia recalls the envoy who called its minister “a patient thief”.¶In a cable of May 2009, Ambassador Jane Ruiz described Omar Qadir as “a patient thief”.`},
}}

var echoSpeakerRules = rule.Table[*echoCase, bool]{Decision: "speaker", Rules: []rule.Rule[*echoCase, bool]{
	{Name: sameWordsSpokenBy, Verdict: true, Match: (*echoCase).otherIsSpoken,
		Example: `Minister calls leaks “a gift to pirates”¶The leaks are “a gift to pirates”, Minister Omar Qadir told reporters on Monday.`},
}}

// otherIsCable: the other quote of the same words is a cable passage,
// decided by a kind rule (its evidence is this one's).
func (e *echoCase) otherIsCable() (string, bool) {
	a := e.a
	return a.why[e.other].kind.Evidence, a.kind[e.other] == model.Cable && a.why[e.other].kind.Rule != sameWordsAsCable
}

// otherIsSpoken: the other quote of the same words is speech with a
// speaker a speaker rule found.
func (e *echoCase) otherIsSpoken() (string, bool) {
	a := e.a
	return a.why[e.other].speaker.Evidence, a.kind[e.other] == model.Speech && a.speaker[e.other] >= 0 &&
		a.why[e.other].speaker.Rule != "" && a.why[e.other].speaker.Rule != sameWordsSpokenBy
}

// echoes lets a quote the tables left undecided take its kind, and then
// its speaker, from a quote of the same words elsewhere in the story, as
// the echo rules say.
func (a *attributor) echoes() {
	if len(a.found) < 2 {
		return
	}
	keysRead := false
	for q := range a.found {
		undecidedKind := a.kind[q] == model.Speech && a.why[q].kind.Rule == lastKindRule
		if !undecidedKind && (a.speaker[q] >= 0 || a.kind[q] != model.Speech) {
			continue
		}
		if !keysRead {
			a.readEchoKeys()
			keysRead = true
		}
		if a.echoKeys[q].letters < minEchoLetters {
			continue // (of several spans, or too short: no quote holds the same words)
		}
		for other := range a.found {
			// (sameWords, told by the keys: no letter read again)
			if other == q || !a.sameWords(q, other) {
				continue
			}
			e := &a.echo
			*e = echoCase{a: a, q: q, other: other}
			if undecidedKind {
				if ok, fired := echoKindRules.Decide(e); ok {
					a.kind[q], a.why[q].kind = model.Cable, fired
					if a.source[q] == "" && a.source[other] != "" {
						a.source[q], a.why[q].source = a.source[other], fired
					}
					break
				}
			}
			if a.speaker[q] < 0 && a.kind[q] == model.Speech {
				if ok, fired := echoSpeakerRules.Decide(e); ok {
					a.speaker[q], a.why[q].speaker, a.why[q].pronoun = a.speaker[other], fired, rule.Fired{}
					break
				}
			}
		}
	}
}

// lastKindRule is the kind rule that decides when no other fires.
var lastKindRule = kindRules.Rules[len(kindRules.Rules)-1].Name

// echoKey is what a quote's words are, read once: its letters and digits
// as sameWords read them, lowered, counted, and written one after another
// in the story's echoWords from byte from to byte to; -1 letters for a
// quote of several spans. UTF-8 writes one sequence of letters one way
// only: two quotes hold the same words when those bytes are the same.
type echoKey struct {
	letters, from, to int
}

// readEchoKeys reads the key of every quote of the story.
func (a *attributor) readEchoKeys() {
	a.echoKeys = arena.Room(a.echoKeys, len(a.found))
	buf := a.echoWords[:0]
	for q := range a.found {
		k := echoKey{letters: -1, from: len(buf), to: len(buf)}
		if f := a.found[q].Spans; len(f) == 1 {
			buf, k.letters = appendLetters(buf, a.paras[f[0].Paragraph].text[f[0].Start:f[0].End])
			k.to = len(buf)
		}
		a.echoKeys[q] = k
	}
	a.echoWords = buf
}

// appendLetters appends the letters and digits of x as nextLetter reads
// them, one after another, and returns how many; an ASCII byte is read
// here, without a call.
func appendLetters(buf []byte, x string) ([]byte, int) {
	n := 0
	for i := 0; i < len(x); {
		if c := x[i]; c < utf8.RuneSelf {
			switch {
			case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
				buf, n = append(buf, c), n+1
			case 'A' <= c && c <= 'Z':
				buf, n = append(buf, c+'a'-'A'), n+1
			}
			i++
			continue
		}
		r, m := nextLetter(x[i:])
		if r < 0 {
			break
		}
		buf, n, i = utf8.AppendRune(buf, r), n+1, i+m
	}
	return buf, n
}

// sameWords reports whether quotes q and other, each within one
// paragraph, hold the same words, case and punctuation aside, and at least
// minEchoLetters letters: a word or two repeated ("No") is no echo.
func (a *attributor) sameWords(q, other int) bool {
	kq, ko := a.echoKeys[q], a.echoKeys[other]
	return kq.letters >= minEchoLetters && kq.letters == ko.letters &&
		string(a.echoWords[kq.from:kq.to]) == string(a.echoWords[ko.from:ko.to])
}

// minEchoLetters is how many letters an echo holds at least.
const minEchoLetters = 4

// nextLetter returns the next letter or digit of s, in lower case, and how
// many bytes of s it reads up to and past it; -1 at the end.
func nextLetter(s string) (rune, int) {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
				return rune(c), i + 1
			case 'A' <= c && c <= 'Z':
				return rune(c + 'a' - 'A'), i + 1
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return unicode.ToLower(r), i + n
		}
		i += n
	}
	return -1, len(s)
}
