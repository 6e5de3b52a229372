// Package ui is cables' terminal interface: a list of stories, a reader pane
// with highlighted quotations, quote jumps and a person filter.
package ui

import (
	"fmt"
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
}

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
	var popts []tea.ProgramOption
	if noColor || opts.Theme == "ascii" {
		popts = append(popts, tea.WithColorProfile(colorprofile.Ascii))
	}
	_, err = tea.NewProgram(m, popts...).Run()
	return err
}
