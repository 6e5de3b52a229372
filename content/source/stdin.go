package source

import (
	"io"
	"os"
)

// stdinName is how stdin is named in errors and as a story's ID; its path
// stays "-", as the user typed it.
const stdinName = "stdin"

// readStdin hands what is piped in to read. Nothing names the input, so
// its kind is told from the content alone.
func readStdin[T any](r io.Reader, read func(Document) ([]T, []error)) ([]T, []error) {
	data, err := readLimited(r, MaxFileSize, 0)
	if err != nil {
		return nil, one(stdinName, err)
	}
	return Read(Document{Name: stdinName, Stdin: true, Data: data}, read)
}

// Piped reports whether r, a command's standard input, is a pipe rather
// than a terminal or nothing: then a command given no sources may read its
// stories from there, as "-". An empty file or /dev/null is not a pipe, so
// a script that closes stdin still gets the library.
func Piped(r io.Reader) bool {
	f, ok := r.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeNamedPipe != 0
}
