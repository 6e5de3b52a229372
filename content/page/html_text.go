package page

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// blocks is the text of an HTML body: its paragraphs, and apart from them
// the captions of its figures.
type blocks struct {
	paragraphs []string
	captions   []string
}

// blockTags start a new paragraph where they open and where they close.
var blockTags = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true, atom.Main: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Blockquote: true, atom.Pre: true, atom.Li: true, atom.Ul: true, atom.Ol: true,
	atom.Dl: true, atom.Dt: true, atom.Dd: true, atom.Table: true, atom.Tr: true,
	atom.Td: true, atom.Th: true, atom.Header: true, atom.Footer: true, atom.Figure: true,
	atom.Hr: true, atom.Br: true, atom.Address: true, atom.Center: true, atom.Details: true,
	atom.Summary: true,
}

// skipTags hold nothing a reader reads: code, styling, media and forms.
var skipTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Math: true, atom.Iframe: true, atom.Object: true, atom.Embed: true,
	atom.Button: true, atom.Select: true, atom.Textarea: true, atom.Input: true,
	atom.Nav: true, atom.Aside: true, atom.Form: true, atom.Head: true,
}

// blocksOf collects the text of n as paragraphs, one per block element,
// with white space collapsed as a browser would show it. It walks without
// recursion so that depth costs nothing but time.
func blocksOf(n *html.Node) blocks {
	var b blocks
	var para strings.Builder
	flush := func(into *[]string) {
		if t := oneLine(para.String()); t != "" {
			*into = append(*into, t)
		}
		para.Reset()
	}
	// The figcaption being read, if any: its text goes to the captions.
	var caption *html.Node
	// quoteFrom holds, per open blockquote, the index of its first
	// paragraph.
	var quoteFrom []int
	target := func() *[]string {
		if caption != nil {
			return &b.captions
		}
		return &b.paragraphs
	}

	leave := func(n *html.Node) {
		if n.Type != html.ElementNode {
			return
		}
		if n == caption {
			flush(&b.captions)
			caption = nil
			return
		}
		if blockTags[n.DataAtom] {
			flush(target())
		}
		if n.DataAtom == atom.Blockquote && len(quoteFrom) > 0 {
			markQuoted(b.paragraphs[quoteFrom[len(quoteFrom)-1]:])
			quoteFrom = quoteFrom[:len(quoteFrom)-1]
		}
	}
	root := n
	for n != nil {
		enter := true
		switch n.Type {
		case html.TextNode:
			para.WriteString(n.Data)
			enter = false
		case html.ElementNode:
			switch {
			case skipTags[n.DataAtom]:
				enter = false
			case n.DataAtom == atom.Figcaption && caption == nil:
				flush(target())
				caption = n
			case blockTags[n.DataAtom]:
				flush(target())
			}
			if n.DataAtom == atom.Blockquote {
				quoteFrom = append(quoteFrom, len(b.paragraphs))
			}
			// Images say nothing in text; their alt text would only
			// repeat the caption.
		default:
			enter = n.Type == html.DocumentNode
		}
		if enter && n.FirstChild != nil {
			n = n.FirstChild
			continue
		}
		if enter {
			leave(n)
		}
		// Climb until a sibling is found, leaving each finished element.
		for n != root && n.NextSibling == nil {
			n = n.Parent
			leave(n)
		}
		if n == root {
			break
		}
		n = n.NextSibling
	}
	flush(target())
	return b
}

// markQuoted puts quotation marks around the paragraphs of a blockquote
// that has none of its own, the way print sets a quotation over several
// paragraphs: each opens with a mark and the last one closes. A page that
// sets a cable's words apart only by indenting them then quotes them as
// text does.
func markQuoted(paras []string) {
	if len(paras) == 0 {
		return
	}
	for _, p := range paras {
		if containsAny(p, "“”\"«»„") {
			return
		}
	}
	for i := range paras {
		paras[i] = "“" + paras[i]
	}
	paras[len(paras)-1] += "”"
}
