package lex

// WordFilter tells, per first byte, the lengths (63 standing for 63 and
// more) of the words of a set: a word it rules out is not in the set,
// which spares hashing the words of a hot lookup that mostly misses.
type WordFilter [256]uint64

// FilterOf returns the filter of a set's words.
func FilterOf[V any](set map[string]V) *WordFilter {
	f := new(WordFilter)
	for w := range set {
		if w == "" {
			f[0] |= 1 // (bit 0 of byte 0: no word has length 0)
			continue
		}
		f[w[0]] |= 1 << min(len(w), 63)
	}
	return f
}

// May reports whether w may be a word of the set.
func (f *WordFilter) May(w string) bool {
	if w == "" {
		return f[0]&1 != 0
	}
	return f[w[0]]&(1<<min(len(w), 63)) != 0
}
