package source

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"
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
	docs, errs := load(context.Background(), strings.NewReader(""), []string{dir}, kindOf)
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
	docs, errs := load(context.Background(), strings.NewReader("Headline\n\nBody."), []string{"-"}, read)
	if len(errs) > 0 || len(docs) != 1 || !docs[0].Stdin || docs[0].Name != "stdin" || docs[0].Kind != Text {
		t.Errorf("got %+v, errors %v", docs, errs)
	}
}

// write makes a file and the folders above it.
func write(t *testing.T, path, data string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

// Each story is read once however many ways it is named: a folder given
// twice, as "./d" and as an absolute path, a file inside a folder given
// too, a folder inside another, a symlink and a hard link to a file.
func TestLoadReadsEachFileOnce(t *testing.T) {
	root := t.TempDir()
	t.Chdir(root)
	write(t, "d/a.txt", "Envoy warned\n\nThe envoy wrote.")
	write(t, "d/sub/b.txt", "Nested\n\nA story in a folder.")
	write(t, "e/c.txt", "Other\n\nAnother story.")
	if err := os.Symlink(filepath.Join(root, "d", "a.txt"), filepath.Join(root, "e", "link.txt")); err != nil {
		t.Fatal(err)
	}
	if err := os.Link(filepath.Join(root, "d", "sub", "b.txt"), filepath.Join(root, "e", "hard.txt")); err != nil {
		t.Fatal(err)
	}
	for _, sources := range [][]string{
		{"d", "d"},
		{"d", "./d"},
		{"d", filepath.Join(root, "d")},
		{"d/sub", "d"},
		{"d", "d/a.txt", "d/sub/b.txt", "./d/sub/../a.txt"},
	} {
		docs, errs := load(context.Background(), nil, sources, kindOf)
		want := []string{"a.txt=text", "b.txt=text"}
		slices.Sort(docs)
		if !slices.Equal(docs, want) || len(errs) > 0 {
			t.Errorf("%q: read %q (errors %v), want %q", sources, docs, errs, want)
		}
	}
	docs, _ := load(context.Background(), nil, []string{"d", "e"}, kindOf)
	if want := []string{"a.txt=text", "b.txt=text", "c.txt=text"}; !slices.Equal(docs, want) {
		t.Errorf("d and e (a symlink and a hard link into d): read %q, want %q", docs, want)
	}
}

// A read that waits for ever (a pipe nobody writes to, stdin from a
// command that sleeps) gives up when the run is cancelled, with a reason
// that says so. The deadline below only keeps a broken build from hanging.
func TestReadsGiveUpWhenCancelled(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "fifo")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	stdin, writer := io.Pipe()
	defer writer.Close()
	for _, src := range []string{fifo, "-"} {
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan []error)
		go func() {
			_, errs := load(ctx, stdin, []string{src}, kindOf)
			done <- errs
		}()
		time.Sleep(50 * time.Millisecond)
		cancel()
		select {
		case errs := <-done:
			if len(errs) != 1 || !errors.Is(errs[0], ErrInterrupted) || !strings.HasSuffix(errs[0].Error(), ": not read: interrupted") {
				t.Errorf("%s: errors %v, want one saying it was not read", src, errs)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("%s: still reading 10 s after the run was cancelled", src)
		}
	}
}

