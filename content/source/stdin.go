package source

import (
	"io"
	"os"
)

// stdinName is how stdin is named in errors and as a story's ID; its path
// stays "-", as the user typed it.
const stdinName = "stdin"

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
