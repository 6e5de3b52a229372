package ui

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"cables/model"
)

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
// quotes, wrapping at the ends, and returns a status message. It starts
// from the current quote while that is on screen; else from what is on
// screen: the first quote at or below the top line for ], the last above
// it for [.
func (r *readerPane) stepQuote(dir int, eligible []int, what string) string {
	if r.s == nil {
		return "no story open"
	}
	if len(eligible) == 0 {
		return "no " + what + " in this story"
	}
	if r.onScreen(r.cur) {
		if dir > 0 {
			for _, q := range eligible {
				if q > r.cur {
					r.jumpTo(q)
					return ""
				}
			}
		} else {
			for i := len(eligible) - 1; i >= 0; i-- {
				if eligible[i] < r.cur {
					r.jumpTo(eligible[i])
					return ""
				}
			}
		}
	} else {
		if dir > 0 {
			for _, q := range eligible {
				if r.doc == nil || r.doc.quoteLine(q) >= r.offset {
					r.jumpTo(q)
					return ""
				}
			}
		} else {
			for i := len(eligible) - 1; i >= 0; i-- {
				if r.doc != nil && r.doc.quoteLine(eligible[i]) < r.offset {
					r.jumpTo(eligible[i])
					return ""
				}
			}
		}
	}
	if dir > 0 {
		r.jumpTo(eligible[0])
		return "wrapped to the first " + what
	}
	r.jumpTo(eligible[len(eligible)-1])
	return "wrapped to the last " + what
}

// quoteAt returns the quote under a cell of the pane, or -1.
func (r *readerPane) quoteAt(row, col int) int {
	if r.doc == nil || row < 0 || row >= r.bodyHeight() {
		return -1
	}
	p, _, j := r.doc.lineAt(r.offset + row)
	if p == nil {
		return -1
	}
	cell := col - r.gutterWidth() - r.margin()
	for _, sp := range p.spans[j] {
		if cell >= sp.start && cell < sp.end {
			return sp.quote
		}
	}
	return -1
}

// quoteNumber is quote q's place among the quotes ] steps through, as the
// status line and messages name it: "2/3", or "–/3" for one outside them.
func (r *readerPane) quoteNumber(q int) string {
	n := r.c.st.dash
	if i, ok := slices.BinarySearch(r.eligible, q); ok {
		n = strconv.Itoa(i + 1)
	}
	return fmt.Sprintf("%s/%d", n, len(r.eligible))
}

// statusLine describes the current quote, or the story's quotes.
func (r *readerPane) statusLine() string {
	if r.s == nil {
		return "no story"
	}
	dot := r.c.st.dot
	var left string
	switch {
	case len(r.s.Quotes) == 0:
		left = "no quotes"
	case r.cur >= 0:
		q := r.s.Quotes[r.cur]
		left = "quote " + r.quoteNumber(r.cur)
		a := r.c.archive
		m := a.matchOf(r.story, r.cur)
		if showsVerdict(&q, m) {
			// The cable first: it is what the archive adds, and the
			// story's own naming of it would say it again.
			var doc *model.CableDoc
			if m.Placed() {
				doc = a.doc(m.CableID)
			}
			left += dot + matchSummary(&r.c.st, m, doc) + dot + string(q.Kind)
			if q.Speaker != "" {
				left += dot + q.Speaker
			}
			if !m.Placed() && q.Source != "" && !strings.EqualFold(q.Source, string(q.Kind)) {
				left += dot + q.Source
			}
			break
		}
		if m == nil && (a.opening || a.ready() && !a.matched(r.story)) {
			left += dot + "checking the archive" + r.c.st.ellipsis
		}
		left += dot + string(q.Kind)
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
			left = fmt.Sprintf("%d by %s%s", len(r.eligible), r.c.person, dot) + left
		}
	}
	if s := r.search.status(); s != "" {
		left += dot + s
	}
	return plainText(left)
}

// percent is how far through the story the bottom of the screen is.
func (r *readerPane) percent() string {
	if r.doc == nil || r.doc.total() == 0 {
		return ""
	}
	bottom := min(r.doc.total(), r.offset+r.bodyHeight())
	return fmt.Sprintf("%d%%", bottom*100/r.doc.total())
}

// jumpTo makes quote q current and shows it.
func (r *readerPane) jumpTo(q int) {
	if r.s == nil || q < 0 || q >= len(r.s.Quotes) {
		return
	}
	r.cur = q
	if r.doc == nil {
		return
	}
	if b := r.doc.quoteBlock[q]; b >= 0 {
		r.ensure(b)
		r.scrollTo(r.doc.quoteLine(q))
	}
}

// onScreen reports whether quote q's first line is on screen.
func (r *readerPane) onScreen(q int) bool {
	if r.doc == nil || q < 0 {
		return false
	}
	l := r.doc.quoteLine(q)
	return l >= r.offset && l < r.offset+r.bodyHeight()
}
