package page

import (
	"slices"
	"strings"
	"testing"
)

// The headline rules in their order of precedence; these lists change with
// the tables, on purpose, in the same commit.
var (
	headlineOrder = []string{"under-its-trail", "under-masthead", "under-outlet-name", "under-section-label", "under-blog-name", "over-repeated-opening", "first-line"}
	titleOrder    = []string{"reading-label", "list-bullet", "trailing-bars", "site-name"}
)

func TestHeadlineRuleOrder(t *testing.T) {
	if err := headlineRules.Check(); err != nil {
		t.Fatal(err)
	}
	if err := titleRules.Check(); err != nil {
		t.Fatal(err)
	}
	if got := headlineRules.Names(); !slices.Equal(got, headlineOrder) {
		t.Errorf("headline rules\n got  %q\n want %q", got, headlineOrder)
	}
	if got := titleRules.Names(); !slices.Equal(got, titleOrder) {
		t.Errorf("title rules\n got  %q\n want %q", got, titleOrder)
	}
}

// TestHeadlineRules has a row per headline rule, named after it: on its
// example page the rule, and no rule before it, finds the headline.
func TestHeadlineRules(t *testing.T) {
	const headline = "Envoys saw the minister as isolated"
	for _, r := range headlineRules.Rules {
		t.Run(r.Name, func(t *testing.T) {
			units := splitUnits(r.Example)
			place, fired := headlineRules.Decide(units)
			if fired.Rule != r.Name || place.title < 0 || units[place.title] != headline {
				t.Errorf("headline by %q at %d (%q), want %s", fired.Rule, place.title, fired.Evidence, r.Name)
			}
			if s := mustParse(t, "x.txt", r.Example); s.Title != headline || len(s.Paragraphs) != 2 {
				t.Errorf("title %q, body %q", s.Title, s.Paragraphs)
			}
		})
	}
}

// TestTitleRules has a row per title rule, named after it: it takes the
// furniture off its example headline.
func TestTitleRules(t *testing.T) {
	const headline = "Envoys saw the minister as isolated"
	for i, r := range titleRules.Rules {
		t.Run(r.Name, func(t *testing.T) {
			got, fired := titleRules.DecideFrom(r.Example, i)
			if fired.Rule != r.Name || got != headline || trimTitle(r.Example) != headline {
				t.Errorf("%q: %q by %q, want %q by %s", r.Example, got, fired.Rule, headline, r.Name)
			}
		})
	}
}

var dateAboveOrder = []string{"weather-widget-date", "masthead-date", "masthead-date-years-after-the-story", "story-date-above"}

// TestDateAboveRules has a row per rule for dates above a headline, named
// after it: its example's date above (before ¶), over a story dated as the
// date after ¶ (or, when that is no date line, over a story of those
// words), is decided by that rule.
func TestDateAboveRules(t *testing.T) {
	if err := dateAboveRules.Check(); err != nil {
		t.Fatal(err)
	}
	if got := dateAboveRules.Names(); !slices.Equal(got, dateAboveOrder) {
		t.Errorf("date-above rules\n got  %q\n want %q", got, dateAboveOrder)
	}
	for _, r := range dateAboveRules.Rules {
		t.Run(r.Name, func(t *testing.T) {
			above, under, _ := strings.Cut(r.Example, "¶")
			s := &Page{}
			if under != "" {
				dlUnder, ok := readDateLine(under, false)
				if !ok {
					s.Paragraphs = []string{under} // (no date line: the story under the headline)
				}
				s.Published = dlUnder.published
			}
			c := dateAbove{s: s}
			if i := strings.LastIndexByte(above, '\n'); i >= 0 {
				c.before, above = above[:i], above[i+1:]
			}
			var ok bool
			c.dl, ok = readDateLine(above, false)
			if _, fired := dateAboveRules.Decide(&c); !ok || fired.Rule != r.Name {
				t.Errorf("%q: decided by %q, want %s", r.Example, fired.Rule, r.Name)
			}
		})
	}
}

// TestDateAboveAStoryOfItsYears: a date above the headline stays the
// story's when the story names a year near it.
func TestDateAboveAStoryOfItsYears(t *testing.T) {
	s := &Page{Paragraphs: []string{"In 2009 the ambassador wrote that the port was lost; in 2019 it was sold."}}
	c := dateAbove{s: s}
	c.dl, _ = readDateLine("Saturday, April 20, 2024", false)
	if take, fired := dateAboveRules.Decide(&c); !take {
		t.Errorf("the date above was passed over by %s", fired.Rule)
	}
}
