// Package page reads a document's anatomy: text, Markdown, a web page or
// the items of a feed become Pages, each with its headline, dates, byline,
// dateline, outlet, captions and body paragraphs, and with the site's
// chrome (menus, share bars, related links, comments, notes on the
// writer) left out. General page rules read every page; the furniture
// that only one site prints is listed apart, per site.
package page

import (
	"errors"

	"cables/content/source"
	"cables/model"
)

// Page is what a page says about its story and the story's body, before
// anyone looks for quotes or people in it.
type Page struct {
	Title, Outlet, URL, Byline string
	Published, Updated         model.Date
	Dateline                   string       // the place the story was filed from
	Captions                   []string     // photo captions, not body
	Paragraphs                 []string     // the body only
	Forms                      []model.Form // how each paragraph was set (Markdown); nil for plain text
	// Summary is set when the body is a feed item's summary, not the story.
	Summary bool
	// Item is the position of a feed's item, from 1; 0 for a page that is
	// not an item of a feed.
	Item int
}

// Read reads the pages of one document: a web page, the items of a feed,
// or a text or Markdown file. What cannot be read is reported as a
// *source.Error naming the document, or the feed's item.
func Read(doc source.Document) ([]*Page, []error) {
	switch doc.Kind {
	case source.Feed:
		return readFeed(doc.Name, doc.Data)
	case source.HTML:
		pg, err := readHTML(doc.Data, doc.ContentType, doc.URL)
		if err == nil {
			err = checkLengths(pg)
		}
		if err != nil {
			return nil, one(doc.Name, err)
		}
		return []*Page{pg}, nil
	}
	// doc is not used after this, so that its bytes can go once the text
	// is cleaned (issue 14).
	name, data, checked := doc.Name, doc.Data, doc.Checked
	if !checked {
		if err := source.CheckLines(data); err != nil {
			return nil, one(name, err)
		}
	}
	pg, err := readTextChecked(name, data, checked)
	if err != nil {
		return nil, one(name, err)
	}
	return []*Page{pg}, nil
}

// ReadText reads the page of a text or Markdown file: Markdown by its name
// or its front matter, anything else as plain text.
func ReadText(name string, data []byte) (*Page, error) { return readTextChecked(name, data, false) }

// readTextChecked is ReadText, of bytes source.Read checked when checked
// is set: their lines and control bytes are not looked at again.
func readTextChecked(name string, data []byte, checked bool) (*Page, error) {
	clean := source.Clean
	if checked {
		clean = source.CleanChecked
	}
	text, err := clean(data)
	if err != nil {
		return nil, err
	}
	var pg *Page
	if isMarkdown(name, text) {
		pg = readMarkdown(text)
	} else {
		pg = readText(text)
	}
	if pg.Title == "" && len(pg.Paragraphs) == 0 {
		return nil, errors.New("no story text found")
	}
	return pg, nil
}

// one makes the single error of a document.
func one(name string, err error) []error { return []error{&source.Error{Source: name, Err: err}} }

// checkLengths refuses a page with a title or paragraph no story has.
func checkLengths(pg *Page) error {
	longest := len(pg.Title)
	for _, p := range pg.Paragraphs {
		longest = max(longest, len(p))
	}
	return source.LineError(longest)
}
