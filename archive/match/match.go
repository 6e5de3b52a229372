// Package match finds where each quote of a story stands in the user's
// cable archive and how faithfully the story gives it. Candidates come
// from the reference IDs a story writes, then from the post, date and
// author it names ("a cable from Islamabad, January 24, 2009"), then from
// the cables its other quotes came from, then from phrase probes against
// the index. Each candidate's words are aligned with the quote's
// (Smith-Waterman over normalised words, gaps free at ellipses and
// optional at bracketed insertions), and the best fit gives the paragraph,
// the span, the coverage, the differences and a verdict. A short quote is
// placed only where a hint points; otherwise it is "ambiguous (N cables)".
package match

import (
	"context"
	"sync"

	"cables/archive/index"
	"cables/archive/norm"
	"cables/model"
)

// Store is what matching needs of an index; *index.Index has it.
type Store interface {
	Lookup(ctx context.Context, id string) (index.Entry, error)
	Count(ctx context.Context, f index.Filter) (int, error)
	Find(ctx context.Context, f index.Filter, limit int) ([]index.Entry, error)
	FindIn(ctx context.Context, f index.Filter, rowids []int64) ([]index.Entry, error)
	Search(ctx context.Context, query string, limit int) ([]int64, error)
	CountSearch(ctx context.Context, query string, limit int) (int, error)
	FindMatching(ctx context.Context, f index.Filter, query string, limit int) ([]index.Entry, error)
	Entries(ctx context.Context, rowids []int64) ([]index.Entry, error)
	Read(ctx context.Context, e index.Entry) (model.CableDoc, error)
	Origins(ctx context.Context) ([]string, error)
}

// Matcher matches stories against one index. It is safe for concurrent
// use: a reader can match stories in the background.
type Matcher struct {
	store Store

	once  sync.Once
	posts []post
	err   error
}

// New returns a matcher over store.
func New(store Store) *Matcher { return &Matcher{store: store} }

// ShortQuote is the fewest words a quote needs to be placed by its words
// alone; shorter ones need a hint.
const ShortQuote = 6

func (m *Matcher) loadPosts(ctx context.Context) error {
	m.once.Do(func() {
		origins, err := m.store.Origins(ctx)
		m.posts, m.err = postsOf(origins), err
	})
	return m.err
}

// Story matches every quote of a story and returns one match per quote,
// in the story's order: placed, ambiguous or not found. It reads the
// story and never changes it.
func (m *Matcher) Story(ctx context.Context, s *model.Story) ([]model.CableMatch, error) {
	if err := m.loadPosts(ctx); err != nil {
		return nil, err
	}
	r := newRun(ctx, m, s)
	out := make([]model.CableMatch, len(s.Quotes))
	// Long quotes first: the cables they are found in are hints for the
	// short ones.
	for pass := 0; pass < 2; pass++ {
		for i, q := range s.Quotes {
			words := norm.Story(q.Text)
			long := countWords(words) >= ShortQuote
			if long != (pass == 0) {
				continue
			}
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			out[i] = r.quote(i, q, words)
			if out[i].Placed() {
				r.placed = append(r.placed, placedAt{paragraphOf(q), out[i].CableID, out[i].Start})
			}
		}
	}
	return out, r.err
}

// Quote matches one quote on its own, with the story around it for hints.
func (m *Matcher) Quote(ctx context.Context, s *model.Story, i int) (model.CableMatch, error) {
	all, err := m.Story(ctx, s)
	if err != nil || i < 0 || i >= len(all) {
		return model.CableMatch{Verdict: model.NotFound}, err
	}
	return all[i], nil
}

func countWords(ts []norm.Token) int {
	n := 0
	for _, t := range ts {
		if !t.Optional {
			n++
		}
	}
	return n
}

func paragraphOf(q model.Quote) int {
	if len(q.Spans) == 0 {
		return 0
	}
	return q.Spans[0].Paragraph
}
