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
// It points at the quote's source and at speaker, which the caller keeps
// as they are until the quote is written.
func newJSONQuote(q *model.Quote, speaker *string, mentions []string) jsonQuote {
	return jsonQuote{Text: q.Text, Kind: q.Kind, Speaker: nullAt(speaker), Source: nullAt(&q.Source),
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

// nullAt is orNull pointing at the string itself, a field of what is
// being written, rather than at a copy made for each: a story's quotes
// took two each (issue 14: a fifth of the objects a first export
// allocated).
func nullAt(s *string) *string {
	if *s == "" {
		return nil
	}
	return s
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
	j := NewJSONWriter(w)
	for _, s := range stories {
		if err := j.Write(s); err != nil {
			return err
		}
	}
	return j.Close()
}

// JSONWriter writes what JSON writes for the stories given to Write, as
// they come, so that a caller need not hold them all: Close ends the
// document.
type JSONWriter struct {
	list *listWriter
	// quotes and people are the lists of the story written last, made
	// again for the next (issue 14: a new pair for each story was a tenth
	// of the bytes a first run allocated).
	quotes []jsonQuote
	people []jsonPerson
}

// NewJSONWriter starts a JSON document of stories on w.
func NewJSONWriter(w io.Writer) *JSONWriter { return &JSONWriter{list: newListWriter(w, "stories")} }

// Write adds a story to the document. A story of more than streamAt
// bytes of paragraphs is encoded and indented a part at a time, straight
// to the output, rather than whole into memory first (issue 14).
func (j *JSONWriter) Write(s *model.Story) error {
	js := newJSONStoryIn(s, j.quotes[:0], j.people[:0])
	j.quotes, j.people = js.Quotes, js.People
	if storyBytes(s) > streamAt {
		return j.list.addStreamed(&js)
	}
	e := j.list.encoder()
	err := e.story(&js)
	j.list.indented = e.b[:0]
	if err != nil {
		return err // nothing of the story written
	}
	j.list.begin()
	_, err = j.list.bw.Write(e.b)
	return err
}

// streamAt is the size of story above which Write streams it: one whose
// encoding may fail part way (a cable match that JSON cannot hold) leaves
// the document unfinished then, so only the stories too big to hold twice
// take the risk.
const streamAt = 1 << 20

// storyBytes is the size of a story's paragraphs.
func storyBytes(s *model.Story) int {
	n := 0
	for _, p := range s.Paragraphs {
		n += len(p)
	}
	return n
}

// Close ends the document and writes what is buffered.
func (j *JSONWriter) Close() error { return j.list.close() }

func newJSONStory(s *model.Story) jsonStory { return newJSONStoryIn(s, nil, nil) }

// newJSONStoryIn is newJSONStory making its lists of quotes and people in
// quotes and people, when they are not nil.
func newJSONStoryIn(s *model.Story, quotes []jsonQuote, people []jsonPerson) jsonStory {
	if quotes == nil {
		quotes = make([]jsonQuote, 0, len(s.Quotes))
	}
	if people == nil {
		people = make([]jsonPerson, 0, len(s.People))
	}
	js := jsonStory{
		ID: s.ID, Path: s.Path, Title: s.Title,
		Outlet: nullAt(&s.Outlet), URL: nullAt(&s.URL), Byline: nullAt(&s.Byline),
		Published: orNull(s.Published.String()), Updated: orNull(s.Updated.String()),
		Dateline: nullAt(&s.Dateline), Summary: s.Summary,
		Captions: nonNil(s.Captions), Paragraphs: nonNil(s.Paragraphs),
		Quotes: quotes, People: people,
	}
	for i := range s.Quotes {
		q := &s.Quotes[i]
		js.Quotes = append(js.Quotes, newJSONQuote(q, &q.Speaker, q.Mentions))
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
	l := newListWriter(w, name)
	for i := range n {
		if err := l.add(item(i)); err != nil {
			return err
		}
	}
	return l.close()
}

// listWriter writes {"name": [items]} as writeList does, an item at a
// time as they are added.
type listWriter struct {
	bw       *bufio.Writer
	name     string
	n        int // items written
	buf      bytes.Buffer
	indented []byte
	enc      *json.Encoder
}

func newListWriter(w io.Writer, name string) *listWriter {
	l := &listWriter{bw: bufio.NewWriterSize(w, 64<<10), name: name}
	l.enc = json.NewEncoder(&l.buf)
	l.enc.SetEscapeHTML(false)
	return l
}

// key is the list's name as JSON.
func (l *listWriter) key() []byte {
	key, _ := json.Marshal(l.name) // a string always encodes
	return key
}

func (l *listWriter) add(item any) error {
	l.buf.Reset()
	if err := l.enc.Encode(item); err != nil {
		return err
	}
	return l.addCompact(bytes.TrimSuffix(l.buf.Bytes(), []byte("\n")))
}

// addCompact adds an item given as compact JSON, as encoding/json makes it.
func (l *listWriter) addCompact(compact []byte) error {
	l.begin()
	in := indenter{prefix: "    ", indent: "  "}
	return l.indentOut(&in, compact)
}

// addStreamed adds a story encoded a part at a time: each part is
// written as soon as it is made.
func (l *listWriter) addStreamed(js *jsonStory) error {
	l.begin()
	var err error
	e := l.encoder()
	e.flush = func(part []byte) []byte {
		if _, werr := l.bw.Write(part); err == nil {
			err = werr
		}
		return part[:0]
	}
	if encErr := e.story(js); encErr != nil {
		return encErr
	}
	if _, werr := l.bw.Write(e.b); err == nil {
		err = werr
	}
	l.indented = e.b[:0]
	return err
}

// encoder is an encoder of an item of the list, laid out as json.Indent
// lays it out inside the list, inside the object, into l.indented.
func (l *listWriter) encoder() encoder { return newEncoder(l.indented[:0], listLayout()) }

// begin opens the list or goes on after its last item, up to where the
// next item starts.
func (l *listWriter) begin() {
	if l.n == 0 {
		fmt.Fprintf(l.bw, "{\n  %s: [\n", l.key())
	} else {
		l.bw.WriteString(",\n")
	}
	l.n++
	l.bw.WriteString("    ")
}

// indentOut writes compact JSON indented inside the list, inside the
// object, through a buffer of about spillAt bytes.
func (l *listWriter) indentOut(in *indenter, compact []byte) error {
	var err error
	l.indented = in.feed(l.indented[:0], compact, func(b []byte) []byte {
		if _, werr := l.bw.Write(b); err == nil {
			err = werr
		}
		return b[:0]
	})
	if _, werr := l.bw.Write(l.indented); err == nil {
		err = werr
	}
	return err
}

func (l *listWriter) close() error {
	if l.n == 0 {
		fmt.Fprintf(l.bw, "{\n  %s: []\n}\n", l.key())
	} else {
		l.bw.WriteString("\n  ]\n}\n")
	}
	return l.bw.Flush()
}
