package cache

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// The layout of the cache file. One row per file; the stories blob is in
// the format of codec.go, whose version is its first byte.
//
// WAL journaling lets any number of cables processes read while one
// writes, and a write commits whole or not at all; synchronous=NORMAL
// may lose the last commits on a power cut, never consistency, which is
// what a cache can afford.
const (
	schemaVersion = 1
	schemaName    = "v1" // in the file name: see fileName
	// applicationID marks the file as cables' ("cbls") in its header.
	applicationID = 0x63626c73
	schema        = `
CREATE TABLE IF NOT EXISTS entries (
	path      TEXT    NOT NULL PRIMARY KEY, -- as the loader names the file
	size      INTEGER NOT NULL,
	mtime_ns  INTEGER NOT NULL,             -- modification time, Unix nanoseconds
	settled   INTEGER NOT NULL,             -- 1: size and time alone vouch for the bytes
	hash      BLOB    NOT NULL,             -- SHA-256 of the bytes
	extractor TEXT    NOT NULL,             -- content's extractor version
	failure   TEXT    NOT NULL DEFAULT '',  -- why the file gave no story
	stories   BLOB    NOT NULL              -- codec.go
);`
)

// errUntrusted is a cache file that must be set aside: damaged, or not
// ours.
var errUntrusted = errors.New("untrusted cache file")

type untrusted struct{ why string }

func (u untrusted) Error() string     { return u.why }
func (u untrusted) Is(err error) bool { return err == errUntrusted }

// store is the database behind a Cache.
type store struct{ db *sql.DB }

func (s *store) close() error { return s.db.Close() }

// dsn opens path as a URI, so that no character of a path ('?', '#', '%')
// is taken for a parameter, and sets each connection up.
func dsn(path string) string {
	u := url.URL{Scheme: "file", Path: filepath.ToSlash(path)}
	// page_size takes effect only on a new file: stories span several
	// pages, and with 16 KB ones a lookup follows a quarter of the links.
	// wal_autocheckpoint copies the log into the file every 4 MB of it
	// rather than 16: a batch writer's commits do it off the readers'
	// path, and Close, which copies what is left while nothing else runs,
	// has a quarter as much to copy (issue 14, second core: a cold 10k
	// export's last 0.2 s after the last read, in a runtime trace on two
	// cores, down to 0.09 s).
	return u.String() + "?_pragma=busy_timeout(10000)&_pragma=synchronous(NORMAL)&_pragma=page_size(16384)&_pragma=wal_autocheckpoint(256)&_txlock=immediate"
}

// openStore opens the cache file, making it when missing or empty. A file
// that is not a regular file, not SQLite, damaged or another program's is
// an untrusted error and left untouched.
func openStore(path string) (*store, error) {
	if info, err := os.Lstat(path); err == nil && !info.Mode().IsRegular() {
		return nil, untrusted{"not a regular file"}
	}
	db, err := sql.Open("sqlite", dsn(path))
	if err != nil {
		return nil, err
	}
	err = prepare(db)
	// A file being made or switched to WAL by another cables can answer
	// "busy" without waiting for the busy timeout: try again a little
	// later.
	for wait := 10 * time.Millisecond; isBusy(err) && wait < 5*time.Second; wait *= 2 {
		time.Sleep(wait)
		err = prepare(db)
	}
	if err != nil {
		db.Close()
		if isDamage(err) {
			return nil, untrusted{"damaged: " + sqliteReason(err)}
		}
		return nil, err
	}
	return &store{db: db}, nil
}

// prepare checks the file's marks and makes the schema in a new file.
func prepare(db *sql.DB) error {
	ctx := context.Background()
	appID, version, objects, err := marks(ctx, db)
	if err != nil {
		return err
	}
	switch {
	case appID == applicationID && version == schemaVersion:
	case appID == 0 && version == 0 && objects == 0:
		if err := create(ctx, db); err != nil {
			return err
		}
	case appID == applicationID:
		return untrusted{fmt.Sprintf("a cables cache of layout %d, not %d", version, schemaVersion)}
	default:
		return untrusted{"not a cables cache (another program's SQLite file)"}
	}
	// WAL is kept in the file; setting it again is free.
	_, err = db.ExecContext(ctx, "PRAGMA journal_mode=WAL")
	return err
}

// marks reads the header's application id and user version and counts the
// schema's objects, in one statement so that they are of one moment.
func marks(ctx context.Context, q interface {
	QueryRowContext(context.Context, string, ...any) *sql.Row
}) (appID, version, objects int64, err error) {
	err = q.QueryRowContext(ctx, `SELECT (SELECT application_id FROM pragma_application_id),
		(SELECT user_version FROM pragma_user_version), (SELECT count(*) FROM sqlite_master)`).Scan(&appID, &version, &objects)
	return
}

// create makes the schema in an empty file, in one write transaction: a
// second cables creating it at the same moment waits, then finds it made.
func create(ctx context.Context, db *sql.DB) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	appID, version, objects, err := marks(ctx, tx)
	switch {
	case err != nil:
		return err
	case appID == applicationID && version == schemaVersion:
		return nil // made meanwhile
	case appID != 0 || version != 0 || objects != 0:
		return untrusted{"not a cables cache (another program's SQLite file)"}
	}
	for _, stmt := range []string{
		schema,
		fmt.Sprintf("PRAGMA application_id=%d", applicationID),
		fmt.Sprintf("PRAGMA user_version=%d", schemaVersion),
	} {
		if _, err := tx.ExecContext(ctx, stmt); err != nil {
			return err
		}
	}
	return tx.Commit()
}

// isDamage reports the errors of a file that is not a database or whose
// pages do not hold together.
func isDamage(err error) bool {
	var se *sqlite.Error
	if errors.As(err, &se) {
		switch se.Code() & 0xff {
		case sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB:
			return true
		}
	}
	return errors.Is(err, errBadBlob)
}

func isBusy(err error) bool {
	var se *sqlite.Error
	return errors.As(err, &se) && se.Code()&0xff == sqlite3.SQLITE_BUSY
}

// sqliteReason is an error's message without the driver's code numbers.
func sqliteReason(err error) string {
	msg := err.Error()
	if i := strings.LastIndex(msg, ": "); i >= 0 && strings.Contains(msg[:i], "SQLITE_") {
		msg = msg[i+2:]
	}
	return msg
}

// setAside renames the cache file (and its journal files) to a name
// ending in ".bad", replacing one set aside before, and warns.
func (c *Cache) setAside(why error) error {
	bad := c.path + ".bad"
	if err := os.RemoveAll(bad); err != nil {
		return err
	}
	if err := os.Rename(c.path, bad); err != nil {
		return err
	}
	for _, suffix := range []string{"-wal", "-shm", "-journal"} {
		os.Remove(bad + suffix)
		if err := os.Rename(c.path+suffix, bad+suffix); err != nil && !errors.Is(err, os.ErrNotExist) {
			os.Remove(c.path + suffix)
		}
	}
	c.warn(fmt.Sprintf("cache %s: %v; set aside as %s, starting a new one", c.path, why, filepath.Base(bad)))
	return nil
}
