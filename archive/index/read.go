package index

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"

	"cables/archive/anatomy"
	"cables/archive/formats"
	"cables/model"
)

// Entry is what the index knows of a cable without reading the archive.
type Entry struct {
	Rowid          int64
	ID             string
	Created        time.Time
	Origin         string
	Classification string
	Subject        string
	Signer         string
	Where          model.ArchiveLocation
}

// ErrNoCable says the index has no cable of that ID.
var ErrNoCable = errors.New("no such cable in the archive")

const entryColumns = `c.rowid, c.id, c.created, c.origin, c.classification, c.subject, c.signer,
	f.path, f.format, c.offset, c.length, c.line`

func scanEntry(row interface{ Scan(...any) error }) (Entry, error) {
	var e Entry
	var created, format string
	err := row.Scan(&e.Rowid, &e.ID, &created, &e.Origin, &e.Classification, &e.Subject, &e.Signer,
		&e.Where.Path, &format, &e.Where.Offset, &e.Where.Length, &e.Where.Line)
	e.Created, _ = time.Parse(timeLayout, created)
	e.Where.Format = model.ArchiveFormat(format)
	return e, err
}

// Lookup finds a cable by reference ID, in any case.
func (ix *Index) Lookup(ctx context.Context, id string) (Entry, error) {
	q := `SELECT ` + entryColumns + ` FROM cables c JOIN files f ON f.id = c.file WHERE c.id = ?`
	e, err := scanEntry(ix.db.QueryRowContext(ctx, q, id))
	if errors.Is(err, sql.ErrNoRows) && strings.ToUpper(id) != id {
		e, err = scanEntry(ix.db.QueryRowContext(ctx, q, strings.ToUpper(id)))
	}
	if errors.Is(err, sql.ErrNoRows) {
		return e, fmt.Errorf("%s: %w", id, ErrNoCable)
	}
	return e, err
}

// Entries returns the cables with the given row ids, in no set order.
func (ix *Index) Entries(ctx context.Context, rowids []int64) ([]Entry, error) {
	if len(rowids) == 0 {
		return nil, nil
	}
	args := make([]any, len(rowids))
	for i, r := range rowids {
		args[i] = r
	}
	q := `SELECT ` + entryColumns + ` FROM cables c JOIN files f ON f.id = c.file WHERE c.rowid IN (?` +
		strings.Repeat(",?", len(rowids)-1) + `)`
	return ix.entries(ctx, q, args...)
}

// Filter picks cables by when they were created, where from and who
// signed them; zero fields pick all.
type Filter struct {
	First, Last time.Time // days, inclusive
	Origins     []string
	Signer      string // as the cable signs: "PATTERSON"
}

func (f Filter) where() (string, []any) {
	var conds []string
	var args []any
	if !f.First.IsZero() || !f.Last.IsZero() {
		conds = append(conds, "c.day BETWEEN ? AND ?")
		last := f.Last
		if last.IsZero() {
			last = time.Date(3000, 1, 1, 0, 0, 0, 0, time.UTC)
		}
		args = append(args, dayOf(f.First), dayOf(last))
	}
	if len(f.Origins) > 0 {
		conds = append(conds, "c.origin IN (?"+strings.Repeat(",?", len(f.Origins)-1)+")")
		for _, o := range f.Origins {
			args = append(args, o)
		}
	}
	if f.Signer != "" {
		conds = append(conds, "upper(c.signer) = ?")
		args = append(args, strings.ToUpper(f.Signer))
	}
	if len(conds) == 0 {
		return "1", nil
	}
	return strings.Join(conds, " AND "), args
}

// Count counts the cables a filter picks.
func (ix *Index) Count(ctx context.Context, f Filter) (int, error) {
	where, args := f.where()
	var n int
	err := ix.db.QueryRowContext(ctx, `SELECT count(*) FROM cables c WHERE `+where, args...).Scan(&n)
	return n, err
}

// Find returns up to limit cables a filter picks, oldest first.
func (ix *Index) Find(ctx context.Context, f Filter, limit int) ([]Entry, error) {
	where, args := f.where()
	q := `SELECT ` + entryColumns + ` FROM cables c JOIN files f ON f.id = c.file WHERE ` + where + ` ORDER BY c.day LIMIT ?`
	return ix.entries(ctx, q, append(args, limit)...)
}

// FindIn returns the cables among rowids that a filter picks.
func (ix *Index) FindIn(ctx context.Context, f Filter, rowids []int64) ([]Entry, error) {
	var out []Entry
	where, args := f.where()
	for len(rowids) > 0 {
		chunk := rowids[:min(len(rowids), 1000)]
		rowids = rowids[len(chunk):]
		a := slices.Clone(args)
		for _, r := range chunk {
			a = append(a, r)
		}
		q := `SELECT ` + entryColumns + ` FROM cables c JOIN files f ON f.id = c.file WHERE ` + where +
			` AND c.rowid IN (?` + strings.Repeat(",?", len(chunk)-1) + `)`
		es, err := ix.entries(ctx, q, a...)
		if err != nil {
			return nil, err
		}
		out = append(out, es...)
	}
	return out, nil
}

