package source

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"slices"
	"sync"
)

// readLimited reads r to its end or to one byte past limit, whichever
// comes first, so that no source can make cables hold more than the cap.
// sizeHint, the expected size when known, lets the buffer be made once
// rather than grown by doubling to twice what it holds.
func readLimited(r io.Reader, limit, sizeHint int64) ([]byte, error) {
	var buf []byte
	if sizeHint > 0 && sizeHint <= limit {
		buf = make([]byte, 0, sizeHint+bytes.MinRead)
	}
	return readLimitedInto(r, limit, buf)
}

// readLimitedInto is readLimited reading into buf, from its start, while
// it has room.
func readLimitedInto(r io.Reader, limit int64, buf []byte) ([]byte, error) {
	return readOn(r, limit, buf[:0])
}

// readOn is readLimitedInto after the bytes buf holds already.
func readOn(r io.Reader, limit int64, buf []byte) ([]byte, error) {
	for {
		if len(buf) == cap(buf) {
			buf = slices.Grow(buf, max(bytes.MinRead, len(buf)))
		}
		end := int64(cap(buf))
		if end > limit+1 {
			end = limit + 1 // no more than one byte past the limit, in all
		}
		n, err := r.Read(buf[len(buf):end])
		buf = buf[:len(buf)+n]
		if int64(len(buf)) > limit {
			return nil, &sizeError{-1, limit}
		}
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return nil, err
		}
	}
}

// readBuffers keeps the buffers small files were read into, for the
// files read after them: a first read of a library of small stories
// made a buffer for each (issue 14: 13 % of the bytes a first run
// allocated, and the collections they brought). A file above
// pooledBuffer bytes is read into a buffer of its own, which goes once
// its text is cleaned.
var readBuffers sync.Pool // of *[]byte, of cap pooledBuffer

// pooledBuffer is the size of the buffers readBuffers keeps.
const pooledBuffer = 64 << 10

// readBuffer is a buffer for a file of size bytes: a kept one when it
// fits.
func readBuffer(size int64) []byte {
	if size+bytes.MinRead > pooledBuffer {
		return make([]byte, 0, size+bytes.MinRead)
	}
	if b, ok := readBuffers.Get().(*[]byte); ok {
		return *b
	}
	return make([]byte, 0, pooledBuffer)
}

// Release hands back the bytes a document was read into, for the reading
// of another file. The caller calls it once it is done with the document
// and nothing it made holds any part of them (the page stage copies what
// it keeps of them).
func Release(doc Document) {
	if cap(doc.Data) == pooledBuffer {
		b := doc.Data[:0]
		readBuffers.Put(&b)
	}
}

// sizeError is a source over the size cap, with its size when known.
type sizeError struct{ size, limit int64 }

func (e *sizeError) Error() string {
	if e.size < 0 {
		return fmt.Sprintf("too large (over the %s limit)", megabytes(e.limit))
	}
	return fmt.Sprintf("too large (%s; the limit is %s)", megabytes(e.size), megabytes(e.limit))
}

func (e *sizeError) Is(target error) bool { return target == ErrLimit }

// megabytes shows a size in MB, or in KB when under one, rounded up so
// that a size just over a limit never reads as equal to it.
func megabytes(n int64) string {
	if n < 1<<20 {
		return fmt.Sprintf("%d KB", (n+1<<10-1)>>10)
	}
	return fmt.Sprintf("%d MB", (n+1<<20-1)>>20)
}

// MaxFileSize is the largest source cables reads.
const MaxFileSize = 50 << 20

// maxParagraph is the longest title or paragraph a story may have. News
// paragraphs run to a few hundred words; a megabyte on one line is a dump,
// a log or an attack on the screen, not a story.
const maxParagraph = 64 << 10

// The shape of a text no story has, which would cost the page reader far
// more than its size: a log or a list of a million short lines (each
// becomes a paragraph), or Markdown lists and quotes nested thousands
// deep (each line costs as much as its depth).
const (
	// maxShortRun is the most short lines in a row: menus and lists in a
	// story run to dozens.
	maxShortRun = 1000
	// shortLine is how many bytes, blanks aside, make a line short.
	shortLine = 24
	// maxDepth is how deep lists and quotes may nest: a level is a "> ",
	// a list marker or four columns of indentation.
	maxDepth = 32
)

