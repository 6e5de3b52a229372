package content

import (
	"context"
	"fmt"
	"html"
	"os"
	"reflect"
	"strings"
	"testing"
)

func TestReadHTMLPage(t *testing.T) {
	data, err := os.ReadFile("page/testdata/inputs_page.html")
	if err != nil {
		t.Fatal(err)
	}
	stories, errs := readSource("page.html", "", "", data)
	if len(errs) > 0 || len(stories) != 1 {
		t.Fatalf("got %d stories, errors %v", len(stories), errs)
	}
	s := stories[0]
	checks := []struct{ field, got, want string }{
		{"title", s.Title, "Envoy warned of grain shortage, cable shows"},
		{"outlet", s.Outlet, "The Daily Lamp"},
		{"url", s.URL, "https://example.org/story"},
		{"byline", s.Byline, "Ada Quill"},
		{"published", s.Published.String(), "2011-03-04T09:15:00+01:00"},
		{"dateline", s.Dateline, "VALLETTA"},
		{"path", s.Path, "page.html"},
		{"captions", strings.Join(s.Captions, "|"), "Grain silos at the harbour in 2009."},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.field, c.got, c.want)
		}
	}
	if len(s.Paragraphs) != 3 {
		t.Errorf("want the 3 body paragraphs, got %q", s.Paragraphs)
	}
	body := strings.Join(s.Paragraphs, "\n")
	for _, chrome := range []string{"Home", "Share on", "Related stories", "Comments", "Great article", "All rights reserved"} {
		if strings.Contains(body, chrome) {
			t.Errorf("site chrome %q reached the body:\n%s", chrome, body)
		}
	}
	if len(s.Quotes) != 3 {
		t.Errorf("want 3 quotes from the page, got %d", len(s.Quotes))
	}
}

// seedPage wraps a story in a web page as a news site would: metadata in
// the head, navigation, share bar, related links, comments and footer
// around an article holding the body and captions.
func seedPage(title string, paragraphs, captions []string) string {
	var b strings.Builder
	e := html.EscapeString
	fmt.Fprintf(&b, "<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>%s | Example News</title>\n", e(title))
	fmt.Fprintf(&b, "<meta property=\"og:title\" content=\"%s\"><meta property=\"og:site_name\" content=\"Example News\">\n", e(title))
	b.WriteString("</head><body>\n<header><nav><ul><li><a href=/>Home</a></li><li><a href=/world>World</a></li><li><a href=/opinion>Opinion</a></li></ul></nav></header>\n")
	b.WriteString("<div class=share-bar><a href=#>Share</a> <a href=#>Tweet</a> <a href=#>Email</a></div>\n<main><article>\n")
	fmt.Fprintf(&b, "<h1>%s</h1>\n", e(title))
	for i, p := range paragraphs {
		fmt.Fprintf(&b, "<p>%s</p>\n", e(p))
		if i == 0 {
			for _, c := range captions {
				fmt.Fprintf(&b, "<figure><img src=photo.jpg alt=\"\"><figcaption>%s</figcaption></figure>\n", e(c))
			}
		}
	}
	b.WriteString("</article></main>\n<aside class=related><h2>Related</h2><ul><li><a href=/a>“Leaked” papers and what they say</a></li><li><a href=/b>More from the region</a></li></ul></aside>\n")
	b.WriteString("<section id=comments><h2>Comments</h2><div class=comment><p>“Who cares,” wrote a reader.</p></div></section>\n")
	b.WriteString("<footer><p>© Example News. Terms. Privacy.</p></footer>\n</body></html>\n")
	return b.String()
}

