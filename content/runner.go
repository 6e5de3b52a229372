package content

import (
	"context"
	"errors"
	"io"
	"runtime"
	"strings"
	"sync"
	"time"

	"golang.org/x/sync/semaphore"

	"cables/cache"
	"cables/content/source"
	"cables/model"
)

// Loader reads a library: every source found once (source.Find), the
// files that did not change since the last start taken from the cache,
// the rest read and extracted in parallel, as many at once as there are
// cores and as the memory budget allows.
type Loader struct {
	// Stdin is what "-" reads; nil reads nothing.
	Stdin io.Reader
	// Cache keeps what files gave between starts; nil reads every file.
	Cache *cache.Cache
	// Warn is told, once, when the cache fails; loading goes on without it.
	Warn func(string)
	// Budget is how many bytes the files being read may take at once,
	// counted as readCost of their sizes; 0 is DefaultBudget.
	Budget int64
	// Workers is how many files are read at once; 0 is one per core.
	Workers int
	// Explain gives every quote its reasons (see Explain), for commands
	// that print them: the stories it reads get them as they are
	// extracted, once; those from the cache, which keeps no reasons, on
	// every core as they come.
	Explain bool
	// FindBatch is how many files the walk finds before the cache is
	// asked for them; 0 is DefaultFindBatch.
	FindBatch int

	// readDoc reads a document's stories; nil is read. Tests watch it.
	readDoc func(source.Document) ([]*model.Story, []error)
}

// ErrInterrupted is a source not read because the run was cancelled.
var ErrInterrupted = source.ErrInterrupted

// DefaultBudget keeps the reads in flight under a gigabyte in all.
const DefaultBudget = 768 << 20

// costPerByte is what reading a file takes, in memory, per byte of it:
// its bytes, the page, the paragraphs, tokens and the story.
const costPerByte = 24

// readCost is what reading an entry may take in memory: a file by its
// size, anything else (stdin, a URL, a pipe) as a large story, 1 MB: taken
// at the most they may be, one pipe waiting for its writer would hold up
// every other read. Never more than the whole budget, so that any one
// source can be read.
func readCost(e source.Entry, budget int64) int64 {
	size := int64(1 << 20)
	if e.IsFile() && e.Info.Mode().IsRegular() {
		size = e.Info.Size()
	}
	return min(max(size, 4<<10)*costPerByte, budget)
}

// Arrival is what one source gave, as it comes.
type Arrival struct {
	// Index is the source's place among those found: directories walked
	// in name order, after the sources named before them.
	Index   int
	Stories []*model.Story
	Errs    []error
	// Cached is set when the stories came from the cache.
	Cached bool
	Progress
}

// Progress says how far a load has got.
type Progress struct {
	Done, Total int // sources done (read, from the cache, or failed) of all found so far
	// Finding is true while the walk goes on: Total is still growing.
	Finding bool
	Cached  int // of Done, taken from the cache
	// Read is the bytes of the files read so far, of ToRead: those the
	// cache did not have of the files found so far.
	Read, ToRead int64
	Started      time.Time
}

// Load reads sources and returns their stories in the order they were
// named, directories walked in name order.
func (l *Loader) Load(ctx context.Context, sources []string) ([]*model.Story, []error) {
	var results [][]*model.Story
	var errs [][]error
	l.Stream(ctx, sources, func(a Arrival) {
		if len(results) < a.Total { // the total grows while the walk goes on
			results, errs = grow(results, a.Total), grow(errs, a.Total)
		}
		results[a.Index], errs[a.Index] = a.Stories, a.Errs
	})
	return concat(results), concat(errs)
}

// grow lengthens parts to n.
func grow[T any](parts []T, n int) []T {
	return append(parts, make([]T, n-len(parts))...)
}

func concat[T any](parts [][]T) []T {
	var all []T
	for _, p := range parts {
		all = append(all, p...)
	}
	return all
}

