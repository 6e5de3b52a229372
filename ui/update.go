package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"cables/model"
)

// key routes a key press: open prompts and overlays first, then keys that
// work everywhere, then the focused pane's.
func (m *Model) key(msg tea.KeyPressMsg) tea.Cmd {
	k := &m.c.keys
	if msg.String() == "ctrl+c" {
		return tea.Quit
	}
	switch {
	case m.overlay == overlayHelp:
		return m.helpKey(msg)
	case m.overlay == overlayPicker:
		return m.pickerKey(msg)
	case m.list.editing:
		if edit(&m.list.filter, msg, &m.list.editing) {
			m.list.refilter()
		}
		if m.wide {
			return m.openSelected()
		}
		return nil
	case m.reader.search.editing:
		if edit(&m.reader.search.query, msg, &m.reader.search.editing) {
			m.reader.search.find(m.reader.doc)
			m.reader.search.nearest(m.reader.offset)
			m.showMatch()
		}
		return nil
	}
	switch {
	case key.Matches(msg, k.Quit):
		return tea.Quit
	case key.Matches(msg, k.Help):
		m.overlay, m.helpOffset = overlayHelp, 0
	case key.Matches(msg, k.Person):
		m.picker, m.pickPerson = newPersonPicker(m.c), true
		m.openPicker()
	case key.Matches(msg, k.Quotes):
		story := m.reader.story
		if m.focus == paneList { // the story the user is pointing at
			if si, ok := m.list.selected(); ok {
				story = si
			}
		}
		m.picker, m.pickPerson = newQuotesPanel(m.c, story), false
		m.openPicker()
		if story == m.reader.story && m.reader.cur >= 0 {
			m.picker.selectRef(model.QuoteRef{Story: story, Quote: m.reader.cur})
		}
	case key.Matches(msg, k.ClearPerson):
		m.setPerson("")
	case key.Matches(msg, k.SwitchPane):
		if m.focus == paneList {
			m.focus = paneReader
			return m.openSelected()
		}
		m.focus = paneList
	case m.focus == paneReader && m.readerVisible():
		return m.readerKey(msg)
	default:
		return m.listKey(msg)
	}
	return nil
}

func (m *Model) openPicker() {
	m.overlay = overlayPicker
	m.picker.width, m.picker.height = m.width, max(1, m.height-2)
}

func (m *Model) listKey(msg tea.KeyPressMsg) tea.Cmd {
	k := &m.c.keys
	l := &m.list
	switch {
	case key.Matches(msg, k.Up):
		l.move(-1)
	case key.Matches(msg, k.Down):
		l.move(1)
	case key.Matches(msg, k.Top):
		l.move(-len(l.items))
	case key.Matches(msg, k.Bottom):
		l.move(len(l.items))
	case key.Matches(msg, k.PageDown):
		l.move(l.visible())
	case key.Matches(msg, k.PageUp):
		l.move(-l.visible())
	case key.Matches(msg, k.Filter):
		l.editing = true
		return nil
	case key.Matches(msg, k.Open):
		m.focus = paneReader
		return m.openSelected()
	case key.Matches(msg, k.Back):
		switch {
		case l.filter != "":
			l.filter = ""
			l.refilter()
		case m.c.person != "":
			m.setPerson("")
		}
	default:
		if m.wide { // quote keys act on the reader beside the list
			return m.readerKey(msg)
		}
		return nil
	}
	if m.wide {
		return m.openSelected()
	}
	return nil
}

func (m *Model) readerKey(msg tea.KeyPressMsg) tea.Cmd {
	k := &m.c.keys
	r := &m.reader
	what := "quote"
	if m.c.person != "" {
		what = "quote by " + m.c.person
	}
	switch {
	case key.Matches(msg, k.Up):
		r.scroll(-1)
	case key.Matches(msg, k.Down):
		r.scroll(1)
	case key.Matches(msg, k.Top):
		r.scroll(-r.offset)
	case key.Matches(msg, k.Bottom):
		r.scroll(r.maxOffset())
	case key.Matches(msg, k.PageDown):
		r.scroll(r.bodyHeight() - 1)
	case key.Matches(msg, k.PageUp):
		r.scroll(-(r.bodyHeight() - 1))
	case key.Matches(msg, k.NextQuote):
		m.status = r.stepQuote(1, r.eligible, what)
	case key.Matches(msg, k.PrevQuote):
		m.status = r.stepQuote(-1, r.eligible, what)
	case key.Matches(msg, k.NextCable):
		m.status = r.stepQuote(1, r.cables(), "cable passage")
	case key.Matches(msg, k.PrevCable):
		m.status = r.stepQuote(-1, r.cables(), "cable passage")
	case key.Matches(msg, k.Search):
		r.search.editing, r.search.query = true, ""
		r.search.find(nil)
	case key.Matches(msg, k.NextMatch):
		r.search.step(1)
		m.showMatch()
	case key.Matches(msg, k.PrevMatch):
		r.search.step(-1)
		m.showMatch()
	case key.Matches(msg, k.Copy):
		return m.copyQuote()
	case key.Matches(msg, k.Back):
		switch {
		case r.search.query != "":
			r.search.clear()
		case m.c.person != "":
			m.setPerson("")
		default:
			m.focus = paneList
		}
	}
	return nil
}

