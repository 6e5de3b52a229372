package norm

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// word reads the word at pos, if one starts there, and folds it. The
// folded form is left in s.form; the token's Form is empty (token fills
// it).
func (s *scanner) word() (Token, bool) {
	if s.pos >= len(s.text) {
		return Token{}, false
	}
	if b := s.text[s.pos]; b < utf8.RuneSelf && !asciiWord[b] {
		return Token{}, false
	}
	if r, _ := s.runeAt(s.pos); !isWordRune(r) {
		return Token{}, false
	}
	start := s.pos
	s.form = s.form[:0]
	i := start
	for {
		// Fast path: a run of plain ASCII letters and digits folds byte by
		// byte; the switch below handles the rest (Q artefacts, joiners,
		// non-ASCII letters) exactly as before.
		if i < len(s.text) && asciiWord[s.text[i]] && s.text[i] != 'Q' {
			j := i
			for j < len(s.text) && asciiLower[s.text[j]] {
				j++
			}
			if j > i {
				s.form = append(s.form, s.text[i:j]...)
				i = j
				continue
			}
			s.form = append(s.form, s.text[i]|0x20)
			i++
			continue
		}
		r, n := s.runeAt(i)
		switch {
		case n > 0 && isWordRune(r):
			if r == 'Q' && qArtefact(s.text, start, i) {
				i += n
				continue
			}
			if r < utf8.RuneSelf {
				if r >= 'A' && r <= 'Z' {
					r += 'a' - 'A'
				}
				s.form = append(s.form, byte(r))
			} else {
				s.form = utf8.AppendRune(s.form, unicode.ToLower(r))
			}
			i += n
			continue
		case n > 0 && isApostrophe(r) && s.letterAfter(i+n) && i > start:
			i += n
			continue
		case r == ',' && i > start && commaApostrophe(s.text, i):
			i += n
			continue
		case (r == ',' || r == '.') && i > start && digitSeparator(s.text, i):
			i += n
			continue
		case r == '.' && acronymDot(s.text, start, i):
			i += n
			continue
		}
		break
	}
	s.pos = i
	end := i
	// "U.S." ends with its dot; the dot is not part of the span.
	return Token{Start: start, End: end}, true
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == '‘' || r == '`' }

func (s *scanner) letterAfter(i int) bool {
	r, n := s.runeAt(i)
	return n > 0 && unicode.IsLetter(r)
}

// contractionEnds are what follows an apostrophe in a contraction.
var contractionEnds = []string{"s", "t", "ll", "re", "ve", "d", "m"}

// contractionAt reports whether text[i:] is a contraction's end followed
// by a non-letter: "s", "t", "ll" ...
func contractionAt(text string, i int) bool {
	for _, e := range contractionEnds {
		if strings.HasPrefix(text[i:], e) {
			j := i + len(e)
			if j == len(text) || !isWordByte(text[j]) {
				return true
			}
		}
	}
	return false
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}

// commaApostrophe reports a comma that stands for an apostrophe, as the
// cables' transmission wrote them: "Kayani,s", "don,t". English puts a
// space after a comma.
func commaApostrophe(text string, i int) bool {
	prev := text[i-1]
	return (prev >= 'a' && prev <= 'z' || prev >= 'A' && prev <= 'Z') && contractionAt(text, i+1)
}

// qArtefact reports a Q inside a lowercase word that stands for an
// apostrophe ("heQs", "donQt"); such a Q is dropped. A Q that stands for
// lost letters ("willQg") stays: nothing can repair it.
func qArtefact(text string, start, i int) bool {
	if i == start || i+1 >= len(text) {
		return false
	}
	prev := text[i-1]
	return prev >= 'a' && prev <= 'z' && contractionAt(text, i+1)
}

// digitSeparator reports a comma or point between digits: "6,000", "1.5".
func digitSeparator(text string, i int) bool {
	return i+1 < len(text) && isDigitByte(text[i-1]) && isDigitByte(text[i+1])
}

// acronymDot reports the dot of an abbreviation written with points
// between single letters: "U.S.", "U.K.", "e.g.". The dot joins the
// letters into one word.
func acronymDot(text string, start, i int) bool {
	// The word so far is single letters each followed by a dot.
	for j := start; j < i; j += 2 {
		if !isLetterByte(text[j]) || j+1 < i && text[j+1] != '.' {
			return false
		}
	}
	if (i-start)%2 != 1 {
		return false
	}
	// After the dot: another single letter and its dot, or the end of an
	// abbreviation already two letters long.
	if i+2 < len(text) && isLetterByte(text[i+1]) && text[i+2] == '.' {
		return true
	}
	return i-start >= 3 && (i+1 >= len(text) || !isWordByte(text[i+1]))
}

func isLetterByte(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

// asciiWord marks the ASCII bytes that are word runes (letters and
// digits); asciiLower those of them a folded form keeps as they are.
var asciiWord, asciiLower [256]bool

func init() {
	for b := '0'; b <= '9'; b++ {
		asciiWord[b], asciiLower[b] = true, true
	}
	for b := 'a'; b <= 'z'; b++ {
		asciiWord[b], asciiLower[b] = true, true
		asciiWord[b-'a'+'A'] = true
	}
}
