package lex

import (
	"bufio"
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"strings"
)

// Word lists are data: each is a text file of its own under a stage's
// words/ folder, embedded in the binary, one entry a line (a word or a
// phrase, written as it is written; lookups are in lower case). The lines
// at its top, starting with "#", say what the list is for and where it came
// from. The lists are read once, when the program starts, into the maps
// the rules look words up in.

// words are the lists of the shared vocabulary.
//
//go:embed words/*.txt
var words embed.FS

// A List is a word list as its file gives it.
type List struct {
	// About is the comment at the file's top: what the list is for and
	// where it came from.
	About []string
	// Entries are the list's words and phrases in the file's order, in
	// lower case.
	Entries []string
}

// ReadList reads the word list in file name of fsys. A file with no
// comment at its top, or no entries, is refused.
func ReadList(fsys fs.FS, name string) (List, error) {
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		return List{}, err
	}
	var l List
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "":
		case strings.HasPrefix(line, "#"):
			if len(l.Entries) == 0 {
				l.About = append(l.About, strings.TrimSpace(strings.TrimPrefix(line, "#")))
			}
		default:
			l.Entries = append(l.Entries, strings.ToLower(line))
		}
	}
	switch {
	case len(l.About) == 0:
		return List{}, fmt.Errorf("%s: no comment at the top saying what the list is for and where it came from", name)
	case len(l.Entries) == 0:
		return List{}, errors.New(name + ": no entries")
	}
	return l, nil
}

// Set is the list as a lookup. An entry with an apostrophe is found
// however a page prints it, straight or curly: "d'affaires" and
// "d’affaires".
func (l List) Set() map[string]bool {
	m := make(map[string]bool, len(l.Entries))
	for _, e := range l.Entries {
		m[e] = true
		if strings.IndexByte(e, '\'') >= 0 {
			m[strings.ReplaceAll(e, "'", "’")] = true
		}
	}
	return m
}

// MustSet reads a list embedded in a stage as a lookup. A list that cannot
// be read is a mistake in the program, not in its input, and the tests
// read every one: it panics.
func MustSet(fsys fs.FS, name string) map[string]bool {
	l, err := ReadList(fsys, name)
	if err != nil {
		panic("lex: " + err.Error())
	}
	return l.Set()
}
