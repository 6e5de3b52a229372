package cli

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode"

	"github.com/spf13/cobra"
	"golang.org/x/text/unicode/norm"

	"cables/content"
	"cables/model"
)

func (a *App) addCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "add PATH|URL...",
		Short: "Copy stories into your library",
		Long: "Copy stories into the library directory ($XDG_DATA_HOME/cables), which\n" +
			"`cables` reads when given no paths. The source is never changed; each copy\n" +
			"is written whole or not at all, and a story already there is not copied\n" +
			"again. A file is copied as it is; a feed's items, a URL and stdin are each\n" +
			"saved as a Markdown story.",
		Args: withArgs(cobra.MinimumNArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			dir := a.libraryDir()
			if dir == "" {
				return errors.New("no library directory: set HOME or XDG_DATA_HOME")
			}
			removeStaleTemps(dir)
			failed := false
			for _, src := range args {
				added, errs := a.addOne(cmd.Context(), dir, src)
				for _, dest := range added {
					// The path names a file someone else named: it may hold
					// escape sequences that must not reach the terminal.
					fmt.Fprintf(a.Stdout, "added %s\n", model.Sanitize(dest))
				}
				if a.reportErrors(errs) {
					failed = true
				}
			}
			if failed {
				return errReported
			}
			return nil
		},
	}
}

// addOne copies the stories of one source into dir and returns where they
// went. A story must load first, so the library never holds something
// cables can't read. A file of one story is copied byte for byte, under
// its name made safe to show; each item of a feed, a URL or stdin is saved
// as Markdown.
//
// A feed is split into its items rather than copied because a feed file is
// a snapshot: the next one repeats most items, and copied whole, every
// repeated item would be listed twice. Item by item, an item already in
// the library is recognised and not written again, each story can be
// removed on its own, and a feed's URL works the same way as its file.
func (a *App) addOne(ctx context.Context, dir, src string) ([]string, []error) {
	if info, err := os.Stat(src); err == nil && info.IsDir() {
		return nil, []error{fmt.Errorf("%s: is a directory; add takes files and URLs", src)}
	}
	stories, errs := a.Load(ctx, a.Stdin, []string{src})
	if len(stories) == 0 {
		return nil, errs
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, append(errs, fmt.Errorf("%s: %w", dir, cause(err)))
	}
	info, statErr := os.Stat(src)
	if statErr == nil && info.Mode().IsRegular() && len(stories) == 1 && len(errs) == 0 && !isFeedItem(src, stories[0]) {
		data, err := readCapped(src)
		if err != nil {
			return nil, []error{err}
		}
		dest, err := writeNew(dir, safeFileName(filepath.Base(src), slug(stories[0].Title)), data)
		if err != nil {
			return nil, []error{err}
		}
		return []string{dest}, nil
	}
	var added []string
	for _, s := range stories {
		dest, err := writeNew(dir, slug(s.Title)+".md", []byte(storyMarkdown(s)))
		if err != nil {
			errs = append(errs, err)
			continue
		}
		added = append(added, dest)
	}
	return added, errs
}

// isFeedItem reports a story that is one item of a feed file: content
// names those "path#N" after the file.
func isFeedItem(src string, s *model.Story) bool {
	_, n, found := strings.Cut(strings.TrimPrefix(s.ID, strings.TrimPrefix(filepath.ToSlash(filepath.Clean(src)), "./")), "#")
	return found && n != "" && strings.Trim(n, "0123456789") == ""
}

// readCapped reads a story file again for copying, no more than content
// reads: the file may have grown since it loaded.
func readCapped(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, cause(err))
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, content.MaxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, cause(err))
	}
	if len(data) > content.MaxFileSize {
		return nil, fmt.Errorf("%s: larger than %d MB", path, content.MaxFileSize>>20)
	}
	return data, nil
}

// safeFileName is a source's base name with escape sequences, control
// characters and line breaks taken out, so that neither the library
// listing nor the "added" line can carry them to a terminal, and without
// leading dots: the library skips hidden files, so a hidden name would be
// added and never read. A name with nothing left takes the story's slug,
// keeping the extension that tells content how to read it.
func safeFileName(base, fallback string) string {
	name := strings.TrimSpace(strings.ReplaceAll(model.Sanitize(base), "\n", " "))
	ext := filepath.Ext(name)
	stem := strings.TrimLeft(strings.TrimSuffix(name, ext), ". ")
	if stem == "" {
		return fallback + ext
	}
	return stem + ext
}