// The same story as a page and as text gives the same quotes and people:
// the HTML reader only has to find the body, and extraction does the rest.
func TestHTMLOfSeedStoryMatchesText(t *testing.T) {
	text := Default()
	page := seedPage(text.Title, text.Paragraphs, text.Captions)
	stories, errs := readSource("seed.html", "", "", []byte(page))
	if len(errs) > 0 || len(stories) != 1 {
		t.Fatalf("got %d stories, errors %v", len(stories), errs)
	}
	s := stories[0]
	if s.Title != text.Title {
		t.Errorf("title %q, want %q", s.Title, text.Title)
	}
	if !reflect.DeepEqual(s.Paragraphs, text.Paragraphs) {
		t.Errorf("body differs:\n page %q\n text %q", s.Paragraphs, text.Paragraphs)
	}
	if !reflect.DeepEqual(s.Quotes, text.Quotes) {
		t.Errorf("quotes differ:\n page %+v\n text %+v", s.Quotes, text.Quotes)
	}
	if !reflect.DeepEqual(s.People, text.People) {
		t.Errorf("people differ:\n page %+v\n text %+v", s.People, text.People)
	}
	if len(text.Quotes) == 0 {
		t.Error("the seed story has no quotes: the comparison proves nothing")
	}
}

// A page without article markup, its body in classed divs among a cookie
// banner, menus, a newsletter box, a most-read list and comments that
// quote the story: only the story's paragraphs and quotes are read.
func TestHTMLDivPageChrome(t *testing.T) {
	data, err := os.ReadFile("page/testdata/inputs_page_divs.html")
	if err != nil {
		t.Fatal(err)
	}
	stories, errs := readSource("divs.html", "", "", data)
	if len(errs) > 0 || len(stories) != 1 {
		t.Fatalf("got %d stories, errors %v", len(stories), errs)
	}
	s := stories[0]
	if s.Title != "Minister asked envoy for help with port deal, cables show" {
		t.Errorf("title %q", s.Title)
	}
	if s.Byline != "Tomas Reyne" || s.Outlet != "Harbour Gazette" || s.URL != "https://example.net/port-deal" || s.Published.String() != "2011-03-06T08:30:00Z" {
		t.Errorf("byline %q, outlet %q, url %q, published %q", s.Byline, s.Outlet, s.URL, s.Published)
	}
	if len(s.Paragraphs) != 5 {
		t.Errorf("want the 5 body paragraphs, got %d:\n%s", len(s.Paragraphs), strings.Join(s.Paragraphs, "\n"))
	}
	body := strings.Join(s.Paragraphs, "\n")
	for _, chrome := range []string{"cookies", "Subscribe", "Facebook", "morning briefing", "Most read", "lottery", "comments", "understatement", "All rights reserved"} {
		if strings.Contains(body, chrome) {
			t.Errorf("site chrome %q reached the body", chrome)
		}
	}
	if len(s.Quotes) != 5 {
		t.Errorf("want the story's 5 quotes, got %d", len(s.Quotes))
	}
}

func TestLoadCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	stories, errs := Load(ctx, []string{"page/testdata/inputs_page.html"})
	if len(stories) != 0 || len(errs) != 1 || errs[0].Error() != "page/testdata/inputs_page.html: not read: interrupted" {
		t.Errorf("got %d stories, errors %v", len(stories), errs)
	}
}

// A page that sets a cable's words apart only as a blockquote quotes them:
// one quote over its paragraphs, framed by the sentence before it; a
// blockquote with marks of its own keeps them.
func TestHTMLBlockquoteIsAQuote(t *testing.T) {
	page := "<html><body><article>" +
		"<p>The envoy, Ambassador Jane Ruiz, summed up the talks in a cable sent on May 4, 2009, which reads in part:</p>" +
		"<blockquote><p>The minister listens to nobody after midnight.</p><p>Post will continue to watch him closely.</p></blockquote>" +
		"<p>The minister's office said on Monday that it would not comment on leaked documents of any kind.</p>" +
		"<blockquote><p>“We have nothing to add,” a spokesman said at the time.</p></blockquote>" +
		"</article></body></html>"
	stories, errs := readSource("page.html", "", "", []byte(page))
	if len(errs) > 0 || len(stories) != 1 {
		t.Fatalf("got %d stories, errors %v", len(stories), errs)
	}
	s := stories[0]
	var got []string
	for _, q := range s.Quotes {
		got = append(got, q.Text+" | "+string(q.Kind))
	}
	want := []string{
		"The minister listens to nobody after midnight. Post will continue to watch him closely. | cable",
		"We have nothing to add, | speech",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %q\nwant %q\nparagraphs %q", got, want, s.Paragraphs)
	}
}
