package cli

import (
	"context"
	"errors"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"cables/model"
	"cables/ui"
)

func (a *App) rootCommand() *cobra.Command {
	var person, theme string
	root := &cobra.Command{
		Use:   "cables [PATH|URL...]",
		Short: "Read news stories that quote leaked diplomatic cables",
		Long: "cables shows news stories with every quotation highlighted, cable passages\n" +
			"apart from spoken words, who said each and which document it comes from.\n\n" +
			"With no PATH it reads your library ($XDG_DATA_HOME/cables and the config's\n" +
			"library paths), or the story it ships with when the library is empty.\n" +
			"Settings: $XDG_CONFIG_HOME/cables/config.toml (library, theme, keys).\n" +
			"Exit status: 0 ok, 1 some input failed, 2 usage or config error.",
		Example: "  cables story.txt saved-pages/\n" +
			"  cables quotes --person Kayani\n" +
			"  cables show story.txt --pager\n" +
			"  cables export --format json story.txt",
		Args: cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if theme != "" {
				if err := oneOf("theme", theme, themes...); err != nil {
					return err
				}
			}
			cfg, err := a.loadConfig()
			if err != nil {
				return err
			}
			if a.StdinTerminal && a.Out.IsTerminal && person == "" && a.Stream != nil {
				return a.readStreaming(cmd.Context(), cfg, args, theme)
			}
			lib, errs := a.loadLibrary(cmd.Context(), cfg, args, false)
			failed := a.reportErrors(errs)
			if len(lib.Stories) == 0 {
				return errReported
			}
			if !a.StdinTerminal || !a.Out.IsTerminal {
				// Not a terminal at both ends: print, as show and ls do,
				// rather than take over a screen that is not there.
				return written(a.printStories(lib, string(cfg.Theme)), failed)
			}
			opts := a.readerOptions(cfg, args, errs, theme)
			if person != "" {
				f, err := lib.Find(person)
				if err != nil {
					return err
				}
				opts.Person = f.Name
			}
			if err := a.Read(lib, opts); err != nil {
				return readerFailed(err)
			}
			if failed {
				return errReported
			}
			return nil
		},
	}
	root.Flags().StringVar(&person, "person", "", "start filtered to this person (any name they go by)")
	root.Flags().StringVar(&theme, "theme", "", "colour theme: dark, light or ascii")
	root.PersistentFlags().BoolVar(&a.NoCache, "no-cache", false, "read every story afresh, without the cache of extracted stories")
	root.AddCommand(a.quotesCommand(), a.peopleCommand(), a.showCommand(), a.exportCommand(), a.addCommand(), a.cacheCommand())
	root.AddCommand(a.archiveCommand(), a.cableCommand(), a.verifyCommand())
	completeValues(root, "theme", themes...)
	return root
}

// readerOptions are the reader's options from the config and --theme;
// errs are the sources that did not load.
func (a *App) readerOptions(cfg Config, args []string, errs []error, theme string) ui.Options {
	opts := ui.Options{Theme: string(cfg.Theme), Keys: cfg.Keys, ReadingWidth: cfg.ReadingWidth,
		Skipped: errorLines(errs), Stdout: a.Stdout, Archive: a.readerArchive, ColorProfile: a.Out.Profile}
	if f, ok := a.Stdin.(*os.File); ok {
		opts.Stdin = f
	}
	if len(args) > 0 || !a.StdinPiped { // stories piped in are read once
		opts.Reload = func(ctx context.Context) (*model.Library, []string) {
			lib, errs := a.loadLibrary(ctx, cfg, args, false)
			return lib, errorLines(errs)
		}
	}
	if theme != "" {
		opts.Theme = theme
	}
	return opts
}

// printStories is what cables prints when it is not on a terminal: one
// story as show prints it, or several as a list, one line each.
func (a *App) printStories(lib *model.Library, theme string) error {
	if len(lib.Stories) == 1 {
		text, err := a.renderStory(lib.Stories[0], max(minShowWidth, a.width(100)), theme)
		if err != nil {
			return err
		}
		_, err = io.WriteString(a.out(), text)
		return err
	}
	var b strings.Builder
	for _, s := range lib.Stories {
		b.WriteString(storyLine(s) + "\n")
	}
	_, err := io.WriteString(a.Stdout, b.String())
	return err
}

// errorLines are failures as the reader lists them: one clean line each.
func errorLines(errs []error) []string {
	var out []string
	for _, err := range errs {
		out = append(out, oneLine(errors.New(model.Sanitize(err.Error()))))
	}
	return out
}

// oneLine is an error's message on one line.
func oneLine(err error) string { return strings.Join(strings.Fields(err.Error()), " ") }
