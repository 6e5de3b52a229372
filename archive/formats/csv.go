package formats

import (
	"bytes"
	"errors"
	"fmt"
	"io"
)

// CSVFields is how many fields a row of cables.csv has: row id, created,
// reference ID, origin, classification, references, header, body.
const CSVFields = 8

// MaxRowBytes caps one row of cables.csv. The longest real cable is well
// under a megabyte; a longer row is a broken file, skipped whole.
const MaxRowBytes = 16 << 20

// CSVRow is one row of cables.csv and where it stands in the file.
type CSVRow struct {
	Fields [CSVFields]string
	Line   int   // the line the row starts on, from 1
	Offset int64 // its first byte
	Length int64 // its bytes, up to and including the line break that ends it
}

// RowError is a malformed row: the reader skipped it and goes on with the
// next one.
type RowError struct {
	Path  string
	Line  int
	Cause string
}

func (e *RowError) Error() string { return fmt.Sprintf("%s: line %d: %s", e.Path, e.Line, e.Cause) }

// CSVReader reads the Cablegate cables.csv as a stream: no header row,
// every field in double quotes, backslash escapes (\" \' \\), quotes also
// doubled (""), fields over many lines. Go's encoding/csv knows no escape
// character, hence this reader. Memory holds one row at a time.
type CSVReader struct {
	r    io.Reader
	path string
	buf  []byte
	pos  int   // the next byte to read in buf
	end  int   // the end of what buf holds
	base int64 // the file offset of buf[0]
	eof  bool
	rerr error

	line      int // the line of buf[pos]
	lineStart int // where the current line starts in buf; -1 when gone

	state    csvState
	field    int
	fields   [CSVFields][]byte
	rowBytes int
	rowLine  int
	rowStart int64
	// skipping is set after a malformed row: lines are dropped until one
	// starts a row.
	skipping bool
}

type csvState int

const (
	betweenRows csvState = iota
	fieldStart
	quoted
	escaped
	quoteSeen
	unquoted
)

const csvBufSize = 1 << 20

// NewCSVReader reads rows from r; path names the file in errors.
func NewCSVReader(r io.Reader, path string) *CSVReader {
	return NewCSVReaderAt(r, path, 1, 0)
}

// NewCSVReaderAt reads rows from r, which starts at the given line and byte
// offset of the file: the way to read one row back from where it was found.
func NewCSVReaderAt(r io.Reader, path string, line int, offset int64) *CSVReader {
	return NewCSVReaderSized(r, path, line, offset, csvBufSize)
}

// NewCSVReaderSized is NewCSVReaderAt with a buffer of the given size: a
// row read back needs no more than its length.
func NewCSVReaderSized(r io.Reader, path string, line int, offset int64, size int) *CSVReader {
	size = min(max(size, 64), csvBufSize)
	return &CSVReader{r: r, path: path, buf: make([]byte, size), base: offset, line: line}
}

// fill reads more of the file so that at least need bytes are buffered
// from pos, unless the file ends first. Bytes before pos (or before the
// current line's start, kept for resuming there) are dropped.
func (c *CSVReader) fill(need int) bool {
	for c.end-c.pos < need && !c.eof {
		keep := c.pos
		if c.lineStart >= 0 && c.lineStart < keep {
			if c.pos-c.lineStart < len(c.buf)/2 {
				keep = c.lineStart
			} else {
				c.lineStart = -1
			}
		}
		if keep > 0 {
			copy(c.buf, c.buf[keep:c.end])
			c.end -= keep
			c.pos -= keep
			c.base += int64(keep)
			if c.lineStart >= 0 {
				c.lineStart -= keep
			}
		}
		if c.end == len(c.buf) {
			break
		}
		n, err := c.r.Read(c.buf[c.end:])
		c.end += n
		if err != nil {
			c.eof = true
			if !errors.Is(err, io.EOF) {
				c.rerr = err
			}
		}
	}
	return c.end-c.pos >= need
}

// offset is the file offset of buf[pos].
func (c *CSVReader) offset() int64 { return c.base + int64(c.pos) }

