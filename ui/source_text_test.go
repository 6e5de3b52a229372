package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"cables/model"
)

// layoutCable marks the quoted words, the words an ellipsis left out, and
// a replaced word with the story's word after it; and cuts nothing.
func TestLayoutCableMarks(t *testing.T) {
	body := "1. (C) The minister said farmers downstream receive a third less\nwater than the accord promises, and that the gap has grown each\nyear since the gauges broke.\n\nISLAMABAD 00000900 002 OF 002\n\n2. (C) He would keep quiet."
	doc := &model.CableDoc{ID: "X", Body: body, Paragraphs: []model.CableParagraph{
		{Number: 1, Kind: model.ParaNumbered, Start: 0, End: strings.Index(body, "ISLAMABAD")},
		{Number: 2, Kind: model.ParaNumbered, Start: strings.Index(body, "2. (C)"), End: len(body)}}}
	at := func(s string) (int, int) { i := strings.Index(body, s); return i, i + len(s) }
	qs, qe := at("receive a third less\nwater than the accord promises, and that the gap has grown each\nyear since the gauges broke.")
	es, ee := at("and that the gap has grown each\nyear")
	ks, ke := at("keep")
	m := &model.CableMatch{CableID: "X", Para: 1, Start: qs, End: qe, Verdict: model.Edited, Differences: []model.Difference{
		{Kind: model.Ellipsis, Cable: "and that the gap has grown each year", CableStart: es, CableEnd: ee},
		{Kind: model.Replaced, Story: "stay", Cable: "keep", CableStart: ks, CableEnd: ke},
	}}
	text := layoutCable(doc, m, 30, false)
	words := map[segStyle][]string{}
	var all []string
	for _, r := range text.rows {
		var line string
		for _, s := range r.segs {
			words[s.style] = append(words[s.style], strings.Fields(s.text)...)
			line += s.text
		}
		if ansi.StringWidth(line) > 30 || ansi.StringWidth(line) != r.width {
			t.Errorf("row %q: %d cells, width says %d (max 30)", line, ansi.StringWidth(line), r.width)
		}
		all = append(all, line)
	}
	for style, want := range map[segStyle]string{
		segQuoted:  "receive a third less water than the accord promises, since the gauges broke.",
		segLeftOut: "and that the gap has grown each year keep",
		segAdded:   "stay",
		segPage:    "ISLAMABAD 00000900 002 OF 002",
	} {
		if got := strings.Join(words[style], " "); got != want {
			t.Errorf("style %d: %q, want %q", style, got, want)
		}
	}
	flowed := strings.Join(all, " ")
	if !strings.Contains(flowed, "keep stay quiet.") || !strings.HasPrefix(flowed, "1. (C) The minister said farmers") {
		t.Errorf("layout:\n%s", strings.Join(all, "\n"))
	}
	if text.paraStart != 0 || text.firstQuoted != 1 {
		t.Errorf("first quoted row %d, paragraph row %d", text.firstQuoted, text.paraStart)
	}
	var marked []string
	for _, r := range layoutCable(doc, m, 30, true).rows {
		var line string
		for _, s := range r.segs {
			line += s.text
		}
		marked = append(marked, line)
	}
	if s := strings.Join(marked, " "); !strings.Contains(s, "[-and that") || !strings.Contains(s, "year-]") || !strings.Contains(s, "[-keep-] {+stay+}") {
		t.Errorf("bracketed: %s", s)
	}
}
