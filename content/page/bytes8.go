package page

import (
	"strings"
	"unicode/utf8"
)

// The quick passes of the page stage read a line eight bytes at a time
// (issue 14): load8 takes them, bytesIn marks the bytes of a range.

// load8 is the eight bytes of s from s[i], the first the lowest.
func load8(s string, i int) uint64 {
	w := s[i : i+8]
	return uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
		uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
}

// bytesIn marks with its high bit each byte of x from lo to hi, both
// ASCII: below 0x80 a byte less or plus the constants carries into no
// other.
func bytesIn(x uint64, lo, hi byte) uint64 {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	low := x &^ highs
	return (low + uint64(0x80-lo)*ones) &^ (low + uint64(0x80-hi-1)*ones) &^ x & highs
}

// bytesOf marks with its high bit each byte of x that is c, and may mark
// a byte after one that is c (a borrow carries into it): for a caller that
// checks each place marked, two operations fewer than bytesIn.
func bytesOf(x uint64, c byte) uint64 {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	t := x ^ uint64(c)*ones
	return (t - ones) &^ t & highs
}

// containsAny is strings.ContainsAny for a set of a few runes, some of
// them outside ASCII ("“”\"‘’«»"): it searches the text for each rune of
// the set in turn, each search over the text's bytes at once, where
// strings.ContainsAny, given a set outside ASCII, decodes each rune of the
// text and looks it up in the set (issue 14: that was 3 % of the page
// stage's instructions, most of them the chrome rules' look for quotation
// marks in every short line). A rune's bytes stand in the text only where
// the text holds that rune, as no byte that starts a rune in UTF-8 goes on
// one.
func containsAny(s, set string) bool {
	for i := 0; i < len(set); {
		_, n := utf8.DecodeRuneInString(set[i:])
		if strings.Contains(s, set[i:i+n]) {
			return true
		}
		i += n
	}
	return false
}
