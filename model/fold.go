package model

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Fold makes text comparable the way a person searching means it: lower
// case, accents and other marks removed ("Zürich", "zurich"), and
// typographic quotes, apostrophes and dashes written as their ASCII forms
// ("Pakistan’s", "pakistan's"). It works rune by rune, so the fold of a
// prefix is a prefix of the fold.
func Fold(s string) string {
	out, _ := fold(s, false)
	return out
}

// FoldMap is Fold that also gives, for each byte of the folded text, the
// offset in s of the rune it came from, so that a match in the folded text
// can be shown in the original.
func FoldMap(s string) (string, []int) { return fold(s, true) }

func fold(s string, mapped bool) (string, []int) {
	var b strings.Builder
	b.Grow(len(s))
	at := foldTo(&b, s, mapped)
	return b.String(), at
}

// foldTo writes the fold of s to b and, when mapped, gives for each byte
// written the offset in s of the rune it came from.
func foldTo(b *strings.Builder, s string, mapped bool) []int {
	var at []int
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b.WriteByte(c)
			if mapped {
				at = append(at, i)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		f := foldRune(r)
		b.WriteString(f)
		if mapped {
			for range len(f) {
				at = append(at, i)
			}
		}
		i += size
	}
	return at
}

var (
	foldOnce  sync.Once
	foldTable map[rune]string
)

// foldRune folds one non-ASCII rune.
func foldRune(r rune) string {
	foldOnce.Do(buildFoldTable)
	if r < rune(len(foldNear)) {
		return foldNear[r]
	}
	if f, ok := foldOther.Load(r); ok {
		return f.(string)
	}
	f := foldFar(r)
	foldOther.Store(r, f)
	return f
}

// foldFar folds a rune by the table, or else by its decomposition.
func foldFar(r rune) string {
	if f, ok := foldTable[r]; ok {
		return f
	}
	if unicode.Is(unicode.Mn, r) { // a combining mark written apart
		return ""
	}
	return stripMarks(r)
}

// foldNear is the folds of the runes below U+2200 (Latin, Greek,
// Cyrillic, the marks, and punctuation), looked up rather than asked of
// a map: a body being read folds many.
var foldNear []string

// foldOther caches the folds of the other runes as they are met.
var foldOther sync.Map

// stripMarks lowercases a letter and drops the marks of its decomposition.
func stripMarks(r rune) string {
	var b strings.Builder
	for _, dr := range norm.NFD.String(string(r)) {
		if !unicode.Is(unicode.Mn, dr) {
			b.WriteRune(unicode.ToLower(dr))
		}
	}
	return b.String()
}

// buildFoldTable folds the Latin letters with marks (Latin-1 and the
// Latin Extended blocks) by decomposing them, and a few letters and
// punctuation that do not decompose.
func buildFoldTable() {
	foldTable = map[rune]string{
		'ß': "ss", 'æ': "ae", 'Æ': "ae", 'œ': "oe", 'Œ': "oe", 'ø': "o", 'Ø': "o",
		'đ': "d", 'Đ': "d", 'ł': "l", 'Ł': "l", 'ı': "i", 'þ': "th", 'Þ': "th", 'ð': "d", 'Ð': "d",
		'‘': "'", '’': "'", '‚': "'", '‛': "'", '′': "'", '“': "\"", '”': "\"", '„': "\"", '‟': "\"",
		'«': "\"", '»': "\"", '‹': "'", '›': "'",
		'‐': "-", '‑': "-", '‒': "-", '–': "-", '—': "-", '―': "-", '−': "-",
		'\u00a0': " ", '…': "...",
	}
	for r := rune(0xC0); r <= 0x24F; r++ {
		if _, ok := foldTable[r]; ok {
			continue
		}
		if f := stripMarks(r); f != string(r) {
			foldTable[r] = f
		}
	}
	foldNear = make([]string, 0x2200)
	for r := range foldNear {
		foldNear[r] = foldFar(rune(r))
	}
}
