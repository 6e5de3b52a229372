package ui

import (
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// Each pane owns a keymap: a struct of key.Bindings. Its help (the footer
// and the full help behind ?) is generated from the same bindings, and
// Options.Keys remaps them by the names in keyMap.bindings.

// navKeys move through a pane; every pane that scrolls embeds them.
type navKeys struct {
	Up, Down, HalfDown, HalfUp, PageDown, PageUp, Top, Bottom key.Binding
}

// appKeys work in the list and the reader alike; the root handles them.
type appKeys struct {
	Quit, Help, Suspend, SwitchPane              key.Binding
	Person, ClearPerson, Quotes, FindAll, Errors key.Binding
	Reload, ListNarrower, ListWider              key.Binding
}

type listKeys struct {
	navKeys
	Open, Filter, Back, Sort key.Binding
}

type readerKeys struct {
	navKeys
	NextQuote, PrevQuote, NextCable, PrevCable key.Binding
	Search, NextMatch, PrevMatch               key.Binding
	Copy, SaveQuote, KeepQuote                 key.Binding
	NextStory, PrevStory, Back                 key.Binding
	Source                                     key.Binding
}

// sourceKeys are the source pane's: its scrolling moves the cable's text,
// and the other stories that quote the cable are chosen and opened. The
// reader's quote keys (] [ } {) and w Y act through it on the reader.
type sourceKeys struct {
	navKeys
	Copy, NextOther, PrevOther, OpenOther, Close key.Binding
}

// panelKeys are the keys of the panels over the panes (person picker,
// quotes, errors, find in all stories). Rows and the filter prompt have
// separate focus, as in fzf: letters type only into the prompt, so the
// prompt moves with keys that type nothing.
type panelKeys struct {
	navKeys
	Choose, Filter, Close        key.Binding
	PromptUp, PromptDown         key.Binding
	PromptPageUp, PromptPageDown key.Binding
}

// keyMap is every pane's keys, kept together so that one remap reaches
// each pane that has the binding.
type keyMap struct {
	app    appKeys
	list   listKeys
	reader readerKeys
	source sourceKeys
	panel  panelKeys
}

func bind(help, desc string, keys ...string) key.Binding {
	return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, desc))
}

func defaultNav() navKeys {
	return navKeys{
		Up:       bind("k/↑", "up", "k", "up"),
		Down:     bind("j/↓", "down", "j", "down"),
		HalfDown: bind("ctrl+d", "half page down", "ctrl+d"),
		HalfUp:   bind("ctrl+u", "half page up", "ctrl+u"),
		PageDown: bind("space/ctrl+f", "page down", "space", "ctrl+f", "pgdown", "f"),
		PageUp:   bind("b/ctrl+b", "page up", "b", "ctrl+b", "pgup"),
		Top:      bind("g/home", "top", "g", "home"),
		Bottom:   bind("G/end", "bottom", "G", "end"),
	}
}

