// Package archive is the user's archive of cables, as the rest of cables
// sees it: import archive files into an index, look up a cable with its
// paragraphs, and check a story's quotes against the cables.
//
// The pieces live in subpackages, one job each: formats reads the archive
// files, anatomy reads a cable's parts, norm makes comparable words, index
// keeps the SQLite index, match places quotes. This package is apart from
// content (which reads stories) because a cable archive is a second input
// with its own storage; it imports model and never ui.
//
// For a reader: Open once, then Match a story in the background (it
// returns one match per quote) and Cable an ID when the user opens the
// source; both are safe to call from several goroutines.
package archive

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"time"

	"cables/archive/anatomy"
	"cables/archive/formats"
	"cables/archive/index"
	"cables/archive/match"
	"cables/model"
)

// ErrNone says no archive has been imported yet.
var ErrNone = errors.New("no cable archive imported (import one with: cables archive import cables.csv|SITE-FOLDER|TEXT-FOLDER)")

// Dir is where the index lives under the data folder: hidden, so that the
// story library in the same folder never reads it as a story.
func Dir(dataDir string) string { return filepath.Join(dataDir, ".archive") }

// Archive is an imported archive, open for lookups and matching.
type Archive struct {
	ix      *index.Index
	matcher *match.Matcher
}

// Open opens the archive indexed in dir; ErrNone when nothing was
// imported there.
func Open(dir string) (*Archive, error) {
	ix, err := index.Open(dir, false)
	if errors.Is(err, index.ErrNoIndex) {
		return nil, ErrNone
	}
	if err != nil {
		return nil, err
	}
	return &Archive{ix: ix, matcher: match.New(ix)}, nil
}

// Close closes the archive.
func (a *Archive) Close() error { return a.ix.Close() }

// Cable reads a cable by reference ID, with its paragraphs and releases.
func (a *Archive) Cable(ctx context.Context, id string) (model.CableDoc, error) {
	return a.ix.Cable(ctx, id)
}

// Match checks every quote of a story against the archive: one match per
// quote, in order. The story is only read; set each quote's SourceCable
// from the result on the goroutine that owns the story.
func (a *Archive) Match(ctx context.Context, s *model.Story) ([]model.CableMatch, error) {
	return a.matcher.Story(ctx, s)
}

// MatchAll checks the quotes of every story and sets their SourceCable,
// the quotes of a story held packed (model.Story.PackQuotes) first made
// whole in it. It stops at the first error.
func (a *Archive) MatchAll(ctx context.Context, stories []*model.Story) error {
	for _, s := range stories {
		s.Unpack()
		ms, err := a.Match(ctx, s)
		if err != nil {
			return fmt.Errorf("%s: %w", s.Path, err)
		}
		for i := range s.Quotes {
			s.Quotes[i].SourceCable = &ms[i]
		}
	}
	return nil
}

// Status reports what the archive's index holds.
func (a *Archive) Status(ctx context.Context) (index.Status, error) { return a.ix.Status(ctx) }

// Path is the index's file.
func (a *Archive) Path() string { return a.ix.Path() }

// Summary tells what an import did.
type Summary struct {
	formats.Stats
	Elapsed time.Duration
	Index   string // the index's file
}

// Import reads the archive files at paths into the index in dir, creating
// it. Malformed rows and pages go to report and are skipped; progress is
// called now and then with the counts so far. Importing the same files
// again changes nothing; another release of a cable already there is kept
// beside it.
func Import(ctx context.Context, dir string, paths []string, progress func(formats.Stats), report func(error)) (Summary, error) {
	start := time.Now()
	ix, err := index.Open(dir, true)
	if err != nil {
		return Summary{}, err
	}
	defer ix.Close()
	w, err := ix.NewWriter(ctx)
	if err != nil {
		return Summary{}, fmt.Errorf("%s: %w", ix.Path(), err)
	}
	abs := make([]string, len(paths))
	for i, p := range paths {
		if abs[i], err = filepath.Abs(p); err != nil {
			abs[i] = p
		}
	}
	var st formats.Stats
	last := time.Now()
	err = formats.Read(ctx, abs, &st, func(doc model.CableDoc) error {
		anatomy.Parse(&doc)
		if err := w.Add(&doc); err != nil {
			return fmt.Errorf("%s: %w", ix.Path(), err)
		}
		if progress != nil && time.Since(last) > 100*time.Millisecond {
			last = time.Now()
			progress(st)
		}
		return nil
	}, report)
	if err != nil {
		w.Abort()
		return Summary{Stats: st, Elapsed: time.Since(start), Index: ix.Path()}, err
	}
	if err := w.Close(); err != nil {
		return Summary{}, fmt.Errorf("%s: %w", ix.Path(), err)
	}
	if progress != nil {
		progress(st)
	}
	return Summary{Stats: st, Elapsed: time.Since(start), Index: ix.Path()}, nil
}
