package model

import (
	"math"
	"strings"
)

// packedQuotes are a story's quotes as a library holds them (issue 14:
// memory ≤ 3× the corpus): a row of numbers a quote, its spans as three
// numbers each, and its speaker and the people it mentions as the story's
// people, by index. A Quote was 144 bytes and its spans 24 each: at 100,000
// stories, 1.6 million quotes were 228 MB and their spans 39 MB. A quote's
// text that its spans give is not kept: it is made again when the quote is
// read (QuoteAt).
type packedQuotes struct {
	rows  []quoteRow
	spans []packedSpan
	// refs are the quotes' mentions: ≥ 0 a person's index, < 0 the string
	// strs[-ref-1]
	refs []int32
	// strs are what is no person's name: sources, texts not their spans',
	// speakers and mentions that name no person of the story, kinds of
	// neither model's constant
	strs []string
}

type quoteRow struct {
	span, ref       uint32 // the first of the quote's spans and refs
	nSpans, nRefs   uint16
	speaker, source int32 // a ref as in refs, or none
	text            int32 // strs' index, or none: the spans' text
	kind            int32 // 0 speech, 1 cable, ≥ 2 strs[kind-2]
}

type packedSpan struct{ paragraph, start, end int32 }

const none = math.MinInt32

// PackQuotes gives the story's quotes the packed form and empties Quotes;
// NumQuotes, QuoteAt and QuoteList read them as before. The quotes' strings
// are kept, not copied; their lists and spans are not. It reports false,
// and leaves the quotes as they are, when they cannot be packed (a number
// past the form's bounds, or quotes with reasons or cable matches).
func (s *Story) PackQuotes() bool {
	if len(s.Quotes) == 0 {
		return true
	}
	p := &packedQuotes{rows: make([]quoteRow, len(s.Quotes))}
	nSpans, nRefs := 0, 0
	for i := range s.Quotes {
		nSpans += len(s.Quotes[i].Spans)
		nRefs += len(s.Quotes[i].Mentions)
	}
	p.spans = make([]packedSpan, 0, nSpans)
	if nRefs > 0 {
		p.refs = make([]int32, 0, nRefs)
	}
	ref := func(name string) int32 {
		for i := range s.People {
			if s.People[i].Name == name {
				return int32(i)
			}
		}
		p.strs = append(p.strs, name)
		return -int32(len(p.strs))
	}
	fits := func(n int) bool { return n >= 0 && n <= math.MaxInt32 }
	for i := range s.Quotes {
		q := &s.Quotes[i]
		if q.Why != nil || q.SourceCable != nil || len(q.Spans) > math.MaxUint16 || len(q.Mentions) > math.MaxUint16 || len(s.People) > math.MaxInt32/2 {
			return false
		}
		r := quoteRow{span: uint32(len(p.spans)), ref: uint32(len(p.refs)), nSpans: uint16(len(q.Spans)), nRefs: uint16(len(q.Mentions)),
			speaker: none, source: none, text: none}
		for _, sp := range q.Spans {
			if !fits(sp.Paragraph) || !fits(sp.Start) || !fits(sp.End) {
				return false
			}
			p.spans = append(p.spans, packedSpan{int32(sp.Paragraph), int32(sp.Start), int32(sp.End)})
		}
		for _, m := range q.Mentions {
			p.refs = append(p.refs, ref(m))
		}
		if q.Speaker != "" {
			r.speaker = ref(q.Speaker)
		}
		if q.Source != "" {
			p.strs = append(p.strs, q.Source)
			r.source = int32(len(p.strs) - 1)
		}
		switch q.Kind {
		case Speech:
		case Cable:
			r.kind = 1
		default:
			p.strs = append(p.strs, string(q.Kind))
			r.kind = int32(len(p.strs) + 1)
		}
		if text, ok := SpansText(s.Paragraphs, q.Spans); !ok || text != q.Text {
			p.strs = append(p.strs, q.Text)
			r.text = int32(len(p.strs) - 1)
		}
		p.rows[i] = r
	}
	if len(p.strs) > math.MaxInt32/2 || len(p.spans) > math.MaxUint32 || len(p.refs) > math.MaxUint32 {
		return false
	}
	s.Quotes, s.packed = nil, p
	return true
}

