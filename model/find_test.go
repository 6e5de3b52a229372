package model

import (
	"slices"
	"testing"
)

func TestFold(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Zürich", "zurich"},
		{"Pakistan’s “envoy”", "pakistan's \"envoy\""},
		{"ŁÓDŹ — Straße", "lodz - strasse"},
		{"MUMBAI", "mumbai"},
		{"e\u0301te\u0301", "ete"}, // marks written apart
		{"Ελλάδα", "ελλαδα"},
	} {
		if got := Fold(tc.in); got != tc.want {
			t.Errorf("Fold(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	folded, at := FoldMap("Éa")
	if folded != "ea" || !slices.Equal(at, []int{0, 2}) {
		t.Errorf("FoldMap = %q %v", folded, at)
	}
}

func TestScoreRanksWholeWordsAndTitlesFirst(t *testing.T) {
	terms := Terms("kayani")
	whole, ok1 := Score(terms, "", "", "", "general kayani said")
	inside, ok2 := Score(terms, "", "", "", "the kayanis said")
	title, ok3 := Score(terms, "kayani warned", "", "", "")
	if !ok1 || !ok2 || !ok3 || !(title > whole && whole > inside) {
		t.Errorf("title %d > whole word %d > inside a word %d", title, whole, inside)
	}
	if _, ok := Score(terms, "k a y a n i", "", "", "okay, any"); ok {
		t.Error("scattered letters are no match")
	}
	if _, ok := Score(Terms("mumbai attack"), "", "", "", "the attack on mumbai"); !ok {
		t.Error("every word, in any order, matches")
	}
	if _, ok := Score(Terms("mumbai attack"), "", "", "", "mumbai"); ok {
		t.Error("a missing word is no match")
	}
}

func TestFinderFilterAndParagraphs(t *testing.T) {
	lib := NewLibrary([]*Story{
		{Title: "Envoy warned of harbour deal", Outlet: "The Ledger", Paragraphs: []string{"Nothing about the city.", "The attacks in Mumbai were discussed."}},
		{Title: "Mumbai talks", Outlet: "Evening Star", Paragraphs: []string{"Talks went on."}},
		{Title: "Grain convoy", People: []Person{{Name: "Ashfaq Kayani", Aliases: []string{"Kayani"}}}, Paragraphs: []string{"General Kayani said little."}},
		{Title: "Mumbaikar life", Paragraphs: []string{"Nothing."}},
	})
	f := NewFinder(lib)
	if got := f.Filter("mumbai", []int{0, 1, 2, 3}); !slices.Equal(got, []int{1, 3, 0}) {
		t.Errorf("mumbai: %v, want the title first, then the title's word start, then the body", got)
	}
	if got := f.Filter("KAYANI", []int{0, 1, 2, 3}); !slices.Equal(got, []int{2}) {
		t.Errorf("kayani: %v", got)
	}
	if got := f.Filter("mumbai", []int{3, 0}); !slices.Equal(got, []int{3, 0}) {
		t.Errorf("only among ids: %v", got)
	}
	hits := f.Paragraphs("mumbai", 10)
	if len(hits) != 1 || hits[0] != (ParagraphHit{Story: 0, Paragraph: 1, Whole: true}) {
		t.Errorf("paragraphs: %+v", hits)
	}
}

// A finder made for a library that grew (the stories read so far, in
// another order, and new ones) finds what one made afresh finds.
func TestFinderForAGrownLibrary(t *testing.T) {
	a := &Story{Title: "Envoy warned of harbour deal", Paragraphs: []string{"Nothing about the city.", "The attacks in Mumbai were discussed."}}
	b := &Story{Title: "Mumbai talks", Outlet: "Evening Star", Paragraphs: []string{"Talks went on."}}
	c := &Story{Title: "Grain convoy", People: []Person{{Name: "Ashfaq Kayani", Aliases: []string{"Kayani"}}}, Paragraphs: []string{"General Kayani said Mumbai."}}
	early := NewFinder(NewLibrary([]*Story{b, a}))
	lib := NewLibrary([]*Story{a, c, b})
	grown, fresh := early.For(lib), NewFinder(lib)
	for _, q := range []string{"mumbai", "kayani", "talks", "harbour"} {
		got, want := grown.Filter(q, []int{0, 1, 2}), fresh.Filter(q, []int{0, 1, 2})
		if !slices.Equal(got, want) {
			t.Errorf("%s: grown finder %v, fresh %v", q, got, want)
		}
		if got, want := grown.Paragraphs(q, 10), fresh.Paragraphs(q, 10); !slices.Equal(got, want) {
			t.Errorf("%s paragraphs: grown %v, fresh %v", q, got, want)
		}
	}
}

// Typing a query a letter at a time, each step narrowing the last (as
// the list's filter does), finds and ranks what a search from scratch
// finds: the scores of words already typed are kept, not recomputed, so
// a mistake in what is kept shows here. The library is large enough to
// be searched on every core.
func TestNarrowWhileTypingFindsWhatAFreshSearchFinds(t *testing.T) {
	words := []string{"envoy", "said", "mumbai", "kayani", "ferreira", "harbour", "sai", "fer", "talks", "embassy", "reported", "the", "ferreiras", "saidu"}
	var stories []*Story
	for i := range 1500 {
		w := func(k int) string { return words[(i*7+k*5+i/3)%len(words)] }
		s := &Story{
			Title:      w(0) + " " + w(1) + " deal",
			Outlet:     []string{"The Ledger", "Evening Star", ""}[i%3],
			Paragraphs: []string{w(2) + " " + w(3) + " at the " + w(4) + ".", "Later " + w(5) + " " + w(6) + "."},
		}
		if i%4 == 0 {
			s.People = []Person{{Name: "Ana Ferreira", Aliases: []string{"Ferreira"}}}
		}
		stories = append(stories, s)
	}
	f := NewFinder(NewLibrary(stories))
	base := make([]int, len(stories))
	for i := range base {
		base[i] = len(base) - 1 - i // an order of its own, which ties keep
	}
	for _, query := range []string{"ferreira said", "kay ani  mum", "the  envoy said", "sai"} {
		var last *Filtered
		for n := 1; n <= len(query); n++ {
			q := query[:n]
			last = f.Narrow(last, q, base)
			if want := f.Filter(q, base); !slices.Equal(last.Ranked, want) {
				t.Fatalf("%q typed on: %d stories %v…, searched afresh: %d %v…", q, len(last.Ranked), head(last.Ranked), len(want), head(want))
			}
		}
		if len(last.Ranked) == 0 {
			t.Errorf("%q finds nothing: the test checks too little", query)
		}
	}
}

func head(ids []int) []int { return ids[:min(5, len(ids))] }
