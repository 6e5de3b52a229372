package page

import (
	"encoding/json"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"cables/model"
)

// pageMeta is what a page says about its story outside the body.
type pageMeta struct {
	title, outlet, url, byline, dateline string
	// titleTag is the page's <title>, which often ends in the site's name:
	// only a last resort after readability's cleaned title.
	titleTag           string
	published, updated model.Date
	// body is the JSON-LD articleBody, for pages whose body is drawn by
	// script or hidden behind a paywall while the metadata carries it.
	body string
}

// readMeta reads a page's metadata. The JSON-LD NewsArticle a publisher
// writes for search engines is the most careful statement of it, so it
// wins; Open Graph and article meta tags come next, then plain HTML.
func readMeta(doc *html.Node) pageMeta {
	var ld ldArticle
	tags := map[string]string{}
	var titleTag, canonical string
	walkElements(doc, func(n *html.Node) {
		switch n.DataAtom {
		case atom.Meta:
			key := strings.ToLower(firstOf(attr(n, "property"), attr(n, "name"), attr(n, "itemprop")))
			if _, seen := tags[key]; key != "" && !seen {
				tags[key] = attr(n, "content")
			}
		case atom.Link:
			if strings.EqualFold(attr(n, "rel"), "canonical") && canonical == "" {
				canonical = attr(n, "href")
			}
		case atom.Title:
			if titleTag == "" && n.FirstChild != nil {
				titleTag = n.FirstChild.Data
			}
		case atom.Script:
			if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") && n.FirstChild != nil {
				ld.merge(n.FirstChild.Data)
			}
		}
	})

	m := pageMeta{
		title:    firstOf(ld.Headline, tags["og:title"], tags["twitter:title"]),
		titleTag: titleTag,
		outlet:   firstOf(ld.publisher(), tags["og:site_name"], tags["application-name"]),
		url:      firstOf(canonical, tags["og:url"], ld.url()),
		byline:   firstOf(ld.authors(), metaByline(tags["author"]), metaByline(tags["byl"]), metaByline(tags["article:author"])),
		dateline: firstOf(ld.Dateline),
		body:     ld.ArticleBody,
	}
	m.published = firstDate(ld.DatePublished, tags["article:published_time"], tags["datepublished"], tags["date"], tags["pubdate"])
	m.updated = firstDate(ld.DateModified, tags["article:modified_time"], tags["datemodified"])
	return m
}

// metaByline cleans an author given in a meta tag: no "By", and no profile
// URL standing in for a name.
func metaByline(s string) string {
	s = oneLine(s)
	if strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") {
		return ""
	}
	if len(s) > 3 && strings.EqualFold(s[:3], "by ") {
		s = s[3:]
	}
	return s
}

// walkElements calls f on every element of the document, in order, without
// recursion.
func walkElements(n *html.Node, f func(*html.Node)) {
	root := n
	for n != nil {
		if n.Type == html.ElementNode {
			f(n)
		}
		if n.FirstChild != nil {
			n = n.FirstChild
			continue
		}
		for n != root && n.NextSibling == nil {
			n = n.Parent
		}
		if n == root {
			return
		}
		n = n.NextSibling
	}
}

// attr returns the value of an element's attribute, or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// dateLayouts are the forms dates take in metadata, most precise first.
var dateLayouts = []struct {
	layout          string
	hasClock, hasTZ bool
}{
	{time.RFC3339Nano, true, true},
	{"2006-01-02T15:04Z07:00", true, true},
	{"2006-01-02T15:04:05-0700", true, true},
	{"2006-01-02T15:04:05.999999999", true, false},
	{"2006-01-02T15:04", true, false},
	{"2006-01-02 15:04:05Z07:00", true, true},
	{"2006-01-02 15:04:05", true, false},
	{time.RFC1123Z, true, true},
	{time.RFC1123, true, true},
	{time.DateOnly, false, false},
}

// metaDate reads a metadata date as precisely as it is given.
func metaDate(s string) (model.Date, bool) {
	s = strings.TrimSpace(s)
	for _, l := range dateLayouts {
		if t, err := time.Parse(l.layout, s); err == nil {
			return model.Date{Time: t, HasClock: l.hasClock, HasZone: l.hasTZ}, true
		}
	}
	return model.Date{}, false
}

