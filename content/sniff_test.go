package content

import "testing"

func TestSniff(t *testing.T) {
	const page = "<!DOCTYPE html><html><body><p>Words</p></body></html>"
	const rss = `<?xml version="1.0"?><!-- made by hand --><rss version="2.0"><channel></channel></rss>`
	tests := []struct {
		name, file, contentType, data string
		want                          kind
	}{
		{"text story", "story.txt", "", "Headline\n\nBody text.", kindText},
		{"Markdown story", "story.md", "", "# Headline\n\nBody.", kindText},
		{"page saved as .html", "story.html", "", page, kindHTML},
		{"page saved without a name", "stdin", "", page, kindHTML},
		{"page misnamed .txt", "story.txt", "", page, kindHTML},
		{"page with a UTF-8 BOM", "x", "", "\xEF\xBB\xBF" + page, kindHTML},
		{"page in UTF-16", "x", "", "\xFF\xFE<\x00h\x00t\x00m\x00l\x00>\x00", kindHTML},
		{"fragment named .html", "frag.html", "", "<p>Words</p>", kindHTML},
		{"Markdown opening with a tag", "story.md", "", "<div>Note</div>\n\nBody.", kindText},
		{"RSS behind comments", "feed", "", rss, kindFeed},
		{"RSS named .html", "feed.html", "", rss, kindFeed},
		{"Atom", "x.xml", "", `<feed xmlns="http://www.w3.org/2005/Atom"></feed>`, kindFeed},
		{"RSS 1.0", "x", "", `<?xml version="1.0"?><rdf:RDF xmlns:rdf="x"></rdf:RDF>`, kindFeed},
		{"JSON Feed", "x.json", "", `{"version": "https://jsonfeed.org/version/1.1"}`, kindFeed},
		{"not XML, named .rss", "x.rss", "", "plain words", kindFeed},
		{"not XML, served as a feed", "https://x/feed", "application/rss+xml; charset=utf-8", "plain words", kindFeed},
		{"page served as text/plain", "https://x/a", "text/plain", page, kindHTML},
		{"text served as text/html", "https://x/a", "text/html", "Just words.", kindHTML},
		{"a story that mentions <rss> later", "x.txt", "", "Words first, then <rss> appears.", kindText},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := sniff(tt.file, tt.contentType, []byte(tt.data)); got != tt.want {
				t.Errorf("sniff = %v, want %v", got, tt.want)
			}
		})
	}
}
