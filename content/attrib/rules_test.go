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
	return decidedAt(t, story, -1)
}

// decidedAt is decided for quote n of the story, the last when n < 0.
func decidedAt(t *testing.T, story string, n int) (model.Quote, quoteWhy) {
	t.Helper()
	paras := strings.Split(story, "¶")
	toks, release := lex.TokenizeAll(paras)
	defer release()
	ix := people.Find(paras, toks)
	defer ix.Release()
	var qs []model.Quote
	var why quoteWhy
	attribute(paras, toks, ix, quotes.Scan(paras), true, func(a *attributor) {
		qs = a.quotes(paras, true)
		if n < 0 {
			n = len(qs) - 1
		}
		if n >= 0 && n < len(qs) {
			why = a.why[n]
		}
	})
	if n < 0 || n >= len(qs) {
		t.Fatalf("no quote %d in %q", n, story)
	}
	return qs[n], why
}

// firstQuoteDecides names the speaker rules that decide a quote before the
// last of their example: the rule reads the quote after it.
var firstQuoteDecides = map[string]bool{"cue-ends-sentence": true}

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
	{"title-of-document", ""},
	{"manner-word", ""},
	{"paired-speaker", "Omar Qadir"},
	{"sayer-before-document-cue", "Omar Qadir"},
	{"bracketed-after-name", "Jane Ruiz"},
	{"cue-after", "Omar Qadir"},
	{"owners-reply", "Omar Qadir"},
	{"reports-saying", "Omar Qadir"},
	{"quoted-in-document", "Omar Qadir"},
	{"what-someone-called", ""},
	{"in-someones-words", "Omar Qadir"},
	{"pinned-by-writers", ""},
	{"writer-pins-the-label", "Jane Ruiz"},
	{"document-tells-of-someone", ""},
	{"agent-of-label", "Jane Ruiz"},
	{"sayer-of-label", "Omar Qadir"},
	{"quoted-by-the-press", "Omar Qadir"},
	{"unnamed-after", ""},
	{"described-never-speaks", ""},
	{"told-then-pronoun", "Omar Qadir"},
	{"the-one-told", ""},
	{"told-to-quote", "Omar Qadir"},
	{"who-said", "Omar Qadir"},
	{"sayer-of-participle", "Omar Qadir"},
	{"quote-is-the-verb", "Omar Qadir"},
	{"cue-before", "Omar Qadir"},
	{"reported-sayer", "Omar Qadir"},
	{"caps-label-colon", "Omar Qadir"},
	{"colon-intro", "Omar Qadir"},
	{"speaker-label-line", "Omar Qadir"},
	{"cue-paragraph-before", "Omar Qadir"},
	{"colon-paragraph-before", "Omar Qadir"},
	{"sentence-before", "Omar Qadir"},
	{"owner-of-description", "Jane Ruiz"},
	{"appositive-left-open", "Jane Ruiz"},
	{"document-author", "Jane Ruiz"},
	{"writer-in-which", "Jane Ruiz"},
	{"writer-of-framing-document", "Jane Ruiz"},
	{"so-called-has-no-speaker", ""},
	{"subject-of-quoted-verb", "Omar Qadir"},
	{"statements-by", "Ana Ruiz"},
	{"quote-opens-on-subjects-verb", "Omar Qadir"},
	{"cue-ends-sentence", "Omar Qadir"},
	{"according-to-ends-sentence", "Jane Ruiz"},
	{"speaker-of-quote-before", "Omar Qadir"},
	{"speaker-of-paragraph-before", "Omar Qadir"},
	{"speaker-of-sentence", "Omar Qadir"},
	{"lone-quote-paragraph", "Omar Qadir"},
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

