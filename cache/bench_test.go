package cache_test

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"testing"
	"time"

	"cables/cache"
	"cables/content"
	"cables/model"
)

// The benchmarks load a corpus made by ../shared/tools/gencorpus.py into a
// cache once (parsing each story with content.Parse, which takes a while),
// and keep both in /tmp between runs:
//
//	go test ./cache -run '^$' -bench Warm -benchtime 10x
//
// They report the warm start's parts: statting every file (what the
// loader does to make keys), the lookup to the first story, the lookup
// of all, and the cache file's size against the corpus's.

// benchCorpus returns the directory of a corpus of n stories, made once.
func benchCorpus(b *testing.B, n int) string {
	b.Helper()
	dir := filepath.Join(os.TempDir(), "cables-corpus-"+strconv.Itoa(n))
	if entries, err := os.ReadDir(dir); err == nil && len(entries) >= n {
		return dir
	}
	tool, _ := filepath.Abs(filepath.Join("..", "..", "shared", "tools", "gencorpus.py"))
	if _, err := os.Stat(tool); err != nil {
		b.Skip("no corpus tool at", tool)
	}
	if out, err := exec.Command("python3", tool, dir, strconv.Itoa(n)).CombinedOutput(); err != nil {
		b.Fatalf("gencorpus: %v\n%s", err, out)
	}
	// Files written a moment ago are checked by hash (settleTime); a
	// library's files are older.
	entries, err := os.ReadDir(dir)
	if err != nil {
		b.Fatal(err)
	}
	old := time.Now().Add(-time.Hour)
	for _, e := range entries {
		if err := os.Chtimes(filepath.Join(dir, e.Name()), old, old); err != nil {
			b.Fatal(err)
		}
	}
	return dir
}

// benchKeys stats every file of dir, as the loader will.
func benchKeys(b *testing.B, dir string) (keys []cache.Key, corpusBytes int64) {
	b.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		b.Fatal(err)
	}
	for _, e := range entries {
		path := filepath.Join(dir, e.Name())
		info, err := os.Stat(path)
		if err != nil {
			b.Fatal(err)
		}
		keys = append(keys, cache.KeyOf(path, info))
		corpusBytes += info.Size()
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i].Path < keys[j].Path })
	return keys, corpusBytes
}

const benchExtractor = "bench-1"

// benchCache returns a cache holding every story of the corpus, parsed
// with content.Parse; filled once and kept for later runs.
func benchCache(b *testing.B, n int) (c *cache.Cache, keys []cache.Key, corpusBytes int64) {
	b.Helper()
	corpus := benchCorpus(b, n)
	keys, corpusBytes = benchKeys(b, corpus)
	dir := filepath.Join(os.TempDir(), "cables-bench-cache-"+strconv.Itoa(n))
	c, err := cache.Open(dir, benchExtractor, func(m string) { b.Log(m) })
	if err != nil {
		b.Fatal(err)
	}
	have := 0
	if err := c.Lookup(context.Background(), keys, func(int, *cache.Entry) error { have++; return nil }); err != nil {
		b.Fatal(err)
	}
	if have < len(keys) {
		b.Logf("parsing %d stories into %s", len(keys), dir)
		fillCache(b, c, keys)
	}
	return c, keys, corpusBytes
}

func fillCache(b *testing.B, c *cache.Cache, keys []cache.Key) {
	start := time.Now()
	w := c.Writer(start)
	work := make(chan cache.Key)
	done := make(chan struct{})
	for range runtime.GOMAXPROCS(0) {
		go func() {
			for k := range work {
				data, err := os.ReadFile(k.Path)
				if err != nil {
					b.Error(err)
					continue
				}
				e := cache.Entry{Key: k, Hash: cache.Sum(data)}
				if s, err := content.Parse(k.Path, data); err != nil {
					e.Failure = err.Error()
				} else {
					e.Stories = []*model.Story{s}
				}
				w.Add(e)
			}
			done <- struct{}{}
		}()
	}
	for _, k := range keys {
		work <- k
	}
	close(work)
	for range runtime.GOMAXPROCS(0) {
		<-done
	}
	if err := w.Close(); err != nil {
		b.Fatal(err)
	}
	b.Logf("parsed and stored %d stories in %v", len(keys), time.Since(start))
}

// BenchmarkWarm10k is a warm start of 10,000 stories: every file statted,
// then every story looked up and decoded, kept in memory as the reader
// would (HoldsLibrary). first-ms is the time from the start to the first
// story, all-ms to the last; live-MB the heap that holds the stories.
func BenchmarkWarm10k(b *testing.B) { benchWarm(b, 10000) }

