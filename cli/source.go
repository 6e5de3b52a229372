package cli

import (
	"encoding/json"
	"regexp"
	"strings"

	"cables/model"
)

// storyMarkdown writes a story that came from a URL or stdin as a Markdown
// file cables reads back: YAML front matter with what the page said about
// itself, then the body. Values are JSON strings, which YAML reads as is.
func storyMarkdown(s *model.Story) string {
	var b strings.Builder
	b.WriteString("---\n")
	for _, f := range []struct{ key, value string }{
		{"title", s.Title}, {"outlet", s.Outlet}, {"url", s.URL},
		{"published", s.Published.String()}, {"byline", s.Byline},
	} {
		if f.value != "" {
			v, _ := json.Marshal(f.value)
			b.WriteString(f.key + ": " + string(v) + "\n")
		}
	}
	b.WriteString("---\n")
	for _, p := range s.Paragraphs {
		b.WriteString("\n" + escapeBlockStart(p) + "\n")
	}
	return b.String()
}

// blockStart matches what would make a paragraph something else in
// Markdown: a heading, quote, list item, rule, fence, table or HTML.
var blockStart = regexp.MustCompile(`^(#|>|[-+*=_~|<]|` + "`" + `|\d+[.)])`)

var leadingDigits = regexp.MustCompile(`^\d+`)

// escapeBlockStart keeps a paragraph a paragraph with one backslash at
// most, so the saved story stays readable as plain text.
func escapeBlockStart(p string) string {
	p = strings.Join(strings.Fields(p), " ")
	if blockStart.MatchString(p) {
		if m := leadingDigits.FindString(p); m != "" {
			return m + `\` + p[len(m):]
		}
		return `\` + p
	}
	return p
}
