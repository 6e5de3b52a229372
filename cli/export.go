package cli

import (
	"github.com/spf13/cobra"

	"cables/export"
)

func (a *App) exportCommand() *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "export [PATH|URL...]",
		Short: "Print stories, their quotes and people as JSON, Markdown or CSV",
		Long: "Print stories for other tools and for writing about them:\n" +
			"  json  every story with its paragraphs, quotes and people (a stable schema)\n" +
			"  md    a note per story: headline, quotes with who said them, people\n" +
			"  csv   one row per quote, with its story",
		Args: cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := oneOf("format", format, "json", "md", "csv"); err != nil {
				return err
			}
			cfg, err := a.loadConfig()
			if err != nil {
				return err
			}
			if format == "json" {
				// Story by story, each with its quotes' reasons.
				return a.exportJSON(cmd.Context(), cfg, args)
			}
			lib, failed := a.checkedLibrary(cmd.Context(), cfg, args, false)
			switch format {
			case "md":
				err = export.Markdown(a.Stdout, lib)
			case "csv":
				err = export.LibraryCSV(a.Stdout, lib)
			}
			return written(err, failed)
		},
	}
	cmd.Flags().StringVar(&format, "format", "json", "output as json, md or csv")
	completeValues(cmd, "format", "json", "md", "csv")
	return cmd
}
