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
	next := make(chan []*model.Story, 2*runtime.GOMAXPROCS(0))
	done := make(chan struct{})
	go func() {
		defer close(done)
		for stories := range next {
			write(stories)
		}
	}()
	var errs []error
	a.streamStories(ctx, sources, a.warn, true, inOrder(func(ar content.Arrival) {
		errs = append(errs, ar.Errs...)
		next <- ar.Stories
	}))
	close(next)
	<-done
	return errs
}

// inOrder hands arrivals on in the order of their Index, holding those
// that come before their turn.
func inOrder(next func(content.Arrival)) func(content.Arrival) {
	early := map[int]content.Arrival{}
	turn := 0
	return func(ar content.Arrival) {
		early[ar.Index] = ar
		for {
			ar, ok := early[turn]
			if !ok {
				return
			}
			delete(early, turn)
			turn++
			next(ar)
		}
	}
}
