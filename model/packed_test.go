package model

import (
	"reflect"
	"slices"
	"testing"
)

// packedStory has quotes of every shape the packed form keeps: a text its
// span gives, one joined from two spans, one that is not its spans', a
// speaker and a mention that are no person of the story, a source, a kind
// of neither constant, and a quote with no spans.
func packedStory() *Story {
	return &Story{
		ID:         "s",
		Paragraphs: []string{"Ada Quill said \"we will go\" today.", "\"It is over,\" said Bo Reed, \"and done.\""},
		People:     []Person{{Name: "Ada Quill", Mentions: 2}, {Name: "Bo Reed", Mentions: 1}},
		Quotes: []Quote{
			{Text: "we will go", Kind: Speech, Speaker: "Ada Quill", Spans: []Span{{0, 16, 26}}},
			{Text: "It is over, and done.", Kind: Cable, Source: "a cable", Mentions: []string{"Bo Reed", "Cy Moss"},
				Spans: []Span{{1, 1, 11}, {1, 29, 38}}},
			{Text: "not the spans' words", Kind: "other", Speaker: "Cy Moss", Mentions: []string{"Ada Quill"}, Spans: []Span{{1, 1, 11}}},
			{Text: "no spans", Kind: Speech, Speaker: "Bo Reed"},
		},
	}
}

// TestPackedQuotesReadAsTheQuotes: a story's packed quotes are read back
// (QuoteAt, QuoteList, Unpacked) as the quotes they were, and a library of
// packed stories counts and finds the same quotes as one of the stories
// as they were.
func TestPackedQuotesReadAsTheQuotes(t *testing.T) {
	want, s := packedStory(), packedStory()
	if !s.PackQuotes() {
		t.Fatal("PackQuotes: false")
	}
	if s.Quotes != nil || s.NumQuotes() != len(want.Quotes) {
		t.Fatalf("packed: Quotes %v, NumQuotes %d", s.Quotes, s.NumQuotes())
	}
	for i, q := range want.Quotes {
		if got := s.QuoteAt(i); !reflect.DeepEqual(got, q) {
			t.Errorf("QuoteAt(%d) = %+v, want %+v", i, got, q)
		}
	}
	if got := s.QuoteList(); !reflect.DeepEqual(got, want.Quotes) {
		t.Errorf("QuoteList = %+v", got)
	}
	if u := s.Unpacked(); !reflect.DeepEqual(u, want) {
		t.Errorf("Unpacked = %+v", u)
	}
	wc, ws := want.CountKinds()
	if c, sp := s.CountKinds(); c != wc || sp != ws {
		t.Errorf("CountKinds = %d, %d, want %d, %d", c, sp, wc, ws)
	}
	lw, lp := NewLibrary([]*Story{want, packedStory()}), NewLibrary([]*Story{s, func() *Story { p := packedStory(); p.PackQuotes(); return p }()})
	if !reflect.DeepEqual(lw.People(), lp.People()) {
		t.Errorf("people: %+v, want %+v", lp.People(), lw.People())
	}
	for _, name := range []string{"Ada Quill", "Bo Reed", "Cy Moss"} {
		if got, w := lp.QuotesBy(name), lw.QuotesBy(name); !slices.Equal(got, w) {
			t.Errorf("QuotesBy(%q) = %v, want %v", name, got, w)
		}
		if got, w := lp.QuotesAbout(name), lw.QuotesAbout(name); !slices.Equal(got, w) {
			t.Errorf("QuotesAbout(%q) = %v, want %v", name, got, w)
		}
	}
	if _, q := lp.Quote(QuoteRef{1, 1}); !reflect.DeepEqual(q, want.Quotes[1]) {
		t.Errorf("Quote = %+v", q)
	}
}

// TestUnpackableQuotesStay: quotes with what the packed form does not
// keep (reasons, a cable match) are left as they are.
func TestUnpackableQuotesStay(t *testing.T) {
	s := packedStory()
	s.Quotes[1].Why = []Reason{{Decision: "kind", Rule: "r"}}
	if s.PackQuotes() || len(s.Quotes) != 4 || s.Quotes[1].Why == nil {
		t.Errorf("a quote with reasons packed: %+v", s.Quotes)
	}
}
