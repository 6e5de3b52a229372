package attrib

import (
	"strings"

	"cables/content/lex"
	"cables/content/rule"
)

// What a phrase around a name or a role names: appositives, names set off
// by commas, diplomatic missions, scene-setting participles.

// missionWord reports whether w names a diplomatic mission, which
// reports home in cables.
func missionWord(w string) bool {
	return strings.EqualFold(w, "embassy") || strings.EqualFold(w, "consulate")
}

// docLikeNouns stand for a document in a story that has just named one.
var docLikeNouns = lex.MustSet(words, "words/document-like-nouns.txt")

// quantifiers count what follows "of": "one of those cables".
var quantifiers = lex.MustSet(words, "words/quantifiers.txt")

// missionVerbs are what a mission does in its cables.
var missionVerbs = lex.MustSet(words, "words/mission-verbs.txt")

// prepObject reports whether the name ending at item k follows a
// preposition directly, titles and all: "A spokesman for President X" is
// the spokesman, while in "US Ambassador in Delhi Tim Roemer" the name
// follows the place.
func prepObject(pt *paraText, b, k int) bool {
	p := pt.personAt(k)
	for k > b && pt.personAt(k-1) == p {
		k--
	}
	for n := 0; n < prepObjectTitles && k > b && pt.is(k-1, lex.Title) && capitalAt(pt, k-1); n++ {
		k-- // "the spokesman of Prime Minister Omar Qadir": the title is the name's
	}
	if k-1 > b && capitalAt(pt, k-1) && demonymShaped(pt.word(k-1)) && pt.is(k-2, lex.Prep) {
		k-- // "of Kandian Prime Minister Omar Qadir" (not "Ambassador in Delhi Tim Roemer": a place)
	}
	if k-1 > b && !capitalAt(pt, k-1) && pt.is(k-1, lex.RoleNoun|lex.RoleWord) {
		// "an aide to Congress politician Omar Qadir": a role in lower
		// case and a word or two that qualify it before the name
		j := k - 1
		for n := 0; n < 2 && j-1 > b && capitalAt(pt, j-1); n++ {
			j--
		}
		if pt.isWord(j-1, "to") || pt.isWord(j-1, "for") {
			return true // (not "a statement by UN spokesman X": his words)
		}
	}
	return k > b && pt.is(k-1, lex.Prep)
}

// prepObjectTitles is how many capitalised title words may stand between
// a preposition and the name it governs: "of Prime Minister Omar Qadir".
const prepObjectTitles = 3