// ErrLimit is a source refused at one of the limits on what a story holds
// (size, longest line, short lines in a row, nesting); errors.Is finds it
// under the error that says which.
var ErrLimit = errors.New("over a limit on what a story holds")

// limitError says which limit a source is over.
type limitError struct{ msg string }

func (e *limitError) Error() string        { return e.msg }
func (e *limitError) Is(target error) bool { return target == ErrLimit }

// lineEnd is where the first line of data ends: its first '\n' or '\r',
// or len(data). It is bytes.IndexAny(data, "\n\r") (with len(data) for
// -1) by searches that read many bytes at once, as IndexAny reads one at a
// time; every file is split so, twice. The search for '\n' goes a window
// at a time, so that text whose lines end in '\r' alone is not read to
// its end for each line.
func lineEnd(data []byte) int {
	const window = 4 << 10
	for start := 0; start < len(data); start += window {
		chunk := data[start:min(start+window, len(data))]
		i := bytes.IndexByte(chunk, '\n')
		if i < 0 {
			i = len(chunk)
		}
		if j := bytes.IndexByte(chunk[:i], '\r'); j >= 0 {
			return start + j
		}
		if i < len(chunk) {
			return start + i
		}
	}
	return len(data)
}

// CheckLines refuses text with a line no story has, before it is parsed.
func CheckLines(data []byte) error {
	longest := 0
	for len(data) > 0 {
		i := lineEnd(data)
		longest = max(longest, i)
		data = data[min(i+1, len(data)):]
	}
	return LineError(longest)
}

// CheckText refuses text or Markdown of a shape no story has, in one pass
// before it is parsed: a line over the paragraph limit, more than
// maxShortRun short lines in a row, lists or quotes nested over maxDepth.
func CheckText(data []byte) error {
	run, runStart := 0, 0
	for n := 1; len(data) > 0; n++ {
		i := lineEnd(data)
		line := data[:i]
		if err := LineError(len(line)); err != nil {
			return err
		}
		if len(bytes.TrimSpace(line)) < shortLine {
			if run == 0 {
				runStart = n
			}
			if run++; run > maxShortRun {
				return &limitError{fmt.Sprintf("over %d short lines in a row from line %d; a list or a log, not a story", maxShortRun, runStart)}
			}
		} else {
			run = 0
		}
		if d := depth(line); d > maxDepth {
			return &limitError{fmt.Sprintf("lists or quotes nested %d deep at line %d; the limit is %d", d, n, maxDepth)}
		}
		if i < len(data) && data[i] == '\r' && i+1 < len(data) && data[i+1] == '\n' {
			i++ // one line end, not an empty line
		}
		data = data[min(i+1, len(data)):]
	}
	return nil
}

// depth is how deep the start of a line nests lists and quotes, as
// Markdown reads it: each "> " and list marker a level, and each four
// columns of indentation.
func depth(line []byte) int {
	levels, columns := 0, 0
	for i := 0; i < len(line); i++ {
		switch c := line[i]; {
		case c == ' ':
			columns++
		case c == '\t':
			columns += 4 - columns%4
		case c == '>':
			levels++
		case (c == '-' || c == '*' || c == '+') && i+1 < len(line) && (line[i+1] == ' ' || line[i+1] == '\t'):
			levels++
		case c >= '0' && c <= '9':
			j := i
			for j < len(line) && j-i < 9 && line[j] >= '0' && line[j] <= '9' {
				j++
			}
			if j+1 < len(line) && (line[j] == '.' || line[j] == ')') && (line[j+1] == ' ' || line[j+1] == '\t') {
				levels++
				i = j
				continue
			}
			return levels + columns/4
		default:
			return levels + columns/4
		}
	}
	return levels + columns/4
}

// LineError refuses, when longest is over the limit, a title or paragraph
// of that many bytes.
func LineError(longest int) error {
	if longest > maxParagraph {
		return &limitError{fmt.Sprintf("a line of %d KB; no story has one over %d KB", longest>>10, maxParagraph>>10)}
	}
	return nil
}
