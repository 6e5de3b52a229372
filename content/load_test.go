package content

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"syscall"
	"testing"
	"unicode/utf16"

	"cables/content/source"
	"cables/model"
)

var update = flag.Bool("update", false, "rewrite the golden files")

const goodStory = "Envoy warned of grain shortage\n\nThe ambassador said the stores were “nearly empty by the end of winter,” a cable shows.\n"

// utf16LE encodes s as UTF-16, little-endian, with a byte order mark.
func utf16LE(s string) []byte {
	out := []byte{0xFF, 0xFE}
	for _, u := range utf16.Encode([]rune(s)) {
		out = append(out, byte(u), byte(u>>8))
	}
	return out
}

// hostileStory is a story whose every line carries something a terminal
// would act on: colours, a title change, a hyperlink, BEL, C1 controls
// (in their UTF-8 form), bidi overrides, NUL and zero-width characters.
const hostileStory = "\x1b[2J\x1b[HEnvoy \x1b[1;31mwarned\x1b[0m of shortage\x07\n\n" +
	"\x1b]0;pwned\x07The ambassador\x00 said the stores were “nearly empty,” a cable shows.\n\n" +
	"\x1b]8;;https://example.com\x1b\\A linked phrase\x1b]8;;\x1b\\ and \u009b31mC1 colour\u009b0m here.\n\n" +
	"Bidi \u202eesrever\u202c and \u2066isolate\u2069 and zero\u200bwidth\ufeff; a tab\there\r\nand a DCS \x1bPq#0;2;0;0;0\x1b\\gone.\n"

// readSource reads one source's bytes as Load does.
func readSource(name, contentType, pageURL string, data []byte) ([]*model.Story, []error) {
	return source.Read(source.Document{Name: name, ContentType: contentType, URL: pageURL, Data: data}, read)
}

