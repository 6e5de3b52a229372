package ui

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"cables/model"
)

// typingStories are n stories of words drawn from a few, so that a
// phrase typed after a common word ("the am…") is in most of them, its
// words whole, at their start and inside others, in every field.
func typingStories(n int) []*model.Story {
	vocab := []string{"the", "The", "ambassador", "ambassadors", "am", "amber", "ambush", "said", "unsaid",
		"the ambassador", "then", "theme", "embassy", "Ferreira", "sa", "x", "ambassador's", "“the"}
	rnd := rand.New(rand.NewPCG(14, 22))
	text := func(words int) string {
		w := make([]string, words)
		for i := range w {
			w[i] = vocab[rnd.IntN(len(vocab))]
		}
		return strings.Join(w, " ")
	}
	stories := make([]*model.Story, n)
	for i := range stories {
		s := &model.Story{ID: fmt.Sprintf("%d.txt", i), Title: text(1 + rnd.IntN(4)),
			Outlet: []string{"The Ledger", "Ambassador Times", ""}[rnd.IntN(3)]}
		for range 1 + rnd.IntN(4) {
			s.Paragraphs = append(s.Paragraphs, text(rnd.IntN(60)))
		}
		if rnd.IntN(3) == 0 {
			s.People = []model.Person{{Name: "Ana " + vocab[rnd.IntN(len(vocab))], Aliases: []string{"Amb"}}}
		}
		stories[i] = s
	}
	stories[n-7].Title = "the ambassador" // a title that is the phrase, exactly
	stories[n-8].Title = "the am"
	return stories
}

// Issue 14: what the list shows for a filter typed a letter at a time,
// with letters erased and typed again on the way (each narrowing the
// filter before it, or going back to one already made), and its first
// matches shown before the rest, is what a search of every story for the
// text typed finds, by reading them, in the same order.
func TestListFilterTypedAndErasedListsWhatReadingFinds(t *testing.T) {
	defer func(n, above int) { firstStories, firstAbove = n, above }(firstStories, firstAbove)
	firstStories, firstAbove = 300, 2500 // the first stories searched first, as at 100,000
	stories := typingStories(3000)
	h := newHarness(t, stories, Options{}, 140, 40)
	indexed(h.m)
	h.keys("/")
	typed := ""
	check := func() {
		t.Helper()
		want := readMatches(&model.Library{Stories: stories}, typed)
		if got := h.m.list.items; !slices.Equal(got, want) {
			t.Fatalf("/%s lists %d stories, %v…; reading every story finds %d, %v…", typed, len(got), got[:min(8, len(got))], len(want), want[:min(8, len(want))])
		}
	}
	for _, step := range []string{"t", "h", "e", " ", "a", "m", "<", "<", "a", "m", "b", "a", "s", "<", "<", "<", "<",
		"b", "a", "s", "s", "a", "d", "o", "r", " ", "s", "a", "<", "<", "<", "<", "<", "<", "<", "<", "<", "<", "<", "x", "<", "e", "n"} {
		if step == "<" {
			h.keys("backspace")
			typed = typed[:len(typed)-1]
		} else {
			h.typed(step)
			typed += step
		}
		check()
	}
}
