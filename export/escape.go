package export

import (
	"strings"

	"cables/model"
)

// EscapeMarkdown makes text read as itself in Markdown, with as few marks
// as that takes, so the Markdown stays readable as text:
//   - anywhere: \ ` * _ [ ] < | are backslash-escaped, so nothing opens
//     emphasis, code, links, HTML or tables;
//   - "&" and "~" become entities, so "&#27;" is never decoded into a live
//     control character and "~~" never strikes through (glamour shows a
//     backslash before these two instead of dropping it);
//   - at the start, "#", ">", "-", "+" and the "." or ")" after digits are
//     escaped, so the text does not become a heading, quote or list item;
//   - control characters and line breaks become spaces or go.
//
// The text is taken to be one paragraph, or a piece of one.
func EscapeMarkdown(text string) string {
	var b strings.Builder
	b.Grow(len(text) + len(text)/8)
	start := true // still at the paragraph's start: digits of "1." may follow
	for i, r := range text {
		switch {
		case r == '\n' || r == '\r' || r == '\t':
			b.WriteByte(' ')
		case model.Invisible(r):
			// content has removed these already; a story built elsewhere
			// must not smuggle them into a terminal either.
		case r == '&':
			b.WriteString("&amp;")
		case r == '~':
			b.WriteString("&#126;")
		case strings.ContainsRune("\\`*_[]<|", r):
			b.WriteByte('\\')
			b.WriteRune(r)
		case i == 0 && strings.ContainsRune("#>-+", r):
			b.WriteByte('\\')
			b.WriteRune(r)
		case start && i > 0 && (r == '.' || r == ')'):
			b.WriteByte('\\')
			b.WriteRune(r)
		default:
			b.WriteRune(r)
		}
		start = start && r >= '0' && r <= '9'
	}
	return b.String()
}
