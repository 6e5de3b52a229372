package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// showStoryMsg is the root telling the reader which story to show: the
// list's selection, or a jump from a panel to a quote or a paragraph.
type showStoryMsg struct {
	story       int // -1: none (the list holds nothing)
	quote, para int // -1 for none
	find        string
}

func (r *readerPane) Typing() bool { return r.search.editing }

func (r *readerPane) ShortHelp() []key.Binding {
	k := r.keys
	if k.Source.Enabled() {
		return []key.Binding{k.NextQuote, k.PrevQuote, k.Source, k.Search, k.Copy, k.NextStory}
	}
	return []key.Binding{k.NextQuote, k.PrevQuote, k.Search, k.Copy, k.NextStory}
}

func (r *readerPane) FullHelp() [][]key.Binding {
	k := r.keys
	return [][]key.Binding{
		k.navHelp(),
		{k.NextQuote, k.PrevQuote, k.NextCable, k.PrevCable, k.NextStory, k.PrevStory},
		{k.Search, k.NextMatch, k.PrevMatch, k.Copy, k.SaveQuote, k.KeepQuote, k.Source, k.Back},
	}
}

func (r *readerPane) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		return r.key(msg)
	case tea.PasteMsg:
		if r.search.editing {
			return r.findKey(msg)
		}
	case tea.MouseWheelMsg:
		switch msg.Button {
		case tea.MouseWheelUp:
			r.scroll(-3)
		case tea.MouseWheelDown:
			r.scroll(3)
		}
	case tea.MouseClickMsg:
		if q := r.quoteAt(msg.Y, msg.X); q >= 0 && msg.Button == tea.MouseLeft {
			r.cur = q
		}
	case showStoryMsg:
		if msg.story < 0 {
			r.close()
			return nil
		}
		cmd := r.open(msg.story)
		if msg.para >= 0 {
			r.showParagraph(msg.para)
		}
		if msg.find != "" && r.doc != nil {
			r.doc.ensureAll()
			r.restoreAnchor()
			r.search.query = msg.find
			r.search.find(r.doc)
			r.search.nearest(r.doc, r.offset)
		}
		if msg.quote >= 0 {
			r.jumpTo(msg.quote)
		}
		return cmd
	case libraryChangedMsg:
		r.personChanged()
	case reloadedStoryMsg:
		return r.reloaded(msg.story)
	case renderDueMsg:
		return r.renderDue(msg)
	case renderedMsg:
		r.rendered(msg)
	}
	return nil
}

func (r *readerPane) key(msg tea.KeyPressMsg) tea.Cmd {
	if r.search.editing {
		return r.findKey(msg)
	}
	k := r.keys
	what := "quote"
	if r.c.person != "" {
		what = "quote by " + r.c.person
	}
	if n, ok := k.step(msg, textSteps(r.bodyHeight(), r.offset, r.maxOffset())); ok {
		r.scroll(n)
		return nil
	}
	switch {
	case key.Matches(msg, k.NextQuote):
		return r.c.status(r.stepQuote(1, r.eligible, what))
	case key.Matches(msg, k.PrevQuote):
		return r.c.status(r.stepQuote(-1, r.eligible, what))
	case key.Matches(msg, k.NextCable):
		return r.c.status(r.stepQuote(1, r.cables(), "cable passage"))
	case key.Matches(msg, k.PrevCable):
		return r.c.status(r.stepQuote(-1, r.cables(), "cable passage"))
	case key.Matches(msg, k.Search):
		if r.doc == nil {
			return nil
		}
		r.search.editing, r.search.query = true, ""
		r.search.find(nil)
		r.searchFrom = r.offset
		r.doc.ensureAll() // search needs all the text
		r.restoreAnchor()
		r.searchFrom = r.offset
	case key.Matches(msg, k.NextMatch):
		r.search.step(1)
		return r.showMatch()
	case key.Matches(msg, k.PrevMatch):
		r.search.step(-1)
		return r.showMatch()
	case key.Matches(msg, k.Copy):
		return r.copyQuote()
	case key.Matches(msg, k.SaveQuote):
		return r.saveQuote()
	case key.Matches(msg, k.KeepQuote):
		return r.keepQuote()
	case key.Matches(msg, k.Source):
		return r.openSource()
	case key.Matches(msg, k.NextStory):
		return r.c.send(stepStoryMsg{1})
	case key.Matches(msg, k.PrevStory):
		return r.c.send(stepStoryMsg{-1})
	case key.Matches(msg, k.Back):
		switch {
		case r.search.query != "":
			r.search.clear()
		case r.c.person != "":
			return r.c.send(personMsg{""})
		default:
			return r.c.send(focusListMsg{})
		}
	}
	return nil
}

// findKey edits the find prompt with a key or a paste. Each edit finds again from where the
// search started; enter keeps the match, and esc, or enter on no match,
// puts the view back where it was, as less and vim do.
func (r *readerPane) findKey(msg tea.Msg) tea.Cmd {
	p := prompt{text: r.search.query, open: true}
	ev := p.edit(msg)
	r.search.query, r.search.editing = p.text, p.open
	switch ev {
	case promptChanged:
		r.search.find(r.doc)
		r.search.nearest(r.doc, r.searchFrom)
		r.offset = r.searchFrom
		r.settle()
		return r.showMatch()
	case promptCanceled:
		r.search.clear()
		r.offset = r.searchFrom
		r.settle()
	case promptAccepted:
		if len(r.search.matches) == 0 {
			q := r.search.query
			r.search.clear()
			r.offset = r.searchFrom
			r.settle()
			if q != "" {
				return r.c.status("no match for " + q)
			}
		}
	}
	return nil
}

// close shows no story: the list holds none.
func (r *readerPane) close() {
	r.story, r.s, r.doc, r.blocks = -1, nil, nil, nil
	r.offset, r.cur = 0, -1
	r.search.clear()
	r.findEligible()
	r.gen++
	r.latest.Store(int64(r.gen))
}

// showMatch scrolls the current search hit into view.
func (r *readerPane) showMatch() tea.Cmd {
	s := &r.search
	if len(s.matches) == 0 {
		if s.query != "" && !s.editing {
			return r.c.status("no match for " + s.query)
		}
		return nil
	}
	r.scrollTo(s.line(r.doc, s.cur))
	return nil
}

// openSource asks for the source pane on the current quote, making the
// first cable passage from the top of the screen current when none is.
// Without an archive it says how to import one.
func (r *readerPane) openSource() tea.Cmd {
	if a := r.c.archive; !a.ready() && !a.opening {
		return r.c.status(a.err.Error())
	}
	if r.s == nil {
		return r.c.status("no story open")
	}
	if r.cur < 0 || !r.onScreen(r.cur) {
		if cables := r.cables(); len(cables) > 0 {
			r.stepQuote(1, cables, "cable passage")
		} else {
			r.stepQuote(1, r.eligible, "quote")
		}
	}
	return r.c.send(openSourceMsg{})
}