// SpansText is the text the spans give: their parts of the paragraphs,
// joined by a space. ok is false for spans outside the paragraphs.
func SpansText(paragraphs []string, spans []Span) (string, bool) {
	if len(spans) == 0 {
		return "", false
	}
	parts := make([]string, len(spans))
	for i, sp := range spans {
		if sp.Paragraph < 0 || sp.Paragraph >= len(paragraphs) || sp.Start < 0 || sp.Start > sp.End || sp.End > len(paragraphs[sp.Paragraph]) {
			return "", false
		}
		parts[i] = paragraphs[sp.Paragraph][sp.Start:sp.End]
	}
	if len(parts) == 1 {
		return parts[0], true
	}
	return strings.Join(parts, " "), true
}

// NumQuotes is how many quotes the story has.
func (s *Story) NumQuotes() int {
	if s.packed != nil {
		return len(s.packed.rows)
	}
	return len(s.Quotes)
}

// QuoteAt returns quote i of the story.
func (s *Story) QuoteAt(i int) Quote {
	if s.packed == nil {
		return s.Quotes[i]
	}
	p := s.packed
	r := p.rows[i]
	q := Quote{Kind: s.kindOf(i), Speaker: s.speakerOf(i)}
	if r.nSpans > 0 {
		q.Spans = make([]Span, r.nSpans)
		for j, sp := range p.spans[r.span : r.span+uint32(r.nSpans)] {
			q.Spans[j] = Span{int(sp.paragraph), int(sp.start), int(sp.end)}
		}
	}
	if r.nRefs > 0 {
		q.Mentions = make([]string, r.nRefs)
		for j, ref := range p.refs[r.ref : r.ref+uint32(r.nRefs)] {
			q.Mentions[j] = s.refName(ref)
		}
	}
	if r.source != none {
		q.Source = p.strs[r.source]
	}
	if r.text != none {
		q.Text = p.strs[r.text]
	} else {
		q.Text, _ = SpansText(s.Paragraphs, q.Spans)
	}
	return q
}

// QuoteList returns the story's quotes: Quotes, or the packed ones made
// whole (a list of the caller's own).
func (s *Story) QuoteList() []Quote {
	if s.packed == nil {
		return s.Quotes
	}
	qs := make([]Quote, len(s.packed.rows))
	for i := range qs {
		qs[i] = s.QuoteAt(i)
	}
	return qs
}

func (s *Story) refName(ref int32) string {
	if ref >= 0 {
		return s.People[ref].Name
	}
	return s.packed.strs[-ref-1]
}

// kindOf is quote i's kind, without making the quote.
func (s *Story) kindOf(i int) Kind {
	if s.packed == nil {
		return s.Quotes[i].Kind
	}
	switch k := s.packed.rows[i].kind; k {
	case 0:
		return Speech
	case 1:
		return Cable
	default:
		return Kind(s.packed.strs[k-2])
	}
}

// speakerOf is quote i's speaker, without making the quote.
func (s *Story) speakerOf(i int) string {
	if s.packed == nil {
		return s.Quotes[i].Speaker
	}
	if r := s.packed.rows[i].speaker; r != none {
		return s.refName(r)
	}
	return ""
}

// mentionsAny reports whether quote i names someone for whom f is true,
// without making the quote.
func (s *Story) mentionsAny(i int, f func(string) bool) bool {
	if s.packed == nil {
		for _, m := range s.Quotes[i].Mentions {
			if f(m) {
				return true
			}
		}
		return false
	}
	r := s.packed.rows[i]
	for _, ref := range s.packed.refs[r.ref : r.ref+uint32(r.nRefs)] {
		if f(s.refName(ref)) {
			return true
		}
	}
	return false
}

// Unpacked is the story with its quotes in Quotes: s itself, or, when its
// quotes are packed, a copy of it that holds them made whole, for a reader
// of one story (the reader pane, a cable archive's matcher).
func (s *Story) Unpacked() *Story {
	if s.packed == nil {
		return s
	}
	u := *s
	u.Quotes, u.packed = s.QuoteList(), nil
	return &u
}

// Unpack gives the story its quotes in Quotes again, in place, for a
// reader that changes them (a cable archive's checks of every quote).
func (s *Story) Unpack() {
	if s.packed != nil {
		s.Quotes, s.packed = s.QuoteList(), nil
	}
}
