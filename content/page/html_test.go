package page

import (
	"fmt"
	"strings"
	"testing"
)

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

// Readability takes the line a page marks "byline" or "dateline" for the
// writer; when that line is a date line, its dates are the story's and it
// credits nobody, so `show` does not print the date twice (issue 13, 11).
func TestHTMLDateLineMarkedAsBylineIsNoByline(t *testing.T) {
	tests := []struct {
		name, line, byline, published string
	}{
		{"a date line marked as the dateline", `<p class="dateline">Published: Thursday, December 2, 2010, 10:23 AM</p>`, "", "2010-12-02T10:23:00"},
		{"a date alone marked as the byline", `<div class="byline">December 2, 2010</div>`, "", "2010-12-02"},
		{"a byline and its date on one line", `<p class="byline">By Ada Quill | December 2, 2010</p>`, "Ada Quill", "2010-12-02"},
		{"a byline alone stays", `<p class="byline">By Ada Quill</p>`, "Ada Quill", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := `<html><head><title>Envoy wrote of the strike</title></head><body><article><h1>Envoy wrote of the strike</h1>` + tt.line +
				numbered(`<p>The envoy wrote that the talks at the port had gone on for a week and that nobody in the room expected them to end soon.</p>`, 4) +
				`</article></body></html>`
			s, err := readHTML([]byte(page), "", "")
			if err != nil {
				t.Fatal(err)
			}
			if s.Byline != tt.byline || s.Published.String() != tt.published {
				t.Errorf("byline %q, published %q; want byline %q, published %q", s.Byline, s.Published, tt.byline, tt.published)
			}
		})
	}
}
