package ui

import (
	"fmt"
	"slices"
	"strings"
	"sync/atomic"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"cables/model"
)

// panelItem is one row of a panel: a person, a quote of a story, a failed
// file, or a paragraph found in a story.
type panelItem struct {
	label, detail string
	// filter are the texts the panel's filter matches, most telling
	// first (label and detail when none).
	filter []string
	// choose is what choosing the row asks for; nil does nothing.
	choose tea.Msg
	ref    model.QuoteRef // for a quote: which, so the panel can open on it
}

// panel is a filterable list over the panes: the person picker, the quotes
// panel and the errors panel. Its rows and its filter prompt have separate
// focus, as in fzf: on the rows, letters are keys (q closes); in the
// prompt, they type.
type panel struct {
	c             *common
	keys          *panelKeys
	title         string
	all, items    []panelItem
	twoLine       bool
	filter        prompt
	sel, top      int
	width, height int
	// empty is what the panel says when it has nothing at all.
	empty string
	// search, when set, makes the rows from the filter's text instead of
	// filtering all (find in all stories): what it returns is run off the
	// UI goroutine (issue 14, 11: before the index, a finder folding every
	// title and reading every story held it 0.1-0.3 s or more a letter),
	// and its rows replace the panel's when it ends, unless the text
	// changed since (searching numbers the last text to search for). One
	// runs at a time (running numbers it, 0 for none): before the index
	// each reads every story, and one a letter took them all seconds
	// longer; the text typed meanwhile is searched for when it ends.
	search             func(query string) func() []panelItem
	searching, running int64
}

// panelSearches numbers the searches of every panel.
var panelSearches atomic.Int64

// panelFoundMsg carries the rows a panel's search made.
type panelFoundMsg struct {
	search int64
	items  []panelItem
}

// found shows the rows of the panel's last search, or starts the search
// for the text typed since.
func (p *panel) found(msg panelFoundMsg) tea.Cmd {
	if msg.search != p.running {
		return nil // another panel's
	}
	p.running = 0
	if msg.search != p.searching {
		return p.refilter()
	}
	p.items, p.sel, p.top = msg.items, 0, 0
	return nil
}

func newPersonPicker(c *common) *panel {
	p := &panel{c: c, keys: &c.keys.panel, title: "People", empty: "no one is named in these stories"}
	for _, f := range c.lib.People() {
		p.all = append(p.all, panelItem{
			label:  plainText(f.Name),
			detail: fmt.Sprintf("%s%s%s", plural(f.Stories, "story", "stories"), c.st.dot, plural(f.Quotes, "quote", "quotes")),
			filter: []string{f.Name, strings.Join(f.Aliases, " ")},
			choose: personMsg{f.Name},
		})
	}
	p.filter.open = true // a person is picked by typing their name
	p.refilter()
	return p
}

// newQuotesPanel lists the story's quotes, or with a person filter that
// person's quotes across the library.
func newQuotesPanel(c *common, story int) *panel {
	var refs []model.QuoteRef
	title := "Quotes"
	switch {
	case c.person != "":
		refs = c.lib.QuotesBy(c.person)
		title = "Quotes by " + c.person
	case story >= 0:
		for qi := range c.lib.Stories[story].NumQuotes() {
			refs = append(refs, model.QuoteRef{Story: story, Quote: qi})
		}
	}
	p := &panel{c: c, keys: &c.keys.panel, title: title, twoLine: true, empty: "no quotes here"}
	for _, r := range refs {
		s, q := c.lib.Quote(r)
		who := q.Speaker
		if who == "" {
			who = "unattributed"
		}
		label := fmt.Sprintf("[%s] %s", q.Kind, who)
		for _, part := range []string{s.Outlet, s.Published.Short()} {
			if part != "" {
				label += c.st.dot + part
			}
		}
		if c.person != "" {
			label += c.st.dot + s.Title
		}
		p.all = append(p.all, panelItem{
			label: plainText(label), detail: plainText(c.st.open + q.Text + c.st.close),
			filter: []string{q.Speaker, q.Text, q.Source, s.Title + " " + s.Outlet},
			choose: openStoryMsg{story: r.Story, quote: r.Quote, para: -1}, ref: r,
		})
	}
	p.refilter()
	return p
}

