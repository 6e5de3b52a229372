package page

import (
	"reflect"
	"strings"
	"testing"

	"cables/model"
)

// A Markdown story keeps how each paragraph was set: headings (also one
// straight under the title, which a page's header rules would drop),
// list items with their markers, block quotes, and the runs it emphasised,
// set as code or linked, on the words they cover (issue 13 item 10).
func TestMarkdownKeepsForms(t *testing.T) {
	src := strings.Join([]string{
		"# Harbour deal gone sour",
		"## Background",
		"The deal was proposed in **2008**, when the port asked for [foreign help](https://example.org/port \"port\") with its *cranes*.",
		"- The first cable called the minister “eager.”\n- A second said the talks were `stalled`.\n  - A point inside it.",
		"3. Ortiz met Kell twice.",
		"4. Kell said: “We will not sell the sea.”",
		"> “The harbour is not for sale,” Kell told reporters.",
		"A [script](javascript:alert(1)) link and an autolink <https://example.org/a> end it.",
	}, "\n\n")
	pg := readMarkdown(src)
	type row struct {
		text  string
		form  model.Form
		words []string // the words each mark covers
	}
	want := []row{
		{"Background", model.Form{Heading: 2}, nil},
		{"The deal was proposed in 2008, when the port asked for foreign help with its cranes.", model.Form{}, []string{"2008", "foreign help", "cranes"}},
		{"The first cable called the minister “eager.”", model.Form{Item: "-"}, nil},
		{"A second said the talks were stalled.", model.Form{Item: "-"}, []string{"stalled"}},
		{"A point inside it.", model.Form{Item: "-", Nested: 1}, nil},
		{"Ortiz met Kell twice.", model.Form{Item: "3."}, nil},
		{"Kell said: “We will not sell the sea.”", model.Form{Item: "4."}, nil},
		{"“The harbour is not for sale,” Kell told reporters.", model.Form{Quoted: 1}, nil},
		{"A script link and an autolink https://example.org/a end it.", model.Form{}, []string{"https://example.org/a"}},
	}
	if pg.Title != "Harbour deal gone sour" {
		t.Errorf("title %q", pg.Title)
	}
	if len(pg.Paragraphs) != len(want) || len(pg.Forms) != len(want) {
		t.Fatalf("%d paragraphs, %d forms; want %d:\n%q", len(pg.Paragraphs), len(pg.Forms), len(want), pg.Paragraphs)
	}
	for i, w := range want {
		p, f := pg.Paragraphs[i], pg.Forms[i]
		if p != w.text {
			t.Errorf("paragraph %d: %q, want %q", i, p, w.text)
		}
		var words []string
		for _, m := range f.Marks {
			words = append(words, p[m.Start:m.End])
		}
		if !reflect.DeepEqual(words, w.words) {
			t.Errorf("paragraph %d marks %q, want %q", i, words, w.words)
		}
		f.Marks, f.Tight = nil, false
		if !reflect.DeepEqual(f, w.form) {
			t.Errorf("paragraph %d: form %+v, want %+v", i, f, w.form)
		}
	}
	if m := pg.Forms[1].Marks; len(m) == 3 && (m[0].Style != model.Strong || m[1].Style != model.Link || m[1].URL != "https://example.org/port" || m[2].Style != model.Emphasis) {
		t.Errorf("styles of paragraph 1: %+v", m)
	}
	if !pg.Forms[2].Tight {
		t.Error("a list without blank lines between its items is not tight")
	}
}

// Plain text carries no forms, and a Markdown file's words are the same
// with or without them: a mark never changes the text.
func TestMarkdownFormsLeaveTextAlone(t *testing.T) {
	if pg := readText("Headline\n\nThe envoy said *nothing* at all.\n"); pg.Forms != nil {
		t.Errorf("plain text has forms: %+v", pg.Forms)
	}
	for _, src := range []string{
		"Spaces * around * stars and **  ** an empty strong.",
		"An entity &amp; a *split &amp; entity* and a [link with *emphasis*](https://x.example/) inside.",
		"A line\nbroken *across\nlines* and `code`.",
	} {
		pg := readMarkdown("# T\n\n" + src)
		if len(pg.Paragraphs) != 1 {
			t.Fatalf("%q: paragraphs %q", src, pg.Paragraphs)
		}
		for _, f := range pg.Forms {
			for _, m := range f.Marks {
				p := pg.Paragraphs[0]
				if m.Start < 0 || m.End > len(p) || m.Start >= m.End || p[m.Start] == ' ' || p[m.End-1] == ' ' {
					t.Errorf("%q: mark %+v is not on words of %q", src, m, p)
				}
			}
		}
	}
}
