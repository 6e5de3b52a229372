package page

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
