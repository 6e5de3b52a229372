package content

import (
	"strings"

	"cables/model"
)

// extract finds the quotations and people of a story's body.
// A first pass: curly double quotes within one paragraph.
func extract(s *model.Story) {
	for pi, p := range s.Paragraphs {
		for off := 0; ; {
			i := strings.Index(p[off:], "“")
			if i < 0 {
				break
			}
			start := off + i + len("“")
			j := strings.Index(p[start:], "”")
			if j < 0 {
				break
			}
			end := start + j
			s.Quotes = append(s.Quotes, model.Quote{
				Text: p[start:end], Kind: model.Speech,
				Spans: []model.Span{{Paragraph: pi, Start: start, End: end}},
			})
			off = end + len("”")
		}
	}
}