// Stream reads sources and hands what each gives to arrived as it comes,
// one call at a time: first every file the cache still holds, then the
// others as they are read. It returns when all are in.
func (l *Loader) Stream(ctx context.Context, sources []string, arrived func(Arrival)) {
	r := run{l: l, ctx: ctx, arrived: arrived}
	r.progress = Progress{Started: time.Now(), Finding: true}
	if l.Cache != nil {
		r.writer = l.Cache.Writer(r.progress.Started)
	}
	// The cache is asked for each batch of files as the walk finds them,
	// so that the first stories arrive before a big tree is statted
	// whole (issue 14: the walk was 2 s of a warm start at 100,000).
	batches := make(chan []source.Entry, 8)
	var found source.Found
	go func() {
		defer close(batches)
		found = source.FindEach(sources, l.findBatch(), func(es []source.Entry) { batches <- es })
	}()
	// The files the cache does not answer for are read as each batch
	// comes, not once the walk is over (a first run of 100,000 read
	// nothing until every file was found).
	toRead, readDone := r.reading()
	for es := range batches {
		toRead <- r.fromCache(es)
	}
	r.mu.Lock()
	r.progress.Finding = false
	r.mu.Unlock()
	close(toRead)
	readDone()
	if r.writer != nil {
		r.cacheFailed(r.writer.Close())
		r.forgetGone(found.Dirs)
	}
}

// forgetGone removes from the cache the entries of files that were under
// the directories walked and are gone, once every story is in, so that a
// library whose files come and go does not leave their stories in the
// cache for ever.
func (r *run) forgetGone(dirs []string) {
	if len(dirs) == 0 || r.ctx.Err() != nil {
		return
	}
	paths := make(map[string]bool, len(r.paths))
	for _, p := range r.paths {
		if p != "" {
			paths[p] = true
		}
	}
	_, err := r.l.Cache.Forget(r.ctx, dirs, func(p string) bool { return paths[p] })
	if r.ctx.Err() == nil {
		r.cacheFailed(err)
	}
}

// run is one Stream.
type run struct {
	l   *Loader
	ctx context.Context
	// paths are the Paths of the entries found, in order: all the run
	// keeps of an entry once it is handed on, as the stat of every file
	// found, kept to the end, was a third of the live heap of a first
	// export of 10,000 stories (issue 14 item 12).
	paths   []string
	arrived func(Arrival)

	mu       sync.Mutex // guards progress and calls to arrived
	progress Progress
	cached   []bool // entries the cache answered for
	unheld   []bool // entries the cache surely has no entry for, so none to Match
	writer   *cache.Writer
	warned   sync.Once
}

// deliver hands one entry's result on.
func (r *run) deliver(i int, stories []*model.Story, errs []error, read int64, cached bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.progress.Done++
	r.progress.Read += read
	if cached {
		r.progress.Cached++
	}
	r.arrived(Arrival{Index: i, Stories: stories, Errs: errs, Cached: cached, Progress: r.progress})
}

func (r *run) cacheFailed(err error) {
	if err != nil && r.l.Warn != nil {
		r.warned.Do(func() { r.l.Warn("cache: " + err.Error() + "; reading the files instead") })
	}
}

// cacheable reports whether the cache may keep what an entry gives: a
// regular file, which has a size and a time to tell it changed.
func cacheable(e source.Entry) bool {
	return e.IsFile() && e.Info.Mode().IsRegular() && e.Path != ""
}

// findBatch is how many files the walk finds before the cache is asked
// for them.
func (l *Loader) findBatch() int {
	if l.FindBatch > 0 {
		return l.FindBatch
	}
	return DefaultFindBatch
}

// DefaultFindBatch is a screenful of stories many times over, few enough
// that they are found in a moment, and two whole queries of the cache's
// (512 cost a second query of 12 paths per batch: ~10% more CPU).
const DefaultFindBatch = 1000

