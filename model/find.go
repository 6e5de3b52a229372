package model

import (
	"cmp"
	"math/bits"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unsafe"
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
	best, _ := findFrom(text, term, 0)
	return best
}

// findFrom is findIn over a part of a longer text, after n matches in the
// parts before it (no match runs from one part into the next, and each
// part starts and ends words): how well, and how many matches were
// looked at in all.
func findFrom(text, term string, n int) (best, looked int) {
	for off := 0; n < maxLooks && off < len(text); n++ {
		i := strings.Index(text[off:], term)
		if i < 0 {
			break
		}
		start, end := off+i, off+i+len(term)
		how := foundInside
		if start == 0 || !isWordByte(text[start-1]) {
			how = foundWordStart
			if end == len(text) || !isWordByte(text[end]) {
				return foundWord, n + 1
			}
		}
		best = max(best, how)
		off = start + 1
	}
	return best, n
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
		best := termScore(t, fields)
		if best == 0 {
			return 0, false
		}
		score += best
	}
	return score + bonus(terms, fields), true
}

// termScore is how well one term is found in the fields, weighted by the
// field: 0 for not at all.
func termScore(t string, fields []string) int {
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
	return best
}

// bonus is what the whole query adds to the terms' scores: found as
// written, or the whole first field exactly.
func bonus(terms []string, fields []string) int {
	score := 0
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
	return score
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

// Finder holds a library's stories folded once, and their bodies'
// words indexed, so that filtering 100,000 stories by what they say takes
// a few milliseconds per keystroke.
type Finder struct {
	stories []foldedStory
	held    []*Story // the library's stories the folds are of
	// indexes are the fields' words; at[x][k] is where index x's story k
	// is in stories (-1: not in this library).
	indexes []*storyIndex
	at      [][]int32
	// unindexed[i] tells a story in no index, read instead (Unindexed);
	// nil when every story is in one.
	unindexed []bool
	// ends are the words of the indexes that end with a phrase's first
	// word, kept for the next letter of the phrase
	ends wordsEnding
}

// wordsEnding are the words of a finder's indexes that end with a word
// (first), and where in each it starts: every letter of a phrase looks
// for it where they are (issue 14: at 100,000 stories, looking through
// every word of every index for them was 1.5 of the 14 CPU-ms of 'the
// a', and as much again at each letter after).
type wordsEnding struct {
	mu    sync.Mutex
	first string
	words [][fields][]wordEnd
}

// A wordEnd is a word of an index, by number, and where in it a word it
// ends with starts.
type wordEnd struct{ w, shift int32 }

// wordsEndingWith is the words of f's indexes, by index and field, that
// end with first.
func (f *Finder) wordsEndingWith(first string) [][fields][]wordEnd {
	f.ends.mu.Lock()
	defer f.ends.mu.Unlock()
	if f.ends.words != nil && f.ends.first == first {
		return f.ends.words
	}
	words := make([][fields][]wordEnd, len(f.indexes))
	key := first + "\n"
	eachIndex(len(f.indexes)*fields, func(j int) {
		x, i := j/fields, j%fields
		ix := f.indexes[x].fields[i]
		ix.wordsHolding(key, func(w, at int) {
			words[x][i] = append(words[x][i], wordEnd{int32(w), int32(at) - ix.starts[w]})
		})
	})
	f.ends.first, f.ends.words = first, words
	return words
}

type foldedStory struct {
	title, people, outlet string
	// paragraphs are the story's, folded as they are read (body.go);
	// paras[i] is where paragraph i starts in the folded body, set when
	// the story is indexed.
	paragraphs []string
	paras      []int32
	ascii      uint64 // bit i: paragraph i is ASCII (body.go)
}

// field is title, people or outlet (0-2): the fields a story is searched
// in before its body (3), most important first.
func (s *foldedStory) field(i int) string {
	return [...]string{s.title, s.people, s.outlet}[i]
}

// body is field 3, peopleField field 1.
const (
	body        = 3
	peopleField = 1
)

// fields is how many fields a story is searched in.
const fields = 4

// NewFinder folds the library's stories: titles, every name and alias of
// their people, outlets and bodies.
func NewFinder(lib *Library) *Finder { return (*Finder)(nil).For(lib) }

// For is a finder for lib that takes the folds and indexes of the stories
// it shares with f (the same story values) instead of making them again:
// a library that grows as it is read is folded and indexed once, not at
// every step. f may be nil.
func (f *Finder) For(lib *Library) *Finder {
	next, rest := f.folded(lib)
	next.index(rest)
	return next
}

// Unindexed is a finder for lib made in the time it takes to fold the
// titles, people and outlets of the stories f does not hold: it takes f's
// folds and full indexes as For does, and reads the bodies of the stories
// in no index rather than index them (issue 14, 11: at 100,000 stories,
// indexing the library that came last is seconds, and a letter typed
// meanwhile waited for it). It finds what For's finder finds.
func (f *Finder) Unindexed(lib *Library) *Finder {
	next, rest := f.folded(lib)
	if len(rest) > 0 {
		next.unindexed = make([]bool, len(next.stories))
		for _, i := range rest {
			next.unindexed[i] = true
		}
	}
	return next
}

// folded is a finder for lib with f's folds and the indexes For keeps,
// and the stories it has still to index.
func (f *Finder) folded(lib *Library) (next *Finder, rest []int) {
	if f != nil && len(lib.Stories) >= len(f.held) && sameStories(f.held, lib.Stories[:len(f.held)]) {
		return f.grown(lib.Stories)
	}
	next = &Finder{stories: make([]foldedStory, len(lib.Stories)), held: lib.Stories}
	of := make(map[*Story]int, len(lib.Stories))
	for i, s := range lib.Stories {
		of[s] = i
	}
	var old map[*Story]int
	if f != nil {
		old = make(map[*Story]int, len(f.held))
		for i, s := range f.held {
			old[s] = i
		}
	}
	parallel(len(lib.Stories), func(i int) {
		if j, ok := old[lib.Stories[i]]; ok {
			next.stories[i] = f.stories[j]
			return
		}
		next.stories[i] = fold1(lib.Stories[i])
	})
	indexed := make([]bool, len(lib.Stories))
	if f != nil {
		for _, ix := range f.indexes {
			if at, ok := ix.placesIn(of); ok {
				for _, i := range at {
					indexed[i] = true
				}
				next.indexes, next.at = append(next.indexes, ix), append(next.at, at)
			}
		}
	}
	for i, done := range indexed {
		if !done {
			rest = append(rest, i)
		}
	}
	return next, rest
}

// placesIn is where each story of a full index is in a library, by of;
// false for an index not full (made again with new stories rather than
// kept small) or with a story the library no longer holds (made again
// rather than kept holding what nothing asks for).
func (ix *storyIndex) placesIn(of map[*Story]int) ([]int32, bool) {
	if len(ix.stories) < indexSize {
		return nil, false
	}
	at := make([]int32, len(ix.stories))
	for k, s := range ix.stories {
		i, ok := of[s]
		if !ok {
			return nil, false
		}
		at[k] = int32(i)
	}
	return at, true
}

// sameStories tells two lists of the same stories in the same order.
func sameStories(a, b []*Story) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// grown is f for stories, which are f's and new ones after them: only the
// new ones are folded, and they are to be indexed (rest) with those of
// f's last index if it is not full.
func (f *Finder) grown(stories []*Story) (next *Finder, rest []int) {
	n := len(f.held)
	next = &Finder{stories: make([]foldedStory, len(stories)), held: stories}
	copy(next.stories, f.stories)
	parallel(len(stories)-n, func(i int) { next.stories[n+i] = fold1(stories[n+i]) })
	// clipped, so that what index appends is next's own: another finder
	// may grow from f too (the background's and a filter's)
	next.indexes, next.at = slices.Clip(f.indexes), slices.Clip(f.at)
	if x := len(f.indexes) - 1; x >= 0 && len(f.indexes[x].stories) < indexSize {
		for _, i := range f.at[x] {
			if i >= 0 {
				rest = append(rest, int(i))
			}
		}
		next.indexes, next.at = f.indexes[:x:x], f.at[:x:x]
	}
	for i := n; i < len(stories); i++ {
		rest = append(rest, i)
	}
	return next, rest
}

// index makes indexes of the stories numbered ids, indexSize at a time,
// folding their bodies for it (and keeping only where their paragraphs
// start).
func (f *Finder) index(ids []int) {
	runs := (len(ids) + indexSize - 1) / indexSize
	made, at := make([]*storyIndex, runs), make([][]int32, runs)
	works := newIndexWorks()
	eachIndex(runs, func(r int) {
		run := ids[r*indexSize : min(len(ids), (r+1)*indexSize)]
		stories, folds := make([]*Story, len(run)), make([]*foldedStory, len(run))
		ends := make([]int, len(run))
		work := works.get()
		text := work.text[:0]
		at[r] = make([]int32, len(run))
		for k, i := range run {
			stories[k], folds[k], at[r][k] = f.held[i], &f.stories[i], int32(i)
			text, folds[k].paras, folds[k].ascii = foldBody(text, folds[k].paragraphs)
			ends[k] = len(text)
		}
		// the index keeps none of the bodies, so they need not be copied
		// out of the buffer it is given back with
		all, bodies, start := unsafe.String(unsafe.SliceData(text), len(text)), make([]string, len(run)), 0
		for k, end := range ends {
			bodies[k], start = all[start:end], end
		}
		made[r] = newStoryIndex(stories, folds, bodies, works)
		work.text = text
		works.put(work)
	})
	f.indexes, f.at = append(f.indexes, made...), append(f.at, at...)
}

// fold1 folds one story's title, people and outlet; its body is folded
// as it is indexed and read.
func fold1(s *Story) foldedStory {
	var people []string
	for _, p := range s.People {
		people = append(people, p.Name)
		people = append(people, p.Aliases...)
	}
	return foldedStory{title: Fold(s.Title), people: Fold(strings.Join(people, " ; ")), outlet: Fold(s.Outlet), paragraphs: s.Paragraphs}
}

// parallel runs do(0..n-1) on every core. Each worker takes runs of
// consecutive indexes, so that two cores do not write to the same cache
// line of a result slice.
func parallel(n int, do func(i int)) {
	parallelRuns(n, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			do(i)
		}
	})
}

