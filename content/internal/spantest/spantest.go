// Package spantest checks the spans the quote stage finds, for the tests
// of content and content/quotes.
package spantest

import (
	"testing"
	"unicode/utf8"

	"cables/model"
)

// Check asserts what every consumer of spans relies on: each quote has
// spans; each span lies inside its paragraph, on rune boundaries, and
// after the one before it, never overlapping. quotes holds each quote's
// spans, in the order found.
func Check(t testing.TB, paras []string, quotes [][]model.Span) {
	t.Helper()
	lastPara, lastEnd := -1, 0
	for _, spans := range quotes {
		if len(spans) == 0 {
			t.Fatalf("quote without spans")
		}
		for _, s := range spans {
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
