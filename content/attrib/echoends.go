package attrib

import (
	"unicode"
	"unicode/utf8"
)

// echoEnds are the letters (or digits) that the words of the quotes the
// echo rules may decide start and end with, lowered as wordsHash lowers
// them: a quote of the same words starts and ends with the same ones, so
// the quotes whose words start or end otherwise are not hashed (most of
// a story's). An ASCII letter is told by its byte, any other by one bit
// for the others.
type echoEnds struct{ first, last [2]uint64 }

// nonASCIIEnd stands for every letter or digit outside ASCII.
const nonASCIIEnd = 0

// add notes the ends of a candidate's words.
func (e *echoEnds) add(x string) {
	f, l := wordEnds(x)
	e.first[f/64] |= 1 << (f % 64)
	e.last[l/64] |= 1 << (l % 64)
}

// may reports whether words x may be those of a candidate: their ends
// are a candidate's. Words without a letter are never an echo.
func (e *echoEnds) may(x string) bool {
	f, l := wordEnds(x)
	if f == noEnd {
		return false
	}
	return e.first[f/64]&(1<<(f%64)) != 0 && e.last[l/64]&(1<<(l%64)) != 0
}

// noEnd is the end of words without a letter or digit.
const noEnd = 127

// wordEnds returns the first and the last letter or digit of x, lowered
// ASCII, nonASCIIEnd for another rune; noEnd for both when there is none.
func wordEnds(x string) (first, last byte) {
	first, last = noEnd, noEnd
	for i := 0; i < len(x); {
		c := x[i]
		if c < utf8.RuneSelf {
			if b, ok := hashedByte(c); ok {
				first = b
				break
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(x[i:])
		if b, ok := hashedRune(r); ok {
			first = b
			break
		}
		i += size
	}
	if first == noEnd {
		return noEnd, noEnd
	}
	for i := len(x); i > 0; {
		c := x[i-1]
		if c < utf8.RuneSelf {
			if b, ok := hashedByte(c); ok {
				return first, b
			}
			i--
			continue
		}
		r, size := utf8.DecodeLastRuneInString(x[:i])
		if b, ok := hashedRune(r); ok {
			return first, b
		}
		i -= size
	}
	return first, last
}

// hashedByte is an ASCII byte as wordsHash reads it: a letter lowered or
// a digit (ok), or else nothing.
func hashedByte(c byte) (byte, bool) {
	switch {
	case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
		return c, true
	case 'A' <= c && c <= 'Z':
		return c + 'a' - 'A', true
	}
	return 0, false
}

// hashedRune is a rune past ASCII as wordsHash reads it: a letter or
// digit (ok), nonASCIIEnd unless lowering makes it ASCII ("İ" is "i").
func hashedRune(r rune) (byte, bool) {
	if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
		return 0, false
	}
	if l := unicode.ToLower(r); l < utf8.RuneSelf {
		return byte(l), true
	}
	return nonASCIIEnd, true
}

// quoteWords is the text of quote q when it lies within one paragraph,
// else "": the words an echo compares.
func (a *attributor) quoteWords(q int) string {
	f := a.found[q].Spans
	if len(f) != 1 {
		return ""
	}
	return a.paras[f[0].Paragraph].text[f[0].Start:f[0].End]
}
