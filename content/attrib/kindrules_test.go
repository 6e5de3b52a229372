package attrib

import (
	"slices"
	"strings"
	"testing"
)

// The kind rules in their order of precedence. Moving, adding or deleting
// a rule changes which one decides: this list changes with the table, on
// purpose, in the same commit.
var kindOrder = []string{
	"cue-names-document",
	"cable-jargon",
	"cable-reference-beside",
	"document-title",
	"quote-speaks-of-the-leak",
	"statement-writer",
	"written-in-the-press",
	"writing-verb-cue",
	"quoted-through-document",
	"so-called-name",
	"quoted-in-the-press",
	"statements-by-are-spoken",
	"pair-spoken",
	"label-by-agent",
	"speaks-of-document",
	"said-of-document",
	"us-diplomats-describe",
	"document-frame",
	"document-frame-after",
	"cable-paragraph-marked",
	"under-cable-header",
	"paragraph-frame",
	"document-link-ends-paragraph",
	"described-in-document",
	"passive-label",
	"writers-label",
	"document-tells-before",
	"told-the-americans",
	"writers-report-that",
	"reported-as-saying",
	"the-writer-reports",
	"writer-role-reports",
	"embassy-officer-reports",
	"mission-holds-view",
	"quote-goes-on",
	"story-goes-on-quoting",
	"phrase-mentioned",
	"frame-next-sentence",
	"document-cue-ends-next-sentence",
	"frame-next-paragraph",
	"framed-paragraph-before",
	"announced-by-colon",
	"list-of-revelations",
	"same-writer-goes-on",
	"reportedly-goes-on",
	"speaker-goes-on-in-document",

	"writer-framed-before",
	"writer-in-cable-story",
	"unnamed-writer",
	"spoken-setting-beats-frame",
	"spoken-sentence-goes-on",
	"label-in-cable-story",
	"label-pair",
	"label-on-person",
	"passage-stands-alone",
	"speech",
}

func TestKindRuleOrder(t *testing.T) {
	if err := kindRules.Check(); err != nil {
		t.Fatal(err)
	}
	if got := kindRules.Names(); !slices.Equal(got, kindOrder) {
		t.Errorf("kind rules\n got  %q\n want %q", got, kindOrder)
	}
}

// TestKindRules has a row per kind rule, named after it: its example
// sentence's last quote gets the rule's verdict, decided by that rule and
// no rule before it.
func TestKindRules(t *testing.T) {
	for _, r := range kindRules.Rules {
		t.Run(r.Name, func(t *testing.T) {
			qs := quotesOf(strings.Split(r.Example, "¶"))
			if len(qs) == 0 {
				t.Fatalf("no quote in %q", r.Example)
			}
			q := qs[len(qs)-1]
			var by string
			for _, why := range q.Why {
				if why.Decision == "kind" {
					by = why.Rule
				}
			}
			if q.Kind != r.Verdict || by != r.Name {
				t.Errorf("%q: %s by %s, want %s by %s (%+v)", r.Example, q.Kind, by, r.Verdict, r.Name, q.Why)
			}
		})
	}
}

// TestJargonMarksFindEveryJargonWord: every word of cable-jargon.txt, as
// the cables write it (lower case, capitalised, in capitals), holds one of
// the marks mayHoldJargon looks for, or a quote that holds it would be
// passed over unread.
func TestJargonMarksFindEveryJargonWord(t *testing.T) {
	for w := range cableJargonWords {
		for _, form := range []string{w, strings.ToUpper(w[:1]) + w[1:], strings.ToUpper(w)} {
			if !mayHoldJargon("the " + form + " met him") {
				t.Errorf("%q holds no jargon mark", form)
			}
		}
	}
	for _, w := range []string{"GOJ", "GOK"} {
		if !mayHoldJargon("the " + w + " met him") {
			t.Errorf("%q holds no jargon mark", w)
		}
	}
}

// TestLeakMarksFindEveryLeakWord: every word of leak-words.txt, as a page
// writes it (lower case, capitalised, in capitals), holds a mark
// mayNameTheLeak looks for, or a quote that holds it would be passed over.
func TestLeakMarksFindEveryLeakWord(t *testing.T) {
	for w := range leakWords {
		for _, form := range []string{w, strings.ToUpper(w[:1]) + w[1:], strings.ToUpper(w)} {
			if !mayNameTheLeak(form) {
				t.Errorf("%q holds no leak mark", form)
			}
		}
	}
}
