package quotes

import (
	"cables/content/lex"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Quotes that hold a nickname, not anyone's words, and the word helpers
// that tell them.

// dropNicknames removes quotes that hold a nickname, not anyone's words:
// Porfirio “Pepe” Lobo, the president, known as “Mel,”.
func dropNicknames(out []Found, paras []string) []Found {
	kept := out[:0]
	for _, f := range out {
		if len(f.Spans) != 1 || !nickname(paras[f.Spans[0].Paragraph], f) {
			kept = append(kept, f)
		}
	}
	return kept
}

func nickname(p string, f Found) bool {
	s := f.Spans[0]
	text := strings.TrimSpace(strings.TrimRight(p[s.Start:s.End], ","))
	if text == "" || len(text) > 40 || strings.Count(text, " ") > 1 {
		return false // no quote of more than two words is a nickname
	}
	for w := range strings.FieldsSeq(text) {
		if !startsUpper(w) {
			return false
		}
	}
	before, last := splitLastWord(p[:f.OpenAt])
	if last == "nicknamed" {
		return true
	}
	if last == "as" {
		// "known as", "known universally as"
		before, w := splitLastWord(before)
		_, w2 := splitLastWord(before)
		return w == "known" || w2 == "known"
	}
	// Porfirio “Pepe” Lobo: between a given name and a surname, which a
	// particle may open (Luiz “Lula” da Silva)
	after := strings.TrimLeft(p[f.CloseEnd:], " ")
	if w, rest, ok := strings.Cut(after, " "); ok && lex.Particles[w] {
		after = rest
	}
	return startsUpper(last) && !strings.ContainsAny(last, ".,;:") && startsUpper(after) &&
		f.OpenAt > 0 && p[f.OpenAt-1] == ' ' && f.CloseEnd < len(p) && p[f.CloseEnd] == ' '
}

// splitLastWord splits the last word off text: what comes before it, and it.
func splitLastWord(text string) (string, string) {
	text = strings.TrimRight(text, " ")
	i := strings.LastIndexByte(text, ' ')
	return text[:i+1], text[i+1:]
}

func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}
