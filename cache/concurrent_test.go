package cache

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"sync"
	"testing"
	"time"
)

// TestConcurrentWriters: several caches on one file (as several cables
// processes are) write and read at once; every entry reads back whole and
// the file checks out.
func TestConcurrentWriters(t *testing.T) {
	dir := t.TempDir()
	const writers, each = 4, 300
	var wg sync.WaitGroup
	errs := make(chan error, 4*writers)
	for n := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c, err := Open(dir, "x1", func(m string) { errs <- errors.New(m) })
			if err != nil {
				errs <- fmt.Errorf("open: %w", err)
				return
			}
			defer c.Close()
			w := c.Writer(time.Time{})
			var keys []Key
			for i := range each {
				// half the paths are shared by all writers
				path := fmt.Sprintf("/lib/w%d-%d.txt", n, i)
				if i%2 == 0 {
					path = fmt.Sprintf("/lib/shared-%d.txt", i)
				}
				e := entry(path, fmt.Sprintf("Story %d by %d", i, n))
				w.Add(e)
				keys = append(keys, e.Key)
				if i%100 == 50 {
					if _, err := c.LookupAll(context.Background(), keys); err != nil {
						errs <- fmt.Errorf("lookup: %w", err)
						return
					}
				}
			}
			if err := w.Close(); err != nil {
				errs <- fmt.Errorf("write: %w", err)
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	c := open(t, dir, "x1", nil)
	var check string
	if err := c.store().db.QueryRow("PRAGMA integrity_check").Scan(&check); err != nil || check != "ok" {
		t.Fatalf("integrity_check: %q, %v", check, err)
	}
	var keys []Key
	for i := range each {
		path := fmt.Sprintf("/lib/shared-%d.txt", i)
		if i%2 == 1 {
			path = fmt.Sprintf("/lib/w%d-%d.txt", i%writers, i)
		}
		keys = append(keys, Key{Path: path, Size: 1234, ModTime: longAgo})
	}
	got, err := c.LookupAll(context.Background(), keys)
	if err != nil {
		t.Fatal(err)
	}
	for i, e := range got {
		if e == nil || !strings.HasPrefix(e.Stories[0].Title, "Story ") {
			t.Fatalf("%s: %+v", keys[i].Path, e)
		}
	}
}

// TestConcurrentProcesses: cables processes started together (each this
// test binary, writing) share one cache file through SQLite's file locks.
func TestConcurrentProcesses(t *testing.T) {
	const each = 400
	if dir := os.Getenv("CABLES_CACHE_TEST_DIR"); dir != "" {
		n := os.Getenv("CABLES_CACHE_TEST_WRITER")
		c, err := Open(dir, "x1", func(m string) { t.Error(m) })
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		for i := range each { // a transaction each, to interleave with the others
			if err := c.Put(time.Time{}, entry(fmt.Sprintf("/lib/p%s-%d.txt", n, i), "Story "+n)); err != nil {
				t.Fatal(err)
			}
		}
		return
	}
	dir := t.TempDir()
	var procs []*exec.Cmd
	outs := make([]bytes.Buffer, 3) // the writers' complaints, if any
	for n := range 3 {
		cmd := exec.Command(os.Args[0], "-test.run=^TestConcurrentProcesses$")
		cmd.Env = append(os.Environ(), "CABLES_CACHE_TEST_DIR="+dir, fmt.Sprintf("CABLES_CACHE_TEST_WRITER=%d", n))
		cmd.Stdout, cmd.Stderr = &outs[n], &outs[n]
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		procs = append(procs, cmd)
	}
	for n, p := range procs {
		if err := p.Wait(); err != nil {
			t.Errorf("a writer process failed: %v\n%s", err, outs[n].String())
		}
	}
	c := open(t, dir, "x1", nil)
	var keys []Key
	for n := range 3 {
		for i := range each {
			keys = append(keys, Key{Path: fmt.Sprintf("/lib/p%d-%d.txt", n, i), Size: 1234, ModTime: longAgo})
		}
	}
	got, err := c.LookupAll(context.Background(), keys)
	if err != nil {
		t.Fatal(err)
	}
	for i, e := range got {
		if e == nil {
			t.Fatalf("%s: lost", keys[i].Path)
		}
	}
}

// TestFullBatchDoesNotWaitForTheWrite: the Add that fills a batch goes on
// while the batch is written (issue 14: the reader that filled one stood
// idle while SQLite wrote it), here while another process of cables holds
// the file's write lock; once that lets go, Close writes every entry.
func TestFullBatchDoesNotWaitForTheWrite(t *testing.T) {
	dir := t.TempDir()
	c := open(t, dir, "x1", nil)
	other := open(t, dir, "x1", nil)
	tx, err := other.store().db.BeginTx(context.Background(), nil) // takes the write lock
	if err != nil {
		t.Fatal(err)
	}
	w := c.Writer(time.Time{})
	var keys []Key
	for i := range batchEntries + 3 {
		e := entry(fmt.Sprintf("/lib/s%d.txt", i), fmt.Sprintf("Story %d", i))
		w.Add(e) // waited for the lock, then failed "database is locked"
		keys = append(keys, e.Key)
	}
	if err := tx.Rollback(); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	got, err := c.LookupAll(context.Background(), keys)
	if err != nil {
		t.Fatal(err)
	}
	for i, e := range got {
		if e == nil {
			t.Fatalf("entry %d (%s) was not written", i, keys[i].Path)
		}
	}
}
