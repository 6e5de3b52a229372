package content

import (
	"strings"
	"testing"
	"unicode/utf8"

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

// checkSpans asserts what every consumer of spans relies on.
func checkSpans(t *testing.T, paras []string, qs []quotes.Found) {
	t.Helper()
	lastPara, lastEnd := -1, 0
	for _, q := range qs {
		if len(q.Spans) == 0 {
			t.Fatalf("quote without spans")
		}
		for _, s := range q.Spans {
			if s.Paragraph < 0 || s.Paragraph >= len(paras) {
				t.Fatalf("span %+v outside the paragraphs", s)
			}
			p := paras[s.Paragraph]
			if s.Start < 0 || s.End > len(p) || s.Start >= s.End {
				t.Fatalf("span %+v outside paragraph of %d bytes", s, len(p))
			}
			if !utf8.RuneStart(p[s.Start]) || (s.End < len(p) && !utf8.RuneStart(p[s.End])) {
				t.Fatalf("span %+v not on rune boundaries", s)
			}
			if s.Paragraph < lastPara || (s.Paragraph == lastPara && s.Start < lastEnd) {
				t.Fatalf("span %+v out of order or overlapping (last %d:%d)", s, lastPara, lastEnd)
			}
			lastPara, lastEnd = s.Paragraph, s.End
		}
	}
}
