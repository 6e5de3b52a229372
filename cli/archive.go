package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"cables/archive"
	"cables/archive/formats"
	"cables/archive/index"
	"cables/model"
	"cables/ui"
)

// archiveDir is where the cable index lives: under the data folder, beside
// the story library.
func (a *App) archiveDir() string {
	d := a.libraryDir()
	if d == "" {
		return ""
	}
	return archive.Dir(d)
}

// openArchive opens the imported archive; (nil, nil) when none is.
func (a *App) openArchive() (*archive.Archive, error) {
	dir := a.archiveDir()
	if dir == "" {
		return nil, nil
	}
	arc, err := archive.Open(dir)
	if errors.Is(err, archive.ErrNone) {
		return nil, nil
	}
	return arc, err
}

// requireArchive opens the imported archive for a command that cannot
// work without one: with none, the error is archive.ErrNone, which says how
// to import one.
func (a *App) requireArchive() (*archive.Archive, error) {
	arc, err := a.openArchive()
	if err == nil && arc == nil {
		return nil, archive.ErrNone
	}
	return arc, err
}

// readerArchive opens the archive for the reader, which calls it in the
// background; without one, the error says how to import one.
func (a *App) readerArchive() (ui.Cables, error) {
	// The reader says it in its status line: short enough for 80 columns.
	none := errors.New("no cable archive yet: import one with 'cables archive import PATH'")
	dir := a.archiveDir()
	if dir == "" {
		return nil, none
	}
	arc, err := archive.Open(dir)
	switch {
	case errors.Is(err, archive.ErrNone):
		return nil, none
	case err != nil:
		return nil, err
	}
	return arc, nil
}

// matchLibrary checks every quote against the imported archive, when
// there is one; without one the quotes stay unchecked.
func (a *App) matchLibrary(ctx context.Context, lib *model.Library) error {
	arc, err := a.openArchive()
	if err != nil || arc == nil {
		return err
	}
	defer arc.Close()
	return arc.MatchAll(ctx, lib.Stories)
}

func (a *App) archiveCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "archive",
		Short: "Import a cable archive to check quotes against, and see what is imported",
		Long: "cables checks quotes against the cables in your own archive: the Cablegate\n" +
			"cables.csv, a copy of the cablegate site (cable/YYYY/MM/REFID.html), or folders\n" +
			"of one-cable text files (\"Reference ID: ...\"). The index lives in\n" +
			"$XDG_DATA_HOME/cables/.archive and points into your files; it copies no text.",
		Args: withArgs(cobra.NoArgs),
	}
	cmd.AddCommand(a.archiveImportCommand(), a.archiveStatusCommand())
	return cmd
}

func (a *App) archiveImportCommand() *cobra.Command {
	return &cobra.Command{
		Use:     "import PATH...",
		Short:   "Index cables.csv files, cablegate site folders or folders of cable text files",
		Example: "  cables archive import ~/leaks/cables.csv\n  cables archive import ~/leaks/cablegate/",
		Args:    withArgs(cobra.MinimumNArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			dir := a.archiveDir()
			if dir == "" {
				return errors.New("no data folder: set HOME or XDG_DATA_HOME")
			}
			var problems []error
			report := func(err error) { problems = append(problems, err) }
			progress := a.progressLine()
			sum, err := archive.Import(cmd.Context(), dir, args, progress, report)
			if progress != nil {
				fmt.Fprint(a.Stderr, "\r\x1b[K")
			}
			a.reportErrors(problems)
			if err != nil {
				return err
			}
			a.writeImportSummary(sum)
			if sum.Failures > 0 || sum.Cables == 0 {
				return errReported
			}
			return nil
		},
	}
}

