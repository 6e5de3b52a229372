// Package export writes stories in the formats other tools read. The JSON
// schema is stable: fields are only ever added.
package export

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
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
	Text     string       `json:"text"`
	Kind     model.Kind   `json:"kind"`
	Speaker  *string      `json:"speaker"`
	Source   *string      `json:"source"`
	Mentions []string     `json:"mentions"`
	Spans    []model.Span `json:"spans"`
	// SourceCable is null when no archive is imported or no cable holds
	// the words.
	SourceCable *jsonSourceCable `json:"source_cable"`
	Why         []model.Reason   `json:"why"`
}

// newJSONQuote is a quote in the export schema, with the speaker and
// mentions named as the caller wants them (the story's or the library's).
func newJSONQuote(q model.Quote, speaker string, mentions []string) jsonQuote {
	return jsonQuote{Text: q.Text, Kind: q.Kind, Speaker: orNull(speaker), Source: orNull(q.Source),
		Mentions: nonNil(mentions), Spans: nonNil(q.Spans), SourceCable: SourceCable(q.SourceCable), Why: nonNil(q.Why)}
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

// JSON writes {"stories": [...]} in the export schema, one story at a
// time: the output is what encoding/json makes of the whole document,
// indented, but only one story's encoding is ever held.
func JSON(w io.Writer, stories []*model.Story) error {
	return writeList(w, "stories", len(stories), func(i int) any { return newJSONStory(stories[i]) })
}

func newJSONStory(s *model.Story) jsonStory {
	js := jsonStory{
		ID: s.ID, Path: s.Path, Title: s.Title,
		Outlet: orNull(s.Outlet), URL: orNull(s.URL), Byline: orNull(s.Byline),
		Published: orNull(s.Published.String()), Updated: orNull(s.Updated.String()),
		Dateline: orNull(s.Dateline), Summary: s.Summary,
		Captions: nonNil(s.Captions), Paragraphs: nonNil(s.Paragraphs),
		Quotes: make([]jsonQuote, 0, len(s.Quotes)), People: make([]jsonPerson, 0, len(s.People)),
	}
	for _, q := range s.Quotes {
		js.Quotes = append(js.Quotes, newJSONQuote(q, q.Speaker, q.Mentions))
	}
	for _, p := range s.People {
		js.People = append(js.People, jsonPerson{Name: p.Name, Aliases: nonNil(p.Aliases), Mentions: p.Mentions})
	}
	return js
}

// writeList writes {"name": [items]} byte for byte as an encoding/json
// Encoder indenting by two spaces (HTML left unescaped) writes the whole
// object, encoding one item at a time, so that memory holds one item's
// encoding rather than the document's.
func writeList(w io.Writer, name string, n int, item func(i int) any) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	key, err := json.Marshal(name)
	if err != nil {
		return err
	}
	if n == 0 {
		fmt.Fprintf(bw, "{\n  %s: []\n}\n", key)
		return bw.Flush()
	}
	fmt.Fprintf(bw, "{\n  %s: [\n", key)
	var buf bytes.Buffer
	var indented []byte
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	for i := range n {
		buf.Reset()
		if err := enc.Encode(item(i)); err != nil {
			return err
		}
		if i > 0 {
			bw.WriteString(",\n")
		}
		bw.WriteString("    ")
		// Inside the list, inside the object.
		indented = appendIndented(indented[:0], bytes.TrimSuffix(buf.Bytes(), []byte("\n")), "    ", "  ")
		bw.Write(indented)
	}
	bw.WriteString("\n  ]\n}\n")
	return bw.Flush()
}
