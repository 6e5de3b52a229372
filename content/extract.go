package content

import (
	"sync"

	"cables/content/lex"
	"cables/content/quotes"
	"cables/model"
)

// extract finds the quotations and people of a story's body: the scanner
// pairs the marks, the people index names who is in the story, and the
// attribution rules tell for each quote who speaks and through what.
func extract(s *model.Story) {
	toks, release := lex.TokenizeAll(s.Paragraphs)
	defer release()
	ix := findPeople(s.Paragraphs, toks)
	s.People = peopleOf(ix)
	buf := foundArenas.Get().(*[]quotes.Found)
	found := quotes.Append((*buf)[:0], s.Paragraphs)
	s.Quotes = attribute(s.Paragraphs, toks, ix, found)
	ix.release()
	clear(found) // the spans now belong to the quotes
	*buf = found[:0]
	foundArenas.Put(buf)
}

// foundArenas recycles the scanner's quote lists between stories.
var foundArenas = sync.Pool{New: func() any { return new([]quotes.Found) }}

// peopleOf turns the index into the story's people, in the order the story
// introduces them.
func peopleOf(ix *peopleIndex) []model.Person {
	out := make([]model.Person, 0, len(ix.people))
	for _, p := range ix.people {
		out = append(out, model.Person{Name: p.canonical, Aliases: p.aliases, Mentions: p.count})
	}
	return out
}
