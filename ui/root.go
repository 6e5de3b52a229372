package ui

import (
	"strings"

	"context"
	"fmt"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	uv "github.com/charmbracelet/ultraviolet"

	"cables/model"
)

type pane int

const (
	paneList pane = iota
	paneReader
	paneSource
)

// wideWidth is the narrowest terminal that shows list and reader together.
const wideWidth = 100

// Model is the root of the reader: it routes messages to the panes, owns
// focus and layout, and nothing else. What a pane does is in the pane.
type Model struct {
	c             *common
	askTheme      bool // no theme given: ask the terminal for its background
	width, height int
	wide          bool
	focus         pane
	list          *listPane
	reader        *readerPane
	// source is the cable of the current quote, beside the reader when
	// the screen is wide and over it when narrow, while sourceOpen.
	source     *sourcePane
	sourceOpen bool
	// overlay is the panel or help over the panes, nil when none; it has
	// every key while it is open. under are the overlays it covers (a
	// panel under its help), shown again when it closes.
	overlay component
	under   []component
	status  string
	help    helpLine // the footer's, as last drawn
	// listShift is how many columns the user moved the list's edge by.
	listShift int
	// kept are quotes to print on stdout when the reader ends.
	kept []string
	// probeTerminal asks the terminal what it can do (a real program,
	// not a test).
	probeTerminal bool
	// skipped are the sources that did not load; reload reads the library
	// again, reloadGen numbers the latest reload asked for.
	skipped   []string
	reload    func(ctx context.Context) (*model.Library, []string)
	reloadGen int
	// arriving brings the rest of a library read in the background;
	// loading is how far it has got (nil once all is in).
	arriving <-chan Arrival
	loading  *Loading
	// painted is told once, when the first whole frame is made.
	painted func()
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
	if opts.Reload == nil {
		keys.app.Reload.SetEnabled(false)
	}
	if opts.Archive == nil {
		keys.reader.Source.SetEnabled(false)
	}
	c := &common{lib: lib, keys: keys, finderDelay: finderDelay, theme: th, st: newStyles(th), quotesFile: opts.QuotesFile,
		archive: newArchiveState(opts.Archive, len(lib.Stories))}
	if c.quotesFile == "" {
		c.quotesFile = "cables-quotes.txt"
	}
	if opts.Person != "" {
		f, err := lib.Find(opts.Person)
		if err != nil {
			return nil, err
		}
		c.person = f.Name
	}
	m := &Model{c: c, askTheme: opts.Theme == "" && !noColor, skipped: opts.Skipped, reload: opts.Reload,
		arriving: opts.Arriving, painted: opts.Painted}
	if m.arriving != nil {
		m.loading = &Loading{}
	}
	m.list = newList(c)
	m.reader = newReader(c)
	m.source = newSourcePane(c)
	if opts.ReadingWidth > 0 {
		m.reader.readingWidth = opts.ReadingWidth
	}
	if len(lib.Stories) == 1 && m.arriving == nil { // a library still coming starts on its list
		m.focus = paneReader
	}
	m.setFocus(m.focus)
	return m, nil
}

// Init folds and indexes the library for the filters once the first
// frame is made, opens the cable archive in the background, and asks the
// terminal for its background when no theme was chosen.
func (m *Model) Init() tea.Cmd {
	cmds := []tea.Cmd{m.c.buildFinderSoon(), m.c.archive.start(), waitArrival(m.arriving)}
	if m.askTheme {
		cmds = append(cmds, tea.RequestBackgroundColor)
	}
	if m.probeTerminal {
		cmds = append(cmds, askClipboard()...)
	}
	return tea.Batch(cmds...)
}

func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	cmds := []tea.Cmd{m.route(msg)}
	for len(m.c.outbox) > 0 { // what the panes asked for, in order
		next := m.c.outbox[0]
		m.c.outbox = m.c.outbox[1:]
		cmds = append(cmds, m.route(next))
	}
	cmds = append(cmds, m.follow())
	m.followQuote()
	return m, tea.Batch(append(cmds, m.archiveWork())...)
}

