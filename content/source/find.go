package source

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"time"
)

// Entry is one source to read, found from what the user named: a file
// (given, or met walking a directory), a web address, stdin, or a source
// that cannot be read, with the reason.
type Entry struct {
	// Name is the source as the user gave it, or as the walk joined it:
	// what errors name and what a story's path and ID come from.
	Name string
	// Path is a file's absolute, cleaned path, which names it in a cache
	// whatever way it was reached ("d/a.txt", "./d/a.txt"); "" for other
	// sources.
	Path string
	// Info is a file's stat; nil for other sources.
	Info fs.FileInfo
	// Err says why the source cannot be read; nothing else is set but Name.
	Err   error
	URL   bool
	Stdin bool
	// raw is a web address as given, password and all; Name leaves the
	// password out.
	raw string
}

// urlEntry is the entry of a web address.
func urlEntry(src string) Entry { return Entry{Name: redacted(src), URL: true, raw: src} }

// IsFile reports an entry that is a file to read.
func (e Entry) IsFile() bool { return e.Info != nil && e.Err == nil }

// Found is what Find found: the entries in the order the sources were
// named, directories walked in name order, and the directories walked.
type Found struct {
	Entries []Entry
	// Dirs are the absolute paths of the directories walked whole: a
	// cache may forget the files under them that are no longer there.
	Dirs []string
}

// Find turns sources into the entries to read: files (text, Markdown, web
// pages and feeds), directories (walked, hidden entries skipped), http(s)
// URLs, and "-" for stdin. Each file is read once however often it is
// reached ("d d", "d ./d", "d $PWD/d", a folder inside another, a
// symlink or hard link to a file already found): by its device and inode
// where the system has them, else by its real path. Symlinks are followed,
// to files and to directories, except back into a directory being walked.
// Entries that are neither files nor directories (pipes, sockets, devices)
// met walking are reported, not opened: opening a pipe would wait for a
// writer. A pipe named on the command line is read, as `<(curl …)` is.
func Find(sources []string) Found { return FindEach(sources, 0, nil) }

// FindEach is Find handing the entries on as it goes, in batches of
// batch, the last one smaller, so that a caller can start on the first
// files of a big tree before it is walked whole. Together the batches
// are what Find's Entries would be, in order, and Found's Entries are
// then empty: nothing keeps the entries but the caller (issue 14 item
// 12: a second copy of every entry lived as long as the read). found is
// not called when batch is 0.
func FindEach(sources []string, batch int, found func([]Entry)) Found {
	f := finder{files: map[any]bool{}, dirs: map[string]bool{}, urls: map[string]bool{}, batch: batch, each: found}
	for _, src := range sources {
		switch {
		case src == "-":
			if !f.stdin {
				f.stdin = true
				f.add(Entry{Name: stdinName, Stdin: true})
			}
		case isURL(src):
			if !f.urls[src] {
				f.urls[src] = true
				f.add(urlEntry(src))
			}
		default:
			f.path(src)
		}
	}
	f.flush(1)
	return f.out
}

// finder is Find's state: what was found, and what was met already.
type finder struct {
	out   Found
	files map[any]bool    // identities of the files found
	dirs  map[string]bool // real paths of the directories walked
	urls  map[string]bool
	stdin bool

	batch int           // entries per call of each
	each  func([]Entry) // FindEach's found

	wd     string // the working directory ("" when it cannot be known)
	wdRead bool   // wd was asked for
}

// abs is filepath.Abs with the working directory asked for once: Abs asks
// on every call, three system calls, which was a third of the walk of a
// warm start (issue 14: 10,000 files, 55 ms of CPU).
func (f *finder) abs(path string) (string, bool) {
	if filepath.IsAbs(path) {
		return filepath.Clean(path), true
	}
	if !f.wdRead {
		f.wdRead = true
		if wd, err := os.Getwd(); err == nil {
			f.wd = wd
		}
	}
	if f.wd == "" {
		return "", false
	}
	return filepath.Join(f.wd, path), true
}

// add appends an entry, and hands a batch on when there is one.
func (f *finder) add(e Entry) {
	f.out.Entries = append(f.out.Entries, e)
	f.flush(f.batch)
}

// flush hands on the entries found, and forgets them, when there are at
// least least of them.
func (f *finder) flush(least int) {
	if f.each == nil || f.batch <= 0 || least <= 0 || len(f.out.Entries) < least {
		return
	}
	f.each(slices.Clone(f.out.Entries))
	clear(f.out.Entries)
	f.out.Entries = f.out.Entries[:0]
}

func (f *finder) fail(name string, err error) { f.add(Entry{Name: name, Err: err}) }