// fromCache takes on a batch of entries found, hands on every file of it
// the cache holds as it is now, and returns the others, to be read.
func (r *run) fromCache(batch []source.Entry) []readJob {
	r.mu.Lock()
	first := len(r.paths)
	for _, e := range batch {
		r.paths = append(r.paths, e.Path)
	}
	r.cached = append(r.cached, make([]bool, len(batch))...)
	r.unheld = append(r.unheld, make([]bool, len(batch))...)
	r.progress.Total = len(r.paths)
	r.mu.Unlock()
	c := r.l.Cache
	if c == nil {
		return r.jobs(first, batch)
	}
	var keys []cache.Key
	var index []int
	for i, e := range batch {
		if cacheable(e) {
			keys = append(keys, cache.KeyOf(e.Path, e.Info))
			index = append(index, first+i)
		}
	}
	if len(keys) == 0 {
		return r.jobs(first, batch)
	}
	held := make([]bool, len(keys))
	deliver, done := r.deliverCached()
	err := c.LookupHeld(r.ctx, keys, held, func(k int, ce *cache.Entry) error {
		i := index[k]
		r.cached[i] = true
		stories, errs := fromEntry(batch[i-first], ce)
		deliver(i, stories, errs)
		return nil
	})
	done()
	for k, i := range index {
		// After a failed lookup any file may have an entry to match.
		r.unheld[i] = err == nil && !held[k]
	}
	if r.ctx.Err() == nil {
		r.cacheFailed(err)
	}
	return r.jobs(first, batch)
}

// A readJob is an entry to read: its place among those found, and
// whether the cache surely has nothing at its path.
type readJob struct {
	i      int
	e      source.Entry
	unheld bool
}

// jobs is the entries of a batch, the first at first, that the cache did
// not answer for; their bytes count as still to read.
func (r *run) jobs(first int, batch []source.Entry) []readJob {
	r.mu.Lock()
	defer r.mu.Unlock()
	var todo []readJob
	for k, e := range batch {
		i := first + k
		if r.cached[i] {
			continue
		}
		todo = append(todo, readJob{i, e, r.unheld[i]})
		if e.IsFile() {
			r.progress.ToRead += e.Info.Size()
		}
	}
	return todo
}

// deliverCached is how the stories of cache entries are handed on: as
// they are, or, when the loader explains, explained first by a worker per
// core (the cache's answer comes on one goroutine). done waits for the
// workers.
func (r *run) deliverCached() (deliver func(i int, stories []*model.Story, errs []error), done func()) {
	if !r.l.Explain {
		return func(i int, stories []*model.Story, errs []error) { r.deliver(i, stories, errs, 0, true) }, func() {}
	}
	type entry struct {
		i       int
		stories []*model.Story
		errs    []error
	}
	next := make(chan entry)
	var wg sync.WaitGroup
	for range r.workers() {
		wg.Go(func() {
			for e := range next {
				for _, s := range e.stories {
					Explain(s)
				}
				r.deliver(e.i, e.stories, e.errs, 0, true)
			}
		})
	}
	deliver = func(i int, stories []*model.Story, errs []error) { next <- entry{i, stories, errs} }
	return deliver, func() { close(next); wg.Wait() }
}

// workers is how many files are read at once.
func (r *run) workers() int {
	if r.l.Workers > 0 {
		return r.l.Workers
	}
	return runtime.GOMAXPROCS(0)
}

// fromEntry is what a cache entry holds, named as the file is named now
// ("d/a.txt" and "./d/a.txt" are one entry).
func fromEntry(e source.Entry, ce *cache.Entry) ([]*model.Story, []error) {
	name := source.ShownName(e.Name)
	for _, s := range ce.Stories {
		if s.Path == name {
			continue
		}
		item := "" // a feed item's "#N"
		if base := source.ID(s.Path); strings.HasPrefix(s.ID, base) {
			item = s.ID[len(base):]
		}
		s.Path, s.ID = name, source.ID(e.Name)+item
	}
	var errs []error
	if ce.Failure != "" {
		for _, why := range strings.Split(ce.Failure, "\n") {
			errs = append(errs, &Error{Source: name, Err: errors.New(why)})
		}
	}
	return ce.Stories, errs
}

