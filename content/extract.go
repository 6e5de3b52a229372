package content

import (
	"sync"

	"cables/content/attrib"
	"cables/content/lex"
	"cables/content/people"
	"cables/content/quotes"
	"cables/model"
)

// Explain fills the Why of each quote of a story: the rules that decided
// its speaker, kind and source. Loading leaves the reasons out, as most
// readers never ask for them and a large library would hold them all;
// export and quotes --explain ask. Extraction is run again, and gives the
// same quotes and people.
func Explain(s *model.Story) { extractStory(s, true) }

// extract finds the quotations and people of a story's body: the scanner
// pairs the marks, the people index names who is in the story, and the
// attribution rules tell for each quote who speaks and through what.
func extract(s *model.Story) { extractStory(s, false) }

// extractStory is extract, with the reasons of each quote when explain is
// set.
func extractStory(s *model.Story, explain bool) {
	toks, release := lex.TokenizeAll(s.Paragraphs)
	defer release()
	ix := people.FindAnchored(s.Paragraphs, toks, s.Captions)
	s.People = ix.List()
	buf := foundArenas.Get().(*[]quotes.Found)
	found := quotes.Append((*buf)[:0], s.Paragraphs)
	s.Quotes = attrib.Attribute(s.Paragraphs, toks, ix, found, explain)
	ix.Release()
	clear(found) // the spans now belong to the quotes
	*buf = found[:0]
	foundArenas.Put(buf)
}

// foundArenas recycles the scanner's quote lists between stories.
var foundArenas = sync.Pool{New: func() any { return new([]quotes.Found) }}
