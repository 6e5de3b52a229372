package page

import (
	"os"
	"strings"
	"testing"
)

func TestBrokenFeeds(t *testing.T) {
	tests := []struct {
		name, file, data, want string
	}{
		{"a feed that is not XML", "news.rss", "this is not a feed, only words\n", "not a feed"},
		{"a feed cut off midway", "cut.xml", `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>Half`, "not a readable feed"},
		{"a feed with no items", "none.atom", `<feed xmlns="http://www.w3.org/2005/Atom"><title>Quiet</title></feed>`, "no items"},
		{"a feed nested 10,000 deep", "deep.rss", `<rss version="2.0"><channel><item><title>x</title><x>` + strings.Repeat("<a>", 10000), "nested over 512 deep"},
		{"a feed of too many elements", "many.rss", `<rss version="2.0"><channel>` + strings.Repeat("<item/>", maxElements+1), "over 150000 elements"},
		{"an item of one 1 MB paragraph", "long.rss", `<rss version="2.0"><channel><item><title>x</title><description>` + strings.Repeat("word ", 1<<18) + `</description></item></channel></rss>`, "long.rss#1: a line of 1279 KB"},
		{"a JSON Feed with no items", "feed.json", `{"version": "https://jsonfeed.org/version/1.1", "title": "Q", "items": []}`, "no items"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stories, errs := readSource(tt.file, "", "", []byte(tt.data))
			if len(stories) != 0 || len(errs) != 1 || !strings.Contains(errs[0].Error(), tt.want) ||
				!strings.HasPrefix(errs[0].Error(), tt.file) {
				t.Errorf("got %d stories, errors %v; want one error saying %q", len(stories), errs, tt.want)
			}
		})
	}
}

func TestUTF16Feed(t *testing.T) {
	data, err := os.ReadFile("testdata/inputs_feed.rss")
	if err != nil {
		t.Fatal(err)
	}
	for _, decl := range []string{"UTF-8", "UTF-16"} {
		feed := utf16LE(strings.Replace(string(data), `encoding="UTF-8"`, `encoding="`+decl+`"`, 1))
		stories, _ := readSource("utf16.rss", "", "", feed)
		if len(stories) != 2 || stories[0].Title != "Envoy warned of grain shortage, cable shows" {
			t.Errorf("declared %s: got %d stories", decl, len(stories))
		}
	}
}
