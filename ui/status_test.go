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

// TestStatusNamesASourceOnce: a source that only says "cable" is not
// repeated after the kind, while a fuller description is shown.
func TestStatusNamesASourceOnce(t *testing.T) {
	s := &model.Story{ID: "tsar.txt", Title: "The tsar",
		Paragraphs: []string{"The premier, one cable read, “plays the reformer.” The memo said he was “tired.”"}}
	s.Quotes = []model.Quote{
		quote(s, 0, "plays the reformer.", model.Cable, "", "cable"),
		quote(s, 0, "tired.", model.Cable, "", "memo from Moscow"),
	}
	h := newHarness(t, []*model.Story{s}, Options{}, 100, 24)
	h.keys("]")
	if sc := h.screen(); !strings.Contains(sc, "quote 1/2 · cable ") || strings.Contains(sc, "cable · cable") {
		t.Errorf("status for a quote whose source is just a cable:\n%s", sc)
	}
	h.keys("]")
	if !strings.Contains(h.screen(), "quote 2/2 · cable · memo from Moscow") {
		t.Errorf("status for a memo:\n%s", h.screen())
	}
}
