package content

import (
	"sync"

	"cables/content/attrib"
	"cables/content/lex"
	"cables/content/people"
	"cables/content/quotes"
	"cables/model"
)

// extract finds the quotations and people of a story's body: the scanner
// pairs the marks, the people index names who is in the story, and the
// attribution rules tell for each quote who speaks and through what.
func extract(s *model.Story) {
	toks, release := lex.TokenizeAll(s.Paragraphs)
	defer release()
	ix := people.Find(s.Paragraphs, toks)
	s.People = ix.List()
	buf := foundArenas.Get().(*[]quotes.Found)
	found := quotes.Append((*buf)[:0], s.Paragraphs)
	s.Quotes = attrib.Attribute(s.Paragraphs, toks, ix, found)
	ix.Release()
	clear(found) // the spans now belong to the quotes
	*buf = found[:0]
	foundArenas.Put(buf)
}

// foundArenas recycles the scanner's quote lists between stories.
var foundArenas = sync.Pool{New: func() any { return new([]quotes.Found) }}
