package source

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"syscall"
)

// Load reads sources: files (text, Markdown, web pages and feeds, told
// apart by content as well as by name), directories (walked, hidden entries
// skipped), http(s) URLs, and "-" for stdin. Each source that gives bytes
// is checked (not empty, not binary), its kind sniffed, and handed to read
// as a Document; read turns it into values, a feed perhaps into several.
// A source that fails is reported as an *Error and everything else still
// loads. Files are read in parallel, each on its own core, and each
// document is read as soon as its bytes are in, so that memory holds a few
// files at a time, not the library.
func Load[T any](ctx context.Context, stdin io.Reader, sources []string, read func(Document) ([]T, []error)) ([]T, []error) {
	l := loader[T]{read: read}
	f := newFetcher()
	for _, src := range sources {
		switch {
		case ctx.Err() != nil:
			l.fail(&Error{src, errors.New("not read: cancelled")})
		case src == "-":
			l.add(readStdin(stdin, read))
		case isURL(src):
			l.add(load(ctx, f, src, read))
		default:
			l.loadPath(src)
		}
	}
	l.readFiles(ctx)
	var values []T
	var errs []error
	for _, it := range l.items {
		values = append(values, it.values...)
		errs = append(errs, it.errs...)
	}
	// A file name may hold escapes too; what names a source on a screen is
	// cleaned like everything else shown there.
	for _, err := range errs {
		if e, ok := err.(*Error); ok {
			e.Source = ShownName(e.Source)
		}
	}
	return values, errs
}

// loader gathers what the sources give, in the order they were named.
// Files are read last, in parallel, each into its own place in that order.
type loader[T any] struct {
	read     func(Document) ([]T, []error)
	items    []loaded[T]
	dirsRead map[string]bool // real paths of the directories walked
}

// loaded is what one source gave, or the file still to read for it.
type loaded[T any] struct {
	file   string
	values []T
	errs   []error
}

func (l *loader[T]) add(values []T, errs []error) {
	l.items = append(l.items, loaded[T]{values: values, errs: errs})
}

func (l *loader[T]) fail(err error) { l.add(nil, []error{err}) }

func (l *loader[T]) addFile(path string) { l.items = append(l.items, loaded[T]{file: path}) }

// readFiles reads the files found, on as many cores as there are: parsing
// a large library is work for all of them.
func (l *loader[T]) readFiles(ctx context.Context) {
	var wg sync.WaitGroup
	slots := make(chan struct{}, runtime.GOMAXPROCS(0))
	for i := range l.items {
		it := &l.items[i]
		if it.file == "" {
			continue
		}
		if ctx.Err() != nil {
			it.errs = []error{&Error{it.file, errors.New("not read: cancelled")}}
			continue
		}
		wg.Add(1)
		slots <- struct{}{}
		go func() {
			defer wg.Done()
			it.values, it.errs = readFile(it.file, l.read)
			<-slots
		}()
	}
	wg.Wait()
}

// loadPath reads a path as given on the command line: a directory is
// walked; anything else that opens is read, pipes such as `<(curl …)`
// included.
func (l *loader[T]) loadPath(path string) {
	info, err := os.Stat(path)
	if err != nil {
		l.fail(&Error{path, cause(err)})
		return
	}
	if info.IsDir() {
		l.walk(path)
		return
	}
	l.addFile(path)
}

// readFile reads one file, refusing one over MaxFileSize before reading
// it. The read is capped as well, for pipes and for files that grow.
func readFile[T any](path string, read func(Document) ([]T, []error)) ([]T, []error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, one(path, cause(err))
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, one(path, cause(err))
	}
	if info.Mode().IsRegular() && info.Size() > MaxFileSize {
		return nil, one(path, &sizeError{info.Size(), MaxFileSize})
	}
	data, err := readLimited(f, MaxFileSize, info.Size())
	if err != nil {
		return nil, one(path, cause(err))
	}
	return Read(Document{Name: path, Data: data}, read)
}

// walk reads every non-hidden file under dir. Symlinks are followed, to
// files and to directories, except back into a directory being walked.
// Entries that are neither files nor directories (pipes, sockets, devices)
// are reported, not opened: opening a pipe would wait for a writer.
func (l *loader[T]) walk(dir string) {
	real, err := filepath.EvalSymlinks(dir)
	if err != nil {
		l.fail(&Error{dir, cause(err)})
		return
	}
	if l.dirsRead == nil {
		l.dirsRead = map[string]bool{}
	}
	l.dirsRead[real] = true
	l.walkIn(dir, map[string]bool{real: true})
}

func (l *loader[T]) walkIn(dir string, open map[string]bool) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		l.fail(&Error{dir, cause(err)})
		return
	}
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") {
			continue
		}
		path := filepath.Join(dir, e.Name())
		info, err := os.Stat(path)
		switch {
		case err != nil && e.Type()&fs.ModeSymlink != 0:
			l.fail(&Error{path, symlinkError(err)})
		case err != nil:
			l.fail(&Error{path, cause(err)})
		case info.IsDir():
			real, err := filepath.EvalSymlinks(path)
			switch {
			case err != nil:
				l.fail(&Error{path, symlinkError(err)})
			case open[real]:
				l.fail(&Error{path, errors.New("symlink loop (links back to a directory being read); not followed")})
			case l.dirsRead[real]:
				// Reached again by another link: read once is enough.
			default:
				l.dirsRead[real] = true
				open[real] = true
				l.walkIn(path, open)
				delete(open, real)
			}
		case !info.Mode().IsRegular():
			l.fail(&Error{path, fmt.Errorf("not a regular file (%s); skipped", fileKind(info.Mode()))})
		default:
			l.addFile(path)
		}
	}
}

// symlinkError names the two ways a symlink fails in reader's words.
func symlinkError(err error) error {
	switch {
	case errors.Is(err, syscall.ELOOP):
		return errors.New("symlink loop")
	case errors.Is(err, fs.ErrNotExist):
		return errors.New("broken symlink (its target does not exist)")
	}
	return cause(err)
}

// fileKind names a special file's type.
func fileKind(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "named pipe"
	case m&fs.ModeSocket != 0:
		return "socket"
	case m&fs.ModeDevice != 0:
		return "device"
	}
	return "special file"
}
