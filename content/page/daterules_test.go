package page

import (
	"slices"
	"testing"
)

// The rules of a date line in their order of precedence; these lists
// change with the tables, on purpose, in the same commit.
var (
	besideDateOrder = []string{"blog-filing", "place-before-date", "agency-before-date", "section-before-label", "section-before-date", "credit-before-date", "source-after-date", "column-after-date", "view-count-after-date", "comment-count-after-date", "comment-prompt-after-date", "site-user-after-date", "print-page-after-date", "tools-beside-date", "published-on-before-date", "reporter-before-date"}
	segmentOrder    = []string{"date-label", "update-clock", "clock-of-date", "clock-and-agencies", "unpadded-clock", "chrome-beside-date", "age-after-date", "print-page", "section-beside-date", "place-at-the-end", "credit-and-place", "credit-beside-date", "agency-beside-date"}
)

func TestDateLineRuleOrder(t *testing.T) {
	for _, tt := range []struct {
		check func() error
		names []string
		want  []string
	}{
		{besideDateRules.Check, besideDateRules.Names(), besideDateOrder},
		{segmentRules.Check, segmentRules.Names(), segmentOrder},
	} {
		if err := tt.check(); err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(tt.names, tt.want) {
			t.Errorf("rules\n got  %q\n want %q", tt.names, tt.want)
		}
	}
}

// TestDateLineRules has a row per rule of a date line, named after it:
// its example is a date line on which that rule fires.
func TestDateLineRules(t *testing.T) {
	rules := map[string]string{}
	for _, r := range besideDateRules.Rules {
		rules[r.Name] = r.Example
	}
	for _, r := range segmentRules.Rules {
		rules[r.Name] = r.Example
	}
	for _, name := range append(slices.Clone(besideDateOrder), segmentOrder...) {
		t.Run(name, func(t *testing.T) {
			var fired []string
			_, ok := readDateLineTraced(rules[name], false, func(rule string) { fired = append(fired, rule) })
			if !ok || !slices.Contains(fired, name) {
				t.Errorf("%q: date line %v, rules %q; want %s to fire", rules[name], ok, fired, name)
			}
		})
	}
}

// TestDateLinesBesideCommentCounts: a comment count after "with", and a
// clock glued to the comments link, leave the line a date line.
func TestDateLinesBesideCommentCounts(t *testing.T) {
	for _, line := range []string{"Published on April 10, 2013 with No Comments", "29 Nov 2010 04:59Comments"} {
		if dl, ok := readDateLine(line, false); !ok || dl.published.IsZero() {
			t.Errorf("%q: no date line", line)
		}
	}
}
