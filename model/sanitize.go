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
	for i := 0; i < len(s); {
		// most text is printable ASCII and line ends, which pass as they
		// are: copy such a run whole
		if j := plainRun(s, i); plain && j > i {
			b.WriteString(s[i:j])
			i = j
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b.WriteRune(unicode.ReplacementChar)
			i++
			continue
		}
		switch {
		case r == 0x1B: // ESC: skip the whole sequence
			i = skipEscape(s, i+1)
			continue
		case r == 0x9B: // C1 CSI
			i = skipCSI(s, i+size)
			continue
		case r == 0x9D || r == 0x90 || r == 0x98 || r == 0x9E || r == 0x9F: // C1 OSC, DCS, SOS, PM, APC
			i = skipString(s, i+size)
			continue
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
		i += size
	}
	return b.String()
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
// byte i, which Sanitize keeps as it is.
func plainRun(s string, i int) int {
	for i < len(s) && (s[i] >= 0x20 && s[i] < 0x7f || s[i] == '\n') {
		i++
	}
	return i
}
