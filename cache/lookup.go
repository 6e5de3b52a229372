package cache

import (
	"context"
	"database/sql"
	"errors"
	"runtime"
	"strings"
	"sync"

	"cables/model"
)

// lookupBatch is how many paths one query asks for.
const lookupBatch = 500

// Lookup finds the entries still valid for keys, whose paths must differ
// from each other (a path given twice is answered at one index): same path, size and
// modification time, read by this extractor, with a time that vouches for
// the bytes (a file changed within two seconds of being read is checked
// by its hash instead: see Match). For each, found is called with the
// key's index and the entry, from one goroutine at a time, in no
// particular order; the stories are decoded on every core meanwhile. Keys
// with no call are misses. Only a few entries are held at once, so a
// caller that keeps less than the stories (a count, an index) can walk a
// library larger than memory. An error from found stops the lookup and is
// returned; a damaged cache file is set aside, and what was not yet found
// is a miss.
func (c *Cache) Lookup(ctx context.Context, keys []Key, found func(i int, e *Entry) error) error {
	return c.LookupHeld(ctx, keys, nil, found)
}

// LookupHeld is Lookup that also sets held[i], when held is not nil (one
// flag per key), for every key whose path has an entry of this extractor,
// valid or not: only those can Match, so a caller need not ask again for
// the others (on a first run, none). The flags are set before LookupHeld
// returns; after an error, a flag not set says nothing.
func (c *Cache) LookupHeld(ctx context.Context, keys []Key, held []bool, found func(i int, e *Entry) error) error {
	s := c.store()
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	rows := make(chan foundRow, 64)
	hits := make(chan hit, 64)
	var readErr error
	go func() {
		defer close(rows)
		readErr = c.readRows(ctx, s, keys, held, rows)
	}()
	var decoders sync.WaitGroup
	var badMu sync.Mutex
	var bad error
	for range runtime.GOMAXPROCS(0) {
		decoders.Add(1)
		go func() {
			defer decoders.Done()
			own := c.owner()
			defer c.putOwner(own)
			for r := range rows {
				stories, err := decodeText(r.text, own)
				if err != nil {
					badMu.Lock()
					bad = err
					badMu.Unlock()
					cancel()
					continue
				}
				r.entry.Stories = stories
				select {
				case hits <- hit{r.index, r.entry}:
				case <-ctx.Done():
				}
			}
		}()
	}
	go func() { decoders.Wait(); close(hits) }()
	var foundErr error
	for h := range hits {
		if foundErr != nil {
			continue // drain, so the decoders end
		}
		if err := found(h.index, h.entry); err != nil {
			foundErr = err
			cancel()
		}
	}
	switch {
	case foundErr != nil:
		return foundErr
	case bad != nil:
		readErr = bad
	}
	if readErr != nil && c.recover(s, readErr) {
		return nil
	}
	return readErr
}

// LookupAll is Lookup gathering the entries: one per key, nil for a miss.
func (c *Cache) LookupAll(ctx context.Context, keys []Key) ([]*Entry, error) {
	entries := make([]*Entry, len(keys))
	err := c.Lookup(ctx, keys, func(i int, e *Entry) error {
		entries[i] = e
		return nil
	})
	return entries, err
}

// foundRow is a valid row whose stories are still to decode.
type foundRow struct {
	index int
	entry *Entry
	text  string
}

type hit struct {
	index int
	entry *Entry
}

// readRows queries keys in batches and sends the rows that are valid for
// them, checksums checked.
func (c *Cache) readRows(ctx context.Context, s *store, keys []Key, held []bool, out chan<- foundRow) error {
	index := make(map[string]int, len(keys))
	for i, k := range keys {
		index[k.Path] = i
	}
	args := make([]any, 0, lookupBatch+1)
	for start := 0; start < len(keys); start += lookupBatch {
		batch := keys[start:min(start+lookupBatch, len(keys))]
		args = append(args[:0], c.extractor)
		for _, k := range batch {
			args = append(args, k.Path)
		}
		query := `SELECT path, size, mtime_ns, settled, hash, failure, stories FROM entries
			WHERE extractor = ? AND path IN (?` + strings.Repeat(",?", len(batch)-1) + `)`
		if err := sendRows(ctx, s, query, args, keys, index, held, out); err != nil {
			return err
		}
	}
	return nil
}

// sendRows runs one query and sends each row valid for its key.
func sendRows(ctx context.Context, s *store, query string, args []any,
	keys []Key, index map[string]int, held []bool, out chan<- foundRow) error {
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var path, failure string
		var size, mtime int64
		var settled bool
		var hash, blob sql.RawBytes
		if err := rows.Scan(&path, &size, &mtime, &settled, &hash, &failure, &blob); err != nil {
			return err
		}
		i, ok := index[path]
		if !ok {
			continue
		}
		if held != nil {
			held[i] = true
		}
		k := keys[i]
		if !settled || size != k.Size || mtime != k.ModTime.UnixNano() || len(hash) != len(Hash{}) {
			continue
		}
		text, err := checkOwnedBlob(blob)
		if errors.Is(err, errOtherCodec) {
			continue
		}
		if err != nil {
			return err
		}
		e := &Entry{Key: k, Failure: failure}
		copy(e.Hash[:], hash)
		select {
		case out <- foundRow{i, e, text}:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return rows.Err()
}

// Match finds the entry of a file whose size or time changed but whose
// bytes, by their hash, are ones this extractor read at the same path
// before (a file touched, or restored from a copy): the stories, without
// extracting them again. It returns nil when there is none. Give the entry
// to a Writer's Touch so the next start needs no read.
func (c *Cache) Match(key Key, hash Hash) (*Entry, error) {
	s := c.store()
	var failure string
	var blob []byte
	err := s.db.QueryRow(`SELECT failure, stories FROM entries WHERE path = ? AND extractor = ? AND hash = ?`,
		key.Path, c.extractor, hash[:]).Scan(&failure, &blob)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	var stories []*model.Story
	if err == nil {
		stories, err = decodeStories(blob)
	}
	if errors.Is(err, errOtherCodec) {
		return nil, nil
	}
	if err != nil {
		if c.recover(s, err) {
			return nil, nil
		}
		return nil, err
	}
	return &Entry{Key: key, Hash: hash, Stories: stories, Failure: failure}, nil
}
