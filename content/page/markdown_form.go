package page

import (
	"fmt"
	"html"
	"net/url"
	"slices"
	"strings"

	"github.com/yuin/goldmark/ast"

	"cables/model"
)

// A Markdown block's inline styles are found by writing sentinels around
// them into its words, cleaning the words as usual, and reading where the
// sentinels ended up. Sentinels are private-use characters of plane 15,
// which no cleaning step touches: mark i opens with markBase+2i and closes
// with the next.
const (
	markBase = 0xF0000
	maxMarks = 0x7FFE // two sentinels each fit in plane 15
)

func markRune(i int, closing bool) rune {
	r := rune(markBase + 2*i)
	if closing {
		r++
	}
	return r
}

// inlineMarked is inlineText with the runs the block set apart: emphasis,
// strong emphasis, code and links, as byte ranges of the text. The text is
// always inlineText's; where the sentinels would have changed it (spaces
// folded around an empty run), the marks are given up.
func inlineMarked(n ast.Node, source []byte) (string, []model.Mark) {
	plain := inlineText(n, source)
	var marks []model.Mark
	marked := oneLine(html.UnescapeString(string(inlineBytes(n, source, &marks))))
	if len(marks) == 0 {
		return plain, nil
	}
	var b strings.Builder
	b.Grow(len(plain))
	for _, r := range marked {
		if i := int(r-markBase) / 2; r >= markBase && i < len(marks) {
			if (r-markBase)%2 == 0 {
				marks[i].Start = b.Len()
			} else {
				marks[i].End = b.Len()
			}
			continue
		}
		b.WriteRune(r)
	}
	if b.String() != plain {
		return plain, nil
	}
	kept := marks[:0]
	for _, m := range marks {
		for m.Start < m.End && plain[m.Start] == ' ' {
			m.Start++
		}
		for m.End > m.Start && plain[m.End-1] == ' ' {
			m.End--
		}
		if m.Style == model.Link {
			m.URL = linkURL(m.URL)
		}
		if m.Start < m.End && (m.Style != model.Link || m.URL != "") {
			kept = append(kept, m)
		}
	}
	slices.SortStableFunc(kept, func(a, b model.Mark) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return b.End - a.End // the outer first
	})
	if len(kept) == 0 {
		return plain, nil
	}
	return plain, kept
}

// linkURL is a link's destination if it is a web or mail address, cleaned
// and on one line; "" for anything else (scripts, relative paths).
func linkURL(dest string) string {
	dest = oneLine(dest)
	u, err := url.Parse(dest)
	if err != nil {
		return ""
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https", "mailto":
		return u.String()
	}
	return ""
}

// blockForm is what a block's place in the document says of it: how many
// block quotes it stands in, and whether it opens a list item (with the
// item's marker as the source numbered it).
func blockForm(n ast.Node) model.Form {
	var f model.Form
	item := false
	for c, p := n, n.Parent(); p != nil; c, p = p, p.Parent() {
		switch p := p.(type) {
		case *ast.Blockquote:
			f.Quoted++
		case *ast.ListItem:
			if item {
				if f.Item != "" {
					f.Nested++
				}
				continue
			}
			item = true
			list, ok := p.Parent().(*ast.List)
			if !ok || p.FirstChild() != c {
				continue
			}
			f.Item, f.Tight = "-", list.IsTight
			if list.IsOrdered() {
				nth := 0
				for s := list.FirstChild(); s != nil && s != ast.Node(p); s = s.NextSibling() {
					nth++
				}
				f.Item = fmt.Sprintf("%d%c", list.Start+nth, list.Marker)
			}
		}
	}
	return f
}

// unitsAhead bounds how far keepForms looks for a paragraph's unit: the
// page rules drop a few units at a time, never a long run in the body.
const unitsAhead = 64

// keepForms gives the page's paragraphs the forms of the units they came
// from. The page rules drop units (a repeated headline, a byline, a date
// line, furniture) and trim some (inline furniture), so a paragraph is
// matched with the next unit that is it or holds it. A heading the rules
// dropped only for looking like a page's header line ("Background" above
// the story) is put back: in Markdown it is the writer's. Plain text keeps
// no forms.
func keepForms(pg *Page, units []string, forms []model.Form) {
	var paras []string
	var kept []model.Form
	styled := false
	next := 0
	for _, para := range pg.Paragraphs {
		j, at := matchUnit(units, next, para)
		if j < 0 {
			paras, kept = append(paras, para), append(kept, model.Form{})
			continue
		}
		for k := next; k < j; k++ {
			if forms[k].Heading > 0 && writersHeading(pg, units[k]) {
				paras, kept = append(paras, units[k]), append(kept, forms[k])
				styled = true
			}
		}
		f := forms[j]
		if at != 0 || len(para) != len(units[j]) {
			f.Marks = within(f.Marks, at, at+len(para))
		}
		paras, kept = append(paras, para), append(kept, f)
		styled = styled || !f.IsZero()
		next = j + 1
	}
	if styled {
		pg.Paragraphs, pg.Forms = paras, kept
	}
}

// matchUnit finds the unit a paragraph came from, at or after next: the
// first that is the paragraph, else the first that holds it; -1 for none.
func matchUnit(units []string, next int, para string) (j, at int) {
	end := min(len(units), next+unitsAhead)
	for k := next; k < end; k++ {
		if units[k] == para {
			return k, 0
		}
	}
	for k := next; k < end; k++ {
		if at := strings.Index(units[k], para); at >= 0 {
			return k, at
		}
	}
	return -1, 0
}

// writersHeading reports a heading that no page rule reads as the page's
// own: not the headline again, furniture, a date line or a byline.
func writersHeading(pg *Page, u string) bool {
	if textKey(u) == textKey(pg.Title) || isChrome(u) {
		return false
	}
	if _, ok := readDateLine(u, false); ok {
		return false
	}
	_, isByline := byline(u)
	return !isByline
}

// within is the marks that lie inside [start, end) of a unit, moved to
// the paragraph that is that part of it.
func within(marks []model.Mark, start, end int) []model.Mark {
	var out []model.Mark
	for _, m := range marks {
		if m.Start >= start && m.End <= end {
			m.Start, m.End = m.Start-start, m.End-start
			out = append(out, m)
		}
	}
	return out
}
