package ui

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	tea "charm.land/bubbletea/v2"

	"cables/model"
)

// readerPane shows one story with its quotes highlighted.
type readerPane struct {
	c       *common
	keys    *readerKeys
	focused bool
	story   int // index in the library, -1 for none
	s       *model.Story
	doc     *doc
	gen     int // generation of the latest render asked for
	// latest is gen for render workers, which stop when it moves on.
	latest *atomic.Int64
	// delay is how long a render waits for the user to stop resizing or
	// moving through the list before it starts.
	delay         time.Duration
	width, height int
	offset        int // first visible line
	cur           int // current quote, -1 for none
	pendingQuote  int // quote to show once the render arrives, -1 for none
	// anchor keeps the reader's place over a re-render: a block and how far
	// into it the top line was.
	anchorBlock int
	anchorFrac  float64
	search      search
	mentions    [][]mark // per line, marks of the filtered person's names
	// theirs[q] tells whether the filtered person said quote q; eligible
	// are the quotes ] and [ step through (theirs, or all, that the render
	// shows). Both are worked out when the story, render or person
	// changes, so the status line's N/M is what ] steps through.
	theirs   []bool
	eligible []int
	// cache keeps recent renders, so going back to a story or a width
	// does not render it again. Cleared when the theme changes.
	cache map[docKey]*doc
}

type docKey struct{ story, width int }

// maxCached bounds the cache; a render of a long story is a few MB.
const maxCached = 12

func newReader(c *common) *readerPane {
	return &readerPane{c: c, keys: &c.keys.reader, story: -1, cur: -1, pendingQuote: -1, latest: new(atomic.Int64), delay: renderDelay}
}

// bodyHeight is the number of text rows; the last row is the status line.
func (r *readerPane) bodyHeight() int { return max(1, r.height-1) }

// wrapWidth leaves room for the two-cell gutter.
func (r *readerPane) wrapWidth() int { return max(10, r.width-3) }

// open shows a story from its top and starts rendering it.
func (r *readerPane) open(story int) tea.Cmd {
	if story == r.story && r.s != nil {
		return nil
	}
	r.story = story
	r.s = r.c.lib.Stories[story]
	r.doc = nil
	r.offset, r.cur, r.pendingQuote = 0, -1, -1
	r.anchorBlock, r.anchorFrac = 0, 0
	r.search.clear()
	r.findEligible()
	return r.render()
}

// forget drops cached renders: the theme changed.
func (r *readerPane) forget() { r.cache = nil }

// setSize resizes the pane; a new width needs a new render, which keeps the
// paragraph at the top of the pane in view.
func (r *readerPane) SetSize(w, h int) tea.Cmd {
	oldWrap := r.wrapWidth()
	r.width, r.height = w, h
	if r.doc != nil && r.wrapWidth() == oldWrap && r.doc.width == oldWrap {
		r.clamp()
		return nil
	}
	r.saveAnchor()
	return r.render()
}

func (r *readerPane) saveAnchor() {
	if r.doc == nil {
		return
	}
	b := r.doc.blockAt(r.offset)
	start, end := r.doc.blockRange(b)
	r.anchorBlock = b
	r.anchorFrac = float64(r.offset-start) / float64(max(1, end-start))
}

// personChanged works out again what depends on the person filter.
func (r *readerPane) personChanged() {
	r.findEligible()
	r.findMentions()
}

// findEligible fills theirs and eligible for the story, person and render.
func (r *readerPane) findEligible() {
	r.theirs, r.eligible = nil, nil
	if r.s == nil {
		return
	}
	p := r.c.person
	r.theirs = make([]bool, len(r.s.Quotes))
	for q, quote := range r.s.Quotes {
		r.theirs[q] = p != "" && quote.Speaker != "" && r.c.lib.Canonical(r.story, quote.Speaker) == p
		if (p == "" || r.theirs[q]) && (r.doc == nil || r.doc.quoteLine[q] >= 0) {
			r.eligible = append(r.eligible, q)
		}
	}
}

func (r *readerPane) maxOffset() int {
	if r.doc == nil {
		return 0
	}
	return max(0, len(r.doc.lines)-r.bodyHeight())
}

func (r *readerPane) clamp() { r.offset = max(0, min(r.offset, r.maxOffset())) }

func (r *readerPane) scroll(n int) {
	r.offset += n
	r.clamp()
	r.saveAnchor()
}

// scrollTo brings a line into view, a third of the way down when it moves.
func (r *readerPane) scrollTo(line int) {
	if line >= r.offset && line < r.offset+r.bodyHeight() {
		return
	}
	r.offset = line - r.bodyHeight()/3
	r.clamp()
	r.saveAnchor()
}

// jumpTo makes quote q current and shows it; before the render arrives it
// remembers the wish.
func (r *readerPane) jumpTo(q int) {
	if r.s == nil || q < 0 || q >= len(r.s.Quotes) {
		return
	}
	r.cur = q
	if r.doc == nil {
		r.pendingQuote = q
		return
	}
	if l := r.doc.quoteLine[q]; l >= 0 {
		r.scrollTo(l)
	}
}

