package cli

import (
	"fmt"
	"io"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/spf13/cobra"

	"cables/export"
	"cables/model"
)

func (a *App) peopleCommand() *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "people [PATH|URL...]",
		Short: "List everyone the stories name, most quoted first",
		Long: "List everyone the stories name, merged across stories, with the other names\n" +
			"they go by and how many quotes, stories and mentions they have.",
		Args: cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := oneOf("format", format, "text", "json"); err != nil {
				return err
			}
			cfg, err := a.loadConfig()
			if err != nil {
				return err
			}
			lib, failed := a.library(cmd.Context(), cfg, args)
			if format == "json" {
				err = export.PeopleJSON(a.Stdout, lib.People())
			} else {
				err = a.writePeopleText(lib.People(), string(cfg.Theme))
			}
			return written(err, failed)
		},
	}
	cmd.Flags().StringVar(&format, "format", "text", "output as text or json")
	completeValues(cmd, "format", "text", "json")
	return cmd
}

// writePeopleText writes a table: name, quotes, stories, mentions and the
// other names used. Columns are padded by display width, so names in any
// script line up.
func (a *App) writePeopleText(people []model.Figure, theme string) error {
	st := newStyles(theme)
	styled := a.styled()
	header := []string{"NAME", "QUOTES", "STORIES", "MENTIONS", "ALSO"}
	rows := [][]string{header}
	for _, f := range people {
		var also []string
		for _, al := range f.Aliases {
			if al != f.Name {
				also = append(also, al)
			}
		}
		rows = append(rows, []string{f.Name, fmt.Sprint(f.Quotes), fmt.Sprint(f.Stories),
			fmt.Sprint(f.Mentions), strings.Join(also, ", ")})
	}
	widths := make([]int, len(header))
	for _, r := range rows {
		for i, cell := range r {
			widths[i] = max(widths[i], lipgloss.Width(cell))
		}
	}
	if len(people) == 0 {
		_, err := io.WriteString(a.Stdout, "No one is named in these stories.\n")
		return err
	}
	var b strings.Builder
	for ri, r := range rows {
		var line strings.Builder
		for i, cell := range r {
			pad := strings.Repeat(" ", widths[i]-lipgloss.Width(cell))
			if i > 0 && i < 4 {
				cell = pad + cell // numbers right-aligned
			} else if i < len(r)-1 {
				cell += pad
			}
			if styled && ri == 0 {
				cell = st.Header.Render(cell)
			} else if styled && i == 0 {
				cell = st.Name.Render(cell)
			} else if styled && i == 4 && cell != "" {
				cell = st.Meta.Render(cell)
			}
			if i > 0 {
				line.WriteString("  ")
			}
			line.WriteString(cell)
		}
		b.WriteString(strings.TrimRight(line.String(), " ") + "\n")
	}
	_, err := io.WriteString(a.out(), b.String())
	return err
}
