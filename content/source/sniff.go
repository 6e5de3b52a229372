package source

import (
	"bytes"
	"encoding/json"
	"mime"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// Kind is what a source holds, which decides the reader.
type Kind int

const (
	Text Kind = iota // plain text or Markdown: the page reader decides between them
	HTML
	Feed
)

// sniffLen is how much of a source's start is looked at to tell its kind.
const sniffLen = 4096

// sniff tells a source's kind from its content first, then from the
// content type a server declared, then from its name. A document that
// plainly says what it is wins, because saved files are often misnamed and
// servers often mislabel. A name or type that promises a feed is kept when
// the content does not say, so that a broken feed is reported as one rather
// than read as a story.
func sniff(name, contentType string, data []byte) Kind {
	k, sure, markup := sniffContent(data)
	if sure {
		return k
	}
	if promisesFeed(name, contentType) {
		return Feed
	}
	mt, _, _ := mime.ParseMediaType(contentType)
	switch mt {
	case "text/html", "application/xhtml+xml":
		return HTML
	case "text/plain", "text/markdown":
		return Text
	}
	switch strings.ToLower(filepath.Ext(name)) {
	case ".html", ".htm", ".xhtml", ".shtml":
		return HTML
	case ".txt", ".text", ".md", ".markdown", ".mdown", ".mkd":
		return Text
	}
	if markup {
		return k
	}
	return Text
}

// dataFormat names the format of a source that holds data rather than a
// story (JSON, CSV, YAML), by its content type, its name or, for JSON, its
// content; "" for anything that may be a story. A JSON Feed is a feed.
// Folders of stories often keep such files beside them (notes, exports,
// a tool's truth files), and read as text they make nonsense stories.
func dataFormat(name, contentType string, data []byte) string {
	if k, sure, _ := sniffContent(data); sure && k == Feed {
		return ""
	}
	mt, _, _ := mime.ParseMediaType(contentType)
	switch {
	case mt == "application/json" || strings.HasSuffix(mt, "+json") && mt != "application/feed+json":
		return "JSON"
	case mt == "text/csv":
		return "CSV"
	}
	switch strings.ToLower(filepath.Ext(name)) {
	case ".json", ".jsonl", ".ndjson", ".geojson":
		return "JSON"
	case ".csv", ".tsv":
		return "CSV"
	case ".yaml", ".yml":
		return "YAML"
	}
	body := bytes.TrimLeft(bytes.TrimPrefix(data, []byte{0xEF, 0xBB, 0xBF}), " \t\r\n")
	if len(body) > 0 && (body[0] == '{' || body[0] == '[') && json.Valid(body) {
		return "JSON"
	}
	return ""
}

// promisesFeed reports a name or content type that only feeds use.
func promisesFeed(name, contentType string) bool {
	mt, _, _ := mime.ParseMediaType(contentType)
	switch mt {
	case "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json":
		return true
	}
	switch strings.ToLower(filepath.Ext(name)) {
	case ".rss", ".atom", ".rdf":
		return true
	}
	return false
}

// sniffContent looks at the first markup of the data, after any byte order
// mark. sure is set when the data plainly is a feed (its root element, or a
// JSON Feed's version) or an HTML document (a doctype, html, head or body
// tag); markup is set when it merely starts with a tag, as fragments and
// other XML do.
func sniffContent(data []byte) (k Kind, sure, markup bool) {
	head := decodeHead(data[:min(len(data), sniffLen)])
	if rest := bytes.TrimLeft(head, " \t\r\n"); len(rest) == 0 || rest[0] != '{' && rest[0] != '<' {
		return Text, false, false // most files: no need to lower the head's case
	}
	lower := bytes.ToLower(head)
	rest := bytes.TrimLeft(lower, " \t\r\n")
	if bytes.HasPrefix(rest, []byte("{")) && bytes.Contains(rest, []byte("jsonfeed.org/version")) {
		return Feed, true, false
	}
	if !bytes.HasPrefix(rest, []byte("<")) {
		return Text, false, false
	}
	// Declarations, comments and processing instructions may stand before
	// a feed's root element.
	for _, root := range []string{"<rss", "<feed", "<rdf:rdf"} {
		if i := bytes.Index(lower, []byte(root)); i >= 0 && onlyPrologBefore(lower[:i]) {
			return Feed, true, true
		}
	}
	for _, m := range []string{"<!doctype html", "<html", "<head", "<body"} {
		if bytes.Contains(lower, []byte(m)) {
			return HTML, true, true
		}
	}
	if bytes.HasPrefix(rest, []byte("<?xml")) {
		return Feed, false, true
	}
	return HTML, false, true
}

// onlyPrologBefore reports whether b holds nothing but what may stand before
// an XML root element: white space, the declaration, comments, processing
// instructions and a doctype.
func onlyPrologBefore(b []byte) bool {
	for {
		b = bytes.TrimLeft(b, " \t\r\n")
		switch {
		case len(b) == 0:
			return true
		case bytes.HasPrefix(b, []byte("<!--")):
			end := bytes.Index(b, []byte("-->"))
			if end < 0 {
				return false
			}
			b = b[end+3:]
		case bytes.HasPrefix(b, []byte("<?")), bytes.HasPrefix(b, []byte("<!doctype")):
			end := bytes.IndexByte(b, '>')
			if end < 0 {
				return false
			}
			b = b[end+1:]
		default:
			return false
		}
	}
}

// decodeHead makes the start of a UTF-16 source readable as ASCII markup, so
// that a page or feed saved as UTF-16 is still recognised; other data is
// returned without its UTF-8 byte order mark.
func decodeHead(b []byte) []byte {
	switch {
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}):
		return []byte(decodeUTF16(b[2:], false))
	case bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		return []byte(decodeUTF16(b[2:], true))
	}
	return bytes.TrimPrefix(b, []byte{0xEF, 0xBB, 0xBF})
}

// looksGarbled catches binary data that looksBinary's count of control
// bytes lets through, such as compressed or random bytes: many bytes that
// are not UTF-8 together with control bytes no text has. Text in a legacy
// charset is not UTF-8 either, but carries no such controls, so it is
// still read (and repaired).
//
// The controls are counted first, a byte at a time through looksBinary's
// table: a byte below 0x20 is never part of a longer UTF-8 sequence, so
// they are the odd bytes of the sample, and a sample without one (nearly
// every text) needs no decoding (issue 14: decoding every file's start was
// 3 % of a first run's instructions).
func looksGarbled(data []byte) bool {
	sample := data[:min(len(data), sniffLen)]
	if countOdd(sample) == 0 {
		return false
	}
	invalid := 0
	for i := 0; i < len(sample); {
		if sample[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(sample[i:])
		if r == utf8.RuneError && size == 1 && len(sample)-i >= utf8.UTFMax {
			invalid++
		}
		i += size
	}
	return invalid*10 > len(sample)
}