// TestHostileDirectory loads a directory holding every kind of bad input
// next to good stories: each bad one is named with its reason, and every
// good one still loads.
func TestHostileDirectory(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) {
		t.Helper()
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	page, feed := testdataPageAndFeed(t)
	write("good.txt", []byte(goodStory))
	write("page.html", page)
	write("page-misnamed.txt", page)
	write("world.xml", feed)
	write("sub/deeper/story.md", []byte("# A Markdown story\n\nThe consul wrote “no.”\n"))
	write("broken-utf8.txt", []byte("Envoy \xff\xfe warned\n\nThe stores were \xc3 empty.\n"))
	write("utf16.txt", utf16LE(goodStory))
	write("utf16.html", utf16LE(string(page)))
	write("hostile.txt", []byte(hostileStory))
	// Its ID and path are shown: the escapes go.
	write("\x1b]0;pwned\x07title\x1b[31m.txt", []byte(goodStory))
	write(".hidden.txt", []byte("hidden story, never read"))
	write(".git/config", []byte("not a story"))

	bad := map[string]string{
		"empty.txt":      "empty file",
		"blank.txt":      "empty file",
		"nul.txt":        "not text (binary file?)",
		"photo.png":      "not text (binary file?)",
		"photo.txt":      "not text (binary file?)",
		"random.bin":     "not text (binary file?)",
		"huge.txt":       "too large (51 MB; the limit is 50 MB)",
		"one-line.txt":   "a line of 1024 KB; no story has one over 64 KB",
		"nested.html":    "elements nested over 512 deep; not a page a person wrote",
		"not-xml.rss":    "not a feed (no RSS or Atom found)",
		"world.xml#3":    "the item has no text",
		"dangling":       "broken symlink (its target does not exist)",
		"loop-a":         "symlink loop",
		"loop-b":         "symlink loop",
		"sub/up":         "symlink loop (links back to a directory being read); not followed",
		"pipe":           "not a regular file (named pipe); skipped",
		"unreadable.txt": "permission denied",
	}
	write("empty.txt", nil)
	write("blank.txt", []byte(" \n\n\t\n"))
	write("nul.txt", []byte(strings.Repeat("\x00\x01\x02 words", 100)))
	write("photo.png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10"))
	write("photo.txt", []byte("\xFF\xD8\xFF\xE0\x00\x10JFIF\x00\x01\x01\x00"))
	write("one-line.txt", []byte(strings.Repeat("word ", 1<<20/5+1)))
	write("nested.html", []byte("<html><body>"+strings.Repeat("<div>", 10000)+"deep"+strings.Repeat("</div>", 10000)))
	noise := make([]byte, 4096)
	for i := range noise {
		// A fixed generator: the same bytes on every run.
		noise[i] = byte((i*7919 + i*i*104729) >> 3)
	}
	write("random.bin", noise)
	write("latin1.txt", []byte("Caf\xe9 owners spoke\n\nThe consul wrote that caf\xe9 owners were \x93angry\x94 about the na\xefve plan.\n"))
	write("not-xml.rss", []byte("Breaking: this feed is just words.\n"))
	huge, err := os.Create(filepath.Join(dir, "huge.txt"))
	if err != nil {
		t.Fatal(err)
	}
	// Sparse: the test writes nothing, and Load must not read it either.
	if err := huge.Truncate(MaxFileSize + 1); err != nil {
		t.Fatal(err)
	}
	huge.Close()
	for _, link := range [][2]string{{"missing.txt", "dangling"}, {"loop-b", "loop-a"}, {"loop-a", "loop-b"}, {"..", "sub/up"}} {
		if err := os.Symlink(link[0], filepath.Join(dir, link[1])); err != nil {
			t.Fatal(err)
		}
	}
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe"), 0o644); err != nil {
		t.Fatal(err)
	}
	write("unreadable.txt", []byte(goodStory))
	if err := os.Chmod(filepath.Join(dir, "unreadable.txt"), 0); err != nil {
		t.Fatal(err)
	}
	if os.Geteuid() == 0 {
		// Root reads a file whatever its mode: the case cannot happen.
		delete(bad, "unreadable.txt")
		os.Remove(filepath.Join(dir, "unreadable.txt"))
	}

	stories, errs := Load(context.Background(), []string{dir})

	got := map[string]string{}
	for _, err := range errs {
		source, reason, ok := strings.Cut(err.Error(), ": ")
		rel, relErr := filepath.Rel(dir, source)
		if !ok || relErr != nil {
			t.Errorf("error %q does not start with a source under the directory", err)
			continue
		}
		got[filepath.ToSlash(rel)] = reason
	}
	for name, want := range bad {
		if got[name] != want {
			t.Errorf("%s: reason %q, want %q", name, got[name], want)
		}
	}
	for name, reason := range got {
		if _, ok := bad[name]; !ok {
			t.Errorf("%s: unexpected error %q", name, reason)
		}
	}

	var ids []string
	for _, s := range stories {
		rel, _ := filepath.Rel(dir, s.ID)
		ids = append(ids, filepath.ToSlash(rel))
		if err := cleanFields(append([]string{s.ID, s.Path, s.Title, s.Byline, s.Outlet}, s.Paragraphs...)...); err != nil {
			t.Errorf("%s: %v", s.ID, err)
		}
	}
	slices.Sort(ids)
	want := []string{"broken-utf8.txt", "good.txt", "hostile.txt", "latin1.txt", "page-misnamed.txt", "page.html",
		"sub/deeper/story.md", "title.txt", "utf16.html", "utf16.txt", "world.xml#1", "world.xml#2"}
	if !slices.Equal(ids, want) {
		t.Errorf("loaded %q,\nwant   %q", ids, want)
	}
}