func defaultKeys() keyMap {
	nav := defaultNav()
	return keyMap{
		app: appKeys{
			Quit:         bind("q", "quit", "q"),
			Help:         bind("?", "all keys", "?"),
			Suspend:      bind("ctrl+z", "suspend", "ctrl+z"),
			SwitchPane:   bind("tab", "switch pane", "tab"),
			Person:       bind("p", "pick person", "p"),
			ClearPerson:  bind("P", "clear person", "P"),
			Quotes:       bind("Q", "quotes panel", "Q"),
			FindAll:      bind("F", "find in all stories", "F"),
			Errors:       bind("e", "files that did not load", "e"),
			Reload:       bind("r", "reload the library", "r"),
			ListNarrower: bind("<", "narrower list", "<"),
			ListWider:    bind(">", "wider list", ">"),
		},
		list: listKeys{
			navKeys: nav,
			Open:    bind("enter", "open", "enter", "l", "right"),
			Filter:  bind("/", "filter stories", "/"),
			Back:    bind("esc", "clear filter/person", "esc"),
			Sort:    bind("s", "sort by file, date, outlet, quotes", "s"),
		},
		reader: readerKeys{
			navKeys:   nav,
			NextQuote: bind("]", "next quote", "]"),
			PrevQuote: bind("[", "prev quote", "["),
			NextCable: bind("}", "next cable passage", "}"),
			PrevCable: bind("{", "prev cable passage", "{"),
			Search:    bind("/", "find in story", "/"),
			NextMatch: bind("n", "next match", "n"),
			PrevMatch: bind("N", "prev match", "N"),
			Copy:      bind("y", "copy quote", "y"),
			SaveQuote: bind("w", "add quote to a file", "w"),
			KeepQuote: bind("Y", "print quote on exit", "Y"),
			NextStory: bind("J", "next story", "J"),
			PrevStory: bind("K", "prev story", "K"),
			Back:      bind("esc/h", "back/clear", "esc", "h", "left"),
			Source:    bind("c", "the quote's cable", "c"),
		},
		source: sourceKeys{
			navKeys:   nav,
			Copy:      bind("y", "copy with citation", "y"),
			NextOther: bind("J", "next story quoting it", "J"),
			PrevOther: bind("K", "prev story quoting it", "K"),
			OpenOther: bind("enter", "open that story", "enter"),
			Close:     bind("q/esc", "close", "q", "esc"),
		},
		panel: panelKeys{
			navKeys:        nav,
			Choose:         bind("enter", "choose", "enter"),
			Filter:         bind("/", "type to filter", "/"),
			Close:          bind("q/esc", "close", "q", "esc"),
			PromptUp:       bind("↑/ctrl+p", "up", "up", "ctrl+p", "ctrl+k"),
			PromptDown:     bind("↓/ctrl+n", "down", "down", "ctrl+n", "ctrl+j"),
			PromptPageUp:   bind("pgup", "page up", "pgup"),
			PromptPageDown: bind("pgdn", "page down", "pgdown"),
		},
	}
}

// bindings names each binding for remapping; the names are what the
// [keys] table of the config file uses (next_quote = ["n", "ctrl+n"]). A
// name may stand for the same binding in several panes.
func (k *keyMap) bindings() map[string][]*key.Binding {
	navs := []*navKeys{&k.list.navKeys, &k.reader.navKeys, &k.source.navKeys, &k.panel.navKeys}
	nav := func(f func(*navKeys) *key.Binding) []*key.Binding {
		var out []*key.Binding
		for _, n := range navs {
			out = append(out, f(n))
		}
		return out
	}
	one := func(b *key.Binding) []*key.Binding { return []*key.Binding{b} }
	return map[string][]*key.Binding{
		"up":             nav(func(n *navKeys) *key.Binding { return &n.Up }),
		"down":           nav(func(n *navKeys) *key.Binding { return &n.Down }),
		"half_page_down": nav(func(n *navKeys) *key.Binding { return &n.HalfDown }),
		"half_page_up":   nav(func(n *navKeys) *key.Binding { return &n.HalfUp }),
		"page_down":      nav(func(n *navKeys) *key.Binding { return &n.PageDown }),
		"page_up":        nav(func(n *navKeys) *key.Binding { return &n.PageUp }),
		"top":            nav(func(n *navKeys) *key.Binding { return &n.Top }),
		"bottom":         nav(func(n *navKeys) *key.Binding { return &n.Bottom }),

		"quit": one(&k.app.Quit), "help": one(&k.app.Help), "suspend": one(&k.app.Suspend),
		"switch_pane": one(&k.app.SwitchPane), "person": one(&k.app.Person),
		"clear_person": one(&k.app.ClearPerson), "quotes": one(&k.app.Quotes),
		"find_all": one(&k.app.FindAll), "errors": one(&k.app.Errors), "reload": one(&k.app.Reload),
		"list_narrower": one(&k.app.ListNarrower), "list_wider": one(&k.app.ListWider),

		"open": one(&k.list.Open), "filter": one(&k.list.Filter), "sort": one(&k.list.Sort),
		"back": {&k.list.Back, &k.reader.Back},

		"next_quote": one(&k.reader.NextQuote), "prev_quote": one(&k.reader.PrevQuote),
		"next_cable": one(&k.reader.NextCable), "prev_cable": one(&k.reader.PrevCable),
		"search": one(&k.reader.Search), "next_match": one(&k.reader.NextMatch),
		"prev_match": one(&k.reader.PrevMatch), "copy": {&k.reader.Copy, &k.source.Copy},
		"save_quote": one(&k.reader.SaveQuote), "keep_quote": one(&k.reader.KeepQuote),
		"next_story": one(&k.reader.NextStory), "prev_story": one(&k.reader.PrevStory),

		"source": one(&k.reader.Source), "source_close": one(&k.source.Close),
		"next_quoting_story": one(&k.source.NextOther), "prev_quoting_story": one(&k.source.PrevOther),
		"open_quoting_story": one(&k.source.OpenOther),

		"picker_up": one(&k.panel.PromptUp), "picker_down": one(&k.panel.PromptDown),
		"picker_page_up": one(&k.panel.PromptPageUp), "picker_page_down": one(&k.panel.PromptPageDown),
		"picker_choose": one(&k.panel.Choose), "picker_close": one(&k.panel.Close),
		"picker_filter": one(&k.panel.Filter),
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
		bs, ok := all[name]
		if !ok {
			return fmt.Errorf("unknown key binding %q (known: %s)", name, strings.Join(BindingNames(), ", "))
		}
		if len(keys) == 0 {
			return fmt.Errorf("key binding %q: no keys given", name)
		}
		for _, b := range bs {
			b.SetKeys(keys...)
			b.SetHelp(strings.Join(keys, "/"), b.Help().Desc)
		}
	}
	return nil
}

