package attrib

import (
	"strings"
)

// markSet finds whether a text holds any of a few marks (pieces of the
// words a rule looks for: "eak" of "leak", "off" of "Emboff") in one pass
// over the text. Each mark is looked for at the rarest of its letters, its
// anchor ("k" of "eak"): a text is compared with a mark only where the
// mark's anchor stands (in the quotes of the generated library, a byte in
// ten to thirteen) beside a byte the mark has there (one in seventy to a
// hundred and thirty). A search for each mark (strings.Contains) read
// every quote once per mark, and cost more in setting itself up than in
// reading the short texts quotes are. The marks may be of several groups
// (jargon's, the leak words'), which one reading tells apart.
type markSet struct {
	// anchor[b] tells that byte b is an anchor, in either case: "K" finds
	// "EAK" as "k" finds "eak"
	anchor [256]bool
	// at[b] are the marks whose anchor is b, lower case
	at [256][]anchoredMark
	// before[b] holds the bytes that stand right before anchor b (lower
	// case) in its marks, after[b] those right after it in the marks it
	// starts
	before, after [256]byteSet
}

// anchoredMark is a mark, the offset of its anchor in it, and the
// group it is of (a bit).
type anchoredMark struct {
	mark  string
	off   int
	group uint8
}

// byteSet is a set of bytes, a bit each.
type byteSet [4]uint64

func (bs *byteSet) add(c byte)      { bs[c>>6] |= 1 << (c & 63) }
func (bs *byteSet) has(c byte) bool { return bs[c>>6]&(1<<(c&63)) != 0 }

// letterRank orders the letters from the most common in English prose
// to the rarest: a mark's anchor is its letter that comes last here.
const letterRank = "etaoinshrdlucmfwgypbvkjxqz"

// newMarkGroups makes one set of several groups of marks, group i's bit
// 1<<i (groupsIn): a text is read once for all of them.
func newMarkGroups(groups ...[]string) *markSet {
	s := &markSet{}
	for g, marks := range groups {
		for _, m := range marks {
			s.add(m, uint8(1)<<g)
		}
	}
	return s
}

// add puts mark m of group g in the set.
func (s *markSet) add(m string, g uint8) {
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
	s.anchor[a], s.anchor[a&^0x20] = true, true
	s.at[a] = append(s.at[a], anchoredMark{mark: m, off: off, group: g})
	switch {
	case off > 0:
		s.before[a].add(m[off-1])
	case len(m) > 1:
		s.after[a].add(m[1])
	default:
		panic("attrib: a mark of one letter: " + m)
	}
}

// groupsIn returns the groups of want whose marks text holds, as bits,
// in one reading of it that stops once it has found them all.
func (s *markSet) groupsIn(text string, want uint8) uint8 {
	var found uint8
	for i := 0; i < len(text); i++ {
		if s.anchor[text[i]] && s.beside(text, i) {
			if found |= s.groupsAt(text, i) & want; found == want {
				break
			}
		}
	}
	return found
}

// beside reports whether the byte before anchor text[j] (or after it) is
// one that stands there in one of its marks: most anchors found in prose
// are passed over with a bit read, no mark compared.
func (s *markSet) beside(text string, j int) bool {
	a := text[j] | 0x20
	return j > 0 && s.before[a].has(text[j-1]) || j+1 < len(text) && s.after[a].has(text[j+1])
}

// groupsAt returns the groups of the marks whose anchor is text[j] that
// stand there.
func (s *markSet) groupsAt(text string, j int) uint8 {
	var found uint8
	for _, am := range s.at[text[j]|0x20] {
		if start := j - am.off; start >= 0 && strings.HasPrefix(text[start:], am.mark) {
			found |= am.group
		}
	}
	return found
}
