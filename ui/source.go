package ui

import (
	"fmt"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"cables/model"
)

// sourcePane shows the cable the reader's current quote comes from: a
// header card, the cable's text around the quoted paragraph with the
// story's changes marked, and the other stories of the library that quote
// the same cable. It follows the reader: when the current quote changes,
// so does the cable shown.
type sourcePane struct {
	c             *common
	keys          *sourceKeys
	focused       bool
	width, height int
	// story and quote are the reader's current quote it shows (quote -1:
	// none).
	story, quote int
	number       string // the quote's number as the reader's status gives it
	// text is the cable laid out for the pane's width; laidOut says for
	// what, so it is made again only when that changes.
	text    *cableText
	laidOut textFor
	offset  int // first row of text shown
	// scrolled says the user moved the text since the quote changed; until
	// then the pane keeps the quote in view as its rows settle (the card
	// and the list of other stories grow as the archive answers).
	scrolled bool
	// others are the other stories quoting the cable; sel the chosen one
	// and top the first shown.
	others   []otherStory
	sel, top int
}

// textFor is what a layout of cable text was made for.
type textFor struct {
	id           string
	width        int
	story, quote int
	marks        bool
}

func newSourcePane(c *common) *sourcePane {
	return &sourcePane{c: c, keys: &c.keys.source, story: -1, quote: -1}
}

func (p *sourcePane) Typing() bool { return false }

func (p *sourcePane) SetSize(w, h int) tea.Cmd {
	p.width, p.height = w, h
	p.refresh()
	return nil
}

func (p *sourcePane) ShortHelp() []key.Binding {
	k := p.keys
	rk := &p.c.keys.reader
	return []key.Binding{k.Close, rk.NextQuote, rk.PrevQuote, k.Copy, k.NextOther, k.OpenOther}
}

func (p *sourcePane) FullHelp() [][]key.Binding {
	k := p.keys
	return [][]key.Binding{
		k.navHelp(),
		{k.Copy, k.NextOther, k.PrevOther, k.OpenOther, k.Close},
	}
}

// match is the match of the quote shown; nil when there is none (yet).
func (p *sourcePane) match() *model.CableMatch {
	return p.c.archive.matchOf(p.story, p.quote)
}

// doc is the cable shown, once read.
func (p *sourcePane) doc() *model.CableDoc {
	m := p.match()
	if !m.Placed() {
		return nil
	}
	return p.c.archive.doc(m.CableID)
}

// wanted is the cable the pane needs read, "" for none.
func (p *sourcePane) wanted() string {
	if m := p.match(); m.Placed() {
		return m.CableID
	}
	return ""
}

// follow shows the reader's current quote, numbered as the reader
// numbers it.
func (p *sourcePane) follow(story, quote int, number string) {
	p.number = number
	if story == p.story && quote == p.quote {
		return
	}
	p.story, p.quote = story, quote
	p.sel, p.top, p.scrolled = 0, 0, false
	p.laidOut = textFor{}
	p.refresh()
}

// refresh lays the cable out again when what it shows or the width
// changed, and lists the other stories quoting it as they are checked.
func (p *sourcePane) refresh() {
	m, doc := p.match(), p.doc()
	p.others = nil
	if m.Placed() {
		p.others = p.c.archive.others(m.CableID, m.Para, p.story)
		p.sel = min(p.sel, max(0, len(p.others)-1))
	}
	if doc == nil || p.width <= 0 {
		p.text = nil
		return
	}
	want := textFor{doc.ID, p.textWidth(), p.story, p.quote, p.c.st.diffMarks}
	if p.text == nil || p.laidOut != want {
		if p.laidOut.width != want.width {
			p.scrolled = false // rows of another width: find the quote again
		}
		p.text, p.laidOut = layoutCable(doc, m, want.width, want.marks), want
	}
	if !p.scrolled {
		p.showQuote()
	}
	p.scroll(0)
}

// textWidth is the width of the cable's text: the pane's less its gutter.
func (p *sourcePane) textWidth() int { return max(10, p.width-3) }

