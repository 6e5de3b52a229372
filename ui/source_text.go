package ui

import (
	"regexp"
	"slices"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"cables/archive/anatomy"
	"cables/model"
)

// segStyle is how a piece of cable text shows in the source pane.
type segStyle int

const (
	segPlain   segStyle = iota
	segQuoted           // words the story quotes
	segLeftOut          // cable words the story left out or changed
	segAdded            // the story's words the cable lacks (or its word for a changed one)
	segPage             // the archive's page line or section banner
)

// textSeg is a piece of one row of cable text, made safe for the screen.
type textSeg struct {
	text  string
	style segStyle
}

// cableRow is one row of a cable's text laid out for the source pane.
type cableRow struct {
	segs  []textSeg
	width int
	// quoted says the row holds words the story quotes; inPara that it is
	// in the paragraph the quote starts in.
	quoted, inPara bool
}

// cableText is a cable's body laid out at a width, with a quote's words
// marked on it.
type cableText struct {
	rows []cableRow
	// firstQuoted is the first row holding quoted words, paraStart the
	// first row of their paragraph; -1 when the text has neither.
	firstQuoted, paraStart int
}

// layoutCable lays out a cable's body at width cells. Numbered paragraphs
// and summaries are reflowed (archives wrap them at 50 to 70 columns or
// not at all); the preamble and headings keep their lines; page lines stay
// on their own row. With a match, the quoted words, the words the story
// left out and the words it added are marked; with marks, left-out and
// added words are also bracketed. Every piece of text goes through
// cleanText: nothing from the archive reaches the terminal as an escape.
func layoutCable(doc *model.CableDoc, m *model.CableMatch, width int, marks bool) *cableText {
	t := &cableText{firstQuoted: -1, paraStart: -1}
	width = max(4, width)
	st := newMarking(doc, m)
	para := -1
	if m != nil && m.Placed() {
		if p, ok := doc.ParagraphAt(m.Start); ok {
			para = p.Start
		}
	}
	for _, ch := range chunks(doc) {
		inPara := para >= 0 && ch.start == para
		if inPara {
			t.paraStart = len(t.rows)
		}
		for _, ln := range logicalLines(doc.Body, ch) {
			if ln.blank {
				if n := len(t.rows); n > 0 && len(t.rows[n-1].segs) > 0 {
					t.rows = append(t.rows, cableRow{inPara: inPara})
				}
				continue
			}
			for _, row := range wrapTokens(st.tokens(doc.Body, ln, marks), width) {
				row.inPara = inPara
				if row.quoted && t.firstQuoted < 0 {
					t.firstQuoted = len(t.rows)
				}
				t.rows = append(t.rows, row)
			}
		}
		if n := len(t.rows); n > 0 && len(t.rows[n-1].segs) > 0 {
			t.rows = append(t.rows, cableRow{}) // a blank row between parts
		}
	}
	for len(t.rows) > 0 && len(t.rows[len(t.rows)-1].segs) == 0 {
		t.rows = t.rows[:len(t.rows)-1]
	}
	return t
}

// chunk is a part of the body: a paragraph, or text no paragraph covers.
type chunk struct {
	start, end int
	reflow     bool
}

// chunks covers the body with its paragraphs in order, and the gaps
// between them as parts that keep their lines.
func chunks(doc *model.CableDoc) []chunk {
	paras := slices.Clone(doc.Paragraphs)
	slices.SortFunc(paras, func(a, b model.CableParagraph) int { return a.Start - b.Start })
	var out []chunk
	at := 0
	for _, p := range paras {
		start, end := max(p.Start, at), min(p.End, len(doc.Body))
		if start >= end {
			continue
		}
		if start > at {
			out = append(out, chunk{at, start, false})
		}
		reflow := p.Kind == model.ParaNumbered || p.Kind == model.ParaSummary || p.Kind == model.ParaSubject
		out = append(out, chunk{start, end, reflow})
		at = end
	}
	if at < len(doc.Body) {
		out = append(out, chunk{at, len(doc.Body), false})
	}
	return out
}

