package cli

import (
	"context"
	"os"

	"cables/model"
)

// library loads the stories a command works on (see loadLibrary), writes
// each failure to stderr and reports whether any.
func (a *App) library(ctx context.Context, cfg Config, sources []string) (lib *model.Library, failed bool) {
	lib, errs := a.loadLibrary(ctx, cfg, sources)
	return lib, a.reportErrors(errs)
}

// loadLibrary loads the stories a command works on: the sources given; with
// none, what is piped in; failing that, the library directory and the config's library paths; when those
// hold no story, the one cables ships. Everything that loaded is in the
// library; errs are the sources that failed.
func (a *App) loadLibrary(ctx context.Context, cfg Config, sources []string) (lib *model.Library, errs []error) {
	if len(sources) == 0 && a.StdinPiped {
		sources = []string{"-"}
	}
	if len(sources) > 0 {
		stories, errs := a.Load(ctx, a.Stdin, sources)
		return model.NewLibrary(stories), errs
	}
	var shelf []string
	if dir := a.libraryDir(); dir != "" {
		if _, err := os.Stat(dir); err == nil {
			shelf = append(shelf, dir)
		}
	}
	shelf = append(shelf, cfg.Library...)
	var stories []*model.Story
	if len(shelf) > 0 {
		stories, errs = a.Load(ctx, a.Stdin, shelf)
	}
	if len(stories) == 0 {
		stories = []*model.Story{a.Default()}
	}
	return model.NewLibrary(stories), errs
}
