package ui

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/charmbracelet/x/ansi"
)

// hit is one line's piece of a found text, in cells; match numbers the
// found text, which may wrap over several lines.
type hit struct{ line, start, end, match int }

// search is the reader's find-in-story state.
type search struct {
	query   string
	matches [][]hit
	cur     int // current match
	byLine  map[int][]hit
	editing bool // the prompt is open
}

func (s *search) clear() { *s = search{} }

// find looks for the query in the rendered text, across line wraps.
// All-lowercase queries ignore case (smart case, as less and circumflex do).
func (s *search) find(d *doc) {
	s.matches, s.byLine, s.cur = nil, nil, 0
	if s.query == "" || d == nil {
		return
	}
	s.matches = findAll(d, s.query, !hasUpper(s.query), false)
	s.byLine = map[int][]hit{}
	for _, m := range s.matches {
		for _, h := range m {
			s.byLine[h.line] = append(s.byLine[h.line], h)
		}
	}
}

// refind searches a new render of the same story (another width or
// theme) and keeps the current match: the same block's same occurrence.
func (s *search) refind(old, d *doc) {
	block, nth := -1, 0
	if old != nil && s.cur < len(s.matches) {
		block = old.blockAt(s.matches[s.cur][0].line)
		for i := s.cur - 1; i >= 0 && old.blockAt(s.matches[i][0].line) == block; i-- {
			nth++
		}
	}
	cur := s.cur
	s.find(d)
	if len(s.matches) == 0 {
		return
	}
	s.cur = min(cur, len(s.matches)-1)
	if block < 0 || block >= len(d.blockStart) {
		return
	}
	for i, m := range s.matches {
		if d.blockAt(m[0].line) == block {
			s.cur = min(i+nth, len(s.matches)-1)
			return
		}
	}
}

// nearest makes the first match at or after line current.
func (s *search) nearest(line int) {
	for i, m := range s.matches {
		if m[0].line >= line {
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

// findAll finds needle in each block of the rendered text, its lines
// joined by a space so that text wrapped over lines is found, and returns
// each match as its pieces on lines. wholeWord keeps only matches not
// inside a longer word (for names).
func findAll(d *doc, needle string, foldCase, wholeWord bool) [][]hit {
	if foldCase {
		needle = strings.ToLower(needle)
	}
	var out [][]hit
	for b := range d.blockStart {
		first, end := d.blockRange(b)
		lines := d.plain[first:end]
		text, hay := d.text[b], d.text[b]
		if foldCase && d.lower[b] != "" {
			hay = d.lower[b]
		}
		for off := 0; off < len(hay); {
			i := strings.Index(hay[off:], needle)
			if i < 0 {
				break
			}
			mb, me := off+i, off+i+len(needle)
			off = me
			if wholeWord && (isWordByteBefore(text, mb) || isWordByteAt(text, me)) {
				continue
			}
			var pieces []hit
			at := 0 // byte offset of line j in text
			for j, l := range lines {
				lb, le := max(mb, at), min(me, at+len(l))
				if lb < le {
					start := plainWidth(l[:lb-at])
					pieces = append(pieces, hit{first + j, start, start + plainWidth(l[lb-at:le-at]), len(out)})
				}
				at += len(l) + 1
			}
			if len(pieces) > 0 {
				out = append(out, pieces)
			}
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

// findMentions marks where the filtered person is named in the story, by
// every name the story uses for them.
func (r *readerPane) findMentions() {
	r.mentions = nil
	if r.c.person == "" || r.doc == nil {
		return
	}
	var names []string
	for _, local := range r.c.lib.LocalNames(r.story, r.c.person) {
		names = append(names, local)
		if p, ok := r.s.Person(local); ok {
			names = append(names, p.Aliases...)
		}
	}
	r.mentions = make([][]mark, len(r.doc.lines))
	for _, n := range names {
		if strings.TrimSpace(n) == "" {
			continue
		}
		for _, m := range findAll(r.doc, n, false, true) {
			for _, h := range m {
				r.mentions[h.line] = append(r.mentions[h.line], mark{h.start, h.end, &r.c.st.mentionP})
			}
		}
	}
}
