package ui

import (
	"math"
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
	blocks  []block // the story's Markdown blocks, the same at every width
	doc     *doc
	gen     int // generation of the latest background render asked for
	// latest is gen for render workers, which stop when it moves on.
	latest *atomic.Int64
	// delay is how long a background render waits for the user to stop
	// resizing or moving through the list before it starts.
	delay         time.Duration
	width, height int
	// readingWidth caps the text's width; the text is centred in a wider
	// pane.
	readingWidth int
	offset       int // first visible line
	cur          int // current quote, -1 for none
	// The reader's place, by which it keeps it while blocks above are
	// rendered (their heights become known) and across widths: the block
	// at the top, the line in it and how far through it that is.
	anchorBlock, anchorLine int
	anchorFrac              float64
	search                  search
	// searchFrom is where the view was when the find prompt opened: a
	// cancelled or failed search goes back there.
	searchFrom int
	// mentions[b][line] are the marks of the filtered person's names in
	// block b, found when the block is first painted.
	mentions map[int][][]mark
	// theirs[q] tells whether the filtered person said quote q; eligible
	// are the quotes ] and [ step through (theirs, or all, that the story
	// shows). Worked out when the story or person changes, so the status
	// line's N/M is what ] steps through.
	theirs   []bool
	eligible []int
	// cache keeps recent layouts, so going back to a story or a width does
	// not render it again. Cleared when the theme changes.
	cache map[docKey]*doc
}

type docKey struct{ story, width int }

// maxCached bounds the cache; a render of a long story is a few MB.
const maxCached = 12

// defaultReadingWidth is the widest the text is set: lines much longer
// are hard to follow back to their start.
const defaultReadingWidth = 90

func newReader(c *common) *readerPane {
	return &readerPane{c: c, keys: &c.keys.reader, story: -1, cur: -1, latest: new(atomic.Int64),
		delay: renderDelay, readingWidth: defaultReadingWidth}
}

// bodyHeight is the number of text rows; the last row is the status line.
func (r *readerPane) bodyHeight() int { return max(1, r.height-1) }

// wrapWidth is the text's width: the pane's less the gutter and a free
// cell at the right, at most the reading width.
func (r *readerPane) wrapWidth() int { return max(10, min(r.width-1-r.gutterWidth(), r.readingWidth)) }

// margin is the blank columns left of the gutter that centre the text.
func (r *readerPane) margin() int { return max(0, (r.width-1-r.gutterWidth()-r.wrapWidth())/2) }

// open shows a story from its top, rendering what is on screen at once and
// the rest in the background.
func (r *readerPane) open(story int) tea.Cmd {
	if story == r.story && r.s != nil {
		return nil
	}
	r.story = story
	r.s = r.c.lib.Stories[story].Unpacked() // its quotes made whole while it is open
	r.blocks = storyBlocks(r.s, r.c.st.blocks)
	r.offset, r.cur = 0, -1
	r.anchorBlock, r.anchorLine, r.anchorFrac = 0, 0, 0
	r.search.clear()
	r.mentions = nil
	r.doc = nil
	if r.width <= 0 {
		r.findEligible()
		return nil
	}
	r.doc = r.docFor(r.wrapWidth())
	r.findEligible()
	r.settle()
	return r.render()
}

// docFor is the story's layout at a width, from the cache or new.
func (r *readerPane) docFor(width int) *doc {
	k := docKey{r.story, width}
	if d, ok := r.cache[k]; ok {
		return d
	}
	if r.cache == nil || len(r.cache) >= maxCached {
		r.cache = map[docKey]*doc{}
	}
	d := newDoc(r.s, r.blocks, width, glamourBlocks(r.c.st.glamour, width))
	r.cache[k] = d
	return d
}

// forget drops cached renders: the theme changed.
func (r *readerPane) forget() {
	r.cache = nil
	if r.s != nil && r.width > 0 {
		r.saveAnchor()
		r.relayout(r.wrapWidth(), true)
	}
}

// SetSize resizes the pane. A new width lays the story out again, keeping
// the paragraph at the top of the pane, and the current quote, in view.
func (r *readerPane) SetSize(w, h int) tea.Cmd {
	curShown := r.onScreen(r.cur)
	r.width, r.height = w, h
	if r.s == nil {
		return nil
	}
	if r.doc != nil && r.doc.width == r.wrapWidth() {
		r.settle()
		r.keepShown(curShown)
		return nil
	}
	if r.doc != nil {
		r.saveAnchor()
	}
	r.relayout(r.wrapWidth(), false)
	r.keepShown(curShown)
	return r.render()
}

