package ui

import tea "charm.land/bubbletea/v2"

// wheel scrolls the pane under the pointer.
func (m *Model) wheel(ms tea.Mouse) {
	n := 0
	switch ms.Button {
	case tea.MouseWheelUp:
		n = -3
	case tea.MouseWheelDown:
		n = 3
	default:
		return
	}
	switch {
	case m.overlay == overlayPicker:
		m.picker.move(n)
	case m.overlay == overlayHelp:
		m.scrollHelp(n)
	case m.onList(ms.X):
		m.list.scroll(n / 3)
	case m.readerVisible():
		m.reader.scroll(n)
	}
}

// onList reports whether column x is in the list pane.
func (m *Model) onList(x int) bool {
	if m.wide {
		return x < m.list.width
	}
	return m.focus == paneList
}

// click selects the story or quote under the pointer.
func (m *Model) click(ms tea.Mouse) tea.Cmd {
	if ms.Button != tea.MouseLeft {
		return nil
	}
	row := ms.Y - 1 // below the header
	switch {
	case m.overlay == overlayPicker:
		if i := m.picker.itemAt(row); i >= 0 {
			m.picker.sel = i
			return m.choose()
		}
	case m.overlay != overlayNone:
	case m.onList(ms.X):
		if i := m.list.itemAt(row); i >= 0 {
			m.list.sel = i
			m.focus = paneReader
			if m.wide {
				m.focus = paneList
			}
			return m.openSelected()
		}
	case m.readerVisible():
		x := ms.X
		if m.wide {
			x -= m.list.width + 1
		}
		m.focus = paneReader
		if q := m.reader.quoteAt(row, x); q >= 0 {
			m.reader.cur = q
		}
	}
	return nil
}
