package cli

import (
	"context"
	"os"

	"cables/model"
)

// library loads the stories a command works on: the sources given; with
// none, what is piped in; failing that, the library directory and the config's library paths; when those
// hold no story, the one cables ships. Failures are written to stderr and
// reported by failed; everything that loaded is in the library.
func (a *App) library(ctx context.Context, cfg Config, sources []string) (lib *model.Library, failed bool) {
	if len(sources) == 0 && a.StdinPiped {
		sources = []string{"-"}
	}
	if len(sources) > 0 {
		stories, errs := a.Load(ctx, a.Stdin, sources)
		failed = a.reportErrors(errs)
		return model.NewLibrary(stories), failed
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
		var errs []error
		stories, errs = a.Load(ctx, a.Stdin, shelf)
		failed = a.reportErrors(errs)
	}
	if len(stories) == 0 {
		stories = []*model.Story{a.Default()}
	}
	return model.NewLibrary(stories), failed
}
