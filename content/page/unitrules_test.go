package page

import (
	"slices"
	"strings"
	"testing"
)

// The line rules in their order of precedence; this list changes with the
// table, on purpose, in the same commit.
var unitOrder = []string{"headline-again", "headline-cut", "headline-again-dated", "date-line", "clock-line", "byline-line", "caption-line", "caption-copy", "chrome-line", "header-line", "photo-credit", "body"}

func TestUnitRuleOrder(t *testing.T) {
	if err := unitRules.Check(); err != nil {
		t.Fatal(err)
	}
	if got := unitRules.Names(); !slices.Equal(got, unitOrder) {
		t.Errorf("line rules\n got  %q\n want %q", got, unitOrder)
	}
}

// TestUnitRules has a row per line rule, named after it: its example is a
// headline and the lines under it (split at ¶), the last of which is
// given its part by that rule.
func TestUnitRules(t *testing.T) {
	for _, r := range unitRules.Rules {
		t.Run(r.Name, func(t *testing.T) {
			lines := strings.Split(r.Example, "¶")
			last := ""
			fillUnitsTraced(&Page{Title: lines[0]}, lines[1:], false, func(k int, rule string) {
				if k == len(lines)-2 {
					last = rule
				}
			})
			if last != r.Name {
				t.Errorf("%q: last line by %q, want %s", r.Example, last, r.Name)
			}
		})
	}
}

// Rule photo-credit reads no line longer than maxAgencyName.
func TestAgencyNamesFitPhotoCredit(t *testing.T) {
	for _, set := range []map[string]bool{wireAgencies, photoAgencies} {
		for name := range set {
			if len(name) > maxAgencyName {
				t.Errorf("agency %q is longer than maxAgencyName", name)
			}
		}
	}
}
