package cli

import (
	"github.com/spf13/cobra"

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
			lib, failed := a.library(cmd.Context(), cfg, args)
			if len(lib.Stories) == 0 {
				return errReported
			}
			opts := ui.Options{Theme: string(cfg.Theme), Keys: cfg.Keys}
			if theme != "" {
				opts.Theme = theme
			}
			if person != "" {
				f, err := findPerson(lib, person)
				if err != nil {
					return err
				}
				opts.Person = f.Name
			}
			if err := a.Read(lib, opts); err != nil {
				return err
			}
			if failed {
				return errReported
			}
			return nil
		},
	}
	root.Flags().StringVar(&person, "person", "", "start filtered to this person (any name they go by)")
	root.Flags().StringVar(&theme, "theme", "", "colour theme: dark, light or ascii")
	root.AddCommand(a.quotesCommand(), a.peopleCommand(), a.showCommand(), a.exportCommand(), a.addCommand())
	root.AddCommand(a.archiveCommand(), a.cableCommand(), a.verifyCommand())
	completeValues(root, "theme", themes...)
	return root
}
