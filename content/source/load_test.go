package source

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// kindOf is a reader that hands back each document's name and kind.
func kindOf(d Document) ([]string, []error) {
	return []string{filepath.Base(d.Name) + "=" + [...]string{"text", "html", "feed"}[d.Kind]}, nil
}

// Load walks a directory in name order, hidden entries left out, refuses
// what is no story's bytes with the reason, and hands on the rest with
// its kind told from its content.
func TestLoadHandsOnDocuments(t *testing.T) {
	dir := t.TempDir()
	for name, data := range map[string]string{
		"a.txt":          "Envoy warned\n\nThe envoy wrote.",
		"b.html":         "<!DOCTYPE html><html><body><p>Words</p></body></html>",
		"c.txt":          "<rss version=\"2.0\"><channel></channel></rss>", // misnamed: a feed
		"empty.txt":      "",
		"photo.png":      "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
		".hidden.txt":    "never read",
		"sub/nested.txt": "Nested\n\nA story in a folder.",
	} {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Symlink(".", filepath.Join(dir, "sub", "loop")); err != nil {
		t.Fatal(err)
	}
	docs, errs := Load(context.Background(), strings.NewReader(""), []string{dir}, kindOf)
	want := []string{"a.txt=text", "b.html=html", "c.txt=feed", "nested.txt=text"}
	if !slices.Equal(docs, want) {
		t.Errorf("documents %q, want %q", docs, want)
	}
	var reasons []string
	for _, err := range errs {
		_, reason, _ := strings.Cut(err.Error(), ": ")
		reasons = append(reasons, reason)
	}
	slices.Sort(reasons)
	wantReasons := []string{"empty file", "not text (binary file?)", "symlink loop (links back to a directory being read); not followed"}
	if !slices.Equal(reasons, wantReasons) {
		t.Errorf("errors %v, want reasons %q", errs, wantReasons)
	}
}

// "-" reads stdin, which nothing names: the document says so.
func TestLoadReadsStdin(t *testing.T) {
	read := func(d Document) ([]Document, []error) { return []Document{d}, nil }
	docs, errs := Load(context.Background(), strings.NewReader("Headline\n\nBody."), []string{"-"}, read)
	if len(errs) > 0 || len(docs) != 1 || !docs[0].Stdin || docs[0].Name != "stdin" || docs[0].Kind != Text {
		t.Errorf("got %+v, errors %v", docs, errs)
	}
}
