// Package content turns bytes into stories. Its stages, each a package of
// its own, run in order: source reads files, URLs and stdin into
// documents; page reads a document's anatomy (headline, dates, byline,
// captions, body) and drops the site's chrome; lex cuts the body into
// tokens; quotes pairs the quotation marks; people finds who the story
// names; attrib tells for each quote who speaks and through what. This
// package runs them, and knows nothing of terminals.
package content

import (
	"context"
	_ "embed"
	"fmt"
	"io"
	"os"

	"cables/content/page"
	"cables/content/source"
	"cables/model"
)

//go:embed default_story.txt
var defaultStory []byte

// DefaultName is the path the embedded story is shown under.
const DefaultName = "kayani-wikileaks.txt"

// Default returns the story cables ships: the one it opens when given none.
func Default() *model.Story {
	s, err := Parse(DefaultName, defaultStory)
	if err != nil {
		panic("content: the embedded story does not parse: " + err.Error())
	}
	return s
}

// MaxFileSize is the largest story file cables reads.
const MaxFileSize = source.MaxFileSize

// Error is a source that could not be read, with the reason.
type Error = source.Error

// Parse reads one story from a file's bytes. name is the path as the user
// gave it; it becomes the story's Path and, cleaned, its ID.
func Parse(name string, data []byte) (*model.Story, error) {
	pg, err := page.ReadText(name, data)
	if err != nil {
		return nil, err
	}
	s := storyOf(pg)
	s.Path = source.ShownName(name) // as given, less anything unsafe to show
	s.ID = source.PathID(name)
	extract(s)
	return s, nil
}

// Load reads stories from sources: files (text, Markdown, web pages and
// feeds, told apart by content as well as by name), directories (walked,
// hidden entries skipped), http(s) URLs, and "-" for stdin. A feed gives
// one story per item. A source that fails is reported as an *Error and
// everything else still loads.
func Load(ctx context.Context, sources []string) ([]*model.Story, []error) {
	return LoadFrom(ctx, os.Stdin, sources)
}

// LoadFrom is Load with "-" read from stdin, for callers that hold their
// own standard input, as commands under test do.
func LoadFrom(ctx context.Context, stdin io.Reader, sources []string) ([]*model.Story, []error) {
	l := Loader{Stdin: stdin}
	return l.Load(ctx, sources)
}

// Piped reports whether r, a command's standard input, is a pipe rather
// than a terminal or nothing: then a command given no sources may read its
// stories from there, as "-". An empty file or /dev/null is not a pipe, so
// a script that closes stdin still gets the library.
func Piped(r io.Reader) bool { return source.Piped(r) }

// read reads the stories of one document: a page, the items of a feed, or
// a text or Markdown file.
func read(doc source.Document) ([]*model.Story, []error) { return readStories(doc, false) }

// readExplained is read with each quote's reasons (see Explain).
func readExplained(doc source.Document) ([]*model.Story, []error) { return readStories(doc, true) }

// readStories is read, with each quote's reasons when explain is set.
func readStories(doc source.Document, explain bool) ([]*model.Story, []error) {
	// The document is not used after page.Read, so that its bytes can
	// go once the text is cleaned, before extraction (issue 14).
	name, url, stdin := doc.Name, doc.URL, doc.Stdin
	pages, errs := page.Read(doc)
	stories := make([]*model.Story, 0, len(pages))
	for _, pg := range pages {
		s := storyOf(pg)
		// One rule for every kind: a file name may hold escapes and bidi
		// controls, and a story's path is shown wherever the story is.
		s.Path, s.ID = source.ShownName(name), source.ID(name)
		if pg.Item > 0 {
			// The item's position, unlike its GUID, is safe to show and type.
			s.ID = fmt.Sprintf("%s#%d", s.ID, pg.Item)
		}
		extractStory(s, explain)
		if s.URL == "" {
			s.URL = url // a fetched page that names no address of its own
		}
		if stdin {
			s.Path = "-"
		}
		stories = append(stories, s)
	}
	return stories, errs
}

// storyOf makes the story of a page; extraction fills its quotes and
// people.
func storyOf(pg *page.Page) *model.Story {
	return &model.Story{
		Title: pg.Title, Outlet: pg.Outlet, URL: pg.URL, Byline: pg.Byline,
		Published: pg.Published, Updated: pg.Updated, Dateline: pg.Dateline,
		Captions: pg.Captions, Paragraphs: pg.Paragraphs, Forms: pg.Forms, Summary: pg.Summary,
	}
}
