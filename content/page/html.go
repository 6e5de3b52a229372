package page

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/url"
	"strings"

	"codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/transform"

	"cables/content/source"
	"cables/model"
)

// maxElements is the most elements a page may have. Story pages have a
// few thousand, live blogs tens of thousands; the parsed tree and the
// readability pass cost about a kilobyte an element, so a page of millions
// of tiny elements, which fits well under the size cap, would cost
// gigabytes.
const maxElements = 150_000

var errTooManyElements = fmt.Errorf("over %d elements; no story page has so many", maxElements)

// readHTML reads a story from a web page: the metadata from meta tags and
// JSON-LD, the body from what readability keeps once the site chrome is
// gone. contentType is what a server declared, or ""; pageURL is where the
// page came from, or "" for a saved file.
func readHTML(data []byte, contentType, pageURL string) (*Page, error) {
	// Tags are ASCII in every charset but UTF-16, so the elements are
	// counted on the bytes as they are, before any copy is made.
	utf16 := bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF})
	if !utf16 && countElements(bytes.NewReader(data), maxElements) > maxElements {
		return nil, errTooManyElements
	}
	text, err := decodeHTML(data, contentType)
	if err != nil {
		return nil, err
	}
	if utf16 && countElements(strings.NewReader(text), maxElements) > maxElements {
		return nil, errTooManyElements
	}
	// Sanitising the whole page first keeps escapes and controls out of
	// every attribute and text node; fields are sanitised again after
	// parsing because character references can spell them anew.
	doc, err := parseHTML(model.Sanitize(text))
	if err != nil {
		return nil, err
	}
	meta := readMeta(doc)
	pruneChrome(doc)

	var base *url.URL
	if pageURL != "" {
		base, _ = url.Parse(pageURL)
	}
	parser := readability.NewParser()
	article, err := parser.ParseAndMutate(doc, base)
	if err != nil {
		return nil, fmt.Errorf("no story found in the page: %w", err)
	}

	s := &Page{
		Title:     firstOf(meta.title, article.Title(), meta.titleTag),
		Outlet:    firstOf(meta.outlet, article.SiteName()),
		URL:       firstOf(meta.url, pageURL),
		Published: meta.published,
		Updated:   meta.updated,
		Dateline:  meta.dateline,
	}
	s.Byline = firstOf(meta.byline, markedByline(s, article.Byline()))
	s.URL = oneLine(s.URL)
	if article.Node != nil {
		body := blocksOf(article.Node)
		s.Captions = body.captions
		if err := fillBody(s, body.paragraphs); err != nil {
			return nil, err
		}
	}
	if len(s.Paragraphs) == 0 && meta.body != "" {
		if err := fillBody(s, splitUnits(model.Sanitize(meta.body))); err != nil {
			return nil, err
		}
	}
	if len(s.Paragraphs) == 0 {
		return nil, errors.New("no story text found in the page")
	}
	return s, nil
}

// markedByline reads the line a page marks as its byline or dateline, which
// readability hands on as the byline: a date line gives the story its dates
// where the meta tags gave none, and credits only the writer it names ("By
// Jane Roe | Dec 2, 2010"); a byline loses its "By".
func markedByline(s *Page, line string) string {
	line = oneLine(line)
	dl, isDate := parseDateLine(line)
	if !isDate {
		if b, ok := byline(line); ok {
			return b
		}
		return line
	}
	if s.Published.IsZero() {
		s.Published = dl.published
	}
	if s.Updated.IsZero() {
		s.Updated = dl.updated
	}
	if b, ok := byline(dl.credit); ok {
		return b
	}
	return ""
}

// decodeHTML turns a page's bytes into UTF-8 text, honouring a byte order
// mark, the declared content type and a meta charset. A page that declares
// nothing is taken as UTF-8 and repaired, as text files are, rather than
// guessed to be Windows-1252: pages saved today are UTF-8 with the odd
// broken byte far more often than they are in a legacy charset.
func decodeHTML(data []byte, contentType string) (string, error) {
	enc, name, certain := charset.DetermineEncoding(data, contentType)
	declared := certain || name != "windows-1252" || bytes.Contains(bytes.ToLower(data[:min(len(data), 1024)]), []byte("charset"))
	if name == "utf-8" || !declared {
		return string(bytes.TrimPrefix(data, []byte{0xEF, 0xBB, 0xBF})), nil
	}
	out, err := io.ReadAll(transform.NewReader(bytes.NewReader(data), enc.NewDecoder()))
	if err != nil {
		return "", fmt.Errorf("cannot decode the page from %s: %w", name, err)
	}
	return string(bytes.TrimPrefix(out, []byte{0xEF, 0xBB, 0xBF})), nil
}

// countElements counts a page's start tags, stopping past limit, with the
// tokenizer alone: a pass that holds no tree, so it is cheap whatever the
// page is.
func countElements(r io.Reader, limit int) int {
	z := html.NewTokenizer(r)
	n := 0
	for n <= limit {
		switch z.Next() {
		case html.ErrorToken:
			return n
		case html.StartTagToken, html.SelfClosingTagToken:
			n++
		}
	}
	return n
}

// fillBody reads a page's or item's paragraphs as the text reader reads
// lines, so that date lines, bylines, captions and chrome that readability
// or a feed lets through are sorted the same way; metadata already set
// wins over what the lines say.
// A line longer than any story's is refused first, before the sorting
// spends time on it.
func fillBody(s *Page, units []string) error {
	longest := 0
	for _, u := range units {
		longest = max(longest, len(u))
	}
	if err := source.LineError(longest); err != nil {
		return err
	}
	units = units[:chromeTail(units)]
	fillFromUnits(s, dropKickers(units, s.Title))
	return nil
}

// parseHTML parses a page or fragment. The parser refuses elements nested
// over 512 deep, which real pages never are and pages built to exhaust a
// reader are; that refusal is said plainly.
func parseHTML(text string) (*html.Node, error) {
	doc, err := html.Parse(strings.NewReader(text))
	switch {
	case err != nil && strings.Contains(err.Error(), "open stack of elements"):
		return nil, errors.New("elements nested over 512 deep; not a page a person wrote")
	case err != nil:
		return nil, fmt.Errorf("not a readable web page: %s", oneLine(err.Error()))
	}
	return doc, nil
}

// firstOf returns the first of the values that is not blank, on one line.
func firstOf(values ...string) string {
	for _, v := range values {
		if v = oneLine(v); v != "" {
			return v
		}
	}
	return ""
}
