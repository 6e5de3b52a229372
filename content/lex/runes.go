package lex

import (
	"unicode"
	"unicode/utf8"
)

// IsWordRune reports a letter, digit or combining mark: what words are
// made of, for the tokenizer and for the quote marks that flank them.
func IsWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return byteKind[r] == wordByte
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

// byteKind sorts bytes into ASCII spaces, ASCII word characters, other
// ASCII marks and the bytes of longer runes, so that the common case never
// calls into the unicode tables, and a table of 256 needs no bounds check.
var byteKind = func() (k [256]uint8) {
	for c := range k {
		switch {
		case c >= utf8.RuneSelf:
			k[c] = otherByte
		case c == ' ' || c >= '\t' && c <= '\r':
			k[c] = spaceByte
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9':
			k[c] = wordByte
		default:
			k[c] = markByte
		}
	}
	return k
}()

const (
	// (wordByte first: a switch over the kinds tests them in this order,
	// and most bytes the tokenizer switches on start a word)
	wordByte  = iota // an ASCII letter or digit
	spaceByte        // an ASCII space
	markByte         // an ASCII mark: a token of its own
	otherByte        // a byte of a rune longer than one byte
)

func runeAt(p string, i int) (rune, int) {
	if c := p[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(p[i:])
}

func isSpaceRune(r rune) bool {
	if r < utf8.RuneSelf {
		return byteKind[r] == spaceByte
	}
	return unicode.IsSpace(r)
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }
