// Package ui is cables' terminal interface: a list of stories, a reader pane
// with highlighted quotations, quote jumps and a person filter.
package ui

import (
	"context"
	"fmt"
	"io"
	"os"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"

	"cables/model"
)

// Options are what the command line passes to the reader.
type Options struct {
	Person string              // start filtered to this person ("" for none)
	Theme  string              // "dark", "light", "ascii", or "" to ask the terminal
	Keys   map[string][]string // key remaps: binding name → keys (see BindingNames)
	// Skipped are the sources that did not load, one line each (file and
	// cause); the header counts them and e lists them.
	Skipped []string
	// Reload reads the library again for r; nil when it cannot be (stories
	// piped in are read once).
	Reload func(ctx context.Context) (*model.Library, []string)
	// Arriving, when not nil, brings the rest of a library still being
	// read: the reader shows what has come and the header how far it has
	// got, until an Arrival that is Done (see Arrival).
	Arriving <-chan Arrival
	// ReadingWidth caps the width of the text; 0 is the default, 90.
	ReadingWidth int
	// QuotesFile is where w appends quotes ("" for cables-quotes.txt in
	// the working directory).
	QuotesFile string
	// Archive opens the user's cable archive, to check quotes against;
	// it is called in the background once the reader has started. Its
	// error is what c says when there is none (how to import one). Nil:
	// the reader offers no cable checks.
	Archive func() (Cables, error)
	// Painted, when not nil, is called once the first whole frame is made
	// (from the reader's goroutine; it must not block).
	Painted func()
	// ColorProfile is the colours Stdout shows, when the caller knows
	// them (Unknown: the reader asks, which inside tmux runs `tmux info`).
	ColorProfile colorprofile.Profile
	// Stdin and Stdout are the terminal; Stdout also gets, after the reader
	// ends, the quotes kept with Y. Nil means the process's.
	Stdin  io.Reader
	Stdout io.Writer
}

// frameRate is how many times a second the reader's frame may be drawn.
// Bubble Tea draws the last view at each tick of its frame rate, so every
// answer waits for the next tick: at its default 60 a second, 0-16.7 ms
// on top of the answer, the whole of a keystroke's budget (issue 14). 120,
// its most, halves the wait, for a few ms more CPU a second when idle.
const frameRate = 120

// Run opens the reader on the library and returns when the user quits.
func Run(lib *model.Library, opts Options) error {
	if len(lib.Stories) == 0 {
		return fmt.Errorf("no stories to read")
	}
	// no-color.org: any non-empty NO_COLOR turns colour off. colorprofile
	// only honours values ParseBool accepts (notes §4.7), so decide here.
	noColor := os.Getenv("NO_COLOR") != ""
	m, err := newModel(lib, opts, noColor || opts.Theme == "ascii")
	if err != nil {
		return err
	}
	m.probeTerminal = true
	in, out := opts.Stdin, opts.Stdout
	if in == nil {
		in = os.Stdin
	}
	if out == nil {
		out = os.Stdout
	}
	popts := []tea.ProgramOption{tea.WithInput(in), tea.WithOutput(out), tea.WithFPS(frameRate)}
	switch {
	case noColor || opts.Theme == "ascii":
		popts = append(popts, tea.WithColorProfile(colorprofile.Ascii))
	case opts.ColorProfile != colorprofile.Unknown:
		popts = append(popts, tea.WithColorProfile(opts.ColorProfile))
	}
	_, err = tea.NewProgram(m, popts...).Run()
	m.c.archive.close()
	if err != nil {
		return err
	}
	for _, q := range m.kept {
		if _, err := fmt.Fprintln(out, q); err != nil {
			return err
		}
	}
	return nil
}
