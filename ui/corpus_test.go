package ui

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"sync"
	"testing"

	"cables/content"
	"cables/model"
)

// The passages below were written for these tests, in the manner of the
// stories cables reads (../shared/tools/gencorpus.py builds its stories the
// same way from real ones, which may not be copied here): a story is a
// headline, a date line and paragraphs drawn at random, with surnames
// swapped so that people vary.
var passages = []string{
	`The ambassador told Washington that the minister was "eager, unprepared and surrounded by advisers who fear him," according to a cable released by WikiLeaks on Sunday.`,
	`"We will not sell the harbour to anyone," Minister Kell said at a news conference in the capital, adding that the talks would resume after the elections.`,
	`A cable from the embassy, dated March 3, 2009, said the army chief "would respond to any attack on the border" but was exercising restraint for now.`,
	`Officials in the foreign ministry declined to comment on the leaked documents, which they described as "stolen property of no evidential value".`,
	`According to the cable, Ortiz told the visiting delegation that the grain convoy was "a trap dressed as a gift" and urged them to refuse the escorts.`,
	`The documents, part of a trove of 250,000 diplomatic cables, show that the envoy met opposition leaders at least four times in the months before the vote.`,
	`"It is all nonsense," Haddad said in an interview on Tuesday. "The credibility of these cables is questionable, frankly, and the timing is not an accident."`,
	`In a separate cable the consulate reported that customs officers at the port "routinely wave through containers whose papers nobody has read".`,
	`Moreau, who served two terms as defence minister, was described in one dispatch as "charming in private and unpredictable in public".`,
	`The embassy wrote that the president "had no intention of resuming the missile tests as long as the tensions persisted" and promised to be transparent with allies.`,
	`Analysts said the release could further damage relations between the two capitals, already strained by a dispute over fishing rights and a stalled trade deal.`,
	`Tanaka, speaking to reporters outside parliament, said: "We have nothing to hide. Let them publish every page if they like."`,
}

var swapNames = []string{"Okonkwo", "Lindqvist", "Haddad", "Moreau", "Tanaka", "Kowalski", "Ferreira", "Nakamura", "Osei", "Varga"}

// storyText makes the text of one story of k paragraphs.
func storyText(rnd *rand.Rand, i, k int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Story %d: %s told envoy of talks, cable shows\n\n", i, swapNames[rnd.IntN(len(swapNames))])
	fmt.Fprintf(&b, "March %d, %d 2:%02d pm - Washington\n\n", 1+rnd.IntN(28), 2008+rnd.IntN(5), rnd.IntN(60))
	for range k {
		p := passages[rnd.IntN(len(passages))]
		for _, n := range []string{"Kell", "Ortiz", "Haddad", "Moreau", "Tanaka"} {
			if rnd.IntN(2) == 0 {
				p = strings.ReplaceAll(p, n, swapNames[rnd.IntN(len(swapNames))])
			}
		}
		b.WriteString(p + "\n\n")
	}
	return b.String()
}

// storyOfWords reads one generated story of at least n words through
// content, as `cables` would read the file.
func storyOfWords(tb testing.TB, n int) *model.Story {
	rnd := rand.New(rand.NewPCG(42, 1))
	k := n / 25
	text := storyText(rnd, 0, k)
	for len(strings.Fields(text)) < n {
		k += k / 10
		text = storyText(rand.New(rand.NewPCG(42, 1)), 0, k)
	}
	s, err := content.Parse("long.txt", []byte(text))
	if err != nil {
		tb.Fatal(err)
	}
	return s
}

var (
	long60kOnce sync.Once
	long60k     *model.Story
)

// story60k is a 60,000-word story, made once per test binary.
func story60k(tb testing.TB) *model.Story {
	long60kOnce.Do(func() { long60k = storyOfWords(tb, 60000) })
	return long60k
}

// library makes n generated stories of 6-20 paragraphs, read through
// content.
func library(tb testing.TB, n int) []*model.Story {
	rnd := rand.New(rand.NewPCG(7, 7))
	out := make([]*model.Story, 0, n)
	for i := range n {
		s, err := content.Parse(fmt.Sprintf("s%05d.txt", i), []byte(storyText(rnd, i, 6+rnd.IntN(15))))
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, s)
	}
	return out
}
