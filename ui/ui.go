// Package ui is cables' terminal interface: a list of stories, a reader pane
// with highlighted quotations, quote jumps and a person filter.
package ui

import (
	"errors"

	"cables/model"
)

// Options are what the command line passes to the reader.
type Options struct {
	Person string              // start filtered to this person ("" for none)
	Theme  string              // "dark", "light", "ascii", or "" to ask the terminal
	Keys   map[string][]string // key remaps: binding name → keys
}

// Run opens the reader on the library and returns when the user quits.
func Run(lib *model.Library, opts Options) error {
	return errors.New("the reader is not built yet")
}
