package cli

import (
	"bytes"
	"io"
	"os"
)

// StdinRedirected reports whether f, a command's standard input, brings
// stories: a pipe, or a file redirected with <. Then a command given no
// sources reads its stories from there, as "-". A terminal, /dev/null or a
// closed input does not, so a script that closes stdin still gets the
// library.
func StdinRedirected(f *os.File) bool {
	info, err := f.Stat()
	if err != nil {
		return false
	}
	return info.Mode()&os.ModeNamedPipe != 0 || info.Mode().IsRegular()
}

// trimmedLines writes text with the blanks at the end of each line
// removed: help laid out for a terminal pads its lines to 120 columns,
// which a pipe or a file should not get.
type trimmedLines struct {
	w    io.Writer
	line []byte
}

func (t *trimmedLines) Write(p []byte) (int, error) {
	t.line = append(t.line, p...)
	for {
		i := bytes.IndexByte(t.line, '\n')
		if i < 0 {
			return len(p), nil
		}
		if _, err := t.w.Write(append(bytes.TrimRight(t.line[:i], " "), '\n')); err != nil {
			return 0, err
		}
		t.line = t.line[i+1:]
	}
}

// flush writes what is left after the last newline.
func (t *trimmedLines) flush() {
	if len(t.line) > 0 {
		_, _ = t.w.Write(bytes.TrimRight(t.line, " "))
		t.line = nil
	}
}
