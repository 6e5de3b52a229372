package cache

import (
	"sync"

	"cables/model"
)

// A library read for the first time held its stories as the extractor
// made them: a quote's spans, a person's aliases, each paragraph an
// allocation of its own, each name a copy per story. At 100,000 stories
// that was 1.45 GB live where the same stories read from the cache were
// 1.16 GB, so that a first start sat at its heap's ceiling, collecting
// without a pause (issue 14: memory ≤ 3× the corpus). A cache whose
// caller holds the library gives each story it is written the form a
// later start reads from it: decoded from the blob just encoded for it,
// so no more than a read of it costs.

// HoldsLibrary tells the cache that its caller holds every story it
// reads, for as long as it holds any: the stories it decodes are cut
// from memory they share with the stories decoded after them (slab.go),
// and a story added to a Writer takes, in its place (the *Story keeps its
// address), the form Lookup would give it; one with what the cache does
// not keep (a quote's reasons or checked cable) is left as it is. Call it
// before the first Lookup or Writer.
func (c *Cache) HoldsLibrary() { c.holds = true }

// owners are the owners of a cache that holds its library, kept from one
// lookup or write to the next, so that their slabs and chunks are filled
// before new ones are cut and a name is one copy over the library.
type owners struct {
	mu   sync.Mutex
	free []*owner
}

// owner is an owner to decode with, put back when done: a new one for
// each decoding when the caller does not hold the library.
func (c *Cache) owner() *owner {
	if !c.holds {
		return newOwner()
	}
	c.owners.mu.Lock()
	defer c.owners.mu.Unlock()
	if n := len(c.owners.free); n > 0 {
		o := c.owners.free[n-1]
		c.owners.free = c.owners.free[:n-1]
		return o
	}
	o := newOwner()
	o.held = true
	return o
}

// putOwner gives back an owner got.
func (c *Cache) putOwner(o *owner) {
	if !c.holds {
		return
	}
	c.owners.mu.Lock()
	c.owners.free = append(c.owners.free, o)
	c.owners.mu.Unlock()
}

// compact gives stories, whose blob is blob, their decoded form. The blob
// is not changed after, and the decoded stories keep none of it.
func (c *Cache) compact(stories []*model.Story, blob []byte) {
	if len(stories) == 0 || !compactable(stories) {
		return
	}
	text, err := checkOwnedBlob(blob)
	if err != nil {
		return
	}
	o := c.owner()
	defer c.putOwner(o)
	decoded, err := decodeText(text, o)
	if err != nil || len(decoded) != len(stories) {
		return
	}
	for i, s := range stories {
		*s = *decoded[i]
	}
}

// compactable tells stories the codec keeps whole.
func compactable(stories []*model.Story) bool {
	for _, s := range stories {
		for _, q := range s.Quotes {
			if q.Why != nil || q.SourceCable != nil {
				return false
			}
		}
	}
	return true
}
