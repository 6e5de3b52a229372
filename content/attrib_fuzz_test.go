package content

import (
	"strings"
	"testing"
	"unicode/utf8"

	"cables/model"
)

// FuzzExtract runs the whole extraction on arbitrary paragraphs: it must
// not panic, its spans must be valid, and every speaker and mention must
// be a person of the story.
func FuzzExtract(f *testing.F) {
	for _, seed := range []string{
		`“We will wait,” Senator Paul Lane said.¶“It is late,” he said, “go.”`,
		`Ambassador Jane Ruiz wrote:¶“The regime is old.¶“And tired,” the cable said.`,
		`The cable quoted Raza as saying “no”. It says ‘yes’ 'n' ’90s.`,
		`President (Karim Aziz) Lodhi, the latter, the former, according to “x”`,
		`, , “ ” ¶ " ' ‘ ’ the ambassador wrote he said`,
		"“‛¶“”", // a continued quote whose last part is empty
		",said Mr.’ 2009 ¶ from Gaddafisigned ", // a verb with only a comma before it
		`SILVIO Berlusconi laughed.¶He fumed: ‘No.’ Pressed on whether Theresa May read it, she replied: “x”`,
		`“a,” one cable read.¶Both passages were written in 2004 by Eric S. Edelman, then envoy.`,
		`Here is how one of those cables, from early 2010, described him:¶“x”`,
		`In Ankara, a senior official, speaking, said. “We know,” he said. A spokesman for President X on Friday dismissed “y”`,
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		s := &model.Story{Paragraphs: strings.Split(text, "¶")}
		extract(s)
		var found []foundQuote
		for _, q := range s.Quotes {
			found = append(found, foundQuote{Spans: q.Spans})
			if q.Speaker != "" {
				if _, ok := s.Person(q.Speaker); !ok {
					t.Fatalf("speaker %q is not a person of the story", q.Speaker)
				}
			}
			for _, m := range q.Mentions {
				if _, ok := s.Person(m); !ok {
					t.Fatalf("mention %q is not a person of the story", m)
				}
			}
		}
		checkSpans(t, s.Paragraphs, found)
	})
}
