package attrib

import (
	"embed"
	"strings"
	"unicode/utf8"

	"cables/content/lex"
)

// words are the word lists only this stage reads, one per file; see
// content/lex/wordlist.go for their form.
//
//go:embed words/*.txt
var words embed.FS

// inLowered reports whether set holds w with its ASCII letters lowered,
// lowered on the stack: pt.word lowers only the lexicon's words, and a
// name like "US" is asked of often.
func inLowered(set map[string]bool, w string) bool {
	var b [24]byte
	if len(w) > len(b) {
		return false
	}
	n := copy(b[:], w)
	for i := range n {
		if 'A' <= b[i] && b[i] <= 'Z' {
			b[i] += 'a' - 'A'
		}
	}
	return set[string(b[:n])]
}

// writingVerb, jokeVerb and speechOnlyVerb ask lex's lists of verbs
// about a cue's verb, which the kind rules read for most quotes: most
// cues have no verb or one of none of the lists, which the lists'
// filters rule out before the verb is hashed.
func writingVerb(verb string) bool    { return inSet(writingFilter, lex.WritingVerbs, verb) }
func jokeVerb(verb string) bool       { return inSet(jokeFilter, lex.JokeVerbs, verb) }
func speechOnlyVerb(verb string) bool { return inSet(speechOnlyFilter, lex.SpeechOnlyVerbs, verb) }

var (
	writingFilter    = lex.FilterOf(lex.WritingVerbs)
	jokeFilter       = lex.FilterOf(lex.JokeVerbs)
	speechOnlyFilter = lex.FilterOf(lex.SpeechOnlyVerbs)
)

// holdsLowered reports whether set holds strings.ToLower(w), as a rule
// that lowered a word with strings.ToLower read it (inLowered lowers only
// ASCII letters): an ASCII word of up to 32 bytes is lowered on the
// stack, where strings.ToLower made a new string of every word with a
// capital; any other goes through strings.ToLower.
func holdsLowered(set map[string]bool, w string) bool {
	var low [32]byte
	if len(w) > len(low) {
		return set[strings.ToLower(w)]
	}
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return set[strings.ToLower(w)]
		}
		low[i] = lowerASCII(w[i])
	}
	return set[string(low[:len(w)])]
}
