package people_test

import (
	"slices"
	"testing"

	"cables/content"
	"cables/model"
)

// librarySources are stories written for this test, each naming people
// another story names differently.
var librarySources = []struct{ name, text string }{
	{"singh-pm.txt", "Envoy praised Singh's calm, cable shows\n\nNEW DELHI — Prime Minister Manmohan Singh told the visiting envoy that “the border will stay quiet,” according to a cable sent in 2009.\n\nSingh later told reporters he had “nothing to add.”\n"},
	{"singh-minister.txt", "Minister doubted the deal, cables say\n\nFormer foreign minister Jaswant Singh said “the deal was never ours,” a cable from the embassy reported.\n"},
	{"bush-initial.txt", "Cable recalls Bush visit\n\nPresident George W. Bush told the king that “patience will pay,” the cable says.\n"},
	{"bush-plain.txt", "Bush warned of delays, embassy wrote\n\nGeorge Bush said “we cannot wait forever,” according to a 2007 cable. Bush then left for Riyadh.\n"},
	{"kayani-e.txt", "Army chief's doubts in cable\n\nGen. Ashfaq Pervez Kayani told the ambassador that “the army will not move,” the cable says.\n"},
	{"kayani-a.txt", "Kayani complained of drones, cable says\n\nGeneral Ashfaq Parvez Kayani said “the strikes make our work harder,” a 2009 cable reports. Kayani declined to say more.\n"},
	{"ben-ali-family.txt", "Cables describe a ruling family\n\nPresident Zine el-Abidine Ben Ali told the envoy that “order comes first,” a cable says. His wife, Leila Ben Ali, said “the family is united,” the envoy wrote. Ben Ali smiled.\n"},
	{"ben-ali-president.txt", "Ben Ali closed the border, cable says\n\nPresident Ben Ali told the envoy that “the border is closed,” a cable says.\n"},
	{"ben-ali.txt", "Ben Ali fled, cable foresaw\n\nZine al-Abidine Ben Ali said “I will never leave,” according to a 2008 cable.\n"},
}

// TestOnePersonAcrossStories reads the stories as the program does and
// checks the library's people: one entry per person whatever each story
// calls them, two where a story tells two apart.
func TestOnePersonAcrossStories(t *testing.T) {
	var stories []*model.Story
	for _, src := range librarySources {
		s, err := content.Parse(src.name, []byte(src.text))
		if err != nil {
			t.Fatal(err)
		}
		stories = append(stories, s)
	}
	lib := model.NewLibrary(stories)
	var names []string
	for _, f := range lib.People() {
		names = append(names, f.Name)
	}
	slices.Sort(names)
	want := []string{"Ashfaq Parvez Kayani", "George W. Bush", "Jaswant Singh", "Leila Ben Ali", "Manmohan Singh", "Zine el-Abidine Ben Ali"}
	if !slices.Equal(names, want) {
		t.Fatalf("people %q\nwant   %q", names, want)
	}
	for _, tc := range []struct {
		name, query string
		want        []string // the people the query names
		quotes      int      // the quotes of the one it names
	}{
		{"a middle initial, and the fullest name names him", "George Bush", []string{"George W. Bush"}, 2},
		{"a bare surname after the merge", "Bush", []string{"George W. Bush"}, 2},
		{"a given name spelled two ways", "Ashfaq Pervez Kayani", []string{"Ashfaq Parvez Kayani"}, 2},
		{"particles written two ways, and a story that calls him Ben Ali only", "Zine al-Abidine Ben Ali", []string{"Zine el-Abidine Ben Ali"}, 3},
		{"a wife a story tells apart stays apart", "Leila Ben Ali", []string{"Leila Ben Ali"}, 1},
		{"a surname two people hold is ambiguous", "Singh", []string{"Manmohan Singh", "Jaswant Singh"}, 0},
		{"a surname a family shares is ambiguous", "Ben Ali", []string{"Zine el-Abidine Ben Ali", "Leila Ben Ali"}, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, f := range lib.Matches(tc.query) {
				got = append(got, f.Name)
			}
			if !slices.Equal(got, tc.want) {
				t.Fatalf("Matches(%q) = %q, want %q", tc.query, got, tc.want)
			}
			if f, err := lib.Find(tc.query); err == nil && len(lib.QuotesBy(f.Name)) != tc.quotes {
				t.Errorf("%s said %d quotes, want %d", f.Name, len(lib.QuotesBy(f.Name)), tc.quotes)
			}
		})
	}
}
