package ui

import (
	"math"
	"time"

	tea "charm.land/bubbletea/v2"
	gansi "charm.land/glamour/v2/ansi"

	"cables/model"
)

// renderDelay is how long a render waits for the next resize or list move.
// Dragging a window edge or holding j sends many in a row; only the last
// is worth a render.
const renderDelay = 40 * time.Millisecond

// renderDueMsg says the render of generation gen has waited its delay.
type renderDueMsg struct{ gen int }

// renderedMsg carries a finished render. gen guards against renders that
// finish after the user moved to another story, width or theme.
type renderedMsg struct {
	gen, story int
	doc        *doc
}

// render asks for a render of the current story at the current width: at
// once from the cache, else after the delay if nothing newer is asked.
func (r *readerPane) render() tea.Cmd {
	r.gen++
	r.latest.Store(int64(r.gen))
	if r.s == nil || r.width <= 0 {
		return nil
	}
	if d, ok := r.cache[docKey{r.story, r.wrapWidth()}]; ok {
		r.rendered(renderedMsg{gen: r.gen, story: r.story, doc: d})
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

// startRender renders off the UI goroutine. The workers give up between
// blocks once a newer render is asked for, and a given-up render sends
// nothing.
func (r *readerPane) startRender() tea.Cmd {
	gen, story, s, width, style := r.gen, r.story, r.s, r.wrapWidth(), r.c.st.glamour
	latest := r.latest
	return func() tea.Msg {
		d := renderStale(s, width, style, func() bool { return latest.Load() != int64(gen) })
		if d == nil {
			return nil
		}
		return renderedMsg{gen: gen, story: story, doc: d}
	}
}

// renderStale is renderDoc that stops early, returning nil, once stale says
// the render is no longer wanted.
func renderStale(s *model.Story, width int, style gansi.StyleConfig, stale func() bool) *doc {
	return renderBlocks(s, width, glamourBlocks(style, width), stale)
}

// rendered takes a finished render if it is still wanted.
func (r *readerPane) rendered(msg renderedMsg) {
	if msg.gen != r.gen || msg.doc == nil {
		return
	}
	if r.cache == nil || len(r.cache) >= maxCached {
		r.cache = map[docKey]*doc{}
	}
	r.cache[docKey{msg.story, msg.doc.width}] = msg.doc
	old := r.doc
	r.doc = msg.doc
	if r.anchorBlock < len(r.doc.blockStart) {
		start, end := r.doc.blockRange(r.anchorBlock)
		r.offset = start + int(math.Round(r.anchorFrac*float64(end-start)))
	}
	r.clamp()
	if r.pendingQuote >= 0 {
		r.jumpTo(r.pendingQuote)
		r.pendingQuote = -1
	}
	r.search.refind(old, r.doc)
	r.personChanged()
}
