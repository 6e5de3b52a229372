package page

import (
	"slices"
	"testing"
)

// The dateline rules in their order of precedence; this list changes with
// the table, on purpose, in the same commit.
var datelineOrder = []string{"date-before-place", "speaker-label", "place-and-country", "paper-and-place", "known-place", "capitals-before-dash", "place-before-full-date"}

func TestDatelineRuleOrder(t *testing.T) {
	if err := datelineRules.Check(); err != nil {
		t.Fatal(err)
	}
	if got := datelineRules.Names(); !slices.Equal(got, datelineOrder) {
		t.Errorf("dateline rules\n got  %q\n want %q", got, datelineOrder)
	}
}

// TestDatelineRules has a row per dateline rule, named after it: its
// example paragraph starts with a dateline found by that rule and no rule
// before it.
func TestDatelineRules(t *testing.T) {
	for _, r := range datelineRules.Rules {
		t.Run(r.Name, func(t *testing.T) {
			c, ok := datelineOf(r.Example)
			if !ok {
				t.Fatalf("%q: no dateline's shape", r.Example)
			}
			if _, fired := datelineRules.Decide(&c); fired.Rule != r.Name || fired.Evidence == "" {
				t.Errorf("%q: dateline %q by %q, want one by %s", r.Example, fired.Evidence, fired.Rule, r.Name)
			}
		})
	}
}
