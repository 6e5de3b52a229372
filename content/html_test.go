package content

import (
	"context"
	"fmt"
	"html"
	"os"
	"reflect"
	"strings"
	"testing"

	"cables/model"
)

func TestReadHTMLPage(t *testing.T) {
	data, err := os.ReadFile("testdata/inputs_page.html")
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

func TestReadHTMLCases(t *testing.T) {
	body := "<p>The envoy wrote that the talks had gone on for a week and that nobody in the room expected them to end soon.</p>"
	page := func(head, b string) string {
		return "<html><head>" + head + "</head><body><article>" + b + "</article></body></html>"
	}
	tests := []struct {
		name        string
		data        string
		contentType string
		want        string // in the body, or in the error
		wantErr     bool
	}{
		{name: "declared windows-1252", data: page(`<meta charset="windows-1252">`, "<p>He said \x93no\x94 to the plan and the envoy wrote it down in a cable the next day for the record.</p>"), want: "He said “no” to the plan"},
		{name: "charset from the server", data: page("", "<p>Caf\xe9 owners told the consul about the strike and the consul wrote it all down in a long cable.</p>"), contentType: "text/html; charset=iso-8859-1", want: "Café owners"},
		{name: "undeclared broken UTF-8 repaired", data: page("", "<p>The envoy \xff wrote that the talks had gone on for a week and that nobody expected them to end.</p>"), want: "The envoy \uFFFD wrote"},
		{name: "escape spelled as a character reference", data: page("", "<p>The envoy&#27;[31m wrote&#7; in &#x9b;red that the talks had gone on for a week and would go on for more.</p>"), want: "The envoy wrote in ›red"}, // HTML reads &#x9b; as Windows-1252
		{name: "bidi override in the title", data: page("<title>Cable \u202eseman\u202c leaks</title>", body), want: "The envoy wrote"},
		{name: "10,000 nested elements", data: "<html><body>" + strings.Repeat("<div>", 10000) + "deep" + strings.Repeat("</div>", 10000), want: "nested over 512 deep", wantErr: true},
		{name: "10,000 nested inline elements", data: "<p>" + strings.Repeat("<b><i>", 5000) + "deep", want: "nested over 512 deep", wantErr: true},
		{name: "a body whose class names share buttons is kept", data: "<html><body><div class=\"story has-share-buttons\">" + numbered(body, 8) + "</div></body></html>", want: "The envoy wrote"},
		{name: "hidden and landmark chrome is dropped", data: page("", body+"<div hidden><p>Hidden words that nobody sees on the page at all, however long they are.</p></div><div role=complementary><p>Aside words that are not the story, however long this paragraph runs on.</p></div>"), want: "The envoy wrote"},
		{name: "a page of millions of tiny elements", data: "<p>" + strings.Repeat("<i>x</i>", maxElements+1), want: "over 150000 elements", wantErr: true},
		{name: "a page of chrome only", data: "<html><body><nav><a href=/>Home</a></nav></body></html>", want: "no story text", wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := readHTML([]byte(tt.data), tt.contentType, "")
			if tt.wantErr {
				if err == nil || !strings.Contains(err.Error(), tt.want) {
					t.Fatalf("error %v, want one saying %q", err, tt.want)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			body := strings.Join(s.Paragraphs, "\n")
			if !strings.Contains(body, tt.want) {
				t.Errorf("body %q lacks %q", body, tt.want)
			}
			if strings.Contains(body, "Hidden words") || strings.Contains(body, "Aside words") {
				t.Errorf("chrome in the body %q", body)
			}
			if err := cleanFields(s.Title, s.Byline, s.Outlet, s.URL, s.Dateline, body); err != nil {
				t.Error(err)
			}
		})
	}
}

// cleanFields checks that no field carries a control, escape or invisible
// character; newlines are allowed only where fields are joined for testing.
func cleanFields(fields ...string) error {
	for _, f := range fields {
		for _, r := range f {
			if r != '\n' && model.Invisible(r) {
				return fmt.Errorf("field %q holds %U", f, r)
			}
		}
	}
	return nil
}

// Readability keeps what sits inside the article; the lines a page prints
// there that are not body are sorted out as the text reader sorts them.
func TestHTMLArticleHeaderLines(t *testing.T) {
	page := `<html><head><title>Consul kept notes</title></head><body><article>
<h1>Consul kept notes</h1>
<p>By Ada Quill</p>
<p>March 5, 2011</p>
<p>VALLETTA — The consul wrote that the harbour master was “not to be trusted with anything,” according to the cable released this week.</p>
<p>The cable went on for four pages and named the officials who had met the consul in the spring, with notes on each of them.</p>
</article></body></html>`
	s, err := readHTML([]byte(page), "", "")
	if err != nil {
		t.Fatal(err)
	}
	if s.Byline != "Ada Quill" || s.Published.String() != "2011-03-05" || s.Dateline != "VALLETTA" {
		t.Errorf("byline %q, published %q, dateline %q", s.Byline, s.Published, s.Dateline)
	}
	if len(s.Paragraphs) != 2 || !strings.HasPrefix(s.Paragraphs[0], "VALLETTA — The consul") {
		t.Errorf("body %q", s.Paragraphs)
	}
}

// A page without article markup, its body in classed divs among a cookie
// banner, menus, a newsletter box, a most-read list and comments that
// quote the story: only the story's paragraphs and quotes are read.
func TestHTMLDivPageChrome(t *testing.T) {
	data, err := os.ReadFile("testdata/inputs_page_divs.html")
	if err != nil {
		t.Fatal(err)
	}
	s, err := readHTML(data, "", "")
	if err != nil {
		t.Fatal(err)
	}
	extract(s)
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

func TestNamedLikeChrome(t *testing.T) {
	for names, want := range map[string]bool{
		"social-share":           true,
		"newsletter-signup box":  true,
		"most-read":              true,
		"cookie_banner":          true,
		"story-body":             false,
		"shareholders-report":    false,
		"related":                true,
		"article__content prose": false,
		"sign-up":                true,
	} {
		if got := namedLikeChrome(names); got != want {
			t.Errorf("namedLikeChrome(%q) = %v, want %v", names, got, want)
		}
	}
}

// numbered repeats a paragraph n times, each copy numbered so that none is
// taken for a repeated caption.
func numbered(p string, n int) string {
	var b strings.Builder
	for i := range n {
		b.WriteString(strings.Replace(p, "<p>", fmt.Sprintf("<p>%d. ", i+1), 1))
	}
	return b.String()
}

// A page whose body is drawn by script has it only in its JSON-LD.
func TestHTMLBodyFromJSONLD(t *testing.T) {
	page := `<html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": "Cable on the port",
"articleBody": "The envoy called the deal \u201ca gift to friends\u201d in a cable.\n\nThe ministry did not comment."}</script></head>
<body><div id="app"></div><script>render()</script></body></html>`
	s, err := readHTML([]byte(page), "", "")
	if err != nil {
		t.Fatal(err)
	}
	if s.Title != "Cable on the port" || len(s.Paragraphs) != 2 || !strings.Contains(s.Paragraphs[0], "“a gift to friends”") {
		t.Errorf("title %q, body %q", s.Title, s.Paragraphs)
	}
}

func TestLoadCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	stories, errs := Load(ctx, []string{"testdata/inputs_page.html"})
	if len(stories) != 0 || len(errs) != 1 || errs[0].Error() != "testdata/inputs_page.html: not read: cancelled" {
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
