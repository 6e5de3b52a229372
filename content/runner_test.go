package content

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

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
