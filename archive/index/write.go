package index

import (
	"context"
	"database/sql"
	"fmt"
	"hash/fnv"
	"os"
	"time"

	"cables/archive/norm"
	"cables/model"
)

// Writer adds cables to the index in batched transactions.
type Writer struct {
	ctx     context.Context
	ix      *Index
	tx      *sql.Tx
	stmts   map[string]*sql.Stmt
	files   map[string]int64
	pending int // bytes of text since the last commit
	words   []byte
	// lastOrigin saves a write for a run of cables from one post.
	lastOrigin string
	// rollback is set while the import writes with a rollback journal;
	// Close and Abort put the index back in WAL mode.
	rollback bool
}

// hashSize is FTS5's pending-words buffer during an import; autoMerge
// how many segments of a level FTS5 lets pile up before merging them (4
// by default): merging less often makes importing faster, searching a
// little slower.
const (
	hashSize  = 32 << 20
	autoMerge = 8
)

// commitEvery bounds the text held in one transaction: FTS5 keeps a
// transaction's new words in memory, so this keeps memory flat.
const commitEvery = 16 << 20

var writerSQL = map[string]string{
	"file": `INSERT INTO files(path, format, size, imported) VALUES(?, ?, ?, ?)
		ON CONFLICT(path) DO UPDATE SET format=excluded.format, size=excluded.size, imported=excluded.imported
		RETURNING id`,
	"forget":  `DELETE FROM releases WHERE file = ?`,
	"find":    `SELECT rowid, hash, released FROM cables WHERE id = ?`,
	"release": `INSERT OR REPLACE INTO releases(cable, hash, released, file, offset, length, line) VALUES(?, ?, ?, ?, ?, ?, ?)`,
	"insert": `INSERT INTO cables(id, created, day, origin, classification, subject, signer, hash, released, file, offset, length, line)
		VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
	"update": `UPDATE cables SET created=?, day=?, origin=?, classification=?, subject=?, signer=?, hash=?, released=?,
		file=?, offset=?, length=?, line=? WHERE rowid=?`,
	"unword": `DELETE FROM words WHERE rowid = ?`,
	"origin": `INSERT OR IGNORE INTO origins(origin) VALUES(?)`,
	"word":   `INSERT INTO words(rowid, body) VALUES(?, ?)`,
}

// NewWriter starts adding to the index.
func (ix *Index) NewWriter(ctx context.Context) (*Writer, error) {
	// In WAL mode every page an import writes goes to the log and then
	// again, at the checkpoint, to the file: a sixth of an import's
	// processor time. With a rollback journal it is written once, and the
	// journal holds only the few pages changed in place. When another
	// connection has the index open the switch fails and the import
	// writes in WAL mode, as before.
	w := &Writer{ctx: ctx, ix: ix, files: map[string]int64{}, rollback: ix.setJournal(ctx, "delete")}
	if _, err := ix.db.ExecContext(ctx, `CREATE INDEX IF NOT EXISTS releases_file ON releases(file)`); err != nil {
		w.walAgain()
		return nil, err
	}
	// FTS5 writes its pending words out as a new segment each time they
	// pass hashsize (1 MB by default), and merges segments as they pile
	// up. A bigger hash makes fewer, larger segments and less merging; its
	// memory is fixed, whatever the archive's size.
	for _, setting := range []struct {
		name  string
		value int
	}{{"hashsize", hashSize}, {"automerge", autoMerge}} {
		if _, err := ix.db.ExecContext(ctx, `INSERT INTO words(words, rank) VALUES(?, ?)`, setting.name, setting.value); err != nil {
			w.walAgain()
			return nil, err
		}
	}
	if err := w.begin(); err != nil {
		w.walAgain()
		return nil, err
	}
	return w, nil
}

// setJournal sets the index's journal mode and reports whether it took.
func (ix *Index) setJournal(ctx context.Context, mode string) bool {
	var got string
	err := ix.db.QueryRowContext(ctx, `PRAGMA journal_mode=`+mode).Scan(&got)
	return err == nil && got == mode
}

// walAgain puts the index back in WAL mode, which lets readers read while
// another import writes. Should it fail, the index still works; the next
// import tries again.
func (w *Writer) walAgain() {
	if w.rollback {
		w.ix.setJournal(context.Background(), "wal")
		w.rollback = false
	}
}

func (w *Writer) begin() error {
	w.lastOrigin = ""
	tx, err := w.ix.db.BeginTx(w.ctx, nil)
	if err != nil {
		return err
	}
	w.tx = tx
	w.stmts = map[string]*sql.Stmt{}
	for name, q := range writerSQL {
		st, err := tx.PrepareContext(w.ctx, q)
		if err != nil {
			tx.Rollback()
			return fmt.Errorf("preparing %s: %w", name, err)
		}
		w.stmts[name] = st
	}
	return nil
}

func (w *Writer) commit() error {
	for _, st := range w.stmts {
		st.Close()
	}
	err := w.tx.Commit()
	w.tx = nil
	w.pending = 0
	return err
}

// Close commits what was added.
func (w *Writer) Close() error {
	defer w.walAgain()
	if w.tx == nil {
		return nil
	}
	return w.commit()
}

// Abort drops what was added since the last commit.
func (w *Writer) Abort() {
	defer w.walAgain()
	if w.tx != nil {
		w.tx.Rollback()
		w.tx = nil
	}
}

// fileID registers an archive file the first time one of its cables is
// added; its releases from an earlier import are forgotten, so importing a
// file again gives what it holds now, once.
func (w *Writer) fileID(loc model.ArchiveLocation) (int64, error) {
	if id, ok := w.files[loc.Path]; ok {
		return id, nil
	}
	var size int64
	if info, err := os.Stat(loc.Path); err == nil {
		size = info.Size()
	}
	var id int64
	err := w.stmts["file"].QueryRowContext(w.ctx, loc.Path, string(loc.Format), size, time.Now().UTC().Format(time.RFC3339)).Scan(&id)
	if err != nil {
		return 0, err
	}
	if _, err := w.stmts["forget"].ExecContext(w.ctx, id); err != nil {
		return 0, err
	}
	if len(w.files) > 4096 {
		clear(w.files)
	}
	w.files[loc.Path] = id
	return id, nil
}

// Add puts one release of a cable in the index. doc has been through
// anatomy.Parse and carries one release. The same cable from another
// release keeps both releases; the newest gives the text that is searched
// (an undated release, as in cables.csv, counts as the newest).
func (w *Writer) Add(doc *model.CableDoc) error {
	if len(doc.Releases) != 1 {
		return fmt.Errorf("%s: want one release, have %d", doc.ID, len(doc.Releases))
	}
	rel := doc.Releases[0]
	file, err := w.fileID(rel.Where)
	if err != nil {
		return err
	}
	h := fnv.New64a()
	h.Write([]byte(doc.Body))
	hash := int64(h.Sum64() >> 1)
	released := ""
	if !rel.Released.IsZero() {
		released = rel.Released.Format(timeLayout)
	}
	created := doc.Created.Format(timeLayout)
	loc := rel.Where

	var rowid, oldHash int64
	var oldReleased string
	err = w.stmts["find"].QueryRowContext(w.ctx, doc.ID).Scan(&rowid, &oldHash, &oldReleased)
	switch {
	case err == sql.ErrNoRows:
		res, err := w.stmts["insert"].ExecContext(w.ctx, doc.ID, created, dayOf(doc.Created), doc.Origin,
			doc.Classification, doc.Subject, doc.Signer, hash, released, file, loc.Offset, loc.Length, loc.Line)
		if err != nil {
			return err
		}
		if rowid, err = res.LastInsertId(); err != nil {
			return err
		}
		if err := w.addWords(rowid, doc.Body); err != nil {
			return err
		}
	case err != nil:
		return err
	case newerRelease(released, oldReleased):
		if _, err := w.stmts["update"].ExecContext(w.ctx, created, dayOf(doc.Created), doc.Origin, doc.Classification,
			doc.Subject, doc.Signer, hash, released, file, loc.Offset, loc.Length, loc.Line, rowid); err != nil {
			return err
		}
		if hash != oldHash {
			if _, err := w.stmts["unword"].ExecContext(w.ctx, rowid); err != nil {
				return err
			}
			if err := w.addWords(rowid, doc.Body); err != nil {
				return err
			}
		}
	}
	if _, err := w.stmts["release"].ExecContext(w.ctx, rowid, hash, released, file, loc.Offset, loc.Length, loc.Line); err != nil {
		return err
	}
	if doc.Origin != w.lastOrigin {
		if _, err := w.stmts["origin"].ExecContext(w.ctx, doc.Origin); err != nil {
			return err
		}
		w.lastOrigin = doc.Origin
	}
	w.pending += len(doc.Body) + 256
	if w.pending >= commitEvery {
		if err := w.commit(); err != nil {
			return err
		}
		return w.begin()
	}
	return nil
}

// newerRelease reports whether a release dated a replaces one dated b as
// the text to search: later wins, an undated one is the newest, and on a
// tie the later import wins.
func newerRelease(a, b string) bool {
	return a == "" || b != "" && a >= b
}

// addWords indexes a body's words as norm makes them, so that a phrase
// search sees the same words the matcher compares.
func (w *Writer) addWords(rowid int64, body string) error {
	w.words = norm.AppendCableForms(w.words[:0], body)
	_, err := w.stmts["word"].ExecContext(w.ctx, rowid, string(w.words))
	return err
}
