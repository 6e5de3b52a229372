package cache

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"cables/model"
)

// The stories below are written for these tests.

func story(title string) *model.Story {
	p := []string{"The envoy wrote that “the harbour stores are nearly empty,” a cable shows.", title + "."}
	return &model.Story{ID: title, Path: title + ".txt", Title: title, Outlet: "The Daily Lamp",
		Published:  model.Date{Time: time.Date(2011, 3, 4, 9, 15, 0, 0, time.FixedZone("CET", 3600)), HasClock: true, HasZone: true},
		Paragraphs: p,
		Quotes: []model.Quote{{Text: "the harbour stores are nearly empty,", Kind: model.Cable, Source: "a cable",
			Spans: []model.Span{{Paragraph: 0, Start: 31, End: 67}}}},
		People: []model.Person{{Name: "Ada Quill", Aliases: []string{"Quill"}, Mentions: 2}},
	}
}

// long ago is a modification time old enough to vouch for a file's bytes.
var longAgo = time.Date(2020, 1, 2, 3, 4, 5, 6, time.UTC)

func entry(path, title string) Entry {
	s := story(title)
	return Entry{Key: Key{Path: path, Size: 1234, ModTime: longAgo}, Hash: Sum([]byte(title)), Stories: []*model.Story{s}}
}

// warnings collects a cache's warnings.
type warnings struct {
	mu   sync.Mutex
	msgs []string
}

func (w *warnings) add(msg string) { w.mu.Lock(); w.msgs = append(w.msgs, msg); w.mu.Unlock() }

func (w *warnings) String() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return strings.Join(w.msgs, "\n")
}