// demonymShaped reports a word shaped as a people's adjective: "Kandian",
// "Spanish", "Chinese", "French".
func demonymShaped(w string) bool {
	for _, end := range []string{"ian", "ean", "can", "ish", "ese", "ench", "tch"} {
		if len(w) > len(end)+2 && strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

// participleOpening reports whether item b opens a participle phrase
// that sets the scene before the subject: "Speaking at an event in Manta,
// he …", "Pressed on whether Putin had read it, he …".
func participleOpening(pt *paraText, b int) bool {
	t, ok := pt.tok(b)
	if !ok || !t.Word || pt.personAt(b) >= 0 {
		return false
	}
	w := t.Text(pt.text)
	if !t.Cap {
		// in lower case only after an opening's comma, on a verb in
		// -ing and its words, or in -ed and a preposition: "Yesterday,
		// attending a meeting, …", "On Tuesday, pressed by reporters,
		// …" (not "On Monday, embattled Minister X, …")
		n, ok := pt.tok(b + 1)
		if !pt.isWord(b-1, ",") || !ok || !n.Word || n.Cap {
			return false
		}
		return strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") && pt.is(b+1, lex.Prep)
	}
	return len(w) > 4 && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed"))
}

// renamesObject reports whether a name set off after the phrase [b, e)
// renames a person the phrase governs rather than its head: in "A
// spokesman for the prime minister, X," X is the prime minister; in "A
// spokesman for the embassy, X," X is the spokesman.
func renamesObject(pt *paraText, b, e int) bool {
	if e-1 <= b || !pt.is(e-1, lex.RoleWord|lex.RoleNoun) {
		return false
	}
	for k := e - 2; k > b; k-- {
		if pt.isWord(k, ",") {
			return false // "According to a cable, the US Ambassador, X,"
		}
		if pt.is(k, lex.Prep) {
			return true
		}
	}
	return false
}

// namedBeforeDescription returns the person named right before a
// description set off by commas that ends at item j ("Anwar Gargash, the
// adviser to Sheikh X,"), or -1.
func namedBeforeDescription(pt *paraText, lo, j int) int {
	for c := j; c > lo && c > j-12; c-- {
		if pt.items[c].tok < 0 || pt.is(c, lex.Clause) && !(pt.isWord(c, "who") && pt.isWord(c-1, ",")) || pt.isVerbAt(c) {
			return -1
		}
		if !pt.isWord(c, ",") {
			continue
		}
		if !pt.is(c+1, lex.Determiner) && !pt.isWord(c+1, "who") || pt.isWord(c+1, "his") || pt.isWord(c+1, "her") {
			return -1 // ("Larry Dinger, who ran the embassy, reported")
		}
		p := pt.personAt(c - 1)
		if p < 0 || pt.at[pt.items[c-1].tok].owner() {
			return -1
		}
		return p
	}
	return -1
}

// namedAfter returns the person named between the comma at item e and the
// next one: "A spokesman for the embassy, Carlos Ortega, declined" names
// the spokesman. It returns -1 when the commas hold anything else.
func namedAfter(pt *paraText, e, limit int) int {
	if !pt.isWord(e, ",") {
		return -1
	}
	p := pt.personAt(e + 1)
	if p < 0 {
		return -1
	}
	k := e + 1
	for k < limit && pt.personAt(k) == p {
		k++
	}
	if k >= limit || !pt.isWord(k, ",") {
		return -1
	}
	return p
}

// namedAfterDescription returns the person named after a description
// that opens the sentence, its relative clause at item e and a comma
// ending it, when a verb follows the name: "A man who seldom misses a
// chance to criticise Washington, Qadir fired back"; and the item of the
// name. Else -1.
func namedAfterDescription(pt *paraText, e, limit int) (int, int) {
	if !pt.is(e, lex.Clause) || pt.isWord(e, "that") {
		return -1, 0
	}
	k := e + 1
	for k < limit && !pt.isWord(k, ",") && pt.items[k].tok >= 0 {
		k++
	}
	p := pt.personAt(k + 1)
	if k >= limit || !pt.isWord(k, ",") || p < 0 {
		return -1, 0
	}
	n := k + 1
	for n < limit && pt.personAt(n) == p {
		n++
	}
	if n >= limit || !pt.isVerbAt(n) && !unlistedVerbAfterName(pt, k+1, n) {
		return -1, 0
	}
	return p, k + 1
}

// phraseMemo keeps what classify found for the phrases of one story: the
// same phrase is classified for its verb's subject, its cue and the
// sentence's frame, about a third of the calls again. A phrase ending in
// "it" or "they" is not kept, as whether it names a document reads the
// quotes decided so far (itGoesOn); every other phrase rule reads only
// what is fixed before the first quote is decided.
type phraseMemo [phraseMemoSlots]phraseMemoEntry

// phraseMemoSlots is the size of the memo, direct-mapped: a story
// classifies about 160 phrases, and a phrase that lands on a taken slot
// replaces what was there.
const phraseMemoSlots = 256

type phraseMemoEntry struct {
	pt    *paraText // nil in an empty slot
	b, e  int32
	src   source
	fired rule.Fired
}

// slot returns the memo's slot for the phrase of items b to e of pt.
func (m *phraseMemo) slot(pt *paraText, b, e int) *phraseMemoEntry {
	return &m[uint(pt.pi*97+b*31+e)%phraseMemoSlots]
}

// get returns what classify found for the phrase, if kept.
func (m *phraseMemo) get(pt *paraText, b, e int) (source, rule.Fired, bool) {
	if s := m.slot(pt, b, e); s.pt == pt && int(s.b) == b && int(s.e) == e {
		return s.src, s.fired, true
	}
	return source{}, rule.Fired{}, false
}

// put keeps what classify found for the phrase.
func (m *phraseMemo) put(pt *paraText, b, e int, src source, fired rule.Fired) {
	*m.slot(pt, b, e) = phraseMemoEntry{pt: pt, b: int32(b), e: int32(e), src: src, fired: fired}
}
