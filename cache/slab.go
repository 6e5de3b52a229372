package cache

import (
	"unsafe"

	"cables/model"
)

// A library the reader holds whole is a few small arrays a story (its
// quotes, their spans, its people, its paragraphs' headers) and the story
// itself: at 100,000 stories, 600,000 allocations, each rounded up to its
// size class and each an object for every collection to mark, with the
// garbage of the read between them in their spans (issue 14: memory ≤ 3×
// the corpus). An owner whose stories are all held cuts them from slabs
// instead, each story's after the last one's, as it packs their text.

// slabs are what an owner of held stories cuts their arrays from.
type slabs struct {
	stories slab[model.Story]
	quotes  slab[model.Quote]
	spans   slab[model.Span]
	people  slab[model.Person]
	strs    slab[string]
}

// A slab is the rest of an array that arrays of the stories decoded next
// are cut from.
type slab[T any] []T

// slabBytes is the size of a slab; an array of over a quarter of it is
// an allocation of its own, so that at most a quarter of a slab is left
// unused.
const slabBytes = 32 << 10

// take is n items: of the slab's when held, each array clipped, so that
// an append to it makes an array of its own.
func (s *slab[T]) take(n int, held bool) []T {
	var zero T
	size := int(unsafe.Sizeof(zero))
	if !held || n*size > slabBytes/4 {
		return make([]T, n)
	}
	if n > len(*s) {
		*s = make([]T, slabBytes/size)
	}
	out := (*s)[:n:n]
	*s = (*s)[n:]
	return out
}
