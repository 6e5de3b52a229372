// Package source finds and reads what cables is given: files, directories,
// web addresses and stdin. It refuses what is not a story's bytes (empty,
// binary, over the size limits) with a one-line reason naming the source,
// tells a page from a feed from text by content as well as by name, and
// hands each source on as a Document. It knows nothing of what a page says.
package source

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"strings"

	"cables/model"
)

// Document is one source's bytes as read, with what is known about them.
type Document struct {
	// Name is the source as the user gave it (a URL without its
	// password): what errors name and what a story's path and ID come
	// from.
	Name string
	// ContentType is what a server declared, or "".
	ContentType string
	// URL is where a fetched page came from after redirects, without its
	// password; "" for files and stdin.
	URL string
	// Stdin is set when the bytes were piped in: nothing names them.
	Stdin bool
	Kind  Kind
	Data  []byte
	// Checked is set once Read has found the bytes to be text (not empty,
	// not binary) and, for text, of a shape a story has (CheckText): the
	// reader after it need not look again.
	Checked bool
}

// Error is a source that could not be read, with the reason.
type Error struct {
	Source string
	Err    error
}

func (e *Error) Error() string { return e.Source + ": " + e.Err.Error() }
func (e *Error) Unwrap() error { return e.Err }

// one makes the single error of a source.
func one(source string, err error) []error { return []error{&Error{source, err}} }

// Read checks a source's bytes (not empty, not binary; text not of a
// shape no story has: see CheckText), tells their kind and hands them to
// read: what Load does with each source.
func Read[T any](doc Document, read func(Document) ([]T, []error)) ([]T, []error) {
	data := doc.Data
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, one(doc.Name, errEmpty)
	}
	utf16 := bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF})
	// The control bytes are counted once for both sniffs: looksGarbled's
	// sample is the start of looksBinary's, and text has none.
	if odd := countOdd(binarySample(data)); !utf16 && (looksBinaryOdd(data, odd) || odd > 0 && looksGarbled(data)) {
		return nil, one(doc.Name, errBinary)
	}
	if f := dataFormat(doc.Name, doc.ContentType, data); f != "" {
		return nil, one(doc.Name, fmt.Errorf("not a story (%s data)", f))
	}
	doc.Kind = sniff(doc.Name, doc.ContentType, data)
	if doc.Kind == Text {
		if err := CheckText(data); err != nil {
			return nil, one(doc.Name, err)
		}
	}
	doc.Checked = true
	return read(doc)
}

// ID is the ID of the story a source gives: a URL as it is (cleaning it
// as a path would fold its "//"), a path cleaned; either without the
// escapes and controls a file name may hold.
func ID(name string) string {
	if isURL(name) {
		return ShownName(name)
	}
	return ShownName(PathID(name))
}

// PathID makes a stable identifier from a path or URL: the path cleaned,
// with forward slashes, without a leading "./".
func PathID(name string) string {
	id := filepath.ToSlash(filepath.Clean(name))
	return strings.TrimPrefix(id, "./")
}

// ShownName is a source's name made safe to show: sanitised, on one line.
func ShownName(name string) string {
	return strings.ReplaceAll(model.Sanitize(name), "\n", " ")
}

// isURL reports a source that names a web address rather than a file.
func isURL(src string) bool {
	lower := strings.ToLower(src)
	return strings.HasPrefix(lower, "http://") || strings.HasPrefix(lower, "https://")
}

// cause drops the path that os errors repeat, keeping the reason.
func cause(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
