package attrib

import (
	"math/bits"
	"strings"
)

// markSet finds whether a text holds any of a few marks (pieces of the
// words a rule looks for: "eak" of "leak", "off" of "Emboff") in one pass
// over the text, eight bytes at a time. Each mark is looked for at the
// rarest of its letters, its anchor ("k" of "eak"): a text is compared
// with a mark only where the mark's anchor stands, which in prose is a
// place in ten or so. A search for each mark (strings.Contains) read
// every quote once per mark, and cost more in setting itself up than in
// reading the short texts quotes are.
type markSet struct {
	// anchors are the anchors, lower case; a byte is compared with them
	// with its 0x20 bit set, so that "K" finds "EAK" as "k" finds "eak"
	anchors []byte
	// at[b] are the marks whose anchor is b, lower case
	at [256][]anchoredMark
}

// anchoredMark is a mark and the offset of its anchor in it.
type anchoredMark struct {
	mark string
	off  int
}

// letterRank orders the letters from the most common in English prose
// to the rarest: a mark's anchor is its letter that comes last here.
const letterRank = "etaoinshrdlucmfwgypbvkjxqz"

func newMarkSet(marks ...string) *markSet {
	s := &markSet{}
	for _, m := range marks {
		off, rank := -1, -1
		for i := 0; i < len(m); i++ {
			if r := strings.IndexByte(letterRank, m[i]|0x20); r > rank && m[i]|0x20 >= 'a' && m[i]|0x20 <= 'z' {
				off, rank = i, r
			}
		}
		if off < 0 {
			panic("attrib: a mark without a letter: " + m)
		}
		a := m[off] | 0x20
		if s.at[a] == nil {
			s.anchors = append(s.anchors, a)
		}
		s.at[a] = append(s.at[a], anchoredMark{mark: m, off: off})
	}
	return s
}

// in reports whether text holds one of the marks.
func (s *markSet) in(text string) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	i := 0
	for ; i+8 <= len(text); i += 8 {
		w := text[i : i+8]
		x := (uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
			uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56) | 0x20*ones
		var m uint64
		for _, a := range s.anchors {
			y := x ^ (ones * uint64(a))
			m |= (y - ones) &^ y // (every byte equal to a, and maybe a few after one: see zeroBytes in quotes)
		}
		for m &= highs; m != 0; m &= m - 1 {
			if s.holdsAt(text, i+bits.TrailingZeros64(m)/8) {
				return true
			}
		}
	}
	for ; i < len(text); i++ {
		if s.holdsAt(text, i) {
			return true
		}
	}
	return false
}

// holdsAt reports whether one of the marks whose anchor is text[j] stands
// there.
func (s *markSet) holdsAt(text string, j int) bool {
	for _, am := range s.at[text[j]|0x20] {
		if start := j - am.off; start >= 0 && strings.HasPrefix(text[start:], am.mark) {
			return true
		}
	}
	return false
}