// progressLine returns a progress writer for stderr on a terminal, nil
// elsewhere: a pipe or a log gets the summary only.
func (a *App) progressLine() func(formats.Stats) {
	f, ok := a.Stderr.(*os.File)
	if !ok || !term.IsTerminal(f.Fd()) {
		return nil
	}
	start := time.Now()
	return func(st formats.Stats) {
		pct := ""
		if st.Total > 0 {
			pct = fmt.Sprintf(" %3.0f%%", 100*float64(st.Bytes)/float64(st.Total))
		}
		mbs := float64(st.Bytes) / (1 << 20) / max(time.Since(start).Seconds(), 0.001)
		fmt.Fprintf(a.Stderr, "\r\x1b[Kimporting:%s %d cables, %.0f MB/s", pct, st.Cables, mbs)
	}
}

func (a *App) writeImportSummary(sum archive.Summary) {
	var b strings.Builder
	fmt.Fprintf(&b, "imported %s from %s (%.1f MB) in %s\n", plural(sum.Cables, "cable"), plural(sum.Files, "file"),
		float64(sum.Bytes)/(1<<20), sum.Elapsed.Round(100*time.Millisecond))
	if sum.Skipped > 0 {
		fmt.Fprintf(&b, "skipped %s (named above)\n", plural(sum.Skipped, "malformed row or page", "malformed rows or pages"))
	}
	if sum.Failures > 0 {
		fmt.Fprintf(&b, "could not read %s (named above)\n", plural(sum.Failures, "file"))
	}
	if sum.Other > 0 {
		fmt.Fprintf(&b, "passed over %s that hold no cable\n", plural(sum.Other, "file"))
	}
	fmt.Fprintf(&b, "index: %s\n", sum.Index)
	io.WriteString(a.Stdout, model.Sanitize(b.String()))
}

func (a *App) archiveStatusCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "status",
		Short: "Show what cable archive is imported",
		Args:  withArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, args []string) error {
			arc, err := a.openArchive()
			if err != nil {
				return err
			}
			if arc == nil {
				fmt.Fprintln(a.Stdout, archive.ErrNone.Error())
				return nil
			}
			defer arc.Close()
			st, err := arc.Status(cmd.Context())
			if err != nil {
				return err
			}
			var b strings.Builder
			fmt.Fprintf(&b, "%d cables (%d releases), created %s to %s\n", st.Cables, st.Releases,
				st.Oldest.Format("2 Jan 2006"), st.Newest.Format("2 Jan 2006"))
			for _, src := range sources(st.Files) {
				fmt.Fprintf(&b, "  %s\n", src)
			}
			fmt.Fprintf(&b, "index: %s (%.1f MB)\n", arc.Path(), float64(st.Bytes)/(1<<20))
			_, err = io.WriteString(a.Stdout, model.Sanitize(b.String()))
			return err
		},
	}
}

// sources sums up the archive files by where they are: each cables.csv
// on its own, site pages and text files by their folder.
func sources(files []index.FileStatus) []string {
	type folder struct {
		format  string
		files   int
		missing int
	}
	byPlace := map[string]*folder{}
	for _, f := range files {
		place := f.Path
		if f.Format != string(model.FormatCSV) {
			place = filepath.Dir(f.Path)
			if i := strings.LastIndex(place, string(filepath.Separator)+"cable"+string(filepath.Separator)); i >= 0 {
				place = place[:i]
			}
		}
		fo := byPlace[place]
		if fo == nil {
			fo = &folder{format: f.Format}
			byPlace[place] = fo
		}
		fo.files++
		if f.Missing {
			fo.missing++
		}
	}
	var out []string
	for place, fo := range byPlace {
		line := fmt.Sprintf("%s (%s", place, fo.format)
		if fo.files > 1 {
			line += fmt.Sprintf(", %d files", fo.files)
		}
		if fo.missing > 0 {
			line += fmt.Sprintf(", %d gone or changed since import", fo.missing)
		}
		out = append(out, line+")")
	}
	sort.Strings(out)
	return out
}

// plural is "1 cable", "2 cables"; an irregular plural comes third.
func plural(n int, one string, many ...string) string {
	if n == 1 {
		return "1 " + one
	}
	if len(many) > 0 {
		return fmt.Sprintf("%d %s", n, many[0])
	}
	return fmt.Sprintf("%d %ss", n, one)
}