// keepShown brings the current quote back on screen if it was there.
func (r *readerPane) keepShown(wasShown bool) {
	if wasShown && !r.onScreen(r.cur) {
		r.scrollTo(r.doc.quoteLine(r.cur))
	}
}

// relayout moves to the story's layout at width, to the same place.
func (r *readerPane) relayout(width int, fresh bool) {
	if fresh {
		r.cache = nil
	}
	r.doc = r.docFor(width)
	r.mentions = nil
	d := r.doc
	if r.anchorBlock < len(d.blocks) {
		d.ensure(r.anchorBlock)
		r.offset = d.start[r.anchorBlock] + int(math.Round(r.anchorFrac*float64(d.height(r.anchorBlock))))
	}
	r.settle()
	if r.search.query != "" {
		d.ensureAll()
		r.restoreAnchor()
		r.search.refind(d)
	}
	r.findEligible()
}

// saveAnchor records the place from the offset.
func (r *readerPane) saveAnchor() {
	d := r.doc
	if d == nil {
		return
	}
	b := d.blockAt(r.offset)
	r.anchorBlock, r.anchorLine = b, r.offset-d.start[b]
	r.anchorFrac = float64(r.anchorLine) / float64(max(1, d.height(b)))
}

// restoreAnchor puts the offset back on the place after blocks above it
// changed height.
func (r *readerPane) restoreAnchor() {
	d := r.doc
	if d == nil || r.anchorBlock >= len(d.blocks) {
		return
	}
	r.offset = d.start[r.anchorBlock] + min(r.anchorLine, max(0, d.height(r.anchorBlock)-1))
}

// settle keeps the offset in range and renders every block on screen.
// Rendering a block makes its height exact, which can move the end of the
// story, so it goes round until nothing changes.
func (r *readerPane) settle() {
	d := r.doc
	if d == nil {
		return
	}
	for {
		r.offset = max(0, min(r.offset, d.total()-r.bodyHeight()))
		r.saveAnchor()
		rendered := false
		for b := r.anchorBlock; b < len(d.blocks) && d.start[b] < r.offset+r.bodyHeight(); b++ {
			if d.ensure(b) {
				rendered = true
			}
		}
		if !rendered {
			return
		}
		r.restoreAnchor()
	}
}

// ensure renders block b now (a jump to it) and keeps the place.
func (r *readerPane) ensure(b int) {
	if r.doc.ensure(b) {
		r.restoreAnchor()
	}
}

// personChanged works out again what depends on the person filter.
func (r *readerPane) personChanged() {
	r.findEligible()
	r.mentions = nil
}

// findEligible fills theirs and eligible for the story and person.
func (r *readerPane) findEligible() {
	r.theirs, r.eligible = nil, nil
	if r.s == nil {
		return
	}
	p := r.c.person
	r.theirs = make([]bool, len(r.s.Quotes))
	shown := make([]bool, len(r.s.Quotes))
	for _, b := range r.blocks {
		for _, sp := range b.spans {
			if q := sp.quote; q >= 0 && q < len(shown) {
				shown[q] = true
			}
		}
	}
	for q, quote := range r.s.Quotes {
		r.theirs[q] = p != "" && quote.Speaker != "" && r.c.lib.Canonical(r.story, quote.Speaker) == p
		if (p == "" || r.theirs[q]) && shown[q] {
			r.eligible = append(r.eligible, q)
		}
	}
}

func (r *readerPane) maxOffset() int {
	if r.doc == nil {
		return 0
	}
	return max(0, r.doc.total()-r.bodyHeight())
}

func (r *readerPane) scroll(n int) {
	if r.doc == nil {
		return
	}
	r.offset += n
	r.settle()
}

// scrollTo brings a line into view, a third of the way down when it moves.
func (r *readerPane) scrollTo(line int) {
	if r.doc == nil || line < 0 || line >= r.offset && line < r.offset+r.bodyHeight() {
		return
	}
	r.offset = line - r.bodyHeight()/3
	r.settle()
}

// showParagraph scrolls a body paragraph to the top third of the screen.
func (r *readerPane) showParagraph(para int) {
	if r.doc == nil {
		return
	}
	for b, bl := range r.blocks {
		if bl.kind == blockParagraph && bl.paragraph == para {
			r.ensure(b)
			r.scrollTo(r.doc.start[b])
			return
		}
	}
}
