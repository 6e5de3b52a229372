package export

import (
	"bytes"
	"encoding/json"
	"io"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"cables/content"
	"cables/model"
)

// TestJSONDefaultStory pins the export of the story cables ships, with the
// reasons of its quotes, as cables export writes it: what other tools
// read. Regenerate with go test ./export -update, and read it.
func TestJSONDefaultStory(t *testing.T) {
	var buf bytes.Buffer
	s := content.Default()
	content.Explain(s)
	if err := JSON(&buf, []*model.Story{s}); err != nil {
		t.Fatal(err)
	}
	golden.RequireEqual(t, buf.Bytes())
}

func TestJSONSchema(t *testing.T) {
	s := &model.Story{ID: "a", Path: "a.txt", Title: "T", Paragraphs: []string{"p"},
		Quotes: []model.Quote{{Text: "q", Kind: model.Cable, Spans: []model.Span{{Paragraph: 0, Start: 0, End: 1}}}}}
	var buf bytes.Buffer
	if err := JSON(&buf, []*model.Story{s}); err != nil {
		t.Fatal(err)
	}
	var out struct {
		Stories []map[string]any `json:"stories"`
	}
	if err := json.Unmarshal(buf.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	got := out.Stories[0]
	for _, key := range []string{"id", "path", "title", "outlet", "url", "byline", "published", "updated",
		"dateline", "captions", "paragraphs", "quotes", "people"} {
		if _, ok := got[key]; !ok {
			t.Errorf("story lacks %q", key)
		}
	}
	if got["outlet"] != nil || got["published"] != nil {
		t.Errorf("absent values must be null: outlet %v published %v", got["outlet"], got["published"])
	}
	if c, ok := got["captions"].([]any); !ok || len(c) != 0 {
		t.Errorf("empty lists must be [], got %v", got["captions"])
	}
	q := got["quotes"].([]any)[0].(map[string]any)
	if q["kind"] != "cable" || q["speaker"] != nil || q["source"] != nil {
		t.Errorf("quote = %v", q)
	}
	span := q["spans"].([]any)[0].(map[string]any)
	if span["paragraph"] != 0.0 || span["end"] != 1.0 {
		t.Errorf("span = %v", span)
	}
}

// TestJSONWriterTakesNothingAQuote: once the writer's buffers have grown,
// writing a story allocates what its dates need and nothing for each of
// its quotes (issue 14: two strings a quote, a fifth of the objects a
// first export allocated).
func TestJSONWriterTakesNothingAQuote(t *testing.T) {
	s := &model.Story{ID: "a", Path: "a.txt", Title: "Envoy", Outlet: "The Example Post", Paragraphs: []string{"“We will not sell,” the envoy said."}}
	for range 40 {
		s.Quotes = append(s.Quotes, model.Quote{Text: "We will not sell", Kind: model.Speech, Speaker: "Jane Roe", Source: "interview",
			Mentions: []string{"Jane Roe"}, Spans: []model.Span{{Paragraph: 0, Start: 3, End: 19}}})
	}
	w := NewJSONWriter(io.Discard)
	if err := w.Write(s); err != nil {
		t.Fatal(err)
	}
	if n := testing.AllocsPerRun(20, func() { _ = w.Write(s) }); n > 8 {
		t.Errorf("%v allocations to write a story of %d quotes, want at most 8", n, len(s.Quotes))
	}
}
