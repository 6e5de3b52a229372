package ui

import (
	"fmt"
	"slices"
	"strings"

	"cables/model"
)

// Zero-width markers around quote spans. They survive glamour in every
// Markdown context and leave its wrapping byte-identical (notes §5.3), so the
// rendered lines tell us where each quote landed without re-measuring text.
const (
	quoteOpen  = "\u2060\u2061"
	quoteClose = "\u2060\u2062"
)

// blockKind tells what a rendered block of the reader is, so resize can keep
// the reader's place and the marks know where quotes may be.
type blockKind int

const (
	blockTitle blockKind = iota
	blockMeta
	blockCaption
	blockParagraph
)

// block is one piece of Markdown rendered on its own. Rendering blocks one by
// one is faster than one big document (glamour is superlinear) and gives the
// line each paragraph starts on for free.
type block struct {
	kind      blockKind
	paragraph int // for blockParagraph
	// md is the Markdown of a title, meta line or caption. A paragraph's
	// is written when it is rendered, from text, spans and form (see
	// markdown): a long story's whole Markdown is never held at once.
	md   string
	text string
	// form is the paragraph's form in the story (nil for none), with
	// heading the level it shows at; plain is the ascii theme's look.
	form    *model.Form
	heading int8
	plain   bool
	// joinNext is set on an item of a tight list followed by another: no
	// blank line between them.
	joinNext bool
	// spans are the paragraph's quotes, in order.
	spans []quoteSpan
	// frame is the block quotes and list item around the text, which the
	// renderer draws.
	frame
}

// blockLook is what of the theme the blocks' Markdown needs: the dot that
// joins the meta line, and whether emphasis shows as such (the ascii
// theme's glamour style writes it as asterisks).
type blockLook struct {
	dot   string // " · " when empty
	plain bool
}

// storyBlocks turns a story into Markdown blocks with quote markers. All story
// text is escaped so that nothing in it is read as Markdown.
func storyBlocks(s *model.Story, look blockLook) []block {
	var out []block
	emph := "*"
	if look.plain {
		emph = ""
	}
	if look.dot == "" {
		look.dot = " · "
	}
	if s.Title != "" {
		out = append(out, block{kind: blockTitle, md: "# " + escapeMarkdown(strings.TrimSpace(s.Title))})
	}
	if meta := metaLine(s, look.dot); meta != "" {
		out = append(out, block{kind: blockMeta, md: emph + escapeMarkdown(meta) + emph})
	}
	for _, c := range s.Captions {
		if c = strings.TrimSpace(c); c != "" {
			out = append(out, block{kind: blockCaption, md: emph + escapeMarkdown(c) + emph, frame: frame{quoted: 1}})
		}
	}
	type mark struct{ start, end, quote int }
	marks := make([][]mark, len(s.Paragraphs))
	for qi, q := range s.QuoteList() {
		for _, sp := range q.Spans {
			p := sp.Paragraph
			if p < 0 || p >= len(s.Paragraphs) || sp.Start < 0 || sp.End > len(s.Paragraphs[p]) || sp.Start >= sp.End {
				continue
			}
			marks[p] = append(marks[p], mark{sp.Start, sp.End, qi})
		}
	}
	// The story's own headings are set under its title, the one
	// first-level heading: its top level as the second, whether the
	// source began at "#" or "##".
	headingShift := 0
	if top := topHeading(s.Forms); top > 0 {
		headingShift = 2 - top
	}
	for pi, p := range s.Paragraphs {
		ms := marks[pi]
		slices.SortFunc(ms, func(a, b mark) int { return a.start - b.start })
		var spans []quoteSpan
		at := 0
		for _, m := range ms {
			if m.start < at { // overlapping spans: keep the first
				continue
			}
			spans = append(spans, quoteSpan{m.start, m.end, m.quote})
			at = m.end
		}
		var form model.Form
		b := block{kind: blockParagraph, paragraph: pi, text: p, spans: spans, plain: look.plain}
		if pi < len(s.Forms) {
			form, b.form = s.Forms[pi], &s.Forms[pi]
		}
		if form.Heading > 0 {
			b.heading = int8(min(6, form.Heading+headingShift))
		}
		item := itemMarker(form.Item, look.plain)
		if item != "" {
			item = strings.Repeat("  ", min(form.Nested, 4)) + item
		}
		b.frame = frame{quoted: form.Quoted, item: item}
		if form.Tight && form.Item != "" && pi+1 < len(s.Forms) {
			next := s.Forms[pi+1]
			sameList := (next.Item == "-") == (form.Item == "-")
			b.joinNext = next.Tight && next.Item != "" && sameList && next.Quoted == form.Quoted
		}
		out = append(out, b)
	}
	return out
}

// markdown is the block's Markdown with its quotes between markers.
func (b *block) markdown() string {
	if b.kind != blockParagraph {
		return b.md
	}
	var form model.Form
	if b.form != nil {
		form = *b.form
	}
	form.Heading = int(b.heading)
	return paragraphMarkdown(b.text, form, b.spans, b.plain)
}

// quotes are the quote indexes of the block's marked spans, in order.
func (b *block) quotes() []int {
	q := make([]int, len(b.spans))
	for i, sp := range b.spans {
		q[i] = sp.quote
	}
	return q
}

// topHeading is the highest level (the smallest number) of the story's
// headings; 0 when it has none.
func topHeading(forms []model.Form) int {
	top := 0
	for _, f := range forms {
		if f.Heading > 0 && (top == 0 || f.Heading < top) {
			top = f.Heading
		}
	}
	return top
}

