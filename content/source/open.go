package source

import (
	"context"
	"errors"
	"io"
)

// Opener reads the bytes of entries: files, web addresses and stdin.
// Every read gives up when its context is cancelled, even one blocked on
// a pipe with no writer or a terminal nobody types into.
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

// ErrInterrupted is a read given up because the run was cancelled
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
		data, err := interruptible(ctx, func() ([]byte, error) { return readLimited(o.stdin, MaxFileSize, 0) })
		return Document{Name: stdinName, Stdin: true, Data: data}, err
	}
	if e.Info.Mode().IsRegular() && e.Info.Size() > MaxFileSize {
		return Document{}, &sizeError{e.Info.Size(), MaxFileSize}
	}
	if e.Info.Mode().IsRegular() {
		// A regular file's reads end by themselves: it is read here, not
		// on a goroutine of its own that the reader waits for (issue 14:
		// the hand-off per file left each core idle a tenth of a library's
		// first read).
		data, err := readRegular(ctx, e.Name, e.Info.Size())
		if err != nil && ctx.Err() != nil {
			return Document{}, ErrInterrupted
		}
		return Document{Name: e.Name, Data: data}, err
	}
	// Opening a pipe waits for a writer, and reading it for the writer's
	// bytes, in calls nothing can interrupt.
	data, err := interruptible(ctx, func() ([]byte, error) { return readFile(context.Background(), e.Name) })
	return Document{Name: e.Name, Data: data}, err
}

// readFile reads a file, checking between reads that the run goes on.
func readFile(ctx context.Context, path string) ([]byte, error) {
	f, err := openFile(path)
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
	data, err := readLimited(ctxReader{ctx, f}, MaxFileSize, info.Size())
	if err != nil {
		return nil, cause(err)
	}
	return data, nil
}

// ctxReader stops reading once its context is cancelled.
type ctxReader struct {
	ctx context.Context
	r   io.Reader
}

func (c ctxReader) Read(p []byte) (int, error) {
	if c.ctx.Err() != nil {
		return 0, ErrInterrupted
	}
	return c.r.Read(p)
}

// interruptible runs a read that may block for ever on a goroutine of its
// own, and gives up on it when ctx is cancelled. A read given up stays
// blocked until the process ends or its writer comes: nothing else can
// end a thread waiting in open(2) on a pipe, and the process ends soon
// after an interrupt anyway.
func interruptible(ctx context.Context, read func() ([]byte, error)) ([]byte, error) {
	type result struct {
		data []byte
		err  error
	}
	done := make(chan result, 1)
	go func() {
		data, err := read()
		done <- result{data, err}
	}()
	select {
	case r := <-done:
		if r.err != nil && ctx.Err() != nil {
			return nil, ErrInterrupted
		}
		return r.data, r.err
	case <-ctx.Done():
		return nil, ErrInterrupted
	}
}
