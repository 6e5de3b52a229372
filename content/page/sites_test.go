package page

import (
	"slices"
	"testing"
)

// TestSiteFurniture has a row per line of sites.txt, named after the site, with
// a line the site prints; and a line of story for each that must stay.
func TestSiteFurniture(t *testing.T) {
	tests := []struct{ site, chrome, story string }{
		{"cnn.com", "STORY HIGHLIGHTS", "The highlights of the story came later, the envoy wrote."},
		{"bbc.co.uk", "Have Your Say", "Have your say, the minister told the crowd, and then went home."},
		{"nytimes.com", "A version of this article appears in print on May 5, 2011, on page A8 of the New York edition.",
			"A version of this cable was never sent, the ambassador said."},
		{"dailymail.co.uk", "Here's what readers have had to say so far.", "Here's what the readers of the cables will find: gossip."},
		{"dailymail.co.uk", "The views expressed in the contents above are those of our users and do not necessarily reflect the views of Example Online.",
			"The views expressed in the cable were the envoy's own."},
		{"ndtv.com", "This Article is From Dec 01, 2010", "This article is about the cables from Delhi."},
		{"jamiiforums.com", "Toa taarifa ya maudhui yasiyofaa!", "Toa taarifa, the envoy was told in Swahili: report it."},
		{"jamiiforums.com", "Kuna taarifa umeiona humu JamiiForums na haifai kubaki?", "JamiiForums posted the cable on Monday."},
		{"jamiiforums.com", "Fanya hivi...", "Fanya hivi was all the minister said."},
		{"jamiiforums.com", "Umesahau Password au akaunti yako?", "The envoy forgot his password, the cable says."},
		{"jamiiforums.com", "Unapata ugumu kuikumbuka akaunti yako? Jaribu tena.", "The account of the meeting was hard to recall, he said."},
		{"smh.com.au", "We’re sorry, this feature is currently unavailable. We’re working to restore it. Please try again later.", "We’re sorry, the minister told the envoy, but the port is closed."},
	}
	covered := map[string]int{}
	for _, tt := range tests {
		t.Run(tt.site, func(t *testing.T) {
			if !isChrome(tt.chrome) {
				t.Errorf("%q is not chrome", tt.chrome)
			}
			if isChrome(tt.story) {
				t.Errorf("%q, story text, is chrome", tt.story)
			}
		})
		covered[tt.site]++
	}
	for _, r := range siteRules {
		if covered[r.site] == 0 {
			t.Errorf("sites.txt: %s has no row here", r.site)
		}
		covered[r.site]--
	}
}

func TestSiteTableRefusesMalformedLines(t *testing.T) {
	for _, table := range []string{"cnn.com story highlights", "cnn.com\tlong\tstory", "cnn.com\t200\t(unclosed"} {
		if _, err := readSiteRules("# comment\n" + table + "\n"); err == nil {
			t.Errorf("%q read without an error", table)
		}
	}
}

// TestSiteRulesByLength: siteChrome asks every rule of sites.txt, the
// rules for the longest lines first, so that it stops at the first rule
// too short for a line; a rule out of that order would never be asked of
// the lines it is for.
func TestSiteRulesByLength(t *testing.T) {
	if len(siteRulesByLength) != len(siteRules) {
		t.Fatalf("%d rules by length, %d in sites.txt", len(siteRulesByLength), len(siteRules))
	}
	for i := 1; i < len(siteRulesByLength); i++ {
		if a, b := siteRulesByLength[i-1], siteRulesByLength[i]; a.longest < b.longest {
			t.Errorf("%s (%d bytes) is asked before %s (%d)", a.site, a.longest, b.site, b.longest)
		}
	}
	for _, r := range siteRules {
		if !slices.ContainsFunc(siteRulesByLength, func(s siteRule) bool { return s.line == r.line }) {
			t.Errorf("%s's rule %s is never asked", r.site, r.line)
		}
	}
}
