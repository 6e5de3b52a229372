package source

import (
	"context"
	"errors"
	"io"
	"os"
)

// Opener reads the bytes of entries: files, web addresses and stdin.
type Opener struct {
	stdin io.Reader
	fetch *fetcher
}

// NewOpener reads "-" from stdin.
func NewOpener(stdin io.Reader) *Opener {
	if stdin == nil {
		stdin = eofReader{}
	}
	return &Opener{stdin: stdin, fetch: newFetcher()}
}

type eofReader struct{}

func (eofReader) Read([]byte) (int, error) { return 0, io.EOF }

// ErrInterrupted is a source not read because the run was cancelled
// (Ctrl-C, SIGTERM, the reader closed).
var ErrInterrupted = errors.New("not read: interrupted")

// Open reads an entry's bytes into a Document, or says why it cannot.
// A file over MaxFileSize is refused before it is read; a read is capped
// as well, for pipes and for files that grow.
func (o *Opener) Open(ctx context.Context, e Entry) (Document, error) {
	if e.Err != nil {
		return Document{}, e.Err
	}
	if ctx.Err() != nil {
		return Document{}, ErrInterrupted
	}
	switch {
	case e.URL:
		data, contentType, finalURL, err := o.fetch.get(ctx, e.raw)
		if err != nil {
			return Document{}, err
		}
		return Document{Name: e.Name, ContentType: contentType, URL: redacted(finalURL), Data: data}, nil
	case e.Stdin:
		data, err := readLimited(o.stdin, MaxFileSize, 0)
		return Document{Name: stdinName, Stdin: true, Data: data}, err
	}
	if e.Info.Mode().IsRegular() && e.Info.Size() > MaxFileSize {
		return Document{}, &sizeError{e.Info.Size(), MaxFileSize}
	}
	data, err := readFile(e.Name)
	return Document{Name: e.Name, Data: data}, err
}

// readFile reads a file.
func readFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, cause(err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, cause(err)
	}
	if info.Mode().IsRegular() && info.Size() > MaxFileSize {
		return nil, &sizeError{info.Size(), MaxFileSize}
	}
	data, err := readLimited(f, MaxFileSize, info.Size())
	if err != nil {
		return nil, cause(err)
	}
	return data, nil
}
