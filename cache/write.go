package cache

import (
	"bytes"
	"context"
	"database/sql"
	"sync"
	"time"

	"cables/model"
)

// settleTime is how long before its read a file must have last changed
// for its size and time to vouch for its bytes: file systems keep times
// as coarse as two seconds, and a file written again within the same
// tick keeps its time.
const settleTime = 2 * time.Second

// Batches of a Writer: a transaction per this many entries or bytes of
// stories, whichever comes first.
const (
	batchEntries = 512
	batchBytes   = 32 << 20
)

// row is an entry ready to store.
type row struct {
	key     Key
	settled bool
	hash    Hash
	failure string
	blob    []byte // nil for a Touch: only the key changes
}

// rowOf is an entry ready to store, its stories encoded unless only its
// key is to change.
func rowOf(e Entry, readAt time.Time, keyOnly bool) row {
	if readAt.IsZero() {
		readAt = time.Now()
	}
	r := row{key: e.Key, settled: e.ModTime.Before(readAt.Add(-settleTime)), hash: e.Hash, failure: e.Failure}
	if !keyOnly {
		r.blob = encodeBlob(e.Stories)
	}
	return r
}

// encodeBlob is the blob of stories in memory of its own, of its size:
// it is encoded into a kept buffer and copied out, as a blob grown from
// nothing took each step of its growth as well (issue 14 item 12: 39 %
// of the bytes a first export of 10,000 stories allocated).
func encodeBlob(stories []*model.Story) []byte {
	bp, _ := encodeBuffers.Get().(*[]byte)
	if bp == nil {
		bp = new([]byte)
	}
	buf := encodeStories((*bp)[:0], stories)
	blob := bytes.Clone(buf)
	if cap(buf) <= keptEncodeBuffer {
		*bp = buf
		encodeBuffers.Put(bp)
	}
	return blob
}

// encodeBuffers keeps the buffers blobs were encoded into, for the next.
var encodeBuffers sync.Pool // of *[]byte

// keptEncodeBuffer is the largest buffer encodeBuffers keeps: a story of
// a few hundred KB; a very large one's goes with its blob.
const keptEncodeBuffer = 1 << 20

// Put stores entries in one transaction, each replacing what its path had.
// readAt is when the files were read (zero: now): a file changed shortly
// before is later checked by its hash rather than trusted by its time.
func (c *Cache) Put(readAt time.Time, entries ...Entry) error {
	rows := make([]row, len(entries))
	for i, e := range entries {
		rows[i] = rowOf(e, readAt, false)
	}
	return c.write(rows)
}

// write stores rows in one transaction.
func (c *Cache) write(rows []row) error {
	s := c.store()
	err := writeRows(s.db, c.extractor, rows)
	if err != nil && c.recover(s, err) {
		return nil
	}
	return err
}

func writeRows(db *sql.DB, extractor string, rows []row) error {
	ctx := context.Background()
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	put, err := tx.PrepareContext(ctx, `INSERT INTO entries (path, size, mtime_ns, settled, hash, extractor, failure, stories)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (path) DO UPDATE SET size = excluded.size, mtime_ns = excluded.mtime_ns,
			settled = excluded.settled, hash = excluded.hash, extractor = excluded.extractor,
			failure = excluded.failure, stories = excluded.stories`)
	if err != nil {
		return err
	}
	defer put.Close()
	touch, err := tx.PrepareContext(ctx, `UPDATE entries SET size = ?, mtime_ns = ?, settled = ?
		WHERE path = ? AND hash = ? AND extractor = ?`)
	if err != nil {
		return err
	}
	defer touch.Close()
	for _, r := range rows {
		k := r.key
		if r.blob == nil {
			_, err = touch.ExecContext(ctx, k.Size, k.ModTime.UnixNano(), r.settled, k.Path, r.hash[:], extractor)
		} else {
			_, err = put.ExecContext(ctx, k.Path, k.Size, k.ModTime.UnixNano(), r.settled, r.hash[:], extractor, r.failure, r.blob)
		}
		if err != nil {
			return err
		}
	}
	return tx.Commit()
}

// Writer gathers entries from any number of goroutines and stores them in
// batches, a transaction each, so that writing a hundred thousand costs a
// few hundred commits. A full batch is written by a goroutine of the
// Writer's own, so that the goroutine whose Add filled it goes on
// (issue 14: the reader that filled a batch waited for SQLite to write it,
// fsync and checkpoint included, while its core stood idle). At most one
// full batch waits while another is written; an Add that fills a third
// waits. The first error is kept and returned by Close, which must be
// called; a cache that cannot be written never stops loading.
type Writer struct {
	c      *Cache
	readAt time.Time

	mu      sync.Mutex
	pending []row
	size    int
	err     error
	full    chan []row    // full batches, to the goroutine that writes them
	written chan struct{} // closed when that goroutine has written the last
}

// Writer starts a batch writer for files read from readAt on (zero: the
// time of each Add).
func (c *Cache) Writer(readAt time.Time) *Writer { return &Writer{c: c, readAt: readAt} }

// Add stores an entry with the next batch; when the cache's caller holds
// the library (HoldsLibrary), its stories take their cache form.
func (w *Writer) Add(e Entry) {
	r := rowOf(e, w.readAt, false)
	if w.c.holds {
		w.c.compact(e.Stories, r.blob)
	}
	w.add(r)
}

// Touch records that a file Match found has a new size or time, so the
// next Lookup finds it with no read.
func (w *Writer) Touch(e *Entry) { w.add(rowOf(*e, w.readAt, true)) }

func (w *Writer) add(r row) {
	w.mu.Lock()
	w.pending = append(w.pending, r)
	w.size += len(r.blob)
	var batch []row
	if len(w.pending) >= batchEntries || w.size >= batchBytes {
		batch, w.pending, w.size = w.pending, nil, 0
		if w.full == nil {
			w.full, w.written = make(chan []row, 1), make(chan struct{})
			go w.writeFull(w.full, w.written)
		}
	}
	full := w.full
	w.mu.Unlock()
	if batch != nil {
		full <- batch
	}
}

// writeFull writes the full batches as they come, until Close.
func (w *Writer) writeFull(full <-chan []row, written chan<- struct{}) {
	defer close(written)
	for batch := range full {
		w.flush(batch)
	}
}

func (w *Writer) flush(batch []row) {
	err := w.c.write(batch)
	w.mu.Lock()
	if w.err == nil {
		w.err = err
	}
	w.mu.Unlock()
}

// Close stores what is pending, once the full batches are written, and
// returns the first error of any batch. No Add may come after it.
func (w *Writer) Close() error {
	w.mu.Lock()
	batch := w.pending
	w.pending, w.size = nil, 0
	full, written := w.full, w.written
	w.full = nil
	w.mu.Unlock()
	if full != nil {
		close(full)
		<-written
	}
	if len(batch) > 0 {
		w.flush(batch)
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.err
}
