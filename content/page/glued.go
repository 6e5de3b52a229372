package page

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
)

// gluedVerbs are the verbs of saying a page may glue to the name before
// them, a space lost at a link's edge: "Ambassador Jane Ruizsaid".
var gluedVerbs = []string{"said", "says", "told", "wrote"}

// minGluedName is the fewest letters of a name splitGluedVerbs splits
// off: "Abusaid" stays one word.
const minGluedName = 5

// splitGluedVerbs puts the space back between a name and a verb of saying
// glued to it, where the story prints the name alone elsewhere ("Mr.
// Ruiz", "Ruiz’s report"): "Ambassador Jane Ruizsaid in the cable"
// becomes "Ambassador Jane Ruiz said in the cable".
func splitGluedVerbs(paras []string) {
	for i, p := range paras {
		if !mayHoldGluedVerb(p) {
			continue // (nearly every paragraph: one pass over its bytes)
		}
		for _, v := range gluedVerbs {
			if strings.Contains(p, v) {
				paras[i] = splitGlued(paras, p, v)
				p = paras[i]
			}
		}
	}
}

// mayHoldGluedVerb reports a verb of gluedVerbs right after a lower-case
// letter somewhere in p. It reads eight bytes at a time, with the eight
// after them one and two bytes on, and looks at a place only where a
// lower-case letter stands before the first two letters of a verb (issue
// 14: a byte at a time this was 7 % of the page stage). A verb added to
// gluedVerbs that starts otherwise needs its pair here, as
// TestMayHoldGluedVerbAnywhere tells.
func mayHoldGluedVerb(p string) bool {
	i := 0
	for ; i+10 <= len(p); i += 8 {
		// Bit 8j+7 of at marks p[i+j] as a lower-case letter before, it
		// may be, the first two letters of a verb: "sa", "to" or "wr"
		// (verbAt reads the place).
		w := p[i : i+10] // (one bounds check for the three loads)
		first, second := load8(w, 1), load8(w, 2)
		pairs := mayPair(first, second, 's', 'a') | mayPair(first, second, 't', 'o') | mayPair(first, second, 'w', 'r')
		if pairs == 0 {
			continue // (most eights: the letter before is not read)
		}
		at := bytesIn(load8(w, 0), 'a', 'z') & pairs
		for ; at != 0; at &= at - 1 {
			if verbAt(p, i+bits.TrailingZeros64(at)/8+1) {
				return true
			}
		}
	}
	for i++; i < len(p); i++ {
		if c := p[i-1]; c >= 'a' && c <= 'z' && verbAt(p, i) {
			return true
		}
	}
	return false
}

// mayPair marks with its high bit each byte of first that is a and whose
// byte in second is b, and may mark a byte after one that is (a borrow
// carries into it), as bytesOf does: both bytes are tested at once, by one
// test for a zero byte of their differences or'ed. The caller reads each
// place marked (verbAt), so a mark too many costs a look, not a verdict.
func mayPair(first, second uint64, a, b byte) uint64 {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	t := (first ^ uint64(a)*ones) | (second ^ uint64(b)*ones)
	return (t - ones) &^ t & highs
}

// verbAt reports a verb of gluedVerbs at p[i].
func verbAt(p string, i int) bool {
	for _, v := range gluedVerbs {
		if strings.HasPrefix(p[i:], v) {
			return true
		}
	}
	return false
}

// splitGlued splits verb v off the capitalised words of p it ends.
func splitGlued(paras []string, p, v string) string {
	var b strings.Builder
	from := 0
	for at := 0; ; {
		k := strings.Index(p[at:], v)
		if k < 0 {
			break
		}
		end := at + k + len(v)
		start := wordStart(p, at+k)
		at = end
		if end < len(p) && isLetterByte(p[end]) {
			continue // inside a longer word
		}
		name := p[start : end-len(v)]
		if len(name) < minGluedName {
			continue
		}
		r, _ := utf8.DecodeRuneInString(name)
		last, _ := utf8.DecodeLastRuneInString(name)
		if !unicode.IsUpper(r) || !unicode.IsLower(last) || !printedAlone(paras, name) {
			continue
		}
		b.WriteString(p[from : end-len(v)])
		b.WriteByte(' ')
		from = end - len(v)
	}
	if from == 0 {
		return p
	}
	b.WriteString(p[from:])
	return b.String()
}

// wordStart returns where the word holding byte i of p starts.
func wordStart(p string, i int) int {
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(p[:i])
		if !unicode.IsLetter(r) && r != '-' {
			break
		}
		i -= n
	}
	return i
}

func isLetterByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80 }

// printedAlone reports whether some paragraph prints name as a word of its
// own (possessive or not).
func printedAlone(paras []string, name string) bool {
	for _, p := range paras {
		for at := 0; ; {
			k := strings.Index(p[at:], name)
			if k < 0 {
				break
			}
			s, e := at+k, at+k+len(name)
			at = e
			if (s == 0 || !isLetterByte(p[s-1])) && (e == len(p) || !isLetterByte(p[e])) {
				return true
			}
		}
	}
	return false
}
