// Package index keeps a searchable index of the user's cable archive in
// SQLite with FTS5 (modernc.org/sqlite: pure Go, no cgo). The index holds
// each cable's metadata and the words of its body for phrase search, and
// points into the archive (file, byte offset and length) for the text
// itself: the FTS table is contentless, so the archive is never copied.
package index

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	_ "modernc.org/sqlite" // the database/sql driver "sqlite"
)

// FileName is the index's file in its folder.
const FileName = "cables.db"

// schemaVersion changes when the tables or the words indexed change; an
// older index is rebuilt by the next import.
const schemaVersion = "3"

// Index is an open cable index.
type Index struct {
	db   *sql.DB
	path string
}

// ErrNoIndex says no archive has been imported.
var ErrNoIndex = errors.New("no cable archive imported")

// schema: the words table is fed norm's forms (lower-case letters and
// digits between spaces), so FTS5's plain ascii tokenizer splits them as
// norm did, faster than unicode61; detail=full keeps positions for phrase
// queries; content=” keeps no copy of the text.
const schema = `
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS files(
	id INTEGER PRIMARY KEY, path TEXT UNIQUE NOT NULL, format TEXT NOT NULL,
	size INTEGER NOT NULL, imported TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS cables(
	rowid INTEGER PRIMARY KEY, id TEXT UNIQUE NOT NULL, created TEXT NOT NULL, day INTEGER NOT NULL,
	origin TEXT NOT NULL, classification TEXT NOT NULL, subject TEXT NOT NULL, signer TEXT NOT NULL,
	hash INTEGER NOT NULL, released TEXT NOT NULL, file INTEGER NOT NULL, offset INTEGER NOT NULL,
	length INTEGER NOT NULL, line INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS cables_day ON cables(day);
CREATE TABLE IF NOT EXISTS origins(origin TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS cables_origin ON cables(origin, day);
CREATE TABLE IF NOT EXISTS releases(
	cable INTEGER NOT NULL, hash INTEGER NOT NULL, released TEXT NOT NULL, file INTEGER NOT NULL,
	offset INTEGER NOT NULL, length INTEGER NOT NULL, line INTEGER NOT NULL,
	PRIMARY KEY(cable, hash, released)) WITHOUT ROWID;
CREATE VIRTUAL TABLE IF NOT EXISTS words USING fts5(body, content='', contentless_delete=1,
	detail=full, tokenize='ascii');
`

// Open opens the index in dir, creating it when create is set. Without
// create, a missing index is ErrNoIndex.
func Open(dir string, create bool) (*Index, error) {
	path := filepath.Join(dir, FileName)
	if !create {
		if _, err := os.Stat(path); err != nil {
			return nil, ErrNoIndex
		}
	} else if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("%s: %w", dir, err)
	}
	// A reader leaves the journal's mode as it finds it: WAL at rest, a
	// rollback journal while an import runs (see NewWriter), which a
	// reader's switch would wait for.
	dsn := "file:" + path + "?_pragma=busy_timeout(5000)&_pragma=synchronous(NORMAL)&_pragma=cache_size(-65536)"
	if create {
		dsn += "&_pragma=journal_mode(WAL)"
	}
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	// One connection: the index is written by one import at a time, and
	// SQLite serialises writers anyway.
	db.SetMaxOpenConns(1)
	ix := &Index{db: db, path: path}
	if err := ix.init(create); err != nil {
		db.Close()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return ix, nil
}

func (ix *Index) init(create bool) error {
	var version string
	err := ix.db.QueryRow(`SELECT value FROM meta WHERE key='schema'`).Scan(&version)
	if err == nil && version == schemaVersion {
		return nil
	}
	if !create {
		if err != nil {
			return fmt.Errorf("not a cable index (%v)", err)
		}
		return fmt.Errorf("made by another version of cables: run 'cables archive import' again")
	}
	if err == nil {
		for _, t := range []string{"words", "releases", "cables", "files", "origins", "meta"} {
			if _, err := ix.db.Exec("DROP TABLE IF EXISTS " + t); err != nil {
				return err
			}
		}
	}
	if _, err := ix.db.Exec(schema); err != nil {
		return err
	}
	_, err = ix.db.Exec(`INSERT OR REPLACE INTO meta(key, value) VALUES('schema', ?)`, schemaVersion)
	return err
}

// Path is the index's file.
func (ix *Index) Path() string { return ix.path }

// Close closes the index.
func (ix *Index) Close() error { return ix.db.Close() }

// Status is what the index holds.
type Status struct {
	Cables   int
	Releases int
	Files    []FileStatus
	Bytes    int64 // the index's size on disk
	Oldest   time.Time
	Newest   time.Time
}

// FileStatus is one archive file the index points into.
type FileStatus struct {
	Path     string
	Format   string
	Size     int64
	Imported time.Time
	Missing  bool // gone or changed in size since import
}

// Status reports what the index holds.
func (ix *Index) Status(ctx context.Context) (Status, error) {
	var st Status
	var oldest, newest sql.NullString
	err := ix.db.QueryRowContext(ctx, `SELECT count(*), min(created), max(created) FROM cables`).Scan(&st.Cables, &oldest, &newest)
	if err != nil {
		return st, err
	}
	st.Oldest, _ = time.Parse(timeLayout, oldest.String)
	st.Newest, _ = time.Parse(timeLayout, newest.String)
	if err := ix.db.QueryRowContext(ctx, `SELECT count(*) FROM releases`).Scan(&st.Releases); err != nil {
		return st, err
	}
	rows, err := ix.db.QueryContext(ctx, `SELECT path, format, size, imported FROM files ORDER BY path`)
	if err != nil {
		return st, err
	}
	defer rows.Close()
	for rows.Next() {
		var f FileStatus
		var imported string
		if err := rows.Scan(&f.Path, &f.Format, &f.Size, &imported); err != nil {
			return st, err
		}
		f.Imported, _ = time.Parse(time.RFC3339, imported)
		if info, err := os.Stat(f.Path); err != nil || info.Size() != f.Size {
			f.Missing = true
		}
		st.Files = append(st.Files, f)
	}
	st.Bytes = fileSize(ix.path) + fileSize(ix.path+"-wal")
	return st, rows.Err()
}

func fileSize(path string) int64 {
	info, err := os.Stat(path)
	if err != nil {
		return 0
	}
	return info.Size()
}

// timeLayout is how times are kept: sortable, minute precision as the
// archives give them.
const timeLayout = "2006-01-02 15:04"

// dayOf counts days since 1970 for date ranges.
func dayOf(t time.Time) int64 { return t.Unix() / 86400 }
