package cli

import (
	"encoding/json"
	"strings"

	"cables/export"
	"cables/model"
)

// storyMarkdown writes a story that came from a URL, a feed or stdin as a
// Markdown file cables reads back: YAML front matter with what the page
// said about itself, then the captions, each under a "Caption:" label (as
// pages print them), then the body, escaped so that it reads back as the
// same words. Values are JSON strings, which YAML reads as is.
func storyMarkdown(s *model.Story) string {
	var b strings.Builder
	b.WriteString("---\n")
	for _, f := range []struct{ key, value string }{
		{"title", s.Title}, {"outlet", s.Outlet}, {"url", s.URL},
		{"published", s.Published.String()}, {"updated", s.Updated.String()},
		{"byline", s.Byline}, {"dateline", s.Dateline},
	} {
		if f.value != "" {
			v, _ := json.Marshal(f.value)
			b.WriteString(f.key + ": " + string(v) + "\n")
		}
	}
	if s.Summary {
		b.WriteString("summary: true\n") // a feed item's summary, not the whole story
	}
	b.WriteString("---\n")
	for _, c := range s.Captions {
		b.WriteString("\nCaption:\n\n" + export.EscapeMarkdown(c) + "\n")
	}
	for _, p := range s.Paragraphs {
		b.WriteString("\n" + export.EscapeMarkdown(p) + "\n")
	}
	return b.String()
}
