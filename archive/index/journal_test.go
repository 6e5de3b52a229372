package index

import (
	"context"
	"testing"
)

func journalMode(t *testing.T, ix *Index) string {
	t.Helper()
	var mode string
	if err := ix.db.QueryRow(`PRAGMA journal_mode`).Scan(&mode); err != nil {
		t.Fatal(err)
	}
	return mode
}

// An import writes with a rollback journal (each page once) and leaves
// the index in WAL mode, where readers read while another import writes.
func TestImportJournal(t *testing.T) {
	dir := t.TempDir()
	ix, err := Open(dir, true)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	w, err := ix.NewWriter(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var mode string // the writer holds the index's one connection
	if err := w.tx.QueryRow(`PRAGMA journal_mode`).Scan(&mode); err != nil || mode != "delete" {
		t.Errorf("journal while importing = %q (%v), want delete", mode, err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if got := journalMode(t, ix); got != "wal" {
		t.Errorf("journal after the import = %q, want wal", got)
	}
}

// With a reader holding the index open, an import still runs, in WAL
// mode, and the reader keeps reading.
func TestImportBesideReader(t *testing.T) {
	dir := t.TempDir()
	ix, err := Open(dir, true)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	reader, err := Open(dir, false)
	if err != nil {
		t.Fatal(err)
	}
	defer reader.Close()
	if _, err := reader.Status(context.Background()); err != nil {
		t.Fatal(err)
	}
	w, err := ix.NewWriter(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := reader.Status(context.Background()); err != nil {
		t.Errorf("reader after the import: %v", err)
	}
	if got := journalMode(t, ix); got != "wal" {
		t.Errorf("journal after the import = %q, want wal", got)
	}
}