// showMatch scrolls the current search hit into view.
func (m *Model) showMatch() {
	s := &m.reader.search
	if len(s.matches) == 0 {
		if s.query != "" && !s.editing {
			m.status = "no match for " + s.query
		}
		return
	}
	m.reader.scrollTo(s.matches[s.cur][0].line)
}

func (m *Model) helpKey(msg tea.KeyPressMsg) tea.Cmd {
	k := &m.c.keys
	page := max(1, m.height-3)
	switch {
	case key.Matches(msg, k.Quit):
		return tea.Quit
	case key.Matches(msg, k.closeHelp()):
		m.overlay = overlayNone
	case key.Matches(msg, k.Down):
		m.scrollHelp(1)
	case key.Matches(msg, k.Up):
		m.scrollHelp(-1)
	case key.Matches(msg, k.PageDown):
		m.scrollHelp(page)
	case key.Matches(msg, k.PageUp):
		m.scrollHelp(-page)
	case key.Matches(msg, k.Top):
		m.scrollHelp(-m.helpOffset)
	case key.Matches(msg, k.Bottom):
		m.scrollHelp(len(helpLines(m.c, m.width)))
	}
	return nil
}

// scrollHelp moves the full help by n lines, no further than its end.
func (m *Model) scrollHelp(n int) {
	last := max(0, len(helpLines(m.c, m.width))-max(1, m.height-2))
	m.helpOffset = max(0, min(m.helpOffset+n, last))
}

// pickerKey: typing filters, so only keys that type nothing move.
func (m *Model) pickerKey(msg tea.KeyPressMsg) tea.Cmd {
	k := &m.c.keys
	p := &m.picker
	switch {
	case key.Matches(msg, k.Close):
		m.overlay = overlayNone
	case key.Matches(msg, k.Choose):
		return m.choose()
	case key.Matches(msg, k.PickUp):
		p.move(-1)
	case key.Matches(msg, k.PickDown):
		p.move(1)
	case key.Matches(msg, k.PickPageUp):
		p.move(-p.visible())
	case key.Matches(msg, k.PickPageDown):
		p.move(p.visible())
	default:
		open := true
		if edit(&p.filter, msg, &open) {
			p.refilter()
		}
	}
	return nil
}

// choose acts on the picker's selection: filter by a person, or jump to a
// quote in its story.
func (m *Model) choose() tea.Cmd {
	it, ok := m.picker.selected()
	m.overlay = overlayNone
	if !ok {
		return nil
	}
	if m.pickPerson {
		return m.setPerson(it.person)
	}
	// The list must show the story, or the next resize or list key would
	// open the list's selection instead and undo the jump.
	m.list.reveal(it.ref.Story)
	cmd := m.reader.open(it.ref.Story)
	m.reader.jumpTo(it.ref.Quote)
	m.focus = paneReader
	return cmd
}

// setPerson sets or clears the person filter and shows a story with them.
func (m *Model) setPerson(name string) tea.Cmd {
	m.c.person = name
	m.list.refilter()
	m.reader.personChanged()
	if name == "" {
		m.status = "person filter cleared"
		return nil
	}
	m.status = fmt.Sprintf("%s: %s, %s", name,
		plural(len(m.list.items), "story", "stories"), plural(len(m.c.lib.QuotesBy(name)), "quote", "quotes"))
	if m.readerVisible() {
		return m.openSelected()
	}
	return nil
}

// copyQuote puts the current quote and its citation on the clipboard.
func (m *Model) copyQuote() tea.Cmd {
	r := &m.reader
	if r.s == nil || r.cur < 0 {
		m.status = "no current quote to copy: press ] first"
		return nil
	}
	text := citation(r.s, r.s.Quotes[r.cur])
	m.status = fmt.Sprintf("copied quote %d to the clipboard (OSC 52)", r.cur+1)
	return tea.SetClipboard(text)
}

// citation is a quote as a reader would paste it into notes.
func citation(s *model.Story, q model.Quote) string {
	var who []string
	if q.Speaker != "" {
		who = append(who, q.Speaker)
	}
	if q.Source != "" {
		who = append(who, q.Source)
	}
	var where []string
	for _, p := range []string{s.Outlet, s.Title, s.Published.Human()} {
		if p != "" {
			where = append(where, p)
		}
	}
	out := "“" + q.Text + "”"
	if len(who) > 0 {
		out += " — " + strings.Join(who, ", ")
	}
	if len(where) > 0 {
		out += " (" + strings.Join(where, ", ") + ")"
	}
	return out
}

// edit applies a key to a one-line prompt. It reports whether the text
// changed; enter closes the prompt keeping it, esc closes and empties it.
func edit(text *string, msg tea.KeyPressMsg, open *bool) bool {
	switch msg.String() {
	case "enter":
		*open = false
		return false
	case "esc":
		*open = false
		changed := *text != ""
		*text = ""
		return changed
	case "backspace":
		if r := []rune(*text); len(r) > 0 {
			*text = string(r[:len(r)-1])
			return true
		}
		return false
	case "ctrl+u":
		changed := *text != ""
		*text = ""
		return changed
	}
	if t := msg.Key().Text; t != "" && msg.Key().Mod&^tea.ModShift == 0 {
		*text += t
		return true
	}
	return false
}