// BenchmarkWarm100k is BenchmarkWarm10k for 100,000 stories (a corpus of
// about 590 MB, made and parsed once: allow a quarter of an hour).
func BenchmarkWarm100k(b *testing.B) { benchWarm(b, 100000) }

func benchWarm(b *testing.B, n int) {
	c, _, corpusBytes := benchCache(b, n)
	c.Close()
	c, err := cache.Open(filepath.Dir(c.Path()), benchExtractor, func(m string) { b.Log(m) })
	if err != nil {
		b.Fatal(err)
	}
	defer c.Close()
	c.HoldsLibrary()
	corpus := benchCorpus(b, n)
	dbBytes := fileSize(b, c.Path()) + fileSize(b, c.Path()+"-wal")
	var first, all, stat time.Duration
	var live uint64
	b.ResetTimer()
	for range b.N {
		start := time.Now()
		keys, _ := benchKeys(b, corpus)
		stat += time.Since(start)
		stories := make([]*model.Story, 0, len(keys))
		got := 0
		err := c.Lookup(context.Background(), keys, func(i int, e *cache.Entry) error {
			if got == 0 {
				first += time.Since(start)
			}
			got++
			stories = append(stories, e.Stories...)
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
		all += time.Since(start)
		if got != len(keys) {
			b.Fatalf("%d of %d found", got, len(keys))
		}
		b.StopTimer()
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		live += m.HeapAlloc
		runtime.KeepAlive(stories)
		b.StartTimer()
	}
	ms := func(d time.Duration) float64 { return float64(d) / float64(b.N) / 1e6 }
	b.ReportMetric(ms(stat), "stat-ms")
	b.ReportMetric(ms(first), "first-ms")
	b.ReportMetric(ms(all), "all-ms")
	b.ReportMetric(float64(dbBytes)/float64(corpusBytes), "db/corpus")
	b.ReportMetric(float64(corpusBytes)/(1<<20), "corpus-MB")
	b.ReportMetric(float64(live)/float64(b.N)/(1<<20), "live-MB")
}

// BenchmarkStream100k walks the 100,000-story cache keeping only a count
// of quotes: what a caller that indexes rather than holds stories pays.
// Its peak memory is the stream's own (run it under /usr/bin/time -v once
// the cache is made).
func BenchmarkStream100k(b *testing.B) {
	c, keys, _ := benchCache(b, 100000)
	defer c.Close()
	b.ResetTimer()
	for range b.N {
		quotes := 0
		err := c.Lookup(context.Background(), keys, func(i int, e *cache.Entry) error {
			for _, s := range e.Stories {
				quotes += len(s.Quotes)
			}
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
		if quotes == 0 {
			b.Fatal("no quotes")
		}
	}
}

func fileSize(b *testing.B, path string) int64 {
	info, err := os.Stat(path)
	if os.IsNotExist(err) {
		return 0
	}
	if err != nil {
		b.Fatal(err)
	}
	return info.Size()
}

// BenchmarkWrite10k stores 10,000 stories (decoded from the benchmark's
// cache) into a new cache through a Writer, as a cold start does after
// extracting them.
func BenchmarkWrite10k(b *testing.B) {
	c, keys, _ := benchCache(b, 10000)
	entries, err := c.LookupAll(context.Background(), keys)
	c.Close()
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for range b.N {
		b.StopTimer()
		dir := b.TempDir()
		b.StartTimer()
		fresh, err := cache.Open(dir, benchExtractor, nil)
		if err != nil {
			b.Fatal(err)
		}
		w := fresh.Writer(time.Time{})
		for _, e := range entries {
			w.Add(*e)
		}
		if err := w.Close(); err != nil {
			b.Fatal(err)
		}
		fresh.Close()
	}
}

// BenchmarkForget10k is what forgetting deleted files adds to the end of a
// warm start of 10,000 stories when none is gone: the paths under the
// folder read from the index, none statted.
func BenchmarkForget10k(b *testing.B) {
	c, keys, _ := benchCache(b, 10000)
	defer c.Close()
	corpus := benchCorpus(b, 10000)
	found := make(map[string]bool, len(keys))
	for _, k := range keys {
		found[k.Path] = true
	}
	b.ResetTimer()
	for range b.N {
		n, err := c.Forget(context.Background(), []string{corpus}, func(p string) bool { return found[p] })
		if err != nil || n != 0 {
			b.Fatalf("forgot %d (%v); want none", n, err)
		}
	}
}