// parallelRuns is parallel calling do once a run, with the run's
// indexes lo to hi-1: a loop over 90,000 candidates that calls a function
// for each spends as much on the calls as on the candidates (issue 14).
func parallelRuns(n int, do func(lo, hi int)) {
	workers := min(runtime.GOMAXPROCS(0), max(1, n/500))
	if workers == 1 {
		do(0, n)
		return
	}
	runsOn(n, 256, workers, do)
}

// inRuns runs do(0..n-1) on workers goroutines, each taking run
// consecutive indexes at a time.
func inRuns(n, run, workers int, do func(i int)) {
	runsOn(n, run, workers, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			do(i)
		}
	})
}

// runsOn runs do over 0..n-1 on workers goroutines, each taking run
// consecutive indexes at a time: the caller's and workers-1 more, so that
// it waits only for what is left when it is done (issue 14: at 100,000
// stories a letter typed runs a dozen loops so, and the runtime's waking
// and parking of goroutines for them was a quarter of its CPU).
func runsOn(n, run, workers int, do func(lo, hi int)) {
	var next atomic.Int64
	work := func() {
		for {
			start := int(next.Add(int64(run))) - run
			if start >= n {
				return
			}
			do(start, min(start+run, n))
		}
	}
	var wg sync.WaitGroup
	for range workers - 1 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			work()
		}()
	}
	work()
	wg.Wait()
}

// Filter returns the stories among ids that match the query, best first;
// equal scores keep the order of ids.
func (f *Finder) Filter(query string, ids []int32) []int32 {
	return f.Narrow(nil, query, ids).Ranked
}

// Filtered is what a query let through, kept so that a longer query can
// narrow it instead of searching every story again.
type Filtered struct {
	Query string
	// Ranked are the matching stories best first; Matched the same in the
	// order they were given.
	Ranked, Matched []int32
	terms           []string
	// sums[k] is Matched[k]'s score for every term but the last (nil:
	// 0, one term), and last[k] its score for the last term (bonuses
	// apart). Matched, sums and last may be shared with the filter this
	// one narrowed or its candidates: none of them is ever changed.
	sums, last []int32
	// phrase is the terms joined by spaces, when they are several, and
	// held what is known of where Matched[k] holds it: a longer phrase
	// (typed on) is in no field the shorter is not, and where it is in a
	// body the shorter is too.
	phrase string
	held   phraseKept
	// words are the words of the indexes that hold the last term, when
	// known
	words *termWords
	// heldKept, unless nil, is closed once held, sums and last, and
	// words for a last term of two letters, are made: held is made
	// after the filter is answered, off its way (issue 14: at 100,000
	// stories, making it was 1.3-2.3 ms of the 13-20 ms of the heaviest
	// letters), and what reads it waits (wait). They are made keepAfter
	// the answer, or at once when wait asks for them (keepNow).
	heldKept chan struct{}
	keepNow  chan struct{}
}

// keepAfter is how long after a filter's answer what it keeps for the
// next letter (heldKept) is made, unless the next letter asks for it
// sooner: the answer is to be drawn meanwhile, and making it at once, on
// both cores, held up the drawing (issue 14: at 100,000 stories, the
// heavy letters' answer reached the screen 1-3 ms after the filter
// ended, and was then drawn at the next of the frames 8.3 ms apart, its
// drawing 1.5-2.5 ms of CPU).
const keepAfter = 20 * time.Millisecond