// route hands a message to whoever it is for.
func (m *Model) route(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		return m.layout()
	case tea.BackgroundColorMsg:
		return m.setBackground(msg.IsDark())
	case tea.KeyPressMsg:
		m.status = ""
		typing := m.typing()
		cmd := m.key(msg)
		if typing && !m.typing() {
			cmd = tea.Batch(cmd, m.c.collectAfterTyping())
		}
		return cmd
	case tea.PasteMsg:
		return m.paste(msg)
	case tea.MouseWheelMsg:
		return m.mouse(msg, msg.Mouse())
	case tea.MouseClickMsg:
		return m.mouse(msg, msg.Mouse())
	case renderDueMsg, renderedMsg:
		return m.reader.Update(msg)
	case statusMsg:
		m.status = msg.text
	case personCountedMsg:
		if m.status == msg.stories {
			m.status += ", " + msg.quotes
		}
	case finderReadyMsg:
		was := m.c.find
		cmd := m.c.finderReady(msg)
		if was == nil && m.c.find != nil {
			m.list.indexReady()
			if m.arriving == nil && len(m.c.lib.Stories) >= collectAbove {
				cmd = tea.Batch(cmd, collectNow)
			}
		}
		return cmd
	case buildFinderMsg:
		return m.c.buildFinder()
	case openStoryMsg:
		m.list.Update(revealStoryMsg{msg.story})
		m.setFocus(paneReader)
		return m.reader.Update(showStoryMsg(msg))
	case stepStoryMsg, filteredMsg:
		return m.list.Update(msg)
	case panelFoundMsg:
		for _, c := range append([]component{m.overlay}, m.under...) {
			if p, ok := c.(*panel); ok && p.running == msg.search {
				return p.found(msg)
			}
		}
	case personMsg:
		return m.setPerson(msg.name)
	case focusListMsg:
		if m.sourceOpen {
			return m.closeSource(paneList)
		}
		m.setFocus(paneList)
	case closePanelMsg:
		m.overlay = nil
		if n := len(m.under); n > 0 {
			m.overlay, m.under = m.under[n-1], m.under[:n-1]
			m.overlay.SetSize(m.width, m.bodyHeight())
		}
	case keepQuoteMsg:
		m.kept = append(m.kept, msg.text)
	case openSourceMsg:
		return m.openSource()
	case closeSourceMsg:
		return m.closeSource(paneReader)
	case archiveOpenedMsg:
		m.c.archive.opened(msg)
		return m.source.Update(msg)
	case storyMatchedMsg:
		m.c.archive.storyMatched(msg)
		return m.source.Update(msg)
	case cableReadMsg:
		m.c.archive.cableRead(msg)
		return m.source.Update(msg)
	case tea.CapabilityMsg, uv.PrimaryDeviceAttributesEvent:
		m.c.clipboard = clipboardAnswer(m.c.clipboard, msg)
	case reloadedMsg:
		return m.reloaded(msg)
	case arrivedMsg:
		return m.arrived(msg)
	}
	return nil
}

// follow keeps the reader on the list's selection whenever the reader is
// on screen, so it never shows a story the list no longer holds.
func (m *Model) follow() tea.Cmd {
	if !m.readerVisible() || m.width <= 0 {
		return nil
	}
	want, ok := m.list.selected()
	if !ok {
		want = -1
	}
	if want == m.reader.story {
		return nil
	}
	return m.reader.Update(showStoryMsg{story: want, quote: -1, para: -1})
}

func (m *Model) setFocus(p pane) {
	m.focus = p
	m.list.focused = p == paneList
	m.reader.focused = p == paneReader
	m.source.focused = p == paneSource
}

func (m *Model) focused() component {
	if m.focus == paneSource && m.sourceOpen {
		return m.source
	}
	if m.focus == paneReader && m.readerVisible() {
		return m.reader
	}
	return m.list
}

// typing tells that a prompt takes the keys: the open panel's or the
// focused pane's.
func (m *Model) typing() bool {
	if m.overlay != nil {
		return m.overlay.Typing()
	}
	return m.focused().Typing()
}

// paste gives pasted text to the prompt that has focus, if any: the
// open panel's or the focused pane's. Elsewhere a paste does nothing (its
// text is no keys to act on).
func (m *Model) paste(msg tea.PasteMsg) tea.Cmd {
	m.status = ""
	if m.overlay != nil {
		if m.overlay.Typing() {
			return m.overlay.Update(msg)
		}
		return nil
	}
	if f := m.focused(); f.Typing() {
		return f.Update(msg)
	}
	return nil
}

