package page

import (
	"bytes"
	"cmp"
	"html"
	"path/filepath"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
	"go.yaml.in/yaml/v3"

	"cables/model"
)

// isMarkdown tells Markdown by extension or by YAML front matter.
func isMarkdown(name, text string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".md", ".markdown", ".mdown", ".mkd", ".mkdn":
		return true
	}
	return strings.HasPrefix(text, "---\n")
}

// frontMatter holds the fields cables reads from YAML front matter.
type frontMatter struct {
	Title     string `yaml:"title"`
	Outlet    string `yaml:"outlet"`
	URL       string `yaml:"url"`
	Published string `yaml:"published"`
	Updated   string `yaml:"updated"`
	Byline    string `yaml:"byline"`
	Author    string `yaml:"author"`
	Dateline  string `yaml:"dateline"`
}

// splitFrontMatter separates "---\n…\n---\n" from the body. Front matter
// that is not valid YAML is left in the body, where it shows as text.
func splitFrontMatter(src string) (frontMatter, string) {
	var fm frontMatter
	rest, ok := strings.CutPrefix(src, "---\n")
	if !ok {
		return fm, src
	}
	end := strings.Index(rest, "\n---")
	if end < 0 {
		return fm, src
	}
	body := rest[end+len("\n---"):]
	if nl := strings.IndexByte(body, '\n'); nl >= 0 {
		body = body[nl+1:]
	} else {
		body = ""
	}
	if err := yaml.Unmarshal([]byte(rest[:end]), &fm); err != nil {
		return frontMatter{}, src
	}
	return fm, body
}

// readMarkdown reads a Markdown story: front matter for the metadata, the
// first top-level heading as the title when front matter gives none, and
// the text of every block (emphasis, links and code reduced to their words)
// through the same rules as plain text. How each block was set (heading,
// list item, block quote, emphasis and links) is kept beside its text as
// the page's Forms, for the reader to show.
func readMarkdown(src string) *Page {
	fm, body := splitFrontMatter(src)
	source := []byte(body)
	doc := goldmark.New().Parser().Parse(text.NewReader(source))
	var units []string
	var forms []model.Form
	add := func(t string, f model.Form) {
		units, forms = append(units, t), append(forms, f)
	}
	title := oneLine(fm.Title)
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Heading:
			t, marks := inlineMarked(n, source)
			if title == "" && n.Level == 1 {
				title = t
			} else if t != "" {
				f := blockForm(n)
				f.Heading, f.Marks = n.Level, marks
				add(t, f)
			}
			return ast.WalkSkipChildren, nil
		case *ast.Paragraph, *ast.TextBlock:
			if t, marks := inlineMarked(n, source); t != "" {
				f := blockForm(n)
				f.Marks = marks
				add(t, f)
			}
			return ast.WalkSkipChildren, nil
		case *ast.FencedCodeBlock, *ast.CodeBlock:
			var b strings.Builder
			lines := n.Lines()
			for i := 0; i < lines.Len(); i++ {
				seg := lines.At(i)
				b.Write(seg.Value(source))
			}
			f := model.Form{Quoted: blockForm(n).Quoted}
			for _, u := range splitUnits(model.Sanitize(b.String())) {
				add(u, f)
			}
			return ast.WalkSkipChildren, nil
		case *ast.HTMLBlock:
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	s := &Page{
		Title: title, Outlet: oneLine(fm.Outlet), URL: oneLine(fm.URL),
		Byline: oneLine(cmp.Or(fm.Byline, fm.Author)), Dateline: oneLine(fm.Dateline),
	}
	s.Published, _ = parseDate(fm.Published)
	s.Updated, _ = parseDate(fm.Updated)
	end := chromeTail(units)
	units, forms = units[:end], forms[:end]
	fillFromUnits(s, units)
	keepForms(s, units, forms)
	return s
}

// inlineText is the plain text of a block: its words without Markdown
// syntax, line breaks as spaces, entities decoded and cleaned again.
func inlineText(n ast.Node, source []byte) string {
	return oneLine(html.UnescapeString(string(inlineBytes(n, source, nil))))
}

// inlineBytes is the words of a block before cleaning. With marks, each
// emphasis, code span and link is written between the sentinels of its
// index in *marks (markRune), where it is appended.
func inlineBytes(n ast.Node, source []byte, marks *[]model.Mark) []byte {
	var b bytes.Buffer
	around := func(style model.MarkStyle, url string, inside func()) {
		if marks == nil || len(*marks) >= maxMarks {
			inside()
			return
		}
		i := len(*marks)
		*marks = append(*marks, model.Mark{Style: style, URL: url})
		b.WriteRune(markRune(i, false))
		inside()
		b.WriteRune(markRune(i, true))
	}
	var walk func(ast.Node)
	walk = func(n ast.Node) {
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			switch c := c.(type) {
			case *ast.Text:
				b.Write(util.UnescapePunctuations(c.Value(source)))
				if c.SoftLineBreak() || c.HardLineBreak() {
					b.WriteByte(' ')
				}
			case *ast.String:
				b.Write(c.Value)
			case *ast.AutoLink:
				around(model.Link, string(c.URL(source)), func() { b.Write(c.Label(source)) })
			case *ast.RawHTML:
				// tags are dropped; their words are not story text
			case *ast.Emphasis:
				style := model.Emphasis
				if c.Level > 1 {
					style = model.Strong
				}
				around(style, "", func() { walk(c) })
			case *ast.CodeSpan:
				around(model.Code, "", func() { walk(c) })
			case *ast.Link:
				around(model.Link, string(c.Destination), func() { walk(c) })
			default:
				walk(c)
			}
		}
	}
	walk(n)
	return b.Bytes()
}

// oneLine cleans a metadata value and folds it onto one line.
func oneLine(s string) string {
	return strings.Join(strings.Fields(model.Sanitize(s)), " ")
}
