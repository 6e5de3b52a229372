package content

import (
	"path/filepath"
	"strings"

	"cables/model"
)

// isMarkdown tells Markdown by extension or by YAML front matter.
func isMarkdown(name, text string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".md", ".markdown", ".mdown", ".mkd":
		return true
	}
	return strings.HasPrefix(text, "---\n")
}

// readMarkdown reads a Markdown story with optional front matter.
func readMarkdown(text string) *model.Story {
	return readText(text)
}