// selectRef selects the item of a quote, so the panel opens on the quote
// being read.
func (p *panel) selectRef(r model.QuoteRef) {
	for i, it := range p.items {
		if it.ref == r && it.choose != nil {
			p.move(i - p.sel)
			return
		}
	}
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

func (p *panel) Typing() bool { return p.filter.open }

func (p *panel) SetSize(w, h int) tea.Cmd {
	p.width, p.height = w, h
	p.move(0)
	return nil
}

func (p *panel) ShortHelp() []key.Binding {
	k := p.keys
	if p.filter.open {
		return []key.Binding{k.PromptUp, k.PromptDown, k.Choose,
			key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "leave filter"))}
	}
	return []key.Binding{k.Up, k.Down, k.Choose, k.Filter, k.Close}
}

func (p *panel) FullHelp() [][]key.Binding {
	k := p.keys
	return [][]key.Binding{k.navHelp(), {k.Choose, k.Filter, k.Close}, {k.PromptUp, k.PromptDown, k.PromptPageUp, k.PromptPageDown}}
}

func (p *panel) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		return p.key(msg)
	case tea.PasteMsg:
		if p.filter.open && p.filter.edit(msg) == promptChanged {
			return p.refilter()
		}
	case tea.MouseWheelMsg:
		switch msg.Button {
		case tea.MouseWheelUp:
			p.move(-3)
		case tea.MouseWheelDown:
			p.move(3)
		}
	case tea.MouseClickMsg:
		if i := p.itemAt(msg.Y); i >= 0 && msg.Button == tea.MouseLeft {
			p.sel = i
			return p.choose()
		}
	}
	return nil
}

func (p *panel) key(msg tea.KeyPressMsg) tea.Cmd {
	k := p.keys
	if p.filter.open {
		if n, ok := k.promptStep(msg, p.visible()); ok {
			p.move(n)
			return nil
		}
		switch {
		case msg.String() == "enter":
			return p.choose()
		case msg.String() == "esc" || msg.String() == "tab":
			p.filter.open = false // rows take the keys again, the filter stays
		default:
			if p.filter.edit(msg) == promptChanged {
				return p.refilter()
			}
		}
		return nil
	}
	switch {
	case key.Matches(msg, k.Close):
		return p.c.send(closePanelMsg{})
	case key.Matches(msg, k.Choose):
		return p.choose()
	case key.Matches(msg, k.Filter):
		p.filter.open = true
		return nil
	}
	// The prompt's keys move the rows too, so ↑ and ↓ work in both.
	n, ok := k.step(msg, rowSteps(p.visible(), len(p.items)))
	if !ok {
		n, ok = k.promptStep(msg, p.visible())
	}
	if ok {
		p.move(n)
	}
	return nil
}

// promptStep is how far a key of the filter prompt moves the rows, page
// of them shown; ok is false for every other key.
func (k panelKeys) promptStep(msg tea.KeyPressMsg, page int) (step int, ok bool) {
	switch {
	case key.Matches(msg, k.PromptUp):
		return -1, true
	case key.Matches(msg, k.PromptDown):
		return 1, true
	case key.Matches(msg, k.PromptPageUp):
		return -page, true
	case key.Matches(msg, k.PromptPageDown):
		return page, true
	}
	return 0, false
}

// choose closes the panel and asks for what the selected row stands for.
func (p *panel) choose() tea.Cmd {
	it, ok := p.selected()
	if !ok || it.choose == nil {
		if !ok {
			return nil
		}
		return p.c.send(closePanelMsg{})
	}
	return tea.Batch(p.c.send(closePanelMsg{}), p.c.send(it.choose))
}

// refilter ranks the rows by the filter as the story list does: every
// word, whole words first, the row's main text first; of a panel that
// searches, it starts the search.
func (p *panel) refilter() tea.Cmd {
	p.sel, p.top = 0, 0
	if p.search != nil {
		n := panelSearches.Add(1)
		p.searching = n
		search := p.search(p.filter.text)
		if search == nil {
			p.items = nil
			return nil
		}
		if p.running != 0 {
			return nil // found starts it
		}
		p.running = n
		return func() tea.Msg { return panelFoundMsg{n, search()} }
	}
	p.items = p.items[:0]
	type scored struct {
		item  panelItem
		score int
	}
	var hits []scored
	for _, it := range p.all {
		fields := it.filter
		if len(fields) == 0 {
			fields = []string{it.label, it.detail}
		}
		if sc, ok := model.MatchText(p.filter.text, fields...); ok {
			hits = append(hits, scored{it, sc})
		}
	}
	slices.SortStableFunc(hits, func(a, b scored) int { return b.score - a.score })
	for _, h := range hits {
		p.items = append(p.items, h.item)
	}
	return nil
}

