package cli

import (
	"context"
	"errors"
	"slices"
	"sync"
	"time"

	"cables/content"
	"cables/model"
	"cables/ui"
)

// readStreaming opens the reader as soon as the first stories are known
// and hands it the rest as they come, with how far the reading has got.
// A library that is all in by then (a warm cache, a few files) opens as a
// whole. Sources that failed are written to stderr when the reader ends;
// those not read because the reader was closed first are not failures.
func (a *App) readStreaming(ctx context.Context, cfg Config, args []string, theme string) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	tr := a.newStartTrace()
	defer tr.close()
	tr.mark("start reading")
	g := &gathering{first: make(chan struct{}), trace: tr}
	loaded := make(chan struct{})
	var stories []*model.Story
	var errs []error
	go func() {
		defer close(loaded)
		stories, errs = a.loadStories(ctx, a.shelf(cfg, args), g.add, g.warn, false)
		tr.mark("all %d stories read", len(stories))
	}()
	select {
	case <-g.first:
	case <-loaded:
	}
	var opts ui.Options
	var lib *model.Library
	select {
	case <-loaded:
		lib = a.finalLibrary(stories, args)
		tr.mark("whole library made")
		if len(lib.Stories) == 0 {
			a.reportErrors(append(g.warnings(), errs...))
			return errReported
		}
		opts = a.readerOptions(cfg, args, append(g.warnings(), errs...), theme)
	default:
		var skipped []string
		lib, skipped = g.snapshot()
		tr.mark("first library made: %d stories", len(lib.Stories))
		opts = a.readerOptions(cfg, args, nil, theme)
		opts.Skipped = skipped
		arriving := make(chan ui.Arrival, 1)
		opts.Arriving = arriving
		quit := make(chan struct{})
		defer close(quit)
		painted := make(chan struct{})
		opts.Painted = func() {
			tr.mark("first frame made")
			close(painted)
		}
		go g.publish(arriving, quit, loaded, painted, func() ui.Arrival {
			all := append(g.warnings(), errs...)
			lib := a.finalLibrary(stories, args)
			tr.mark("final library made: %d stories", len(lib.Stories))
			return ui.Arrival{Lib: lib, Skipped: errorLines(all), Done: true}
		})
	}
	if opts.Painted == nil {
		opts.Painted = func() { tr.mark("first frame made") }
	}
	tr.mark("reader starts")
	readErr := a.Read(lib, opts)
	cancel()
	<-loaded
	failed := a.reportErrors(append(g.warnings(), notInterrupted(errs)...))
	if readErr != nil {
		return readerFailed(readErr)
	}
	if failed {
		return errReported
	}
	return nil
}

// finalLibrary is the library of all the stories read; with no sources
// named and none in the library, the story cables ships.
func (a *App) finalLibrary(stories []*model.Story, args []string) *model.Library {
	if len(stories) == 0 && len(args) == 0 && !a.StdinPiped {
		stories = []*model.Story{a.Default()}
	}
	return model.NewLibrary(stories)
}

// notInterrupted leaves out the sources not read because the reader was
// closed before they were.
func notInterrupted(errs []error) []error {
	return slices.DeleteFunc(slices.Clone(errs), func(err error) bool { return errors.Is(err, content.ErrInterrupted) })
}

// gathering keeps what a streaming load has given so far, for the reader.
type gathering struct {
	mu sync.Mutex
	// stories have been shown; pending have come since, to be put after
	// them in the order they were found.
	stories []*model.Story
	pending []content.Arrival
	skipped []string
	warned  []error
	last    content.Progress
	changed bool

	first     chan struct{} // closed when a first story has come
	firstOnce sync.Once
	trace     *startTrace
}

func (g *gathering) add(ar content.Arrival) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.pending = append(g.pending, ar)
	g.skipped = append(g.skipped, errorLines(notInterrupted(ar.Errs))...)
	g.last, g.changed = ar.Progress, true
	if len(ar.Stories) > 0 {
		g.firstOnce.Do(func() {
			if g.trace != nil {
				g.trace.mark("first stories arrive (%d of %d found)", ar.Progress.Done, ar.Progress.Total)
			}
			close(g.first)
		})
	}
}

func (g *gathering) warn(msg string) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.warned = append(g.warned, errors.New(msg))
	g.skipped = append(g.skipped, msg)
}

func (g *gathering) warnings() []error {
	g.mu.Lock()
	defer g.mu.Unlock()
	return slices.Clone(g.warned)
}

// snapshot is the library so far: the stories shown before, then those
// come since. Each snapshot's stories start with the last one's.
func (g *gathering) snapshot() (*model.Library, []string) {
	g.mu.Lock()
	slices.SortFunc(g.pending, func(a, b content.Arrival) int { return a.Index - b.Index })
	for _, ar := range g.pending {
		g.stories = append(g.stories, ar.Stories...)
	}
	g.pending, g.changed = g.pending[:0], false
	stories, skipped := slices.Clone(g.stories), slices.Clone(g.skipped)
	g.mu.Unlock()
	return model.NewLibrary(stories), skipped
}

// allCached reports whether every source read so far came from the cache.
func (g *gathering) allCached() bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.last.Done > 0 && g.last.Cached == g.last.Done
}

// loading is how far the load has got, as the reader's header says it.
func (g *gathering) loading() ui.Loading {
	g.mu.Lock()
	p := g.last
	g.mu.Unlock()
	l := ui.Loading{Done: p.Done, Total: p.Total, Finding: p.Finding}
	if elapsed := time.Since(p.Started); elapsed > 0 && p.Done > 0 && !p.Finding {
		l.PerSecond = float64(p.Done) / elapsed.Seconds()
		l.Left = time.Duration(float64(p.Total-p.Done) / l.PerSecond * float64(time.Second))
	}
	return l
}

// publish sends the reader the library as it grows, a few times a second
// (less often when making the library takes long: it is the person merge
// over every story, and the reader lists them all again), and the whole
// library once loaded. The first part waits for the reader's first frame:
// made meanwhile, it took the cores the frame needs (issue 14: a warm
// start's first snapshot of 10,000 stories came as the frame was made);
// and a second more when every story so far came from the cache.
// It stops when the reader has quit.
func (g *gathering) publish(out chan ui.Arrival, quit, loaded, painted <-chan struct{}, final func() ui.Arrival) {
	send := func(a ui.Arrival) {
		select { // the reader wants the latest, not every one
		case <-out:
		default:
		}
		select {
		case out <- a:
		case <-quit:
		}
	}
	var tick *time.Timer
	var ticks <-chan time.Time // none before the first frame
	interval := time.Second / 4
	for {
		select {
		case <-quit:
			return
		case <-loaded:
			send(final())
			return
		case <-painted:
			painted = nil
			if g.allCached() {
				// A warm start: the rest is likely all in within the
				// second, and one library made whole is cheaper than
				// parts made on the way.
				interval = time.Second
			}
			tick = time.NewTimer(interval)
			defer tick.Stop()
			ticks = tick.C
		case <-ticks:
			g.mu.Lock()
			changed := g.changed
			g.mu.Unlock()
			if changed {
				start := time.Now()
				lib, skipped := g.snapshot()
				if g.trace != nil {
					g.trace.mark("snapshot library made: %d stories", len(lib.Stories))
				}
				interval = max(time.Second/4, 10*time.Since(start))
				send(ui.Arrival{Lib: lib, Skipped: skipped, Loading: g.loading()})
			}
			tick.Reset(interval)
		}
	}
}