// wait waits until what f knows of where its stories hold its phrase,
// and their scores, are kept (heldKept), asking for them to be made now;
// it must be called before held, sums or last are read or f copied.
func (f *Filtered) wait() {
	if f != nil && f.heldKept != nil {
		select {
		case f.keepNow <- struct{}{}:
		default: // asked already
		}
		<-f.heldKept
	}
}

// termWords are the words of each index of a finder that hold a term,
// the last of a filter's, so that the term typed on is looked for in
// those words only, not in all (issue 14, 11: at 100,000 stories,
// looking through every word of every index, twice, was a third of each
// letter typed on after 'the amba').
type termWords struct {
	term    string
	indexes []*storyIndex // the finder's, whose words they are
	words   [][fields][]int32
}

// maxTermWords bounds the words a filter keeps for its last term.
const maxTermWords = 1 << 15

// of tells words of f's indexes that hold a part of term, if they are.
func (tw *termWords) of(f *Finder, term string) bool {
	if tw == nil || len(tw.indexes) != len(f.indexes) || !strings.Contains(term, tw.term) {
		return false
	}
	for x, ix := range tw.indexes {
		if f.indexes[x] != ix {
			return false
		}
	}
	return true
}

// wordsWith is the words of f's indexes that hold term, looked for among
// from's when they hold a part of it; nil when more than maxTermWords.
func (f *Finder) wordsWith(term string, from *termWords) *termWords {
	tw := &termWords{term: term, indexes: f.indexes, words: make([][fields][]int32, len(f.indexes))}
	narrow := from.of(f, term)
	var total atomic.Int64
	eachIndex(len(f.indexes)*fields, func(j int) {
		if total.Load() > maxTermWords {
			return
		}
		x, i := j/fields, j%fields
		ix := f.indexes[x].fields[i]
		var held []int32
		if narrow {
			for _, w := range from.words[x][i] {
				if strings.Contains(ix.word(int(w)), term) {
					held = append(held, w)
				}
			}
		} else {
			ix.wordsHolding(term, func(w, _ int) { held = append(held, int32(w)) })
		}
		tw.words[x][i] = held
		total.Add(int64(len(held)))
	})
	if total.Load() > maxTermWords {
		return nil
	}
	return tw
}

// phraseHeld is what is known of where some stories hold a phrase: for
// the k-th, may[k] has bit i set unless field i is known not to hold it,
// and at[k] is a place where its body holds it (-1: none known), followed
// there by the aheadN[k] bytes of ahead[k] (up to aheadSize): the
// phrase typed on is seen there or not without reading the body again.
// from[k] is the slot of the filter it narrows whose place it is, typed
// on past the bytes typed (-1: a place found afresh).
type phraseHeld struct {
	may    []uint8
	at     []int32
	ahead  []aheadBytes
	aheadN []uint8
	from   []int32
}

// phraseKept is phraseHeld as a filter keeps it: the place and the bytes
// after it only for the stories whose body holds the phrase at a known
// place (issue 14, 11: at 100,000 stories, 22 bytes a candidate were most
// of the 2.6-5 MB each letter typed after a common word allocated, and
// the reader's heap, near its ceiling, was collected every three or four
// rounds of 'the ambassador', 1.5-2 s of CPU each); and of those whose
// place is the one of the filter it narrows, typed on, that filter's
// places themselves (base), not a copy: the letters typed on after a
// common word's next word found it at the same place in most stories,
// and copying their places was a quarter of each letter's filter.
type phraseKept struct {
	may []uint8
	// slot[k] is where the k-th story's place is: base's slot[k]-th,
	// less its first baseSkip bytes ahead, when 0 or more; own's
	// -slot[k]-2-th, less its first ownSkip bytes ahead, when less than
	// -1; -1 for none known. own is the filter's own copy, or the one of
	// the filter it narrows when its every place is that filter's, typed
	// on (and slot is that filter's)
	slot     []int32
	base     *keptPlaces
	baseSkip uint8
	own      *keptPlaces
	ownSkip  uint8
}

// keptPlaces are places in bodies and the bytes ahead of each.
type keptPlaces struct {
	at     []int32
	ahead  []aheadBytes
	aheadN []uint8
}

// kept is what h knows, as a filter keeps it; was is what the filter it
// narrows kept (nil: none), whose places h took typed on by ext bytes.
func (h *phraseHeld) kept(was *phraseKept, ext int) phraseKept {
	// what each block of 256 stories holds: places carried from was's
	// base, from its own, and found afresh (in parallel, as the copy: at
	// 100,000 stories one pass of each was 1.5-2 of the 15 CPU-ms of 'the
	// am')
	// (lost: places was knew and h does not, when h's stories are was's)
	type count struct{ base, own, found, lost int }
	n := len(h.at)
	sameStories := was != nil && len(was.slot) == n // every one matched again, in order
	counts := make([]count, (n+keptBlock-1)/keptBlock)
	eachBlock(n, func(b, lo, hi int) {
		c := &counts[b]
		for j := lo; j < hi; j++ {
			switch from := h.from[j]; {
			case h.at[j] < 0:
				if sameStories && was.slot[j] != -1 {
					c.lost++
				}
			case from >= 0:
				c.base++
			case from < -1:
				c.own++
			default:
				c.found++
			}
		}
	})
	var all count
	for _, c := range counts {
		all.base, all.own, all.found, all.lost = all.base+c.base, all.own+c.own, all.found+c.found, all.lost+c.lost
	}
	if sameStories && all.found == 0 && all.lost == 0 {
		// each place is the one was had, typed on: was's slots and
		// places are h's, shared, not made again (issue 14: at 100,000
		// stories, each letter typed on after 'the amb' made and filled
		// 87,000 slots and copied 15,000 places, a third of its CPU)
		out := phraseKept{may: was.may, slot: was.slot, base: was.base, baseSkip: was.baseSkip + uint8(ext),
			own: was.own, ownSkip: was.ownSkip + uint8(ext)}
		if !slices.Equal(h.may, was.may) {
			out.may = slices.Clone(h.may)
		}
		return out
	}
	out := phraseKept{may: slices.Clone(h.may), slot: make([]int32, n)}
	// the places shared are was's base or its own, whichever more are
	// carried from; the others are copied
	useOwn := was != nil && all.own > all.base
	switch {
	case useOwn:
		out.base, out.baseSkip = was.own, was.ownSkip+uint8(ext)
	case was != nil && was.base != nil:
		out.base, out.baseSkip = was.base, was.baseSkip+uint8(ext)
	}
	shared := func(from int32) bool { return out.base != nil && (from >= 0 && !useOwn || from < -1 && useOwn) }
	// where each block's copies start
	starts, copied := make([]int, len(counts)), 0
	for b, c := range counts {
		starts[b] = copied
		copied += c.found + c.base + c.own
		switch {
		case useOwn:
			copied -= c.own
		case out.base != nil:
			copied -= c.base
		}
	}
	own := &keptPlaces{at: make([]int32, copied), ahead: make([]aheadBytes, copied), aheadN: make([]uint8, copied)}
	eachBlock(n, func(b, lo, hi int) {
		next := starts[b]
		for j := lo; j < hi; j++ {
			out.slot[j] = -1
			if h.at[j] < 0 {
				continue
			}
			if from := h.from[j]; shared(from) {
				out.slot[j] = max(from, -from-2) // the same place in base
				continue
			}
			out.slot[j] = -int32(next) - 2
			own.at[next], own.ahead[next], own.aheadN[next] = h.at[j], h.ahead[j], h.aheadN[j]
			next++
		}
	})
	out.own = own
	return out
}

