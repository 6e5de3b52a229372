package content

import (
	"io"
	"os"

	"cables/model"
)

// stdinName is how stdin is named in errors and as a story's ID; its Path
// stays "-", as the user typed it.
const stdinName = "stdin"

// readStdin reads the stories piped in. Nothing names the input, so its
// kind is told from the content alone.
func readStdin(r io.Reader) ([]*model.Story, []error) {
	data, err := readLimited(r, MaxFileSize, 0)
	if err != nil {
		return nil, one(stdinName, err)
	}
	stories, errs := readSource(stdinName, "", "", data)
	for _, s := range stories {
		s.Path = "-"
	}
	return stories, errs
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
