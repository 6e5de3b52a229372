package ui

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/charmbracelet/x/ansi"
)

// hit is one line's piece of a found text, in cells: line is the line in
// block's rendered part. match numbers the found text, which may wrap over
// several lines.
type hit struct{ block, line, start, end, match int }

// search is the reader's find-in-story state.
type search struct {
	query   string
	matches [][]hit
	cur     int // current match
	byBlock map[int][]hit
	editing bool // the prompt is open
}

func (s *search) clear() { *s = search{} }

// find looks for the query in the rendered text, across line wraps.
// All-lowercase queries ignore case (smart case, as less and circumflex do).
func (s *search) find(d *doc) {
	s.matches, s.byBlock, s.cur = nil, nil, 0
	if s.query == "" || d == nil {
		return
	}
	s.matches = findAll(d, s.query, !hasUpper(s.query), false)
	s.byBlock = map[int][]hit{}
	for _, m := range s.matches {
		for _, h := range m {
			s.byBlock[h.block] = append(s.byBlock[h.block], h)
		}
	}
}

// refind searches a new layout of the same story (another width or
// theme) and keeps the current match: the same block's same occurrence.
func (s *search) refind(d *doc) {
	block, nth := -1, 0
	if s.cur < len(s.matches) {
		block = s.matches[s.cur][0].block
		for i := s.cur - 1; i >= 0 && s.matches[i][0].block == block; i-- {
			nth++
		}
	}
	cur := s.cur
	s.find(d)
	if len(s.matches) == 0 {
		return
	}
	s.cur = min(cur, len(s.matches)-1)
	for i, m := range s.matches {
		if m[0].block == block {
			s.cur = min(i+nth, len(s.matches)-1)
			return
		}
	}
}

// line is the first line of match i in the layout.
func (s *search) line(d *doc, i int) int {
	h := s.matches[i][0]
	return d.start[h.block] + h.line
}

// nearest makes the first match at or after line current.
func (s *search) nearest(d *doc, line int) {
	for i := range s.matches {
		if s.line(d, i) >= line {
			s.cur = i
			return
		}
	}
	s.cur = 0
}

func (s *search) step(dir int) {
	if len(s.matches) > 0 {
		s.cur = (s.cur + dir + len(s.matches)) % len(s.matches)
	}
}

func (s *search) status() string {
	switch {
	case s.query == "":
		return ""
	case len(s.matches) == 0:
		return fmt.Sprintf("/%s: no match", s.query)
	}
	return fmt.Sprintf("/%s %d/%d", s.query, s.cur+1, len(s.matches))
}

func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// findAll finds needle in each rendered block, its lines joined by a space
// so that text wrapped over lines is found, and returns each match as its
// pieces on lines. wholeWord keeps only matches not inside a longer word
// (for names).
func findAll(d *doc, needle string, foldCase, wholeWord bool) [][]hit {
	var out [][]hit
	for b, p := range d.parts {
		if p != nil {
			out = findInPart(out, p, b, needle, foldCase, wholeWord)
		}
	}
	return out
}

// findInPart appends the matches in one rendered block to out.
func findInPart(out [][]hit, p *part, b int, needle string, foldCase, wholeWord bool) [][]hit {
	text, hay := p.text, p.text
	if foldCase {
		if low := strings.ToLower(text); len(low) == len(text) {
			hay, needle = low, strings.ToLower(needle)
		}
	}
	for off := 0; off < len(hay); {
		i := strings.Index(hay[off:], needle)
		if i < 0 || needle == "" {
			break
		}
		mb, me := off+i, off+i+len(needle)
		off = me
		if wholeWord && (isWordByteBefore(text, mb) || isWordByteAt(text, me)) {
			continue
		}
		var pieces []hit
		at := 0 // byte offset of line j in text
		for j, l := range p.plain {
			lb, le := max(mb, at), min(me, at+len(l))
			if lb < le {
				start := plainWidth(l[:lb-at])
				pieces = append(pieces, hit{b, j, start, start + plainWidth(l[lb-at:le-at]), len(out)})
			}
			at += len(l) + 1
		}
		if len(pieces) > 0 {
			out = append(out, pieces)
		}
	}
	return out
}

// plainWidth is the width of unstyled text in cells. Most story text is
// Latin letters and typographic punctuation (quote marks, dashes), one cell
// a rune whatever surrounds it, and needs no grapheme segmentation; anything
// else (combining marks, wide or emoji characters, joiners) is measured in
// full.
func plainWidth(s string) int {
	n := 0
	for _, r := range s {
		if r >= 0x300 && (r < 0x2010 || r > 0x205F) || r < 0x20 {
			return ansi.StringWidth(s)
		}
		n++
	}
	return n
}

func isWordByteBefore(s string, i int) bool {
	return i > 0 && isWordByte(s[i-1])
}

func isWordByteAt(s string, i int) bool {
	return i < len(s) && isWordByte(s[i])
}

func isWordByte(c byte) bool {
	return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
}

// mentionsIn marks where the filtered person is named in block b, by
// every name the story uses for them.
func (r *readerPane) mentionsIn(b int) [][]mark {
	if r.c.person == "" || r.doc == nil || r.doc.parts[b] == nil {
		return nil
	}
	if ms, ok := r.mentions[b]; ok {
		return ms
	}
	if r.mentions == nil {
		r.mentions = map[int][][]mark{}
	}
	p := r.doc.parts[b]
	var names []string
	for _, local := range r.c.lib.LocalNames(r.story, r.c.person) {
		names = append(names, local)
		if pp, ok := r.s.Person(local); ok {
			names = append(names, pp.Aliases...)
		}
	}
	ms := make([][]mark, len(p.lines))
	for _, n := range names {
		if strings.TrimSpace(n) == "" {
			continue
		}
		for _, m := range findInPart(nil, p, b, n, false, true) {
			for _, h := range m {
				ms[h.line] = append(ms[h.line], mark{h.start, h.end, &r.c.st.mentionP})
			}
		}
	}
	r.mentions[b] = ms
	return ms
}