// keptBlock is how many stories eachBlock gives at a time.
const keptBlock = 256

// eachBlock runs do over the blocks of keptBlock indexes of 0..n-1, b
// numbering them, on every core.
func eachBlock(n int, do func(b, lo, hi int)) {
	parallelRuns(n, func(lo, hi int) {
		for b := lo / keptBlock; b*keptBlock < hi; b++ {
			do(b, b*keptBlock, min(hi, (b+1)*keptBlock))
		}
	})
}

// place is where the k-th story's body holds the phrase (-1: none known)
// and the bytes after it there.
func (p *phraseKept) place(k int) (int32, aheadBytes, uint8) {
	switch i := p.slot[k]; {
	case i >= 0:
		b := p.base
		return b.at[i], b.ahead[i].after(int(p.baseSkip)), b.aheadN[i] - p.baseSkip
	case i < -1:
		o := p.own
		return o.at[-i-2], o.ahead[-i-2].after(int(p.ownSkip)), o.aheadN[-i-2] - p.ownSkip
	}
	return -1, aheadBytes{}, 0
}

// allFields is may's bits for every field.
const allFields = 1<<fields - 1

// fewStories is how many candidates are searched by reading them: the
// words of every index are more work than so few bodies.
const fewStories = 2000

// Narrow filters ids by query. When prev is the result of a query that
// query extends (typed on), only prev's matches are searched, the terms
// both share are not searched again, and the phrase is looked for only
// where prev's was; then ids must be the ids prev was given. prev may be
// nil.
func (f *Finder) Narrow(prev *Filtered, query string, ids []int32) *Filtered {
	return f.NarrowUntil(prev, query, ids, nil)
}

// NarrowUntil is Narrow giving up, with nil, once stop (nil: never)
// says so: it asks between terms and between stories, so that a search
// for a text typed on since is not finished (issue 14: at 100,000
// stories a letter is up to 70 ms of CPU, and the next letter waited for
// it). Once stop has said true it must keep saying it.
func (f *Finder) NarrowUntil(prev *Filtered, query string, ids []int32, stop func() bool) *Filtered {
	prev.wait()
	halt := stopping(stop)
	terms := Terms(query)
	out := &Filtered{Query: query, terms: terms}
	if len(terms) == 0 {
		out.Ranked, out.Matched = slices.Clone(ids), ids
		return out
	}
	kept, reuse := prev.reusable(terms)
	if reuse && kept == len(terms) {
		// the same words: a space typed after the last
		*out = *prev
		out.Query = query
		return out
	}
	cands := ids
	if prev != nil {
		cands = prev.Matched
	}
	from := 0
	if reuse {
		from = kept
	}
	phrase := strings.Join(terms, " ")
	work := narrowWorks.get()
	var keepHeld func() // held.kept, made once the answer is
	// the scores of the matches, copied out of work once the answer is
	// (only the next letter reads them: at 100,000 stories their copy
	// was ~1 of the 8-10 CPU-ms of 'the am' and 'the amb')
	var keepScores func()
	// a last term of two letters whose words are looked for once the
	// answer is (a term of two letters is answered without them): the
	// letter typed on looks among those, not every word (issue 14: at
	// 100,000 stories, looking through every word for the 'amb' of 'the
	// amb' was 1.1 of its 14 CPU-ms)
	wordsOf := ""
	defer func() {
		if keepHeld == nil && keepScores == nil && wordsOf == "" {
			narrowWorks.put(work)
			return
		}
		// held and the scores are what work holds: work is put back after
		out.heldKept, out.keepNow = make(chan struct{}), make(chan struct{}, 1)
		go func() {
			after := time.NewTimer(keepAfter)
			select {
			case <-after.C:
			case <-out.keepNow:
			}
			after.Stop()
			if keepHeld != nil {
				keepHeld()
			}
			if keepScores != nil {
				keepScores()
			}
			narrowWorks.put(work)
			if wordsOf != "" {
				out.words = f.wordsWith(wordsOf, nil)
			}
			close(out.heldKept)
		}()
	}()
	// the last term typed on and found where it was, as well, in every
	// word: each story scores it as it did (issue 14, 11: at 100,000
	// stories, looking up "ambassa" after "ambass" was half a letter's 33
	// CPU-ms), and so for a few candidates when the words that hold it
	// are known: a filter's head (the first screen, whose ~1,000 stories
	// read were 3 CPU-ms a letter after 'the amba', half the narrowing of
	// all 87,000)
	same := reuse && from == len(terms)-1 && len(prev.terms) == len(terms) &&
		(len(cands) >= fewStories || prev.words.of(f, prev.terms[from]) && prev.words.term == prev.terms[from]) &&
		f.sameMatches(prev.terms[from], terms[from], prev.words)
	// the words that hold the last term, looked for among those of the
	// term it was typed on from, or in all when it is looked up
	lastTerm := terms[len(terms)-1]
	var prevWords *termWords
	if prev != nil {
		prevWords = prev.words
	}
	if len(lastTerm) >= 3 && len(cands) >= fewStories && (prevWords.of(f, lastTerm) || !same && !f.answers(lastTerm)) {
		out.words = f.wordsWith(lastTerm, prevWords)
	}
	var hits [][fields][]uint8
	if !same {
		hits = f.lookUp(work, terms, from, cands, out.words, halt)
	}
	if halt(0) {
		return nil
	}
	// sums[k] and last[k] are the k-th candidate's scores (sums nil: 0),
	// order the candidates that match
	var sums, last []int32
	var order []int
	if same { // each candidate matches and scores as in prev: nothing to copy
		sums, last, order = prev.sums, prev.last, work.order[:0]
		for k := range cands {
			order = append(order, k)
		}
	} else {
		sums, last, order = f.scores(work, prev, terms, from, kept, reuse, cands, hits, halt)
	}
	if halt(0) {
		work.order = order
		return nil
	}
	// the phrase, looked for in the matching stories only: a field that
	// holds it holds every term
	var firsts []int8
	if len(terms) > 1 {
		var was *phraseKept
		if reuse && prev.phrase != "" && strings.HasPrefix(phrase, prev.phrase) {
			was = &prev.held
		}
		var held phraseHeld
		firsts, held = f.phrases(work, terms[0], phrase, len(phrase)-len(prev.phraseOr()), cands, order, was, halt)
		out.phrase = phrase
		if halt(0) {
			work.order = order
			return nil
		}
		var ext int
		if was != nil {
			ext = len(phrase) - len(prev.phrase)
		}
		keepHeld = func() { out.held = held.kept(was, ext) }
	}
	work.order = order
	if len(lastTerm) == 2 && len(order) >= fewStories {
		wordsOf = lastTerm
	}
	if same { // every candidate matched: same needs prev's matches
		out.Matched, out.sums, out.last = prev.Matched, prev.sums, prev.last
	} else {
		out.Matched = matchedOf(cands, order)
		keepScores = func() { out.sums, out.last = scoresOf(len(terms), order, sums, last) }
	}
	if same && f.ranksAsBefore(prev, firsts, cands) {
		out.Ranked = prev.Ranked // never changed, as Matched
		return out
	}
	scores := sized(work.scores, len(cands))
	work.scores = scores
	// each half of the matches on a core, with its top score (at 100,000
	// stories the scores, their top and the ranking were 1 of the 8-10
	// CPU-ms of the heavy letters, on one core)
	var tops [2]int
	halves(len(order), func(h, lo, hi int) {
		top := 0
		for j := lo; j < hi; j++ {
			k := order[j]
			score := int(last[k]) // every k of order is set
			if sums != nil {
				score += int(sums[k])
			}
			if firsts != nil && firsts[j] >= 0 {
				score += 4 * (fields - int(firsts[j])) * len(terms)
			}
			// the whole first field, exactly: only a title that holds
			// the phrase first, or the one term as a word, is read
			// (reading every candidate's was a cache miss each, 8% of
			// 'the a' at 100,000 stories)
			mayBe := firsts == nil && last[k] == fields*foundWord || firsts != nil && firsts[j] == 0
			if mayBe && phrase == f.stories[cands[k]].title {
				score += 100
			}
			scores[k], top = score, max(top, score)
		}
		tops[h] = top
	})
	out.Ranked = rankByScore(order, scores, cands, max(tops[0], tops[1]))
	return out
}

