package cache

import (
	"bytes"
	"database/sql"
	"path/filepath"
	"testing"
)

// The lookup turns each row's blob into the story text without copying it
// (checkOwnedBlob), which holds only while the driver hands every row a
// blob of its own, as modernc.org/sqlite does today. Should a new version
// reuse one buffer for every row, this fails before any story is wrong.
func TestDriverGivesEachRowItsOwnBlob(t *testing.T) {
	db, err := sql.Open("sqlite", filepath.Join(t.TempDir(), "rows.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec(`CREATE TABLE t (b BLOB); INSERT INTO t VALUES (x'0101010101'), (x'0202020202'), (x'030303')`); err != nil {
		t.Fatal(err)
	}
	rows, err := db.Query(`SELECT b FROM t`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var kept []sql.RawBytes
	for rows.Next() {
		var b sql.RawBytes
		if err := rows.Scan(&b); err != nil {
			t.Fatal(err)
		}
		kept = append(kept, b)
	}
	want := [][]byte{{1, 1, 1, 1, 1}, {2, 2, 2, 2, 2}, {3, 3, 3}}
	if len(kept) != len(want) {
		t.Fatalf("%d rows, want %d", len(kept), len(want))
	}
	for i := range want {
		if !bytes.Equal(kept[i], want[i]) {
			t.Errorf("row %d's blob is %v once later rows are read, want %v: the driver reuses its buffer", i, kept[i], want[i])
		}
	}
}
