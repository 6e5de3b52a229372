package model

import (
	"fmt"
	"testing"
)

// TestSanitizeDropsInvisibleFormatCharacters: characters that draw nothing
// (Unicode's format characters, category Cf, and the Hangul fillers) can
// hide words from a reader or spoof what a terminal shows; none survives.
func TestSanitizeDropsInvisibleFormatCharacters(t *testing.T) {
	for _, r := range []rune{
		0x206A, 0x206B, 0x206C, 0x206D, 0x206E, 0x206F, // deprecated format controls
		0x0600, 0x0601, 0x0602, 0x0603, 0x0604, 0x0605, // Arabic number marks
		0x115F, 0x1160, 0x3164, 0xFFA0, // Hangul fillers
		0x1D173, 0x1D174, 0x1D175, 0x1D176, 0x1D177, 0x1D178, 0x1D179, 0x1D17A, // musical beams and slurs
		0x1BCA0, 0x1BCA1, 0x1BCA2, 0x1BCA3, // shorthand format controls
		0x034F, 0x17B4, 0x17B5, 0x2065, 0x13430, 0x110BD, 0x08E2, // other ignorables
		0x200B, 0x202E, 0x2066, 0xFEFF, 0x00AD, 0xE0041, // the ones caught before
	} {
		in := fmt.Sprintf("a%cb", r)
		if got := Sanitize(in); got != "ab" {
			t.Errorf("Sanitize(%q) = %q: U+%04X passes", in, got, r)
		}
	}
}

// TestSanitizeKeepsJoinersAndSelectors: the joiners that Persian, Indic
// scripts and emoji need, and variation selectors, are part of the text.
func TestSanitizeKeepsJoinersAndSelectors(t *testing.T) {
	for _, s := range []string{
		"می\u200cخواهم",          // zero-width non-joiner in Persian
		"क्\u200dष",              // zero-width joiner in Devanagari
		"👩\u200d💻",               // an emoji sequence
		"\u2764\ufe0f",           // emoji presentation selector
		"Ça a été l'été, 北京, ٣٤", // letters and digits of many scripts
	} {
		if got := Sanitize(s); got != s {
			t.Errorf("Sanitize(%q) = %q, want it unchanged", s, got)
		}
	}
}

// FuzzSanitizePlainRuns: copying runs of printable ASCII whole gives what
// reading rune by rune gives.
func FuzzSanitizePlainRuns(f *testing.F) {
	for _, s := range []string{"plain text\nand more", "a\r\nb\tc\x1b[31mred\x1b[0m", "caf\u00e9 \u200bx\u2028y", "\x7f\x9b1m", "\xff\xfe ok", "\x1b]52;c;aGk=\x07tail"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if fast, slow := sanitize(s, true), sanitize(s, false); fast != slow {
			t.Errorf("Sanitize(%q) = %q, rune by rune %q", s, fast, slow)
		}
	})
}

// The runes keptAsIs passes without decoding are those Sanitize keeps as
// they are; and the runes just outside its ranges it does not take.
func TestKeptAsIsIsWhatSanitizeKeeps(t *testing.T) {
	for r := rune(0x80); r < 0x2100; r++ {
		s := string(r)
		n := keptAsIs(s, 0)
		if n > 0 && (n != len(s) || sanitize(s, false) != s) {
			t.Errorf("keptAsIs(%U) = %d, but Sanitize makes %q of it", r, n, sanitize(s, false))
		}
		if in := "a" + s + "b"; sanitize(in, true) != sanitize(in, false) {
			t.Errorf("Sanitize(%q) = %q, rune by rune %q", in, sanitize(in, true), sanitize(in, false))
		}
	}
	for _, r := range []rune{0xAD, 0x34F, 0x2028, 0x2029, 0x202A, 0x202F, 0x205F, 0x2060} {
		if keptAsIs(string(r), 0) != 0 {
			t.Errorf("keptAsIs(%U) takes a rune Sanitize changes", r)
		}
	}
}
