package lex

import (
	"unicode"
	"unicode/utf8"
)

// IsWordRune reports a letter, digit or combining mark: what words are
// made of, for the tokenizer and for the quote marks that flank them.
func IsWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiKind[r] == 2
	}
	if r >= 0x2000 && r <= 0x206F {
		return false // general punctuation: curly quotes, dashes, ellipses
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// IsNumber reports a word of ASCII digits only.
func IsNumber(w string) bool {
	for i := 0; i < len(w); i++ {
		if !isDigit(w[i]) {
			return false
		}
	}
	return w != ""
}

// asciiKind sorts ASCII bytes into spaces, word characters and the rest,
// so that the common case never calls into the unicode tables.
var asciiKind = func() (k [utf8.RuneSelf]uint8) {
	for c := range k {
		switch {
		case c == ' ' || c >= '\t' && c <= '\r':
			k[c] = 1
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9':
			k[c] = 2
		}
	}
	return k
}()

func runeAt(p string, i int) (rune, int) {
	if c := p[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(p[i:])
}

func isSpaceRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiKind[r] == 1
	}
	return unicode.IsSpace(r)
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }
