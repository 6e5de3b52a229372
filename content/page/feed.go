package page

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"

	"cables/content/source"
	"cables/model"
)

// readFeed reads an RSS or Atom feed: one page per item, from the item's
// full content where the feed carries it, else from its summary (and then
// marked as such). An item with no text is reported and the others kept.
func readFeed(name string, data []byte) ([]*Page, []error) {
	data = utf16ToUTF8(data)
	if err := checkXMLShape(data); err != nil {
		return nil, []error{&source.Error{Source: name, Err: err}}
	}
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(data))
	if err != nil {
		return nil, []error{&source.Error{Source: name, Err: feedError(err)}}
	}
	var pages []*Page
	var errs []error
	outlet := oneLine(feed.Title)
	for i, item := range feed.Items {
		pg, err := readItem(item)
		if err == nil {
			err = checkLengths(pg)
		}
		if err != nil {
			errs = append(errs, &source.Error{Source: fmt.Sprintf("%s#%d", name, i+1), Err: err})
			continue
		}
		pg.Outlet = outlet
		pg.Item = i + 1
		pages = append(pages, pg)
	}
	if len(feed.Items) == 0 {
		errs = append(errs, &source.Error{Source: name, Err: errors.New("the feed has no items")})
	}
	return pages, errs
}

// xmlEncoding is the encoding named in an XML declaration.
var xmlEncoding = regexp.MustCompile(`^(\s*<\?xml[^>]*?encoding=)["'][^"']*["']`)

// utf16ToUTF8 turns a feed saved as UTF-16 with a byte order mark into
// UTF-8, declaration included: the XML decoder reads only UTF-8 and the
// charsets gofeed maps to it, and UTF-16 is not among them.
func utf16ToUTF8(data []byte) []byte {
	text, wide := source.DecodeUTF16BOM(data)
	if !wide {
		return data
	}
	return xmlEncoding.ReplaceAll([]byte(text), []byte(`${1}"UTF-8"`))
}

// maxXMLDepth is the deepest a feed's elements may nest. Feeds nest a few
// levels, item content is escaped text; the parser's recursion over a
// feed nested a million deep costs seconds and hundreds of megabytes.
const maxXMLDepth = 512

// checkXMLShape refuses feed XML nested deeper than any feed, or with more
// elements than a page may have, in one streaming pass that builds
// nothing. Malformed XML is left for the feed parser to describe.
func checkXMLShape(data []byte) error {
	if !bytes.HasPrefix(bytes.TrimSpace(data), []byte("<")) {
		return nil
	}
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = false
	d.CharsetReader = func(string, io.Reader) (io.Reader, error) { return nil, errStopScan }
	depth, elements := 0, 0
	for {
		tok, err := d.RawToken()
		if err != nil {
			return nil
		}
		switch tok.(type) {
		case xml.StartElement:
			depth++
			elements++
		case xml.EndElement:
			depth--
		}
		switch {
		case depth > maxXMLDepth:
			return fmt.Errorf("elements nested over %d deep; not a feed a person wrote", maxXMLDepth)
		case elements > maxElements:
			return fmt.Errorf("over %d elements; no feed has so many", maxElements)
		}
	}
}

// errStopScan ends the shape check at a declared charset it cannot read;
// the feed parser, which can, then decides.
var errStopScan = errors.New("stop")

// feedError says in a reader's words why a feed did not parse.
func feedError(err error) error {
	if errors.Is(err, gofeed.ErrFeedTypeNotDetected) {
		return errors.New("not a feed (no RSS or Atom found)")
	}
	return fmt.Errorf("not a readable feed: %s", oneLine(err.Error()))
}

// readItem makes a story of one feed item.
func readItem(item *gofeed.Item) (*Page, error) {
	s := &Page{
		Title: oneLine(htmlText(item.Title)),
		URL:   oneLine(item.Link),
	}
	var authors []string
	for _, a := range item.Authors {
		if a != nil && oneLine(a.Name) != "" {
			authors = append(authors, oneLine(a.Name))
		}
	}
	s.Byline = strings.Join(authors, ", ")
	s.Published = feedDate(item.Published, item.PublishedParsed)
	s.Updated = feedDate(item.Updated, item.UpdatedParsed)

	body := item.Content
	if strings.TrimSpace(body) == "" {
		body = item.Description
		s.Summary = true
	}
	doc, err := parseFragment(body)
	if err != nil {
		return nil, err
	}
	b := blocksOf(doc)
	s.Captions = b.captions
	if err := fillBody(s, b.paragraphs); err != nil {
		return nil, err
	}
	if len(s.Paragraphs) == 0 {
		return nil, errors.New("the item has no text")
	}
	return s, nil
}

// parseFragment parses an item's HTML. Feeds also carry plain text, whose
// blank lines are then its paragraph breaks.
func parseFragment(body string) (*html.Node, error) {
	body = model.Sanitize(body)
	if !strings.Contains(body, "<") {
		body = "<p>" + strings.ReplaceAll(html.EscapeString(body), "\n\n", "<p>")
	}
	return parseHTML(body)
}

// htmlText reads a field that may hold markup or character references,
// such as a title, as plain text.
func htmlText(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return s
	}
	doc, err := parseFragment(s)
	if err != nil {
		return ""
	}
	return strings.Join(blocksOf(doc).paragraphs, " ")
}

// feedDate keeps the precision a feed gives: gofeed parses every date to a
// time, so whether a clock and zone were written is read from the text.
func feedDate(raw string, parsed *time.Time) model.Date {
	if d, ok := metaDate(raw); ok {
		return d
	}
	if parsed == nil {
		return model.Date{}
	}
	// RFC 822 dates, the RSS form, always give a zone with a time of day.
	clock := strings.Contains(raw, ":")
	return model.Date{Time: *parsed, HasClock: clock, HasZone: clock}
}
