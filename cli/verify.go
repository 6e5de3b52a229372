package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"cables/export"
	"cables/model"
)

func (a *App) cableCommand() *cobra.Command {
	var para int
	cmd := &cobra.Command{
		Use:     "cable ID",
		Short:   "Print a cable from your archive: its header card and text",
		Example: "  cables cable 09ISLAMABAD155\n  cables cable 09ISLAMABAD155 --para 8",
		Args:    withArgs(cobra.ExactArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			arc, err := a.requireArchive()
			if err != nil {
				return err
			}
			defer arc.Close()
			doc, err := arc.Cable(cmd.Context(), args[0])
			if err != nil {
				return err
			}
			text := doc.Body
			if cmd.Flags().Changed("para") {
				p, ok := doc.Paragraph(para)
				if !ok {
					return fmt.Errorf("%s has no paragraph %d", doc.ID, para)
				}
				text = strings.TrimRight(doc.Body[p.Start:paragraphEnd(doc, para)], "\n ") + "\n"
			}
			_, err = io.WriteString(a.Stdout, model.Sanitize(cableCard(doc)+"\n"+text))
			return err
		},
	}
	cmd.Flags().IntVar(&para, "para", 0, "print only this paragraph (0: the text before paragraph 1)")
	return cmd
}

// paragraphEnd is where the paragraph numbered n ends, with the parts
// that share its number (a heading belongs to the next one).
func paragraphEnd(doc model.CableDoc, n int) int {
	end := 0
	for _, p := range doc.Paragraphs {
		if p.Number == n && p.Kind != model.ParaHeading {
			end = p.End
		}
	}
	return end
}

// cableCard is the header of a cable as a reader checks it.
func cableCard(doc model.CableDoc) string {
	var b strings.Builder
	line := func(k, v string) {
		if v != "" {
			fmt.Fprintf(&b, "%-15s %s\n", k+":", v)
		}
	}
	line("Reference ID", doc.ID)
	line("Created", doc.Created.Format("2006-01-02 15:04"))
	var rel []string
	for _, r := range doc.Released() {
		rel = append(rel, r.Format("2006-01-02"))
	}
	line("Released", strings.Join(rel, ", "))
	line("Classification", doc.Classification)
	line("Origin", doc.Origin)
	line("Subject", doc.Subject)
	line("Tags", strings.Join(doc.Tags, ", "))
	line("References", strings.Join(doc.References, ", "))
	line("Classified by", doc.ClassifiedBy)
	line("Signed", doc.Signer)
	for _, r := range doc.Releases {
		where := r.Where.Path
		if r.Where.Format == model.FormatCSV {
			where = fmt.Sprintf("%s, line %d", where, r.Where.Line)
		}
		line("In", where)
	}
	return b.String()
}

func (a *App) verifyCommand() *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "verify [PATH|URL...]",
		Short: "Check every quote against the cables in your archive",
		Long: "Find the cable and paragraph each quote comes from and say how faithfully the\n" +
			"story gives it: verbatim, edited (words dropped, added, marked or respelt),\n" +
			"altered (a word replaced), paraphrase, ambiguous (too short to place), or not\n" +
			"found. Needs an imported archive: cables archive import PATH.",
		Args: cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := oneOf("format", format, "text", "json", "md"); err != nil {
				return err
			}
			cfg, err := a.loadConfig()
			if err != nil {
				return err
			}
			arc, err := a.requireArchive()
			if err != nil {
				return err
			}
			defer arc.Close()
			lib, failed := a.library(cmd.Context(), cfg, args)
			start := time.Now()
			if err := arc.MatchAll(cmd.Context(), lib.Stories); err != nil {
				return err
			}
			switch format {
			case "json":
				err = writeVerifyJSON(a.Stdout, lib.Stories)
			case "md":
				err = writeVerify(a.Stdout, lib.Stories, true)
			default:
				err = writeVerify(a.out(), lib.Stories, false)
				if err == nil && a.Out.IsTerminal {
					fmt.Fprintf(a.Stderr, "checked in %s\n", time.Since(start).Round(time.Millisecond))
				}
			}
			return written(err, failed)
		},
	}
	cmd.Flags().StringVar(&format, "format", "text", "output as text, json or md")
	completeValues(cmd, "format", "text", "json", "md")
	return cmd
}

// matchLine says in one line where a quote stands: "09ISLAMABAD155 ¶8
// verbatim (100%)".
func matchLine(m *model.CableMatch) string {
	switch {
	case m == nil:
		return "not checked"
	case m.Verdict == model.Ambiguous:
		if m.Candidates == 1 {
			return "ambiguous (1 cable)"
		}
		return fmt.Sprintf("ambiguous (%d cables)", m.Candidates)
	case !m.Placed():
		return "not found"
	}
	para := fmt.Sprintf("¶%d", m.Para)
	if m.ParaKind != model.ParaNumbered && m.ParaKind != "" {
		para += " " + string(m.ParaKind)
	}
	return fmt.Sprintf("%s %s %s (%.0f%% of words, found by %s)", m.CableID, para, m.Verdict, 100*m.Coverage, m.FoundBy)
}

func diffLine(d model.Difference) string {
	switch d.Kind {
	case model.Omitted, model.Ellipsis:
		return fmt.Sprintf("%s: %q", d.Kind, d.Cable)
	case model.Inserted:
		return fmt.Sprintf("%s: %q", d.Kind, d.Story)
	}
	return fmt.Sprintf("%s: %q for %q", d.Kind, d.Story, d.Cable)
}

func writeVerify(w io.Writer, stories []*model.Story, md bool) error {
	var b strings.Builder
	for si, s := range stories {
		if si > 0 {
			b.WriteString("\n")
		}
		if md {
			fmt.Fprintf(&b, "## %s\n\n", export.EscapeMarkdown(s.Title))
		} else {
			fmt.Fprintf(&b, "%s (%s)\n", s.Title, s.Path)
		}
		for _, q := range s.Quotes {
			words := "“" + q.Text + "”"
			if md {
				fmt.Fprintf(&b, "- %s — %s\n", export.EscapeMarkdown(words), export.EscapeMarkdown(matchLine(q.SourceCable)))
			} else {
				fmt.Fprintf(&b, "  %s\n    %s\n", words, matchLine(q.SourceCable))
			}
			if q.SourceCable == nil {
				continue
			}
			for _, d := range q.SourceCable.Differences {
				if md {
					fmt.Fprintf(&b, "  - %s\n", export.EscapeMarkdown(diffLine(d)))
				} else {
					fmt.Fprintf(&b, "      %s\n", diffLine(d))
				}
			}
		}
	}
	_, err := io.WriteString(w, model.Sanitize(b.String()))
	return err
}

func writeVerifyJSON(w io.Writer, stories []*model.Story) error {
	type quote struct {
		Text        string     `json:"text"`
		Kind        model.Kind `json:"kind"`
		Speaker     *string    `json:"speaker"`
		SourceCable any        `json:"source_cable"`
	}
	type story struct {
		Path   string  `json:"path"`
		Title  string  `json:"title"`
		Quotes []quote `json:"quotes"`
	}
	out := struct {
		Stories []story `json:"stories"`
	}{Stories: []story{}}
	for _, s := range stories {
		st := story{Path: s.Path, Title: s.Title, Quotes: []quote{}}
		for _, q := range s.Quotes {
			var speaker *string
			if q.Speaker != "" {
				speaker = &q.Speaker
			}
			st.Quotes = append(st.Quotes, quote{q.Text, q.Kind, speaker, export.SourceCable(q.SourceCable)})
		}
		out.Stories = append(out.Stories, st)
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
