package ui

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/charmbracelet/x/ansi"
)

// hit is a found piece of text on a rendered line, in cells.
type hit struct{ line, start, end int }

// search is the reader's find-in-story state.
type search struct {
	query   string
	hits    []hit
	cur     int
	byLine  map[int][]hit
	editing bool // the prompt is open
}

func (s *search) clear() { *s = search{} }

// find looks for the query on the plain rendered lines. All-lowercase
// queries ignore case (smart case, as less and circumflex do). Text wrapped
// over two lines is not found: the plain lines are what is on screen.
func (s *search) find(d *doc) {
	s.hits, s.byLine, s.cur = nil, nil, 0
	if s.query == "" || d == nil {
		return
	}
	s.hits = findAll(d.plain, s.query, !hasUpper(s.query), false)
	s.byLine = map[int][]hit{}
	for _, h := range s.hits {
		s.byLine[h.line] = append(s.byLine[h.line], h)
	}
}

// nearest makes the first hit at or after line current.
func (s *search) nearest(line int) {
	for i, h := range s.hits {
		if h.line >= line {
			s.cur = i
			return
		}
	}
	s.cur = 0
}

func (s *search) step(dir int) {
	if len(s.hits) > 0 {
		s.cur = (s.cur + dir + len(s.hits)) % len(s.hits)
	}
}

func (s *search) status() string {
	switch {
	case s.query == "":
		return ""
	case len(s.hits) == 0:
		return fmt.Sprintf("/%s: no match", s.query)
	}
	return fmt.Sprintf("/%s %d/%d", s.query, s.cur+1, len(s.hits))
}

func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// findAll finds needle on each line, in cells. wholeWord keeps only hits
// not inside a longer word (for names).
func findAll(lines []string, needle string, foldCase, wholeWord bool) []hit {
	if foldCase {
		needle = strings.ToLower(needle)
	}
	var out []hit
	for li, line := range lines {
		hay := line
		if foldCase {
			hay = strings.ToLower(line)
			if len(hay) != len(line) { // case change moved bytes; match as written
				hay = line
			}
		}
		for off := 0; off < len(hay); {
			i := strings.Index(hay[off:], needle)
			if i < 0 {
				break
			}
			b, e := off+i, off+i+len(needle)
			off = e
			if wholeWord && (isWordByteBefore(line, b) || isWordByteAt(line, e)) {
				continue
			}
			start := ansi.StringWidth(line[:b])
			out = append(out, hit{li, start, start + ansi.StringWidth(line[b:e])})
		}
	}
	return out
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
func (r *reader) findMentions() {
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
		for _, h := range findAll(r.doc.plain, n, false, true) {
			r.mentions[h.line] = append(r.mentions[h.line], mark{h.start, h.end, &r.c.st.mentionP})
		}
	}
}
