package content

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"cables/cache"
	"cables/content/source"
	"cables/model"
)

// writeStories makes n story files of size bytes or more in dir.
func writeStories(t testing.TB, dir string, n, size int) {
	t.Helper()
	for i := range n {
		text := fmt.Sprintf("Envoy warned, part %d\n\n", i)
		for len(text) < size {
			text += "The ambassador said the stores were “nearly empty by the end of winter,” a cable shows.\n\n"
		}
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("story-%03d.txt", i)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// Files are read in parallel only as far as the memory budget allows: with
// room for two of them, never a third at once, however many cores.
func TestLoaderKeepsReadsWithinTheBudget(t *testing.T) {
	dir := t.TempDir()
	writeStories(t, dir, 12, 40<<10)
	var mu sync.Mutex
	inFlight, most := 0, 0
	l := Loader{Workers: 6, Budget: 2 * 41 << 10 * costPerByte}
	l.readDoc = func(doc source.Document) ([]*model.Story, []error) {
		mu.Lock()
		inFlight++
		most = max(most, inFlight)
		mu.Unlock()
		time.Sleep(5 * time.Millisecond) // room for another read to start, if the budget let it
		mu.Lock()
		inFlight--
		mu.Unlock()
		return read(doc)
	}
	stories, errs := l.Load(context.Background(), []string{dir})
	if len(stories) != 12 || len(errs) > 0 {
		t.Fatalf("got %d stories, errors %v", len(stories), errs)
	}
	if most > 2 {
		t.Errorf("%d files read at once; the budget has room for 2", most)
	}
	for i, s := range stories {
		if want := fmt.Sprintf("story-%03d.txt", i); filepath.Base(s.Path) != want {
			t.Errorf("story %d is %s, want %s: the order the walk found them in", i, s.Path, want)
		}
	}
}

// A file larger than the whole budget is still read, alone.
func TestLoaderReadsAFileOverTheBudget(t *testing.T) {
	dir := t.TempDir()
	writeStories(t, dir, 3, 64<<10)
	l := Loader{Budget: 1 << 10}
	stories, errs := l.Load(context.Background(), []string{dir})
	if len(stories) != 3 || len(errs) > 0 {
		t.Errorf("got %d stories, errors %v", len(stories), errs)
	}
}

// A library named twice, or by paths that overlap, gives each story once.
func TestLoaderReadsEachStoryOnce(t *testing.T) {
	dir := t.TempDir()
	writeStories(t, filepath.Join(mkdir(t, dir, "d")), 2, 100)
	writeStories(t, filepath.Join(mkdir(t, dir, "d/sub")), 1, 100)
	t.Chdir(dir)
	stories, errs := LoadFrom(context.Background(), nil, []string{"d", "./d", filepath.Join(dir, "d"), "d/sub"})
	if len(stories) != 3 || len(errs) > 0 {
		t.Errorf("got %d stories (errors %v), want 3", len(stories), errs)
	}
}

func mkdir(t testing.TB, dir, name string) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.MkdirAll(path, 0o755); err != nil {
		t.Fatal(err)
	}
	return path
}

// openCache opens a cache in dir for extractor version, closed with the test.
func openCache(t *testing.T, dir, version string) *cache.Cache {
	t.Helper()
	c, err := cache.Open(dir, version, func(msg string) { t.Errorf("cache warned: %s", msg) })
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

// counted loads sources through a cache and reports the stories, the
// errors, and how many documents were extracted.
func counted(t *testing.T, c *cache.Cache, sources ...string) ([]*model.Story, []error, int) {
	t.Helper()
	var mu sync.Mutex
	extracted := 0
	l := Loader{Cache: c, Warn: func(msg string) { t.Errorf("warned: %s", msg) }}
	l.readDoc = func(doc source.Document) ([]*model.Story, []error) {
		mu.Lock()
		extracted++
		mu.Unlock()
		return read(doc)
	}
	stories, errs := l.Load(context.Background(), sources)
	return stories, errs, extracted
}

// summary is what a user sees of stories: path, ID, headline and quotes.
func summary(stories []*model.Story) string {
	var b strings.Builder
	for _, s := range stories {
		fmt.Fprintf(&b, "%s %s %q", s.Path, s.ID, s.Title)
		for _, q := range s.Quotes {
			fmt.Fprintf(&b, " [%s|%s|%s]", q.Text, q.Speaker, q.Kind)
		}
		b.WriteString("\n")
	}
	return b.String()
}

// A second start reads no story it has read already: every story comes
// from the cache, the same as extracted, named as the files are named
// this time; failures are remembered too. A file edited is read again,
// and one only touched (same bytes, new time) is not extracted again.
func TestLoaderSecondStartReadsNoStory(t *testing.T) {
	root, cacheDir := t.TempDir(), t.TempDir()
	dir := mkdir(t, root, "d")
	writeStories(t, dir, 5, 300)
	if err := os.WriteFile(filepath.Join(dir, "empty.txt"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Chdir(root)

	first, errs1, n := counted(t, openCache(t, cacheDir, ExtractorVersion), "d")
	if n != 5 || len(first) != 5 || len(errs1) != 1 {
		t.Fatalf("first start: extracted %d, %d stories, errors %v", n, len(first), errs1)
	}
	second, errs2, n := counted(t, openCache(t, cacheDir, ExtractorVersion), "d")
	if n != 0 {
		t.Errorf("second start extracted %d stories; want none", n)
	}
	if got, want := summary(second), summary(first); got != want {
		t.Errorf("from the cache:\n%s\nwant, as extracted:\n%s", got, want)
	}
	if len(errs2) != 1 || errs2[0].Error() != errs1[0].Error() {
		t.Errorf("second start errors %v, want %v", errs2, errs1)
	}
	again, _, n := counted(t, openCache(t, cacheDir, ExtractorVersion), "./d")
	if n != 0 || again[0].Path != "d/story-000.txt" && again[0].Path != filepath.Join(".", "d", "story-000.txt") {
		t.Errorf("named ./d: extracted %d, first path %q", n, again[0].Path)
	}

	edited := filepath.Join(dir, "story-002.txt")
	if err := os.WriteFile(edited, []byte("Envoy recalled\n\nThe minister said he was “done with it,” a cable shows.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	later := time.Now().Add(time.Minute)
	if err := os.Chtimes(edited, later, later); err != nil {
		t.Fatal(err)
	}
	touched := filepath.Join(dir, "story-003.txt")
	if err := os.Chtimes(touched, later, later); err != nil {
		t.Fatal(err)
	}
	third, _, n := counted(t, openCache(t, cacheDir, ExtractorVersion), "d")
	if n != 1 || third[2].Title != "Envoy recalled" {
		t.Errorf("after an edit and a touch: extracted %d (want 1), story 2 is %q", n, third[2].Title)
	}
	if _, _, n := counted(t, openCache(t, cacheDir, ExtractorVersion+"-next"), "d"); n != 5 {
		t.Errorf("a new extractor version extracted %d stories; want every one, 5", n)
	}
}

// whys is what the reasons of stories say, one line a quote.
func whys(stories []*model.Story) string {
	var b strings.Builder
	for _, s := range stories {
		for _, q := range s.Quotes {
			fmt.Fprintf(&b, "%s %q %v\n", s.Path, q.Text, q.Why)
		}
	}
	return b.String()
}

// A loader told to explain gives every quote the reasons Explain gives:
// the stories it reads, extracted once, and those the cache hands back
// (it keeps no reasons). One not told to gives none.
func TestLoaderExplainsEveryStory(t *testing.T) {
	root, cacheDir := t.TempDir(), t.TempDir()
	for i := range 3 {
		text := fmt.Sprintf("Harbour talks stall, part %d\n\n", i) +
			"The consul wrote that the port authority was “in no hurry to sign,” according to a cable.\n\n" +
			"Lena Vasquez, a shipping agent, said “the cranes have stood still since May.”\n\n" +
			"“We will not be rushed,” the harbour master told reporters on Tuesday.\n"
		if err := os.WriteFile(filepath.Join(root, fmt.Sprintf("talks-%d.txt", i)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	plain, _ := (&Loader{}).Load(context.Background(), []string{root})
	for _, s := range plain {
		Explain(s)
	}
	want := whys(plain)
	if !strings.Contains(want, "{") {
		t.Fatalf("Explain gave no reasons:\n%s", want)
	}
	stream := func(l *Loader) (stories []*model.Story, cached int) {
		stories = make([]*model.Story, 3)
		l.Stream(context.Background(), []string{root}, func(a Arrival) {
			stories[a.Index] = a.Stories[0]
			if a.Cached {
				cached++
			}
		})
		return stories, cached
	}
	l := &Loader{Explain: true, Cache: openCache(t, cacheDir, ExtractorVersion)}
	read, cached := stream(l)
	if got := whys(read); got != want || cached != 0 {
		t.Errorf("read with Explain (%d cached):\n%s\nwant, as Explain gives:\n%s", cached, got, want)
	}
	l.Cache = openCache(t, cacheDir, ExtractorVersion)
	again, cached := stream(l)
	if got := whys(again); got != want || cached != 3 {
		t.Errorf("from the cache (%d of 3 marked so):\n%s\nwant:\n%s", cached, got, want)
	}
	quiet, _ := stream(&Loader{Cache: openCache(t, cacheDir, ExtractorVersion)})
	for _, s := range quiet {
		if len(s.Quotes) == 0 || len(s.Quotes[0].Why) > 0 {
			t.Errorf("%s from the cache, not explained: %d quotes, reasons %v", s.Path, len(s.Quotes), s.Quotes)
		}
	}
}

// The cache forgets the files deleted from a library folder: a start
// after deleting a story, and a whole sub-folder, leaves no entry for
// them; files still there, and files of a folder not read this time,
// keep theirs.
func TestLoaderForgetsDeletedFiles(t *testing.T) {
	root, cacheDir := t.TempDir(), t.TempDir()
	dir := mkdir(t, root, "d")
	writeStories(t, dir, 3, 300)
	writeStories(t, mkdir(t, dir, "old"), 2, 300)
	writeStories(t, mkdir(t, root, "other"), 2, 300)
	t.Chdir(root)
	if _, _, n := counted(t, openCache(t, cacheDir, ExtractorVersion), "d", "other"); n != 7 {
		t.Fatalf("first start extracted %d stories; want 7", n)
	}

	if err := os.Remove(filepath.Join(dir, "story-001.txt")); err != nil {
		t.Fatal(err)
	}
	if err := os.RemoveAll(filepath.Join(dir, "old")); err != nil {
		t.Fatal(err)
	}
	c := openCache(t, cacheDir, ExtractorVersion)
	if stories, _, n := counted(t, c, "./d"); n != 0 || len(stories) != 2 {
		t.Fatalf("after deleting: extracted %d, %d stories; want 0 and 2", n, len(stories))
	}
	abs, err := filepath.Abs(root)
	if err != nil {
		t.Fatal(err)
	}
	paths, err := c.Under(context.Background(), abs)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, p := range paths {
		rel, _ := filepath.Rel(abs, p)
		names = append(names, filepath.ToSlash(rel))
	}
	want := "d/story-000.txt d/story-002.txt other/story-000.txt other/story-001.txt"
	if got := strings.Join(names, " "); got != want {
		t.Errorf("cache holds %s\nwant %s", got, want)
	}
}

// A warm start hands on the first stories the cache holds while the walk
// is still finding files, before a big folder is statted whole: the
// first arrival comes with the total still growing, and all the stories
// come all the same, in order.
func TestLoaderStartsBeforeTheWalkEnds(t *testing.T) {
	root, cacheDir := t.TempDir(), t.TempDir()
	dir := mkdir(t, root, "d")
	writeStories(t, dir, 5, 300)
	old := time.Now().Add(-time.Hour) // a moment old, a file is checked by its bytes
	for i := range 5 {
		if err := os.Chtimes(filepath.Join(dir, fmt.Sprintf("story-%03d.txt", i)), old, old); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(root)
	want, _, _ := counted(t, openCache(t, cacheDir, ExtractorVersion), "d")

	l := Loader{Cache: openCache(t, cacheDir, ExtractorVersion), FindBatch: 2}
	var first *Progress
	byIndex := map[int][]*model.Story{}
	l.Stream(context.Background(), []string{"d"}, func(a Arrival) {
		if first == nil {
			first = &a.Progress
		}
		byIndex[a.Index] = a.Stories
	})
	var got []*model.Story
	for i := range len(byIndex) {
		got = append(got, byIndex[i]...)
	}
	if first == nil || !first.Finding || first.Total != 2 || first.Cached != 1 {
		t.Errorf("first arrival %+v; want it while finding, 2 files found, from the cache", first)
	}
	if summary(got) != summary(want) {
		t.Errorf("stories:\n%s\nwant:\n%s", summary(got), summary(want))
	}
}

// A file the cache does not hold is read as soon as the walk finds it,
// not once the walk is over: here the walk cannot end (a cached story's
// arrival holds it) until the new first file has begun to be read; the
// stories all come all the same, in order.
func TestReadingStartsBeforeTheWalkEnds(t *testing.T) {
	root, cacheDir := t.TempDir(), t.TempDir()
	dir := mkdir(t, root, "d")
	writeStories(t, dir, 8, 300)
	old := time.Now().Add(-time.Hour) // a moment old, a file is checked by its bytes
	for i := range 8 {
		if err := os.Chtimes(filepath.Join(dir, fmt.Sprintf("story-%03d.txt", i)), old, old); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(root)
	counted(t, openCache(t, cacheDir, ExtractorVersion), "d")
	first := filepath.Join(dir, "story-000.txt")
	if err := os.WriteFile(first, []byte("A story the cache has not seen\n\nIt came after the others were read.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	want, _, _ := counted(t, nil, "d")

	l := Loader{Cache: openCache(t, cacheDir, ExtractorVersion), FindBatch: 1}
	begun := make(chan struct{})
	var once sync.Once
	l.readDoc = func(doc source.Document) ([]*model.Story, []error) {
		once.Do(func() { close(begun) })
		return read(doc)
	}
	byIndex := map[int][]*model.Story{}
	l.Stream(context.Background(), []string{"d"}, func(a Arrival) {
		if a.Index == 5 {
			select {
			case <-begun:
			case <-time.After(5 * time.Second):
				t.Error("the walk was held at the sixth file and the first, not in the cache, was not read meanwhile")
			}
		}
		byIndex[a.Index] = a.Stories
	})
	var got []*model.Story
	for i := range len(byIndex) {
		got = append(got, byIndex[i]...)
	}
	if summary(got) != summary(want) {
		t.Errorf("stories:\n%s\nwant:\n%s", summary(got), summary(want))
	}
}
