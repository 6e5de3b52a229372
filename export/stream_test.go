package export

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"cables/content"
	"cables/model"
)

// manyStories is a library of n stories made from the one cables ships,
// each with its headline, outlet and one name changed, and a few with
// text that JSON and HTML escape.
func manyStories(t testing.TB, n int) []*model.Story {
	t.Helper()
	base := content.Default()
	var text strings.Builder
	text.WriteString(base.Title + "\n\n")
	for _, p := range base.Paragraphs {
		text.WriteString(p + "\n\n")
	}
	var stories []*model.Story
	for i := range n {
		body := strings.ReplaceAll(text.String(), "Kayani", fmt.Sprintf("Kayani%c", 'a'+i%26))
		if i%7 == 3 {
			body = strings.Replace(body, "\n\n", " <b>&amp;</b> \"quoted\" \\ tab\there\n\n", 1)
		}
		s, err := content.Parse(fmt.Sprintf("story-%d.txt", i), []byte(fmt.Sprintf("Story %d: %s", i, body)))
		if err != nil {
			t.Fatal(err)
		}
		stories = append(stories, s)
	}
	return stories
}

// wholeDocument is how export wrote JSON before it streamed: the whole
// document built, then encoded at once. The streamed output must be the
// same bytes.
func wholeDocument(t *testing.T, key string, items []any) []byte {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if items == nil {
		items = []any{}
	}
	if err := enc.Encode(map[string][]any{key: items}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestStreamedJSONIsTheWholeDocument: JSON, QuotesJSON and PeopleJSON
// write story by story the bytes that encoding the whole document gave,
// for no story, one and many.
func TestStreamedJSONIsTheWholeDocument(t *testing.T) {
	all := manyStories(t, 300)
	for _, stories := range [][]*model.Story{nil, all[:1], all} {
		lib := model.NewLibrary(stories)
		if at, ok := storiesAsWholeDocument(t, stories); !ok {
			t.Fatalf("%d stories: streamed JSON differs from the whole document at byte %d", len(stories), at)
		}
		var got bytes.Buffer
		rows := Rows(lib, AllQuotes(lib))
		var items []any
		for _, r := range rows {
			items = append(items, jsonQuoteRow{newJSONQuote(r.Quote, &r.Speaker, r.Mentions), refOf(r.Story)})
		}
		got.Reset()
		if err := QuotesJSON(&got, rows); err != nil {
			t.Fatal(err)
		}
		if want := wholeDocument(t, "quotes", items); !bytes.Equal(got.Bytes(), want) {
			t.Fatalf("%d quotes: streamed JSON differs at byte %d", len(rows), firstDiff(got.Bytes(), want))
		}

		items = nil
		for _, f := range lib.People() {
			items = append(items, jsonFigure{Name: f.Name, Aliases: nonNil(f.Aliases), Stories: f.Stories, Quotes: f.Quotes, Mentions: f.Mentions})
		}
		got.Reset()
		if err := PeopleJSON(&got, lib.People()); err != nil {
			t.Fatal(err)
		}
		if want := wholeDocument(t, "people", items); !bytes.Equal(got.Bytes(), want) {
			t.Fatalf("%d people: streamed JSON differs at byte %d", len(lib.People()), firstDiff(got.Bytes(), want))
		}
	}
}

// TestLibraryCSVIsQuotesCSV: the library written story by story is the
// CSV of all its quotes at once.
func TestLibraryCSVIsQuotesCSV(t *testing.T) {
	lib := model.NewLibrary(manyStories(t, 100))
	var got, want bytes.Buffer
	if err := LibraryCSV(&got, lib); err != nil {
		t.Fatal(err)
	}
	if err := QuotesCSV(&want, Rows(lib, AllQuotes(lib))); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got.Bytes(), want.Bytes()) || got.Len() < 10000 {
		t.Fatalf("LibraryCSV (%d bytes) differs from QuotesCSV (%d bytes) at byte %d", got.Len(), want.Len(), firstDiff(got.Bytes(), want.Bytes()))
	}
}

// countingWriter counts what is written and the largest single write.
type countingWriter struct{ total, largest int }

func (c *countingWriter) Write(p []byte) (int, error) {
	c.total += len(p)
	c.largest = max(c.largest, len(p))
	return len(p), nil
}

// TestExportWritesAsItGoes: no format hands the writer the document in
// one piece; output leaves in buffer-sized writes while stories are still
// being encoded.
func TestExportWritesAsItGoes(t *testing.T) {
	stories := manyStories(t, 200)
	lib := model.NewLibrary(stories)
	for name, write := range map[string]func(*countingWriter) error{
		"json": func(w *countingWriter) error { return JSON(w, stories) },
		"md":   func(w *countingWriter) error { return Markdown(w, lib) },
		"csv":  func(w *countingWriter) error { return LibraryCSV(w, lib) },
	} {
		var w countingWriter
		if err := write(&w); err != nil {
			t.Fatal(err)
		}
		if w.total < 256<<10 || w.largest > 128<<10 {
			t.Errorf("%s: %d bytes, the largest write %d: want it written in pieces of at most 128 KB", name, w.total, w.largest)
		}
	}
}

func firstDiff(a, b []byte) int {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return i
		}
	}
	return min(len(a), len(b))
}

