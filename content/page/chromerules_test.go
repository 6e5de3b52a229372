package page

import (
	"slices"
	"testing"
)

// The chrome rules in their order of precedence; this list changes with
// the table, on purpose, in the same commit.
var chromeOrder = []string{"breadcrumb", "style-rule", "script-code", "script-setting", "story-link-line", "author-bio", "site-furniture", "ends-click-here", "contributor-credit", "chrome-pattern", "contact-line", "rights-notice", "count-list-item", "outlet-credit", "forum-badge", "page-label", "furniture-dense"}

func TestChromeRuleOrder(t *testing.T) {
	if err := chromeRules.Check(); err != nil {
		t.Fatal(err)
	}
	if got := chromeRules.Names(); !slices.Equal(got, chromeOrder) {
		t.Errorf("chrome rules\n got  %q\n want %q", got, chromeOrder)
	}
}

// TestChromeRules has a row per chrome rule, named after it: its example
// line is chrome by that rule and no rule before it.
func TestChromeRules(t *testing.T) {
	for _, r := range chromeRules.Rules {
		t.Run(r.Name, func(t *testing.T) {
			c := chromeCaseOf(r.Example)
			if _, fired := chromeRules.Decide(&c); fired.Rule != r.Name {
				t.Errorf("%q: chrome by %q, want %s", r.Example, fired.Rule, r.Name)
			}
		})
	}
}

// TestContactLineIsNoStorySentence: a story's sentence that opens on
// "Call" and counts in millions is no contact line.
func TestContactLineIsNoStorySentence(t *testing.T) {
	for _, line := range []string{"Call centres in the capital employ 2,000,000 people, the embassy wrote.", "Contact with the minister was cut in 2009, 2010 and 2011."} {
		if c := chromeCaseOf(line); func() bool { _, ok := c.contactLine(); return ok }() {
			t.Errorf("%q read as a contact line", line)
		}
	}
}
