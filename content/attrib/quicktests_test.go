package attrib

import (
	"strings"
	"testing"

	"cables/content/lex"
	"cables/content/people"
	"cables/content/quotes"
)

// TestQuickTestsRuleOutOnlyOtherWords: lenMayBe and mayBeIn, which the
// hot loops ask before isWord, word and inSet, never rule out a word
// those would find: every item of paragraphs with marks, quotes,
// possessives, words the vocabulary lowers to another length, a word too
// long for an item's length and words in capitals, against words of every
// length and the meeting words.
func TestQuickTestsRuleOutOnlyOtherWords(t *testing.T) {
	long := strings.Repeat("k", 300)
	paras := []string{
		`“We met,” Qadir said, according to the cable; but the envoy's MEETING, per his aide, was put off.`,
		"İSTANBUL talks, TAL\u212AS (with a kelvin sign), the Meeting and a meeting. Or so the U.S. embassy quoted him as saying " + long + ".",
		`In a talk in Kandia, he met the ambassador; yet the cables, or so it seems, say “nothing.”`,
	}
	toks, release := lex.TokenizeAll(paras)
	defer release()
	ix := people.Find(paras, toks)
	defer ix.Release()
	attribute(paras, toks, ix, quotes.Scan(paras), func(a *attributor) {
		for _, pt := range a.paras {
			var words []string
			for i := range pt.items {
				if w := pt.word(i); w != "" {
					words = append(words, w, strings.ToUpper(w))
				}
			}
			words = append(words, ",", "to", "per", "put", "but", "yet", "quoted", "as", "in", "according", long)
			for i := -1; i <= len(pt.items); i++ {
				for _, w := range words {
					if pt.isWord(i, w) && !pt.lenMayBe(i, len(w)) {
						t.Errorf("%q item %d: isWord %q, but lenMayBe(%d) rules it out", pt.text, i, w, len(w))
					}
				}
				if i >= 0 && i < len(pt.items) && inSet(meetingFilter, meetingWords, pt.word(i)) && !pt.mayBeIn(i, meetingFilter) {
					t.Errorf("%q item %d: %q is a meeting word, but mayBeIn rules it out", pt.text, i, pt.word(i))
				}
				if got, want := pt.wordIn(i, meetingFilter, meetingWords), meetingWords[pt.word(i)]; got != want {
					t.Errorf("%q item %d: wordIn %v, the meeting words say %v", pt.text, i, got, want)
				}
			}
		}
	})
}

// TestListFiltersKeepEveryWord: the lookups that ask a list's filter
// first (writingVerb, jokeVerb, speechOnlyVerb, writerRole, and inSet or
// wordIn of the ordinals, document verbs and heads, telling verbs,
// weekdays, participle links and document families) find every word of
// their list, and only those.
func TestListFiltersKeepEveryWord(t *testing.T) {
	for _, l := range []struct {
		name string
		set  map[string]bool
		has  func(string) bool
	}{
		{"writing verbs", lex.WritingVerbs, writingVerb},
		{"joke verbs", lex.JokeVerbs, jokeVerb},
		{"speech-only verbs", lex.SpeechOnlyVerbs, speechOnlyVerb},
		{"writer roles", writerRoles, writerRole},
		{"ordinals", ordinals, func(w string) bool { return inSet(ordinalFilter, ordinals, w) }},
		{"document verbs", docVerbs, func(w string) bool { return inSet(docVerbFilter, docVerbs, w) }},
		{"document heads", docHeads, func(w string) bool { return inSet(docHeadFilter, docHeads, w) }},
		{"document-telling verbs", docTellingVerbs, func(w string) bool { return inSet(docTellingFilter, docTellingVerbs, w) }},
		{"telling verbs", tellingVerbs, func(w string) bool { return inSet(tellingFilter, tellingVerbs, w) }},
		{"weekdays", lex.Weekdays, func(w string) bool { return inSet(weekdayFilter, lex.Weekdays, w) }},
		{"participle links", participleLinks, func(w string) bool { return inSet(participleFilter, participleLinks, w) }},
	} {
		for w := range l.set {
			if !l.has(w) {
				t.Errorf("%s: %q is on the list, but its lookup misses it", l.name, w)
			}
		}
		for _, w := range []string{"", "the", "Said", "envoy", "x", strings.Repeat("a", 70)} {
			if l.has(w) != l.set[w] {
				t.Errorf("%s: lookup of %q is %v, the list says %v", l.name, w, l.has(w), l.set[w])
			}
		}
	}
	for w := range docFamilies {
		if !docFamilyFilter.May(w) {
			t.Errorf("document families: the filter rules out %q", w)
		}
	}
}