// BenchmarkJSON is export --format json's writing alone, per byte written
// (issue 14: encoding was a fifth of a whole export once).
func BenchmarkJSON(b *testing.B) {
	stories := manyStories(b, 100)
	for _, s := range stories {
		content.Explain(s)
	}
	var out bytes.Buffer
	if err := JSON(&out, stories); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(out.Len()))
	b.ResetTimer()
	for range b.N {
		out.Reset()
		if err := JSON(&out, stories); err != nil {
			b.Fatal(err)
		}
	}
}

// TestJSONWriterIsJSON: stories written one by one as they come make the
// document JSON writes of them all, for none, one and many.
func TestJSONWriterIsJSON(t *testing.T) {
	all := manyStories(t, 30)
	for _, stories := range [][]*model.Story{nil, all[:1], all} {
		var want, got bytes.Buffer
		if err := JSON(&want, stories); err != nil {
			t.Fatal(err)
		}
		w := NewJSONWriter(&got)
		for _, s := range stories {
			if err := w.Write(s); err != nil {
				t.Fatal(err)
			}
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got.Bytes(), want.Bytes()) {
			t.Errorf("%d stories: written one by one, differs at byte %d", len(stories), firstDiff(got.Bytes(), want.Bytes()))
		}
	}
}

// TestStreamedBigStoryIsTheWholeDocument writes a story of more than
// streamAt bytes, which Write encodes and indents a part at a time, beside
// small ones: the bytes are the whole document's.
func TestStreamedBigStoryIsTheWholeDocument(t *testing.T) {
	all := manyStories(t, 3)
	big := *all[1]
	for len(strings.Join(big.Paragraphs, "")) <= streamAt {
		big.Paragraphs = append(big.Paragraphs, all[1].Paragraphs...)
	}
	for range 6 {
		big.Quotes = append(big.Quotes, big.Quotes...) // many parts to flush
	}
	stories := []*model.Story{all[0], &big, all[2]}
	if at, ok := storiesAsWholeDocument(t, stories); !ok {
		t.Fatalf("streamed big story differs from the whole document at byte %d", at)
	}
}

// storiesAsWholeDocument reports whether JSON writes the stories as the
// whole document built at once, and else the first byte that differs.
func storiesAsWholeDocument(t *testing.T, stories []*model.Story) (int, bool) {
	t.Helper()
	var items []any
	for _, s := range stories {
		items = append(items, newJSONStory(s))
	}
	var got bytes.Buffer
	if err := JSON(&got, stories); err != nil {
		t.Fatal(err)
	}
	want := wholeDocument(t, "stories", items)
	return firstDiff(got.Bytes(), want), bytes.Equal(got.Bytes(), want)
}
