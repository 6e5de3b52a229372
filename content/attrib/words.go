package attrib

import "embed"

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
