package content

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"cables/model"
)

// FuzzParse feeds the text and Markdown readers arbitrary bytes: they must
// not panic, every quote span must lie inside its paragraph on rune
// boundaries, and no field may carry a control character to the screen.
func FuzzParse(f *testing.F) {
	f.Add("x.txt", defaultStory)
	f.Add("x.txt", []byte("H\n\nDecember 03, 2010 02:22 pm | Updated December 04, 2021 10:58 pm IST - Washington\n\n“Quote,” he said."))
	f.Add("x.md", []byte("---\ntitle: t\n---\n# H\n\n“a *b*” [c](d)\n"))
	f.Add("x.txt", []byte("\x1b]52;c;SGVsbG8=\x07H\x9b31m\n\n\u202e“x\x00y”"))
	f.Add("x.txt", []byte{0xFF, 0xFE, 'H', 0, '\n', 0})
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		s, err := Parse(name, data)
		if err != nil {
			return
		}
		checkStory(t, s)
	})
}

func checkStory(t *testing.T, s *model.Story) {
	t.Helper()
	fields := []string{s.Title, s.Outlet, s.URL, s.Byline, s.Dateline}
	fields = append(fields, s.Captions...)
	fields = append(fields, s.Paragraphs...)
	for _, q := range s.Quotes {
		fields = append(fields, q.Text, q.Speaker, q.Source)
		for _, sp := range q.Spans {
			if sp.Paragraph < 0 || sp.Paragraph >= len(s.Paragraphs) {
				t.Fatalf("span %+v names no paragraph", sp)
			}
			p := s.Paragraphs[sp.Paragraph]
			if sp.Start < 0 || sp.Start > sp.End || sp.End > len(p) {
				t.Fatalf("span %+v outside its paragraph of %d bytes", sp, len(p))
			}
			if !utf8.RuneStart(p[sp.Start]) && sp.Start < len(p) || sp.End < len(p) && !utf8.RuneStart(p[sp.End]) {
				t.Fatalf("span %+v not on rune boundaries", sp)
			}
		}
	}
	for _, p := range s.People {
		fields = append(fields, p.Name)
		fields = append(fields, p.Aliases...)
	}
	for _, f := range fields {
		if hasControl(f) || strings.ContainsRune(f, '\n') || !utf8.ValidString(f) {
			t.Fatalf("field %q carries a control character, a newline or invalid UTF-8", f)
		}
	}
}

// hasControl reports any character Sanitize must have removed.
func hasControl(s string) bool {
	return strings.ContainsFunc(s, func(r rune) bool {
		return r != '\n' && (unicode.IsControl(r) || model.Invisible(r))
	})
}