// quoteSpan is a quote's span in one paragraph, in bytes.
type quoteSpan struct{ start, end, quote int }

// paragraphMarkdown writes a paragraph as Markdown: its text escaped, its
// quotes between markers, and the form its source gave it (a heading, a
// heading, emphasis, code, links) as Markdown syntax.
func paragraphMarkdown(p string, form model.Form, spans []quoteSpan, plain bool) string {
	type cut struct {
		at, order int // order sorts cuts at one place: closes, then opens
		text      string
		raw       bool // a code span's opening: what follows is written as is
		endRaw    bool
	}
	var cuts []cut
	for _, q := range spans {
		cuts = append(cuts, cut{at: q.start, order: 2, text: quoteOpen}, cut{at: q.end, order: 1, text: quoteClose})
	}
	for i, m := range form.Marks {
		if m.Start < 0 || m.End > len(p) || m.Start >= m.End {
			continue
		}
		if run := p[m.Start:m.End]; strings.TrimSpace(run) != run {
			continue // Markdown reads a delimiter beside a space as text
		}
		var open, close string
		raw := false
		switch m.Style {
		case model.Emphasis, model.Strong:
			if plain { // the ascii style writes emphasis as asterisks
				continue
			}
			open = "*"
			if m.Style == model.Strong {
				open = "**"
			}
			close = open
		case model.Code:
			if strings.ContainsAny(p[m.Start:m.End], "`") {
				continue
			}
			open, close, raw = "`", "`", true
		case model.Link:
			u := linkDestination(m.URL)
			if text := p[m.Start:m.End]; u == "" || text == m.URL || "mailto:"+text == m.URL {
				continue // glamour writes the address after the text: once is enough
			}
			open, close = "[", "]("+u+")"
		default:
			continue
		}
		// Opens in order, so outer marks open first; closes the other way.
		cuts = append(cuts, cut{at: m.Start, order: 3 + i, text: open, raw: raw},
			cut{at: m.End, order: -i, text: close, endRaw: raw})
	}
	slices.SortStableFunc(cuts, func(a, b cut) int {
		if a.at != b.at {
			return a.at - b.at
		}
		return a.order - b.order
	})
	var b strings.Builder
	switch {
	case form.Heading > 0:
		b.WriteString(strings.Repeat("#", form.Heading) + " ")
	}
	at, raw := 0, 0
	write := func(s string) {
		if raw > 0 {
			// glamour decodes entities even in code (so "&#27;" would
			// be a live ESC): '&' is the one thing escaped there.
			b.WriteString(strings.ReplaceAll(s, "&", "&amp;"))
		} else {
			b.WriteString(escapeMarkdown(s))
		}
	}
	for _, c := range cuts {
		write(p[at:c.at])
		at = c.at
		if c.endRaw {
			raw--
		}
		b.WriteString(c.text)
		if c.raw {
			raw++
		}
	}
	write(p[at:])
	// Four leading spaces would make an indented code block, where
	// escapes show as backslashes.
	return strings.TrimLeft(b.String(), " ")
}

// itemMarker is what the reader draws before a list item: a bullet, or
// the item's number as the source gave it ("3." or "3)"); "" for none.
func itemMarker(item string, plain bool) string {
	n := strings.TrimRight(item, ".)")
	switch {
	case item == "":
		return ""
	case n != "" && len(n) <= 9 && strings.Trim(n, "0123456789") == "":
		return n + item[len(n):len(n)+min(1, len(item)-len(n))] + " "
	case plain:
		return "* "
	}
	return "• "
}

// linkDestination is a link's address as a Markdown destination: between
// angle brackets, with what could end it percent-encoded; "" when it is
// not a web or mail address.
func linkDestination(u string) string {
	lower := strings.ToLower(u)
	if !strings.HasPrefix(lower, "http://") && !strings.HasPrefix(lower, "https://") && !strings.HasPrefix(lower, "mailto:") {
		return ""
	}
	var b strings.Builder
	b.WriteByte('<')
	for i := 0; i < len(u); i++ {
		switch c := u[i]; {
		case c <= ' ' || c == 0x7f || c == '<' || c == '>' || c == '\\' || c == '`':
			fmt.Fprintf(&b, "%%%02X", c)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte('>')
	return b.String()
}

// metaLine joins what is known of where and when a story appeared.
func metaLine(s *model.Story, dot string) string {
	var parts []string
	for _, p := range []string{s.Outlet, s.Published.Human(), s.Dateline, s.Byline} {
		if p = strings.TrimSpace(p); p != "" {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, dot)
}

// escapeMarkdown makes text render as itself. Glamour honours backslash
// escapes only for some punctuation (measured on v2.0.1: `\,` shows the
// backslash), so those get a backslash and the few others that can start
// Markdown get a numeric entity: '~' (strikethrough, fences), ':' and '@'
// (linkify would rewrite "www.x.org" and e-mail addresses). '&' becomes
// "&amp;" so that story text never forms an entity: glamour turns
// `\&#27;` into a live ESC.
func escapeMarkdown(s string) string {
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '&':
			b.WriteString("&amp;")
		case c == '~':
			b.WriteString("&#126;")
		case c == ':':
			b.WriteString("&#58;")
		case c == '@':
			b.WriteString("&#64;")
		case c == '\n' || c == '\r' || c == '\t':
			b.WriteByte(' ')
		case c < 0x20 || c == 0x7f:
			// content already removed controls; never pass one on.
		case strings.IndexByte("\\`*_{}[]()#+-.!<>|", c) >= 0:
			b.WriteByte('\\')
			b.WriteByte(c)
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}
