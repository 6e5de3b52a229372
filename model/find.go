package model

import (
	"cmp"
	"runtime"
	"slices"
	"strings"
	"sync"
)

// A query is words; a text matches when it holds every word, whole or as
// part of a longer word, ignoring case and accents. Matches rank by how
// well each word is found (a whole word, the start of a word, inside a
// word) and where (a story's title over its people over its outlet over
// its body), with the whole query found as written ranked first.

// How well a word was found.
const (
	foundInside    = 1
	foundWordStart = 2
	foundWord      = 3
)

// Terms splits a query into the folded words it looks for.
func Terms(query string) []string { return strings.Fields(Fold(query)) }

// findIn reports how well term is found in folded text, 0 for not at all.
// It looks at the first few occurrences only: enough to find a whole word
// in practice, and bounded on long bodies.
func findIn(text, term string) int {
	best := 0
	for off, n := 0, 0; n < 8 && off < len(text); n++ {
		i := strings.Index(text[off:], term)
		if i < 0 {
			break
		}
		start, end := off+i, off+i+len(term)
		how := foundInside
		if start == 0 || !isWordByte(text[start-1]) {
			how = foundWordStart
			if end == len(text) || !isWordByte(text[end]) {
				return foundWord
			}
		}
		best = max(best, how)
		off = start + 1
	}
	return best
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 0x80
}

// Score ranks folded fields for the query's terms: fields come most
// important first. ok is false when a term is in none of them.
func Score(terms []string, fields ...string) (score int, ok bool) {
	if len(terms) == 0 {
		return 0, true
	}
	for _, t := range terms {
		best := 0
		for i, f := range fields {
			weight := len(fields) - i
			if weight*foundWord <= best {
				break // no later field can do better
			}
			if how := findIn(f, t); how > 0 {
				best = max(best, how*weight)
			}
		}
		if best == 0 {
			return 0, false
		}
		score += best
	}
	if len(terms) > 1 {
		phrase := strings.Join(terms, " ")
		for i, f := range fields {
			if strings.Contains(f, phrase) {
				score += 4 * (len(fields) - i) * len(terms)
				break
			}
		}
	}
	if strings.Join(terms, " ") == fields[0] {
		score += 100 // the whole first field, exactly
	}
	return score, true
}

// MatchText ranks plain texts (not yet folded) for a query: for short
// lists such as a story's quotes or the people.
func MatchText(query string, fields ...string) (int, bool) {
	folded := make([]string, len(fields))
	for i, f := range fields {
		folded[i] = Fold(f)
	}
	return Score(Terms(query), folded...)
}

// Finder holds a library's stories folded once, so that filtering 10,000
// stories by what they say takes a few milliseconds per keystroke.
type Finder struct {
	stories []foldedStory
	of      map[*Story]int // where each story's folds are in stories
}

type foldedStory struct {
	title, people, outlet, body string
	// paras[i] is where paragraph i starts in body; paragraphs are joined
	// by a newline, so no match runs from one into the next.
	paras []int
}

// NewFinder folds the library's stories: titles, every name and alias of
// their people, outlets and bodies.
func NewFinder(lib *Library) *Finder { return (*Finder)(nil).For(lib) }

// For is a finder for lib that takes the folds of the stories it shares
// with f (the same story values) instead of folding them again: a library
// that grows as it is read is folded once, not at every step. f may be
// nil.
func (f *Finder) For(lib *Library) *Finder {
	next := &Finder{stories: make([]foldedStory, len(lib.Stories)), of: make(map[*Story]int, len(lib.Stories))}
	for i, s := range lib.Stories {
		next.of[s] = i
	}
	parallel(len(lib.Stories), func(i int) {
		if f != nil {
			if j, ok := f.of[lib.Stories[i]]; ok {
				next.stories[i] = f.stories[j]
				return
			}
		}
		next.stories[i] = fold1(lib.Stories[i])
	})
	return next
}

// fold1 folds one story's title, people, outlet and body.
func fold1(s *Story) foldedStory {
	var people []string
	for _, p := range s.People {
		people = append(people, p.Name)
		people = append(people, p.Aliases...)
	}
	fs := foldedStory{title: Fold(s.Title), people: Fold(strings.Join(people, " ; ")), outlet: Fold(s.Outlet)}
	size := 0
	for _, p := range s.Paragraphs {
		size += len(p) + 1
	}
	var body strings.Builder
	body.Grow(size) // folding keeps ASCII's length: mostly exact
	fs.paras = make([]int, 0, len(s.Paragraphs))
	for _, p := range s.Paragraphs {
		fs.paras = append(fs.paras, body.Len())
		foldTo(&body, p, false)
		body.WriteByte('\n')
	}
	fs.body = body.String()
	return fs
}

// parallel runs do(0..n-1) on every core.
func parallel(n int, do func(i int)) {
	workers := min(runtime.GOMAXPROCS(0), max(1, n/500))
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < n; i += workers {
				do(i)
			}
		}()
	}
	wg.Wait()
}

// Filter returns the stories among ids that match the query, best first;
// equal scores keep the order of ids.
func (f *Finder) Filter(query string, ids []int) []int {
	terms := Terms(query)
	if len(terms) == 0 {
		return slices.Clone(ids)
	}
	scores := make([]int, len(ids))
	parallel(len(ids), func(i int) {
		s := &f.stories[ids[i]]
		if sc, ok := Score(terms, s.title, s.people, s.outlet, s.body); ok {
			scores[i] = sc
		} else {
			scores[i] = -1
		}
	})
	order := make([]int, 0, len(ids))
	for i, sc := range scores {
		if sc >= 0 {
			order = append(order, i)
		}
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(scores[b], scores[a]) })
	out := make([]int, len(order))
	for i, o := range order {
		out[i] = ids[o]
	}
	return out
}

// ParagraphHit is a paragraph of a story that holds what was searched for.
type ParagraphHit struct {
	Story, Paragraph int
	// Whole tells a match of whole words from one inside a word.
	Whole bool
}

// Paragraphs finds the query as written (folded) in the paragraphs of the
// stories, whole-word matches first, then in library order, at most limit.
func (f *Finder) Paragraphs(query string, limit int) []ParagraphHit {
	needle := strings.Join(Terms(query), " ")
	if needle == "" {
		return nil
	}
	per := make([][]ParagraphHit, len(f.stories))
	parallel(len(f.stories), func(si int) {
		s := &f.stories[si]
		last := -1
		for off := 0; off < len(s.body) && len(per[si]) < limit; {
			i := strings.Index(s.body[off:], needle)
			if i < 0 {
				break
			}
			start, end := off+i, off+i+len(needle)
			off = end
			p, _ := slices.BinarySearch(s.paras, start+1)
			p--
			whole := (start == 0 || !isWordByte(s.body[start-1])) && (end == len(s.body) || !isWordByte(s.body[end]))
			if p == last {
				if whole {
					per[si][len(per[si])-1].Whole = true
				}
				continue
			}
			last = p
			per[si] = append(per[si], ParagraphHit{Story: si, Paragraph: p, Whole: whole})
		}
	})
	var out []ParagraphHit
	for _, whole := range []bool{true, false} {
		for _, hits := range per {
			for _, h := range hits {
				if h.Whole == whole && len(out) < limit {
					out = append(out, h)
				}
			}
		}
	}
	return out
}
