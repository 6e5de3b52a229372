package content

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"cables/model"
)

// checkStory asserts what every reader promises of a story it returns:
// one-line fields without controls, a body of clean paragraphs, and quote
// spans inside their paragraphs and in order.
func checkStory(t *testing.T, s *model.Story) {
	t.Helper()
	for _, f := range []string{s.Title, s.Byline, s.Outlet, s.URL, s.Dateline, s.ID} {
		if strings.Contains(f, "\n") || !utf8.ValidString(f) || cleanFields(f) != nil {
			t.Fatalf("field %q is not one clean line", f)
		}
	}
	for _, p := range append(append([]string{}, s.Paragraphs...), s.Captions...) {
		if p == "" || strings.Contains(p, "\n") || !utf8.ValidString(p) || cleanFields(p) != nil {
			t.Fatalf("paragraph %q is not clean", p)
		}
	}
	for _, q := range s.Quotes {
		last := -1
		for _, sp := range q.Spans {
			if sp.Paragraph < 0 || sp.Paragraph >= len(s.Paragraphs) || sp.Start < 0 ||
				sp.End < sp.Start || sp.End > len(s.Paragraphs[sp.Paragraph]) || sp.Paragraph < last {
				t.Fatalf("quote %q has a span %+v outside the body", q.Text, sp)
			}
			last = sp.Paragraph
		}
	}
}

func FuzzReadHTML(f *testing.F) {
	page, err := os.ReadFile("testdata/inputs_page.html")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(page, "")
	f.Add([]byte(seedPage("A title", []string{"“Quoted,” he said.", "Second."}, []string{"A caption"})), "text/html")
	f.Add([]byte("<p>Caf\xe9 \x1b[31m&#27;]0;x&#7; \u202e</p>"), "text/html; charset=latin1")
	f.Add([]byte(`<script type="application/ld+json">{"@graph":[{"@type":["NewsArticle"],"author":[{"name":"A\u001b"}],"datePublished":"2011"}]}</script><p>x</p>`), "")
	f.Add([]byte(strings.Repeat("<div>", 600)), "")
	f.Add(utf16LE("<html><body><p>UTF-16 page</p></body></html>"), "")
	f.Fuzz(func(t *testing.T, data []byte, contentType string) {
		s, err := readHTML(data, contentType, "")
		if err != nil {
			return
		}
		s.Path, s.ID = "f.html", "f.html"
		extract(s)
		checkStory(t, s)
	})
}
