package export

import (
	"encoding/csv"
	"io"
	"strings"

	"cables/model"
)

// storyRef is how a quote or a row names the story it comes from.
type storyRef struct {
	ID        string  `json:"id"`
	Path      string  `json:"path"`
	Title     string  `json:"title"`
	Outlet    *string `json:"outlet"`
	URL       *string `json:"url"`
	Published *string `json:"published"`
}

// jsonQuoteRow is an exported quote with the story it comes from.
type jsonQuoteRow struct {
	jsonQuote
	Story storyRef `json:"story"`
}

type jsonFigure struct {
	Name     string   `json:"name"`
	Aliases  []string `json:"aliases"`
	Stories  int      `json:"stories"`
	Quotes   int      `json:"quotes"`
	Mentions int      `json:"mentions"`
}

// Row is one quote with the names resolved across the library: the form
// every quote listing (text, JSON, CSV, Markdown) is written from.
type Row struct {
	Story *model.Story
	// Quote is the story's own: a library holds many, and a row need not
	// copy one.
	Quote    *model.Quote
	Speaker  string   // the library's name for the speaker, or ""
	Mentions []string // the library's names for the people named inside
}

// Rows resolves quote refs of a library into rows, in the order given.
func Rows(lib *model.Library, refs []model.QuoteRef) []Row {
	rows := make([]Row, 0, len(refs))
	for _, r := range refs {
		s := lib.Stories[r.Story]
		q := &s.Quotes[r.Quote]
		row := Row{Story: s, Quote: q}
		if q.Speaker != "" {
			row.Speaker = lib.Canonical(r.Story, q.Speaker)
		}
		for _, m := range q.Mentions {
			row.Mentions = append(row.Mentions, lib.Canonical(r.Story, m))
		}
		rows = append(rows, row)
	}
	return rows
}

// AllQuotes returns a ref to every quote of the library, in reading order.
func AllQuotes(lib *model.Library) []model.QuoteRef {
	var refs []model.QuoteRef
	for si, s := range lib.Stories {
		refs = append(refs, quotesOf(si, s)...)
	}
	return refs
}

func refOf(s *model.Story) storyRef {
	return storyRef{ID: s.ID, Path: s.Path, Title: s.Title, Outlet: orNull(s.Outlet),
		URL: orNull(s.URL), Published: orNull(s.Published.String())}
}

// QuotesJSON writes {"quotes": [...]}: each quote with its story.
func QuotesJSON(w io.Writer, rows []Row) error {
	return writeList(w, "quotes", len(rows), func(i int) any {
		r := &rows[i]
		return jsonQuoteRow{newJSONQuote(r.Quote, &r.Speaker, r.Mentions), refOf(r.Story)}
	})
}

// PeopleJSON writes {"people": [...]}, in the order given.
func PeopleJSON(w io.Writer, people []model.Figure) error {
	return writeList(w, "people", len(people), func(i int) any {
		f := people[i]
		return jsonFigure{Name: f.Name, Aliases: nonNil(f.Aliases), Stories: f.Stories, Quotes: f.Quotes, Mentions: f.Mentions}
	})
}

// csvHeader names the columns of QuotesCSV.
var csvHeader = []string{"text", "kind", "speaker", "source", "mentions",
	"title", "outlet", "published", "url", "path"}

// QuotesCSV writes one row per quote with its story, under a header row.
func QuotesCSV(w io.Writer, rows []Row) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(csvHeader); err != nil {
		return err
	}
	if err := writeCSVRows(cw, rows); err != nil {
		return err
	}
	cw.Flush()
	return cw.Error()
}

// LibraryCSV is QuotesCSV of every quote of the library, resolved and
// written one story at a time.
func LibraryCSV(w io.Writer, lib *model.Library) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(csvHeader); err != nil {
		return err
	}
	for si, s := range lib.Stories {
		if err := writeCSVRows(cw, Rows(lib, quotesOf(si, s))); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

func writeCSVRows(cw *csv.Writer, rows []Row) error {
	for _, r := range rows {
		s := r.Story
		rec := []string{r.Quote.Text, string(r.Quote.Kind), r.Speaker, r.Quote.Source,
			strings.Join(r.Mentions, "; "), s.Title, s.Outlet, s.Published.String(), s.URL, s.Path}
		for i := range rec {
			rec[i] = inertCell(rec[i])
		}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	return cw.Error()
}

// inertCell keeps a spreadsheet from running a cell as a formula: a quote
// that happens to start with "=" or "+" is text, not a command.
func inertCell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
