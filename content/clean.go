package content

import (
	"bytes"
	"errors"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

// errBinary is the reason given for files that are not text.
var errBinary = errors.New("not text (binary file?)")

// errEmpty is the reason given for files with nothing in them.
var errEmpty = errors.New("empty file")

// clean turns a file's bytes into text that is safe to show: UTF-16 with a
// BOM decoded, invalid UTF-8 repaired, line ends and odd spaces normalised,
// and every control character and terminal escape sequence removed. This is
// the one boundary where hygiene happens; nothing after it has to care.
func clean(data []byte) (string, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return "", errEmpty
	}
	text, wide := decodeUTF16BOM(data)
	if !wide {
		if looksBinary(data) {
			return "", errBinary
		}
		text = string(bytes.TrimPrefix(data, []byte{0xEF, 0xBB, 0xBF}))
	}
	text = Sanitize(text)
	if strings.TrimSpace(text) == "" {
		return "", errEmpty
	}
	return text, nil
}

// decodeUTF16BOM decodes text that starts with a UTF-16 byte order mark;
// wide is false, and text empty, for anything else.
func decodeUTF16BOM(data []byte) (text string, wide bool) {
	switch {
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return decodeUTF16(data[2:], false), true
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return decodeUTF16(data[2:], true), true
	}
	return "", false
}

func decodeUTF16(b []byte, bigEndian bool) string {
	u := make([]uint16, 0, len(b)/2)
	for i := 0; i+1 < len(b); i += 2 {
		if bigEndian {
			u = append(u, uint16(b[i])<<8|uint16(b[i+1]))
		} else {
			u = append(u, uint16(b[i+1])<<8|uint16(b[i]))
		}
	}
	return string(utf16.Decode(u))
}

// binaryMagic are the openings of common non-text files.
var binaryMagic = [][]byte{
	[]byte("\x89PNG"), []byte("\xFF\xD8\xFF"), []byte("GIF8"), []byte("%PDF"),
	[]byte("PK\x03\x04"), []byte("\x1F\x8B"), []byte("\x7FELF"), []byte("RIFF"),
	[]byte("BM"), []byte("II*\x00"), []byte("MM\x00*"),
}

// looksBinary sniffs the start of a file: a known binary signature, or many
// control bytes that are neither whitespace nor part of an escape sequence,
// or a run of NULs. A text with a few stray NULs is still text (they are
// removed).
func looksBinary(data []byte) bool {
	for _, m := range binaryMagic {
		if bytes.HasPrefix(data, m) && (len(m) > 2 || bytes.IndexByte(data[:min(len(data), 512)], 0) >= 0) {
			return true
		}
	}
	sample := data[:min(len(data), 8192)]
	odd := 0
	for _, c := range sample {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B && c != 0x07 {
			odd++
		}
	}
	return odd*10 > len(sample) && odd >= 16 || bytes.Contains(sample, []byte{0, 0, 0, 0})
}

// Sanitize removes terminal escape sequences (CSI, OSC, DCS and the like, in
// their 7-bit and C1 forms), control characters, bidi overrides and invisible
// format characters; it repairs invalid UTF-8 with U+FFFD, turns CRLF and CR
// into LF, and non-breaking and other odd spaces into plain ones. Newlines
// are kept. Any text that may reach a screen passes through it.
func Sanitize(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
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
		case invisible(r):
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

// invisible reports characters that must not reach a screen: C0 and C1
// controls, bidi embeddings and overrides, zero-width and invisible
// formatting characters (which the reader also uses as its own markers),
// tag characters, noncharacters and the BOM. Joiners used by emoji stay.
func invisible(r rune) bool {
	switch {
	case r < 0x20 || r == 0x7F || (r >= 0x80 && r <= 0x9F):
		return true
	case r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069, r == 0x200E, r == 0x200F, r == 0x061C:
		return true
	case r == 0x200B, r >= 0x2060 && r <= 0x2064, r == 0xFEFF, r == 0x00AD, r == 0x180E:
		return true
	case r >= 0xE0000 && r <= 0xE007F:
		return true
	case r >= 0xFFF9 && r <= 0xFFFB, r == 0xFFFE, r == 0xFFFF:
		return true
	}
	return false
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
