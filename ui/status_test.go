package ui

import (
	"strings"
	"testing"

	"cables/model"
)

// TestStatusCountsWhatNextQuoteSteps: under a person filter the status's
// N/M counts the quotes ] steps through. Here one of Quill's two quotes
// overlaps the other and is not shown, so ] has one quote to go to and
// the status must say 1/1, not 1/2.
func TestStatusCountsWhatNextQuoteSteps(t *testing.T) {
	s := &model.Story{ID: "overlap.txt", Title: "Overlapping quotes",
		Paragraphs: []string{"Ada Quill said “we will talk again when the ships are home” and left."},
		People:     []model.Person{{Name: "Ada Quill", Aliases: []string{"Quill"}, Mentions: 1}}}
	s.Quotes = []model.Quote{
		quote(s, 0, "we will talk again when the ships are home", model.Speech, "Ada Quill", ""),
		quote(s, 0, "talk again", model.Speech, "Ada Quill", ""), // inside the first: not shown
	}
	h := newHarness(t, []*model.Story{s}, Options{Person: "Ada Quill"}, 80, 24)
	if !strings.Contains(h.screen(), "1 by Ada Quill") {
		t.Errorf("before ], the status should count one quote by Quill:\n%s", h.screen())
	}
	h.keys("]")
	if !strings.Contains(h.screen(), "quote 1/1 · speech · Ada Quill") {
		t.Errorf("status after ]:\n%s", h.screen())
	}
	h.keys("]")
	if !strings.Contains(h.screen(), "wrapped to the first quote by Ada Quill") || h.m.reader.cur != 0 {
		t.Errorf("] again should wrap to the only quote shown (current %d):\n%s", h.m.reader.cur, h.screen())
	}
}

// TestStatusForAQuoteOutsideTheFilter: a clicked quote that ] would not
// step to is not given a number among the person's quotes.
func TestStatusForAQuoteOutsideTheFilter(t *testing.T) {
	h := newHarness(t, fixtureStories(), Options{Person: "Lena Ortiz"}, 80, 24)
	h.keys("enter")
	h.m.reader.cur = 2 // Kell's speech, as a click would make it current
	if !strings.Contains(h.screen(), "quote –/2 · speech · Tomas Kell") {
		t.Errorf("status for a quote not by Ortiz:\n%s", h.screen())
	}
}
