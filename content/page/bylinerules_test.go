package page

import (
	"slices"
	"testing"
)

// The byline rules in their order of precedence; this list changes with
// the table, on purpose, in the same commit.
var bylineOrder = []string{"desk-credit", "name-then-role", "two-writers", "writer-in-place", "credit-prefix"}

func TestBylineRuleOrder(t *testing.T) {
	if err := bylineRules.Check(); err != nil {
		t.Fatal(err)
	}
	if got := bylineRules.Names(); !slices.Equal(got, bylineOrder) {
		t.Errorf("byline rules\n got  %q\n want %q", got, bylineOrder)
	}
}

// TestBylineRules has a row per byline rule, named after it: its example
// line is a byline by that rule and no rule before it.
func TestBylineRules(t *testing.T) {
	for _, r := range bylineRules.Rules {
		t.Run(r.Name, func(t *testing.T) {
			c := bylineCase{line: r.Example, words: bylineWords(r.Example)}
			if _, fired := bylineRules.Decide(&c); fired.Rule != r.Name || fired.Evidence == "" {
				t.Errorf("%q: byline %q by %q, want one by %s", r.Example, fired.Evidence, fired.Rule, r.Name)
			}
		})
	}
}

// name-then-role: the role may have the outlet after it; a sentence with
// commas is no byline.
func TestNameThenRoleWithOutlet(t *testing.T) {
	for line, want := range map[string]string{
		"Ada Quill, Washington Correspondent, Example News":  "Ada Quill",
		"Ada Quill, the envoy, wrote that the port was idle": "",
	} {
		if got, _ := byline(line); got != want {
			t.Errorf("byline(%q) = %q, want %q", line, got, want)
		}
	}
}
