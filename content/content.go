// Package content turns bytes into stories: it reads text, Markdown and web
// pages, cleans what must never reach a terminal, drops site chrome, and finds
// the quotations and people. It knows nothing of terminals.
package content

import (
	_ "embed"
	"errors"
	"io/fs"
	"path/filepath"
	"strings"

	"cables/model"
)

//go:embed default_story.txt
var defaultStory []byte

// DefaultName is the path the embedded story is shown under.
const DefaultName = "kayani-wikileaks.txt"

// Default returns the story cables ships: the one it opens when given none.
func Default() *model.Story {
	s, err := Parse(DefaultName, defaultStory)
	if err != nil {
		panic("content: the embedded story does not parse: " + err.Error())
	}
	return s
}

// MaxFileSize is the largest story file cables reads.
const MaxFileSize = 50 << 20

// Error is a source that could not be read, with the reason.
type Error struct {
	Source string
	Err    error
}

func (e *Error) Error() string { return e.Source + ": " + e.Err.Error() }
func (e *Error) Unwrap() error { return e.Err }

// Parse reads one story from a file's bytes. name is the path as the user
// gave it; it becomes the story's Path and, cleaned, its ID.
func Parse(name string, data []byte) (*model.Story, error) {
	text, err := clean(data)
	if err != nil {
		return nil, err
	}
	var s *model.Story
	if isMarkdown(name, text) {
		s = readMarkdown(text)
	} else {
		s = readText(text)
	}
	if s.Title == "" && len(s.Paragraphs) == 0 {
		return nil, errors.New("no story text found")
	}
	s.Path = shownName(name) // as given, less anything unsafe to show
	s.ID = storyID(name)
	extract(s)
	return s, nil
}

// storyID makes a stable identifier from a path or URL.
func storyID(name string) string {
	id := filepath.ToSlash(filepath.Clean(name))
	return strings.TrimPrefix(id, "./")
}

// cause drops the path that os errors repeat, keeping the reason.
func cause(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
