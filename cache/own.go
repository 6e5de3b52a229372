package cache

import (
	"slices"
	"strings"
	"unsafe"

	"cables/model"
)

// A decoded story keeps none of its blob (issue 14: memory ≤ 3× the
// corpus). Its strings were slices of the blob, which kept the whole blob
// alive: 528 MB for the 100,000 stories' 370 MB of paragraphs, a third
// more, as the blob also holds the quotes' spans, the lengths and the
// names. An owner copies what a story alone has (its paragraphs, title,
// captions) into chunks of its own, a story's text packed after the last
// one's, and gives each name (people, speakers, sources, outlets) one copy
// for every story that repeats it: gencorpus' 100,000 stories hold 610
// distinct ones in 73 MB of repeats.
type owner struct {
	names map[string]string
	// lists are the lists of names (a person's aliases) kept, by their
	// names joined by a zero byte, and key the buffer they are joined in
	lists map[string][]string
	key   []byte
	chunk []byte
	// what the decoder gathers a story's spans, names and where each
	// quote's or person's end in, before it makes them one array each,
	// and which quotes' texts are their spans'
	spans   []model.Span
	strs    []string
	ends    [][2]int
	spanned []bool
	// held is set when every story the owner decodes is held as long as
	// the others (Cache.HoldsLibrary): their arrays are cut from slabs
	held bool
	cut  slabs
	// held stories' quotes, before they are packed (pack)
	scratch []model.Quote
}

// quotes is room for a held story's n quotes, the owner's, until packQuotes.
func (o *owner) quotes(n int) []model.Quote {
	if cap(o.scratch) < n {
		o.scratch = make([]model.Quote, n)
	}
	o.scratch = o.scratch[:n]
	clear(o.scratch)
	return o.scratch
}

// packQuotes gives a held story's quotes their packed form (issue 14: a library
// held whole; model.Story.PackQuotes): their room and spans are the
// owner's, used again for the next story. Quotes that cannot be packed
// get arrays of their own.
func (o *owner) packQuotes(s *model.Story) {
	if len(s.Quotes) == 0 {
		return
	}
	if !s.PackQuotes() {
		s.Quotes = slices.Clone(s.Quotes)
		for i := range s.Quotes {
			s.Quotes[i].Spans = slices.Clip(slices.Clone(s.Quotes[i].Spans))
		}
	}
	clear(o.scratch)
}

func newOwner() *owner {
	return &owner{names: map[string]string{}, lists: map[string][]string{}}
}

// chunkSize is the text an owner packs stories into; a story whose text
// is over a quarter of it gets an allocation of its own, so that at most
// a quarter of a chunk is left unused.
const chunkSize = 128 << 10

// Bounds on the names an owner keeps: a string longer is a story's own
// (names are short), and past so many names the rest are copied as they
// come, so that a library of unique strings costs no more than before.
const (
	longestName = 96
	mostNames   = 1 << 16
)

// name is s's one copy: s itself is the blob's and is not kept.
func (o *owner) name(s string) string {
	if s == "" {
		return ""
	}
	if n, ok := o.names[s]; ok {
		return n
	}
	n := strings.Clone(s)
	if len(s) <= longestName && len(o.names) < mostNames {
		o.names[n] = n
	}
	return n
}

// list is the one copy of a list of names (the blob's, not kept), each
// name its one copy: a person's aliases are the same list in most stories
// that name them ("Ben Ali", "Leila Ben Ali", "President Ben Ali"), and a
// quote's mentions are a name or two (issue 14: at 100,000 stories, 1.35
// million lists of aliases and 1.6 million of mentions were 23 MB, and
// are 8 now). No one changes a list once decoded; it is clipped, so that
// an append makes a list of its own.
func (o *owner) list(names []string) []string {
	o.key = o.key[:0]
	for _, n := range names {
		o.key = append(append(o.key, n...), 0)
	}
	if l, ok := o.lists[string(o.key)]; ok {
		return l
	}
	l := make([]string, len(names))
	for i, n := range names {
		l[i] = o.name(n)
	}
	if len(o.key) <= longestList && len(o.lists) < mostNames {
		o.lists[string(o.key)] = l
	}
	return l
}

// longestList is the longest list of names (joined) an owner keeps.
const longestList = 4 * longestName

// kind is k as one of the model's constants when it is one.
func kind(k model.Kind, o *owner) model.Kind {
	switch k {
	case model.Cable:
		return model.Cable
	case model.Speech:
		return model.Speech
	}
	return model.Kind(o.name(string(k)))
}

// own moves the story's text out of the blob: what the story alone has
// into a chunk, the names to their one copy. A quote's text that its span
// gave is the paragraph's again; one joined from several spans is already
// its own.
func (o *owner) own(s *model.Story) {
	spanned := o.spanned
	texts := []*string{&s.ID, &s.Title, &s.URL, &s.Byline}
	samePath := s.Path == s.ID
	if !samePath {
		texts = append(texts, &s.Path)
	}
	for i := range s.Captions {
		texts = append(texts, &s.Captions[i])
	}
	for i := range s.Paragraphs {
		texts = append(texts, &s.Paragraphs[i])
	}
	for i := range s.Quotes {
		if !spanned[i] {
			texts = append(texts, &s.Quotes[i].Text)
		}
	}
	for i := range s.Forms {
		for j := range s.Forms[i].Marks {
			texts = append(texts, &s.Forms[i].Marks[j].URL)
		}
	}
	o.pack(texts)
	if samePath {
		s.Path = s.ID
	}
	s.Outlet, s.Dateline = o.name(s.Outlet), o.name(s.Dateline)
	for i := range s.Quotes {
		q := &s.Quotes[i]
		if spanned[i] && len(q.Spans) == 1 {
			sp := q.Spans[0]
			q.Text = s.Paragraphs[sp.Paragraph][sp.Start:sp.End]
		}
		q.Kind, q.Speaker, q.Source = kind(q.Kind, o), o.name(q.Speaker), o.name(q.Source)
	}
	for i := range s.People {
		p := &s.People[i]
		p.Name = o.name(p.Name) // its aliases are a list's one copy
	}
	for i := range s.Forms {
		s.Forms[i].Item = o.name(s.Forms[i].Item)
	}
}

// pack copies the texts into the owner's chunk, or, when they are over a
// quarter of a chunk, into an allocation of their own, and points each at
// its copy.
func (o *owner) pack(texts []*string) {
	n := 0
	for _, t := range texts {
		n += len(*t)
	}
	if n == 0 {
		return
	}
	var buf []byte
	switch {
	case n > chunkSize/4:
		buf = make([]byte, 0, n)
	case n > cap(o.chunk)-len(o.chunk):
		o.chunk = make([]byte, 0, chunkSize)
		fallthrough
	default:
		buf = o.chunk[len(o.chunk):len(o.chunk)]
		o.chunk = o.chunk[:len(o.chunk)+n]
	}
	for _, t := range texts {
		at := len(buf)
		buf = append(buf, *t...)
		if len(*t) > 0 {
			*t = unsafe.String(&buf[at], len(*t))
		}
	}
}
