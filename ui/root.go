package ui

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"

	"cables/model"
)

type pane int

const (
	paneList pane = iota
	paneReader
)

type overlay int

const (
	overlayNone overlay = iota
	overlayHelp
	overlayPicker
)

// wideWidth is the narrowest terminal that shows list and reader together.
const wideWidth = 100

// Model is the root of the reader: it routes messages to the panes, owns
// focus and layout, and nothing else.
type Model struct {
	c             *common
	askTheme      bool // no theme given: ask the terminal for its background
	width, height int
	wide          bool
	focus         pane
	list          list
	reader        reader
	overlay       overlay
	picker        picker
	pickPerson    bool // the picker picks a person (else a quote)
	helpOffset    int
	status        string
}

// newModel builds the root model; it fails on an unknown person or key
// binding so the command line can say so before the screen opens.
func newModel(lib *model.Library, opts Options, noColor bool) (*Model, error) {
	keys := defaultKeys()
	if err := keys.remap(opts.Keys); err != nil {
		return nil, err
	}
	th, err := themeNamed(opts.Theme, noColor)
	if err != nil {
		return nil, err
	}
	c := &common{lib: lib, keys: keys, theme: th, st: newStyles(th)}
	if opts.Person != "" {
		f, ok := lib.Find(opts.Person)
		if !ok {
			return nil, fmt.Errorf("no one in the stories is called %q", opts.Person)
		}
		c.person = f.Name
	}
	m := &Model{c: c, askTheme: opts.Theme == "" && !noColor}
	m.list = newList(c)
	m.reader = newReader(c)
	if len(lib.Stories) == 1 {
		m.focus = paneReader
	}
	return m, nil
}

// Init asks the terminal for its background when no theme was chosen.
func (m *Model) Init() tea.Cmd {
	if m.askTheme {
		return tea.RequestBackgroundColor
	}
	return nil
}

func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		return m, m.layout()
	case tea.BackgroundColorMsg:
		return m, m.setBackground(msg.IsDark())
	case renderDueMsg:
		return m, m.reader.renderDue(msg)
	case renderedMsg:
		m.reader.rendered(msg)
		return m, nil
	case tea.KeyPressMsg:
		m.status = ""
		return m, m.key(msg)
	case tea.MouseWheelMsg:
		m.wheel(msg.Mouse())
	case tea.MouseClickMsg:
		return m, m.click(msg.Mouse())
	}
	return m, nil
}

func (m *Model) setBackground(dark bool) tea.Cmd {
	if !m.askTheme {
		return nil
	}
	name := "light"
	if dark {
		name = "dark"
	}
	if name == m.c.theme.name {
		return nil
	}
	m.c.theme.name = name
	m.c.st = newStyles(m.c.theme)
	m.reader.forget()
	m.reader.saveAnchor()
	return m.reader.render()
}

// layout sizes the panes for the terminal and opens the selected story
// when the reader becomes visible.
func (m *Model) layout() tea.Cmd {
	body := max(1, m.height-2)
	m.wide = m.width >= wideWidth
	m.picker.width, m.picker.height = m.width, body
	var cmds []tea.Cmd
	if m.wide {
		lw := max(30, m.width/3)
		m.list.width, m.list.height = lw, body
		cmds = append(cmds, m.reader.setSize(m.width-lw-1, body))
	} else {
		m.list.width, m.list.height = m.width, body
		cmds = append(cmds, m.reader.setSize(m.width, body))
	}
	m.list.show()
	if m.readerVisible() {
		cmds = append(cmds, m.openSelected())
	}
	return tea.Batch(cmds...)
}

func (m *Model) readerVisible() bool { return m.wide || m.focus == paneReader }

// openSelected shows the list's selected story in the reader.
func (m *Model) openSelected() tea.Cmd {
	if si, ok := m.list.selected(); ok {
		return m.reader.open(si)
	}
	return nil
}

func (m *Model) View() tea.View {
	v := tea.NewView(m.screen())
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
	body := max(1, m.height-2)
	var mid string
	switch {
	case m.overlay == overlayHelp:
		mid = helpView(m.c, m.width, body, m.helpOffset)
	case m.overlay == overlayPicker:
		mid = m.picker.view()
	case m.wide:
		left, right := m.list.view(m.focus == paneList), m.reader.view()
		sep := m.c.st.sep.Render("│")
		var b strings.Builder
		for i := range body {
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
		mid = b.String()
	case m.focus == paneReader:
		mid = strings.Join(m.reader.view(), "\n")
	default:
		mid = strings.Join(m.list.view(true), "\n")
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

func (m *Model) header() string {
	st := &m.c.st
	n := len(m.c.lib.Stories)
	h := st.header.Render(" cables") + st.headerDim.Render(" · "+plural(n, "story", "stories"))
	if p := m.c.person; p != "" {
		h += st.headerDim.Render(" · person: ") + st.mention.Render(plainText(p)) + st.headerDim.Render(fmt.Sprintf(" (%d) ", len(m.list.items)))
	}
	return fit(h, m.width)
}

// footer shows the status message, or short help from the bindings.
func (m *Model) footer() string {
	st := &m.c.st
	if m.status != "" {
		return fit(st.message.Render(" "+truncate(m.status, m.width-1)), m.width)
	}
	k := &m.c.keys
	var parts []string
	switch m.overlay {
	case overlayPicker:
		parts = append([]string{"type to filter"}, helpLine(k.pickerHelp())...)
	case overlayHelp:
		parts = helpLine(k.helpHelp())
	default:
		parts = helpLine(k.shortHelp(m.focus == paneReader && m.readerVisible()))
	}
	return fit(st.footer.Render(" "+truncate(strings.Join(parts, " · "), m.width-1)), m.width)
}