// halves runs do over the first and the second half of 0..n-1 (h 0 and
// 1, lo to hi-1), each on a core when there are many.
func halves(n int, do func(h, lo, hi int)) {
	mid := (n + 1) / 2
	if n < 1000 || runtime.GOMAXPROCS(0) == 1 {
		do(0, 0, mid)
		do(1, mid, n)
		return
	}
	runsOn(n, mid, 2, func(lo, hi int) { do(lo/mid, lo, hi) })
}

// scores are the scores of the candidates, for every term but the last
// (sums) and for the last (last), -1 and 0 for those that do not match,
// and the candidates that do (order), numbered from 0: the terms from
// from on are found by hits, or by reading the story, those before are
// prev's (reuse), kept of them as they were.
func (f *Finder) scores(work *narrowWork, prev *Filtered, terms []string, from, kept int, reuse bool, cands []int32, hits [][fields][]uint8, halt func(int) bool) (sums, last []int32, order []int) {
	sums, last = sized(work.sums, len(cands)), sized(work.last, len(cands))
	work.sums, work.last = sums, last
	lastTerm, lastHits := terms[len(terms)-1], &hits[len(terms)-1]
	parallelRuns(len(cands), func(lo, hi int) {
		for k := lo; k < hi; k++ {
			if k%32 == 0 && halt(k) {
				return // what is left of sums is not read
			}
			id := int(cands[k])
			s := &f.stories[id]
			sum := 0
			if reuse {
				sum = int(prev.sumOf(k))
				if kept == len(prev.terms) {
					sum += int(prev.last[k])
				}
			}
			for i := from; i < len(terms)-1; i++ {
				sc := s.termScore(terms[i], &hits[i], id)
				if sc == 0 {
					sum = -1
					break
				}
				sum += sc
			}
			lastScore := 0
			if sum >= 0 {
				lastScore = s.termScore(lastTerm, lastHits, id)
			}
			if lastScore == 0 {
				sum = -1
			}
			sums[k], last[k] = int32(sum), int32(lastScore)
		}
	})
	order = work.order[:0]
	if halt(0) {
		return sums, last, order
	}
	for k, sum := range sums {
		if sum >= 0 {
			order = append(order, k)
		}
	}
	return sums, last, order
}

// matchedOf is the candidates numbered order: cands itself when every
// one matched, rather than a copy (issue 14, 11: at 100,000 stories each
// letter kept ~4 MB more on the trail, and the reader's heap, near its
// ceiling, was collected every few letters, a second of CPU each time).
func matchedOf(cands []int32, order []int) []int32 {
	if len(order) == len(cands) {
		return cands
	}
	matched := make([]int32, len(order))
	parallelRuns(len(order), func(lo, hi int) {
		for j := lo; j < hi; j++ {
			matched[j] = cands[order[j]]
		}
	})
	return matched
}

// scoresOf are the scores of the candidates numbered order, the matches,
// as a filter keeps them (sums, last), copied from the candidates' (no
// sums for one term: every sum is 0).
func scoresOf(terms int, order []int, sums, last []int32) (keptSums, keptLast []int32) {
	if terms > 1 {
		keptSums = make([]int32, len(order))
	}
	keptLast = make([]int32, len(order))
	parallelRuns(len(order), func(lo, hi int) {
		for j := lo; j < hi; j++ {
			k := order[j]
			if keptSums != nil {
				keptSums[j] = sums[k]
			}
			keptLast[j] = last[k]
		}
	})
	return keptSums, keptLast
}

// Head is f as if it had been given only its first n matches (all of
// them when fewer): narrowing it finds, of those stories, what a fresh
// search of them finds, from what f knows of them, in the time of so few
// (issue 14, 11: the first screenful of a filter typed on at 100,000
// stories was 5-6 CPU-ms of reading the first 1,024 stories again,
// as much as the narrowing of all of them). Its ids are f's first n
// matches; it shares f's memory.
func (f *Filtered) Head(n int) *Filtered {
	f.wait()
	if n >= len(f.Matched) {
		return f
	}
	h := *f
	h.Matched = f.Matched[:n:n]
	if f.sums != nil {
		h.sums = f.sums[:n:n]
	}
	if f.last != nil {
		h.last = f.last[:n:n]
	}
	if f.held.may != nil { // the places are shared, not sliced
		h.held.may, h.held.slot = f.held.may[:n:n], f.held.slot[:n:n]
	}
	top := slices.Max(h.Matched)
	in := make([]bool, top+1)
	for _, id := range h.Matched {
		in[id] = true
	}
	h.Ranked = make([]int32, 0, n)
	for _, id := range f.Ranked {
		if id <= top && in[id] {
			h.Ranked = append(h.Ranked, id)
		}
	}
	return &h
}

// sumOf is the k-th match's score for every term but the last.
func (prev *Filtered) sumOf(k int) int32 {
	if prev.sums == nil {
		return 0
	}
	return prev.sums[k]
}