// A file the walk found regular is read on the reader's goroutine, so a
// FIFO put in its place since cannot block the read; and a file that grew
// since the walk is read to its end.
func TestRegularFileChangedSinceTheWalk(t *testing.T) {
	dir := t.TempDir()
	story := filepath.Join(dir, "story.txt")
	if err := os.WriteFile(story, []byte("Envoy warned\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	info, err := os.Stat(story)
	if err != nil {
		t.Fatal(err)
	}
	grown := "Envoy warned\n\nThe envoy wrote that the talks were going nowhere.\n"
	if err := os.WriteFile(story, []byte(grown), 0o644); err != nil {
		t.Fatal(err)
	}
	doc, err := NewOpener(nil).Open(context.Background(), Entry{Name: story, Path: story, Info: info})
	if err != nil || string(doc.Data) != grown {
		t.Errorf("grown file: read %q (%v), want %q", doc.Data, err, grown)
	}

	fifo := filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() {
		_, err := NewOpener(nil).Open(context.Background(), Entry{Name: fifo, Path: fifo, Info: info})
		done <- err
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("a FIFO in place of a regular file: still reading after 10 s")
	}
}

// A buffer handed back and read into again holds the new file's bytes
// alone, and a buffer larger than the limit is not filled past it.
func TestReadIntoAKeptBuffer(t *testing.T) {
	old := []byte("The envoy wrote that the talks were going nowhere.")
	data, err := readLimitedInto(strings.NewReader("Envoy warned"), 100, old)
	if err != nil || string(data) != "Envoy warned" {
		t.Errorf("read into a used buffer: %q (%v), want %q", data, err, "Envoy warned")
	}
	_, err = readLimitedInto(strings.NewReader(strings.Repeat("x", 20)), 10, make([]byte, 0, 64))
	if !errors.Is(err, ErrLimit) {
		t.Errorf("20 bytes with a limit of 10, into a buffer of 64: %v, want the limit", err)
	}
	data, err = readLimitedInto(strings.NewReader(strings.Repeat("x", 10)), 10, make([]byte, 0, 64))
	if err != nil || len(data) != 10 {
		t.Errorf("10 bytes with a limit of 10: %d bytes (%v), want all 10", len(data), err)
	}
}

// Text of a shape no story has is refused before the page reader sees
// it, with the limit named: a long run of short lines, lists nested
// thousands deep. Stories with menus, lists and indented quotes are not.
func TestTextLimits(t *testing.T) {
	var deep strings.Builder
	for d := range 200 {
		deep.WriteString(strings.Repeat("  ", d) + "- the ambassador said the talks were going nowhere\n")
	}
	quoted := strings.Repeat("> ", 40) + "the ambassador said the talks were going nowhere, and the army would not move\n"
	tests := []struct {
		name, text, want string
	}{
		{"short lines", "Title\n\n" + strings.Repeat("ok\n", 5000), "over 1000 short lines in a row from line 1; a list or a log, not a story"},
		{"blank lines among short ones", "Title\n\n" + strings.Repeat("a\n\n", 600), "over 1000 short lines in a row from line 1; a list or a log, not a story"},
		{"nested lists", deep.String(), "lists or quotes nested 33 deep at line 65; the limit is 32"},
		{"nested quotes", "Title\n\n" + quoted, "lists or quotes nested 50 deep at line 3; the limit is 32"},
		{"a story", "Envoy warned\n\nBy A. Writer\n\nHome\nWorld\nPolitics\n\n" + strings.Repeat("The envoy wrote that the talks were going nowhere.\n\n", 2000), ""},
		{"a Markdown story", "# Envoy warned\n\n- one\n  - two\n    - three\n\n> > quoted twice, as mail does\n\n" + strings.Repeat("The envoy wrote that the talks were going nowhere.\n\n", 20), ""},
		{"a tall list", "Names\n\n" + strings.Repeat("- Ambassador Jane Roe\n", 900) + "The envoy wrote that the talks were going nowhere.\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			read := 0
			count := func(d Document) ([]string, []error) { read++; return []string{d.Name}, nil }
			_, errs := Read(Document{Name: "s.txt", Data: []byte(tt.text)}, count)
			if tt.want == "" {
				if len(errs) > 0 || read != 1 {
					t.Errorf("refused: %v", errs)
				}
				return
			}
			if len(errs) != 1 || errs[0].Error() != "s.txt: "+tt.want || !errors.Is(errs[0], ErrLimit) || read > 0 {
				t.Errorf("errors %v (read %d times), want %q", errs, read, "s.txt: "+tt.want)
			}
		})
	}
}

// FindEach hands the entries on in batches as the walk goes, which
// together are what Find finds, in the same order, and keeps none.
func TestFindEachHandsOnBatches(t *testing.T) {
	dir := t.TempDir()
	for i := range 7 {
		write(t, filepath.Join(dir, fmt.Sprintf("s%d.txt", i)), "Envoy\n\nText.\n")
	}
	sources := []string{dir, filepath.Join(dir, "missing.txt")}
	var sizes []int
	var got []string
	found := FindEach(sources, 3, func(es []Entry) {
		sizes = append(sizes, len(es))
		for _, e := range es {
			got = append(got, e.Name)
		}
	})
	var want []string
	for _, e := range Find(sources).Entries {
		want = append(want, e.Name)
	}
	if fmt.Sprint(sizes) != "[3 3 2]" || strings.Join(got, " ") != strings.Join(want, " ") ||
		len(found.Entries) != 0 {
		t.Errorf("batches of %v: %v\nwant %v", sizes, got, want)
	}
}

// A file's Path, the cache's key for it, is absolute and clean however it
// was named, and so are the directories walked.
func TestFoundPathsAreAbsolute(t *testing.T) {
	root := t.TempDir()
	t.Chdir(root)
	write(t, "d/a.txt", "Envoy\n\nText.\n")
	write(t, "d/sub/b.txt", "Nested\n\nText.\n")
	real, err := filepath.EvalSymlinks(root)
	if err != nil {
		t.Fatal(err)
	}
	for _, src := range []string{"d", "./d/", filepath.Join(real, "d")} {
		found := Find([]string{src, "d/sub/../a.txt"})
		var paths []string
		for _, e := range found.Entries {
			paths = append(paths, e.Path)
		}
		wd, _ := os.Getwd()
		want := []string{filepath.Join(wd, "d", "a.txt"), filepath.Join(wd, "d", "sub", "b.txt")}
		if strings.HasPrefix(src, "/") {
			want = []string{filepath.Join(real, "d", "a.txt"), filepath.Join(real, "d", "sub", "b.txt")}
		}
		if !slices.Equal(paths, want) || len(found.Dirs) != 1 || found.Dirs[0] != filepath.Dir(want[0]) {
			t.Errorf("%q: paths %q, dirs %q; want %q", src, paths, found.Dirs, want)
		}
	}
}

// BenchmarkFind10k walks a folder of 10,000 stories, as every start does
// before it asks the cache for them (issue 14).
func BenchmarkFind10k(b *testing.B) {
	dir := b.TempDir()
	for i := range 10000 {
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("s%05d.txt", i)), []byte("Envoy\n\nText.\n"), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	b.Chdir(dir)
	b.ReportAllocs()
	for b.Loop() {
		if n := len(Find([]string{"."}).Entries); n != 10000 {
			b.Fatalf("found %d", n)
		}
	}
}

// The stat a walk keeps of each file says what os.Stat says of its name,
// size, mode and time, and keeps nothing else: every entry of a library
// lives until its last file is read.
func TestFoundInfoIsTheStatKept(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "a.txt"), "Envoy\n\nText of the cable story.\n")
	for _, e := range Find([]string{dir}).Entries {
		st, err := os.Stat(e.Name)
		if err != nil {
			t.Fatal(err)
		}
		i := e.Info
		if i.Name() != st.Name() || i.Size() != st.Size() || i.Mode() != st.Mode() || !i.ModTime().Equal(st.ModTime()) || i.IsDir() {
			t.Errorf("%s: kept %v %d %v %v, stat says %v %d %v %v", e.Name, i.Name(), i.Size(), i.Mode(), i.ModTime(), st.Name(), st.Size(), st.Mode(), st.ModTime())
		}
		if i.Sys() != nil {
			t.Errorf("%s: the system's stat record is kept", e.Name)
		}
	}
}

// A regular file is read whole whatever size the walk saw: the same, a
// file grown since (a read that fills the room the walk's size gave is
// not the end), shrunk since, or empty.
func TestReadRegularReadsTheWholeFile(t *testing.T) {
	dir := t.TempDir()
	text := strings.Repeat("The envoy wrote that the talks had stalled. ", 2000)
	path := filepath.Join(dir, "story.txt")
	write(t, path, text)
	empty := filepath.Join(dir, "empty.txt")
	write(t, empty, "")
	for _, c := range []struct {
		path       string
		walkedSize int64
		want       string
	}{
		{path, int64(len(text)), text},
		{path, 40, text},
		{path, int64(len(text)) - 600, text},
		{path, int64(len(text)) + 4000, text},
		{empty, 0, ""},
		{empty, 12, ""},
	} {
		data, err := readRegular(context.Background(), c.path, c.walkedSize)
		if err != nil || string(data) != c.want {
			t.Errorf("%s walked at %d bytes: %d bytes (%v), want %d", filepath.Base(c.path), c.walkedSize, len(data), err, len(c.want))
		}
	}
}
