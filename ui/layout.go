package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

func (m *Model) bodyHeight() int { return max(1, m.height-2) }

// listWidth is the list's share of a wide screen: room for titles, and
// what the user moved its edge by.
func (m *Model) listWidth() int {
	w := max(30, min(60, m.width*2/5)) + m.listShift
	return max(20, min(w, m.width-40))
}

func (m *Model) shiftList(n int) tea.Cmd {
	if !m.wide {
		return m.c.status("the list and reader share the screen from " + fmt.Sprint(wideWidth) + " columns")
	}
	before := m.listWidth()
	m.listShift += n
	if m.listWidth() == before {
		m.listShift -= n
		return nil
	}
	return m.layout()
}

// layout sizes the panes for the terminal.
func (m *Model) layout() tea.Cmd {
	body := m.bodyHeight()
	m.wide = m.width >= wideWidth
	if m.overlay != nil {
		m.overlay.SetSize(m.width, body)
	}
	switch {
	case m.sourceOpen && m.wide:
		sw := m.sourceWidth()
		m.list.SetSize(m.listWidth(), body)
		m.source.SetSize(sw, body)
		return m.reader.SetSize(m.width-sw-1, body)
	case m.wide:
		lw := m.listWidth()
		m.list.SetSize(lw, body)
		return m.reader.SetSize(m.width-lw-1, body)
	}
	m.list.SetSize(m.width, body)
	if m.sourceOpen {
		m.source.SetSize(m.width, body)
	}
	return m.reader.SetSize(m.width, body)
}

// sourceWidth is the source pane's share of a wide screen: the list makes
// way for it, and the reader keeps the larger part.
func (m *Model) sourceWidth() int {
	return max(44, min(100, m.width*9/20))
}

func (m *Model) readerVisible() bool { return m.wide || m.focus == paneReader }

// mouse sends a mouse event to the pane under the pointer, in the pane's
// own coordinates; a click also gives that pane focus.
func (m *Model) mouse(msg tea.Msg, ms tea.Mouse) tea.Cmd {
	_, click := msg.(tea.MouseClickMsg)
	y := ms.Y - 1 // below the header
	if y < 0 || y >= m.bodyHeight() {
		return nil
	}
	move := func(x int) tea.Msg {
		ms := tea.Mouse{X: x, Y: y, Button: ms.Button, Mod: ms.Mod}
		if click {
			return tea.MouseClickMsg(ms)
		}
		return tea.MouseWheelMsg(ms)
	}
	switch {
	case m.overlay != nil:
		return m.overlay.Update(move(ms.X))
	case m.sourceOpen && m.wide && ms.X < m.reader.width:
		if click {
			m.setFocus(paneReader)
		}
		return m.reader.Update(move(ms.X))
	case m.sourceOpen && m.wide && ms.X > m.reader.width:
		if click {
			m.setFocus(paneSource)
		}
		return m.source.Update(move(ms.X - m.reader.width - 1))
	case m.wide && ms.X < m.list.width:
		if click {
			m.setFocus(paneList)
		}
		return m.list.Update(move(ms.X))
	case m.wide && ms.X > m.list.width:
		if click {
			m.setFocus(paneReader)
		}
		return m.reader.Update(move(ms.X - m.list.width - 1))
	case !m.wide:
		return m.focused().Update(move(ms.X))
	}
	return nil
}

func (m *Model) View() tea.View {
	v := tea.NewView(m.screen())
	if m.painted != nil && m.width > 0 && m.height > 0 {
		m.painted()
		m.painted = nil
	}
	v.AltScreen = true
	v.MouseMode = tea.MouseModeCellMotion // without it no mouse events arrive
	v.WindowTitle = "cables"
	if m.reader.s != nil {
		v.WindowTitle = "cables — " + plainText(m.reader.s.Title)
	}
	return v
}

// screen is the whole frame as text.
func (m *Model) screen() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	var mid string
	switch {
	case m.overlay != nil:
		mid = m.overlay.View()
	case m.sourceOpen && m.wide:
		mid = m.sideBySide(m.reader.View(), m.source.View())
	case m.wide:
		mid = m.sideBySide(m.list.View(), m.reader.View())
	default:
		mid = m.focused().View()
	}
	rows := []string{m.header()}
	if m.height > 2 {
		rows = append(rows, mid)
	}
	if m.height > 1 {
		rows = append(rows, m.footer())
	}
	return strings.Join(rows, "\n")
}

// sideBySide joins two panes' rows with a rule between them.
func (m *Model) sideBySide(leftPane, rightPane string) string {
	left, right := strings.Split(leftPane, "\n"), strings.Split(rightPane, "\n")
	sep := m.c.st.sep.Render(m.c.st.vbar)
	var b strings.Builder
	for i := range m.bodyHeight() {
		if i > 0 {
			b.WriteByte('\n')
		}
		if i < len(left) {
			b.WriteString(left[i])
		}
		b.WriteString(sep)
		if i < len(right) {
			b.WriteString(right[i])
		}
	}
	return b.String()
}

func (m *Model) header() string {
	st := &m.c.st
	n := len(m.c.lib.Stories)
	h := st.header.Render(" cables") + st.headerDim.Render(st.dot+plural(n, "story", "stories"))
	if len(m.skipped) > 0 {
		h += st.headerDim.Render(st.dot) + st.headerWarn.Render(fmt.Sprintf("%d skipped (press %s)",
			len(m.skipped), m.c.keys.app.Errors.Help().Key))
	}
	if p := m.progress(); p != "" {
		h += st.headerDim.Render(st.dot + p)
	}
	if p := m.c.person; p != "" {
		h += st.headerDim.Render(st.dot+"person: ") + st.mention.Render(plainText(p)) +
			st.headerDim.Render(fmt.Sprintf(" (%d) ", len(m.list.items)))
	}
	return fit(h, m.width)
}

// footer shows the status message, or short help from the bindings of the
// pane with focus and of the app.
func (m *Model) footer() string {
	st := &m.c.st
	if m.status != "" {
		return fit(st.message.Render(" "+truncate(plainText(m.status), m.width-1, st.ellipsis)), m.width)
	}
	var bindings []key.Binding
	switch {
	case m.overlay != nil:
		bindings = m.overlay.ShortHelp()
	case m.focused() == m.source: // app keys but help are elsewhere
		bindings = append(m.source.ShortHelp(), m.c.keys.app.Help)
	default:
		bindings = append(m.focused().ShortHelp(), m.c.keys.app.ShortHelp()...)
	}
	var key strings.Builder
	fmt.Fprint(&key, m.width, m.c.theme)
	for _, b := range bindings {
		fmt.Fprint(&key, "\x00", b.Enabled(), b.Help().Key, "\x00", b.Help().Desc)
	}
	if m.help.line != "" && m.help.key == key.String() {
		return m.help.line
	}
	h := help.New()
	h.ShortSeparator, h.Ellipsis = st.dot, st.ellipsis
	h.Styles = help.Styles{ShortKey: st.footer, ShortDesc: st.footer, ShortSeparator: st.footer, Ellipsis: st.footer}
	h.SetWidth(m.width - 1)
	m.help.key, m.help.line = key.String(), fit(" "+h.ShortHelpView(bindings), m.width)
	return m.help.line
}

// helpLine is the footer's help as last drawn, and what it was drawn
// for: the width, theme and bindings, which change far less often than
// frames are made (issue 14: a letter typed at 100,000 stories makes two
// or three frames, and measuring the help again was a tenth of each).
type helpLine struct{ key, line string }
