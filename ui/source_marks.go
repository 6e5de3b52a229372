package ui

import (
	"slices"

	"github.com/charmbracelet/x/ansi"

	"cables/model"
)

// marking is where a match's marks fall in the body: styles by byte
// range, and the story's words to show at cable offsets.
type marking struct {
	quoted  byteRange
	leftOut []byteRange
	adds    []insertion
}

type insertion struct {
	at   int
	text string
}

func newMarking(doc *model.CableDoc, m *model.CableMatch) marking {
	var mk marking
	if m == nil || !m.Placed() {
		return mk
	}
	mk.quoted = byteRange{max(0, m.Start), min(m.End, len(doc.Body))}
	for _, d := range m.Differences {
		switch d.Kind {
		case model.Omitted, model.Ellipsis:
			mk.leftOut = append(mk.leftOut, byteRange{d.CableStart, d.CableEnd})
		case model.Replaced, model.Spelling:
			mk.leftOut = append(mk.leftOut, byteRange{d.CableStart, d.CableEnd})
			mk.adds = append(mk.adds, insertion{d.CableEnd, d.Story})
		case model.Inserted:
			mk.adds = append(mk.adds, insertion{d.CableStart, d.Story})
		}
	}
	slices.SortStableFunc(mk.adds, func(a, b insertion) int { return a.at - b.at })
	return mk
}

// styleAt is the style of the body's byte i.
func (mk *marking) styleAt(i int) segStyle {
	for _, r := range mk.leftOut {
		if i >= r.start && i < r.end {
			return segLeftOut
		}
	}
	if i >= mk.quoted.start && i < mk.quoted.end {
		return segQuoted
	}
	return segPlain
}

// token is a word of a row: pieces in their styles, and its width.
type token struct {
	segs  []textSeg
	width int
}

// tokens splits a logical line into words, each cut where its style
// changes, with the story's additions as words of their own.
func (mk *marking) tokens(body string, ln logicalLine, marks bool) []token {
	var toks []token
	add := func(text string, style segStyle) {
		text = cleanText(text)
		if text == "" {
			return
		}
		toks = append(toks, token{segs: []textSeg{{text, style}}, width: ansi.StringWidth(text)})
	}
	adds := mk.adds
	for _, r := range ln.ranges {
		for i := r.start; i < r.end; {
			for i < r.end && (body[i] == ' ' || body[i] == '\t' || body[i] == '\r') {
				i++
			}
			j := i
			for j < r.end && body[j] != ' ' && body[j] != '\t' && body[j] != '\r' {
				j++
			}
			if i == j {
				break
			}
			for len(adds) > 0 && adds[0].at <= i {
				add(adds[0].text, segAdded)
				adds = adds[1:]
			}
			if ln.page {
				add(body[i:j], segPage)
				i = j
				continue
			}
			var tok token
			for a := i; a < j; {
				style := mk.styleAt(a)
				b := a + 1
				for b < j && mk.styleAt(b) == style {
					b++
				}
				if text := cleanText(body[a:b]); text != "" {
					tok.segs = append(tok.segs, textSeg{text, style})
					tok.width += ansi.StringWidth(text)
				}
				a = b
			}
			if len(tok.segs) > 0 {
				toks = append(toks, tok)
			}
			i = j
		}
	}
	// Additions after the line's last word, when the line holds their place.
	if n := len(ln.ranges); n > 0 {
		for len(adds) > 0 && adds[0].at <= ln.ranges[n-1].end {
			add(adds[0].text, segAdded)
			adds = adds[1:]
		}
	}
	mk.adds = adds
	if marks {
		bracket(toks)
	}
	return toks
}

// bracket puts [- -] around each run of left-out words and {+ +} around
// each added word, for a screen where their styles may not show.
func bracket(toks []token) {
	type at struct{ tok, seg int }
	var pieces []at
	for ti, t := range toks {
		for si := range t.segs {
			pieces = append(pieces, at{ti, si})
		}
	}
	style := func(i int) segStyle {
		if i < 0 || i >= len(pieces) {
			return segPlain
		}
		return toks[pieces[i].tok].segs[pieces[i].seg].style
	}
	for i, p := range pieces {
		seg := &toks[p.tok].segs[p.seg]
		switch seg.style {
		case segLeftOut:
			if style(i-1) != segLeftOut {
				seg.text = "[-" + seg.text
				toks[p.tok].width += 2
			}
			if style(i+1) != segLeftOut {
				seg.text += "-]"
				toks[p.tok].width += 2
			}
		case segAdded:
			seg.text = "{+" + seg.text + "+}"
			toks[p.tok].width += 4
		}
	}
}
