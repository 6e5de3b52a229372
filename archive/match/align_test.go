package match

import (
	"strings"
	"testing"

	"cables/archive/norm"
	"cables/model"
)

// judged aligns a quote with a cable passage and returns the verdict and
// the differences as "kind:story/cable".
func judged(quote, cable string) (model.Verdict, float64, string) {
	words, cw := norm.Story(quote), norm.Cable(cable)
	a := align(words, cw, nil, &speller{})
	t := count(words, a)
	var diffs []string
	for _, d := range differences(quote, words, cable, cw, a) {
		diffs = append(diffs, string(d.Kind)+":"+d.Story+"/"+d.Cable)
	}
	return t.verdict(), t.coverage(), strings.Join(diffs, " ")
}

func TestVerdicts(t *testing.T) {
	const cable = `1. (C) The minister said farmers downstream receive a third less water than the accord promises, and that the gap has grown each year since the gauges broke. He said he would raise the matter in the council of common interests but expected little
ISLAMABAD 00000900 002 OF 002
from it. (Comment: the council has not met since the autumn. End comment.)
2. (C) The U.S. program for new gauges has the minister,s support. It has never been used on the main canals.`
	for _, tc := range []struct {
		name, quote string
		verdict     model.Verdict
		diffs       string
	}{
		{"same words", "farmers downstream receive a third less water than the accord promises,", model.Verbatim, ""},
		{"across a page line", "raise the matter in the council of common interests but expected little from it.", model.Verbatim, ""},
		{"case only", "The Minister said farmers downstream receive a third less", model.Verbatim, "case:Minister/minister"},
		{"US for U.S. and a British spelling", "The US programme for new gauges has the minister's support.", model.Edited, "spelling:programme/program"},
		{"a contraction", "It's never been used on the main canals.", model.Edited, "spelling:It's/It has"},
		{"words dropped at an ellipsis", "farmers downstream receive a third less water ... since the gauges broke.", model.Edited,
			"ellipsis:/than the accord promises, and that the gap has grown each year"},
		{"words dropped without a mark", "farmers downstream receive a third less water than the accord promises, and the gap has grown each year", model.Edited,
			"omitted:/that"},
		{"an insertion in brackets", "He said he would raise the matter [of water] in the council of common interests", model.Edited,
			"inserted:of water/"},
		{"a gloss in parentheses", "the council (of ministers) has not met since the autumn.", model.Edited, "inserted:of ministers/"},
		{"a word replaced", "farmers downstream receive a quarter less water than the accord promises", model.Altered, "replaced:quarter/third"},
		{"a typo kept", "farmers downstreem receive a third less water than the accord", model.Edited, "spelling:downstreem/downstream"},
		{"the story's own words", "growers at the end of the canal get far less than they were promised by the accord", model.NotFound, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v, _, diffs := judged(tc.quote, cable)
			if v != tc.verdict {
				t.Errorf("verdict %s, want %s (diffs %s)", v, tc.verdict, diffs)
			}
			if tc.diffs != "" && !strings.Contains(diffs, tc.diffs) {
				t.Errorf("differences %q, want %q among them", diffs, tc.diffs)
			}
		})
	}
}

func TestQuoteCutMidWord(t *testing.T) {
	v, c, _ := judged("a police state, with little freedom of expression or association, and serious human rights p",
		"Tunisia is a police state, with little freedom of expression or association, and serious human rights problems.")
	if v != model.Verbatim || c != 1 {
		t.Errorf("verdict %s coverage %v", v, c)
	}
}

func TestSpelling(t *testing.T) {
	s := speller{}
	for _, tc := range []struct {
		a, b string
		same bool
	}{
		{"programme", "program", true}, {"behaviour", "behavior", true}, {"radicalise", "radicalize", true},
		{"defence", "defense", true}, {"tactitian", "tactician", true}, {"blonde", "blond", true},
		{"united", "unites", true}, {"evidential", "evidentiary", false}, {"form", "from", false}, {"third", "quarter", false},
	} {
		if got := s.equal(tc.a, tc.b); got != tc.same {
			t.Errorf("equal(%s, %s) = %v", tc.a, tc.b, got)
		}
	}
	for _, tc := range []struct {
		a, b, c string
		same    bool
	}{
		{"front", "runner", "frontrunner", true}, {"it", "has", "its", true}, {"do", "not", "dont", true},
		{"a", "senior", "senior", false}, {"it", "was", "its", false},
	} {
		if got := s.joined(tc.a, tc.b, tc.c); got != tc.same {
			t.Errorf("joined(%s, %s, %s) = %v", tc.a, tc.b, tc.c, got)
		}
	}
}

func TestRefsInAStory(t *testing.T) {
	posts := postsOf([]string{"Embassy Islamabad", "Embassy New Delhi", "Secretary of State"})
	for _, tc := range []struct{ text, want string }{
		{"a U.S. embassy cable from Islamabad, January 24, 2009", "Islamabad 2009-01-24 day"},
		{"a cable sent by then US ambassador Jane Q. Example on 3 March 2008", " 2008-03-03 day by Jane Q. Example"},
		{"leaked cables from New Delhi, June 2009", "New Delhi 2009-06-01 month"},
		{"a secret cable dated February 22 this year", " 2010-02-22 day"},
		{"a cable issued by Secretary of State Hillary Clinton", "Secretary of State by Hillary Clinton"},
		{"he flew to Islamabad on January 24, 2009", ""},
	} {
		var got []string
		for _, r := range hintsIn(tc.text, posts, mustDate("2010-12-01")) {
			s := r.Origin
			if !r.Date.IsZero() {
				s += " " + r.Date.Format("2006-01-02") + map[model.DatePrecision]string{model.DateDay: " day", model.DateMonth: " month"}[r.DatePrecision]
			}
			if r.Author != "" {
				s += " by " + r.Author
			}
			got = append(got, s)
		}
		if strings.Join(got, "; ") != tc.want {
			t.Errorf("hintsIn(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
	ids := IDsIn("Viewing cable 08TUNIS679, see also #09TUNIS492 and 08NEWDELHI2783_a; not 192895 or ISLAMABAD 00000155")
	if len(ids) != 3 || ids[1].ID != "09TUNIS492" || ids[2].ID != "08NEWDELHI2783_a" {
		t.Errorf("IDsIn = %+v", ids)
	}
}
