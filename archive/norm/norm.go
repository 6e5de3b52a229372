// Package norm turns a cable's body and a story's quote into comparable
// words that keep their byte offsets. Both sides fold case and lose
// punctuation, quote and dash styles; "U.S." and "US" are one word, as are
// "don't", "don,t" and "donQt" (artefacts of the cables' transmission).
// The cable side drops what is structure, not text: page lines, section
// banners, paragraph numbers and portion markings like (C) or (S//NF). The
// story side marks ellipses as gaps and short bracketed or parenthesised
// insertions as optional.
package norm

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"cables/archive/anatomy"
)

// Token is one word: its folded form and where it stands in the text.
type Token struct {
	Form       string
	Start, End int
	// Gap is set on a story word after an ellipsis: cable words may be
	// missing before it.
	Gap bool
	// Optional is set on a story word inside a short [bracketed] or
	// (parenthesised) insertion: the cable need not have it.
	Optional bool
}

// MaxInsertion is the most words a bracketed or parenthesised insertion
// has to be optional.
const MaxInsertion = 5

// Cable returns the words of a cable's body (or part of one), without page
// lines, banners, paragraph numbers and portion markings.
func Cable(text string) []Token {
	var out []Token
	var s scanner
	eachCableLine(text, func(from, to int) {
		s.text, s.pos = text[:to], from
		s.lineStart()
		for s.pos < len(s.text) {
			if t, ok := s.next(); ok {
				t.Form = string(s.form)
				out = append(out, t)
			}
		}
	})
	return out
}

// AppendCableForms appends a cable's words, as Cable folds them, to dst
// separated by spaces: what the index searches. It makes no tokens.
func AppendCableForms(dst []byte, text string) []byte {
	var s scanner
	eachCableLine(text, func(from, to int) {
		s.text, s.pos = text[:to], from
		s.lineStart()
		for s.pos < len(s.text) {
			if s.text[s.pos] == ' ' { // the commonest byte: no word, no marking
				s.pos++
				continue
			}
			if _, ok := s.next(); ok {
				if len(dst) > 0 {
					dst = append(dst, ' ')
				}
				dst = append(dst, s.form...)
			}
		}
	})
	return dst
}

// eachCableLine calls fn with the bounds of each line of a cable that is
// text, page lines and section banners left out.
func eachCableLine(text string, fn func(from, to int)) {
	start := 0
	for start < len(text) {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		if !anatomy.IsPageLine(text[start:end]) {
			fn(start, end)
		}
		start = end + 1
	}
}

// lineStart skips what opens a cable's line and is no text: indentation
// and a paragraph's number.
func (s *scanner) lineStart() {
	s.skipSpace()
	s.skipParagraphLabel()
}

// next reads the next word of a cable's line, skipping portion markings
// and punctuation; ok is false when it only skipped.
func (s *scanner) next() (Token, bool) {
	if s.text[s.pos] == '(' && s.skipPortionMarking() {
		return Token{}, false
	}
	if t, ok := s.word(); ok {
		return t, true
	}
	s.advance()
	return Token{}, false
}

// Story returns the words of a quote as a story prints it, with ellipses
// as gaps and short insertions optional.
func Story(text string) []Token {
	var out []Token
	s := scanner{text: text}
	gap := false
	closeAt, optional := -1, false
	for s.pos < len(s.text) {
		if s.pos >= closeAt {
			optional = false
		}
		if n := ellipsisAt(text, s.pos); n > 0 {
			gap = true
			s.pos += n
			continue
		}
		c := text[s.pos]
		if (c == '[' || c == '(') && !optional {
			if end, ok := insertionEnd(text, s.pos); ok {
				closeAt, optional = end, true
			}
		}
		if t, ok := s.word(); ok {
			t.Form = string(s.form)
			t.Gap, t.Optional = gap, optional
			gap = false
			out = append(out, t)
			continue
		}
		s.advance()
	}
	return out
}

