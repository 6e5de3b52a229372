package model

import (
	"slices"
	"testing"
)

func TestLibraryMergesSurnameIntoFullName(t *testing.T) {
	a := &Story{People: []Person{{Name: "Ashfaq Pervez Kayani", Aliases: []string{"Gen. Kayani"}, Mentions: 3}},
		Quotes: []Quote{{Text: "x", Speaker: "Ashfaq Pervez Kayani"}}}
	b := &Story{People: []Person{{Name: "Kayani", Mentions: 1}, {Name: "Robert F. Godec", Mentions: 2}},
		Quotes: []Quote{{Text: "y", Speaker: "Kayani"}, {Text: "z", Speaker: "Robert F. Godec"}}}
	l := NewLibrary([]*Story{a, b})
	f, ok := l.Find("kayani")
	if !ok || f.Name != "Ashfaq Pervez Kayani" {
		t.Fatalf("Find(kayani) = %q, %v; want Ashfaq Pervez Kayani", f.Name, ok)
	}
	if !slices.Equal(f.Aliases, []string{"Gen. Kayani", "Kayani"}) {
		t.Errorf("aliases %q: the forms the stories use, and the bare name merged in", f.Aliases)
	}
	if f.Stories != 2 || f.Quotes != 2 || f.Mentions != 4 {
		t.Errorf("Kayani: %d stories, %d quotes, %d mentions; want 2, 2, 4", f.Stories, f.Quotes, f.Mentions)
	}
	if got := l.QuotesBy(f.Name); len(got) != 2 || got[1] != (QuoteRef{1, 0}) {
		t.Errorf("QuotesBy = %v", got)
	}
	if got := l.StoriesWith("Robert F. Godec"); len(got) != 1 || got[0] != 1 {
		t.Errorf("StoriesWith(Godec) = %v", got)
	}
	if l.People()[0].Name != "Ashfaq Pervez Kayani" {
		t.Errorf("most quoted first: got %q", l.People()[0].Name)
	}
}

func TestLibraryKeepsSharedSurnamesApart(t *testing.T) {
	a := &Story{People: []Person{{Name: "Nawaz Sharif"}, {Name: "Shahbaz Sharif"}, {Name: "Sharif"}}}
	l := NewLibrary([]*Story{a})
	if n := len(l.People()); n != 3 {
		t.Fatalf("got %d people; a bare surname shared by two must stay apart", n)
	}
	if _, ok := l.Find("Sharif"); !ok {
		t.Error("Find(Sharif) should find the bare Sharif by exact name")
	}
}

func TestLibraryMatchesTellsAmbiguity(t *testing.T) {
	a := &Story{People: []Person{{Name: "Nawaz Sharif"}, {Name: "Shahbaz Sharif"}, {Name: "Robert Gates"}}}
	l := NewLibrary([]*Story{a})
	if m := l.Matches("sharif"); len(m) != 2 {
		t.Errorf("Matches(sharif) = %v; want both Sharifs", m)
	}
	if _, ok := l.Find("sharif"); ok {
		t.Error("Find(sharif) must not pick one of two")
	}
	if m := l.Matches("Nobody"); len(m) != 0 {
		t.Errorf("Matches(Nobody) = %v", m)
	}
	if f, ok := l.Find("robert  GATES"); !ok || f.Name != "Robert Gates" {
		t.Errorf("Find ignores case and spacing: got %q, %v", f.Name, ok)
	}
}
