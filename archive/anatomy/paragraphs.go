package anatomy

import (
	"strings"

	"cables/model"
)

// segment is a run of lines of one kind, before spans are made contiguous.
type segment struct {
	from   int // line index
	kind   model.ParaKind
	number int
}

// paragraphs splits the body into contiguous parts: the preamble with its
// subject and unnumbered summary (numbered 0), then the numbered
// paragraphs, with a section heading taking the number of the paragraph
// it heads.
func paragraphs(lines []line, bodyLen int, starts []numbered, p preamble) []model.CableParagraph {
	if bodyLen == 0 {
		return nil
	}
	segs := make([]segment, 0, 2*len(starts)+5)
	add := func(s segment) {
		if len(segs) > 0 && segs[len(segs)-1].from == s.from {
			segs = segs[:len(segs)-1]
		}
		segs = append(segs, s)
	}
	add(segment{0, model.ParaPreamble, 0})
	for _, part := range []struct {
		from, to int
		kind     model.ParaKind
	}{{p.subjectFrom, p.subjectTo, model.ParaSubject}, {p.summaryFrom, p.summaryTo, model.ParaSummary}} {
		if part.from < 0 {
			continue
		}
		add(segment{part.from, part.kind, 0})
		if part.to < len(lines) && (len(starts) == 0 || part.to < starts[0].line) {
			add(segment{part.to, model.ParaPreamble, 0})
		}
	}
	if len(starts) > 0 {
		from := max(p.subjectTo, p.summaryTo, 0)
		if h := headingIn(lines, from, starts[0].line); h >= 0 {
			add(segment{h, model.ParaHeading, starts[0].number})
		}
	}
	for k, s := range starts {
		end := len(lines)
		if k+1 < len(starts) {
			end = starts[k+1].line
		}
		add(segment{s.line, model.ParaNumbered, s.number})
		next := s.number
		if k+1 < len(starts) {
			next = starts[k+1].number
		}
		if h := headingIn(lines, s.line+1, end); h >= 0 {
			add(segment{h, model.ParaHeading, next})
		}
	}
	out := make([]model.CableParagraph, 0, len(segs))
	for i, s := range segs {
		end := bodyLen
		if i+1 < len(segs) {
			end = lines[segs[i+1].from].start
		}
		start := lines[s.from].start
		if end > start {
			out = append(out, model.CableParagraph{Number: s.number, Kind: s.kind, Start: start, End: end})
		}
	}
	return out
}

// headingIn finds a section heading among lines[from:to], the stretch
// before the next numbered paragraph: a line underlined with dashes, or a
// short title line after a blank line that runs straight into the next
// paragraph. It returns the heading's line, or -1.
func headingIn(lines []line, from, to int) int {
	for j := from; j+1 < to; j++ {
		if !blank(lines[j].text) && isUnderline(lines[j+1].text) && !isUnderline(lines[j].text) {
			return j
		}
	}
	last := to - 1
	for last > from && isPageLine(lines[last].text) {
		last--
	}
	if to < len(lines) && last > from && blank(lines[last-1].text) && isTitle(lines[last].text) {
		return last
	}
	return -1
}

// isTitle reports a short line with no sentence end: a heading.
func isTitle(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 60 || strings.ContainsAny(s[len(s)-1:], ".,;:\"”") {
		return false
	}
	return s[0] >= 'A' && s[0] <= 'Z'
}
