package content

import (
	"strings"
	"testing"
	"unicode/utf8"

	"cables/content/internal/spantest"
	"cables/content/quotes"
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
		var found []quotes.Found
		for _, q := range s.Quotes {
			found = append(found, quotes.Found{Spans: q.Spans})
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

// checkSpans checks the spans of the quotes found; see spantest.Check.
func checkSpans(t *testing.T, paras []string, qs []quotes.Found) {
	t.Helper()
	spans := make([][]model.Span, len(qs))
	for i, q := range qs {
		spans[i] = q.Spans
	}
	spantest.Check(t, paras, spans)
}