// logicalLine is a run of the body shown as one flowing line, or a blank
// line between runs; page lines are their own.
type logicalLine struct {
	ranges []byteRange // the body's lines joined
	blank  bool
	page   bool
}

type byteRange struct{ start, end int }

// itemStartRE finds a line that starts a list item or a lettered part,
// which keeps its line break when a paragraph is reflowed.
var itemStartRE = regexp.MustCompile(`^\s*(?:[-–—*•]|\(?[A-Za-z0-9]{1,2}[.)]\s)`)

func logicalLines(body string, ch chunk) []logicalLine {
	var out []logicalLine
	cur := -1 // index in out of the line being joined onto
	for at := ch.start; at < ch.end; {
		end := strings.IndexByte(body[at:ch.end], '\n')
		if end < 0 {
			end = ch.end
		} else {
			end += at
		}
		line := body[at:end]
		r := byteRange{at, end}
		at = end + 1
		switch {
		case strings.TrimSpace(line) == "":
			if n := len(out); n > 0 && !out[n-1].blank {
				out = append(out, logicalLine{blank: true})
			}
			cur = -1
		case anatomy.IsPageLine(line):
			// In the flow where it fell, even inside a sentence.
			out = append(out, logicalLine{ranges: []byteRange{r}, page: true})
			cur = -1
		case ch.reflow && cur >= 0 && !itemStartRE.MatchString(line):
			out[cur].ranges = append(out[cur].ranges, r)
		default:
			out = append(out, logicalLine{ranges: []byteRange{r}})
			if ch.reflow {
				cur = len(out) - 1
			}
		}
	}
	return out
}

// wrapTokens fills rows of width cells with the words, one space apart,
// cutting a word wider than a row.
func wrapTokens(toks []token, width int) []cableRow {
	var rows []cableRow
	var row cableRow
	var last segStyle
	flush := func() {
		rows = append(rows, row)
		row = cableRow{segs: make([]textSeg, 0, len(row.segs))}
	}
	for _, t := range toks {
		for t.width > width && len(t.segs) > 0 { // a word longer than the row: cut it
			if row.width > 0 {
				flush()
			}
			head, rest := cutToken(t, width)
			appendToken(&row, head)
			flush()
			t = rest
		}
		if len(t.segs) == 0 {
			continue
		}
		if row.width > 0 && row.width+1+t.width > width {
			flush()
		}
		if row.width > 0 {
			gap := segPlain
			if first := t.segs[0].style; first == last && (first == segQuoted || first == segLeftOut) {
				gap = first // a highlight runs on between its words
			}
			row.segs = append(row.segs, textSeg{" ", gap})
			row.width++
		}
		appendToken(&row, t)
		last = t.segs[len(t.segs)-1].style
	}
	if row.width > 0 {
		flush()
	}
	return rows
}

func appendToken(row *cableRow, t token) {
	for _, s := range t.segs {
		row.segs = append(row.segs, s)
		if s.style == segQuoted {
			row.quoted = true
		}
	}
	row.width += t.width
}

// cutToken splits a token at width cells.
func cutToken(t token, width int) (head, rest token) {
	for _, s := range t.segs {
		w := ansi.StringWidth(s.text)
		switch {
		case head.width >= width:
			rest.segs = append(rest.segs, s)
			rest.width += w
		case head.width+w <= width:
			head.segs = append(head.segs, s)
			head.width += w
		default:
			room := width - head.width
			a := ansi.Truncate(s.text, room, "")
			b := strings.TrimPrefix(s.text, a)
			head.segs = append(head.segs, textSeg{a, s.style})
			head.width += ansi.StringWidth(a)
			if b != "" {
				rest.segs = append(rest.segs, textSeg{b, s.style})
				rest.width += ansi.StringWidth(b)
			}
			if head.width == 0 { // a character wider than the row
				head.segs, rest.segs = []textSeg{{b, s.style}}, nil
				head.width, rest.width = ansi.StringWidth(b), 0
			}
		}
	}
	return head, rest
}