// TestHostileStoryGolden shows what is left of a story full of terminal
// escapes once cleaned: the words, and nothing a terminal would act on.
func TestHostileStoryGolden(t *testing.T) {
	stories, errs := readSource("hostile.txt", "", "", []byte(hostileStory))
	if len(errs) > 0 || len(stories) != 1 {
		t.Fatalf("got %d stories, errors %v", len(stories), errs)
	}
	s := stories[0]
	var b strings.Builder
	fmt.Fprintf(&b, "title: %s\n", s.Title)
	for _, p := range s.Paragraphs {
		fmt.Fprintf(&b, "paragraph: %s\n", p)
	}
	for _, q := range s.Quotes {
		fmt.Fprintf(&b, "quote: %s\n", q.Text)
	}
	checkGolden(t, "testdata/inputs_hostile.golden", b.String())
}

func TestBrokenUTF8IsRepaired(t *testing.T) {
	stories, errs := readSource("b.txt", "", "", []byte("Envoy \xff warned\n\nBody \xc3 text.\n"))
	if len(errs) > 0 || len(stories) != 1 {
		t.Fatalf("got %d stories, errors %v", len(stories), errs)
	}
	if stories[0].Title != "Envoy \uFFFD warned" {
		t.Errorf("title %q", stories[0].Title)
	}
}

func checkGolden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("differs from %s:\n got:\n%s\nwant:\n%s", path, got, want)
	}
}

// TestOversizedFileIsNotRead: refusing a file over the cap costs nothing
// like its size. The file is sparse, so the test costs nothing either.
func TestOversizedFileIsNotRead(t *testing.T) {
	path := filepath.Join(t.TempDir(), "huge.html")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(1 << 30); err != nil {
		t.Fatal(err)
	}
	f.Close()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	_, errs := Load(context.Background(), []string{path})
	runtime.ReadMemStats(&after)
	if len(errs) != 1 || !strings.HasSuffix(errs[0].Error(), ": too large (1024 MB; the limit is 50 MB)") {
		t.Errorf("errors %v", errs)
	}
	if allocated := after.TotalAlloc - before.TotalAlloc; allocated > 1<<20 {
		t.Errorf("refusing a 1 GB file allocated %d KB", allocated>>10)
	}
}

func BenchmarkReadSeedPage(b *testing.B) {
	text := Default()
	page := []byte(seedPage(text.Title, text.Paragraphs, text.Captions))
	b.SetBytes(int64(len(page)))
	for b.Loop() {
		if _, errs := readSource("seed.html", "", "", page); len(errs) > 0 {
			b.Fatal(errs)
		}
	}
}

// cleanFields checks that no field carries a control, escape or invisible
// character; newlines are allowed only where fields are joined for testing.
func cleanFields(fields ...string) error {
	for _, f := range fields {
		for _, r := range f {
			if r != '\n' && model.Invisible(r) {
				return fmt.Errorf("field %q holds %U", f, r)
			}
		}
	}
	return nil
}

// TestEveryKindShowsACleanPath: a file name that would set the clipboard,
// retitle the terminal or reverse the text reaches no story's path or ID,
// whatever kind of file it names.
func TestEveryKindShowsACleanPath(t *testing.T) {
	page, feed := testdataPageAndFeed(t)
	const hostile = "saved\x1b]52;c;cHduZWQ=\x07\u202efdp."
	dir := t.TempDir()
	for ext, data := range map[string][]byte{".html": page, ".txt": []byte(goodStory),
		".md": []byte("# A Markdown story\n\nThe consul wrote “no.”\n"), ".rss": feed} {
		if err := os.WriteFile(filepath.Join(dir, hostile+ext), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	stories, errs := Load(context.Background(), []string{dir})
	for _, s := range stories {
		if err := cleanFields(s.Path, s.ID); err != nil {
			t.Errorf("%v", err)
		}
		if !strings.HasPrefix(filepath.Base(s.Path), "saved") {
			t.Errorf("path %q lost its name", s.Path)
		}
	}
	if len(stories) < 4 {
		t.Errorf("loaded %d stories, errors %v", len(stories), errs)
	}
}
