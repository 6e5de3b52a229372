package ui

import (
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
	md        string
	// quoted is how many levels of block quote the block is set in; the
	// renderer draws their bars.
	quoted int
	// quotes[i] is the quote index of the i-th marked span in md.
	quotes []int
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
			out = append(out, block{kind: blockCaption, md: emph + escapeMarkdown(c) + emph, quoted: 1})
		}
	}
	type mark struct{ start, end, quote int }
	marks := make([][]mark, len(s.Paragraphs))
	for qi, q := range s.Quotes {
		for _, sp := range q.Spans {
			p := sp.Paragraph
			if p < 0 || p >= len(s.Paragraphs) || sp.Start < 0 || sp.End > len(s.Paragraphs[p]) || sp.Start >= sp.End {
				continue
			}
			marks[p] = append(marks[p], mark{sp.Start, sp.End, qi})
		}
	}
	for pi, p := range s.Paragraphs {
		ms := marks[pi]
		slices.SortFunc(ms, func(a, b mark) int { return a.start - b.start })
		var b strings.Builder
		var quotes []int
		at := 0
		for _, m := range ms {
			if m.start < at { // overlapping spans: keep the first
				continue
			}
			b.WriteString(escapeMarkdown(p[at:m.start]))
			b.WriteString(quoteOpen)
			b.WriteString(escapeMarkdown(p[m.start:m.end]))
			b.WriteString(quoteClose)
			quotes = append(quotes, m.quote)
			at = m.end
		}
		b.WriteString(escapeMarkdown(p[at:]))
		// Four leading spaces would make an indented code block, where
		// escapes show as backslashes.
		md := strings.TrimLeft(b.String(), " ")
		out = append(out, block{kind: blockParagraph, paragraph: pi, md: md, quotes: quotes})
	}
	return out
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
