package attrib

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"cables/content/lex"
	"cables/content/people"
	"cables/content/quotes"
)

// tableExamples are the example stories of the quote tables' rules:
// quotes of every shape the tables decide.
func tableExamples() []string {
	return slices.Concat(afterRules.Examples(), introRules.Examples(), speakerRules.Examples(),
		kindRules.Examples(), sourceRules.Examples(), phraseRules.Examples())
}

// TestShortcutsDecideAsTheTables: the after, speaker and kind rules asked
// only those afterMay, speakerMay and kindMay leave decide every quote of the quote
// tables' examples as the whole tables do: the same cue after it, and the
// same speaker, kind and source by the same rules.
func TestShortcutsDecideAsTheTables(t *testing.T) {
	shortcuts := []*uint64{&afterOnlyAtSentenceEnd, &afterOnlyCited, &afterOnlyNoWords,
		&speakerOnlyNoCueBefore, &speakerOnlyCueAfter, &speakerOnlyCueBefore,
		&speakerOnlyCueInSentence, &speakerOnlyQuoteBefore, &speakerOnlyOneParagraph,
		&kindOnlyNoCue, &kindOnlyNoSpeaker, &kindOnlySpeaker, &kindOnlyQuoteBefore, &kindOnlyNoQuoteBefore,
		&kindOnlyCueSpeaker, &kindOnlyAfterFirstPara, &kindOnlyOpeningParagraph, &kindOnlySaidOfDocument, &kindOnlyViaDocument}
	kept := make([]uint64, len(shortcuts))
	for i, s := range shortcuts {
		kept[i] = *s
	}
	setAll := func(whole bool) {
		for i, s := range shortcuts {
			if *s = kept[i]; whole {
				*s = 0 // no rule left out
			}
		}
	}
	defer setAll(false)
	decisions := func(story string) []string {
		paras := strings.Split(story, "¶")
		toks, release := lex.TokenizeAll(paras)
		defer release()
		ix := people.Find(paras, toks)
		defer ix.Release()
		var got []string
		attribute(paras, toks, ix, quotes.Scan(paras), true, func(a *attributor) {
			for q := range a.found {
				spans := a.found[q].Spans
				pt := a.paras[spans[len(spans)-1].Paragraph]
				_, after := a.afterCueBy(pt, pt.quoteItem(q))
				got = append(got, fmt.Sprintf("after %v; speaker %d; %+v", after, a.speaker[q], a.why[q]))
			}
		})
		return got
	}
	for _, story := range tableExamples() {
		setAll(true)
		whole := decisions(story)
		setAll(false)
		got := decisions(story)
		if !slices.Equal(got, whole) {
			t.Errorf("%q:\n shortcut %q\n table    %q", story, got, whole)
		}
	}
}
