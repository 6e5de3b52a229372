package content

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is a word or a punctuation character of a paragraph. People and
// attribution rules read these rather than raw text, so that every rule
// runs on one tokenisation done once.
type token struct {
	s          string // the word, without a possessive ending
	start, end int    // byte range in the paragraph
	word       bool   // letters or digits, not punctuation
	cap        bool   // starts with an upper-case letter
	poss       bool   // followed by ’s or 's
	lower      string // s in lower case without a final period
}

// abbreviations keep their period: "Gen. Kayani" is one name, not the end
// of a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "gen": true, "lt": true, "col": true,
	"maj": true, "capt": true, "adm": true, "sen": true, "rep": true, "gov": true, "st": true,
	"jr": true, "sr": true, "prof": true, "rev": true, "brig": true, "sgt": true, "amb": true,
	"no": true, "vs": true, "mt": true, "ft": true, "hon": true, "pres": true, "sec": true,
}

// tokenize splits a paragraph into tokens in one pass.
func tokenize(p string) []token {
	toks := make([]token, 0, len(p)/5)
	for i := 0; i < len(p); {
		r, w := utf8.DecodeRuneInString(p[i:])
		if unicode.IsSpace(r) {
			i += w
			continue
		}
		if !isWordRune(r) {
			toks = append(toks, token{s: p[i : i+w], start: i, end: i + w, lower: p[i : i+w]})
			i += w
			continue
		}
		start := i
		j := i + w
		for j < len(p) {
			r, w := utf8.DecodeRuneInString(p[j:])
			if isWordRune(r) {
				j += w
				continue
			}
			if r == '.' || r == '-' || r == '\'' || r == '’' || r == '&' {
				// joiners stay inside a word only between word characters
				next, _ := utf8.DecodeRuneInString(p[j+w:])
				if j+w < len(p) && isWordRune(next) {
					j += w
					continue
				}
			}
			break
		}
		t := token{start: start, end: j, word: true}
		word := p[start:j]
		for _, suf := range [...]string{"’s", "'s", "’S", "'S"} {
			if len(word) > len(suf) && strings.HasSuffix(word, suf) {
				word = word[:len(word)-len(suf)]
				t.poss = true
				break
			}
		}
		end := start + len(word)
		if !t.poss && j < len(p) && p[j] == '.' {
			low := strings.ToLower(word)
			if abbreviations[low] || strings.Contains(word, ".") || utf8.RuneCountInString(word) == 1 && unicode.IsUpper(r) {
				j++
				end = j
			}
		}
		t.s = p[start:end]
		t.end = end
		first, _ := utf8.DecodeRuneInString(t.s)
		t.cap = unicode.IsUpper(first)
		t.lower = strings.TrimSuffix(strings.ToLower(t.s), ".")
		toks = append(toks, t)
		i = j
	}
	return toks
}
