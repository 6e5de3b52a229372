package cli

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"cables/content"
	"cables/model"
)

// TestAddCleansEscapesFromFileNames: a file named with an escape sequence
// (here one that sets the terminal's title) is added under a clean name,
// and neither the "added" line nor the library listing carries the escape.
func TestAddCleansEscapesFromFileNames(t *testing.T) {
	r := newRun(t, terminal)
	src := filepath.Join(t.TempDir(), "evil\x1b]0;HACK\x07.txt")
	if err := os.WriteFile(src, []byte("Envoy warned of grain shortage\n\nThe ambassador said “the grain will not last.”\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	dest := filepath.Join(r.env["XDG_DATA_HOME"], "cables", "evil.txt")
	out := r.mustRun(t, ExitOK, "", "add", src)
	if out != "added "+dest+"\n" {
		t.Errorf("add printed %q, want %q", out, "added "+dest+"\n")
	}
	entries, err := os.ReadDir(filepath.Dir(dest))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if strings.ContainsAny(e.Name(), "\x1b\x07") {
			t.Errorf("library file %q keeps the escape", e.Name())
		}
	}
	if len(entries) != 1 || entries[0].Name() != "evil.txt" {
		t.Errorf("library holds %v, want evil.txt", entries)
	}
}

// TestAddErrorsShowNoEscapes: a source that fails is named in the error
// without its escape sequences.
func TestAddErrorsShowNoEscapes(t *testing.T) {
	r := newRun(t, terminal)
	src := filepath.Join(t.TempDir(), "gone\x1b[2J.txt")
	r.cables("add", src)
	if strings.ContainsAny(r.stderr.String(), "\x1b") || !strings.Contains(r.stderr.String(), "gone.txt") {
		t.Errorf("stderr %q: want the name without its escape", r.stderr.String())
	}
}

func TestSafeFileName(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"grain.txt", "grain.txt"},
		{"evil\x1b]0;HACK\x07.txt", "evil.txt"},
		{"two\nlines.md", "two lines.md"},
		{"\x1b[31m.txt", "story.txt"},
		{"\u202etxt.exe", "txt.exe"},
	} {
		if got := safeFileName(tc.in, "story"); got != tc.want {
			t.Errorf("safeFileName(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestAddHiddenFileIsListed: the library skips hidden files, so a hidden
// source is added under its name without the leading dot, and is read.
func TestAddHiddenFileIsListed(t *testing.T) {
	r := newRun(t, terminal)
	src := filepath.Join(t.TempDir(), ".grain.txt")
	if err := os.WriteFile(src, []byte("Envoy warned of grain shortage\n\nThe ambassador said “the grain will not last.”\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	dest := filepath.Join(r.env["XDG_DATA_HOME"], "cables", "grain.txt")
	if out := r.mustRun(t, ExitOK, "", "add", src); out != "added "+dest+"\n" {
		t.Errorf("add printed %q, want %q", out, "added "+dest+"\n")
	}
	r.mustRun(t, ExitOK, "")
	if len(r.readLib.Stories) != 1 || r.readLib.Stories[0].Title != "Envoy warned of grain shortage" {
		t.Errorf("the library shows %d stories, want the one added", len(r.readLib.Stories))
	}
}

// TestAddRemovesStaleTemps: temporary files left by an add killed midway
// are removed by the next add; one young enough to belong to an add
// running now is left alone.
func TestAddRemovesStaleTemps(t *testing.T) {
	r := newRun(t, piped)
	dir := filepath.Join(r.env["XDG_DATA_HOME"], "cables")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	stale, fresh := filepath.Join(dir, ".add-1234"), filepath.Join(dir, ".add-5678")
	for _, p := range []string{stale, fresh} {
		if err := os.WriteFile(p, []byte("half a story"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	old := time.Now().Add(-2 * staleTempAge)
	if err := os.Chtimes(stale, old, old); err != nil {
		t.Fatal(err)
	}
	r.mustRun(t, ExitOK, "", "add", "https://ledger.example/grain")
	if _, err := os.Stat(stale); err == nil {
		t.Error("the stale temporary file is still there")
	}
	if _, err := os.Stat(fresh); err != nil {
		t.Errorf("a young temporary file was removed: %v", err)
	}
}

// TestAddURLKeepsWhatThePageSaid: a story from a URL is saved with its
// dateline, updated date and captions, and reads back with them.
func TestAddURLKeepsWhatThePageSaid(t *testing.T) {
	r := newRun(t, piped)
	page := ledgerStory()
	page.URL, page.Path, page.ID = "https://ledger.example/grain", "https://ledger.example/grain", "https://ledger.example/grain"
	page.Updated = model.Date{Time: time.Date(2011, 5, 31, 9, 30, 0, 0, time.UTC), HasClock: true, HasZone: true}
	page.Captions = []string{"Grain sacks at the port of Lagos in 2009.", "The ambassador, Maria Okonkwo-Lindqvist"}
	r.app.Load = func(context.Context, io.Reader, []string) ([]*model.Story, []error) {
		return []*model.Story{page}, nil
	}
	out := r.mustRun(t, ExitOK, "", "add", page.URL)
	dest := strings.TrimSpace(strings.TrimPrefix(out, "added "))
	data, err := os.ReadFile(dest)
	if err != nil {
		t.Fatal(err)
	}
	back, err := content.Parse(dest, data)
	if err != nil {
		t.Fatal(err)
	}
	if back.Dateline != page.Dateline || back.Updated.String() != page.Updated.String() || back.Published.String() != page.Published.String() {
		t.Errorf("read back dateline %q, updated %q, published %q; want %q, %q, %q",
			back.Dateline, back.Updated, back.Published, page.Dateline, page.Updated, page.Published)
	}
	if !slices.Equal(back.Captions, page.Captions) {
		t.Errorf("captions read back %q, want %q", back.Captions, page.Captions)
	}
	if !slices.Equal(back.Paragraphs, page.Paragraphs) {
		t.Errorf("paragraphs read back %q, want %q", back.Paragraphs, page.Paragraphs)
	}
}

// TestAddSameStoryOnAFullDisk: adding a story the library already holds
// writes nothing, so it succeeds even where nothing can be written.
func TestAddSameStoryOnAFullDisk(t *testing.T) {
	r := newRun(t, piped)
	src := filepath.Join(t.TempDir(), "grain.txt")
	if err := os.WriteFile(src, []byte("Envoy warned of grain shortage\n\nThe ambassador said “the grain will not last.”\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	first := r.mustRun(t, ExitOK, "", "add", src)
	defer func(orig func(string, string) (*os.File, error)) { createTemp = orig }(createTemp)
	createTemp = func(dir, _ string) (*os.File, error) {
		return nil, &os.PathError{Op: "open", Path: dir, Err: syscall.ENOSPC}
	}
	if again := r.mustRun(t, ExitOK, "", "add", src); again != first {
		t.Errorf("adding again printed %q, want %q", again, first)
	}
	r.cables("add", "https://ledger.example/grain") // a new story does need the disk
	if !strings.Contains(r.stderr.String(), "no space left on device") {
		t.Errorf("a new story on a full disk: stderr %q", r.stderr.String())
	}
}

func TestSlugOfAnyScript(t *testing.T) {
	for _, tc := range []struct{ title, want string }{
		{"Envoy warned of grain shortage, cable shows", "envoy-warned-of-grain-shortage-cable-shows"},
		{"Café owner: “Señor Müller lied”", "cafe-owner-senor-muller-lied"},
		{"Посол предупредил о нехватке зерна", "посол-предупредил-о-нехватке-зерна"},
		{"برقية: السفير حذر من نقص الحبوب", "برقية-السفير-حذر-من-نقص-الحبوب"},
		{"外交電報が明らかにした穀物不足", "外交電報が明らかにした穀物不足"},
		{"राजदूत ने अनाज की कमी की चेतावनी दी", "राजदूत-ने-अनाज-की-कमी-की-चेतावनी-दी"},
		{"Ο πρέσβης προειδοποίησε", "ο-πρέσβης-προειδοποίησε"},
		{"“!!!” — 🌾", "story"},
		{strings.Repeat("ab ", 40), strings.TrimSuffix(strings.Repeat("ab-", 30), "-")},
	} {
		if got := slug(tc.title); got != tc.want {
			t.Errorf("slug(%q) = %q, want %q", tc.title, got, tc.want)
		}
	}
}

// testFeed is an RSS feed of the given items, each a title and a body.
func testFeed(items ...[2]string) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n<rss version=\"2.0\"><channel><title>The Daily Lamp</title>\n")
	for _, it := range items {
		fmt.Fprintf(&b, "<item><title>%s</title><description>%s</description></item>\n", it[0], it[1])
	}
	b.WriteString("</channel></rss>\n")
	return b.String()
}

// TestAddFeedAddsEachItem: a feed file adds each of its items as a story;
// the next snapshot of the feed adds only the items that are new.
func TestAddFeedAddsEachItem(t *testing.T) {
	r := newRun(t, terminal)
	grain := [2]string{"Envoy warned of grain shortage", "The ambassador said the stores were “nearly empty by winter,” a cable shows."}
	border := [2]string{"Cable describes talks at the border", "A diplomat wrote that the talks were “going nowhere at all” after a week."}
	harbour := [2]string{"Harbour closed after the cable leak", "Officials said the harbour was “closed for repairs” on Monday."}
	feed := filepath.Join(t.TempDir(), "world.rss")
	if err := os.WriteFile(feed, []byte(testFeed(grain, border)), 0o644); err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(r.env["XDG_DATA_HOME"], "cables")
	want := "added " + filepath.Join(dir, "envoy-warned-of-grain-shortage.md") + "\n" +
		"added " + filepath.Join(dir, "cable-describes-talks-at-the-border.md") + "\n"
	if out := r.mustRun(t, ExitOK, "", "add", feed); out != want {
		t.Errorf("add feed printed\n%s\nwant\n%s", out, want)
	}
	if err := os.WriteFile(feed, []byte(testFeed(harbour, grain, border)), 0o644); err != nil {
		t.Fatal(err)
	}
	r.mustRun(t, ExitOK, "", "add", feed)
	r.mustRun(t, ExitOK, "")
	var titles []string
	for _, s := range r.readLib.Stories {
		titles = append(titles, s.Title)
	}
	slices.Sort(titles)
	if wantTitles := []string{border[0], grain[0], harbour[0]}; !slices.Equal(titles, wantTitles) {
		t.Errorf("the library holds %q, want %q", titles, wantTitles)
	}
}

func TestAddDirectoryIsRefused(t *testing.T) {
	r := newRun(t, piped)
	dir := t.TempDir()
	r.mustRun(t, ExitInput, "cables: "+dir+": is a directory; add takes files and URLs\n", "add", dir)
}