// lookUp finds in the indexes how well each term from from on is in each
// field of the candidates; nil for few candidates, which are read
// instead.
func (f *Finder) lookUp(work *narrowWork, terms []string, from int, cands []int32, lastWords *termWords, stop func(int) bool) [][fields][]uint8 {
	hits := make([][fields][]uint8, len(terms))
	if len(cands) < fewStories {
		return hits
	}
	want := sized(work.want, len(f.stories))
	clear(want)
	work.want = want
	for _, id := range cands {
		want[id] = true
	}
	for len(work.hits) < len(terms) {
		work.hits = append(work.hits, [fields][]uint8{})
	}
	for i := from; i < len(terms) && !stop(0); i++ {
		for x := range fields {
			work.hits[i][x] = sized(work.hits[i][x], len(f.stories))
			clear(work.hits[i][x])
		}
		hits[i] = work.hits[i]
		var words *termWords
		if i == len(terms)-1 && lastWords != nil && lastWords.term == terms[i] {
			words = lastWords
		}
		f.termHits(terms[i], words, want, &hits[i])
		for _, id := range cands {
			if f.unindexed != nil && f.unindexed[id] {
				for x := range fields {
					hits[i][x][id] = bodyRead
				}
			}
		}
	}
	return hits
}

// sameMatches tells that term, typed on to longer, is in every text
// where longer is, at the same places and as well: every word of the
// indexes that holds term holds longer there, and no story is read
// instead. findIn finds either as well in any text then.
func (f *Finder) sameMatches(term, longer string, words *termWords) bool {
	if f.unindexed != nil || len(term) < 3 || !strings.HasPrefix(longer, term) {
		return false // a short term is in too many words to look at
	}
	if !words.of(f, term) || words.term != term {
		words = nil
	}
	var differ atomic.Bool
	eachIndex(len(f.indexes)*fields, func(j int) {
		x, i := j/fields, j%fields
		ix := f.indexes[x].fields[i]
		var held *[]int32
		if words != nil {
			held = &words.words[x][i]
		}
		ix.eachHolding(term, held, func(w int) {
			if differ.Load() {
				return
			}
			word := ix.word(w)
			if !slices.Equal(inWord(word, term), inWord(word, longer)) {
				differ.Store(true)
			}
		})
	})
	return !differ.Load()
}

// narrowWork is what a Narrow needs and does not keep, kept for the next
// (narrowWorks): at 100,000 stories, a keystroke's ~6 MB of fresh memory
// was ~1,500 page faults (in a heap of 1.6 GB the collector runs seldom,
// and what is freed meanwhile is not used again).
type narrowWork struct {
	want          []bool
	hits          [][fields][]uint8
	sums, last    []int32
	scores, order []int
	wants         [fields][]bool
	in            [fields][]uint8
	places        bodyPlaces
	firsts        []int8
	held          phraseHeld
}

// narrowWorks are the narrowWorks not in use: a list, not a sync.Pool,
// which the collector empties, and the largest is given first (issue 14:
// at 100,000 stories the reader's heap, near its ceiling, is collected
// every round or two of 'the ambassador' typed, and the search of a
// first screen put back scratch for 256 stories that the next letter's
// search of all took; so a letter made ~1 MB of scratch again, half of
// all it allocated, and brought the next collection nearer).
var narrowWorks workList

// workList is a list of narrowWorks not in use.
type workList struct {
	mu   sync.Mutex
	free []*narrowWork
}

// maxFreeWorks bounds the narrowWorks kept: searches run two at a time
// (a first screen's and all of a filter's), and one given up may still
// be running.
const maxFreeWorks = 4

// get takes the largest narrowWork kept, or a new one.
func (l *workList) get() *narrowWork {
	l.mu.Lock()
	defer l.mu.Unlock()
	if len(l.free) == 0 {
		return new(narrowWork)
	}
	best := 0
	for i, w := range l.free {
		if w.size() > l.free[best].size() {
			best = i
		}
	}
	w := l.free[best]
	l.free = slices.Delete(l.free, best, best+1)
	return w
}

// put keeps w for a later get, in the place of the smallest kept when
// as many are kept.
func (l *workList) put(w *narrowWork) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if len(l.free) < maxFreeWorks {
		l.free = append(l.free, w)
		return
	}
	least := 0
	for i, kept := range l.free {
		if kept.size() < l.free[least].size() {
			least = i
		}
	}
	if w.size() > l.free[least].size() {
		l.free[least] = w
	}
}

// size is how many stories w has scratch for.
func (w *narrowWork) size() int { return max(cap(w.want), cap(w.order), cap(w.held.at)) }

// termHits writes to out how well term is in each field of each story it
// wants, by the indexes: out's slices are zeroes, one a story.
func (f *Finder) termHits(term string, words *termWords, want []bool, out *[fields][]uint8) {
	eachIndex(len(f.indexes)*fields, func(j int) {
		x, i := j/fields, j%fields
		var held *[]int32
		if words != nil {
			held = &words.words[x][i]
		}
		f.indexes[x].fields[i].hitsIn(term, held, f.at[x], want, out[i], true)
	})
}

// answers tells a term the first index answers for every story without
// looking through its words (a common word or its beginning).
func (f *Finder) answers(term string) bool {
	return len(f.indexes) > 0 && slices.Contains(f.indexes[0].fields[body].terms, term)
}

// termScore is termScore over the story's fields, with how well t is in
// each given by hits (bodyRead, or no hits: find it there).
func (s *foldedStory) termScore(t string, hits *[fields][]uint8, id int) int {
	best := 0
	for i, h := range hits {
		weight := fields - i
		if weight*foundWord <= best {
			break // no later field can do better
		}
		how := int(bodyRead)
		if h != nil {
			how = int(h[id])
		}
		if how == bodyRead && i == body {
			r := s.reader()
			how = r.findIn(t)
			r.done()
		} else if how == bodyRead {
			how = findIn(s.field(i), t)
		}
		best = max(best, how*weight)
	}
	return best
}

// phraseOr is the phrase prev knows of, "" for none.
func (prev *Filtered) phraseOr() string {
	if prev == nil {
		return ""
	}
	return prev.phrase
}