// path finds what a path given on the command line holds.
func (f *finder) path(path string) {
	info, err := os.Stat(path)
	switch {
	case err != nil:
		f.fail(path, cause(err))
	case info.IsDir():
		real, err := filepath.EvalSymlinks(path)
		if err != nil {
			f.fail(path, cause(err))
			return
		}
		if f.dirs[real] {
			return // "d d", or a folder inside one walked already
		}
		f.dirs[real] = true
		if abs, ok := f.abs(path); ok {
			f.out.Dirs = append(f.out.Dirs, abs)
		}
		f.walk(path, map[string]bool{real: true})
	default:
		f.file(path, info)
	}
}

// file adds a file unless it was found already.
func (f *finder) file(path string, info fs.FileInfo) {
	id := identity(path, info)
	if f.files[id] {
		return
	}
	f.files[id] = true
	abs, _ := f.abs(path)
	f.add(Entry{Name: path, Path: abs, Info: keptInfo(info)})
}

// keptInfo is what a read and the cache need of a file's stat, its name,
// size, mode and time, without the system's whole record (Sys), which is
// read only for the file's identity: a library's entries all live until
// the last is read (issue 14 item 12: 208 bytes a file, now 64).
func keptInfo(info fs.FileInfo) fs.FileInfo {
	return &fileInfo{name: info.Name(), size: info.Size(), mode: info.Mode(), modTime: info.ModTime()}
}

// fileInfo is a file's stat, Sys left out.
type fileInfo struct {
	name    string
	size    int64
	mode    fs.FileMode
	modTime time.Time
}

func (i *fileInfo) Name() string       { return i.name }
func (i *fileInfo) Size() int64        { return i.size }
func (i *fileInfo) Mode() fs.FileMode  { return i.mode }
func (i *fileInfo) ModTime() time.Time { return i.modTime }
func (i *fileInfo) IsDir() bool        { return i.mode.IsDir() }
func (i *fileInfo) Sys() any           { return nil }

// walk finds every non-hidden file under dir; open holds the real paths
// of the directories being walked, to tell a symlink loop.
func (f *finder) walk(dir string, open map[string]bool) {
	names, err := sortedNames(dir)
	if err != nil {
		f.fail(dir, cause(err))
		return
	}
	for _, name := range names {
		if strings.HasPrefix(name, ".") {
			continue
		}
		path := filepath.Join(dir, name)
		info, err := os.Stat(path)
		switch {
		case err != nil && isSymlink(path):
			f.fail(path, symlinkError(err))
		case err != nil:
			f.fail(path, cause(err))
		case info.IsDir():
			real, err := filepath.EvalSymlinks(path)
			switch {
			case err != nil:
				f.fail(path, symlinkError(err))
			case open[real]:
				f.fail(path, errors.New("symlink loop (links back to a directory being read); not followed"))
			case f.dirs[real]:
				// Reached again by another link: read once is enough.
			default:
				f.dirs[real] = true
				open[real] = true
				f.walk(path, open)
				delete(open, real)
			}
		case !info.Mode().IsRegular():
			f.fail(path, fmt.Errorf("not a regular file (%s); skipped", FileKind(info.Mode())))
		default:
			f.file(path, info)
		}
	}
}

// sortedNames are the names in dir in name order: os.ReadDir's, without
// an entry made for each (issue 14: the first stories of a folder of
// 100,000 wait for the whole folder to be read; ReadDir took 160-330 ms,
// the names sorted 70-220).
func sortedNames(dir string) ([]string, error) {
	d, err := os.Open(dir)
	if err != nil {
		return nil, err
	}
	defer d.Close()
	names, err := d.Readdirnames(-1)
	slices.Sort(names)
	return names, err
}

// isSymlink reports whether path is a symbolic link.
func isSymlink(path string) bool {
	info, err := os.Lstat(path)
	return err == nil && info.Mode()&fs.ModeSymlink != 0
}

// realPath is a file's identity where the system gives no inode: its
// path with every symlink resolved, or as given when that fails.
func realPath(path string) string {
	if real, err := filepath.EvalSymlinks(path); err == nil {
		if abs, err := filepath.Abs(real); err == nil {
			return abs
		}
	}
	return path
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

// FileKind names what a path that is not a regular file is: "directory",
// "named pipe", "socket", "device" or "special file".
func FileKind(m fs.FileMode) string {
	switch {
	case m.IsDir():
		return "directory"
	case m&fs.ModeNamedPipe != 0:
		return "named pipe"
	case m&fs.ModeSocket != 0:
		return "socket"
	case m&fs.ModeDevice != 0:
		return "device"
	}
	return "special file"
}