// staleTempAge is how old a temporary file of add must be to be taken for
// one left by an add that was killed: a copy takes well under a second,
// and an add running beside this one must keep its own.
const staleTempAge = time.Hour

// removeStaleTemps deletes the temporary files that adds killed midway
// left in dir. Failing to is no reason to stop adding.
func removeStaleTemps(dir string) {
	temps, _ := filepath.Glob(filepath.Join(dir, tempPattern))
	for _, p := range temps {
		if info, err := os.Lstat(p); err == nil && info.Mode().IsRegular() && time.Since(info.ModTime()) > staleTempAge {
			os.Remove(p)
		}
	}
}

// tempPattern names add's temporary files: hidden, so never read as stories.
const tempPattern = ".add-*"

// writeNew writes data under name in dir, atomically and never over
// another story, and returns where it is. The same bytes already there
// under name, name-2, … are found first, so adding a story twice writes
// nothing, even on a full disk. Otherwise a temporary file is filled, then
// linked in under the first free name: linking fails rather than replace.
func writeNew(dir, name string, data []byte) (string, error) {
	ext := filepath.Ext(name)
	stem := strings.TrimSuffix(name, ext)
	nameAt := func(n int) string {
		if n == 1 {
			return filepath.Join(dir, name)
		}
		return filepath.Join(dir, fmt.Sprintf("%s-%d%s", stem, n, ext))
	}
	const most = 1000
	first := 1 // the first name that may be free
	for ; first < most; first++ {
		same, exists := sameContent(nameAt(first), data)
		if same {
			return nameAt(first), nil
		}
		if !exists {
			break
		}
	}
	tmp, err := createTemp(dir, tempPattern)
	if err != nil {
		return "", fmt.Errorf("%s: %w", dir, cause(err))
	}
	defer os.Remove(tmp.Name())
	_, err = tmp.Write(data)
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp.Name(), 0o644)
	}
	if err != nil {
		return "", fmt.Errorf("%s: %w", tmp.Name(), cause(err))
	}
	for n := first; n < most; n++ {
		dest := nameAt(n)
		err := os.Link(tmp.Name(), dest)
		if err == nil {
			return dest, nil
		}
		if !errors.Is(err, fs.ErrExist) {
			return "", fmt.Errorf("%s: %w", dest, cause(err))
		}
		if same, _ := sameContent(dest, data); same { // another add won the race with the same story
			return dest, nil
		}
	}
	return "", fmt.Errorf("%s: too many stories named %s", dir, name)
}

// createTemp is os.CreateTemp; tests make it fail as on a full disk.
var createTemp = os.CreateTemp

// sameContent reports whether path holds exactly data, and whether
// anything is at path at all.
func sameContent(path string, data []byte) (same, exists bool) {
	info, err := os.Lstat(path)
	if err != nil {
		return false, !errors.Is(err, fs.ErrNotExist)
	}
	if !info.Mode().IsRegular() || info.Size() != int64(len(data)) {
		return false, true
	}
	old, err := os.ReadFile(path)
	return err == nil && bytes.Equal(old, data), true
}

// maxSlugRunes bounds a slug: long enough to tell headlines apart, short
// enough that any script fits a file name's 255 bytes.
const maxSlugRunes = 60

// slug makes a file name from a headline, in whatever script it is
// written: letters and digits of any script are kept (lowercased), with
// their combining marks; accents on Latin letters are dropped ("Café" →
// "cafe"); anything else becomes one dash.
func slug(title string) string {
	var b strings.Builder
	dash, latin := false, false
	runes := 0
	for _, r := range norm.NFD.String(strings.ToLower(title)) {
		switch {
		case unicode.In(r, unicode.Mn, unicode.Mc, unicode.Me):
			if runes == 0 || dash || latin && r <= 0x36F {
				continue // a Latin accent, or a mark with no letter to sit on
			}
			b.WriteRune(r)
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if runes >= maxSlugRunes {
				return finishSlug(b.String())
			}
			b.WriteRune(r)
			runes++
			dash, latin = false, unicode.Is(unicode.Latin, r)
		case !dash && runes > 0:
			if runes >= maxSlugRunes {
				return finishSlug(b.String())
			}
			b.WriteByte('-')
			dash = true
		}
	}
	return finishSlug(b.String())
}

func finishSlug(s string) string {
	s = norm.NFC.String(strings.TrimSuffix(s, "-"))
	if s == "" {
		return "story"
	}
	return s
}
