package content

import (
	"os"
	"strings"
	"testing"
)

func TestReadRSS(t *testing.T) {
	data, err := os.ReadFile("page/testdata/inputs_feed.rss")
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
	data, err := os.ReadFile("page/testdata/inputs_feed.atom")
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
