package page

import (
	"strings"
	"unicode"

	"cables/content/lex"
)

// wireAgencies are the agencies a wire dateline names: "NEW YORK, Nov. 30
// (UPI) --".
var wireAgencies = lex.MustSet(words, "words/wire-agencies.txt")

// datelineSeparator finds the ":", " —", " --" or " –" that ends a dateline
// within the first few words.
func datelineSeparator(p string) (int, int) {
	limit := min(len(p), 60)
	for i := 0; i < limit; i++ {
		for _, sep := range []string{":", " —", " --", " –", " -"} {
			if strings.HasPrefix(p[i:], sep) {
				after := p[i+len(sep):]
				if strings.HasPrefix(after, " ") || strings.HasPrefix(after, "\u00a0") {
					return i, len(sep)
				}
			}
		}
	}
	return -1, 0
}

func isCapitals(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
			if !unicode.IsUpper(r) {
				return false
			}
		}
	}
	return letters >= 2
}

// labelWords reports capitals that label a story rather than place it:
// "BREAKING NEWS:", "LIVE UPDATE:".
func labelWords(words []string) bool {
	for _, w := range words {
		switch strings.ToLower(w) {
		case "news", "update", "updates", "exclusive", "watch", "breaking", "live", "video", "analysis", "opinion", "editorial", "comment", "explainer":
			return true
		}
	}
	return false
}
