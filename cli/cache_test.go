package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"cables/cache"
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
