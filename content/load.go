package content

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"cables/model"
)

// Load reads stories from sources: files, directories (walked, hidden files
// skipped), and later URLs and "-" for stdin. A source that fails is
// reported as an *Error and everything else still loads.
func Load(ctx context.Context, sources []string) ([]*model.Story, []error) {
	return LoadFiles(sources)
}

// LoadFiles reads every path: files, and directories walked for their
// non-hidden files. A source that fails is reported and the rest still load.
func LoadFiles(paths []string) ([]*model.Story, []error) {
	var stories []*model.Story
	var errs []error
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			errs = append(errs, &Error{p, cause(err)})
			continue
		}
		if !info.IsDir() {
			s, err := LoadFile(p)
			if err != nil {
				errs = append(errs, err)
				continue
			}
			stories = append(stories, s)
			continue
		}
		walkErr := filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				errs = append(errs, &Error{path, cause(err)})
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if path != p && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() || !d.Type().IsRegular() {
				return nil
			}
			s, err := LoadFile(path)
			if err != nil {
				errs = append(errs, err)
				return nil
			}
			stories = append(stories, s)
			return nil
		})
		if walkErr != nil {
			errs = append(errs, &Error{p, cause(walkErr)})
		}
	}
	return stories, errs
}

// LoadFile reads one story file, refusing files over MaxFileSize before
// reading them.
func LoadFile(path string) (*model.Story, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, &Error{path, cause(err)}
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, &Error{path, cause(err)}
	}
	if info.Size() > MaxFileSize {
		return nil, &Error{path, fmt.Errorf("too large (%d MB; the limit is %d MB)", info.Size()>>20, MaxFileSize>>20)}
	}
	data := make([]byte, info.Size())
	if _, err := io.ReadFull(f, data); err != nil {
		return nil, &Error{path, cause(err)}
	}
	s, err := Parse(path, data)
	if err != nil {
		return nil, &Error{path, err}
	}
	return s, nil
}
