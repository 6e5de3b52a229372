package cli

import (
	"bytes"
	"slices"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/spf13/cobra"

	"cables/export"
	"cables/model"
)

func (a *App) quotesCommand() *cobra.Command {
	var person, kind, format string
	var explain bool
	cmd := &cobra.Command{
		Use:   "quotes [PATH|URL...]",
		Short: "List every quote with who said it and where it was published",
		Long: "List every quote: its words, speaker, kind (cable passage or speech), the\n" +
			"document it comes from, and the story's headline, outlet and date.\n" +
			"--person takes any name a person goes by (\"Kayani\" finds Ashfaq Pervez Kayani)\n" +
			"and keeps the quotes they said.",
		Example: "  cables quotes --person Kayani --kind cable\n  cables quotes --format csv stories/ > quotes.csv",
		Args:    cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := oneOf("format", format, "text", "json", "csv", "md"); err != nil {
				return err
			}
			if kind != "" {
				if err := oneOf("kind", kind, string(model.Cable), string(model.Speech)); err != nil {
					return err
				}
			}
			if explain && format != "text" {
				return usagef("--explain prints under the quotes of --format text; --format json carries the same reasons as \"why\"")
			}
			cfg, err := a.loadConfig()
			if err != nil {
				return err
			}
			// The reasons printed, or carried in the JSON.
			lib, failed := a.checkedLibrary(cmd.Context(), cfg, args, explain || format == "json")
			refs := export.AllQuotes(lib)
			if person != "" {
				f, err := lib.Find(person)
				if err != nil {
					a.reportErrors([]error{err})
					return errReported
				}
				refs = lib.QuotesBy(f.Name)
			}
			rows := export.Rows(lib, refs)
			if kind != "" {
				// In place: a row is a whole quote, and growing a second
				// slice of them was a quarter of a warm run (issue 14).
				rows = slices.DeleteFunc(rows, func(r export.Row) bool { return string(r.Quote.Kind) != kind })
			}
			switch format {
			case "json":
				err = export.QuotesJSON(a.Stdout, rows)
			case "csv":
				err = export.QuotesCSV(a.Stdout, rows)
			case "md":
				err = export.QuotesMarkdown(a.Stdout, rows)
			default:
				err = a.writeQuotesText(rows, string(cfg.Theme), explain)
			}
			return written(err, failed)
		},
	}
	cmd.Flags().StringVar(&person, "person", "", "only quotes said by this person (any name they go by)")
	cmd.Flags().StringVar(&kind, "kind", "", "only cable passages (cable) or spoken words (speech)")
	cmd.Flags().StringVar(&format, "format", "text", "output as text, json, csv or md")
	cmd.Flags().BoolVar(&explain, "explain", false, "under each quote, the rules that decided its speaker, kind and source")
	completeValues(cmd, "kind", string(model.Cable), string(model.Speech))
	completeValues(cmd, "format", "text", "json", "csv", "md")
	return cmd
}

// writeQuotesText lists quotes for a person to read: the words in quote
// marks, then who and what, then the story, and with explain the rules
// that decided, one a line. On a terminal the words are coloured by kind
// and wrapped to its width; piped, each line is whole.
func (a *App) writeQuotesText(rows []export.Row, theme string, explain bool) error {
	st := newStyles(theme)
	styled := a.styled()
	// Written in pieces of whole rows as it is made rather than gathered
	// into one string first (at 10,000 stories that string was 50 MB grown
	// by copying); whole rows, because a colour-downsampling writer reads
	// each write on its own and must never get half an escape sequence.
	out := a.out()
	var b bytes.Buffer
	for i, r := range rows {
		if b.Len() >= 64<<10 {
			if _, err := out.Write(b.Bytes()); err != nil {
				return err
			}
			b.Reset()
		}
		if i > 0 {
			b.WriteString("\n")
		}
		words := "“" + r.Quote.Text + "”"
		who := export.Attribution(r)
		story := storyLine(r.Story)
		if styled {
			width := a.width(100)
			words = renderLines(st.quoteStyle(string(r.Quote.Kind)), ansi.Wordwrap(words, width, ""))
			who = renderLines(st.Speaker, ansi.Wordwrap(who, width-2, ""))
			story = renderLines(st.Meta, ansi.Wordwrap(story, width-2, ""))
		}
		b.WriteString(words + "\n")
		b.WriteString(indent(who, "  ") + "\n")
		b.WriteString(indent(story, "  ") + "\n")
		if m := r.Quote.SourceCable; m != nil {
			b.WriteString("  cable: " + matchLine(m) + "\n")
		}
		if explain {
			for _, why := range r.Quote.Why {
				line := reasonLine(why)
				if styled {
					line = renderLines(st.Meta, ansi.Wordwrap(line, a.width(100)-4, ""))
				}
				b.WriteString(indent(line, "    ") + "\n")
			}
		}
	}
	_, err := out.Write(b.Bytes())
	return err
}

// renderLines styles each line on its own: Lip Gloss pads a block's lines
// to one width, which leaves trailing blanks in copied text.
func renderLines(style lipgloss.Style, text string) string {
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		lines[i] = style.Render(l)
	}
	return strings.Join(lines, "\n")
}

// storyLine names a story: headline · outlet · date (path).
func storyLine(s *model.Story) string {
	parts := []string{s.Title}
	if s.Outlet != "" {
		parts = append(parts, s.Outlet)
	}
	if !s.Published.IsZero() {
		parts = append(parts, s.Published.Human())
	}
	return strings.Join(parts, " · ") + " (" + s.Path + ")"
}

func indent(text, prefix string) string {
	return prefix + strings.ReplaceAll(text, "\n", "\n"+prefix)
}

// reasonLine says which rule decided one thing about a quote, and on what
// words: kind=cable by document-frame: 'In a cable sent in May'.
func reasonLine(r model.Reason) string {
	line := r.Decision + "=" + r.Value + " by " + r.Rule
	if r.Evidence != "" {
		line += ": '" + r.Evidence + "'"
	}
	return line
}
