package formats

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"

	"cables/archive/archivetest"
)

// readAll reads every row, collecting row errors.
func readAll(t testing.TB, data string) ([]CSVRow, []string) {
	t.Helper()
	r := NewCSVReader(strings.NewReader(data), "cables.csv")
	var rows []CSVRow
	var errs []string
	for i := 0; i < 10000; i++ {
		row, err := r.Next()
		if errors.Is(err, io.EOF) {
			return rows, errs
		}
		var re *RowError
		if errors.As(err, &re) {
			errs = append(errs, err.Error())
			continue
		}
		if err != nil {
			t.Fatalf("Next: %v", err)
		}
		rows = append(rows, row)
	}
	t.Fatal("reader never reached the end")
	return nil, nil
}

func TestCSVReadsEveryFixtureCable(t *testing.T) {
	data := archivetest.CSV()
	rows, errs := readAll(t, data)
	if len(errs) > 0 {
		t.Fatalf("errors: %v", errs)
	}
	if len(rows) != len(archivetest.Cables) {
		t.Fatalf("read %d rows, want %d", len(rows), len(archivetest.Cables))
	}
	for i, row := range rows {
		c := archivetest.Cables[i]
		if row.Fields[2] != c.ID || row.Fields[7] != c.Body || row.Fields[6] != c.Header {
			t.Errorf("row %d: got ID %q, body intact %v", i, row.Fields[2], row.Fields[7] == c.Body)
		}
		// The row's offset and length cut exactly its bytes from the file.
		if got := data[row.Offset : row.Offset+row.Length]; got != archivetest.Row(i+1, c, "") {
			t.Errorf("row %d: offset/length give %q…", i, got[:min(40, len(got))])
		}
	}
	if rows[1].Line != 1+strings.Count(archivetest.Row(1, archivetest.Cables[0], ""), "\n") {
		t.Errorf("second row starts on line %d", rows[1].Line)
	}
}

func TestCSVFields(t *testing.T) {
	for _, tc := range []struct{ name, in, body string }{
		{"backslash escapes", `"1","1/2/2009 10:10","09X1","Embassy X","SECRET","","H","he said \"no\", \'maybe\' and \\ done"` + "\n", `he said "no", 'maybe' and \ done`},
		{"doubled quotes", `"1","1/2/2009 10:10","09X1","Embassy X","SECRET","","H","India was ""very open"" to talks"` + "\n", `India was "very open" to talks`},
		{"lines inside a field", "\"1\",\"1/2/2009 10:10\",\"09X1\",\"Embassy X\",\"SECRET\",\"\",\"H\",\"one\ntwo\n\nthree\"\n", "one\ntwo\n\nthree"},
		{"windows line ends", "\"1\",\"1/2/2009 10:10\",\"09X1\",\"Embassy X\",\"SECRET\",\"\",\"H\",\"body\"\r\n", "body"},
		{"no line break at the end", `"1","1/2/2009 10:10","09X1","Embassy X","SECRET","","H","body"`, "body"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rows, errs := readAll(t, tc.in)
			if len(errs) > 0 || len(rows) != 1 {
				t.Fatalf("rows %d, errors %v", len(rows), errs)
			}
			if rows[0].Fields[7] != tc.body {
				t.Errorf("body %q, want %q", rows[0].Fields[7], tc.body)
			}
		})
	}
}

func TestCSVBodyLongerThan64KB(t *testing.T) {
	c := archivetest.Cables[0]
	c.Body = strings.Repeat("A long line of a long cable. ", 10000) // 290 KB, no line break
	rows, errs := readAll(t, archivetest.Row(1, c, "")+archivetest.Row(2, archivetest.Cables[1], ""))
	if len(errs) > 0 || len(rows) != 2 || rows[0].Fields[7] != c.Body {
		t.Fatalf("rows %d, errors %v", len(rows), errs)
	}
}

