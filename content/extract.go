package content

import (
	"sync"

	"cables/content/attrib"
	"cables/content/lex"
	"cables/content/people"
	"cables/content/quotes"
	"cables/model"
)

// The registered word lists are added to the vocabulary on another core
// while the program starts, once every stage has registered them with the
// lexer (which their packages do when initialised, before this one).
func init() { go lex.Prepare() }

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
	if paragraphBytes(s.Paragraphs) > windowThreshold {
		extractWindows(s, explain)
		return
	}
	extractWhole(s, explain)
}

// extractWhole extracts the story in one piece.
func extractWhole(s *model.Story, explain bool) { extractPart(s, explain, 0, len(s.Paragraphs)) }

// anchors are the lines outside the body whose full names a bare name
// in the body may stand for: the captions and the headline ("Envoy Omar
// Qadir recalled" above a body that says only "Qadir").
func anchors(s *model.Story) []string {
	if s.Title == "" {
		return s.Captions
	}
	return append(s.Captions[:len(s.Captions):len(s.Captions)], s.Title)
}

// extractPart extracts the story, counting the mentions of its people in
// paragraphs [from, to) only: a window of a longer story counts those of
// its own paragraphs, not of those read around it.
func extractPart(s *model.Story, explain bool, from, to int) {
	toks, release := lex.TokenizeAll(s.Paragraphs)
	defer release()
	ix := people.FindAnchored(s.Paragraphs, toks, anchors(s))
	s.People = ix.List()
	if from > 0 || to < len(s.Paragraphs) {
		for i := range s.People {
			s.People[i].Mentions = 0
		}
		for _, ms := range ix.Mentions[from:to] {
			for _, m := range ms {
				s.People[m.Person].Mentions++
			}
		}
	}
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