func open(t *testing.T, dir, extractor string, w *warnings) *Cache {
	t.Helper()
	var warn func(string)
	if w != nil {
		warn = w.add
	}
	c, err := Open(dir, extractor, warn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

func lookupOne(t *testing.T, c *Cache, k Key) *Entry {
	t.Helper()
	got, err := c.LookupAll(context.Background(), []Key{k})
	if err != nil {
		t.Fatal(err)
	}
	return got[0]
}

// TestHitAndMissOnEachKeyPart: an entry is found only for its path, size,
// modification time and extractor version; with a new size or time it is
// found by its hash (the bytes are the same), not with other bytes.
func TestHitAndMissOnEachKeyPart(t *testing.T) {
	dir := t.TempDir()
	c := open(t, dir, "x1", nil)
	e := entry("/lib/grain.txt", "Envoy warned of grain shortage")
	if err := c.Put(time.Time{}, e); err != nil {
		t.Fatal(err)
	}
	got := lookupOne(t, c, e.Key)
	if got == nil || len(got.Stories) != 1 || got.Stories[0].Title != e.Stories[0].Title || got.Hash != e.Hash {
		t.Fatalf("same key: got %+v", got)
	}
	if q := got.Stories[0].Quotes[0]; q.Text != "the harbour stores are nearly empty," || q.Spans[0] != (model.Span{Paragraph: 0, Start: 31, End: 67}) {
		t.Errorf("quote came back as %+v", q)
	}
	moved := e.Key
	moved.Path = "/lib/other.txt"
	grown := e.Key
	grown.Size++
	touched := e.Key
	touched.ModTime = touched.ModTime.Add(time.Second)
	for name, k := range map[string]Key{"path": moved, "size": grown, "time": touched} {
		if got := lookupOne(t, c, k); got != nil {
			t.Errorf("another %s: a hit", name)
		}
	}
	if got, err := c.Match(touched, e.Hash); err != nil || got == nil || got.Stories[0].Title != e.Stories[0].Title || got.Key != touched {
		t.Errorf("touched, same bytes: Match gave %+v, %v", got, err)
	}
	if got, err := c.Match(touched, Sum([]byte("other bytes"))); err != nil || got != nil {
		t.Errorf("other bytes: Match gave %+v, %v", got, err)
	}
	if got, err := c.Match(moved, e.Hash); err != nil || got != nil {
		t.Errorf("same bytes at another path: Match gave %+v, %v", got, err)
	}
	c.Close()
	bumped := open(t, dir, "x2", nil)
	if got := lookupOne(t, bumped, e.Key); got != nil {
		t.Error("another extractor version: a hit")
	}
	if got, _ := bumped.Match(e.Key, e.Hash); got != nil {
		t.Error("another extractor version: Match found it")
	}
	if err := bumped.Put(time.Time{}, e); err != nil {
		t.Fatal(err)
	}
	if got := lookupOne(t, bumped, e.Key); got == nil {
		t.Error("re-extracted under the new version: a miss")
	}
}

// TestRecentChangeIsCheckedByHash: a file read within moments of its last
// change may change again under the same time, so its time does not vouch
// for it; once Match has seen its bytes and Touch recorded it, it does.
func TestRecentChangeIsCheckedByHash(t *testing.T) {
	c := open(t, t.TempDir(), "x1", nil)
	now := time.Now()
	e := entry("/lib/fresh.txt", "Fresh story")
	e.ModTime = now.Add(-time.Second)
	if err := c.Put(now, e); err != nil {
		t.Fatal(err)
	}
	if got := lookupOne(t, c, e.Key); got != nil {
		t.Fatal("a file changed a second before it was read: trusted by its time")
	}
	m, err := c.Match(e.Key, e.Hash)
	if err != nil || m == nil {
		t.Fatalf("Match: %v, %v", m, err)
	}
	w := c.Writer(now.Add(time.Minute)) // read again a minute later
	w.Touch(m)
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if got := lookupOne(t, c, e.Key); got == nil || got.Stories[0].Title != "Fresh story" {
		t.Errorf("after Touch: got %+v", got)
	}
}

// TestLookupManyAndFailures: a batch lookup over more keys than one query
// finds each entry at its key's index, failures included.
func TestLookupManyAndFailures(t *testing.T) {
	c := open(t, t.TempDir(), "x1", nil)
	w := c.Writer(time.Time{})
	var keys []Key
	for i := range 1200 {
		e := entry(fmt.Sprintf("/lib/%04d.txt", i), fmt.Sprintf("Story %d", i))
		if i%100 == 7 {
			e.Stories, e.Failure = nil, "not text (binary file?)"
		}
		if i%3 != 0 { // a third never stored
			w.Add(e)
		}
		keys = append(keys, e.Key)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	got, err := c.LookupAll(context.Background(), keys)
	if err != nil {
		t.Fatal(err)
	}
	for i, e := range got {
		switch {
		case i%3 == 0 && e != nil:
			t.Fatalf("key %d was never stored: a hit", i)
		case i%3 == 0:
		case e == nil:
			t.Fatalf("key %d: a miss", i)
		case i%100 == 7 && (e.Failure == "" || len(e.Stories) != 0):
			t.Fatalf("key %d: failure %q, %d stories", i, e.Failure, len(e.Stories))
		case i%100 != 7 && e.Stories[0].Title != fmt.Sprintf("Story %d", i):
			t.Fatalf("key %d: got %q", i, e.Stories[0].Title)
		}
	}
	stop := errors.New("enough")
	calls := 0
	err = c.Lookup(context.Background(), keys, func(int, *Entry) error { calls++; return stop })
	if !errors.Is(err, stop) || calls != 1 {
		t.Errorf("a callback's error: Lookup returned %v after %d calls", err, calls)
	}
}

func TestClear(t *testing.T) {
	dir := t.TempDir()
	c := open(t, dir, "x1", nil)
	if err := c.Put(time.Time{}, entry("/lib/a.txt", "A story")); err != nil {
		t.Fatal(err)
	}
	c.Close()
	if err := os.WriteFile(filepath.Join(dir, fileName+".bad"), []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	freed, err := Clear(dir)
	if err != nil || freed == 0 {
		t.Fatalf("Clear: %d bytes, %v", freed, err)
	}
	if left, _ := os.ReadDir(dir); len(left) != 0 {
		t.Errorf("left behind: %v", left)
	}
	c = open(t, dir, "x1", nil)
	if got := lookupOne(t, c, entry("/lib/a.txt", "A story").Key); got != nil {
		t.Error("a cleared cache still has the entry")
	}
	if _, err := Clear(filepath.Join(dir, "never-made")); err != nil {
		t.Errorf("clearing a cache never made: %v", err)
	}
}

// TestOddDirectoryNames: characters a URI would read as its own are part
// of the cache's path.
func TestOddDirectoryNames(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "a dir?with=#odd%20 names")
	c := open(t, dir, "x1", nil)
	if err := c.Put(time.Time{}, entry("/lib/a.txt", "A story")); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, fileName)); err != nil {
		t.Errorf("cache file not where asked: %v", err)
	}
}

func TestDefaultDir(t *testing.T) {
	env := func(m map[string]string) func(string) string { return func(k string) string { return m[k] } }
	for _, tc := range []struct {
		env  map[string]string
		want string
	}{
		{map[string]string{"XDG_CACHE_HOME": "/c", "HOME": "/h"}, "/c/cables"},
		{map[string]string{"XDG_CACHE_HOME": "relative", "HOME": "/h"}, "/h/.cache/cables"},
		{map[string]string{}, ""},
	} {
		if got := DefaultDir(env(tc.env)); got != tc.want {
			t.Errorf("DefaultDir(%v) = %q, want %q", tc.env, got, tc.want)
		}
	}
}

// Forget takes only what is under a folder: a sibling whose name starts
// the same ("d2", "d-old") keeps its entries, and a file still on disk
// keeps its entry even when the loader did not find it this time.
func TestForgetStaysInItsFolder(t *testing.T) {
	root := t.TempDir()
	c := open(t, t.TempDir(), "v1", nil)
	var entries []Entry
	for _, p := range []string{"d/a.txt", "d/sub/b.txt", "d2/c.txt", "d-old/e.txt", "d/here.txt"} {
		entries = append(entries, entry(filepath.Join(root, p), p))
	}
	if err := c.Put(time.Time{}, entries...); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(root, "d"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(root, "d", "here.txt"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	n, err := c.Forget(context.Background(), []string{filepath.Join(root, "d")}, func(string) bool { return false })
	if err != nil || n != 2 {
		t.Fatalf("Forget removed %d (%v); want 2", n, err)
	}
	paths, err := c.Under(context.Background(), root)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, p := range paths {
		rel, _ := filepath.Rel(root, p)
		names = append(names, filepath.ToSlash(rel))
	}
	if got, want := strings.Join(names, " "), "d-old/e.txt d/here.txt d2/c.txt"; got != want {
		t.Errorf("left %s; want %s", got, want)
	}
}

// LookupHeld flags every path with an entry of this extractor, valid or
// not (the ones Match may find by hash), and no other.
func TestLookupHeldFlagsStaleEntries(t *testing.T) {
	c := open(t, t.TempDir(), "x1", nil)
	fresh, stale := entry("/lib/fresh.txt", "Fresh"), entry("/lib/touched.txt", "Touched")
	if err := c.Put(time.Time{}, fresh, stale); err != nil {
		t.Fatal(err)
	}
	touched := stale.Key
	touched.ModTime = touched.ModTime.Add(time.Hour)
	keys := []Key{fresh.Key, touched, {Path: "/lib/new.txt", Size: 10, ModTime: longAgo}}
	held := make([]bool, len(keys))
	hits := map[int]bool{}
	err := c.LookupHeld(context.Background(), keys, held, func(i int, _ *Entry) error { hits[i] = true; return nil })
	if err != nil {
		t.Fatal(err)
	}
	if want := []bool{true, true, false}; fmt.Sprint(held) != fmt.Sprint(want) {
		t.Errorf("held %v, want %v", held, want)
	}
	if len(hits) != 1 || !hits[0] {
		t.Errorf("hits %v, want only the fresh entry", hits)
	}
	if e, err := c.Match(touched, stale.Hash); err != nil || e == nil {
		t.Errorf("the touched entry, held, is matched by its hash: %v, %v", e, err)
	}
}

// TestLogIsCopiedEveryFourMegabytes: the write-ahead log is copied into
// the file every 256 pages (4 MB), so that closing a cache after a big
// first fill has little left to copy.
func TestLogIsCopiedEveryFourMegabytes(t *testing.T) {
	c := open(t, t.TempDir(), "x1", nil)
	var pages int
	if err := c.store().db.QueryRow("PRAGMA wal_autocheckpoint").Scan(&pages); err != nil {
		t.Fatal(err)
	}
	if pages != 256 {
		t.Errorf("wal_autocheckpoint = %d pages, want 256", pages)
	}
}
