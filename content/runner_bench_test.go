//go:build unix

package content

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"syscall"
	"testing"
	"time"

	"cables/cache"
)

// The loading benchmarks read a corpus made by ../shared/tools/gencorpus.py,
// made once and kept in /tmp between runs:
//
//	go test ./content -run '^$' -bench Load -benchtime 3x
//
// They report what a user waits for: the first story (first-ms: the
// reader's first frame waits for it), all of them (all-ms), and the
// throughput (MB/s, of the corpus's bytes).

// benchCorpus returns the directory of a corpus of n stories, made once.
func benchCorpus(b *testing.B, n int) (dir string, bytes int64) {
	b.Helper()
	dir = filepath.Join(os.TempDir(), "cables-corpus-"+strconv.Itoa(n))
	if entries, err := os.ReadDir(dir); err != nil || len(entries) < n {
		tool, _ := filepath.Abs(filepath.Join("..", "..", "shared", "tools", "gencorpus.py"))
		if _, err := os.Stat(tool); err != nil {
			b.Skip("no corpus tool at", tool)
		}
		if out, err := exec.Command("python3", tool, dir, strconv.Itoa(n)).CombinedOutput(); err != nil {
			b.Fatalf("gencorpus: %v\n%s", err, out)
		}
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		b.Fatal(err)
	}
	old := time.Now().Add(-time.Hour) // a library's files are older than a moment
	for _, e := range entries {
		info, err := e.Info()
		if err != nil {
			b.Fatal(err)
		}
		bytes += info.Size()
		if info.ModTime().After(old) {
			if err := os.Chtimes(filepath.Join(dir, e.Name()), old, old); err != nil {
				b.Fatal(err)
			}
		}
	}
	return dir, bytes
}

// benchLoad loads dir b.N times and reports the first story's and the
// last one's times.
func benchLoad(b *testing.B, dir string, bytes int64, newLoader func() *Loader) {
	var first, all time.Duration
	cpu0 := cpuTime()
	b.ResetTimer()
	for range b.N {
		l := newLoader()
		start := time.Now()
		got := false
		n := 0
		l.Stream(context.Background(), []string{dir}, func(a Arrival) {
			n += len(a.Stories)
			if !got && len(a.Stories) > 0 {
				got, first = true, first+time.Since(start)
			}
		})
		all += time.Since(start)
		if n == 0 {
			b.Fatal("no stories")
		}
		if l.Cache != nil {
			l.Cache.Close()
		}
	}
	ms := func(d time.Duration) float64 { return float64(d) / float64(b.N) / 1e6 }
	b.ReportMetric(ms(first), "first-ms")
	b.ReportMetric(ms(all), "all-ms")
	b.ReportMetric(float64(bytes)/(1<<20)/(float64(all)/float64(b.N)/1e9), "MB/s")
	// On a shared machine the wall times above depend on the others;
	// the throughput per second of CPU does much less.
	b.ReportMetric(float64(bytes)*float64(b.N)/(1<<20)/(cpuTime()-cpu0).Seconds(), "MB/cpu-s")
	b.ReportMetric(0, "ns/op")
}

// cpuTime is the CPU time the process has used, user and system.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkLoad10kCold is a first start: every story read and
// extracted, on every core (issue 14: all ≤ 10 s on 2 cores).
func BenchmarkLoad10kCold(b *testing.B) {
	dir, bytes := benchCorpus(b, 10000)
	benchLoad(b, dir, bytes, func() *Loader { return &Loader{} })
}

// BenchmarkLoad10kWarm is a second start: every story from the cache
// (issue 14: first ≤ 0.3 s, all ≤ 1 s).
func BenchmarkLoad10kWarm(b *testing.B) {
	dir, bytes := benchCorpus(b, 10000)
	cacheDir := filepath.Join(os.TempDir(), "cables-bench-load-cache")
	open := func() *Loader {
		c, err := cache.Open(cacheDir, ExtractorVersion, func(m string) { b.Log(m) })
		if err != nil {
			b.Fatal(err)
		}
		return &Loader{Cache: c}
	}
	l := open()
	l.Load(context.Background(), []string{dir}) // fills what is missing
	l.Cache.Close()
	benchLoad(b, dir, bytes, open)
}

// BenchmarkLoadCores reads 1,000 stories on one core and on two: the
// second should add at least 1.7× (issue 14).
func BenchmarkLoadCores(b *testing.B) {
	dir, bytes := benchCorpus(b, 1000)
	for _, workers := range []int{1, 2} {
		b.Run(fmt.Sprintf("workers=%d", workers), func(b *testing.B) {
			if workers > runtime.NumCPU() {
				b.Skip("fewer cores than workers")
			}
			defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(workers))
			benchLoad(b, dir, bytes, func() *Loader { return &Loader{Workers: workers} })
		})
	}
}
