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
	data, err := readLimited(r, MaxFileSize)
	if err != nil {
		return nil, one(stdinName, err)
	}
	stories, errs := readSource(stdinName, "", "", data)
	for _, s := range stories {
		s.Path = "-"
	}
	return stories, errs
}

// StdinPiped reports whether stdin is a pipe or a file rather than a
// terminal: then a command given no sources reads its stories from there.
func StdinPiped() bool {
	info, err := os.Stdin.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice == 0
}