// phrases tells, of the candidates numbered order, the first field that
// holds phrase (-1: none), which starts with the term first, and what is
// known of where each holds it. was, unless nil, is what was known of the
// phrase this one extends by its last typed bytes, for each candidate: it
// is looked for only in the fields that may hold that, and first at the
// place the body did.
func (f *Finder) phrases(work *narrowWork, first, phrase string, typed int, cands []int32, order []int, was *phraseKept, stop func(int) bool) ([]int8, phraseHeld) {
	n := len(order)
	firsts := sized(work.firsts, n)
	work.firsts = firsts
	h := &work.held // kept as phraseKept: an ahead not set is not read
	h.may, h.at, h.ahead, h.aheadN, h.from = sized(h.may, n), sized(h.at, n), sized(h.ahead, n), sized(h.aheadN, n), sized(h.from, n)
	held := *h
	ext := phrase[len(phrase)-typed:]
	// the stories with a field still to look in, by field, set in the
	// same pass (at 100,000 stories, a pass of its own was 0.4-1 of the
	// 13 CPU-ms of 'the am')
	wants := &work.wants
	look := n >= fewStories // fewer still to look in: read, not looked up
	if look {
		for i := range wants {
			wants[i] = sized(wants[i], len(f.stories))
			clear(wants[i])
		}
	}
	var opened atomic.Int64
	parallelRuns(n, func(lo, hi int) {
		open := 0
		defer func() { opened.Add(int64(open)) }()
		for j := lo; j < hi; j++ {
			if j%32 == 0 && stop(j) {
				return
			}
			k := order[j]
			may, at := uint8(allFields), int32(-1)
			held.from[j] = -1
			if was != nil {
				may = was.may[k]
				p, ahead, aheadN := was.place(k)
				switch {
				case may&(1<<body) == 0 || p < 0:
				case len(ext) <= int(aheadN):
					if ahead.has(ext) {
						at, held.ahead[j], held.aheadN[j] = p, ahead.after(len(ext)), aheadN-uint8(len(ext))
						held.from[j] = was.slot[k]
					}
				default:
					r := f.stories[cands[k]].reader()
					if r.hasAt(int(p), phrase) {
						at = p
						held.ahead[j], held.aheadN[j] = r.ahead(int(p) + len(phrase))
					}
					r.done()
				}
			}
			held.may[j], held.at[j] = may, at
			if !look {
				continue
			}
			if at >= 0 {
				may &^= 1 << body // known to hold it
			}
			if may != 0 {
				open++
				id := cands[k]
				for i := range fields {
					if may&(1<<i) != 0 {
						wants[i][id] = true
					}
				}
			}
		}
	})
	if stop(0) {
		return firsts, held
	}
	if !look {
		opened.Store(int64(n))
	}
	if opened.Load() < fewStories {
		parallel(n, func(j int) {
			if stop(j) {
				return
			}
			firsts[j] = f.stories[cands[order[j]]].phraseRead(phrase, &held, j)
		})
		return firsts, held
	}
	in, at := f.phraseHits(work, first, phrase, wants)
	parallelRuns(n, func(lo, hi int) {
		for j := lo; j < hi; j++ {
			id := cands[order[j]]
			if f.unindexed != nil && f.unindexed[id] {
				firsts[j] = f.stories[id].phraseRead(phrase, &held, j)
				continue
			}
			if held.at[j] < 0 && in[body][id] == 1 {
				held.at[j], held.ahead[j], held.aheadN[j] = at.at[id], at.ahead[id], at.aheadN[id]
			}
			may := uint8(0)
			firsts[j] = -1
			for i := range fields {
				if in[i][id] == 1 || i == body && held.at[j] >= 0 {
					may |= 1 << i
					if firsts[j] < 0 {
						firsts[j] = int8(i)
					}
				}
			}
			held.may[j] = may
		}
	})
	return firsts, held
}

// phraseRead is the first field of the story that holds phrase (-1:
// none), read from the fields held's j-th says may hold it, the body
// known to if its place is known; held's j-th is left telling what is
// known after.
func (s *foldedStory) phraseRead(phrase string, held *phraseHeld, j int) int8 {
	for i := range fields {
		if held.may[j]&(1<<i) == 0 {
			continue
		}
		in := held.at[j] >= 0
		if i != body {
			in = strings.Contains(s.field(i), phrase)
		} else if !in {
			r := s.reader()
			p, ok := r.index(phrase)
			in, held.at[j] = ok, int32(p)
			if p >= 0 {
				held.ahead[j], held.aheadN[j] = r.ahead(p + len(phrase))
			}
			r.done()
		}
		if in {
			return int8(i) // the fields after are not read
		}
		held.may[j] &^= 1 << i
	}
	return -1
}

// bodyPlaces are, by story, a place where the body holds a phrase and
// what follows it there, as phraseHeld keeps them.
type bodyPlaces struct {
	at     []int32
	ahead  []aheadBytes
	aheadN []uint8
}

// phraseHits is whether each field of each story it wants holds phrase,
// which starts with the term first, by the indexes, and of the bodies
// that do, a place where and what follows it.
func (f *Finder) phraseHits(work *narrowWork, first, phrase string, wants *[fields][]bool) (*[fields][]uint8, *bodyPlaces) {
	out := &work.in
	for i := range out {
		out[i] = sized(out[i], len(f.stories))
		clear(out[i])
	}
	n := len(f.stories)
	at := &work.places // set where out[body] is
	at.at, at.ahead, at.aheadN = sized(at.at, n), sized(at.ahead, n), sized(at.aheadN, n)
	ends := f.wordsEndingWith(first)
	eachIndex(len(f.indexes)*fields, func(j int) {
		x, i := j/fields, j%fields
		f.indexes[x].fields[i].phraseIn(first, phrase, ends[x][i], i, f.stories, f.at[x], wants[i], out[i], at)
	})
	return out, at
}

// stopping is stop asked seldom: at the i-th story of a loop when i is
// a multiple of 32 (~0.1% of a search), and true from then on once it
// said so. nil never stops.
func stopping(stop func() bool) func(i int) bool {
	if stop == nil {
		return func(int) bool { return false }
	}
	var stopped atomic.Bool
	return func(i int) bool {
		if stopped.Load() {
			return true
		}
		if i%32 == 0 && stop() {
			stopped.Store(true)
			return true
		}
		return false
	}
}

// ranksAsBefore tells that each of prev's matches, cands, scores for
// phrase, the terms of prev typed on in the same words (each scoring as
// in prev), as it did for prev's: the first field that holds the phrase
// (firsts, -1: none; nil: one term) is the first that held prev's,
// which is the first that prev's held may tell. A title that is the
// phrase, or prev's (100 more), holds the last term or prev's whole, so
// neither is typed on in the same words. prev's ranking is then the
// ranking (issue 14: at 100,000 stories, ranking the 87,000 matches
// again was an eighth of each letter typed on after 'the amba').
func (f *Finder) ranksAsBefore(prev *Filtered, firsts []int8, cands []int32) bool {
	if prev.Ranked == nil || len(prev.Ranked) != len(cands) {
		return false
	}
	if firsts == nil {
		return true
	}
	if len(prev.held.may) != len(firsts) {
		return false
	}
	for k, may := range prev.held.may {
		first := int8(-1)
		if may != 0 {
			first = int8(bits.TrailingZeros8(may))
		}
		if first != firsts[k] {
			return false
		}
	}
	return true
}