func (ix *Index) entries(ctx context.Context, q string, args ...any) ([]Entry, error) {
	rows, err := ix.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Entry
	for rows.Next() {
		e, err := scanEntry(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

// Search returns up to limit row ids of cables whose words match an FTS5
// query made of norm's forms: phrases ("a b c"), NEAR groups, OR.
func (ix *Index) Search(ctx context.Context, query string, limit int) ([]int64, error) {
	if query == "" {
		return nil, nil
	}
	rows, err := ix.db.QueryContext(ctx, `SELECT rowid FROM words WHERE words MATCH ? LIMIT ?`, query, limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var r int64
		if err := rows.Scan(&r); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// CountSearch counts, up to limit, the cables whose words match an FTS5
// query.
func (ix *Index) CountSearch(ctx context.Context, query string, limit int) (int, error) {
	if query == "" {
		return 0, nil
	}
	var n int
	err := ix.db.QueryRowContext(ctx, `SELECT count(*) FROM (SELECT rowid FROM words WHERE words MATCH ? LIMIT ?)`,
		query, limit).Scan(&n)
	return n, err
}

// FindMatching returns up to limit cables that a filter picks and whose
// words match an FTS5 query (phrases of norm's forms joined by OR).
func (ix *Index) FindMatching(ctx context.Context, f Filter, query string, limit int) ([]Entry, error) {
	where, args := f.where()
	q := `SELECT ` + entryColumns + ` FROM words JOIN cables c ON c.rowid = words.rowid JOIN files f ON f.id = c.file
		WHERE words MATCH ? AND ` + where + ` LIMIT ?`
	return ix.entries(ctx, q, append(append([]any{query}, args...), limit)...)
}

// Cable reads a cable from the user's archive, where the index points, and
// reads its anatomy. Its releases are every one the index knows, oldest
// first.
func (ix *Index) Cable(ctx context.Context, id string) (model.CableDoc, error) {
	e, err := ix.Lookup(ctx, id)
	if err != nil {
		return model.CableDoc{}, err
	}
	return ix.Read(ctx, e)
}

// Read reads the cable of an entry from the archive.
func (ix *Index) Read(ctx context.Context, e Entry) (model.CableDoc, error) {
	doc, err := ReadAt(e.Where)
	if err != nil {
		return doc, err
	}
	if doc.ID != e.ID {
		return doc, fmt.Errorf("%s: changed since it was imported (%s is not there any more): run 'cables archive import' again", e.Where.Path, e.ID)
	}
	anatomy.Parse(&doc)
	doc.Releases, err = ix.releases(ctx, e.Rowid)
	return doc, err
}

func (ix *Index) releases(ctx context.Context, rowid int64) ([]model.CableRelease, error) {
	rows, err := ix.db.QueryContext(ctx, `SELECT r.released, f.path, f.format, r.offset, r.length, r.line
		FROM releases r JOIN files f ON f.id = r.file WHERE r.cable = ? ORDER BY r.released = '', r.released`, rowid)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []model.CableRelease
	for rows.Next() {
		var rel model.CableRelease
		var released, format string
		if err := rows.Scan(&released, &rel.Where.Path, &format, &rel.Where.Offset, &rel.Where.Length, &rel.Where.Line); err != nil {
			return nil, err
		}
		rel.Released, _ = time.Parse(timeLayout, released)
		rel.Where.Format = model.ArchiveFormat(format)
		out = append(out, rel)
	}
	return out, rows.Err()
}

// ReadAt reads the one cable at a location of the archive.
func ReadAt(loc model.ArchiveLocation) (model.CableDoc, error) {
	f, err := os.Open(loc.Path)
	if err != nil {
		return model.CableDoc{}, fmt.Errorf("%s: %w (the archive moved? run 'cables archive import' again)", loc.Path, unwrapPath(err))
	}
	defer f.Close()
	if loc.Format == model.FormatCSV {
		r := formats.NewCSVReaderSized(io.NewSectionReader(f, loc.Offset, loc.Length), loc.Path, loc.Line, loc.Offset, int(loc.Length)+1)
		row, err := r.Next()
		if err != nil {
			return model.CableDoc{}, fmt.Errorf("%s: line %d: changed since it was imported: run 'cables archive import' again", loc.Path, loc.Line)
		}
		return formats.CSVCable(row, loc.Path)
	}
	data, err := io.ReadAll(io.LimitReader(f, formats.MaxPageBytes))
	if err != nil {
		return model.CableDoc{}, fmt.Errorf("%s: %w", loc.Path, unwrapPath(err))
	}
	return formats.ReadPage(data, loc.Path, loc.Format)
}

func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// Origins lists the posts the archive holds cables from.
func (ix *Index) Origins(ctx context.Context) ([]string, error) {
	rows, err := ix.db.QueryContext(ctx, `SELECT origin FROM origins`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var o string
		if err := rows.Scan(&o); err != nil {
			return nil, err
		}
		out = append(out, o)
	}
	return out, rows.Err()
}
