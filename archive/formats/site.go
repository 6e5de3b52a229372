package formats

import (
	"bytes"
	"fmt"
	"html"
	"regexp"
	"strings"
	"unicode/utf8"

	"cables/model"
)

// SiteCable reads a page of the cablegate site (cable/YYYY/MM/REFID.html):
// a table of five cells (reference ID, created, released, classification,
// origin), then two <code><pre> blocks, the routing header and the body.
// The body's paragraph links (<a id='par1' href='#par1'>¶</a>) are
// dropped; the paragraph numbers after them stay.
func SiteCable(data []byte, path string) (model.CableDoc, error) {
	fail := func(cause string) (model.CableDoc, error) {
		return model.CableDoc{}, fmt.Errorf("%s: %s", path, cause)
	}
	if looksBinary(data) {
		return fail("not a cablegate page (binary file?)")
	}
	table, rest, ok := cutTable(data)
	if !ok {
		return fail("not a cablegate page (no table of the cable's reference ID, dates and origin)")
	}
	cells := tableCells(table)
	if len(cells) < 5 {
		return fail(fmt.Sprintf("the cable's table has %d cells, want 5", len(cells)))
	}
	id := cells[0]
	if !ValidID(id) {
		return fail(fmt.Sprintf("%q is not a cable reference ID", clip(id)))
	}
	created, err := parseCreated(cells[1])
	if err != nil {
		return fail(fmt.Sprintf("%s: created date %q is not YYYY-MM-DD HH:MM", id, clip(cells[1])))
	}
	released, _ := parseCreated(cells[2])
	blocks := preBlocks(rest)
	if len(blocks) == 0 {
		return fail(id + ": no <code><pre> block with the cable's text")
	}
	doc := model.CableDoc{
		ID: id, Created: created, Classification: cells[3], Origin: cells[4],
		Body: blocks[len(blocks)-1],
		Releases: []model.CableRelease{{Released: released, Where: model.ArchiveLocation{
			Path: path, Format: model.FormatSite, Length: int64(len(data)), Line: 1}}},
	}
	if len(blocks) > 1 {
		doc.Header = blocks[0]
	}
	return doc, nil
}

// looksBinary reports a file that is no text: NUL bytes or invalid UTF-8
// near its start.
func looksBinary(data []byte) bool {
	head := data[:min(len(data), 8192)]
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	// A character cut by the end of head is no fault.
	for i := 0; i < utf8.UTFMax && len(head) > 0 && !utf8.Valid(head); i++ {
		head = head[:len(head)-1]
	}
	return !utf8.Valid(head)
}

var (
	tableOpen  = regexp.MustCompile(`<table class=['"]cable['"]>`)
	cellRE     = regexp.MustCompile(`(?s)<td>(.*?)</td>`)
	preRE      = regexp.MustCompile(`(?s)<code><pre>(.*?)</pre></code>`)
	parLinkRE  = regexp.MustCompile(`<a id=['"]par\w+['"] href=['"]#par\w+['"]>¶</a>`)
	anyTagRE   = regexp.MustCompile(`<[^>]*>`)
	tableClose = []byte("</table>")
)

// cutTable finds the cable's table and returns it and what follows.
func cutTable(data []byte) (table, rest []byte, ok bool) {
	loc := tableOpen.FindIndex(data)
	if loc == nil {
		return nil, nil, false
	}
	end := bytes.Index(data[loc[1]:], tableClose)
	if end < 0 {
		return nil, nil, false
	}
	end += loc[1]
	return data[loc[1]:end], data[end:], true
}

func tableCells(table []byte) []string {
	var cells []string
	for _, m := range cellRE.FindAllSubmatch(table, -1) {
		cells = append(cells, strings.TrimSpace(pageText(m[1])))
	}
	return cells
}

func preBlocks(rest []byte) []string {
	var blocks []string
	for _, m := range preRE.FindAllSubmatch(rest, 3) {
		blocks = append(blocks, pageText(parLinkRE.ReplaceAll(m[1], nil)))
	}
	return blocks
}

// pageText is the text of a piece of page: tags dropped, then entities
// (the site writes line breaks as &#x000A;) decoded.
func pageText(p []byte) string {
	return html.UnescapeString(string(anyTagRE.ReplaceAll(p, nil)))
}