// ellipsisAt returns the length of an ellipsis at text[i]: "…", or three
// or more full stops, spaced or not.
func ellipsisAt(text string, i int) int {
	if strings.HasPrefix(text[i:], "…") {
		return len("…")
	}
	n, dots := 0, 0
	for i+n < len(text) {
		switch text[i+n] {
		case '.':
			dots++
		case ' ':
			if dots == 0 {
				return 0
			}
		default:
			if dots >= 3 {
				return n
			}
			return 0
		}
		n++
	}
	if dots >= 3 {
		return n
	}
	return 0
}

// insertionEnd finds the closing bracket of a short insertion opening at
// text[i] and returns the offset after it.
func insertionEnd(text string, i int) (int, bool) {
	closer := byte(']')
	if text[i] == '(' {
		closer = ')'
	}
	j := strings.IndexByte(text[i+1:], closer)
	if j < 0 {
		return 0, false
	}
	inner := text[i+1 : i+1+j]
	if strings.ContainsAny(inner, "[]()") || len(strings.Fields(inner)) > MaxInsertion {
		return 0, false
	}
	return i + 2 + j, true
}

// scanner walks a text word by word.
type scanner struct {
	text string
	pos  int
	form []byte // the last word's folded form
}

func (s *scanner) advance() {
	if s.text[s.pos] < utf8.RuneSelf {
		s.pos++
		return
	}
	_, n := utf8.DecodeRuneInString(s.text[s.pos:])
	s.pos += n
}

func (s *scanner) skipSpace() {
	for s.pos < len(s.text) && (s.text[s.pos] == ' ' || s.text[s.pos] == '\t' || s.text[s.pos] == '\r') {
		s.pos++
	}
}

// skipParagraphLabel skips "8. " or "¶B. " or "A. " at the start of a
// line: a paragraph's number, not its words.
func (s *scanner) skipParagraphLabel() {
	p := s.pos
	if strings.HasPrefix(s.text[p:], "¶") {
		p += len("¶")
	}
	q := p
	for q < len(s.text) && isDigitByte(s.text[q]) && q-p < 3 {
		q++
	}
	if q == p && q < len(s.text) && s.text[q] >= 'A' && s.text[q] <= 'Z' {
		q++
	}
	if q > p && q < len(s.text) && s.text[q] == '.' &&
		(q+1 == len(s.text) || s.text[q+1] == ' ' || s.text[q+1] == '(') {
		s.pos = q + 1
	} else if p > s.pos {
		s.pos = p
	}
}

// skipPortionMarking skips a classification in brackets: (C), (S), (U),
// (SBU), (S/NF), (C//NF), (U//FOUO), (C-NF).
func (s *scanner) skipPortionMarking() bool {
	if s.text[s.pos] != '(' {
		return false
	}
	end := strings.IndexByte(s.text[s.pos:], ')')
	if end < 2 || end > 24 {
		return false
	}
	inner := s.text[s.pos+1 : s.pos+end]
	// The parts between slashes and hyphens, empty ones skipped (as
	// strings.FieldsFunc would, without making a slice per bracket).
	for inner != "" {
		i := strings.IndexAny(inner, "/-")
		part := inner
		if i >= 0 {
			part, inner = inner[:i], inner[i+1:]
		} else {
			inner = ""
		}
		if part != "" && !portionWords[part] {
			return false
		}
	}
	s.pos += end + 1
	return true
}

var portionWords = map[string]bool{"U": true, "C": true, "S": true, "SBU": true, "TS": true, "NF": true,
	"NOFORN": true, "FOUO": true, "LOU": true, "REL": true, "ORCON": true, "OC": true, "SBU-NF": true}

func isDigitByte(b byte) bool { return b >= '0' && b <= '9' }

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func (s *scanner) runeAt(i int) (rune, int) {
	if i >= len(s.text) {
		return 0, 0
	}
	if b := s.text[i]; b < utf8.RuneSelf {
		return rune(b), 1
	}
	return utf8.DecodeRuneInString(s.text[i:])
}