// key routes a key press: an open panel or a prompt takes every key; then
// the keys that work everywhere; then the focused pane's.
func (m *Model) key(msg tea.KeyPressMsg) tea.Cmd {
	if msg.String() == "ctrl+c" {
		return tea.Quit
	}
	if m.overlay != nil {
		if _, isHelp := m.overlay.(*helpView); !isHelp && !m.overlay.Typing() && key.Matches(msg, m.c.keys.app.Help) {
			m.under = append(m.under, m.overlay)
			m.overlay = nil
			m.openOverlay(newHelpView(m.c, "Keys: panel", m.under[len(m.under)-1].FullHelp()))
			return nil
		}
		return m.overlay.Update(msg)
	}
	f := m.focused()
	if f.Typing() {
		return f.Update(msg)
	}
	if f == m.source && (matchesAny(msg, f.FullHelp()) || key.Matches(msg, m.c.keys.reader.Source)) {
		return f.Update(msg) // its q closes it rather than quitting
	}
	k := &m.c.keys.app
	rk := &m.c.keys.reader
	switch {
	case key.Matches(msg, k.Quit):
		return tea.Quit
	case key.Matches(msg, k.Help):
		title, groups := "Keys: story list", f.FullHelp()
		switch {
		case f == m.source:
			title = "Keys: cable source (the reader's quote keys move it)"
			groups = append(groups, m.throughSource())
			// The pane takes its keys before the app does (its q closes
			// it), so the app's bindings show only the keys left to them.
			m.openOverlay(newHelpView(m.c, title, append(groups, withoutKeys(k.FullHelp(), groups)...)))
			return nil
		case f == m.reader:
			title = "Keys: reader"
		case m.wide: // the reader's own keys act on it from the list
			title = "Keys: story list, and the reader beside it"
			groups = append(groups,
				[]key.Binding{rk.NextQuote, rk.PrevQuote, rk.NextCable, rk.PrevCable, rk.NextStory, rk.PrevStory},
				[]key.Binding{rk.Search, rk.NextMatch, rk.PrevMatch, rk.Copy, rk.SaveQuote, rk.KeepQuote})
		}
		m.openOverlay(newHelpView(m.c, title, append(groups, k.FullHelp()...)))
		return nil
	case key.Matches(msg, k.Suspend):
		return tea.Suspend
	case key.Matches(msg, k.SwitchPane):
		switch {
		case m.sourceOpen && m.focus == paneSource:
			m.setFocus(paneReader)
		case m.sourceOpen:
			m.setFocus(paneSource)
		case m.focus == paneList:
			m.setFocus(paneReader)
		default:
			m.setFocus(paneList)
		}
		return nil
	case key.Matches(msg, k.Person):
		m.openOverlay(newPersonPicker(m.c))
		return nil
	case key.Matches(msg, k.Errors):
		m.openOverlay(newSkippedPanel(m.c, m.skipped))
		return nil
	case key.Matches(msg, k.Reload):
		return m.startReload()
	case key.Matches(msg, k.FindAll):
		m.openOverlay(newFindAllPanel(m.c))
		return nil
	case key.Matches(msg, k.ClearPerson):
		return m.setPerson("")
	case key.Matches(msg, k.Quotes):
		story := m.reader.story
		if f == m.list { // the story the user is pointing at
			if si, ok := m.list.selected(); ok {
				story = si
			}
		}
		p := newQuotesPanel(m.c, story)
		if story == m.reader.story && m.reader.cur >= 0 {
			p.selectRef(model.QuoteRef{Story: story, Quote: m.reader.cur})
		}
		m.openOverlay(p)
		return nil
	case key.Matches(msg, k.ListNarrower):
		return m.shiftList(-4)
	case key.Matches(msg, k.ListWider):
		return m.shiftList(4)
	}
	if f == m.list && m.wide && !matchesAny(msg, m.list.FullHelp()) {
		return m.reader.Update(msg) // quote keys act on the reader beside the list
	}
	if f == m.source {
		if key.Matches(msg, m.throughSource()...) {
			return m.reader.Update(msg) // the pane follows the reader's quote
		}
		return nil
	}
	return f.Update(msg)
}

// matchesAny reports whether a key is one of the bindings.
// withoutKeys is groups of bindings less the keys that taken's bindings
// hold: a binding keeps the keys left to it, and goes when none are.
func withoutKeys(groups, taken [][]key.Binding) [][]key.Binding {
	held := map[string]bool{}
	for _, g := range taken {
		for _, b := range g {
			for _, k := range b.Keys() {
				held[k] = true
			}
		}
	}
	var out [][]key.Binding
	for _, g := range groups {
		var kept []key.Binding
		for _, b := range g {
			var left []string
			for _, k := range b.Keys() {
				if !held[k] {
					left = append(left, k)
				}
			}
			switch {
			case len(left) == len(b.Keys()):
				kept = append(kept, b)
			case len(left) > 0:
				kept = append(kept, key.NewBinding(key.WithKeys(left...), key.WithHelp(strings.Join(left, "/"), b.Help().Desc)))
			}
		}
		if len(kept) > 0 {
			out = append(out, kept)
		}
	}
	return out
}

func matchesAny(msg tea.KeyPressMsg, groups [][]key.Binding) bool {
	for _, g := range groups {
		if key.Matches(msg, g...) {
			return true
		}
	}
	return false
}

func (m *Model) openOverlay(c component) {
	m.overlay = c
	c.SetSize(m.width, m.bodyHeight())
}

// setPerson sets or clears the person filter and tells the panes.
func (m *Model) setPerson(name string) tea.Cmd {
	m.c.person = name
	cmd := m.list.Update(libraryChangedMsg{})
	m.reader.Update(libraryChangedMsg{})
	if name == "" {
		m.status = "person filter cleared"
		return cmd
	}
	// the person's stories (those a text filter lets through may be still
	// to come: listPane.changedUnderFilter), and their quotes, counted off
	// the UI goroutine (issue 14, 11: at 100,000 stories, 20-30 ms of CPU)
	stories := fmt.Sprintf("%s: %s", name, plural(len(m.list.sortedBase()), "story", "stories"))
	m.status = stories
	lib := m.c.lib
	return tea.Batch(cmd, func() tea.Msg {
		return personCountedMsg{stories, plural(len(lib.QuotesBy(name)), "quote", "quotes")}
	})
}

// personCountedMsg is the quotes of a person chosen, counted, for the
// status that says their stories, unless another has replaced it.
type personCountedMsg struct{ stories, quotes string }

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
	return m.reader.render()
}
