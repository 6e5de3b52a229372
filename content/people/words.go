package people

import "embed"

// words are the word lists only this stage reads, one per file; see
// content/lex/wordlist.go for their form.
//
//go:embed words/*.txt
var words embed.FS
