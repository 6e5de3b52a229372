package cli

import (
	"context"
	"fmt"
	"os"
	"sync"

	"cables/cache"
	"cables/content"
	"cables/model"
)

// library loads the stories a command works on (see loadLibrary), writes
// each failure to stderr and reports whether any.
func (a *App) library(ctx context.Context, cfg Config, sources []string) (lib *model.Library, failed bool) {
	lib, errs := a.loadLibrary(ctx, cfg, sources, false)
	return lib, a.reportErrors(errs)
}

// checkedLibrary is library with every quote checked against the imported
// archive (when there is one), and with the reasons for each quote when
// explain is set. A failed check is reported with the failed sources.
func (a *App) checkedLibrary(ctx context.Context, cfg Config, sources []string, explain bool) (lib *model.Library, failed bool) {
	lib, errs := a.loadLibrary(ctx, cfg, sources, explain)
	failed = a.reportErrors(errs)
	// After explain, which extracts the quotes afresh.
	if err := a.matchLibrary(ctx, lib); err != nil {
		failed = a.reportErrors([]error{err})
	}
	return lib, failed
}

// loadLibrary loads the stories a command works on: the sources given; with
// none, what is piped in; failing that, the library directory and the config's library paths; when those
// hold no story, the one cables ships. Everything that loaded is in the
// library; errs are the sources that failed. With explain, every quote
// comes with its reasons.
func (a *App) loadLibrary(ctx context.Context, cfg Config, sources []string, explain bool) (lib *model.Library, errs []error) {
	stories, errs := a.loadStories(ctx, a.shelf(cfg, sources), nil, a.warn, explain)
	if len(stories) == 0 && len(sources) == 0 && !a.StdinPiped {
		stories = []*model.Story{a.Default()}
		if explain {
			a.explain(stories)
		}
	}
	return model.NewLibrary(stories), errs
}

// shelf is what a command reads: the sources given; with none, what is
// piped in; failing that, the library directory and the config's library
// paths.
func (a *App) shelf(cfg Config, sources []string) []string {
	if len(sources) == 0 && a.StdinPiped {
		return []string{"-"}
	}
	if len(sources) > 0 {
		return sources
	}
	var shelf []string
	if dir := a.libraryDir(); dir != "" {
		if _, err := os.Stat(dir); err == nil {
			shelf = append(shelf, dir)
		}
	}
	return append(shelf, cfg.Library...)
}

// loadStories reads sources, through the library cache unless --no-cache,
// handing each source's stories to arrived (when not nil) as they come.
// The stories it returns are in the order the sources were found, with
// explain each quote with its reasons. A cache that fails is told to warn,
// never a reason not to load.
func (a *App) loadStories(ctx context.Context, sources []string, arrived func(content.Arrival), warn func(string), explain bool) ([]*model.Story, []error) {
	if len(sources) == 0 {
		return nil, nil
	}
	if a.Stream == nil {
		stories, errs := a.Load(ctx, a.Stdin, sources)
		if explain {
			a.explain(stories)
		}
		return stories, errs
	}
	var results [][]*model.Story
	var errs [][]error
	a.streamStories(ctx, sources, warn, explain, func(ar content.Arrival) {
		if n := ar.Total - len(results); n > 0 { // the total grows while the walk goes on
			results = append(results, make([][]*model.Story, n)...)
			errs = append(errs, make([][]error, n)...)
		}
		results[ar.Index], errs[ar.Index] = ar.Stories, ar.Errs
		if arrived != nil {
			arrived(ar)
		}
	})
	var stories []*model.Story
	var all []error
	for i := range results {
		stories, all = append(stories, results[i]...), append(all, errs[i]...)
	}
	return stories, all
}

// streamStories reads sources with a.Stream, through the library cache
// unless --no-cache, and hands what each gives to arrived as it comes (see
// content.Loader.Stream); with explain, each quote with its reasons.
func (a *App) streamStories(ctx context.Context, sources []string, warn func(string), explain bool, arrived func(content.Arrival)) {
	var mu sync.Mutex // the cache warns from the loader's goroutines
	l := &content.Loader{Stdin: a.Stdin, Warn: func(msg string) {
		mu.Lock()
		defer mu.Unlock()
		warn(msg)
	}}
	// The loader gives the reasons as it extracts, once, and to what
	// the cache gives, which keeps none.
	l.Explain = explain && a.Explain != nil
	if c := a.openCache(l.Warn); c != nil {
		defer c.Close()
		l.Cache = c
	}
	a.Stream(l, ctx, sources, arrived)
}

// warn writes a warning that is no input's failure to stderr.
func (a *App) warn(msg string) {
	fmt.Fprintln(a.Stderr, "cables:", model.Sanitize(msg))
}

// openCache opens the library cache, or says why not and returns nil:
// --no-cache, no cache directory (no HOME), or a cache that cannot open.
func (a *App) openCache(warn func(string)) *cache.Cache {
	dir := a.cacheDir()
	if a.NoCache || dir == "" {
		return nil
	}
	c, err := cache.Open(dir, content.ExtractorVersion, warn)
	if err != nil {
		warn(fmt.Sprintf("cache %s: %v; reading every story afresh", dir, cause(err)))
		return nil
	}
	return c
}
