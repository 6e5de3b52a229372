package ui

import (
	"time"

	tea "charm.land/bubbletea/v2"
)

// renderDelay is how long a background render waits for the next resize or
// list move. Dragging a window edge or holding j sends many in a row; only
// the last is worth rendering whole.
const renderDelay = 40 * time.Millisecond

// renderDueMsg says the background render of generation gen has waited
// its delay.
type renderDueMsg struct{ gen int }

// renderedMsg carries the blocks a background render made. gen guards
// against renders that finish after the user moved to another story,
// width or theme.
type renderedMsg struct {
	gen   int
	doc   *doc
	parts []*part
}

// render asks for the rest of the current layout to be rendered in the
// background, after the delay if nothing newer is asked; the blocks on
// screen are rendered already.
func (r *readerPane) render() tea.Cmd {
	r.gen++
	r.latest.Store(int64(r.gen))
	if r.doc == nil || r.doc.complete() {
		return nil
	}
	if r.delay <= 0 {
		return r.startRender()
	}
	gen := r.gen
	return tea.Tick(r.delay, func(time.Time) tea.Msg { return renderDueMsg{gen} })
}

// renderDue starts the render whose delay is over, if it is still wanted.
func (r *readerPane) renderDue(msg renderDueMsg) tea.Cmd {
	if msg.gen != r.gen {
		return nil
	}
	return r.startRender()
}

// startRender renders the layout's blocks off the UI goroutine. The
// workers give up between blocks once a newer render is asked for, and a
// given-up render sends nothing.
func (r *readerPane) startRender() tea.Cmd {
	gen, d, latest := r.gen, r.doc, r.latest
	if d == nil {
		return nil
	}
	return func() tea.Msg {
		parts := renderParts(d.blocks, d.newRenderer, func() bool { return latest.Load() != int64(gen) })
		if parts == nil {
			return nil
		}
		return renderedMsg{gen: gen, doc: d, parts: parts}
	}
}

// rendered takes a finished render if it is still wanted.
func (r *readerPane) rendered(msg renderedMsg) {
	if msg.gen != r.gen || msg.doc != r.doc || r.doc == nil {
		return
	}
	r.doc.merge(msg.parts)
	r.restoreAnchor()
	r.settle()
}
