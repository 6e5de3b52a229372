package export

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strings"

	"cables/model"
)

// Markdown writes each story as a note for someone writing about it: the
// headline, where and when it appeared, every quote as a block quote with
// who said it and the document it comes from, and the people it names.
// Story text is escaped, so it reads as the words it is.
func Markdown(w io.Writer, lib *model.Library) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	for si, s := range lib.Stories {
		if si > 0 {
			bw.WriteString("---\n\n")
		}
		fmt.Fprintf(bw, "# %s\n\n", EscapeMarkdown(titleOf(s)))
		if meta := storyMeta(s); meta != "" {
			fmt.Fprintf(bw, "%s\n\n", meta)
		}
		rows := Rows(lib, quotesOf(si, s))
		if len(rows) > 0 {
			bw.WriteString("## Quotes\n\n")
			writeQuoteBlocks(bw, rows)
		}
		if len(s.People) > 0 {
			bw.WriteString("## People\n\n")
			for _, p := range s.People {
				fmt.Fprintf(bw, "- %s", EscapeMarkdown(lib.Canonical(si, p.Name)))
				if others := otherNames(lib.Canonical(si, p.Name), append([]string{p.Name}, p.Aliases...)); len(others) > 0 {
					fmt.Fprintf(bw, " (also %s)", EscapeMarkdown(strings.Join(others, ", ")))
				}
				fmt.Fprintf(bw, ": %s\n", plural(p.Mentions, "mention"))
			}
			bw.WriteString("\n")
		}
	}
	return bw.Flush()
}

// QuotesMarkdown writes quotes grouped under the story they come from.
func QuotesMarkdown(w io.Writer, rows []Row) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	for i := 0; i < len(rows); {
		s := rows[i].Story
		j := i
		for j < len(rows) && rows[j].Story == s {
			j++
		}
		fmt.Fprintf(bw, "## %s\n\n", EscapeMarkdown(titleOf(s)))
		if meta := storyMeta(s); meta != "" {
			fmt.Fprintf(bw, "%s\n\n", meta)
		}
		writeQuoteBlocks(bw, rows[i:j])
		i = j
	}
	return bw.Flush()
}

func writeQuoteBlocks(w io.Writer, rows []Row) {
	for _, r := range rows {
		fmt.Fprintf(w, "> %s\n>\n> — %s\n\n", EscapeMarkdown(r.Quote.Text), EscapeMarkdown(Attribution(r)))
	}
}

// Attribution says who said a quote and where it is from:
// "Ashfaq Pervez Kayani, U.S. embassy cable from Islamabad (cable)".
func Attribution(r Row) string {
	var parts []string
	if r.Speaker != "" {
		parts = append(parts, r.Speaker)
	}
	if r.Quote.Source != "" {
		parts = append(parts, r.Quote.Source)
	}
	if len(parts) == 0 {
		parts = append(parts, "unattributed")
	}
	return strings.Join(parts, ", ") + " (" + string(r.Quote.Kind) + ")"
}

// storyMeta is the line under a story's headline: outlet, date, byline,
// dateline, and where the story is (URL or path), escaped.
func storyMeta(s *model.Story) string {
	var parts []string
	for _, p := range []string{s.Outlet, s.Published.Human(), s.Byline, s.Dateline} {
		if p != "" {
			parts = append(parts, EscapeMarkdown(p))
		}
	}
	where := s.URL
	if where == "" {
		where = s.Path
	}
	if where != "" {
		parts = append(parts, EscapeMarkdown(where))
	}
	return strings.Join(parts, " · ")
}

func titleOf(s *model.Story) string {
	if s.Title == "" {
		return s.Path
	}
	return s.Title
}

// quotesOf returns refs to the quotes of story si.
func quotesOf(si int, s *model.Story) []model.QuoteRef {
	refs := make([]model.QuoteRef, len(s.Quotes))
	for qi := range s.Quotes {
		refs[qi] = model.QuoteRef{Story: si, Quote: qi}
	}
	return refs
}

func otherNames(name string, forms []string) []string {
	var out []string
	for _, f := range forms {
		if f != name && !slices.Contains(out, f) {
			out = append(out, f)
		}
	}
	return out
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}
