package export

import (
	"bytes"
	"encoding/json"
	"reflect"
	"testing"

	"cables/model"
)

// encodingJSON is what encoding/json makes of v, compact, HTML left
// unescaped: what the hand encoder must give.
func encodingJSON(t testing.TB, v any) []byte {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
}

// TestAppendStoryIsEncodingJSON: stories of every shape the schema has
// (nulls and empty lists, a summary, a quote checked against a cable with
// its differences, reasons, text JSON and HTML escape) encode by hand to
// encoding/json's bytes.
func TestAppendStoryIsEncodingJSON(t *testing.T) {
	stories := shapedStories()
	for i := range stories {
		got, err := appendStory([]byte("kept"), &stories[i])
		if err != nil {
			t.Fatal(err)
		}
		if want := append([]byte("kept"), encodingJSON(t, stories[i])...); !bytes.Equal(got, want) {
			t.Errorf("story %d:\n got %s\nwant %s", i, got, want)
		}
	}
}

// TestIndentedStoryIsIndentedJSON: the same stories, and one with every
// field set, encoded indented are encoding/json's bytes laid out by
// json.Indent, at the list's depth and deeper.
func TestIndentedStoryIsIndentedJSON(t *testing.T) {
	var filled jsonStory
	var n int
	fill(reflect.ValueOf(&filled).Elem(), "“Q” <b>&amp;</b> \"x\" \\ \t\n\u2028\x01\xff", &n)
	for i, s := range append(shapedStories(), filled) {
		for _, prefix := range []string{"    ", "", "\t\t\t\t\t\t\t\t\t\t"} {
			e := newIndentedEncoder([]byte("kept"), prefix, "  ")
			if err := e.story(&s); err != nil {
				t.Fatal(err)
			}
			var want bytes.Buffer
			want.WriteString("kept")
			if err := json.Indent(&want, encodingJSON(t, s), prefix, "  "); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(e.b, want.Bytes()) {
				t.Errorf("story %d, prefix %q:\n got %s\nwant %s", i, prefix, e.b, want.Bytes())
			}
		}
	}
}

// shapedStories are stories of every shape the schema has (nulls and
// empty lists, a summary, a quote checked against a cable with its
// differences, reasons, text JSON and HTML escape).
func shapedStories() []jsonStory {
	text := "“Quoted,” he said <b>&amp;</b> \"x\" \\ tab\there\nline\u2028sep\x01\x7f bad\xff end"
	outlet, speaker := "The Ledger & Post", "Ada <Quill>"
	stories := []jsonStory{
		{},
		{ID: "a.txt", Path: "a.txt", Title: text, Outlet: &outlet, Summary: true,
			Captions: []string{}, Paragraphs: []string{text, ""}, Quotes: []jsonQuote{}, People: []jsonPerson{}},
		{ID: "b", Quotes: []jsonQuote{
			{Text: text, Kind: model.Cable, Speaker: &speaker, Mentions: []string{"Ada Quill"},
				Spans: []model.Span{{Paragraph: 2, Start: 10, End: 42}}, Why: []model.Reason{{Decision: "kind", Value: "cable", Rule: "cue-names-document", Evidence: text}},
				SourceCable: SourceCable(&model.CableMatch{CableID: "09LAGOS12", Para: 3, Coverage: 0.8333333333333334, Verdict: model.Edited,
					Start: 5, End: 90, Differences: []model.Difference{{Kind: "dropped", Story: "a <b>", Cable: "c & d"}}})},
			{Kind: model.Speech, Spans: []model.Span{}, Why: []model.Reason{}},
		}, People: []jsonPerson{{Name: "Ada Quill", Aliases: []string{"Quill"}, Mentions: 3}, {Name: "X"}}},
	}
	return stories
}

// TestAppendStringEveryByteAnywhere: every byte value, at every place of
// the eight-byte steps and the bytes after them, beside bytes that need
// escaping or not, is encoded as encoding/json encodes it.
func TestAppendStringEveryByteAnywhere(t *testing.T) {
	for c := range 256 {
		for at := range 19 {
			for _, near := range []byte{'a', 0x1f, 0x20, '"', '\\', 0x7f, 0x80, 0xe2} {
				b := []byte("the cable's words.")
				b = append(b, 'x')[:19]
				b[at] = byte(c)
				b[(at+5)%19] = near
				if got, want := appendString(nil, string(b)), encodingJSON(t, string(b)); !bytes.Equal(got, want) {
					t.Fatalf("appendString(%q) = %s, want %s", b, got, want)
				}
			}
		}
	}
}

// FuzzAppendString holds appendString to encoding/json for any string.
func FuzzAppendString(f *testing.F) {
	for _, s := range []string{"", "plain", "\"\\/\b\f\n\r\t\x00\x1f\x7f", "<&>", "\u2028\u2029", "bad\xff\xfe", "\xe2\x80", "“curly”",
		"abcdefghij\n abc", "abcdefghij\"#abc", "abcdefghij\\]abc"} { // a borrow from an escaped byte marks the next in the last eight
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := appendString(nil, s), encodingJSON(t, s); !bytes.Equal(got, want) {
			t.Errorf("appendString(%q) = %s, want %s", s, got, want)
		}
	})
}
