package ui

import (
	"math"
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
	// cuts are the offsets where the style may change, sorted.
	cuts []int
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
	mk.cuts = []int{mk.quoted.start, mk.quoted.end}
	for _, r := range mk.leftOut {
		mk.cuts = append(mk.cuts, r.start, r.end)
	}
	slices.Sort(mk.cuts)
	return mk
}

// nextCut is the first place after i where the style may change.
func (mk *marking) nextCut(i int) int {
	k, _ := slices.BinarySearch(mk.cuts, i+1)
	if k < len(mk.cuts) {
		return mk.cuts[k]
	}
	return math.MaxInt
}

// screenText is archive text as the screen gets it, and its width: plain
// ASCII as it is (most of a cable), anything else through cleanText.
func screenText(s string) (string, int) {
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 || s[i] > 0x7e {
			t := cleanText(s)
			return t, ansi.StringWidth(t)
		}
	}
	return s, len(s)
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
	n := 0
	for _, r := range ln.ranges {
		n += r.end - r.start
	}
	toks := make([]token, 0, n/5+2) // words of five letters and a space, or longer
	// arena holds the pieces of all the line's words: one allocation
	// rather than one per word.
	arena := make([]textSeg, 0, n/5+2)
	add := func(text string, style segStyle) {
		text, w := screenText(text)
		if text == "" {
			return
		}
		arena = append(arena, textSeg{text, style})
		toks = append(toks, token{segs: arena[len(arena)-1 : len(arena) : len(arena)], width: w})
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
			from := len(arena)
			for a := i; a < j; {
				b := min(j, mk.nextCut(a))
				if text, w := screenText(body[a:b]); text != "" {
					arena = append(arena, textSeg{text, mk.styleAt(a)})
					tok.width += w
				}
				a = b
			}
			if len(arena) > from {
				tok.segs = arena[from:len(arena):len(arena)]
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
