package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"cables/cache"
	"cables/content"
)

// TestCacheClear: `cables cache clear` deletes the cache files and says
// where and how much; clearing again is no error.
func TestCacheClear(t *testing.T) {
	r := newRun(t, piped)
	dir := filepath.Join(r.env["HOME"], ".cache", "cables")
	c, err := cache.Open(dir, "test", nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Put(time.Time{}, cache.Entry{Key: cache.Key{Path: "/lib/a.txt", Size: 1}, Stories: nil}); err != nil {
		t.Fatal(err)
	}
	c.Close()
	out := r.mustRun(t, ExitOK, "", "cache", "clear")
	if !strings.HasPrefix(out, "cleared "+dir+" (") || strings.HasSuffix(out, "(0 B freed)\n") {
		t.Errorf("cache clear printed %q", out)
	}
	if left, _ := os.ReadDir(dir); len(left) != 0 {
		t.Errorf("left in the cache: %v", left)
	}
	if out := r.mustRun(t, ExitOK, "", "cache", "clear"); out != "cleared "+dir+" (0 B freed)\n" {
		t.Errorf("clearing again printed %q", out)
	}
	r.mustRun(t, ExitUsage, "cables: unknown command \"clear-all\" for \"cables cache\"\nTry 'cables --help' for usage.\n", "cache", "clear-all")
}

// TestNoCacheFlag: --no-cache is taken by every command, before or after it.
func TestNoCacheFlag(t *testing.T) {
	for _, args := range [][]string{{"--no-cache", "quotes", "ledger.txt"}, {"quotes", "--no-cache", "ledger.txt"}, {"--no-cache", "ledger.txt"}} {
		r := newRun(t, piped)
		r.mustRun(t, ExitOK, "", args...)
		if !r.app.NoCache {
			t.Errorf("cables %v: NoCache not set", args)
		}
	}
	r := newRun(t, piped)
	r.mustRun(t, ExitOK, "", "quotes", "ledger.txt")
	if r.app.NoCache {
		t.Error("NoCache set without the flag")
	}
}

// TestLibraryCache: commands read the library through the cache, which
// the first run makes under $XDG_CACHE_HOME/cables and the next run
// answers from, printing the same; --no-cache neither reads nor writes it.
func TestLibraryCache(t *testing.T) {
	r := newRun(t, piped)
	r.app.Stream = (*content.Loader).Stream
	r.env["XDG_CACHE_HOME"] = filepath.Join(r.env["HOME"], "xdg-cache")
	lib := filepath.Join(r.env["HOME"], "stories")
	if err := os.MkdirAll(lib, 0o755); err != nil {
		t.Fatal(err)
	}
	story := "Envoy warned of grain shortage\n\nThe ambassador said the stores were “nearly empty by the end of winter,” a cable shows.\n"
	if err := os.WriteFile(filepath.Join(lib, "grain.txt"), []byte(story), 0o644); err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(r.env["XDG_CACHE_HOME"], "cables")
	fresh := r.mustRun(t, ExitOK, "", "--no-cache", "quotes", lib)
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Fatalf("--no-cache made %s (%v)", dir, err)
	}
	if first := r.mustRun(t, ExitOK, "", "quotes", lib); first != fresh {
		t.Errorf("first run with the cache printed\n%s\nwant\n%s", first, fresh)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "library.*.db"))
	if len(files) != 1 {
		t.Fatalf("cache files after a run: %v", files)
	}
	if second := r.mustRun(t, ExitOK, "", "quotes", lib); second != fresh || !strings.Contains(second, "nearly empty") {
		t.Errorf("second run, from the cache, printed\n%s\nwant\n%s", second, fresh)
	}
}
