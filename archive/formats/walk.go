package formats

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"cables/model"
)

// Stats counts what reading an archive found.
type Stats struct {
	Files    int   // files read as cables or cable archives
	Cables   int   // cables read
	Skipped  int   // malformed rows and pages, each reported
	Other    int   // files in the folders that hold no cable (index pages, notes)
	Bytes    int64 // bytes read so far
	Total    int64 // bytes of all the archive files, known before reading
	Failures int   // files that could not be read at all
}

// MaxPageBytes caps one site page or text file: a cable page is tens of
// kilobytes.
const MaxPageBytes = 32 << 20

// Read reads every cable in paths (cables.csv files, cablegate site folders,
// folders or files of reprints) and hands each to emit, with its release's
// location filled in. A malformed row or page goes to report and is
// skipped; so is a file that cannot be read. st is kept up to date as
// reading goes, for progress. An error from emit or ctx stops reading.
func Read(ctx context.Context, paths []string, st *Stats, emit func(model.CableDoc) error, report func(error)) error {
	var files []archiveFile
	for _, p := range paths {
		found, err := findFiles(p, st)
		if err != nil {
			st.Failures++
			report(err)
			continue
		}
		files = append(files, found...)
	}
	for _, f := range files {
		st.Total += f.size
	}
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			return err
		}
		var err error
		if f.format == model.FormatCSV {
			err = readCSV(ctx, f, st, emit, report)
		} else {
			err = readPage(f, st, emit, report)
		}
		var stop stopError
		if errors.As(err, &stop) {
			return stop.err
		}
		if err != nil {
			st.Failures++
			report(err)
		}
	}
	return nil
}

// stopError carries an error that ends reading (from emit or ctx) past the
// per-file reporting.
type stopError struct{ err error }

func (e stopError) Error() string { return e.err.Error() }

type archiveFile struct {
	path   string
	format model.ArchiveFormat
	size   int64
}

// sitePage matches where the cablegate site keeps a cable's page.
var sitePage = regexp.MustCompile(`(^|/)cable/\d{4}/\d{2}/[^/]+\.html?$`)

// findFiles lists the archive files at path: the file itself, or every
// archive file under a folder (hidden entries skipped).
func findFiles(path string, st *Stats) ([]archiveFile, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, cause(err))
	}
	if !info.IsDir() {
		format, ok := formatOf(path, false)
		if !ok {
			return nil, fmt.Errorf("%s: not a cable archive (want a cables.csv, a cablegate site folder, or .txt or .html cables)", path)
		}
		return []archiveFile{{path, format, info.Size()}}, nil
	}
	var files []archiveFile
	err = filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return fmt.Errorf("%s: %w", p, cause(err))
		}
		if p != path && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if !d.Type().IsRegular() {
			return nil
		}
		format, ok := formatOf(p, true)
		if !ok {
			st.Other++
			return nil
		}
		info, err := d.Info()
		if err != nil {
			return fmt.Errorf("%s: %w", p, cause(err))
		}
		files = append(files, archiveFile{p, format, info.Size()})
		return nil
	})
	return files, err
}

// formatOf tells an archive file's layout by its name. In a folder, only
// pages where the site keeps cables are read as cables: its other pages
// list or search them.
func formatOf(path string, inFolder bool) (model.ArchiveFormat, bool) {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".csv":
		return model.FormatCSV, true
	case ".txt":
		return model.FormatReprint, true
	case ".html", ".htm":
		if !inFolder || sitePage.MatchString(filepath.ToSlash(path)) {
			return model.FormatSite, true
		}
	}
	return "", false
}

func readCSV(ctx context.Context, f archiveFile, st *Stats, emit func(model.CableDoc) error, report func(error)) error {
	file, err := os.Open(f.path)
	if err != nil {
		return fmt.Errorf("%s: %w", f.path, cause(err))
	}
	defer file.Close()
	st.Files++
	start := st.Bytes
	r := NewCSVReader(file, f.path)
	for n := 0; ; n++ {
		if n%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return stopError{err}
			}
		}
		row, err := r.Next()
		if errors.Is(err, io.EOF) {
			st.Bytes = start + f.size
			return nil
		}
		var rowErr *RowError
		if errors.As(err, &rowErr) {
			st.Skipped++
			report(err)
			continue
		}
		if err != nil {
			return err
		}
		st.Bytes = start + row.Offset + row.Length
		doc, err := CSVCable(row, f.path)
		if err != nil {
			st.Skipped++
			report(err)
			continue
		}
		st.Cables++
		if err := emit(doc); err != nil {
			return stopError{err}
		}
	}
}

func readPage(f archiveFile, st *Stats, emit func(model.CableDoc) error, report func(error)) error {
	if f.size > MaxPageBytes {
		st.Bytes += f.size
		st.Skipped++
		report(fmt.Errorf("%s: larger than %d MB, not a cable page", f.path, MaxPageBytes>>20))
		return nil
	}
	data, err := os.ReadFile(f.path)
	if err != nil {
		return fmt.Errorf("%s: %w", f.path, cause(err))
	}
	st.Files++
	st.Bytes += f.size
	doc, err := ReadPage(data, f.path, f.format)
	if err != nil {
		if errors.Is(err, ErrNotCable) {
			st.Other++ // a note among the cables, not a broken cable
			return nil
		}
		st.Skipped++
		report(err)
		return nil
	}
	st.Cables++
	if err := emit(doc); err != nil {
		return stopError{err}
	}
	return nil
}

// ReadPage reads a one-cable file of the given layout.
func ReadPage(data []byte, path string, format model.ArchiveFormat) (model.CableDoc, error) {
	if format == model.FormatSite {
		return SiteCable(data, path)
	}
	return ReprintCable(data, path)
}

// cause is an OS error without the path it repeats.
func cause(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
