package export

import (
	"bytes"
	"encoding/json"
	"strconv"
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
func appendStory(b []byte, s *jsonStory) ([]byte, error) { return appendStoryTo(b, s, nil) }

// appendStoryTo is appendStory that hands what it made to flush, when set,
// between the items of the story's lists once it holds spillAt bytes, and
// goes on with what flush returns: a story of many megabytes is encoded
// through a small buffer (issue 14).
func appendStoryTo(b []byte, s *jsonStory, flush func([]byte) []byte) ([]byte, error) {
	b = appendKey(b, '{', "id")
	b = appendString(b, s.ID)
	b = appendKey(b, ',', "path")
	b = appendString(b, s.Path)
	b = appendKey(b, ',', "title")
	b = appendString(b, s.Title)
	for _, f := range []struct {
		key   string
		value *string
	}{{"outlet", s.Outlet}, {"url", s.URL}, {"byline", s.Byline}, {"published", s.Published},
		{"updated", s.Updated}, {"dateline", s.Dateline}} {
		b = appendKey(b, ',', f.key)
		b = appendNullable(b, f.value)
	}
	if s.Summary {
		b = append(b, `,"summary":true`...)
	}
	b = appendKey(b, ',', "captions")
	b = appendStringsTo(b, s.Captions, flush)
	b = appendKey(b, ',', "paragraphs")
	b = appendStringsTo(b, s.Paragraphs, flush)
	b = appendKey(b, ',', "quotes")
	b, err := appendListTo(b, s.Quotes, appendQuote, flush)
	if err != nil {
		return nil, err
	}
	b = appendKey(b, ',', "people")
	b, _ = appendListTo(b, s.People, func(b []byte, p *jsonPerson) ([]byte, error) {
		b = appendKey(b, '{', "name")
		b = appendString(b, p.Name)
		b = appendKey(b, ',', "aliases")
		b = appendStrings(b, p.Aliases)
		b = appendKey(b, ',', "mentions")
		b = strconv.AppendInt(b, int64(p.Mentions), 10)
		return append(b, '}'), nil
	}, flush)
	return append(b, '}'), nil
}

func appendQuote(b []byte, q *jsonQuote) ([]byte, error) {
	b = appendKey(b, '{', "text")
	b = appendString(b, q.Text)
	b = appendKey(b, ',', "kind")
	b = appendString(b, string(q.Kind))
	b = appendKey(b, ',', "speaker")
	b = appendNullable(b, q.Speaker)
	b = appendKey(b, ',', "source")
	b = appendNullable(b, q.Source)
	b = appendKey(b, ',', "mentions")
	b = appendStrings(b, q.Mentions)
	b = appendKey(b, ',', "spans")
	b, _ = appendList(b, q.Spans, func(b []byte, s *model.Span) ([]byte, error) {
		b = appendKey(b, '{', "paragraph")
		b = strconv.AppendInt(b, int64(s.Paragraph), 10)
		b = appendKey(b, ',', "start")
		b = strconv.AppendInt(b, int64(s.Start), 10)
		b = appendKey(b, ',', "end")
		b = strconv.AppendInt(b, int64(s.End), 10)
		return append(b, '}'), nil
	})
	b = appendKey(b, ',', "source_cable")
	if q.SourceCable == nil {
		b = append(b, "null"...)
	} else {
		// Rare (an archive is imported) and holding floats: encoding/json's.
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(q.SourceCable); err != nil {
			return nil, err
		}
		b = append(b, bytes.TrimSuffix(buf.Bytes(), []byte("\n"))...)
	}
	b = appendKey(b, ',', "why")
	b, _ = appendList(b, q.Why, func(b []byte, r *model.Reason) ([]byte, error) {
		b = appendKey(b, '{', "decision")
		b = appendString(b, r.Decision)
		b = appendKey(b, ',', "value")
		b = appendString(b, r.Value)
		b = appendKey(b, ',', "rule")
		b = appendString(b, r.Rule)
		b = appendKey(b, ',', "evidence")
		b = appendString(b, r.Evidence)
		return append(b, '}'), nil
	})
	return append(b, '}'), nil
}

// appendKey appends the byte that opens an object or follows a member,
// and a key, which needs no escaping.
func appendKey(b []byte, before byte, key string) []byte {
	b = append(b, before, '"')
	b = append(b, key...)
	return append(b, '"', ':')
}

// appendList appends a list as encoding/json does a slice: null when nil.
func appendList[T any](b []byte, items []T, item func([]byte, *T) ([]byte, error)) ([]byte, error) {
	return appendListTo(b, items, item, nil)
}

// appendListTo is appendList that hands what it made to flush, when set,
// after an item once it holds spillAt bytes.
func appendListTo[T any](b []byte, items []T, item func([]byte, *T) ([]byte, error), flush func([]byte) []byte) ([]byte, error) {
	if items == nil {
		return append(b, "null"...), nil
	}
	b = append(b, '[')
	for i := range items {
		if i > 0 {
			b = append(b, ',')
		}
		var err error
		if b, err = item(b, &items[i]); err != nil {
			return nil, err
		}
		if flush != nil && len(b) >= spillAt {
			b = flush(b)
		}
	}
	return append(b, ']'), nil
}

func appendStrings(b []byte, list []string) []byte { return appendStringsTo(b, list, nil) }

func appendStringsTo(b []byte, list []string, flush func([]byte) []byte) []byte {
	b, _ = appendListTo(b, list, func(b []byte, s *string) ([]byte, error) { return appendString(b, *s), nil }, flush)
	return b
}

func appendNullable(b []byte, s *string) []byte {
	if s == nil {
		return append(b, "null"...)
	}
	return appendString(b, *s)
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
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
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
