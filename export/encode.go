package export

import (
	"bytes"
	"encoding/json"
	"math/bits"
	"strconv"
	"strings"
	"unicode/utf8"

	"cables/model"
)

// The stories of an export are encoded here by hand, to the bytes
// encoding/json makes of jsonStory (HTML left unescaped): reflection was
// most of the time export spent writing (issue 14). A field added to
// jsonStory, jsonQuote or jsonPerson goes here too;
// TestStreamedJSONIsTheWholeDocument and TestAppendStoryIsEncodingJSON
// compare the two.

// appendStory appends a story's compact JSON.
func appendStory(b []byte, s *jsonStory) ([]byte, error) {
	e := newEncoder(b, compactLayout())
	err := e.story(s)
	return e.b, err
}

// encoder appends JSON to b: compact, as encoding/json marshals it, or,
// when indented, laid out as json.Indent lays the compact bytes out with
// prefix and indent, written so at once rather than indented afterwards
// (issue 14: indenting the compact bytes again was 5 % of a first run's
// instructions).
type encoder struct {
	b     []byte
	lay   *layout
	depth int
	// at is the layout at the depth the nesting has reached
	at *depthLayout
	// flush, when set, is handed b between the items of a story's lists
	// once it holds spillAt bytes, and b goes on as what it returns: a
	// story of many megabytes is encoded through a small buffer.
	flush func([]byte) []byte
}

// newEncoder is an encoder appending to b laid out by lay.
func newEncoder(b []byte, lay *layout) encoder { return encoder{b: b, lay: lay, at: &lay.at[0]} }

// newIndentedEncoder is an encoder that lays out as json.Indent does with
// prefix and indent.
func newIndentedEncoder(b []byte, prefix, indent string) encoder {
	return newEncoder(b, newLayout(true, prefix, indent))
}

// newline starts a new line at the depth the nesting has reached, when
// indented.
func (e *encoder) newline() { e.b = append(e.b, e.at.line...) }

// deeper goes by into the nesting: up one level, or down one.
func (e *encoder) deeper(by int) {
	e.depth += by
	if e.depth < laidDepths {
		e.at = &e.lay.at[e.depth]
		return
	}
	at := e.lay.depth(e.depth) // (deeper than a story nests: made as it is reached)
	e.at = &at
}

// open opens an object or a list ('{' or '[') that holds something.
func (e *encoder) open(c byte) {
	e.b = append(e.b, c)
	e.deeper(1)
	e.newline()
}

// close closes what open opened ('}' or ']').
func (e *encoder) close(c byte) {
	e.deeper(-1)
	e.newline()
	e.b = append(e.b, c)
}

// key opens an object ('{') or goes on after its last member (','), and
// appends member m's key, all of it one string of the layout.
func (e *encoder) key(before byte, m member) {
	if before == '{' {
		e.deeper(1)
		e.b = append(e.b, e.at.first[m]...)
		return
	}
	e.b = append(e.b, e.at.member[m]...)
}

func (e *encoder) string(s string) { e.b = appendString(e.b, s) }

func (e *encoder) int(n int) { e.b = strconv.AppendInt(e.b, int64(n), 10) }

func (e *encoder) nullable(s *string) {
	if s == nil {
		e.b = append(e.b, "null"...)
		return
	}
	e.string(*s)
}

func (e *encoder) strings(list []string) { e.stringsTo(list, false) }

// stringsTo is strings that flushes between the items when spill is set.
func (e *encoder) stringsTo(list []string, spill bool) {
	_ = encodeList(e, list, func(e *encoder, s *string) error { e.string(*s); return nil }, spill)
}

// story encodes a story.
func (e *encoder) story(s *jsonStory) error {
	e.key('{', idKey)
	e.string(s.ID)
	e.key(',', pathKey)
	e.string(s.Path)
	e.key(',', titleKey)
	e.string(s.Title)
	for _, f := range []struct {
		key   member
		value *string
	}{{outletKey, s.Outlet}, {urlKey, s.URL}, {bylineKey, s.Byline}, {publishedKey, s.Published},
		{updatedKey, s.Updated}, {datelineKey, s.Dateline}} {
		e.key(',', f.key)
		e.nullable(f.value)
	}
	if s.Summary {
		e.key(',', summaryKey)
		e.b = append(e.b, "true"...)
	}
	e.key(',', captionsKey)
	e.stringsTo(s.Captions, true)
	e.key(',', paragraphsKey)
	e.stringsTo(s.Paragraphs, true)
	e.key(',', quotesKey)
	if err := encodeList(e, s.Quotes, (*encoder).quote, true); err != nil {
		return err
	}
	e.key(',', peopleKey)
	_ = encodeList(e, s.People, func(e *encoder, p *jsonPerson) error {
		e.key('{', nameKey)
		e.string(p.Name)
		e.key(',', aliasesKey)
		e.strings(p.Aliases)
		e.key(',', mentionsKey)
		e.int(p.Mentions)
		e.close('}')
		return nil
	}, true)
	e.close('}')
	return nil
}

