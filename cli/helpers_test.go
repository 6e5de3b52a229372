package cli

import (
	"bytes"
	"context"
	"errors"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/colorprofile"

	"cables/content"
	"cables/model"
	"cables/ui"
)

// The stories below are passages written for these tests.

func ledgerStory() *model.Story {
	p := []string{
		"LAGOS — The ambassador told Washington that “the grain will not last past April,” according to a cable.",
		"“Stocks in the northern depots are at a third of last year's,” the U.S. embassy cable said.",
		"Tomas Reyes, a trade official, said “we were never told,” and Okonkwo-Lindqvist declined to comment.",
	}
	return &model.Story{
		ID: "ledger.txt", Path: "ledger.txt", Title: "Envoy warned of grain shortage, cable shows",
		Outlet: "The Daily Ledger", Byline: "By Ada Morrow", Dateline: "LAGOS",
		Published:  model.Date{Time: time.Date(2011, 5, 30, 0, 0, 0, 0, time.UTC)},
		Paragraphs: p,
		Quotes: []model.Quote{
			explained(quote(p, 0, "the grain will not last past April,", model.Cable, "Maria Okonkwo-Lindqvist", "a cable"),
				model.Reason{Decision: "speaker", Value: "Maria Okonkwo-Lindqvist", Rule: "cue-before", Evidence: "The ambassador told Washington that"},
				model.Reason{Decision: "kind", Value: "cable", Rule: "cue-names-document", Evidence: "according to a cable."},
				model.Reason{Decision: "source", Value: "a cable", Rule: "cue-names-document", Evidence: "according to a cable"}),
			quote(p, 1, "Stocks in the northern depots are at a third of last year's,", model.Cable, "",
				"U.S. embassy cable from Lagos, March 2, 2009"),
			quote(p, 2, "we were never told,", model.Speech, "Tomas Reyes", ""),
		},
		People: []model.Person{
			{Name: "Maria Okonkwo-Lindqvist", Aliases: []string{"Okonkwo-Lindqvist", "the ambassador"}, Mentions: 2},
			{Name: "Tomas Reyes", Mentions: 1},
		},
	}
}

// trickyStory has text that looks like Markdown, HTML and entities, and a
// quote by a bare surname that the library joins to the full name.
func trickyStory() *model.Story {
	p := []string{
		"1. This is not a list, # nor a heading.",
		"> Nor is this a quote block; *stars*, _underscores_, [brackets](x) and <b>tags</b> stay as typed.",
		"An entity &#27;[31m and &#x1b;]8;;x&#7; must stay text.",
		"Okonkwo-Lindqvist said “# hashes and *stars* inside a quote,” later.",
	}
	return &model.Story{
		ID: "tricky.md", Path: "tricky.md", Title: "# Markdown-looking <i>headline</i> & more",
		Paragraphs: p,
		Quotes: []model.Quote{
			quote(p, 3, "# hashes and *stars* inside a quote,", model.Speech, "Okonkwo-Lindqvist", ""),
		},
		People: []model.Person{{Name: "Okonkwo-Lindqvist", Mentions: 1}},
	}
}

// quote makes a quote of text found in paragraph pi.
func quote(p []string, pi int, text string, kind model.Kind, speaker, source string) model.Quote {
	start := strings.Index(p[pi], text)
	if start < 0 {
		panic("test quote not in its paragraph: " + text)
	}
	return model.Quote{Text: text, Kind: kind, Speaker: speaker, Source: source,
		Spans: []model.Span{{Paragraph: pi, Start: start, End: start + len(text)}}}
}

// explained gives a quote the reasons the extractor would give it.
func explained(q model.Quote, why ...model.Reason) model.Quote {
	q.Why = why
	return q
}

// run is one run of cables in a test.
type run struct {
	app      *App
	stdout   bytes.Buffer
	stderr   bytes.Buffer
	env      map[string]string
	readLib  *model.Library
	readOpts ui.Options
}

var (
	piped    = Terminal{}
	terminal = Terminal{IsTerminal: true, Width: 60, Profile: colorprofile.TrueColor}
)

// newRun sets up cables with the test stories ("ledger.txt", "tricky.md",
// the ledger story at https://ledger.example/grain; "broken.txt" fails), real files through content.Load, and XDG and HOME
// directories inside the test's temporary directory.
func newRun(t *testing.T, out Terminal) *run {
	t.Helper()
	home := t.TempDir()
	r := &run{env: map[string]string{
		"HOME":            home,
		"XDG_CONFIG_HOME": home + "/config",
		"XDG_DATA_HOME":   home + "/data",
	}}
	r.app = &App{
		Load:    fakeLoad,
		Default: content.Default,
		Read: func(lib *model.Library, opts ui.Options) error {
			r.readLib, r.readOpts = lib, opts
			return nil
		},
		Stdin:         strings.NewReader(""),
		StdinTerminal: out.IsTerminal,
		Stdout:        &r.stdout,
		Stderr:        &r.stderr,
		Out:           out,
		Getenv:        func(k string) string { return r.env[k] },
		Version:       "test",
	}
	return r
}

func fakeLoad(ctx context.Context, stdin io.Reader, sources []string) ([]*model.Story, []error) {
	var stories []*model.Story
	var errs []error
	for _, src := range sources {
		switch src {
		case "ledger.txt":
			stories = append(stories, ledgerStory())
		case "https://ledger.example/grain":
			s := ledgerStory()
			s.URL, s.Path, s.ID = src, src, src
			stories = append(stories, s)
		case "tricky.md":
			stories = append(stories, trickyStory())
		case "broken.txt":
			errs = append(errs, &content.Error{Source: src, Err: errors.New("not UTF-8 text (binary?)")})
		default:
			s, e := content.LoadFrom(ctx, stdin, []string{src})
			stories, errs = append(stories, s...), append(errs, e...)
		}
	}
	return stories, errs
}

// cables runs the command line and returns the exit status.
func (r *run) cables(args ...string) int {
	r.stdout.Reset()
	r.stderr.Reset()
	return r.app.Run(context.Background(), args)
}

// mustRun runs cables and fails the test unless it exits with status and
// writes exactly stderr.
func (r *run) mustRun(t *testing.T, status int, stderr string, args ...string) string {
	t.Helper()
	if got := r.cables(args...); got != status {
		t.Errorf("cables %v: exit status %d, want %d; stderr:\n%s", args, got, status, r.stderr.String())
	}
	if r.stderr.String() != stderr {
		t.Errorf("cables %v: stderr\n%q\nwant\n%q", args, r.stderr.String(), stderr)
	}
	return r.stdout.String()
}