// A broken row is reported by the line it starts on and skipped; the rows
// before and after it are read.
func TestCSVHostileRows(t *testing.T) {
	good := func(n int) string { return oneLineRow(n) }
	for _, tc := range []struct {
		name, in string
		rows     int
		err      string
	}{
		{"truncated file", good(1) + good(2) + `"3","1/2/2009 10:10","09X1","Embassy X","SECRET","","H","the body stops he`,
			2, "line 3"},
		{"stray quote mark", good(1) + `"2","1/2/2009 10:10","09X1","Embassy X","SECRET","","H","he said "no" twice"` + "\n" + good(3),
			2, "stray quote mark"},
		{"field loses its closing quote", good(1) + `"2","1/2/2009 10:10","09X1","Embassy X","SECRET","","H","the end.` + "\n" + good(3) + good(4),
			3, "line 2: a stray quote"},
		{"too few fields", good(1) + `"2","1/2/2009 10:10","09X1"` + "\n" + good(3), 2, "3 fields, want 8"},
		{"too many fields", good(1) + `"2","a","b","c","d","e","f","g","h"` + "\n" + good(3), 2, "more than 8 fields"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rows, errs := readAll(t, tc.in)
			if len(rows) != tc.rows {
				t.Errorf("read %d rows, want %d (errors %v)", len(rows), tc.rows, errs)
			}
			if len(errs) != 1 || !strings.Contains(errs[0], tc.err) || !strings.HasPrefix(errs[0], "cables.csv: line ") {
				t.Errorf("errors %v, want one naming %q", errs, tc.err)
			}
		})
	}
}

func TestCSVHundredMegabyteField(t *testing.T) {
	if testing.Short() {
		t.Skip("writes 100 MB")
	}
	var b bytes.Buffer
	b.WriteString(oneLineRow(1))
	b.WriteString(`"2","1/2/2009 10:10","09X1","Embassy X","SECRET","","H","`)
	line := bytes.Repeat([]byte("x"), 1<<20)
	for i := 0; i < 100; i++ {
		b.Write(line)
		b.WriteByte('\n')
	}
	b.WriteString("\"\n")
	b.WriteString(oneLineRow(3))
	r := NewCSVReader(&b, "big.csv")
	var ids, errs []string
	for {
		row, err := r.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			errs = append(errs, err.Error())
			continue
		}
		ids = append(ids, row.Fields[2])
	}
	if len(ids) != 2 || ids[1] != "09POST3" {
		t.Errorf("read %v", ids)
	}
	if len(errs) != 1 || !strings.Contains(errs[0], "big.csv: line 2") || !strings.Contains(errs[0], "longer than") {
		t.Errorf("errors %v", errs)
	}
}

func TestCSVReadBackOneRow(t *testing.T) {
	data := archivetest.CSV()
	rows, _ := readAll(t, data)
	want := rows[5]
	r := NewCSVReaderAt(strings.NewReader(data[want.Offset:want.Offset+want.Length]), "cables.csv", want.Line, want.Offset)
	got, err := r.Next()
	if err != nil || got != want {
		t.Fatalf("read back %+v, %v; want %+v", got.Fields[2], err, want.Fields[2])
	}
}

func FuzzCSVReader(f *testing.F) {
	f.Add(archivetest.CSV())
	f.Add(`"1","a","b","c","d","e","f","g \" h` + "\n" + `"2",""`)
	f.Add("\"1\",\"x\"\"y\"\r\n\"2\"\n\"3\",\"\\")
	f.Fuzz(func(t *testing.T, data string) {
		r := NewCSVReader(strings.NewReader(data), "f.csv")
		var last int64 = -1
		for i := 0; i <= len(data)+1; i++ {
			row, err := r.Next()
			if errors.Is(err, io.EOF) {
				return
			}
			var re *RowError
			if errors.As(err, &re) {
				if re.Line < 1 {
					t.Fatalf("error on line %d", re.Line)
				}
				continue
			}
			if err != nil {
				t.Fatal(err)
			}
			if row.Offset <= last || row.Offset+row.Length > int64(len(data)) || row.Length <= 0 {
				t.Fatalf("row at %d+%d in %d bytes (last %d)", row.Offset, row.Length, len(data), last)
			}
			last = row.Offset
		}
		t.Fatal("no end")
	})
}

// oneLineRow is a row of one line, numbered n, so that line numbers in a
// test are easy to count.
func oneLineRow(n int) string {
	return fmt.Sprintf(`"%d","1/2/2009 10:10","09POST%d","Embassy Post","SECRET","","H","1. (S) Body %d."`, n, n, n) + "\n"
}
