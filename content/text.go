package content

import (
	"strings"

	"cables/model"
)

// readText reads a story from plain text as news pages give it: headline
// first, then date lines, captions, body and site chrome.
func readText(text string) *model.Story {
	s := &model.Story{}
	units := splitUnits(text)
	if len(units) > 0 {
		s.Title = units[0]
		units = units[1:]
	}
	s.Paragraphs = units
	return s
}

// splitUnits splits text into its non-empty lines, spaces collapsed.
func splitUnits(text string) []string {
	var out []string
	for _, line := range strings.Split(text, "\n") {
		if l := strings.Join(strings.Fields(line), " "); l != "" {
			out = append(out, l)
		}
	}
	return out
}