// rankByScore returns cands[k] for k in order, highest score first and
// equal scores in order, top being the highest: a counting sort, as
// scores are small numbers and a filter may let 100,000 stories through,
// each half of order counted and placed on a core.
func rankByScore(order, scores []int, cands []int32, top int) []int32 {
	if top > 4*len(order)+1024 {
		slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(scores[b], scores[a]) })
		ranked := make([]int32, len(order))
		for i, k := range order {
			ranked[i] = cands[k]
		}
		return ranked
	}
	// at[h][i] is where the stories of half h that score top-i start:
	// after every story that scores more, and those of the first half
	// that score as much
	var at [2][]int
	halves(len(order), func(h, lo, hi int) {
		count := make([]int, top+1)
		for _, k := range order[lo:hi] {
			count[top-scores[k]]++
		}
		at[h] = count
	})
	start := 0
	for i := range top + 1 {
		first, second := at[0][i], at[1][i]
		at[0][i], at[1][i] = start, start+first
		start += first + second
	}
	ranked := make([]int32, len(order))
	halves(len(order), func(h, lo, hi int) {
		next := at[h]
		for _, k := range order[lo:hi] {
			i := top - scores[k]
			ranked[next[i]] = cands[k]
			next[i]++
		}
	})
	return ranked
}

// reusable tells how many of terms, from the first, prev scored as they
// are (kept), and whether prev's sums can be used (reuse): terms extend
// prev's, by a longer last term or by more terms.
func (prev *Filtered) reusable(terms []string) (kept int, reuse bool) {
	if prev == nil || len(prev.terms) == 0 || len(terms) < len(prev.terms) {
		return 0, false
	}
	n := len(prev.terms)
	if !slices.Equal(terms[:n-1], prev.terms[:n-1]) || !strings.HasPrefix(terms[n-1], prev.terms[n-1]) {
		return 0, false
	}
	if terms[n-1] == prev.terms[n-1] {
		return n, true // the last term kept, maybe more after it
	}
	return n - 1, true // the last term typed on
}

// ParagraphHit is a paragraph of a story that holds what was searched for.
type ParagraphHit struct {
	Story, Paragraph int
	// Whole tells a match of whole words from one inside a word.
	Whole bool
}

// Paragraphs finds the query as written (folded) in the paragraphs of the
// stories, whole-word matches first, then in library order, at most limit.
// Only the stories whose bodies hold every word (by the indexes) are
// read, in library order: first those that may hold the query as whole
// words, until limit such matches are found; then, if fewer, the rest
// until limit matches are found in all.
func (f *Finder) Paragraphs(query string, limit int) []ParagraphHit {
	terms := Terms(query)
	needle := strings.Join(terms, " ")
	if needle == "" {
		return nil
	}
	cands := f.bodyHolding(terms)
	per := make([][]ParagraphHit, len(f.stories))
	read := make([]bool, len(f.stories))
	// readUntil reads stories in blocks, in order, until enough says so.
	readUntil := func(ids []int, enough func(si int) bool) {
		for from := 0; from < len(ids); from += findBlock {
			part := ids[from:min(len(ids), from+findBlock)]
			parallel(len(part), func(k int) {
				if si := part[k]; !read[si] {
					per[si], read[si] = f.stories[si].paragraphHits(si, needle, limit), true
				}
			})
			for _, si := range part {
				if enough(si) {
					return
				}
			}
		}
	}
	whole, inside := 0, 0
	count := func(si int) {
		for _, h := range per[si] {
			if h.Whole {
				whole++
			} else {
				inside++
			}
		}
	}
	mayBeWhole := f.mayBeWhole(terms)
	var wholeCands []int
	for _, si := range cands {
		if mayBeWhole[si] {
			wholeCands = append(wholeCands, si)
		}
	}
	readUntil(wholeCands, func(si int) bool { count(si); return whole >= limit })
	if whole < limit { // every whole-word match is read and counted
		inside = 0
		readUntil(cands, func(si int) bool {
			for _, h := range per[si] {
				if !h.Whole {
					inside++
				}
			}
			return whole+inside >= limit
		})
	}
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

// findBlock is how many stories a find in all stories reads before it
// asks whether it has found enough.
var findBlock = 1024

// mayBeWhole tells the stories whose bodies may hold terms, joined by
// spaces, as whole words: by the indexes, of one term, those with a word
// in which it starts and ends a word; of several, those with a word that
// ends with the first, which starts a word there, and a word that starts
// with the last, which ends a word there.
func (f *Finder) mayBeWhole(terms []string) []bool {
	first, last := terms[0], terms[len(terms)-1]
	whole := func(l look) bool { return l.how == foundWord }
	if len(terms) == 1 {
		return f.bodiesWith(first, func(word string, l look) bool { return whole(l) })
	}
	may := f.bodiesWith(first, func(word string, l look) bool { return whole(l) && int(l.pos)+len(first) == len(word) })
	ends := f.bodiesWith(last, func(word string, l look) bool { return whole(l) && l.pos == 0 })
	for i := range may {
		may[i] = may[i] && ends[i]
	}
	return may
}

// bodiesWith tells the stories whose bodies have a word in which term
// is found as ok says.
func (f *Finder) bodiesWith(term string, ok func(word string, l look) bool) []bool {
	with := make([]bool, len(f.stories))
	eachIndex(len(f.indexes), func(x int) {
		ix, at := f.indexes[x].fields[body], f.at[x]
		ix.wordsHolding(term, func(w, _ int) {
			word := ix.words[ix.starts[w] : ix.starts[w+1]-1]
			if slices.ContainsFunc(inWord(word, term), func(l look) bool { return ok(word, l) }) {
				ix.postings(w, at, nil, func(p *posting) { with[at[p.story]] = true })
			}
		})
	})
	for i, read := range f.unindexed {
		with[i] = with[i] || read
	}
	return with
}

// paragraphHits are the paragraphs of story si that hold needle, at most
// limit.
func (s *foldedStory) paragraphHits(si int, needle string, limit int) []ParagraphHit {
	r := s.reader()
	defer r.done()
	var hits []ParagraphHit
	for p := range s.paragraphs {
		text, in := r.para(p), false
		for off := 0; off < len(text); {
			if len(hits) >= limit {
				return hits
			}
			i := strings.Index(text[off:], needle)
			if i < 0 {
				break
			}
			start, end := off+i, off+i+len(needle)
			off = end
			whole := (start == 0 || !isWordByte(text[start-1])) && (end == len(text) || !isWordByte(text[end]))
			if in {
				if whole {
					hits[len(hits)-1].Whole = true
				}
				continue
			}
			in = true
			hits = append(hits, ParagraphHit{Story: si, Paragraph: p, Whole: whole})
		}
	}
	return hits
}

// bodyHolding is the stories, in library order, whose bodies may hold
// every term: by the indexes, those with a word that holds each.
func (f *Finder) bodyHolding(terms []string) []int {
	held := make([]int, len(f.stories))
	in := make([]uint8, len(f.stories))
	for _, t := range terms {
		clear(in)
		eachIndex(len(f.indexes), func(x int) {
			f.indexes[x].fields[body].hits(t, f.at[x], nil, in, false)
		})
		for i, how := range in {
			if how != 0 || f.unindexed != nil && f.unindexed[i] {
				held[i]++
			}
		}
	}
	var cands []int
	for i, n := range held {
		if n == len(terms) {
			cands = append(cands, i)
		}
	}
	return cands
}
