// Package arena holds the slice helpers the stage runners use to reuse
// their buffers between stories.
package arena

// Room returns s with length n, reallocated when too small.
func Room[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// Carve takes n elements off the front of s, capped so that appending
// past them never spills into the next paragraph's.
func Carve[T any](s *[]T, n int) []T {
	out := (*s)[:n:n]
	*s = (*s)[n:]
	return out
}