func (e *encoder) quote(q *jsonQuote) error {
	e.key('{', textKey)
	e.string(q.Text)
	e.key(',', kindKey)
	e.string(string(q.Kind))
	e.key(',', speakerKey)
	e.nullable(q.Speaker)
	e.key(',', sourceKey)
	e.nullable(q.Source)
	e.key(',', mentionsKey)
	e.strings(q.Mentions)
	e.key(',', spansKey)
	_ = encodeList(e, q.Spans, func(e *encoder, s *model.Span) error {
		e.key('{', paragraphKey)
		e.int(s.Paragraph)
		e.key(',', startKey)
		e.int(s.Start)
		e.key(',', endKey)
		e.int(s.End)
		e.close('}')
		return nil
	}, false)
	e.key(',', sourceCableKey)
	if err := e.sourceCable(q.SourceCable); err != nil {
		return err
	}
	e.key(',', whyKey)
	_ = encodeList(e, q.Why, func(e *encoder, r *model.Reason) error {
		e.key('{', decisionKey)
		e.string(r.Decision)
		e.key(',', valueKey)
		e.string(r.Value)
		e.key(',', ruleKey)
		e.string(r.Rule)
		e.key(',', evidenceKey)
		e.string(r.Evidence)
		e.close('}')
		return nil
	}, false)
	e.close('}')
	return nil
}

// sourceCable encodes a quote's match in a cable, or null. It is rare (an
// archive is imported) and holds floats: encoding/json encodes it, and
// the indenter lays it out at the depth reached.
func (e *encoder) sourceCable(c *jsonSourceCable) error {
	if c == nil {
		e.b = append(e.b, "null"...)
		return nil
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(c); err != nil {
		return err
	}
	compact := bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
	if !e.lay.indented {
		e.b = append(e.b, compact...)
		return nil
	}
	e.b = appendIndented(e.b, compact, e.lay.prefix+strings.Repeat(e.lay.indent, e.depth), e.lay.indent)
	return nil
}

// encodeList encodes a list as encoding/json does a slice: null when nil,
// [] when empty (json.Indent leaves an empty list as it is). With spill
// it flushes, when e has a flush, after an item once b holds spillAt
// bytes.
func encodeList[T any](e *encoder, items []T, item func(*encoder, *T) error, spill bool) error {
	switch {
	case items == nil:
		e.b = append(e.b, "null"...)
		return nil
	case len(items) == 0:
		e.b = append(e.b, '[', ']')
		return nil
	}
	e.open('[')
	for i := range items {
		if i > 0 {
			e.b = append(e.b, e.at.next...)
		}
		if err := item(e, &items[i]); err != nil {
			return err
		}
		if spill && e.flush != nil && len(e.b) >= spillAt {
			e.b = e.flush(e.b)
		}
	}
	e.close(']')
	return nil
}

// appendString appends s as a JSON string as encoding/json writes it with
// HTML left unescaped: '"', '\\' and control bytes escaped (\b \f \n \r \t
// or \u00XX), bytes that are no UTF-8 as \ufffd, and U+2028 and U+2029,
// which end lines in JavaScript, escaped.
func appendString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		i = plainJSONRun(s, i)
		if i == len(s) {
			break
		}
		c := s[i]
		if c < utf8.RuneSelf {
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// plainJSONRun is where the bytes from s[i] that a JSON string holds as
// they are (printable ASCII but '"' and '\\') end: it reads eight bytes
// at a time, and in the first eight that hold another byte the lowest
// mark is that byte's (issue 14: appendString, a byte at a time, was 4 %
// of a first run's instructions; stepping a byte at a time up to each
// letter outside ASCII, 4 % again). Each test below is not zero exactly
// when some byte of x is below 0x20, or is '"', or is '\\', or is not
// ASCII; a borrow marks only bytes above the byte that caused it.
func plainJSONRun(s string, i int) int {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	for ; i+8 <= len(s); i += 8 {
		w := s[i : i+8]
		x := uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
			uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
		quote, backslash := x^'"'*ones, x^'\\'*ones
		below := (x - 0x20*ones) &^ x
		if m := (x | below | (quote-ones)&^quote | (backslash-ones)&^backslash) & highs; m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	if j := len(s) - 8; i < len(s) && j >= 0 {
		// The last eight bytes at once, those before i left out; as a
		// borrow from a byte before i may mark one after it, each mark is
		// tried (issue 14 item 12: the tail a byte at a time was a third
		// of plainJSONRun).
		x := uint64(s[j]) | uint64(s[j+1])<<8 | uint64(s[j+2])<<16 | uint64(s[j+3])<<24 |
			uint64(s[j+4])<<32 | uint64(s[j+5])<<40 | uint64(s[j+6])<<48 | uint64(s[j+7])<<56
		quote, backslash := x^'"'*ones, x^'\\'*ones
		below := (x - 0x20*ones) &^ x
		m := (x | below | (quote-ones)&^quote | (backslash-ones)&^backslash) & highs
		for m &= ^uint64(0) << (8 * (i - j)); m != 0; m &= m - 1 {
			if k := j + bits.TrailingZeros64(m)/8; !plainJSONByte(s[k]) {
				return k
			}
		}
		return len(s)
	}
	for ; i < len(s); i++ {
		if !plainJSONByte(s[i]) {
			return i
		}
	}
	return i
}

// plainJSONByte reports whether a JSON string holds c as it is.
func plainJSONByte(c byte) bool {
	return c >= 0x20 && c != '"' && c != '\\' && c < utf8.RuneSelf
}