// firstDate returns the first of the values that parses as a date.
func firstDate(values ...string) model.Date {
	for _, v := range values {
		if d, ok := metaDate(v); ok {
			return d
		}
	}
	return model.Date{}
}

// ldArticle is the part of a schema.org NewsArticle cables reads.
type ldArticle struct {
	Headline      string          `json:"headline"`
	DatePublished string          `json:"datePublished"`
	DateModified  string          `json:"dateModified"`
	Dateline      string          `json:"dateline"`
	ArticleBody   string          `json:"articleBody"`
	Author        json.RawMessage `json:"author"`
	Publisher     json.RawMessage `json:"publisher"`
	URL           string          `json:"url"`
	MainEntity    json.RawMessage `json:"mainEntityOfPage"`
	found         bool
}

// articleTypes are the schema.org types whose objects describe a story.
var articleTypes = map[string]bool{
	"NewsArticle": true, "Article": true, "ReportageNewsArticle": true,
	"AnalysisNewsArticle": true, "OpinionNewsArticle": true, "BackgroundNewsArticle": true,
	"ReviewNewsArticle": true, "BlogPosting": true, "Report": true, "LiveBlogPosting": true,
}

// merge reads one JSON-LD script and keeps its first article object, which
// may stand alone, in a list, or in an @graph. Broken JSON is ignored:
// metadata is a help, never a reason to refuse a page.
func (a *ldArticle) merge(script string) {
	if a.found {
		return
	}
	var v any
	if json.Unmarshal([]byte(script), &v) != nil {
		return
	}
	obj := findArticle(v, 0)
	if obj == nil {
		return
	}
	raw, err := json.Marshal(obj)
	if err != nil || json.Unmarshal(raw, a) != nil {
		*a = ldArticle{}
		return
	}
	a.found = true
}

// findArticle searches a JSON-LD value for an article object, to a small
// depth: publishers nest their graphs only a level or two.
func findArticle(v any, depth int) map[string]any {
	if depth > 4 {
		return nil
	}
	switch v := v.(type) {
	case []any:
		for _, e := range v {
			if o := findArticle(e, depth+1); o != nil {
				return o
			}
		}
	case map[string]any:
		if isArticleType(v["@type"]) {
			return v
		}
		return findArticle(v["@graph"], depth+1)
	}
	return nil
}

func isArticleType(t any) bool {
	switch t := t.(type) {
	case string:
		return articleTypes[t]
	case []any:
		for _, e := range t {
			if s, ok := e.(string); ok && articleTypes[s] {
				return true
			}
		}
	}
	return false
}

// names reads a schema.org person or organisation value: a string, an
// object with a name, or a list of these.
func names(raw json.RawMessage) []string {
	if len(raw) == 0 {
		return nil
	}
	var v any
	if json.Unmarshal(raw, &v) != nil {
		return nil
	}
	var out []string
	var add func(v any, depth int)
	add = func(v any, depth int) {
		switch v := v.(type) {
		case string:
			if n := oneLine(v); n != "" && !strings.HasPrefix(n, "http") {
				out = append(out, n)
			}
		case map[string]any:
			add(v["name"], depth+1)
		case []any:
			if depth == 0 {
				for _, e := range v {
					add(e, depth+1)
				}
			}
		}
	}
	add(v, 0)
	return out
}

func (a *ldArticle) authors() string { return strings.Join(names(a.Author), ", ") }

func (a *ldArticle) publisher() string {
	if n := names(a.Publisher); len(n) > 0 {
		return n[0]
	}
	return ""
}

// url is the article's own address: its url, or the page it is the main
// entity of.
func (a *ldArticle) url() string {
	if a.URL != "" {
		return a.URL
	}
	var s string
	if json.Unmarshal(a.MainEntity, &s) == nil {
		return s
	}
	var o struct {
		ID string `json:"@id"`
	}
	if json.Unmarshal(a.MainEntity, &o) == nil {
		return o.ID
	}
	return ""
}
