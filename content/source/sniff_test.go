package source

import "testing"

func TestSniff(t *testing.T) {
	const page = "<!DOCTYPE html><html><body><p>Words</p></body></html>"
	const rss = `<?xml version="1.0"?><!-- made by hand --><rss version="2.0"><channel></channel></rss>`
	tests := []struct {
		name, file, contentType, data string
		want                          Kind
	}{
		{"text story", "story.txt", "", "Headline\n\nBody text.", Text},
		{"Markdown story", "story.md", "", "# Headline\n\nBody.", Text},
		{"page saved as .html", "story.html", "", page, HTML},
		{"page saved without a name", "stdin", "", page, HTML},
		{"page misnamed .txt", "story.txt", "", page, HTML},
		{"page with a UTF-8 BOM", "x", "", "\xEF\xBB\xBF" + page, HTML},
		{"page in UTF-16", "x", "", "\xFF\xFE<\x00h\x00t\x00m\x00l\x00>\x00", HTML},
		{"fragment named .html", "frag.html", "", "<p>Words</p>", HTML},
		{"Markdown opening with a tag", "story.md", "", "<div>Note</div>\n\nBody.", Text},
		{"RSS behind comments", "feed", "", rss, Feed},
		{"RSS named .html", "feed.html", "", rss, Feed},
		{"Atom", "x.xml", "", `<feed xmlns="http://www.w3.org/2005/Atom"></feed>`, Feed},
		{"RSS 1.0", "x", "", `<?xml version="1.0"?><rdf:RDF xmlns:rdf="x"></rdf:RDF>`, Feed},
		{"JSON Feed", "x.json", "", `{"version": "https://jsonfeed.org/version/1.1"}`, Feed},
		{"not XML, named .rss", "x.rss", "", "plain words", Feed},
		{"not XML, served as a feed", "https://x/feed", "application/rss+xml; charset=utf-8", "plain words", Feed},
		{"page served as text/plain", "https://x/a", "text/plain", page, HTML},
		{"text served as text/html", "https://x/a", "text/html", "Just words.", HTML},
		{"a story that mentions <rss> later", "x.txt", "", "Words first, then <rss> appears.", Text},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := sniff(tt.file, tt.contentType, []byte(tt.data)); got != tt.want {
				t.Errorf("sniff = %v, want %v", got, tt.want)
			}
		})
	}
}