// Next returns the next row. A malformed row comes back as a *RowError,
// after which Next goes on with the row after it; io.EOF ends the file;
// any other error is the reader's.
func (c *CSVReader) Next() (CSVRow, error) {
	for {
		if c.pos == c.end && !c.fill(1) {
			if c.rerr != nil {
				return CSVRow{}, fmt.Errorf("%s: %w", c.path, c.rerr)
			}
			return c.atEOF()
		}
		if c.skipping {
			c.skipLine()
			continue
		}
		b := c.buf[c.pos]
		switch c.state {
		case betweenRows:
			if b == '\n' || b == '\r' || b == ' ' || b == '\t' {
				c.take(b)
				continue
			}
			c.state = fieldStart
			c.field = 0
			c.rowBytes = 0
			c.rowLine = c.line
			c.rowStart = c.offset()
			for f := range c.fields {
				c.fields[f] = c.fields[f][:0]
			}
			continue
		case fieldStart:
			switch b {
			case '"':
				c.state = quoted
			case ',':
				c.nextField()
			case '\n', '\r':
				return c.finishRow(b)
			default:
				c.state = unquoted
				c.fields[c.field] = append(c.fields[c.field], b)
				c.rowBytes++
			}
			c.take(b)
		case quoted:
			run := c.buf[c.pos:c.end]
			j := bytes.IndexAny(run, "\"\\")
			if j < 0 {
				j = len(run)
			}
			c.fields[c.field] = append(c.fields[c.field], run[:j]...)
			c.rowBytes += j
			c.takeRun(run[:j])
			if j < len(run) {
				if run[j] == '"' {
					c.state = quoteSeen
				} else {
					c.state = escaped
				}
				c.take(run[j])
			}
		case escaped:
			c.fields[c.field] = append(c.fields[c.field], b)
			c.rowBytes++
			c.state = quoted
			c.take(b)
		case quoteSeen:
			switch b {
			case '"':
				c.fields[c.field] = append(c.fields[c.field], '"')
				c.rowBytes++
				c.state = quoted
			case ',':
				c.nextField()
			case '\n', '\r':
				return c.finishRow(b)
			default:
				return c.fail("a stray quote mark ends field %d early (an unescaped \")", c.field+1)
			}
			c.take(b)
		case unquoted:
			switch b {
			case ',':
				c.nextField()
			case '\n', '\r':
				return c.finishRow(b)
			default:
				c.fields[c.field] = append(c.fields[c.field], b)
				c.rowBytes++
			}
			c.take(b)
		}
		if c.field >= CSVFields {
			return c.fail("more than %d fields", CSVFields)
		}
		if c.rowBytes > MaxRowBytes {
			return c.fail("a row longer than %d MB", MaxRowBytes>>20)
		}
	}
}

// take consumes one byte.
func (c *CSVReader) take(b byte) {
	c.pos++
	if b == '\n' {
		c.line++
		c.lineStart = c.pos
	}
}

// takeRun consumes a run of bytes.
func (c *CSVReader) takeRun(run []byte) {
	c.pos += len(run)
	if n := bytes.Count(run, []byte{'\n'}); n > 0 {
		c.line += n
		c.lineStart = c.pos - (len(run) - bytes.LastIndexByte(run, '\n') - 1)
	}
}

func (c *CSVReader) nextField() {
	c.field++
	c.state = fieldStart
}

// finishRow ends the row at the line break b, which is at pos.
func (c *CSVReader) finishRow(b byte) (CSVRow, error) {
	c.take(b)
	if b == '\r' && c.fill(1) && c.buf[c.pos] == '\n' {
		c.take('\n')
	}
	return c.endRow()
}

// atEOF ends the file: a row still open there was cut short.
func (c *CSVReader) atEOF() (CSVRow, error) {
	c.skipping = false
	switch c.state {
	case betweenRows:
		return CSVRow{}, io.EOF
	case quoteSeen, unquoted, fieldStart:
		// The last row lacks only its final line break.
		return c.endRow()
	}
	c.state = betweenRows
	return CSVRow{}, c.rowError("the file ends inside field %d of this row (truncated?)", c.field+1)
}

// endRow checks the row just read and hands it out.
func (c *CSVReader) endRow() (CSVRow, error) {
	c.state = betweenRows
	if c.field != CSVFields-1 {
		return CSVRow{}, c.rowError("%d fields, want %d", c.field+1, CSVFields)
	}
	row := CSVRow{Line: c.rowLine, Offset: c.rowStart, Length: c.offset() - c.rowStart}
	for f := range row.Fields {
		row.Fields[f] = string(c.fields[f])
	}
	return row, nil
}

// fail gives up on the current row at pos. Reading resumes at the next
// line that starts a row: this one, when the row began on an earlier line
// and this line looks like the start of the next (a field that lost its
// closing quote runs into the next row).
func (c *CSVReader) fail(format string, args ...any) (CSVRow, error) {
	err := c.rowError(format, args...)
	c.state = betweenRows
	if c.line > c.rowLine && c.lineStart >= 0 && c.lineStart <= c.pos && c.peekRowStart(c.lineStart) && c.lineStart >= 0 {
		c.pos = c.lineStart
		return CSVRow{}, err
	}
	c.skipping = true
	return CSVRow{}, err
}

func (c *CSVReader) rowError(format string, args ...any) error {
	return &RowError{Path: c.path, Line: c.rowLine, Cause: fmt.Sprintf(format, args...)}
}

// peekRowStart reports whether the line at buf[at] starts a row.
func (c *CSVReader) peekRowStart(at int) bool {
	save := c.pos
	c.pos = at
	c.fill(32)
	at, c.pos = c.pos, save+(c.pos-at)
	return looksLikeRowStart(c.buf[at:c.end])
}

// skipLine drops the rest of the current line; at the start of a line
// that begins a row, skipping ends.
func (c *CSVReader) skipLine() {
	if c.lineStart == c.pos && c.peekRowStart(c.pos) {
		c.skipping = false
		return
	}
	run := c.buf[c.pos:c.end]
	j := bytes.IndexByte(run, '\n')
	if j < 0 {
		c.pos = c.end
		c.lineStart = -1
		return
	}
	c.takeRun(run[:j+1])
}

// looksLikeRowStart reports whether a line begins a row: "123","
func looksLikeRowStart(p []byte) bool {
	if len(p) < 5 || p[0] != '"' {
		return false
	}
	i := 1
	for i < len(p) && p[i] >= '0' && p[i] <= '9' {
		i++
	}
	return i > 1 && bytes.HasPrefix(p[i:], []byte(`","`))
}
