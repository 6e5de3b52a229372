package cache

import (
	"sync"

	"cables/model"
)

// A library read for the first time held its stories as the extractor
// made them: a quote's spans, a person's aliases, each paragraph an
// allocation of its own, each name a copy per story. At 100,000 stories
// that was 1.45 GB live where the same stories read from the cache are
// 1.16 GB, so that a first start sat at its heap's ceiling, collecting
// without a pause (issue 14: memory ≤ 3× the corpus). A cache that
// compacts what it is written gives each story the form a later start
// reads from it: decoded from the blob just encoded for it, so no more
// than a read of it costs.

// CompactWritten makes every Writer of the cache give the stories it is
// added the form Lookup gives them, in their place (each *Story keeps its
// address), for a caller that holds every story it reads. A story with
// what the cache does not keep (a quote's reasons or checked cable) is
// left as it is. Call it before the first Writer.
func (c *Cache) CompactWritten() { c.compact = true }

// compacter gives stories added to a Writer their cache form, with an
// owner per goroutine that compacts at once, each owner's names and
// chunk shared by the stories it compacts after.
type compacter struct {
	mu   sync.Mutex
	free []*owner
}

// compact gives stories, whose blob is blob, their decoded form. The blob
// is not changed after, and the decoded stories keep none of it.
func (k *compacter) compact(stories []*model.Story, blob []byte) {
	if len(stories) == 0 || !compactable(stories) {
		return
	}
	text, err := checkOwnedBlob(blob)
	if err != nil {
		return
	}
	o := k.get()
	defer k.put(o)
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

func (k *compacter) get() *owner {
	k.mu.Lock()
	defer k.mu.Unlock()
	if n := len(k.free); n > 0 {
		o := k.free[n-1]
		k.free = k.free[:n-1]
		return o
	}
	return newOwner()
}

func (k *compacter) put(o *owner) {
	k.mu.Lock()
	k.free = append(k.free, o)
	k.mu.Unlock()
}
