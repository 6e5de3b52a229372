package source

import (
	"bytes"
	"fmt"
	"io"
)

// readLimited reads r to its end or to one byte past limit, whichever
// comes first, so that no source can make cables hold more than the cap.
// sizeHint, the expected size when known, lets the buffer be made once
// rather than grown by doubling to twice what it holds.
func readLimited(r io.Reader, limit, sizeHint int64) ([]byte, error) {
	var buf bytes.Buffer
	if sizeHint > 0 && sizeHint <= limit {
		buf.Grow(int(sizeHint) + bytes.MinRead)
	}
	if _, err := buf.ReadFrom(io.LimitReader(r, limit+1)); err != nil {
		return nil, err
	}
	if int64(buf.Len()) > limit {
		return nil, &sizeError{-1, limit}
	}
	return buf.Bytes(), nil
}

// sizeError is a source over the size cap, with its size when known.
type sizeError struct{ size, limit int64 }

func (e *sizeError) Error() string {
	if e.size < 0 {
		return fmt.Sprintf("too large (over the %s limit)", megabytes(e.limit))
	}
	return fmt.Sprintf("too large (%s; the limit is %s)", megabytes(e.size), megabytes(e.limit))
}

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

// CheckLines refuses text with a line no story has, before it is parsed.
func CheckLines(data []byte) error {
	longest := 0
	for len(data) > 0 {
		i := bytes.IndexAny(data, "\n\r")
		if i < 0 {
			i = len(data)
		}
		longest = max(longest, i)
		data = data[min(i+1, len(data)):]
	}
	return LineError(longest)
}

// LineError refuses, when longest is over the limit, a title or paragraph
// of that many bytes.
func LineError(longest int) error {
	if longest > maxParagraph {
		return fmt.Errorf("a line of %d KB; no story has one over %d KB", longest>>10, maxParagraph>>10)
	}
	return nil
}
