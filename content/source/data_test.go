package source

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// A folder of stories with data files beside them: the data files are
// refused with a reason (and so counted as skipped), the stories and a
// JSON Feed are read (ui-bugs 2).
func TestLoadRefusesDataFiles(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"story.txt":     "Envoy warned of harbour deal\n\nThe envoy said the deal was “a trap.”\n",
		"truth.json":    `{"outlet": "The Daily Ledger", "quotes": [{"text": "a trap"}]}`,
		"notes.txt":     "[1, 2, 3]",
		"quotes.csv":    "speaker,quote\nOrtiz,a trap\n",
		"feed.json":     `{"version": "https://jsonfeed.org/version/1.1", "title": "Ledger", "items": []}`,
		"headline.txt":  "[Updated] Envoy warned of harbour deal\n\nThe envoy spoke.\n",
		"front.md":      "---\ntitle: A story\n---\n\nThe envoy spoke.\n",
		"settings.yaml": "theme: dark\n",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	kindOf := func(d Document) ([]string, []error) {
		return []string{filepath.Base(d.Name)}, nil
	}
	docs, errs := load(context.Background(), strings.NewReader(""), []string{dir}, kindOf)
	slices.Sort(docs)
	if want := []string{"feed.json", "front.md", "headline.txt", "story.txt"}; !slices.Equal(docs, want) {
		t.Errorf("read %q, want %q", docs, want)
	}
	var got []string
	for _, err := range errs {
		got = append(got, filepath.Base(err.Error()))
	}
	slices.Sort(got)
	want := []string{"notes.txt: not a story (JSON data)", "quotes.csv: not a story (CSV data)",
		"settings.yaml: not a story (YAML data)", "truth.json: not a story (JSON data)"}
	if !slices.Equal(got, want) {
		t.Errorf("errors %q, want %q", got, want)
	}
}

// A server that says JSON is believed, unless it says JSON Feed.
func TestDataFormatByContentType(t *testing.T) {
	for _, tc := range []struct{ contentType, want string }{
		{"application/json; charset=utf-8", "JSON"},
		{"application/ld+json", "JSON"},
		{"application/feed+json", ""},
		{"text/csv", "CSV"},
		{"text/html", ""},
	} {
		if got := dataFormat("https://example.org/x", tc.contentType, []byte("Headline\n\nBody.")); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.contentType, got, tc.want)
		}
	}
}

// TestReadMarksWhatItChecked: the document Read hands on says it was
// checked, so that the page reader does not count its control bytes
// again; what Read refuses is never handed on.
func TestReadMarksWhatItChecked(t *testing.T) {
	var got []Document
	read := func(d Document) ([]bool, []error) { got = append(got, d); return nil, nil }
	Read(Document{Name: "a.txt", Data: []byte("Envoy wrote of the strike\n\nThe port was idle.\n")}, read)
	Read(Document{Name: "b.bin", Data: []byte(strings.Repeat("\x01\x02\x03\x04", 100))}, read)
	if len(got) != 1 || !got[0].Checked {
		t.Errorf("handed on %d documents (checked: %v), want one, checked", len(got), len(got) == 1 && got[0].Checked)
	}
}
