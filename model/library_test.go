package model

import (
	"slices"
	"strings"
	"testing"
)

func TestLibraryMergesSurnameIntoFullName(t *testing.T) {
	a := &Story{People: []Person{{Name: "Ashfaq Pervez Kayani", Aliases: []string{"Gen. Kayani"}, Mentions: 3}},
		Quotes: []Quote{{Text: "x", Speaker: "Ashfaq Pervez Kayani"}}}
	b := &Story{People: []Person{{Name: "Kayani", Mentions: 1}, {Name: "Robert F. Godec", Mentions: 2}},
		Quotes: []Quote{{Text: "y", Speaker: "Kayani"}, {Text: "z", Speaker: "Robert F. Godec"}}}
	l := NewLibrary([]*Story{a, b})
	f, err := l.Find("kayani")
	if err != nil || f.Name != "Ashfaq Pervez Kayani" {
		t.Fatalf("Find(kayani) = %q, %v; want Ashfaq Pervez Kayani", f.Name, err)
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
	// the bare Sharif is one of three: the query must say which
	if m := l.Matches("Sharif"); len(m) != 3 {
		t.Errorf("Matches(Sharif) = %v; want all three", m)
	}
}

// people builds a story naming people, each "Name" or "Name=alias|alias".
func people(names ...string) *Story {
	s := &Story{}
	for _, n := range names {
		name, aliases, _ := strings.Cut(n, "=")
		p := Person{Name: name, Mentions: 1}
		if aliases != "" {
			p.Aliases = strings.Split(aliases, "|")
		}
		s.People = append(s.People, p)
	}
	return s
}

func TestLibraryMergesOnePersonAcrossStories(t *testing.T) {
	for _, tc := range []struct {
		name    string
		stories []*Story
		want    []string // the library's people, by name, sorted
	}{
		{"a middle initial", []*Story{people("Jorge Ruiz"), people("Jorge M. Ruiz")}, []string{"Jorge M. Ruiz"}},
		{"a transliteration", []*Story{people("Tariq Pervez Lodhi"), people("Tariq Parvez Lodhi")}, []string{"Tariq Pervez Lodhi"}},
		{"particles written three ways", []*Story{people("Omar el-Hadi Ben Youssef"), people("Omar al-Hadi Ben Youssef"), people("Omar el Hadi Ben Youssef")},
			[]string{"Omar el-Hadi Ben Youssef"}},
		{"another given name is another person", []*Story{people("Omar Ben Youssef"), people("Leila Ben Youssef")},
			[]string{"Leila Ben Youssef", "Omar Ben Youssef"}},
		{"a story that names both keeps them apart", []*Story{people("Jorge Ruiz", "Jorge M. Ruiz"), people("Jorge M. Ruiz")},
			[]string{"Jorge M. Ruiz", "Jorge Ruiz"}},
		{"two fuller names do not meet through a shorter one", []*Story{people("Jorge Ruiz"), people("Jorge M. Ruiz"), people("Jorge L. Ruiz")},
			[]string{"Jorge L. Ruiz", "Jorge M. Ruiz"}},
		{"the fullest name names the group, though a shorter one is more mentioned", []*Story{people("George Bush"), people("George Bush"), people("George W. Bush")},
			[]string{"George W. Bush"}},
		{"a surname of two words joins the full name the stories call by it", []*Story{people("Zine Ben Ali=President Zine Ben Ali|Ben Ali", "Leila Ben Ali"), people("Ben Ali=President Ben Ali")},
			[]string{"Leila Ben Ali", "Zine Ben Ali"}},
		{"a surname the stories call two people by stays apart", []*Story{people("Nawaz Sharif=Nawaz Sharif|Sharif"), people("Shahbaz Sharif=Sharif"), people("Sharif")},
			[]string{"Nawaz Sharif", "Shahbaz Sharif", "Sharif"}},
		{"a bare surname joins the merged person", []*Story{people("Jorge Ruiz"), people("Jorge M. Ruiz"), people("Ruiz")}, []string{"Jorge M. Ruiz"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			l := NewLibrary(tc.stories)
			var got []string
			for _, f := range l.People() {
				got = append(got, f.Name)
			}
			slices.Sort(got)
			if !slices.Equal(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestLibraryMergedPersonKeepsEveryForm(t *testing.T) {
	l := NewLibrary([]*Story{people("Jorge Ruiz=President Ruiz"), people("Jorge M. Ruiz=Jorge M. Ruiz|Mr Ruiz")})
	f, err := l.Find("Jorge Ruiz")
	if err != nil || f.Name != "Jorge M. Ruiz" || f.Stories != 2 {
		t.Fatalf("Find(Jorge Ruiz) = %+v, %v", f, err)
	}
	for _, form := range []string{"Jorge Ruiz", "President Ruiz", "Mr Ruiz"} {
		if !slices.Contains(f.Aliases, form) {
			t.Errorf("aliases %q lack %q", f.Aliases, form)
		}
	}
	if got := l.Canonical(0, "Jorge Ruiz"); got != "Jorge M. Ruiz" {
		t.Errorf("Canonical = %q", got)
	}
}

func TestLibrarySurnameOfTwoIsAmbiguous(t *testing.T) {
	// one story calls its Lodhi just "Lodhi" too; the query still names two
	l := NewLibrary([]*Story{people("Tariq Lodhi=Tariq Lodhi|Lodhi"), people("Karim Lodhi=Mr Lodhi")})
	if m := l.Matches("Lodhi"); len(m) != 2 {
		t.Errorf("Matches(Lodhi) = %v; want both", m)
	}
	if m := l.Matches("Mr Lodhi"); len(m) != 1 || m[0].Name != "Karim Lodhi" {
		t.Errorf("Matches(Mr Lodhi) = %v; want Karim Lodhi by alias", m)
	}
}

func TestLibraryMatchesTellsAmbiguity(t *testing.T) {
	a := &Story{People: []Person{{Name: "Nawaz Sharif"}, {Name: "Shahbaz Sharif"}, {Name: "Robert Gates"}}}
	l := NewLibrary([]*Story{a})
	if m := l.Matches("sharif"); len(m) != 2 {
		t.Errorf("Matches(sharif) = %v; want both Sharifs", m)
	}
	if _, err := l.Find("sharif"); err == nil || !strings.Contains(err.Error(), "could be Nawaz Sharif, Shahbaz Sharif") {
		t.Errorf("Find(sharif) must not pick one of two, and must name both: %v", err)
	}
	if _, err := l.Find("Nobody"); err == nil || !strings.Contains(err.Error(), "no one called") {
		t.Errorf("Find(Nobody) = %v", err)
	}
	if m := l.Matches("Nobody"); len(m) != 0 {
		t.Errorf("Matches(Nobody) = %v", m)
	}
	if f, err := l.Find("robert  GATES"); err != nil || f.Name != "Robert Gates" {
		t.Errorf("Find ignores case and spacing: got %q, %v", f.Name, err)
	}
}