// pronounOrder gives each pronoun rule's name and the speaker the pronoun
// of its example sentence's last quote stands for.
var pronounOrder = []struct{ rule, speaker string }{
	{"with-whom-in-which", "Omar Qadir"},
	{"nearest-subject", "Omar Qadir"},
	{"asked-then-answers", "Omar Qadir"},
	{"unnamed-subject-before", ""},
	{"owner-of-subject", "Omar Qadir"},
	{"subject-of-paragraph-before", "Omar Qadir"},
	{"description-of-last-speaker", "Omar Qadir"},
	{"description-of-sayer-before", "Omar Qadir"},
	{"description-names-no-one", ""},
	{"last-to-speak", "Omar Qadir"},
	{"named-as-object", "Omar Qadir"},
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
		{echoKindRules.Names(), []string{"same-words-as-cable"}, echoKindRules.Check},
		{echoSpeakerRules.Names(), []string{"same-words-spoken-by"}, echoSpeakerRules.Check},
		{pronounRules.Names(), firsts(pronounOrder, func(r struct{ rule, speaker string }) string { return r.rule }), pronounRules.Check},
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
		n := -1
		if firstQuoteDecides[name] {
			n = 0
		}
		q, why := decidedAt(t, example, n)
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

// TestPronounRules has a row per pronoun rule, named after it: the "he"
// (or the description) of its example sentence's last quote stands for
// the speaker by that rule and no rule before it, and --explain says so.
func TestPronounRules(t *testing.T) {
	checkFound(t, &pronounRules, func(t *testing.T, name, example string) {
		want := pronounOrder[slices.IndexFunc(pronounOrder, func(r struct{ rule, speaker string }) bool { return r.rule == name })].speaker
		q, why := decided(t, example)
		if q.Speaker != want || why.pronoun.Rule != name {
			t.Errorf("%q: speaker %q by pronoun rule %s, want %q by %s", example, q.Speaker, why.pronoun.Rule, want, name)
		}
		if want != "" && !explains(q, "pronoun", want, name) {
			t.Errorf("%q: no reason pronoun=%s by %s in %+v", example, want, name, q.Why)
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

// TestEchoRules: the first quote of each example, bare, is decided by the
// quote of the same words after it: kind cable, or the speaker Omar
// Qadir.
func TestEchoRules(t *testing.T) {
	checkFound(t, &echoKindRules, func(t *testing.T, name, example string) {
		q, _ := decidedAt(t, example, 0)
		if q.Kind != model.Cable || !explains(q, "kind", "cable", name) {
			t.Errorf("%q: %s by %+v, want cable by %s", example, q.Kind, q.Why, name)
		}
	})
	checkFound(t, &echoSpeakerRules, func(t *testing.T, name, example string) {
		q, _ := decidedAt(t, example, 0)
		if q.Speaker != "Omar Qadir" || !explains(q, "speaker", "Omar Qadir", name) {
			t.Errorf("%q: speaker %q by %+v, want Omar Qadir by %s", example, q.Speaker, q.Why, name)
		}
	})
}

// TestEchoesDecideOnlyWhatNoRuleDid: a quote a rule decided keeps its
// kind and speaker whatever the same words are elsewhere; a cable
// passage's writer does not become the speaker of its echo; and a short
// word quoted twice is no echo.
func TestEchoesDecideOnlyWhatNoRuleDid(t *testing.T) {
	for _, tc := range []struct {
		story, kind, speaker string
		n                    int
	}{
		// a speech rule decided the first quote: it stays speech
		{`Minister Omar Qadir, named in the cable, said the cable was “a pack of lies”.¶The cable itself, Ambassador Jane Ruiz wrote, was “a pack of lies”.`, "speech", "Omar Qadir", 0},
		// the echo of a cable passage takes its kind, not its writer
		{`Kandia recalls the envoy's words: “a patient thief”.¶In a cable of May 2009, Ambassador Jane Ruiz wrote that Omar Qadir was “a patient thief”.`, "cable", "", 0},
		// a word of three letters quoted twice
		{`Minister Omar Qadir smiled and said “yes”.¶In a cable, Ambassador Jane Ruiz wrote “yes”.`, "speech", "Omar Qadir", 0},
		// the minister who says he is no “tired clerk” speaks, whatever
		// the cable called him
		{`In a cable from May 2009, Ambassador Jane Ruiz described Minister Omar Qadir as a “tired clerk” who left decisions to his deputies.¶Minister Omar Qadir said he was no “tired clerk” and had worked every day of his life.`, "speech", "Omar Qadir", 1},
		// the same writer's words, bare with her name first, framed later
		{`Kandia recalls Ambassador Jane Ruiz, who described Minister Omar Qadir as “a patient thief”.¶In the leaked memos, Ambassador Jane Ruiz described Omar Qadir as “a patient thief”.`, "cable", "Jane Ruiz", 0},
		// the writer's words in a lede, the embassy's in the body
		{`Minister Omar Qadir is “a patient thief with a long memory”, according to Ambassador Jane Ruiz.¶The cables from the US embassy in Port Vell were leaked in May.¶In a cable from 2009, the embassy described Qadir as “a patient thief with a long memory”.`, "cable", "Jane Ruiz", 0},
		// a crowd that chants a leader's words is not the leader
		{`Opposition leader Tom Hale said on Friday that the port fees were “a gift to pirates”.¶Outside the ministry, hundreds of dock workers chanted “a gift to pirates” and waved copies of the leaked cables.`, "speech", "", 1},
	} {
		q, _ := decidedAt(t, tc.story, tc.n)
		if string(q.Kind) != tc.kind || q.Speaker != tc.speaker {
			t.Errorf("%q: first quote %s by %q, want %s by %q (%+v)", tc.story, q.Kind, q.Speaker, tc.kind, tc.speaker, q.Why)
		}
	}
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

// phraseOrder gives each phrase rule's name and what the phrase in
// brackets of its example names.
var phraseOrder = []struct {
	rule string
	kind srcKind
}{
	{"he-or-she", srcPronoun},
	{"him-or-her-quoted", srcPronoun},
	{"it-says", srcDoc},
	{"it-or-they", srcOther},
	{"the-latter", srcLatter},
	{"another-document", srcDoc},
	{"name-ends-phrase", srcPerson},
	{"name-heads-phrase", srcPerson},
	{"document-author", srcAuthor},
	{"document-first", srcDoc},
	{"one-of-the-documents", srcDoc},
	{"document-by-another-name", srcDoc},
	{"mission-reports", srcDoc},
	{"someones-aide", srcOther},
	{"role", srcRole},
	{"name-in-phrase", srcPerson},
	{"someone-unnamed", srcOther},
}

func TestPhraseRuleOrder(t *testing.T) {
	var want []string
	for _, r := range phraseOrder {
		want = append(want, r.rule)
	}
	if err := phraseRules.Check(); err != nil {
		t.Error(err)
	}
	if got := phraseRules.Names(); !slices.Equal(got, want) {
		t.Errorf("phrase rules\n got  %q\n want %q", got, want)
	}
}

// TestPhraseRules has a row per phrase rule, named after it: the phrase in
// brackets in its example names what the rule says, by that rule and no
// rule before it.
func TestPhraseRules(t *testing.T) {
	for i, r := range phraseRules.Rules {
		t.Run(r.Name, func(t *testing.T) {
			want := phraseOrder[i].kind
			withPhrase(t, r.Example, func(a *attributor, pt *paraText, b, e int) {
				got, fired := a.classifyBy(pt, b, e)
				if got.kind != want || fired.Rule != r.Name {
					t.Errorf("%q: kind %d by %s, want %d by %s", r.Example, got.kind, fired.Rule, want, r.Name)
				}
			})
		})
	}
}

// The rules before name-ends-phrase read the phrase's last word, so
// classify skips them for a phrase that ends in no lastWordKey: none
// of them fires on the bracketed phrases of the examples from
// name-ends-phrase on.
func TestPhraseRulesBeforeTheNameReadTheLastWord(t *testing.T) {
	if phraseAfterLastWord < 0 {
		t.Fatal("no rule name-ends-phrase")
	}
	for _, later := range phraseRules.Rules[phraseAfterLastWord:] {
		withPhrase(t, later.Example, func(a *attributor, pt *paraText, b, e int) {
			if lastWordKey(pt.word(e - 1)) {
				t.Fatalf("%q ends in a last word the early rules read", later.Example)
			}
			k := &phraseCase{a: a, pt: pt, b: b, e: e, head: -1, lastKey: pt.word(e - 1)}
			for _, early := range phraseRules.Rules[:phraseAfterLastWord] {
				if _, ok := early.Match(k); ok {
					t.Errorf("%s fires on the phrase of %q", early.Name, later.Example)
				}
			}
		})
	}
}

// withPhrase runs the stages on example, paragraphs separated by "¶",
// without its brackets, and calls f with the items [b, e) of the phrase it
// holds in brackets.
func withPhrase(t *testing.T, example string, f func(a *attributor, pt *paraText, b, e int)) {
	t.Helper()
	story := strings.NewReplacer("[", "", "]", "").Replace(example)
	open, closing := strings.Index(example, "["), strings.Index(example, "]")
	if open < 0 || closing < open {
		t.Fatalf("%q: no phrase in brackets", example)
	}
	pi := strings.Count(example[:open], "¶")
	start := open
	if pi > 0 {
		start = open - strings.LastIndex(example[:open], "¶") - len("¶")
	}
	end := start + closing - open - 1
	paras := strings.Split(story, "¶")
	toks, release := lex.TokenizeAll(paras)
	defer release()
	ix := people.Find(paras, toks)
	defer ix.Release()
	attribute(paras, toks, ix, quotes.Scan(paras), true, func(a *attributor) {
		pt := a.paras[pi]
		b, e := -1, len(pt.items)
		for k, it := range pt.items {
			if it.tok < 0 {
				continue
			}
			if tk := pt.toks[it.tok]; b < 0 && int(tk.Start) >= start {
				b = k
			} else if int(tk.Start) >= end && e == len(pt.items) {
				e = k
			}
		}
		f(a, pt, b, e)
	})
}

// afterOrder gives each after rule's name and whether its example's last
// quote has a cue after it.
var afterOrder = []struct {
	rule  string
	found bool
}{
	{"sentence-ends", false},
	{"list-goes-on", false},
	{"document-cited", true},
	{"no-words-after", false},
	{"new-clause", false},
	{"according-to", true},
	{"quoted-as", true},
	{"verb-first", true},
	{"name-between-commas", true},
	{"appositive-then-verb", true},
	{"open-appositive-then-verb", true},
	{"subject-then-verb", true},
	{"no-cue", false},
}

func TestAfterRuleOrder(t *testing.T) {
	var want []string
	for _, r := range afterOrder {
		want = append(want, r.rule)
	}
	if err := afterRules.Check(); err != nil {
		t.Error(err)
	}
	if got := afterRules.Names(); !slices.Equal(got, want) {
		t.Errorf("after rules\n got  %q\n want %q", got, want)
	}
}

// TestAfterRules has a row per after rule, named after it: the cue after
// its example's last quote is read by that rule and no rule before it.
func TestAfterRules(t *testing.T) {
	for i, r := range afterRules.Rules {
		t.Run(r.Name, func(t *testing.T) {
			paras := strings.Split(r.Example, "¶")
			toks, release := lex.TokenizeAll(paras)
			defer release()
			ix := people.Find(paras, toks)
			defer ix.Release()
			var got cue
			var fired rule.Fired
			attribute(paras, toks, ix, quotes.Scan(paras), true, func(a *attributor) {
				q := len(a.found) - 1
				if q < 0 {
					return
				}
				spans := a.found[q].Spans
				pt := a.paras[spans[len(spans)-1].Paragraph]
				got, fired = a.afterCueBy(pt, pt.quoteItem(q))
			})
			if got.found != afterOrder[i].found || fired.Rule != r.Name {
				t.Errorf("%q: cue found %v by %s, want %v by %s", r.Example, got.found, fired.Rule, afterOrder[i].found, r.Name)
			}
		})
	}
}

// The words another-document reads, from its list, are among those that
// keep classify from skipping the last-word rules.
func TestLastWordKeysHoldAnotherWords(t *testing.T) {
	for w := range anotherWords {
		if !lastWordKey(w) {
			t.Errorf("%q of words/another-words.txt is not a lastWordKey", w)
		}
	}
}
