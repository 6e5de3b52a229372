package attrib

import (
	"slices"
	"strings"
	"testing"

	"cables/content/lex"
	"cables/content/people"
	"cables/content/quotes"
	"cables/content/rule"
	"cables/model"
)

// decided attributes the quotes of a story given as paragraphs separated
// by "¶" and returns its last quote with the rules that decided it.
func decided(t *testing.T, story string) (model.Quote, quoteWhy) {
	t.Helper()
	paras := strings.Split(story, "¶")
	toks, release := lex.TokenizeAll(paras)
	defer release()
	ix := people.Find(paras, toks)
	defer ix.Release()
	var qs []model.Quote
	var why quoteWhy
	attribute(paras, toks, ix, quotes.Scan(paras), func(a *attributor) {
		qs = a.quotes(paras, true)
		if len(qs) > 0 {
			why = a.why[len(qs)-1]
		}
	})
	if len(qs) == 0 {
		t.Fatalf("no quote in %q", story)
	}
	return qs[len(qs)-1], why
}

// The rules of the introduction, speaker and source tables in their order
// of precedence, each with what its example decides: moving, adding or
// deleting a rule changes which one decides, so these lists change with
// the tables, on purpose, in the same commit.
var introOrder = []string{
	"cue-in-sentence",
	"colon-intro",
	"cue-paragraph-before",
	"colon-paragraph-before",
	"paragraph-ends-in-colon",
	"sentence-before",
	"no-cue",
}

// speakerOrder gives each speaker rule's name and the speaker its example
// sentence's last quote gets.
var speakerOrder = []struct{ rule, speaker string }{
	{"cue-after", "Omar Qadir"},
	{"pinned-by-writers", ""},
	{"writer-pins-the-label", "Jane Ruiz"},
	{"document-tells-of-someone", ""},
	{"quoted-by-the-press", "Omar Qadir"},
	{"unnamed-after", ""},
	{"cue-before", "Omar Qadir"},
	{"colon-intro", "Omar Qadir"},
	{"cue-paragraph-before", "Omar Qadir"},
	{"colon-paragraph-before", "Omar Qadir"},
	{"sentence-before", "Omar Qadir"},
	{"document-author", "Jane Ruiz"},
	{"so-called-has-no-speaker", ""},
	{"speaker-of-quote-before", "Omar Qadir"},
	{"speaker-of-paragraph-before", "Omar Qadir"},
	{"speaker-of-sentence", "Omar Qadir"},
	{"nobody-named", ""},
}

// sourceOrder gives each source rule's name and the document its example
// sentence's last quote comes from.
var sourceOrder = []struct{ rule, source string }{
	{"cue-names-document", "2009 cable from Lagos"},
	{"document-in-sentence", "2008 cable from Lagos"},
	{"document-named-before", "2008 cable from Lagos"},
	{"document-named-after", "2008 cable from Lagos"},
	{"no-document", ""},
}

func TestRuleOrder(t *testing.T) {
	for _, tc := range []struct {
		names, want []string
		check       func() error
	}{
		{introRules.Names(), introOrder, introRules.Check},
		{speakerRules.Names(), firsts(speakerOrder, func(r struct{ rule, speaker string }) string { return r.rule }), speakerRules.Check},
		{sourceRules.Names(), firsts(sourceOrder, func(r struct{ rule, source string }) string { return r.rule }), sourceRules.Check},
		{creditRules.Names(), []string{"writer-named-after"}, creditRules.Check},
	} {
		if err := tc.check(); err != nil {
			t.Error(err)
		}
		if !slices.Equal(tc.names, tc.want) {
			t.Errorf("rules\n got  %q\n want %q", tc.names, tc.want)
		}
	}
}

func firsts[T any](rows []T, name func(T) string) []string {
	var names []string
	for _, r := range rows {
		names = append(names, name(r))
	}
	return names
}

// TestIntroRules has a row per introduction rule, named after it: its
// example sentence's last quote is introduced by that rule.
func TestIntroRules(t *testing.T) {
	for _, r := range introRules.Rules {
		t.Run(r.Name, func(t *testing.T) {
			_, why := decided(t, r.Example)
			if why.intro.Rule != r.Name {
				t.Errorf("%q: introduced by %s, want %s", r.Example, why.intro.Rule, r.Name)
			}
		})
	}
}

// TestSpeakerRules has a row per speaker rule, named after it: its example
// sentence's last quote gets its speaker by that rule and no rule before
// it, and --explain says so.
func TestSpeakerRules(t *testing.T) {
	checkFound(t, &speakerRules, func(t *testing.T, name, example string) {
		want := speakerOrder[slices.IndexFunc(speakerOrder, func(r struct{ rule, speaker string }) bool { return r.rule == name })].speaker
		q, why := decided(t, example)
		if q.Speaker != want || why.speaker.Rule != name {
			t.Errorf("%q: speaker %q by %s, want %q by %s", example, q.Speaker, why.speaker.Rule, want, name)
		}
		if want != "" && !explains(q, "speaker", want, name) {
			t.Errorf("%q: no reason speaker=%s by %s in %+v", example, want, name, q.Why)
		}
	})
}

// TestSourceRules has a row per source rule, named after it: its example
// sentence's last quote, a cable passage, comes from the document by that
// rule and no rule before it.
func TestSourceRules(t *testing.T) {
	checkFound(t, &sourceRules, func(t *testing.T, name, example string) {
		want := sourceOrder[slices.IndexFunc(sourceOrder, func(r struct{ rule, source string }) bool { return r.rule == name })].source
		q, why := decided(t, example)
		if q.Kind != model.Cable {
			t.Fatalf("%q: a %s quote, want a cable passage", example, q.Kind)
		}
		if q.Source != want || why.source.Rule != name {
			t.Errorf("%q: source %q by %s, want %q by %s", example, q.Source, why.source.Rule, want, name)
		}
		if want != "" && !explains(q, "source", want, name) {
			t.Errorf("%q: no reason source=%s by %s in %+v", example, want, name, q.Why)
		}
	})
}

// TestCreditRules: the writer a sentence names after cable passages
// becomes their speaker.
func TestCreditRules(t *testing.T) {
	checkFound(t, &creditRules, func(t *testing.T, name, example string) {
		q, why := decided(t, example)
		if q.Speaker != "Jane Ruiz" || why.speaker.Rule != name {
			t.Errorf("%q: speaker %q by %s, want Jane Ruiz by %s", example, q.Speaker, why.speaker.Rule, name)
		}
	})
}

// checkFound runs row for each rule of a table, as a subtest named after
// the rule.
func checkFound[In, V any](t *testing.T, table *rule.Table[In, V], row func(t *testing.T, name, example string)) {
	for _, r := range table.Rules {
		t.Run(r.Name, func(t *testing.T) { row(t, r.Name, r.Example) })
	}
}

// explains reports whether quote q's reasons say decision=value by rule.
func explains(q model.Quote, decision, value, rule string) bool {
	return slices.ContainsFunc(q.Why, func(r model.Reason) bool {
		return r.Decision == decision && r.Value == value && r.Rule == rule
	})
}
