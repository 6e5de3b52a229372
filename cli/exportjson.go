package cli

import (
	"context"
	"runtime"

	"cables/content"
	"cables/export"
	"cables/model"
)

// exportJSON writes what export.JSON writes of checkedLibrary's stories
// (with their reasons, checked against the archive), but story by story as
// the sources are read, in the order they were found: memory holds the
// stories being read and written, not the library (issue 14). Failures are
// reported after the document, as checkedLibrary reports them.
func (a *App) exportJSON(ctx context.Context, cfg Config, sources []string) error {
	arc, matchErr := a.openArchive()
	if arc != nil {
		defer arc.Close()
	}
	out := export.NewJSONWriter(a.Stdout)
	var writeErr error
	count := 0
	write := func(stories []*model.Story) {
		for _, s := range stories {
			if arc != nil && matchErr == nil {
				// As MatchAll over the library: none checked after one fails.
				matchErr = arc.MatchAll(ctx, []*model.Story{s})
			}
			if writeErr == nil {
				writeErr = out.Write(s)
			}
			count++
		}
	}
	errs := a.writeStories(ctx, a.shelf(cfg, sources), write)
	if count == 0 && len(sources) == 0 && !a.StdinPiped {
		s := a.Default()
		a.explain([]*model.Story{s})
		write([]*model.Story{s})
	}
	if err := out.Close(); writeErr == nil {
		writeErr = err
	}
	failed := a.reportErrors(errs)
	if matchErr != nil {
		failed = a.reportErrors([]error{matchErr})
	}
	return written(writeErr, failed)
}

// writeStories reads sources with their reasons and hands each source's
// stories to write, on a goroutine of its own, in the order the sources
// were found; it returns the failures in that order.
func (a *App) writeStories(ctx context.Context, sources []string, write func([]*model.Story)) []error {
	if a.Stream == nil || len(sources) == 0 {
		stories, errs := a.loadStories(ctx, sources, nil, a.warn, true)
		write(stories)
		return errs
	}
	// The sources whose turn has come go to the writer together: the
	// reader that hands them on waits for room for one send, not one
	// each (issue 14 item 12: once a slow source was in, the sources read
	// meanwhile filled the queue one by one, and the readers waited for
	// the writer, 3 % of their time on two cores). The queue holds eight
	// runs a reader: the writer's goroutine waits for a core while the
	// readers keep both busy, so that two a reader filled it and the
	// reader that then handed on a run waited for the writer holding the
	// loader's lock, and the other reader waited for the lock (issue 14,
	// second core: 1 % of the readers' time in a runtime trace of a cold
	// 10k export on two cores, 0.3 % with eight).
	next := make(chan [][]*model.Story, 8*runtime.GOMAXPROCS(0))
	done := make(chan struct{})
	go func() {
		defer close(done)
		for run := range next {
			for _, stories := range run {
				write(stories)
			}
		}
	}()
	var errs []error
	a.streamStories(ctx, sources, a.warn, true, inOrder(func(ready []content.Arrival) {
		run := make([][]*model.Story, len(ready))
		for i, ar := range ready {
			errs = append(errs, ar.Errs...)
			run[i] = ar.Stories
		}
		next <- run
	}))
	close(next)
	<-done
	return errs
}

// inOrder hands arrivals on in the order of their Index, holding those
// that come before their turn: each arrival hands on, at once, the run of
// arrivals whose turn it lets come, if any.
func inOrder(next func([]content.Arrival)) func(content.Arrival) {
	early := map[int]content.Arrival{}
	turn := 0
	return func(ar content.Arrival) {
		early[ar.Index] = ar
		var ready []content.Arrival
		for {
			ar, ok := early[turn]
			if !ok {
				break
			}
			delete(early, turn)
			turn++
			ready = append(ready, ar)
		}
		if len(ready) > 0 {
			next(ready)
		}
	}
}
