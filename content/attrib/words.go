package attrib

import (
	"embed"

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
