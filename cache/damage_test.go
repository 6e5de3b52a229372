package cache

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestDamagedFileIsSetAside: a cache file that is not a database, or whose
// pages are overwritten, is renamed aside with one warning, and a new
// cache works in its place; nothing from the damaged file is returned.
func TestDamagedFileIsSetAside(t *testing.T) {
	t.Run("not a database", func(t *testing.T) {
		dir := t.TempDir()
		path := filepath.Join(dir, fileName)
		junk := []byte(strings.Repeat("this is not SQLite\n", 500))
		if err := os.WriteFile(path, junk, 0o600); err != nil {
			t.Fatal(err)
		}
		var w warnings
		c := open(t, dir, "x1", &w)
		checkSetAside(t, c, &w, "damaged")
		if got, _ := os.ReadFile(path + ".bad"); string(got) != string(junk) {
			t.Error("the set-aside file is not the damaged one")
		}
	})
	t.Run("a link to a device", func(t *testing.T) {
		dir := t.TempDir()
		if err := os.Symlink("/dev/zero", filepath.Join(dir, fileName)); err != nil {
			t.Skip(err)
		}
		var w warnings
		c := open(t, dir, "x1", &w)
		checkSetAside(t, c, &w, "not a regular file")
	})
	t.Run("pages overwritten", func(t *testing.T) {
		dir := t.TempDir()
		c := open(t, dir, "x1", nil)
		var keys []Key
		w := c.Writer(time.Time{})
		for i := range 300 {
			e := entry(fmt.Sprintf("/lib/%d.txt", i), fmt.Sprintf("Story %d %s", i, strings.Repeat("words ", 300)))
			w.Add(e)
			keys = append(keys, e.Key)
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		c.Close()
		path := filepath.Join(dir, fileName)
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		for i := 4096; i < len(data)-4096; i += 7 { // every page but the header's
			data[i] ^= 0x5a
		}
		if err := os.WriteFile(path, data, 0o600); err != nil {
			t.Fatal(err)
		}
		var warned warnings
		c = open(t, dir, "x1", &warned)
		got, err := c.LookupAll(context.Background(), keys)
		if err != nil {
			t.Fatalf("a damaged cache is an error to the loader: %v", err)
		}
		for i, e := range got {
			if e != nil && e.Stories[0].Title != fmt.Sprintf("Story %d %s", i, strings.Repeat("words ", 300)) {
				t.Fatalf("key %d: a damaged story came back: %q", i, e.Stories[0].Title)
			}
		}
		checkSetAside(t, c, &warned, "damaged")
	})
}

// TestForeignFileIsSetAside: another program's SQLite file in the cache's
// place is renamed aside untouched, never written into or trusted.
func TestForeignFileIsSetAside(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, fileName)
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('mine')`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	var w warnings
	c := open(t, dir, "x1", &w)
	checkSetAside(t, c, &w, "not a cables cache")
	db, err = sql.Open("sqlite", path+".bad")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var body string
	if err := db.QueryRow(`SELECT body FROM notes`).Scan(&body); err != nil || body != "mine" {
		t.Errorf("the foreign file was changed: %q, %v", body, err)
	}
}

// checkSetAside checks the one warning and that the cache works anew.
func checkSetAside(t *testing.T, c *Cache, w *warnings, why string) {
	t.Helper()
	if msgs := w.String(); strings.Count(msgs, "\n") != 0 || !strings.Contains(msgs, why) ||
		!strings.Contains(msgs, "set aside as "+fileName+".bad") {
		t.Errorf("warning %q: want one line saying %q and where it went", msgs, why)
	}
	if _, err := os.Stat(c.Path() + ".bad"); err != nil {
		t.Errorf("nothing set aside: %v", err)
	}
	e := entry("/lib/new.txt", "New story")
	if err := c.Put(time.Time{}, e); err != nil {
		t.Fatal(err)
	}
	if got := lookupOne(t, c, e.Key); got == nil {
		t.Error("the new cache does not keep entries")
	}
}
