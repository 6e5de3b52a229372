//go:build unix

package cli

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"cables/content"
	"cables/model"
	"cables/ui"
)

// TestReaderOpensBeforeTheLibraryIsIn: on a terminal the reader opens as
// soon as a first story is read, while another source still waits for its
// bytes (a pipe nobody has written to yet); the rest arrives while it
// runs, the whole library last.
func TestReaderOpensBeforeTheLibraryIsIn(t *testing.T) {
	r := newRun(t, terminal)
	r.app.StdinTerminal = true
	r.app.Stream = (*content.Loader).Stream
	dir := t.TempDir()
	story := filepath.Join(dir, "grain.txt")
	if err := os.WriteFile(story, []byte("Envoy warned of grain shortage\n\nThe ambassador said the stores were “nearly empty,” a cable shows.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	fifo := filepath.Join(dir, "later.txt")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	var once sync.Once
	writeLater := func() {
		once.Do(func() {
			if err := os.WriteFile(fifo, []byte("Consul recalled\n\nThe consul said he was “done with it.”\n"), 0o644); err != nil {
				t.Error(err)
			}
		})
	}
	opened := make(chan struct{})
	go func() { // a reader that waits for the whole library fails, not hangs
		select {
		case <-opened:
		case <-time.After(10 * time.Second):
			writeLater()
		}
	}()
	var arrivals []ui.Arrival
	r.app.Read = func(lib *model.Library, opts ui.Options) error {
		close(opened)
		if len(lib.Stories) != 1 || opts.Arriving == nil {
			t.Errorf("the reader opened on %d stories (arriving: %v); want the one read, more to come", len(lib.Stories), opts.Arriving != nil)
			return nil
		}
		writeLater()
		for a := range opts.Arriving {
			arrivals = append(arrivals, a)
			if a.Done {
				break
			}
		}
		return nil
	}
	r.mustRun(t, ExitOK, "", "--no-cache", story, fifo)
	if len(arrivals) == 0 {
		t.Fatal("nothing arrived after the first story")
	}
	last := arrivals[len(arrivals)-1]
	var titles []string
	for _, s := range last.Lib.Stories {
		titles = append(titles, s.Title)
	}
	if !last.Done || strings.Join(titles, "|") != "Envoy warned of grain shortage|Consul recalled" {
		t.Errorf("last arrival (done %v) holds %q", last.Done, titles)
	}
}

// TestLibraryWaitsForTheFirstFrame: what has come since the reader opened
// is not handed on before the reader's first frame is made (making it
// then took the cores the frame needed); once it is, it comes, and the
// whole library when all is read.
func TestLibraryWaitsForTheFirstFrame(t *testing.T) {
	g := &gathering{first: make(chan struct{})}
	story := func(title string) *model.Story { return &model.Story{ID: title, Title: title} }
	g.add(content.Arrival{Index: 0, Stories: []*model.Story{story("first")}, Progress: content.Progress{Done: 1, Total: 3}})
	g.snapshot() // what the reader opens on
	g.add(content.Arrival{Index: 1, Stories: []*model.Story{story("second")}, Progress: content.Progress{Done: 2, Total: 3}})
	out := make(chan ui.Arrival, 1)
	quit, loaded, painted := make(chan struct{}), make(chan struct{}), make(chan struct{})
	defer close(quit)
	go g.publish(out, quit, loaded, painted, func() ui.Arrival {
		return ui.Arrival{Lib: model.NewLibrary(nil), Done: true}
	})
	select {
	case a := <-out:
		t.Fatalf("%d stories handed on before the first frame", len(a.Lib.Stories))
	case <-time.After(time.Second): // four times the interval between parts
	}
	close(painted)
	select {
	case a := <-out:
		if len(a.Lib.Stories) != 2 || a.Done {
			t.Errorf("after the first frame: %d stories (done %v); want the 2 come so far", len(a.Lib.Stories), a.Done)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("nothing handed on after the first frame")
	}
	close(loaded)
	if a := <-out; !a.Done {
		t.Errorf("once all is read: done %v", a.Done)
	}
}

// TestWarmStartSendsTheLibraryWhole: while every story has come from the
// cache, the reader gets no part for a second after its first frame (a
// warm start is all in by then: one library made, not several); a part
// still comes after that.
func TestWarmStartSendsTheLibraryWhole(t *testing.T) {
	g := &gathering{first: make(chan struct{})}
	story := func(title string) *model.Story { return &model.Story{ID: title, Title: title} }
	g.add(content.Arrival{Index: 0, Cached: true, Stories: []*model.Story{story("first")}, Progress: content.Progress{Done: 1, Cached: 1, Total: 3}})
	g.snapshot()
	g.add(content.Arrival{Index: 1, Cached: true, Stories: []*model.Story{story("second")}, Progress: content.Progress{Done: 2, Cached: 2, Total: 3}})
	out := make(chan ui.Arrival, 1)
	quit, loaded, painted := make(chan struct{}), make(chan struct{}), make(chan struct{})
	defer close(quit)
	close(painted)
	start := time.Now()
	go g.publish(out, quit, loaded, painted, func() ui.Arrival {
		return ui.Arrival{Lib: model.NewLibrary(nil), Done: true}
	})
	select {
	case a := <-out:
		if waited := time.Since(start); waited < 900*time.Millisecond {
			t.Errorf("a part of %d stories came %v after the first frame; want none within the second", len(a.Lib.Stories), waited)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("no part came after the second")
	}
}
