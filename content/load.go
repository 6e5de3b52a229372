package content

import (
	"bytes"
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

	"cables/model"
)

// maxParagraph is the longest title or paragraph a story may have. News
// paragraphs run to a few hundred words; a megabyte on one line is a dump,
// a log or an attack on the screen, not a story.
const maxParagraph = 64 << 10

// Load reads stories from sources: files (text, Markdown, web pages and
// feeds, told apart by content as well as by name), directories (walked,
// hidden entries skipped), http(s) URLs, and "-" for stdin. A feed gives
// one story per item. A source that fails is reported as an *Error and
// everything else still loads.
func Load(ctx context.Context, sources []string) ([]*model.Story, []error) {
	return LoadFrom(ctx, os.Stdin, sources)
}

// LoadFrom is Load with "-" read from stdin, for callers that hold their
// own standard input, as commands under test do.
func LoadFrom(ctx context.Context, stdin io.Reader, sources []string) ([]*model.Story, []error) {
	var l loader
	f := newFetcher()
	for _, src := range sources {
		switch {
		case ctx.Err() != nil:
			l.fail(&Error{src, errors.New("not read: cancelled")})
		case src == "-":
			l.add(readStdin(stdin))
		case isURL(src):
			l.add(f.load(ctx, src))
		default:
			l.loadPath(src)
		}
	}
	l.readFiles(ctx)
	var stories []*model.Story
	var errs []error
	for _, it := range l.items {
		stories = append(stories, it.stories...)
		errs = append(errs, it.errs...)
	}
	// A file name may hold escapes too; what names a source on a screen is
	// cleaned like everything else shown there.
	for _, err := range errs {
		if e, ok := err.(*Error); ok {
			e.Source = shownName(e.Source)
		}
	}
	return stories, errs
}

// loader gathers what the sources give, in the order they were named.
// Files are read last, in parallel, each into its own place in that order.
type loader struct {
	items    []loaded
	dirsRead map[string]bool // real paths of the directories walked
}

// loaded is what one source gave, or the file still to read for it.
type loaded struct {
	file    string
	stories []*model.Story
	errs    []error
}

func (l *loader) add(stories []*model.Story, errs []error) {
	l.items = append(l.items, loaded{stories: stories, errs: errs})
}

func (l *loader) fail(err error) { l.add(nil, []error{err}) }

func (l *loader) addFile(path string) { l.items = append(l.items, loaded{file: path}) }

// readFiles reads the files found, on as many cores as there are: parsing
// a large library is work for all of them.
func (l *loader) readFiles(ctx context.Context) {
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
			it.stories, it.errs = readFile(it.file)
			<-slots
		}()
	}
	wg.Wait()
}

// loadPath reads a path as given on the command line: a directory is
// walked; anything else that opens is read, pipes such as `<(curl …)`
// included.
func (l *loader) loadPath(path string) {
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
func readFile(path string) ([]*model.Story, []error) {
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
	return readSource(path, "", "", data)
}

// readLimited reads r to its end or to one byte past limit, whichever
// comes first, so that no source can make cables hold more than the cap.
// sizeHint, the expected size when known, lets the buffer be made once
// rather than grown by doubling to twice what it holds.
func readLimited(r io.Reader, limit, sizeHint int64) ([]byte, error) {
	var buf bytes.Buffer
	if sizeHint > 0 && sizeHint <= limit {
		buf.Grow(int(sizeHint) + bytes.MinRead)
	}
	if _, err := buf.ReadFrom(io.LimitReader(r, limit+1)); err != nil {
		return nil, err
	}
	if int64(buf.Len()) > limit {
		return nil, &sizeError{-1, limit}
	}
	return buf.Bytes(), nil
}

// sizeError is a source over the size cap, with its size when known.
type sizeError struct{ size, limit int64 }

func (e *sizeError) Error() string {
	if e.size < 0 {
		return fmt.Sprintf("too large (over the %s limit)", megabytes(e.limit))
	}
	return fmt.Sprintf("too large (%s; the limit is %s)", megabytes(e.size), megabytes(e.limit))
}

// megabytes shows a size in MB, or in KB when under one, rounded up so
// that a size just over a limit never reads as equal to it.
func megabytes(n int64) string {
	if n < 1<<20 {
		return fmt.Sprintf("%d KB", (n+1<<10-1)>>10)
	}
	return fmt.Sprintf("%d MB", (n+1<<20-1)>>20)
}

// one makes the single error of a source.
func one(source string, err error) []error { return []error{&Error{source, err}} }

// readSource reads the stories in one source's bytes. name is the source as
// the user gave it; contentType is what a server declared, or "".
func readSource(name, contentType, pageURL string, data []byte) ([]*model.Story, []error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, one(name, errEmpty)
	}
	utf16 := bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF})
	if !utf16 && (looksBinary(data) || looksGarbled(data)) {
		return nil, one(name, errBinary)
	}
	switch sniff(name, contentType, data) {
	case kindFeed:
		return readFeed(name, data)
	case kindHTML:
		s, err := readHTML(data, contentType, pageURL)
		if err == nil {
			err = checkLengths(s)
		}
		if err != nil {
			return nil, one(name, err)
		}
		s.Path, s.ID = name, sourceID(name)
		extract(s)
		return []*model.Story{s}, nil
	}
	if err := checkLines(data); err != nil {
		return nil, one(name, err)
	}
	s, err := Parse(name, data)
	if err != nil {
		return nil, one(name, err)
	}
	s.ID = sourceID(name)
	return []*model.Story{s}, nil
}

// sourceID is the ID of the story a source gives: a URL as it is (cleaning
// it as a path would fold its "//"), a path cleaned; either without the
// escapes and controls a file name may hold.
func sourceID(name string) string {
	if isURL(name) {
		return shownName(name)
	}
	return shownName(storyID(name))
}

// shownName is a source's name made safe to show: sanitised, on one line.
func shownName(name string) string {
	return strings.ReplaceAll(model.Sanitize(name), "\n", " ")
}

// checkLines refuses text with a line no story has, before it is parsed.
func checkLines(data []byte) error {
	longest := 0
	for len(data) > 0 {
		i := bytes.IndexAny(data, "\n\r")
		if i < 0 {
			i = len(data)
		}
		longest = max(longest, i)
		data = data[min(i+1, len(data)):]
	}
	return lineError(longest)
}

// checkLengths refuses a story with a title or paragraph no story has.
func checkLengths(s *model.Story) error {
	longest := len(s.Title)
	for _, p := range s.Paragraphs {
		longest = max(longest, len(p))
	}
	return lineError(longest)
}

func lineError(longest int) error {
	if longest > maxParagraph {
		return fmt.Errorf("a line of %d KB; no story has one over %d KB", longest>>10, maxParagraph>>10)
	}
	return nil
}

// isURL reports a source that names a web address rather than a file.
func isURL(src string) bool {
	lower := strings.ToLower(src)
	return strings.HasPrefix(lower, "http://") || strings.HasPrefix(lower, "https://")
}

// walk reads every non-hidden file under dir. Symlinks are followed, to
// files and to directories, except back into a directory being walked.
// Entries that are neither files nor directories (pipes, sockets, devices)
// are reported, not opened: opening a pipe would wait for a writer.
func (l *loader) walk(dir string) {
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

func (l *loader) walkIn(dir string, open map[string]bool) {
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
