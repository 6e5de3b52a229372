package cache

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// Under lists the paths the cache holds entries for in the directory dir
// (an absolute, cleaned path) and below it, in path order. It reads the
// path index only, never a story.
func (c *Cache) Under(ctx context.Context, dir string) ([]string, error) {
	s := c.store()
	low, high := pathRange(dir)
	rows, err := s.db.QueryContext(ctx, `SELECT path FROM entries WHERE path >= ? AND path < ? ORDER BY path`, low, high)
	if err != nil {
		if c.recover(s, err) {
			return nil, nil
		}
		return nil, err
	}
	defer rows.Close()
	var paths []string
	for rows.Next() {
		var p string
		if err := rows.Scan(&p); err != nil {
			return paths, err
		}
		paths = append(paths, p)
	}
	return paths, rows.Err()
}

// pathRange is the range of paths under dir: those that start with dir
// and a separator, which sort between dir+"/" and dir+"0" ('0' follows
// '/' in byte order).
func pathRange(dir string) (low, high string) {
	low = dir
	if !strings.HasSuffix(low, string(filepath.Separator)) {
		low += string(filepath.Separator)
	}
	return low, low[:len(low)-1] + string(filepath.Separator+1)
}

// Forget removes the entries of files under the directories dirs that are
// gone: not among those found (found reports whether a path was) and no
// longer on disk. A file merely skipped this time (unreadable for a
// moment, a directory not walked) keeps its entry. It reports how many it
// removed. Only the path index is read, so a library whose files are all
// still there costs a scan of paths and no stat.
func (c *Cache) Forget(ctx context.Context, dirs []string, found func(path string) bool) (int, error) {
	var gone []string
	for _, dir := range dirs {
		paths, err := c.Under(ctx, dir)
		if err != nil {
			return 0, err
		}
		for _, p := range paths {
			if found(p) {
				continue
			}
			if _, err := os.Lstat(p); errors.Is(err, fs.ErrNotExist) {
				gone = append(gone, p)
			}
		}
	}
	if len(gone) == 0 {
		return 0, nil
	}
	s := c.store()
	err := deletePaths(ctx, s, gone)
	if err != nil && c.recover(s, err) {
		return 0, nil
	}
	if err != nil {
		return 0, err
	}
	return len(gone), nil
}

// deletePaths removes the rows of paths in one transaction.
func deletePaths(ctx context.Context, s *store, paths []string) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	del, err := tx.PrepareContext(ctx, `DELETE FROM entries WHERE path = ?`)
	if err != nil {
		return err
	}
	defer del.Close()
	for _, p := range paths {
		if _, err := del.ExecContext(ctx, p); err != nil {
			return err
		}
	}
	return tx.Commit()
}