// showQuote scrolls the quoted paragraph into view, from its first row
// when the quote's first row then shows in the upper part, else with the
// quote's first row a third of the way down.
func (p *sourcePane) showQuote() {
	t := p.text
	if t == nil || t.firstQuoted < 0 {
		p.offset = 0
		return
	}
	h := p.textHeight()
	from := t.paraStart
	if from < 0 || t.firstQuoted-from > h*2/3 {
		from = t.firstQuoted - h/3
	}
	p.offset = max(0, from)
}

// userScroll moves the text as the user asked.
func (p *sourcePane) userScroll(n int) {
	p.scrolled = true
	p.scroll(n)
}

func (p *sourcePane) scroll(n int) {
	if p.text == nil {
		p.offset = 0
		return
	}
	p.offset = max(0, min(p.offset+n, len(p.text.rows)-p.textHeight()))
}

func (p *sourcePane) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		return p.key(msg)
	case tea.MouseWheelMsg:
		switch msg.Button {
		case tea.MouseWheelUp:
			p.userScroll(-3)
		case tea.MouseWheelDown:
			p.userScroll(3)
		}
	case tea.MouseClickMsg:
		if i := p.otherAt(msg.Y); i >= 0 && msg.Button == tea.MouseLeft {
			p.sel = i
			return p.openOther()
		}
	case archiveOpenedMsg, storyMatchedMsg, cableReadMsg:
		p.refresh()
	}
	return nil
}

func (p *sourcePane) key(msg tea.KeyPressMsg) tea.Cmd {
	k := p.keys
	if key.Matches(msg, k.Close, p.c.keys.reader.Source) {
		return p.c.send(closeSourceMsg{})
	}
	if p.text == nil && key.Matches(msg, k.Bottom) {
		return nil // no bottom yet: the quote is found when the text comes
	}
	end := 0
	if p.text != nil {
		end = len(p.text.rows)
	}
	if n, ok := k.step(msg, textSteps(p.textHeight(), p.offset, end)); ok {
		p.userScroll(n)
		return nil
	}
	switch {
	case key.Matches(msg, k.NextOther):
		return p.moveOther(1)
	case key.Matches(msg, k.PrevOther):
		return p.moveOther(-1)
	case key.Matches(msg, k.OpenOther):
		return p.openOther()
	case key.Matches(msg, k.Copy):
		return p.copyQuote()
	}
	return nil
}

// moveOther chooses the next or previous of the other stories.
func (p *sourcePane) moveOther(n int) tea.Cmd {
	if len(p.others) == 0 {
		return p.c.status("no other story quotes this cable")
	}
	p.sel = (p.sel + n + len(p.others)) % len(p.others)
	return nil
}

// openOther opens the chosen story at its quote from the cable.
func (p *sourcePane) openOther() tea.Cmd {
	if p.sel < 0 || p.sel >= len(p.others) {
		return p.c.status("no other story quotes this cable")
	}
	o := p.others[p.sel]
	return p.c.send(openStoryMsg{story: o.story, quote: o.quote, para: -1})
}

// copyQuote copies the quote with its story's citation and its cable's.
func (p *sourcePane) copyQuote() tea.Cmd {
	lib := p.c.lib
	if p.story < 0 || p.story >= len(lib.Stories) || p.quote < 0 || p.quote >= lib.Stories[p.story].NumQuotes() {
		return p.c.status("no current quote: press ] first")
	}
	what := "quote"
	if m := p.match(); m.Placed() {
		what = "quote and cable " + m.CableID
	}
	return copyText(p.c, p.c.citeQuote(p.story, p.quote), what)
}

// closeSourceMsg closes the source pane.
type closeSourceMsg struct{}

// openSourceMsg opens the source pane on the reader's current quote.
type openSourceMsg struct{}

// sourceTitle is the first words of the pane's status: what it shows.
func (p *sourcePane) sourceTitle() string {
	m := p.match()
	if !m.Placed() {
		return "cable source"
	}
	return fmt.Sprintf("cable %s %s", m.CableID, paraLabel(m, p.c.st.para))
}
