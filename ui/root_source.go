package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// How the root wires the source pane to the reader and keeps the
// archive's work going.

// throughSource are the reader's keys that work from the source pane.
func (m *Model) throughSource() []key.Binding {
	rk := &m.c.keys.reader
	return []key.Binding{rk.NextQuote, rk.PrevQuote, rk.NextCable, rk.PrevCable, rk.SaveQuote, rk.KeepQuote}
}

// openSource shows the source pane on the reader's current quote and
// gives it focus; from now on the library's other stories are checked
// too, for its list of stories quoting the same cable.
func (m *Model) openSource() tea.Cmd {
	m.sourceOpen = true
	m.c.archive.sweep = true
	m.setFocus(paneSource)
	m.followQuote()
	return m.layout()
}

// closeSource closes the source pane and gives focus to a pane.
func (m *Model) closeSource(to pane) tea.Cmd {
	m.sourceOpen = false
	m.setFocus(to)
	return m.layout()
}

// followQuote keeps the source pane on the reader's current quote.
func (m *Model) followQuote() {
	if !m.sourceOpen {
		return
	}
	r := m.reader
	number := ""
	if r.s != nil && r.cur >= 0 {
		number = r.quoteNumber(r.cur)
	}
	m.source.follow(r.story, r.cur, number)
}

// archiveWork starts the archive's next jobs: the story being read, the
// cable its current quote comes from, the sweep of the other stories.
func (m *Model) archiveWork() tea.Cmd {
	var wanted []string
	if mt := m.c.archive.matchOf(m.reader.story, m.reader.cur); mt.Placed() {
		wanted = append(wanted, mt.CableID)
	}
	return m.c.archive.work(m.c.lib, m.reader.story, wanted)
}
