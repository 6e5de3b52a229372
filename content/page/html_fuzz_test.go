package page

import (
	"os"
	"strings"
	"testing"
)

func FuzzReadHTML(f *testing.F) {
	page, err := os.ReadFile("testdata/inputs_page.html")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(page, "")
	f.Add([]byte("<html><head><title>A title</title></head><body><article><p>“Quoted,” he said.</p><figure><figcaption>A caption</figcaption></figure><p>Second.</p></article></body></html>"), "text/html")
	f.Add([]byte("<p>Caf\xe9 \x1b[31m&#27;]0;x&#7; \u202e</p>"), "text/html; charset=latin1")
	f.Add([]byte(`<script type="application/ld+json">{"@graph":[{"@type":["NewsArticle"],"author":[{"name":"A\u001b"}],"datePublished":"2011"}]}</script><p>x</p>`), "")
	f.Add([]byte(strings.Repeat("<div>", 600)), "")
	f.Add(utf16LE("<html><body><p>UTF-16 page</p></body></html>"), "")
	f.Fuzz(func(t *testing.T, data []byte, contentType string) {
		pg, err := readHTML(data, contentType, "")
		if err != nil {
			return
		}
		checkPage(t, pg)
	})
}