// failure is what errors say, without the source they name, for the
// cache to say again next time.
func failure(errs []error) string {
	var whys []string
	for _, err := range errs {
		var e *Error
		if errors.As(err, &e) {
			err = e.Err
		}
		whys = append(whys, err.Error())
	}
	return strings.Join(whys, "\n")
}

// reading starts the workers that read, in parallel and in the order
// given, the entries sent on toRead; done waits for them once toRead is
// closed.
func (r *run) reading() (toRead chan<- []readJob, done func()) {
	budget := r.l.Budget
	if budget <= 0 {
		budget = DefaultBudget
	}
	batches := make(chan []readJob, 1024) // the walk never waits for the reading
	opener := source.NewOpener(r.l.Stdin)
	memory := semaphore.NewWeighted(budget)
	// Jobs wait in a queue for the next worker free, so that none waits
	// for the goroutine that hands them out to be given a core.
	next := make(chan readJob, jobQueue)
	var wg sync.WaitGroup
	for range r.workers() {
		wg.Go(func() {
			for job := range next {
				r.readEntry(opener, memory, job, budget)
			}
		})
	}
	go func() {
		defer close(next)
		for todo := range batches {
			for _, job := range todo {
				next <- job
			}
		}
	}()
	return batches, wg.Wait
}

// jobQueue is how many entries to read wait for a worker.
const jobQueue = 64

// readEntry reads one entry once the budget has room for it; a file's
// bytes the cache knows from this path before (touched, restored) are
// not extracted again.
func (r *run) readEntry(o *source.Opener, memory *semaphore.Weighted, job readJob, budget int64) {
	i, e := job.i, job.e
	name := source.ShownName(e.Name)
	cost := readCost(e, budget)
	if err := memory.Acquire(r.ctx, cost); err != nil {
		r.deliver(i, nil, []error{&Error{Source: name, Err: source.ErrInterrupted}}, 0, false)
		return
	}
	defer memory.Release(cost)
	doc, err := o.Open(r.ctx, e)
	if err != nil {
		// Not kept: a file that cannot be opened now may be later, with
		// the same size and time.
		r.deliver(i, nil, []error{&Error{Source: name, Err: err}}, 0, false)
		return
	}
	// Nothing made of the document holds its bytes: the page stage copies
	// what it keeps of them.
	defer source.Release(doc)
	size := int64(len(doc.Data))
	var key cache.Key
	var hash cache.Hash
	if r.writer != nil && cacheable(e) {
		key, hash = cache.KeyOf(e.Path, e.Info), cache.Sum(doc.Data)
		// Nothing at this path, as on a first read, needs no query
		// (issue 14: a query per file was 8 % of a first run's CPU).
		if !job.unheld && r.matched(i, e, key, hash, size) {
			return
		}
	}
	readDoc := r.l.readDoc
	if readDoc == nil && r.l.Explain {
		readDoc = readExplained
	} else if readDoc == nil {
		readDoc = read
	}
	stories, errs := source.Read(doc, readDoc)
	errs = source.Shown(errs)
	if r.writer != nil && cacheable(e) && r.ctx.Err() == nil {
		r.writer.Add(cache.Entry{Key: key, Hash: hash, Stories: stories, Failure: failure(errs)})
	}
	r.deliver(i, stories, errs, size, false)
}

// matched delivers entry i from the cache when its bytes, by their hash,
// are ones read at the same path before, and reports whether it did.
func (r *run) matched(i int, e source.Entry, key cache.Key, hash cache.Hash, size int64) bool {
	ce, err := r.l.Cache.Match(key, hash)
	if err != nil {
		r.cacheFailed(err)
		return false
	}
	if ce == nil {
		return false
	}
	r.writer.Touch(ce)
	stories, errs := fromEntry(e, ce)
	if r.l.Explain {
		for _, s := range stories {
			Explain(s)
		}
	}
	r.deliver(i, stories, errs, size, true)
	return true
}
