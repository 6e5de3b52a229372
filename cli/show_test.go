package cli

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"cables/model"
)

// TestShowPrintsTextAsWritten: on a terminal, show prints what the story
// says: a bare domain is not turned into a link, an e-mail address is not
// set in bold, and Markdown-looking text stays text, as in the reader.
func TestShowPrintsTextAsWritten(t *testing.T) {
	p := []string{"Write to press@example.org or see www.example.org for the cable, said “the envoy at https://example.org/a_b”."}
	s := &model.Story{Paragraphs: p, Quotes: []model.Quote{
		quote(p, 0, "the envoy at https://example.org/a_b", model.Speech, "", ""),
	}}
	for _, out := range []Terminal{terminal, piped} {
		r := newRun(t, out)
		got, err := r.app.renderStory(s, 200, "dark")
		if err != nil {
			t.Fatal(err)
		}
		if text := ansi.Strip(got); !strings.Contains(text, p[0]) {
			t.Errorf("terminal=%v: text changed:\n%s", out.IsTerminal, text)
		}
		if strings.Contains(got, "\x1b[1m") || strings.Contains(got, ";1m") { // no title: nothing is bold
			t.Errorf("terminal=%v: something is bold: %q", out.IsTerminal, got)
		}
	}
}
