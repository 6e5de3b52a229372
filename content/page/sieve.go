package page

// formSieve rules out, without hashing, most words that are not in a set:
// a word may be in it only when a word of the set has the same length and
// the same first and last letters.
type formSieve [1 << 15 / 64]uint64

func newFormSieve(words map[string]bool) *formSieve {
	var s formSieve
	for w := range words {
		if i, ok := sieveIndex(w); ok {
			s[i/64] |= 1 << (i % 64)
		}
	}
	return &s
}

// sieveIndex is where a word of lower-case ASCII letters and '-' stands in
// a formSieve; false for a word longer than 31 bytes or empty.
func sieveIndex[W string | []byte](w W) (uint, bool) {
	if len(w) == 0 || len(w) > 31 {
		return 0, false
	}
	return uint(w[0]&31)<<10 | uint(w[len(w)-1]&31)<<5 | uint(len(w)), true
}

func (s *formSieve) mayHold(w string) bool {
	i, ok := sieveIndex(w)
	return !ok || s[i/64]&(1<<(i%64)) != 0
}

func (s *formSieve) mayHoldBytes(w []byte) bool {
	i, ok := sieveIndex(w)
	return !ok || s[i/64]&(1<<(i%64)) != 0
}

// startFormSieve sieves the words chromeStarts looks up in
// chromeStartForms.
var startFormSieve = newFormSieve(chromeStartForms)