// byPerson reports whether quote q was said by the filtered person.
func (r *readerPane) byPerson(q int) bool { return q < len(r.theirs) && r.theirs[q] }

// cables are the eligible quotes that are cable passages, for } and {.
func (r *readerPane) cables() []int {
	var out []int
	for _, q := range r.eligible {
		if r.s.Quotes[q].Kind == model.Cable {
			out = append(out, q)
		}
	}
	return out
}

// stepQuote moves to the next (dir 1) or previous (dir -1) of the eligible
// quotes, wrapping at the ends. It returns a status message.
func (r *readerPane) stepQuote(dir int, eligible []int, what string) string {
	if r.s == nil {
		return "no story open"
	}
	if len(eligible) == 0 {
		return "no " + what + " in this story"
	}
	from := r.cur
	if from < 0 { // start from what is on screen
		from = r.firstVisibleQuote(dir)
	}
	if dir > 0 {
		for _, q := range eligible {
			if q > from {
				r.jumpTo(q)
				return ""
			}
		}
		r.jumpTo(eligible[0])
		return "wrapped to the first " + what
	}
	for i := len(eligible) - 1; i >= 0; i-- {
		if eligible[i] < from {
			r.jumpTo(eligible[i])
			return ""
		}
	}
	r.jumpTo(eligible[len(eligible)-1])
	return "wrapped to the last " + what
}

// firstVisibleQuote gives the quote index just before the screen (for
// forward steps) or just after it (backward), so a first jump starts from
// what the reader is looking at.
func (r *readerPane) firstVisibleQuote(dir int) int {
	if r.doc == nil {
		if dir > 0 {
			return -1
		}
		return len(r.s.Quotes)
	}
	if dir > 0 {
		before := -1
		for q, l := range r.doc.quoteLine {
			if l >= 0 && l < r.offset {
				before = q
			}
		}
		return before
	}
	for q, l := range r.doc.quoteLine {
		if l >= r.offset+r.bodyHeight() {
			return q
		}
	}
	return len(r.s.Quotes)
}

// quoteAt returns the quote under a cell of the pane, or -1.
func (r *readerPane) quoteAt(row, col int) int {
	if r.doc == nil || row < 0 || row >= r.bodyHeight() {
		return -1
	}
	line := r.offset + row
	if line >= len(r.doc.lines) {
		return -1
	}
	cell := col - 2
	for _, sp := range r.doc.spans[line] {
		if cell >= sp.start && cell < sp.end {
			return sp.quote
		}
	}
	return -1
}

// statusLine describes the current quote, or the story's quotes.
func (r *readerPane) statusLine() string {
	if r.s == nil {
		return "no story"
	}
	if r.doc == nil {
		return "rendering" + r.c.st.ellipsis
	}
	var left string
	switch {
	case len(r.s.Quotes) == 0:
		left = "no quotes"
	case r.cur >= 0:
		n := r.c.st.dash // the current quote (clicked) is not one ] steps through
		if i, ok := slices.BinarySearch(r.eligible, r.cur); ok {
			n = strconv.Itoa(i + 1)
		}
		q := r.s.Quotes[r.cur]
		dot := r.c.st.dot
		left = fmt.Sprintf("quote %s/%d%s%s", n, len(r.eligible), dot, q.Kind)
		if q.Speaker != "" {
			left += dot + q.Speaker
		}
		if q.Source != "" && !strings.EqualFold(q.Source, string(q.Kind)) {
			left += dot + q.Source // (not "cable · cable")
		}
	default:
		cable, speech := r.s.CountKinds()
		left = fmt.Sprintf("%d quotes: %d cable, %d speech", len(r.s.Quotes), cable, speech)
		if r.c.person != "" {
			left = fmt.Sprintf("%d by %s%s", len(r.eligible), r.c.person, r.c.st.dot) + left
		}
	}
	if s := r.search.status(); s != "" {
		left += r.c.st.dot + s
	}
	return plainText(left)
}

// percent is how far through the story the bottom of the screen is.
func (r *readerPane) percent() string {
	if r.doc == nil || len(r.doc.lines) == 0 {
		return ""
	}
	bottom := min(len(r.doc.lines), r.offset+r.bodyHeight())
	return fmt.Sprintf("%d%%", bottom*100/len(r.doc.lines))
}

// blockAt is the block a line is in: the last that starts at or before it.
func (d *doc) blockAt(line int) int {
	i := sort.Search(len(d.blockStart), func(i int) bool { return d.blockStart[i] > line })
	return max(0, i-1)
}

func (d *doc) blockRange(b int) (start, end int) {
	start = d.blockStart[b]
	end = len(d.lines)
	if b+1 < len(d.blockStart) {
		end = d.blockStart[b+1]
	}
	return start, end
}
