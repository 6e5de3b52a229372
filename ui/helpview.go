package ui

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// helpView is the full help over the panes: every key of the pane that had
// focus, then the keys that work everywhere, rendered by bubbles/help from
// the bindings themselves.
type helpView struct {
	c             *common
	nav           navKeys
	title         string
	groups        [][]key.Binding
	help          help.Model
	lines         []string
	offset        int
	width, height int
}

func newHelpView(c *common, title string, groups [][]key.Binding) *helpView {
	h := &helpView{c: c, nav: c.keys.list.navKeys, title: title, groups: groups, help: help.New()}
	h.help.Styles = help.Styles{
		FullKey: c.st.helpKey, FullDesc: c.st.helpDesc, FullSeparator: c.st.helpDesc,
		ShortKey: c.st.helpKey, ShortDesc: c.st.helpDesc, ShortSeparator: c.st.helpDesc, Ellipsis: c.st.helpDesc,
	}
	h.help.Ellipsis = c.st.ellipsis
	return h
}

func (h *helpView) closeKey() key.Binding {
	k := h.c.keys
	keys := append(append([]string{"esc", "q"}, k.app.Help.Keys()...), k.app.Quit.Keys()...)
	return key.NewBinding(key.WithKeys(keys...), key.WithHelp("esc/q/"+k.app.Help.Help().Key, "close"))
}

func (h *helpView) Typing() bool { return false }

func (h *helpView) SetSize(w, ht int) tea.Cmd {
	h.width, h.height = w, ht
	h.layout()
	return nil
}

func (h *helpView) ShortHelp() []key.Binding {
	return []key.Binding{h.nav.Down, h.nav.Up, h.nav.PageDown, h.closeKey()}
}

func (h *helpView) FullHelp() [][]key.Binding { return [][]key.Binding{h.ShortHelp()} }

// layout puts as many groups side by side as fit the width, and the rest
// below, so that no key is cut off at any width.
func (h *helpView) layout() {
	st := &h.c.st
	h.lines = []string{st.overlayTitle.Render(" "+h.title) + st.dim.Render("  ("+h.closeKey().Help().Key+" to close)"), ""}
	var row [][]key.Binding
	rowWidth := 0
	flush := func() {
		if len(row) == 0 {
			return
		}
		for _, l := range strings.Split(h.help.FullHelpView(row), "\n") {
			h.lines = append(h.lines, " "+l)
		}
		h.lines = append(h.lines, "")
		row, rowWidth = nil, 0
	}
	for _, g := range h.groups {
		w := 0
		for _, l := range strings.Split(h.help.FullHelpView([][]key.Binding{g}), "\n") {
			w = max(w, ansi.StringWidth(l))
		}
		if len(row) > 0 && rowWidth+len(h.help.FullSeparator)+w > h.width-1 {
			flush()
		}
		if len(row) > 0 {
			rowWidth += len(h.help.FullSeparator)
		}
		row = append(row, g)
		rowWidth += w
	}
	flush()
	h.lines = append(h.lines, " Mouse: the wheel scrolls the pane under it; a click selects.")
	for i, l := range h.lines {
		h.lines[i] = fit(l, h.width)
	}
	h.scroll(0)
}

func (h *helpView) scroll(n int) {
	last := max(0, len(h.lines)-h.height)
	h.offset = max(0, min(h.offset+n, last))
}

func (h *helpView) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		page := max(1, h.height-1)
		switch {
		case key.Matches(msg, h.closeKey()):
			return h.c.send(closePanelMsg{})
		case key.Matches(msg, h.nav.Down):
			h.scroll(1)
		case key.Matches(msg, h.nav.Up):
			h.scroll(-1)
		case key.Matches(msg, h.nav.PageDown, h.nav.HalfDown):
			h.scroll(page)
		case key.Matches(msg, h.nav.PageUp, h.nav.HalfUp):
			h.scroll(-page)
		case key.Matches(msg, h.nav.Top):
			h.scroll(-h.offset)
		case key.Matches(msg, h.nav.Bottom):
			h.scroll(len(h.lines))
		}
	case tea.MouseWheelMsg:
		switch msg.Button {
		case tea.MouseWheelUp:
			h.scroll(-3)
		case tea.MouseWheelDown:
			h.scroll(3)
		}
	}
	return nil
}

func (h *helpView) View() string {
	rows := h.lines[min(h.offset, len(h.lines)):]
	rows = rows[:min(len(rows), h.height)]
	out := make([]string, 0, h.height)
	out = append(out, rows...)
	for len(out) < h.height {
		out = append(out, spaces(h.width))
	}
	return strings.Join(out, "\n")
}