// navSteps are how far each moving key goes in one pane, in rows: a
// page, half a page, and to the top and the bottom (the pane clamps).
type navSteps struct{ page, half, top, bottom int }

// textSteps scroll a text shown height rows at a time from row offset: a
// page keeps one row of the last in sight, as in less; end reaches the
// bottom.
func textSteps(height, offset, end int) navSteps {
	return navSteps{page: max(1, height-1), half: max(1, height/2), top: -offset, bottom: end}
}

// rowSteps move the selection in a list of rows, height of them shown: a
// page is a whole page.
func rowSteps(height, rows int) navSteps {
	return navSteps{page: height, half: max(1, height/2), top: -rows, bottom: rows}
}

// step is how far a moving key goes; ok is false for every other key.
func (n navKeys) step(msg tea.KeyPressMsg, s navSteps) (step int, ok bool) {
	switch {
	case key.Matches(msg, n.Up):
		return -1, true
	case key.Matches(msg, n.Down):
		return 1, true
	case key.Matches(msg, n.HalfDown):
		return s.half, true
	case key.Matches(msg, n.HalfUp):
		return -s.half, true
	case key.Matches(msg, n.PageDown):
		return s.page, true
	case key.Matches(msg, n.PageUp):
		return -s.page, true
	case key.Matches(msg, n.Top):
		return s.top, true
	case key.Matches(msg, n.Bottom):
		return s.bottom, true
	}
	return 0, false
}

// navHelp is the help column of the moving keys.
func (n navKeys) navHelp() []key.Binding {
	return []key.Binding{n.Up, n.Down, n.HalfDown, n.HalfUp, n.PageDown, n.PageUp, n.Top, n.Bottom}
}

// ShortHelp and FullHelp of the keys that work over the list and reader.
func (a appKeys) ShortHelp() []key.Binding {
	return []key.Binding{a.Person, a.Quotes, a.Help, a.Quit}
}

func (a appKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{a.Person, a.ClearPerson, a.Quotes, a.FindAll, a.Errors, a.Reload},
		{a.SwitchPane, a.ListNarrower, a.ListWider, a.Help, a.Suspend, a.Quit},
	}
}
