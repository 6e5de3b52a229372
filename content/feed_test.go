package content

import (
	"os"
	"strings"
	"testing"
)

func TestReadRSS(t *testing.T) {
	data, err := os.ReadFile("testdata/inputs_feed.rss")
	if err != nil {
		t.Fatal(err)
	}
	stories, errs := readSource("world.rss", "", "", data)
	if len(stories) != 2 {
		t.Fatalf("want 2 stories, got %d (errors %v)", len(stories), errs)
	}
	if len(errs) != 1 || errs[0].Error() != "world.rss#3: the item has no text" {
		t.Errorf("want the empty third item reported, got %v", errs)
	}
	full, summary := stories[0], stories[1]
	checks := []struct{ field, got, want string }{
		{"title", full.Title, "Envoy warned of grain shortage, cable shows"},
		{"outlet", full.Outlet, "The Daily Lamp: World"},
		{"url", full.URL, "https://example.org/grain"},
		{"byline", full.Byline, "Ada Quill"},
		{"published", full.Published.String(), "2011-03-04T09:15:00+01:00"},
		{"id", full.ID, "world.rss#1"},
		{"path", full.Path, "world.rss"},
		{"captions", strings.Join(full.Captions, "|"), "Grain silos at the harbour."},
		{"summary title", summary.Title, "Cable describes tense talks at the border"},
		{"summary id", summary.ID, "world.rss#2"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.field, c.got, c.want)
		}
	}
	if full.Summary || !summary.Summary {
		t.Errorf("Summary: full item %v, summary-only item %v", full.Summary, summary.Summary)
	}
	if len(full.Paragraphs) != 2 || len(full.Quotes) != 2 {
		t.Errorf("full item: %d paragraphs, %d quotes; want 2 and 2", len(full.Paragraphs), len(full.Quotes))
	}
	if len(summary.Quotes) != 1 || summary.Quotes[0].Text != "going nowhere at all" {
		t.Errorf("summary quotes %+v", summary.Quotes)
	}
}

func TestReadAtom(t *testing.T) {
	data, err := os.ReadFile("testdata/inputs_feed.atom")
	if err != nil {
		t.Fatal(err)
	}
	// Named .xml, as feeds often are saved: the content says it is Atom.
	stories, errs := readSource("gazette.xml", "", "", data)
	if len(errs) > 0 || len(stories) != 1 {
		t.Fatalf("got %d stories, errors %v", len(stories), errs)
	}
	s := stories[0]
	if s.Summary || s.Byline != "Tomas Reyne" || s.Outlet != "Harbour Gazette" ||
		s.Published.String() != "2011-03-06T08:30:00Z" || s.Updated.String() != "2011-03-06T11:00:00Z" {
		t.Errorf("entry read as %+v", s)
	}
	if len(s.Paragraphs) != 2 || len(s.Quotes) != 1 {
		t.Errorf("paragraphs %q, quotes %+v", s.Paragraphs, s.Quotes)
	}
}

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
