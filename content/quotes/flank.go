package quotes

import (
	"unicode"
	"unicode/utf8"

	"cables/content/lex"
)

// What the characters either side of a quote mark say about it.

// flank describes the characters either side of a mark, CommonMark style:
// a mark with a word after and a space or punctuation before can open; a
// mark with a word before and a space or punctuation after can close.
//
// Scripts written without spaces (Chinese, Japanese) give flanking no
// evidence: after 。 and before a letter a ” still closes. cjk tells that a
// neighbour is such a character, so the mark's own shape decides.
func flank(p string, i, w int) (canOpen, canClose, wordBoth, digitAfter, cjk bool) {
	prev, next := ' ', ' '
	if i > 0 {
		prev, _ = utf8.DecodeLastRuneInString(p[:i])
	}
	if i+w < len(p) {
		next, _ = utf8.DecodeRuneInString(p[i+w:])
	}
	prevSpace, nextSpace := unicode.IsSpace(prev), unicode.IsSpace(next)
	prevPunct := !prevSpace && !lex.IsWordRune(prev)
	nextPunct := !nextSpace && !lex.IsWordRune(next)
	canOpen = !nextSpace && (prevSpace || prevPunct)
	canClose = !prevSpace && (nextSpace || nextPunct)
	wordBoth = lex.IsWordRune(prev) && lex.IsWordRune(next)
	digitAfter = unicode.IsDigit(next)
	cjk = isUnspacedScript(prev) || isUnspacedScript(next)
	return
}

// isUnspacedScript tells the characters of scripts that put no spaces
// between words: Han, kana and their punctuation and full-width forms.
func isUnspacedScript(r rune) bool {
	switch {
	case r < 0x2E80:
		return false
	case r >= 0x3000 && r <= 0x303F, r >= 0xFF00 && r <= 0xFFEF:
		return true
	}
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana)
}
