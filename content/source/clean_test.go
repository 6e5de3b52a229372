package source

import (
	"errors"
	"strings"
	"testing"
	"unicode"

	"cables/model"
)

func TestCleanHygiene(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string
	}{
		{"CRLF and lone CR become LF", "one\r\ntwo\rthree", "one\ntwo\nthree"},
		{"non-breaking and odd spaces become plain", "a\u00a0b\u2009c\u202fd\u3000e", "a b c d e"},
		{"zero-width space, word joiner and BOM removed", "Ka\u200byani\u2060 said\ufeff", "Kayani said"},
		{"invalid UTF-8 repaired", "caf\xe9 \xff ok", "caf\ufffd \ufffd ok"},
		{"CSI colour removed", "\x1b[31mred\x1b[0m text", "red text"},
		{"CSI with parameters and intermediates", "a\x1b[1;38;2;255;0;0mb\x1b[?25lc", "abc"},
		{"OSC ended by BEL", "x\x1b]0;evil title\x07y", "xy"},
		{"OSC 52 clipboard write ended by ST", "x\x1b]52;c;SGVsbG8=\x1b\\y", "xy"},
		{"OSC 8 hyperlink", "\x1b]8;;http://evil\x1b\\link\x1b]8;;\x1b\\", "link"},
		{"DCS payload", "a\x1bPq#0;2;0;0;0\x1b\\b", "ab"},
		{"two-byte escapes", "a\x1b7b\x1b(Bc", "abc"},
		{"C1 CSI and OSC", "a\u009b31mb\u009d0;t\u009cc", "abc"},
		{"BEL, NUL and other C0 removed", "a\x07b\x00c\x01d\x7fe", "abcde"},
		{"C1 controls removed", "a\u0085b\u0090c", "ab"},
		{"bidi overrides and isolates removed", "abc\u202edef\u202c\u2066g\u2069", "abcdefg"},
		{"tab becomes space", "a\tb", "a b"},
		{"emoji joiner kept", "👩\u200d💻", "👩\u200d💻"},
		{"unterminated OSC stops at the line end", "a\x1b]0;title\nnext", "a\nnext"},
		{"escape at the very end", "text\x1b", "text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Clean([]byte(tt.in))
			if err != nil {
				t.Fatalf("clean(%q): %v", tt.in, err)
			}
			if got != tt.want {
				t.Errorf("clean(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestCleanDecodesUTF16WithBOM(t *testing.T) {
	le := []byte{0xFF, 0xFE, 'H', 0, 'i', 0, 0x1C, 0x20, 'q', 0, 0x1D, 0x20}
	be := []byte{0xFE, 0xFF, 0, 'H', 0, 'i', 0x20, 0x1C, 0, 'q', 0x20, 0x1D}
	for name, in := range map[string][]byte{"little-endian": le, "big-endian": be} {
		got, err := Clean(in)
		if err != nil || got != "Hi“q”" {
			t.Errorf("%s: clean = %q, %v; want %q", name, got, err, "Hi“q”")
		}
	}
}

func TestCleanRejects(t *testing.T) {
	png := append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), make([]byte, 64)...)
	tests := []struct {
		name string
		in   []byte
		want error
	}{
		{"empty file", nil, errEmpty},
		{"only whitespace", []byte(" \n\t\n"), errEmpty},
		{"only escapes", []byte("\x1b[31m\x1b[0m"), errEmpty},
		{"an image", png, errBinary},
		{"NUL-filled data", append([]byte("abc"), make([]byte, 100)...), errBinary},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := Clean(tt.in); !errors.Is(err, tt.want) {
				t.Errorf("clean = %v, want %v", err, tt.want)
			}
		})
	}
}

func TestCleanKeepsTextWithAFewNULs(t *testing.T) {
	in := strings.Repeat("A story with a stray NUL. ", 20) + "\x00" + "end"
	got, err := Clean([]byte(in))
	if err != nil || strings.ContainsRune(got, 0) || !strings.HasSuffix(got, "end") {
		t.Errorf("clean = %q…, %v; want the text without the NUL", got[max(0, len(got)-20):], err)
	}
}

// hasControl reports any character Sanitize must have removed.
func hasControl(s string) bool {
	return strings.ContainsFunc(s, func(r rune) bool {
		return r != '\n' && (unicode.IsControl(r) || model.Invisible(r))
	})
}

// TestCleanKeepsNoViewOfData: Clean reads the file's bytes in place, so
// its text must be a copy that a later write to the bytes leaves alone.
func TestCleanKeepsNoViewOfData(t *testing.T) {
	data := []byte("The envoy wrote of the strike.\n")
	got, err := Clean(data)
	if err != nil {
		t.Fatal(err)
	}
	copy(data, "XXXXXXXXXX")
	if got != "The envoy wrote of the strike.\n" {
		t.Errorf("Clean's text changed with its bytes: %q", got)
	}
}
