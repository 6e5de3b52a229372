// Package export writes stories in the formats other tools read. The JSON
// schema is stable: fields are only ever added.
package export

import (
	"encoding/json"
	"io"

	"cables/model"
)

type jsonStory struct {
	ID         string       `json:"id"`
	Path       string       `json:"path"`
	Title      string       `json:"title"`
	Outlet     *string      `json:"outlet"`
	URL        *string      `json:"url"`
	Byline     *string      `json:"byline"`
	Published  *string      `json:"published"`
	Updated    *string      `json:"updated"`
	Dateline   *string      `json:"dateline"`
	Summary    bool         `json:"summary,omitempty"`
	Captions   []string     `json:"captions"`
	Paragraphs []string     `json:"paragraphs"`
	Quotes     []jsonQuote  `json:"quotes"`
	People     []jsonPerson `json:"people"`
}

type jsonQuote struct {
	Text     string         `json:"text"`
	Kind     model.Kind     `json:"kind"`
	Speaker  *string        `json:"speaker"`
	Source   *string        `json:"source"`
	Mentions []string       `json:"mentions"`
	Spans    []model.Span   `json:"spans"`
	Why      []model.Reason `json:"why"`
}

// newJSONQuote is a quote in the export schema, with the speaker and
// mentions named as the caller wants them (the story's or the library's).
func newJSONQuote(q model.Quote, speaker string, mentions []string) jsonQuote {
	return jsonQuote{Text: q.Text, Kind: q.Kind, Speaker: orNull(speaker), Source: orNull(q.Source),
		Mentions: nonNil(mentions), Spans: nonNil(q.Spans), Why: nonNil(q.Why)}
}

type jsonPerson struct {
	Name     string   `json:"name"`
	Aliases  []string `json:"aliases"`
	Mentions int      `json:"mentions"`
}

// orNull turns "" into a JSON null.
func orNull(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// nonNil keeps empty lists as [] rather than null.
func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// JSON writes {"stories": [...]} in the export schema.
func JSON(w io.Writer, stories []*model.Story) error {
	out := struct {
		Stories []jsonStory `json:"stories"`
	}{Stories: []jsonStory{}}
	for _, s := range stories {
		js := jsonStory{
			ID: s.ID, Path: s.Path, Title: s.Title,
			Outlet: orNull(s.Outlet), URL: orNull(s.URL), Byline: orNull(s.Byline),
			Published: orNull(s.Published.String()), Updated: orNull(s.Updated.String()),
			Dateline: orNull(s.Dateline), Summary: s.Summary,
			Captions: nonNil(s.Captions), Paragraphs: nonNil(s.Paragraphs),
			Quotes: []jsonQuote{}, People: []jsonPerson{},
		}
		for _, q := range s.Quotes {
			js.Quotes = append(js.Quotes, newJSONQuote(q, q.Speaker, q.Mentions))
		}
		for _, p := range s.People {
			js.People = append(js.People, jsonPerson{Name: p.Name, Aliases: nonNil(p.Aliases), Mentions: p.Mentions})
		}
		out.Stories = append(out.Stories, js)
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
