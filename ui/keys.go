package ui

import (
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
)

// keyMap is every binding of the reader. Help and the footer are generated
// from it, and Options.Keys remaps it by the names in bindingNames.
type keyMap struct {
	Up, Down, Top, Bottom, PageDown, PageUp    key.Binding
	NextQuote, PrevQuote, NextCable, PrevCable key.Binding
	Person, ClearPerson, Quotes                key.Binding
	Filter, Search, NextMatch, PrevMatch       key.Binding
	Copy, SwitchPane, Open, Back, Help, Quit   key.Binding

	// The person picker and quotes panel: letters type into their filter,
	// so they move with keys that type nothing.
	PickUp, PickDown, PickPageUp, PickPageDown, Choose, Close key.Binding
}

func defaultKeys() keyMap {
	b := func(help, desc string, keys ...string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, desc))
	}
	return keyMap{
		Up:          b("k/↑", "up", "k", "up"),
		Down:        b("j/↓", "down", "j", "down"),
		Top:         b("g", "top", "g", "home"),
		Bottom:      b("G", "bottom", "G", "end"),
		PageDown:    b("space", "page down", "space", "pgdown", "f"),
		PageUp:      b("b", "page up", "b", "pgup"),
		NextQuote:   b("]", "next quote", "]"),
		PrevQuote:   b("[", "prev quote", "["),
		NextCable:   b("}", "next cable passage", "}"),
		PrevCable:   b("{", "prev cable passage", "{"),
		Person:      b("p", "pick person", "p"),
		ClearPerson: b("P", "clear person", "P"),
		Quotes:      b("Q", "quotes panel", "Q"),
		Filter:      b("/", "filter stories (list)", "/"),
		Search:      b("/", "find in story (reader)", "/"),
		NextMatch:   b("n", "next match", "n"),
		PrevMatch:   b("N", "prev match", "N"),
		Copy:        b("y", "copy quote", "y"),
		SwitchPane:  b("tab", "switch pane", "tab"),
		Open:        b("enter", "open", "enter"),
		Back:        b("esc", "back/clear", "esc"),
		Help:        b("?", "help", "?"),
		Quit:        b("q", "quit", "q", "ctrl+c"),

		PickUp:       b("↑/ctrl+p", "up", "up", "ctrl+p", "ctrl+k"),
		PickDown:     b("↓/ctrl+n", "down", "down", "ctrl+n", "ctrl+j"),
		PickPageUp:   b("pgup", "page up", "pgup"),
		PickPageDown: b("pgdn", "page down", "pgdown"),
		Choose:       b("enter", "choose", "enter"),
		Close:        b("esc", "close", "esc"),
	}
}

// bindings names each binding for remapping; the names are what the
// [keys] table of the config file uses (next_quote = ["n", "ctrl+n"]).
func (k *keyMap) bindings() map[string]*key.Binding {
	return map[string]*key.Binding{
		"up": &k.Up, "down": &k.Down, "top": &k.Top, "bottom": &k.Bottom,
		"page_down": &k.PageDown, "page_up": &k.PageUp,
		"next_quote": &k.NextQuote, "prev_quote": &k.PrevQuote,
		"next_cable": &k.NextCable, "prev_cable": &k.PrevCable,
		"person": &k.Person, "clear_person": &k.ClearPerson, "quotes": &k.Quotes,
		"filter": &k.Filter, "search": &k.Search, "next_match": &k.NextMatch, "prev_match": &k.PrevMatch,
		"copy": &k.Copy, "switch_pane": &k.SwitchPane, "open": &k.Open, "back": &k.Back,
		"help": &k.Help, "quit": &k.Quit,
		"picker_up": &k.PickUp, "picker_down": &k.PickDown,
		"picker_page_up": &k.PickPageUp, "picker_page_down": &k.PickPageDown,
		"picker_choose": &k.Choose, "picker_close": &k.Close,
	}
}

// BindingNames lists the names Options.Keys accepts, sorted.
func BindingNames() []string {
	var k keyMap
	var names []string
	for n := range k.bindings() {
		names = append(names, n)
	}
	slices.Sort(names)
	return names
}

// remap replaces the keys of the named bindings. An unknown name or an
// empty key list is an error, so a typo in a config file is not silently
// ignored.
func (k *keyMap) remap(remaps map[string][]string) error {
	all := k.bindings()
	names := make([]string, 0, len(remaps))
	for n := range remaps {
		names = append(names, n)
	}
	slices.Sort(names)
	for _, name := range names {
		keys := remaps[name]
		b, ok := all[name]
		if !ok {
			return fmt.Errorf("unknown key binding %q (known: %s)", name, strings.Join(BindingNames(), ", "))
		}
		if len(keys) == 0 {
			return fmt.Errorf("key binding %q: no keys given", name)
		}
		b.SetKeys(keys...)
		b.SetHelp(strings.Join(keys, "/"), b.Help().Desc)
	}
	return nil
}

// shortHelp is what the footer shows for the focused pane.
func (k keyMap) shortHelp(reader bool) []key.Binding {
	if reader {
		return []key.Binding{k.NextQuote, k.PrevQuote, k.Person, k.Quotes, k.Search, k.Copy, k.Help, k.Quit}
	}
	return []key.Binding{k.Open, k.Filter, k.Person, k.Quotes, k.SwitchPane, k.Help, k.Quit}
}

// pickerHelp is the footer over the person picker and the quotes panel.
func (k keyMap) pickerHelp() []key.Binding {
	return []key.Binding{k.PickUp, k.PickDown, k.Choose, k.Close}
}

// helpHelp is the footer over the full help: its own keys, described for
// what they do there.
func (k keyMap) helpHelp() []key.Binding {
	return []key.Binding{k.Up, k.Down, k.PageDown, k.closeHelp()}
}

// closeHelp closes the full help: Back or Help again.
func (k keyMap) closeHelp() key.Binding {
	return key.NewBinding(key.WithKeys(append(k.Back.Keys(), k.Help.Keys()...)...),
		key.WithHelp(k.Back.Help().Key+"/"+k.Help.Help().Key, "close"))
}

// helpLine joins bindings' help as the footer shows it.
func helpLine(bs []key.Binding) []string {
	var parts []string
	for _, b := range bs {
		if b.Enabled() {
			parts = append(parts, b.Help().Key+" "+b.Help().Desc)
		}
	}
	return parts
}

// helpGroup is one titled column of the full help.
type helpGroup struct {
	title    string
	bindings []key.Binding
}

func (k keyMap) fullHelp() []helpGroup {
	return []helpGroup{
		{"Move", []key.Binding{k.Up, k.Down, k.Top, k.Bottom, k.PageDown, k.PageUp, k.SwitchPane, k.Open, k.Back}},
		// Help and Quit share a column so that all of it fits 80×24.
		{"Quotes & app", []key.Binding{k.NextQuote, k.PrevQuote, k.NextCable, k.PrevCable, k.Quotes, k.Copy, k.Help, k.Quit}},
		{"People & search", []key.Binding{k.Person, k.ClearPerson, k.Filter, k.Search, k.NextMatch, k.PrevMatch}},
		{"Person picker & quotes panel", []key.Binding{k.PickUp, k.PickDown, k.PickPageUp, k.PickPageDown, k.Choose, k.Close}},
	}
}
