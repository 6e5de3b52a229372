package attrib

import (
	"strings"
	"testing"

	"cables/content/internal/listtest"
	"cables/content/lex"
	"cables/content/people"
	"cables/content/quotes"
)

// TestQuickTestsRuleOutOnlyOtherWords: lenMayBe, which the hot loops
// ask before isWord and word, never rules out a word those would find:
// every item of paragraphs with marks, quotes, possessives, words the
// vocabulary lowers to another length, a word too long for an item's
// length and words in capitals, against words of every length.
func TestQuickTestsRuleOutOnlyOtherWords(t *testing.T) {
	long := strings.Repeat("k", 300)
	paras := []string{
		`“We met,” Qadir said, according to the cable; but the envoy's MEETING, per his aide, was put off.`,
		"İSTANBUL talks, TAL\u212AS (with a kelvin sign), the Meeting and a meeting. Or so the U.S. embassy quoted him as saying " + long + ".",
		`In a talk in Kandia, he met the ambassador; yet the cables, or so it seems, say “nothing.”`,
	}
	eachParagraphRead(paras, func(pt *paraText) {
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
		}
	})
}

// TestItemsKeepTheirTokensWords: the word an item keeps (word, which
// isWord compares) is its token's as the lexer lowers it, "" for a
// quote, in paragraphs that quote nothing, quote in the middle or end on
// a quote of marks alone, so that no rule reads another word than the
// token's.
func TestItemsKeepTheirTokensWords(t *testing.T) {
	paras := []string{
		"The U.S. Embassy's MEETING with Qadir, per his aide, was put off; TAL\u212AS went on.",
		`“We met,” Qadir said, according to the cable, and “…” ended it.`,
		`He called it “” and then "nothing."`,
	}
	eachParagraphRead(paras, func(pt *paraText) {
		for i, it := range pt.items {
			want := ""
			if it.tok >= 0 {
				want = pt.toks[it.tok].Low(pt.text)
			}
			if got := pt.word(i); got != want || !pt.isWord(i, want) {
				t.Errorf("%q item %d: word %q, its token's is %q", pt.text, i, got, want)
			}
		}
	})
}

// TestListFiltersKeepEveryWord: the lookups that ask a list's filter
// first (writingVerb, jokeVerb, speechOnlyVerb, writerRole, and the
// document families') find every word of their list, and only those.
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

// TestMarksTellAsTheLists: for every item of paragraphs that hold the
// words of every registered list, written in lower case, capitalised, in
// capitals, possessive, before a period and inside quotes, and words no
// list holds, paraText.in says what the list's map says of word: the
// lexer's bits stand for the lookups they replaced.
func TestMarksTellAsTheLists(t *testing.T) {
	var sets []map[string]bool
	words := 0
	for _, l := range markedLists() {
		sets, words = append(sets, l.set), words+len(l.set)
	}
	paras := listtest.Paragraphs(sets...)
	toks, release := lex.TokenizeAll(paras)
	defer release()
	ix := people.Find(paras, toks)
	defer ix.Release()
	found := 0
	attribute(paras, toks, ix, quotes.Scan(paras), true, func(a *attributor) {
		for _, pt := range a.paras {
			for i := -1; i <= len(pt.items); i++ {
				for _, l := range markedLists() {
					got, want := pt.in(i, l.mark), l.set[pt.word(i)]
					if got != want {
						t.Errorf("%s: item %d %q of %q: in %v, the list says %v", l.name, i, pt.word(i), pt.text, got, want)
					}
					if got {
						found++
					}
				}
			}
		}
	})
	if found < words*3/4 {
		t.Errorf("%d words found in their lists, want at least %d", found, words*3/4)
	}
}

// markedList is a list registered with the lexer and its mark.
type markedList struct {
	name string
	set  map[string]bool
	mark lex.Mark
}

// markedLists are the lists of marks_lists.go.
func markedLists() []markedList {
	return []markedList{
		{"secrecyWords", secrecyWords, secrecyMark},
		{"definite", definite, definiteMark},
		{"countWords", countWords, countMark},
		{"conjunctions", conjunctions, conjunctionMark},
		{"plainModifiers", plainModifiers, plainModifierMark},
		{"docVerbs", docVerbs, docVerbMark},
		{"aboutNouns", aboutNouns, aboutNounMark},
		{"labelVerbs", labelVerbs, labelVerbMark},
		{"labelAsVerbs", labelAsVerbs, labelAsVerbMark},
		{"docTellingVerbs", docTellingVerbs, docTellingVerbMark},
		{"docHeads", docHeads, docHeadMark},
		{"docLikeNouns", docLikeNouns, docLikeNounMark},
		{"missionVerbs", missionVerbs, missionVerbMark},
		{"disclosureNouns", disclosureNouns, disclosureNounMark},
		{"copulas", copulas, copulaMark},
		{"tellingVerbs", tellingVerbs, tellingVerbMark},
		{"participleLinks", participleLinks, participleLinkMark},
		{"indefinite", indefinite, indefiniteMark},
		{"describers", describers, describerMark},
		{"ordinals", ordinals, ordinalMark},
		{"outletNouns", outletNouns, outletNounMark},
		{"lex.Weekdays", lex.Weekdays, weekdayMark},
	}
}

// eachParagraphRead calls f with each paragraph of paras as attribution
// prepared it, its people found and its quotes scanned.
func eachParagraphRead(paras []string, f func(pt *paraText)) {
	toks, release := lex.TokenizeAll(paras)
	defer release()
	ix := people.Find(paras, toks)
	defer ix.Release()
	attribute(paras, toks, ix, quotes.Scan(paras), true, func(a *attributor) {
		for _, pt := range a.paras {
			f(pt)
		}
	})
}

// TestQuoteBeforeAsTheItems holds quoteBefore, which reads a paragraph's
// quotes, to the items it stands for: back from each item to each
// sentence start before it, the first quote that is no title after
// "titled".
func TestQuoteBeforeAsTheItems(t *testing.T) {
	paras := []string{
		`“We will not sell,” Qadir said, and “never” he added, then a cable titled “Port Woes” said “the port is lost” and “it is”.`,
		`The memo, titled “A Den of Thieves”, calls the port “closed”. He said: “Go.” “Now,” she said. “Later.”`,
		`No quote here at all.`,
		`“Only one”`,
	}
	eachParagraphRead(paras, func(pt *paraText) {
		for qi := 0; qi <= len(pt.items); qi++ {
			for sent := 0; sent <= qi; sent++ {
				want := -1
				for k := qi - 1; k >= sent; k-- {
					if pt.items[k].tok < 0 && !titleQuoteAt(pt, k) {
						want = k
						break
					}
				}
				if got := pt.quoteBefore(qi, sent); got != want {
					t.Errorf("%q: quoteBefore(%d, %d) = %d; the items give %d", pt.text, qi, sent, got, want)
				}
			}
		}
	})
}
