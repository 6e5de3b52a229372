package source

import (
	"bytes"
	"encoding/binary"
	"errors"
	"strings"
	"unicode/utf16"
	"unsafe"

	"cables/model"
)

// errBinary is the reason given for files that are not text.
var errBinary = errors.New("not text (binary file?)")

// errEmpty is the reason given for files with nothing in them.
var errEmpty = errors.New("empty file")

// Clean turns a file's bytes into text that is safe to show: UTF-16 with a
// BOM decoded, invalid UTF-8 repaired, line ends and odd spaces normalised,
// and every control character and terminal escape sequence removed. This is
// the one boundary where hygiene happens; nothing after it has to care.
func Clean(data []byte) (string, error) { return clean(data, false) }

// CleanChecked is Clean for the bytes of a Document that Read checked
// (Checked): they are not binary, which Read found counting the control
// bytes that Clean would count again (issue 14: twice a file was 1 % of a
// first run's instructions).
func CleanChecked(data []byte) (string, error) { return clean(data, true) }

// clean is Clean, which looks for binary bytes unless checked is set.
func clean(data []byte, checked bool) (string, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return "", errEmpty
	}
	text, wide := DecodeUTF16BOM(data)
	if !wide {
		if !checked && looksBinary(data) {
			return "", errBinary
		}
		// Sanitize builds its text afresh, so it reads the bytes where they
		// are: a long file is not copied twice (issue 14).
		return cleaned(model.Sanitize(viewString(bytes.TrimPrefix(data, []byte{0xEF, 0xBB, 0xBF}))))
	}
	return cleaned(model.Sanitize(text))
}

// viewString is b read as a string without a copy, for a call that keeps
// nothing of it (model.Sanitize copies what it returns) while b stays as
// it is.
func viewString(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}

// cleaned is Clean's result for sanitised text: errEmpty when nothing
// but space is left.
func cleaned(text string) (string, error) {
	if strings.TrimSpace(text) == "" {
		return "", errEmpty
	}
	return text, nil
}

// DecodeUTF16BOM decodes text that starts with a UTF-16 byte order mark;
// wide is false, and text empty, for anything else.
func DecodeUTF16BOM(data []byte) (text string, wide bool) {
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
func looksBinary(data []byte) bool { return looksBinaryOdd(data, countOdd(binarySample(data))) }

// binarySample is the start of a file that looksBinary counts the control
// bytes of.
func binarySample(data []byte) []byte { return data[:min(len(data), 8192)] }

// looksBinaryOdd is looksBinary for data whose binarySample holds odd
// control bytes (countOdd).
func looksBinaryOdd(data []byte, odd int) bool {
	for _, m := range binaryMagic {
		if bytes.HasPrefix(data, m) && (len(m) > 2 || bytes.IndexByte(data[:min(len(data), 512)], 0) >= 0) {
			return true
		}
	}
	sample := binarySample(data)
	return odd*10 > len(sample) && odd >= 16 || odd >= 4 && bytes.Contains(sample, []byte{0, 0, 0, 0})
}

// countOdd counts the bytes of b that oddBytes marks. Text holds few bytes
// below 0x20, nearly all of them line ends: eight bytes that hold no
// other are passed over at once, and only the rest are read a byte at a
// time (issue 14: eight bytes with a line end read a byte at a time, the
// count was 1.5 % of a first run's instructions).
func countOdd(b []byte) int {
	const ones, highs, lows = 0x0101010101010101, 0x8080808080808080, 0x7F7F7F7F7F7F7F7F
	odd := 0
	for ; len(b) >= 8; b = b[8:] {
		x := binary.LittleEndian.Uint64(b)
		// The high bit of each byte of x that is below 0x20, and of each
		// that is a line end, exactly: no carry crosses a byte.
		below := ^(x&lows + 0x60*ones | x) & highs
		if below == 0 {
			continue
		}
		if n := x ^ '\n'*ones; below == ^(n&lows+lows|n)&highs {
			continue
		}
		for _, c := range b[:8] {
			odd += int(oddBytes[c])
		}
	}
	for _, c := range b {
		odd += int(oddBytes[c])
	}
	return odd
}

// oddBytes are 1 for the control bytes looksBinary counts: below 0x20,
// and neither whitespace, ESC nor BEL. A table read a byte, so that the
// count runs without a branch.
var oddBytes = func() (t [256]uint8) {
	for c := range 0x20 {
		switch c {
		case '\n', '\r', '\t', '\f', 0x1B, 0x07:
		default:
			t[c] = 1
		}
	}
	return t
}()
