package cli

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"cables/content"
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

func (a *App) addCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "add PATH|URL...",
		Short: "Copy stories into your library",
		Long: "Copy stories into the library directory ($XDG_DATA_HOME/cables), which\n" +
			"`cables` reads when given no paths. The source is never changed; each copy\n" +
			"is written whole or not at all.",
		Args: withArgs(cobra.MinimumNArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			dir := a.libraryDir()
			if dir == "" {
				return errors.New("no library directory: set HOME or XDG_DATA_HOME")
			}
			failed := false
			for _, src := range args {
				dest, err := a.addOne(cmd.Context(), dir, src)
				if err != nil {
					failed = a.reportErrors([]error{err})
					continue
				}
				// The path names a file someone else named: it may hold
				// escape sequences that must not reach the terminal.
				fmt.Fprintf(a.Stdout, "added %s\n", model.Sanitize(dest))
			}
			if failed {
				return errReported
			}
			return nil
		},
	}
}

// addOne copies one story into dir and returns where it went. The story
// must load first, so the library never holds something cables can't read.
// A file is copied byte for byte, under its name made safe to show; a URL
// or stdin is saved as Markdown.
func (a *App) addOne(ctx context.Context, dir, src string) (string, error) {
	stories, errs := a.Load(ctx, a.Stdin, []string{src})
	if len(errs) > 0 {
		return "", errs[0]
	}
	if len(stories) != 1 {
		return "", fmt.Errorf("%s: add takes one story at a time (a file or a URL), not a directory", src)
	}
	var data []byte
	var name string
	if info, err := os.Stat(src); err == nil && info.Mode().IsRegular() {
		if data, err = readCapped(src); err != nil {
			return "", err
		}
		name = safeFileName(filepath.Base(src), slug(stories[0].Title))
	} else {
		data = []byte(storyMarkdown(stories[0]))
		name = slug(stories[0].Title) + ".md"
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", fmt.Errorf("%s: %w", dir, cause(err))
	}
	return writeNew(dir, name, data)
}

// readCapped reads a story file again for copying, no more than content
// reads: the file may have grown since it loaded.
func readCapped(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, cause(err))
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, content.MaxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, cause(err))
	}
	if len(data) > content.MaxFileSize {
		return nil, fmt.Errorf("%s: larger than %d MB", path, content.MaxFileSize>>20)
	}
	return data, nil
}

// safeFileName is a source's base name with escape sequences, control
// characters and line breaks taken out, so that neither the library
// listing nor the "added" line can carry them to a terminal. A name with
// nothing left takes the story's slug, keeping the extension that tells
// content how to read it.
func safeFileName(base, fallback string) string {
	name := strings.TrimSpace(strings.ReplaceAll(model.Sanitize(base), "\n", " "))
	ext := filepath.Ext(name)
	if stem := strings.TrimSuffix(name, ext); stem == "" || strings.Trim(name, ".") == "" {
		return fallback + ext
	}
	return name
}

// writeNew writes data under name in dir, atomically and never over
// another story: a temporary file is filled, then linked in under the
// first free name (name, name-2, …). Linking fails rather than replace.
// The same bytes already there are not written twice.
func writeNew(dir, name string, data []byte) (string, error) {
	tmp, err := os.CreateTemp(dir, ".add-*")
	if err != nil {
		return "", fmt.Errorf("%s: %w", dir, cause(err))
	}
	defer os.Remove(tmp.Name())
	_, err = tmp.Write(data)
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp.Name(), 0o644)
	}
	if err != nil {
		return "", fmt.Errorf("%s: %w", tmp.Name(), cause(err))
	}
	ext := filepath.Ext(name)
	stem := strings.TrimSuffix(name, ext)
	for n := 1; n < 1000; n++ {
		dest := filepath.Join(dir, name)
		if n > 1 {
			dest = filepath.Join(dir, fmt.Sprintf("%s-%d%s", stem, n, ext))
		}
		if old, err := os.ReadFile(dest); err == nil && bytes.Equal(old, data) {
			return dest, nil
		}
		err := os.Link(tmp.Name(), dest)
		if err == nil {
			return dest, nil
		}
		if !errors.Is(err, fs.ErrExist) {
			return "", fmt.Errorf("%s: %w", dest, cause(err))
		}
	}
	return "", fmt.Errorf("%s: too many stories named %s", dir, name)
}

// slug makes a file name from a headline.
func slug(title string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(title) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
		if b.Len() >= 60 {
			break
		}
	}
	s := strings.TrimSuffix(b.String(), "-")
	if s == "" {
		return "story"
	}
	return s
}
