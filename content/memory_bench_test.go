package content

import (
	"runtime"
	"runtime/metrics"
	"testing"
	"time"
)

// BenchmarkParseLongStoryMemory reads one long story (about 11 MB, the
// shape of generatedStory) and reports the most heap it held at once per
// byte of the file, "peak-B/B" (issue 14: any single file ≤ 5× its size
// in all, the process included). The heap is sampled every millisecond
// from a goroutine, so a short spike may be missed; it counts garbage the
// collector had not yet freed, as the process's memory does.
func BenchmarkParseLongStoryMemory(b *testing.B) {
	data := generatedStory(100000)
	b.SetBytes(int64(len(data)))
	var peak uint64
	for b.Loop() {
		runtime.GC()
		base := heapObjects()
		stop, done := make(chan struct{}), make(chan uint64)
		go sampleHeap(stop, done)
		if _, err := Parse("long.txt", data); err != nil {
			b.Fatal(err)
		}
		close(stop)
		if top := <-done; top > base {
			peak = max(peak, top-base)
		}
	}
	b.ReportMetric(float64(peak)/float64(len(data)), "peak-B/B")
}

// sampleHeap sends the largest heap it saw once stop is closed.
func sampleHeap(stop <-chan struct{}, done chan<- uint64) {
	var top uint64
	tick := time.NewTicker(time.Millisecond)
	defer tick.Stop()
	for {
		top = max(top, heapObjects())
		select {
		case <-stop:
			done <- max(top, heapObjects())
			return
		case <-tick.C:
		}
	}
}

// heapObjects is the bytes of the heap's objects, live or not yet freed.
func heapObjects() uint64 {
	s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}
