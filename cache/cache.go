// Package cache keeps the stories extracted from library files on disk, so
// that a start reads again only the files that changed. It is a SQLite
// file (through modernc.org/sqlite: pure Go) under $XDG_CACHE_HOME/cables,
// one row per file, keyed by the file's path, size and modification time,
// with the hash of its bytes and the version of the extractor that read
// it. A damaged or foreign file in its place is set aside, never trusted.
//
// A loader uses it in three steps:
//
//	c, err := cache.Open(cache.DefaultDir(os.Getenv), content.ExtractorVersion, warn)
//	defer c.Close()
//	// 1. every file still as it was: its stories, with no read at all
//	err = c.Lookup(ctx, keys, func(i int, e *cache.Entry) error { … })
//	// 2. a file whose size or time changed: read it; if its bytes are ones
//	//    already extracted at that path (touched, restored), take those
//	w := c.Writer(start)
//	if e, _ := c.Match(key, cache.Sum(data)); e != nil { w.Touch(e) }
//	// 3. whatever was read and extracted, stored in batches
//	w.Add(cache.Entry{Key: key, Hash: cache.Sum(data), Stories: stories})
//	err = w.Close()
//
// Errors from a cache are never a reason to fail loading: the loader
// warns once and extracts.
package cache

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"time"

	"cables/model"
)

// Hash is the SHA-256 of a file's bytes.
type Hash [sha256.Size]byte

// Sum hashes a file's bytes as the cache keys them.
func Sum(data []byte) Hash { return sha256.Sum256(data) }

// Key says which file, and which state of it, an entry is for.
type Key struct {
	// Path names the file as the loader will name it next time; an
	// absolute, cleaned path keeps "d" and "./d" one entry.
	Path    string
	Size    int64
	ModTime time.Time
}

// KeyOf is the key of a file from its stat.
func KeyOf(path string, info fs.FileInfo) Key {
	return Key{Path: path, Size: info.Size(), ModTime: info.ModTime()}
}

// Entry is what one file gave: its stories (a feed gives several), or the
// reason it gave none, so that a file that cannot be read is not tried on
// every start either.
type Entry struct {
	Key
	Hash    Hash
	Stories []*model.Story
	Failure string // why the file gave no story, or ""
}

// Cache is an open cache file. It is safe for concurrent use, and several
// processes may use the same file at once.
type Cache struct {
	dir, path string
	extractor string
	warn      func(string)
	holds     bool // see HoldsLibrary
	owners    owners

	mu sync.RWMutex // guards db, which recover replaces
	db *store
}

// fileName is the cache file in its directory; the schema version is part
// of the name, so cables releases with other layouts keep their own file
// side by side instead of setting each other's aside.
const fileName = "library." + schemaName + ".db"

// DefaultDir is $XDG_CACHE_HOME/cables, or ~/.cache/cables; "" when
// neither variable says where.
func DefaultDir(getenv func(string) string) string {
	if d := getenv("XDG_CACHE_HOME"); filepath.IsAbs(d) {
		return filepath.Join(d, "cables")
	}
	if h := getenv("HOME"); h != "" {
		return filepath.Join(h, ".cache", "cables")
	}
	return ""
}

// Open opens the cache in dir for stories extracted by the given extractor
// version (content's; entries of any other version are misses), creating
// it when missing. A file there that is not a cache of ours, or is
// damaged, is renamed aside with a one-line warning and a new one made.
// warn may be nil.
func Open(dir, extractor string, warn func(msg string)) (*Cache, error) {
	if dir == "" {
		return nil, errors.New("no cache directory: set HOME or XDG_CACHE_HOME")
	}
	if warn == nil {
		warn = func(string) {}
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, err
	}
	c := &Cache{dir: dir, path: filepath.Join(dir, fileName), extractor: extractor, warn: warn}
	db, err := openStore(c.path)
	if errors.Is(err, errUntrusted) {
		if err = c.setAside(err); err == nil {
			db, err = openStore(c.path)
		}
	}
	if err != nil {
		return nil, err
	}
	c.db = db
	return c, nil
}

// Close closes the cache file.
func (c *Cache) Close() error { return c.store().close() }

func (c *Cache) store() *store {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.db
}

// recover sets the cache file aside and starts a new one when err says it
// is damaged, and reports whether it was. s is the store that failed: when
// another goroutine has replaced it already, nothing more is done.
func (c *Cache) recover(s *store, err error) bool {
	if !isDamage(err) {
		return false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.db != s {
		return true
	}
	s.close()
	why := untrusted{"damaged: " + sqliteReason(err)}
	if err := c.setAside(why); err != nil {
		c.warn(fmt.Sprintf("cache %s: %v; cannot set it aside: %v", c.path, why, err))
		return true
	}
	if db, err := openStore(c.path); err == nil {
		c.db = db
	} else {
		c.warn(fmt.Sprintf("cache %s: cannot start a new one: %v", c.path, err))
	}
	return true
}

// Path is the cache file.
func (c *Cache) Path() string { return c.path }

// Clear removes every cache file in dir (those of other cables versions and
// any set aside too) and reports how many bytes it freed. A cables running
// now keeps its open file until it ends.
func Clear(dir string) (int64, error) {
	if dir == "" {
		return 0, errors.New("no cache directory: set HOME or XDG_CACHE_HOME")
	}
	matches, err := filepath.Glob(filepath.Join(dir, "library.*"))
	if err != nil {
		return 0, err
	}
	var freed int64
	for _, m := range matches {
		info, err := os.Lstat(m)
		if err != nil {
			continue
		}
		if err := os.RemoveAll(m); err != nil {
			return freed, err
		}
		freed += info.Size()
	}
	return freed, nil
}
