package attrib

import (
	"cmp"
	"slices"
	"unicode"
	"unicode/utf8"

	"cables/content/rule"
	"cables/model"
)

// A story often quotes the same words twice: bare in its headline or
// lede, framed in its body ("…the envoy who called him “incompetent”" and
// later "In the memos, Jane Ruiz described the minister as
// “incompetent”"). Once every quote of the story is decided, the echo
// rules let the framed one speak for the bare one: a quote that only the
// last kind rule ("speech", nothing else found) decided, with no speaker
// or the same one, is a cable passage when the same words are one
// elsewhere in the story; a spoken quote that
// no rule gave a speaker is spoken by whoever speaks the same words
// later. Only a quote decided by a table's rule speaks for another,
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

// otherIsSpoken: the other quote of the same words, later in the story,
// is speech with a speaker a speaker rule found.
func (e *echoCase) otherIsSpoken() (string, bool) {
	a := e.a
	return a.why[e.other].speaker.Evidence, a.kind[e.other] == model.Speech && a.speaker[e.other] >= 0 &&
		a.why[e.other].speaker.Rule != "" && a.why[e.other].speaker.Rule != sameWordsSpokenBy
}

// echoes lets a quote the tables left undecided take its kind, and then
// its speaker, from a quote of the same words elsewhere in the story, as
// the echo rules say. Quotes are grouped by a hash of their words, so a
// story of many quotes costs no pair of quotes that differ.
func (a *attributor) echoes() {
	if len(a.found) < 2 {
		return
	}
	ends, some := a.echoCandidates()
	if !some {
		return
	}
	keys := a.echoKeys[:0]
	for q := range a.found {
		if !ends.may(a.quoteWords(q)) {
			continue // (no candidate's words start and end as these: no group of theirs decides anything)
		}
		if h, ok := a.wordsHash(q); ok {
			keys = append(keys, echoKey{hash: h, q: q})
		}
	}
	slices.SortFunc(keys, func(x, y echoKey) int { return cmp.Or(cmp.Compare(x.hash, y.hash), cmp.Compare(x.q, y.q)) })
	for i := 0; i < len(keys); {
		j := i + 1
		for j < len(keys) && keys[j].hash == keys[i].hash {
			j++
		}
		if j-i > 1 {
			a.echoAmong(keys[i:j])
		}
		i = j
	}
	a.echoKeys = keys[:0]
}

// echoCandidates reports a quote the echo rules may decide: one only the
// last kind rule decided, or a spoken one with no speaker (most stories
// have none, and pay nothing more); and the letters such quotes' words
// start and end with (echoEnds).
func (a *attributor) echoCandidates() (ends echoEnds, some bool) {
	for q := range a.found {
		if a.kind[q] == model.Speech && (a.why[q].kind.Rule == lastKindRule || a.speaker[q] < 0) {
			ends.add(a.quoteWords(q))
			some = true
		}
	}
	return ends, some
}

// echoKey is a quote and the hash of its words.
type echoKey struct {
	hash uint64
	q    int
}

// echoAmong decides the quotes of one hash, in reading order, from one
// another, as the echo rules say. Quotes of one hash hold the same words:
// two others sharing a 64-bit hash is a chance of one in 2^64 a pair, and
// would cost no more than a kind or a speaker.
func (a *attributor) echoAmong(group []echoKey) {
	for _, k := range group {
		q := k.q
		undecidedKind := a.kind[q] == model.Speech && a.why[q].kind.Rule == lastKindRule
		noSpeaker := a.speaker[q] < 0
		if !undecidedKind && !noSpeaker {
			continue
		}
		for _, o := range group {
			other := o.q
			if other == q {
				continue
			}
			e := &a.echo
			*e = echoCase{a: a, q: q, other: other}
			if undecidedKind && (a.speaker[q] < 0 || a.speaker[q] == a.speaker[other] || a.speaker[other] < 0 && a.writer(a.speaker[q])) {
				// (the same words of the same writer, of no one, or of a
				// writer the cable twin leaves unnamed; not the minister
				// who says he is no "tired clerk")
				if ok, fired := echoKindRules.Decide(e); ok {
					a.kind[q], a.why[q].kind = model.Cable, fired
					if a.source[q] == "" && a.source[other] != "" {
						a.source[q], a.why[q].source = a.source[other], fired
					}
					break
				}
			}
			if noSpeaker && other > q && a.kind[q] == model.Speech {
				// (a headline or lede gives the words bare, the body
				// their speaker; a crowd that chants a leader's words
				// after him is not the leader)
				if ok, fired := echoSpeakerRules.Decide(e); ok {
					a.speaker[q], a.why[q].speaker, a.why[q].pronoun = a.speaker[other], fired, rule.Fired{}
					break
				}
			}
		}
	}
}

// wordsHash is a hash of quote q's letters and digits, in lower case, for
// a quote within one paragraph of minEchoLetters letters or more.
func (a *attributor) wordsHash(q int) (uint64, bool) {
	x := a.quoteWords(q)
	if x == "" {
		return 0, false
	}
	return hashWords(x)
}

// hashWords is the hash of the letters and digits of x, in lower case,
// and whether they are minEchoLetters or more.
func hashWords(x string) (uint64, bool) {
	h, n := uint64(14695981039346656037), 0 // FNV-1a
	for i := 0; i < len(x); {
		c := x[i]
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(x[i:])
			i += size
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				h = (h ^ uint64(unicode.ToLower(r))) * 1099511628211
				n++
			}
			continue
		}
		i++
		if c = alnumLower[c]; c == 0 {
			continue
		}
		h = (h ^ uint64(c)) * 1099511628211
		n++
	}
	return h, n >= minEchoLetters
}

// alnumLower is, by an ASCII byte, its letter in lower case or its digit,
// and 0 for any other byte: hashWords reads every byte of every quote.
var alnumLower = func() (t [256]byte) {
	for c := byte('0'); c <= '9'; c++ {
		t[c] = c
	}
	for c := byte('a'); c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = c, c
	}
	return t
}()

// lastKindRule is the kind rule that decides when no other fires.
var lastKindRule = kindRules.Rules[len(kindRules.Rules)-1].Name

// minEchoLetters is how many letters an echo holds at least.
const minEchoLetters = 4
