package export

import (
	"strings"
	"unicode"
)

// EscapeMarkdown makes text read as itself in Markdown: every ASCII
// punctuation character is backslash-escaped (CommonMark allows it for all of
// them), so a paragraph starting "1." or "#" or ">" stays a paragraph,
// "*", "_", "[", "<" never open emphasis, links or HTML, and "&" never starts
// an entity such as "&#27;" that a renderer would decode into a live control
// character. Control characters and line breaks become spaces.
func EscapeMarkdown(text string) string {
	var b strings.Builder
	b.Grow(len(text) + len(text)/8)
	for _, r := range text {
		switch {
		case r == '\n' || r == '\r' || r == '\t':
			b.WriteByte(' ')
		case unicode.IsControl(r) || isFormatControl(r):
			// content has removed these already; a story built elsewhere
			// must not smuggle them into a terminal either.
		case r < 0x80 && unicode.IsPunct(r) || r < 0x80 && unicode.IsSymbol(r):
			b.WriteByte('\\')
			b.WriteRune(r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// isFormatControl reports the bidi overrides and isolates that can reorder
// what a terminal shows.
func isFormatControl(r rune) bool {
	return r >= 0x202A && r <= 0x202E || r >= 0x2066 && r <= 0x2069
}
