package content

import (
	"context"
	"io"
	"runtime"
	"sync"

	"golang.org/x/sync/semaphore"

	"cables/content/source"
	"cables/model"
)

// Loader reads a library: every source found once (source.Find), files
// read and extracted in parallel, as many at once as there are cores and
// as the memory budget allows.
type Loader struct {
	// Stdin is what "-" reads; nil reads nothing.
	Stdin io.Reader
	// Budget is how many bytes the files being read may take at once,
	// counted as readCost of their sizes; 0 is DefaultBudget.
	Budget int64
	// Workers is how many files are read at once; 0 is one per core.
	Workers int

	// readDoc reads a document's stories; nil is read. Tests watch it.
	readDoc func(source.Document) ([]*model.Story, []error)
}

// DefaultBudget keeps the reads in flight under a gigabyte in all.
const DefaultBudget = 768 << 20

// costPerByte is what reading a file takes, in memory, per byte of it:
// its bytes, the page, the paragraphs, tokens and the story.
const costPerByte = 24

// readCost is what reading an entry may take in memory: a file by its
// size, anything else (stdin, a URL, a pipe) by the largest it may be.
// Never more than the whole budget, so that any one source can be read.
func readCost(e source.Entry, budget int64) int64 {
	size := int64(source.MaxFileSize)
	if e.IsFile() && e.Info.Mode().IsRegular() {
		size = e.Info.Size()
	}
	return min(max(size, 4<<10)*costPerByte, budget)
}

// Load reads sources and returns their stories in the order they were
// named, directories walked in name order.
func (l *Loader) Load(ctx context.Context, sources []string) ([]*model.Story, []error) {
	found := source.Find(sources)
	results := make([]result, len(found.Entries))
	l.run(ctx, found.Entries, func(i int, r result) { results[i] = r })
	var stories []*model.Story
	var errs []error
	for _, r := range results {
		stories, errs = append(stories, r.stories...), append(errs, r.errs...)
	}
	return stories, errs
}

// result is what one entry gave.
type result struct {
	stories []*model.Story
	errs    []error
}

// run reads entries in parallel and hands each result to done, one call
// at a time, as it comes.
func (l *Loader) run(ctx context.Context, entries []source.Entry, done func(i int, r result)) {
	budget := l.Budget
	if budget <= 0 {
		budget = DefaultBudget
	}
	workers := l.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	opener := source.NewOpener(l.Stdin)
	memory := semaphore.NewWeighted(budget)
	next := make(chan int)
	var mu sync.Mutex
	var wg sync.WaitGroup
	for range min(workers, len(entries)) {
		wg.Go(func() {
			for i := range next {
				r := l.readEntry(ctx, opener, memory, entries[i], budget)
				mu.Lock()
				done(i, r)
				mu.Unlock()
			}
		})
	}
	for i := range entries {
		next <- i
	}
	close(next)
	wg.Wait()
}

// readEntry reads one entry once the budget has room for it.
func (l *Loader) readEntry(ctx context.Context, o *source.Opener, memory *semaphore.Weighted, e source.Entry, budget int64) result {
	cost := readCost(e, budget)
	if err := memory.Acquire(ctx, cost); err != nil {
		return result{errs: []error{&Error{Source: source.ShownName(e.Name), Err: source.ErrInterrupted}}}
	}
	defer memory.Release(cost)
	readDoc := l.readDoc
	if readDoc == nil {
		readDoc = read
	}
	stories, errs := source.ReadEntry(ctx, o, e, readDoc)
	return result{stories, errs}
}