// newFindAllPanel finds text in every story of the library: a row per
// paragraph that holds it, Enter opening the story there.
func newFindAllPanel(c *common) *panel {
	p := &panel{c: c, keys: &c.keys.panel, title: "Find in all stories", twoLine: true, empty: "type to find"}
	p.search = func(query string) func() []panelItem {
		if strings.TrimSpace(query) == "" {
			return nil
		}
		find, lib, dot, ellipsis := c.finder(), c.lib, c.st.dot, c.st.ellipsis
		return func() []panelItem {
			var items []panelItem
			for _, h := range find().Paragraphs(query, maxFound) {
				s := lib.Stories[h.Story]
				label := s.Title
				for _, part := range []string{s.Outlet, s.Published.Short(), fmt.Sprintf("paragraph %d", h.Paragraph+1)} {
					if part != "" {
						label += dot + part
					}
				}
				items = append(items, panelItem{
					label: plainText(label), detail: plainText(snippet(s.Paragraphs[h.Paragraph], query, ellipsis)),
					choose: openStoryMsg{story: h.Story, quote: -1, para: h.Paragraph, find: query},
				})
			}
			return items
		}
	}
	p.filter.open = true
	return p
}

// maxFound bounds the rows of a find in all stories.
const maxFound = 500

// snippet is a paragraph from a little before the query's first match.
func snippet(para, query, ellipsis string) string {
	folded, at := model.FoldMap(para)
	i := strings.Index(folded, strings.Join(model.Terms(query), " "))
	if i < 0 {
		return para
	}
	start := at[i]
	if start < 30 {
		return para
	}
	from := start - 24
	for from < start && (para[from]&0xC0 == 0x80 || para[from] != ' ') {
		from++ // start at a word
	}
	return ellipsis + para[from:]
}

func (p *panel) rowsPerItem() int {
	if p.twoLine {
		return 2
	}
	return 1
}

// visible is how many items fit below the title and prompt rows.
func (p *panel) visible() int { return max(1, (p.height-2)/p.rowsPerItem()) }

func (p *panel) move(n int) {
	if len(p.items) == 0 {
		return
	}
	p.sel = max(0, min(len(p.items)-1, p.sel+n))
	if p.sel < p.top {
		p.top = p.sel
	}
	if p.sel >= p.top+p.visible() {
		p.top = p.sel - p.visible() + 1
	}
}

func (p *panel) selected() (panelItem, bool) {
	if p.sel < 0 || p.sel >= len(p.items) {
		return panelItem{}, false
	}
	return p.items[p.sel], true
}

// itemAt returns the item index under a row of the panel, or -1.
func (p *panel) itemAt(row int) int {
	if row < 2 {
		return -1
	}
	i := p.top + (row-2)/p.rowsPerItem()
	if i >= len(p.items) || (row-2)/p.rowsPerItem() >= p.visible() {
		return -1
	}
	return i
}

func (p *panel) View() string {
	st := &p.c.st
	head := fmt.Sprintf("%s (%d)", p.title, len(p.items))
	promptRow := st.dim.Render("/ filter")
	if p.filter.open {
		promptRow = st.prompt.Render("filter: ") + p.filter.text + st.cursor
	} else if p.filter.text != "" {
		promptRow = st.dim.Render("filter: " + p.filter.text)
	}
	rows := []string{
		fit(st.overlayTitle.Render(truncate(head, p.width, st.ellipsis)), p.width),
		fit(promptRow, p.width),
	}
	for i := p.top; i < len(p.items) && i < p.top+p.visible(); i++ {
		it := p.items[i]
		bar, style := "  ", st.title
		if i == p.sel {
			bar, style = st.selBar.Render(st.markBar)+" ", st.selTitle
		}
		w := max(0, p.width-2)
		switch {
		case it.detail == "":
			rows = append(rows, fit(bar+style.Render(truncate(it.label, w, st.ellipsis)), p.width))
		case p.twoLine:
			rows = append(rows, fit(bar+style.Render(truncate(it.label, w, st.ellipsis)), p.width))
			rows = append(rows, fit(bar+st.meta.Render(truncate(it.detail, w, st.ellipsis)), p.width))
		default:
			rows = append(rows, fit(bar+style.Render(truncate(it.label, w/2, st.ellipsis))+"  "+st.meta.Render(truncate(it.detail, w-w/2-2, st.ellipsis)), p.width))
		}
	}
	switch {
	case len(p.items) > 0:
	case p.search != nil && strings.TrimSpace(p.filter.text) == "", p.search == nil && len(p.all) == 0:
		rows = append(rows, fit(st.dim.Render("  "+p.empty), p.width))
	default:
		rows = append(rows, fit(st.dim.Render("  nothing matches"), p.width))
	}
	for len(rows) < p.height {
		rows = append(rows, spaces(p.width))
	}
	return strings.Join(rows[:p.height], "\n")
}
