package model

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sanitize removes terminal escape sequences (CSI, OSC, DCS and the like, in
// their 7-bit and C1 forms), control characters, bidi overrides and invisible
// format characters; it repairs invalid UTF-8 with U+FFFD, turns CRLF and CR
// into LF, and non-breaking and other odd spaces into plain ones. Newlines
// are kept. Any text that may reach a screen passes through it.
func Sanitize(s string) string { return sanitize(s, true) }

// sanitize is Sanitize; with plain false it reads every rune, as the
// reference its fuzz test holds the fast path to.
func sanitize(s string, plain bool) string {
	var b strings.Builder
	b.Grow(len(s))
	kept := 0 // s[kept:i] passes as it is and is not written yet
	for i := 0; i < len(s); {
		// Most text is printable ASCII, line ends and the punctuation and
		// letters of keptAsIs, which pass as they are: such a run is
		// copied whole, once something in it changes or the text ends.
		if plain {
			if j := plainRun(s, i); j > i {
				i = j
				continue
			}
			if n := keptAsIs(s, i); n > 0 {
				i += n
				continue
			}
		}
		b.WriteString(s[kept:i])
		i = sanitizeRune(&b, s, i)
		kept = i
	}
	b.WriteString(s[kept:])
	return b.String()
}

// sanitizeRune writes what Sanitize makes of the rune at s[i], or of the
// escape sequence it starts, and returns the index after it.
func sanitizeRune(b *strings.Builder, s string, i int) int {
	r, size := utf8.DecodeRuneInString(s[i:])
	if r == utf8.RuneError && size == 1 {
		b.WriteRune(unicode.ReplacementChar)
		return i + 1
	}
	switch {
	case r == 0x1B: // ESC: skip the whole sequence
		return skipEscape(s, i+1)
	case r == 0x9B: // C1 CSI
		return skipCSI(s, i+size)
	case r == 0x9D || r == 0x90 || r == 0x98 || r == 0x9E || r == 0x9F: // C1 OSC, DCS, SOS, PM, APC
		return skipString(s, i+size)
	case r == '\r':
		b.WriteByte('\n')
		if i+1 < len(s) && s[i+1] == '\n' {
			i++
		}
	case r == '\n':
		b.WriteByte('\n')
	case r == '\u2028':
		b.WriteByte('\n')
	case r == '\u2029':
		b.WriteString("\n\n")
	case r == '\t' || r == '\f' || r == '\v':
		b.WriteByte(' ')
	case Invisible(r):
		// dropped
	case unicode.IsSpace(r):
		b.WriteByte(' ')
	default:
		b.WriteRune(r)
	}
	return i + size
}

// Invisible reports characters that must not reach a screen: C0 and C1
// controls, noncharacters, and every character that draws nothing by
// design: Unicode's format characters (category Cf: bidi controls,
// zero-width spaces, the BOM, tag characters, the Arabic number marks,
// musical beams, shorthand controls, which the reader also uses as its own
// markers) and the other default-ignorable characters (the Hangul fillers,
// the combining grapheme joiner). Taking whole categories rather than a
// list means a character nobody thought of is caught too. The joiners
// that Persian, Indic scripts and emoji sequences need stay, and so do
// variation selectors.
func Invisible(r rune) bool {
	switch {
	case r < 0x20 || r == 0x7F || (r >= 0x80 && r <= 0x9F):
		return true
	case r < 0xAD: // the rest of ASCII and Latin-1 draws: the common case, decided fast
		return false
	case r == 0x200C || r == 0x200D: // zero-width non-joiner and joiner
		return false
	case r == 0xFFFE || r == 0xFFFF:
		return true
	}
	return unicode.In(r, unicode.Cf, unicode.Other_Default_Ignorable_Code_Point)
}

// skipEscape returns the index just past an escape sequence whose ESC stood
// before i.
func skipEscape(s string, i int) int {
	if i >= len(s) {
		return i
	}
	switch s[i] {
	case '[':
		return skipCSI(s, i+1)
	case ']', 'P', 'X', '^', '_':
		return skipString(s, i+1)
	}
	// Intermediate bytes, then one final byte (e.g. ESC ( B, ESC 7).
	for i < len(s) && s[i] >= 0x20 && s[i] <= 0x2F {
		i++
	}
	if i < len(s) && s[i] >= 0x30 && s[i] <= 0x7E {
		i++
	}
	return i
}

// skipCSI skips parameter and intermediate bytes and the final byte.
func skipCSI(s string, i int) int {
	for i < len(s) {
		c := s[i]
		switch {
		case c >= 0x40 && c <= 0x7E:
			return i + 1
		case c >= 0x20 && c <= 0x3F:
			i++
		default: // malformed: stop here and let the byte be handled
			return i
		}
	}
	return i
}

// skipString skips an OSC/DCS/SOS/PM/APC payload up to its terminator: BEL,
// ESC \, C1 ST, or (to recover from an unterminated one) a newline.
func skipString(s string, i int) int {
	for i < len(s) {
		switch {
		case s[i] == 0x07:
			return i + 1
		case s[i] == 0x1B && i+1 < len(s) && s[i+1] == '\\':
			return i + 2
		case strings.HasPrefix(s[i:], "\u009c"):
			return i + len("\u009c")
		case s[i] == '\n':
			return i
		}
		i++
	}
	return i
}

// plainRun returns the end of the run of printable ASCII and '\n' from
// byte i, which Sanitize keeps as it is. It reads eight bytes at a time
// while none of them is another byte (issue 14: a byte at a time,
// Sanitize was 1.6 % of a first run's instructions), then a byte at a
// time to the run's end or past the eight bytes that held a line end.
func plainRun(s string, i int) int {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	for {
		for ; i+8 <= len(s); i += 8 {
			w := s[i : i+8]
			x := uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
				uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
			// not zero exactly when some byte of x is below 0x20, is
			// DEL or is not ASCII
			del := x ^ 0x7F*ones
			if (x|(x-0x20*ones)&^x|(del-ones)&^del)&highs != 0 {
				break
			}
		}
		end := min(i+8, len(s))
		for i < end && (s[i] >= 0x20 && s[i] < 0x7f || s[i] == '\n') {
			i++
		}
		if i < end || i == len(s) {
			return i
		}
	}
}

// keptAsIs returns the length of the rune at s[i] when it is one of the
// runes outside ASCII that stories are full of and Sanitize keeps as they
// are, read without decoding; 0 for any other. They are Latin-1's
// letters and signs from U+00AE and the Latin, IPA and accent blocks up to
// the combining grapheme joiner (U+034F), and the dashes, quotes, bullets
// and ellipsis of U+2010-U+2027, the signs of U+2030-U+205E and the
// currencies of U+20A0-U+20CF: none is invisible or a space.
// TestKeptAsIsIsWhatSanitizeKeeps reads every one of them.
func keptAsIs(s string, i int) int {
	if i+1 >= len(s) || s[i+1]&0xC0 != 0x80 {
		return 0
	}
	switch c, c1 := s[i], s[i+1]; {
	case c == 0xC2:
		if c1 >= 0xAE {
			return 2
		}
	case c >= 0xC3 && c <= 0xCC, c == 0xCD && c1 < 0x8F:
		return 2
	case c == 0xE2 && i+2 < len(s) && s[i+2]&0xC0 == 0x80:
		switch c2 := s[i+2]; c1 {
		case 0x80:
			if c2 >= 0x90 && c2 <= 0xA7 || c2 >= 0xB0 {
				return 3
			}
		case 0x81:
			if c2 <= 0x9E {
				return 3
			}
		case 0x82:
			if c2 >= 0xA0 {
				return 3
			}
		case 0x83:
			if c2 <= 0x8F {
				return 3
			}
		}
	}
	return 0
}
