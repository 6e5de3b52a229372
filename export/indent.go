package export

import (
	"bytes"
	"strings"
)

// appendIndented appends compact JSON (as encoding/json marshals it: no
// space outside strings) to dst indented as json.Indent would with prefix
// and indent, copying strings whole. encoding/json's own indenting runs its
// validating scanner over every byte, and was most of export's encoding
// time (issue 14); the input here is always what the encoder just made,
// so it needs no checking.
func appendIndented(dst, src []byte, prefix, indent string) []byte {
	return indentTo(dst, src, prefix, indent, nil)
}

// spillAt is how much indented JSON indentTo gathers before it hands it on.
const spillAt = 64 << 10

// indentTo is appendIndented that hands what it gathered to spill, when
// set, each time it passes spillAt bytes, and goes on with what spill
// returns: a story of many megabytes is indented through a small buffer,
// not into a second copy of itself (issue 14).
func indentTo(dst, src []byte, prefix, indent string, spill func([]byte) []byte) []byte {
	in := indenter{prefix: prefix, indent: indent}
	return in.feed(dst, src, spill)
}

// indenter indents compact JSON given in parts, each ending between two
// values (never inside a string or right after an opening bracket): the
// depth carries from one part to the next.
type indenter struct {
	prefix, indent string
	depth          int
	// pad is a new line and its indentation, grown as deep as the nesting
	// goes: a new line is a prefix of it.
	pad string
}

// feed appends src indented to dst, handing dst to spill, when set, each
// time it passes spillAt bytes.
func (in *indenter) feed(dst, src []byte, spill func([]byte) []byte) []byte {
	prefix, indent, depth, pad := in.prefix, in.indent, in.depth, in.pad
	if pad == "" {
		pad = "\n" + prefix
	}
	newline := func() []byte {
		for n := len(prefix) + 1 + depth*len(indent); len(pad) < n; {
			pad += strings.Repeat(indent, 8)
		}
		return append(dst, pad[:len(prefix)+1+depth*len(indent)]...)
	}
	for i := 0; i < len(src); {
		c := src[i]
		switch c {
		case '"':
			end := stringEnd(src, i)
			dst = append(dst, src[i:end]...)
			i = end
			continue
		case '{', '[':
			dst = append(dst, c)
			if i+1 < len(src) && (src[i+1] == '}' || src[i+1] == ']') {
				dst = append(dst, src[i+1]) // empty: kept as {} or []
				i += 2
				continue
			}
			depth++
			dst = newline()
		case '}', ']':
			depth--
			dst = newline()
			dst = append(dst, c)
		case ',':
			dst = append(dst, c)
			dst = newline()
		case ':':
			dst = append(dst, ':', ' ')
		default:
			dst = append(dst, c)
		}
		i++
		if spill != nil && len(dst) >= spillAt {
			dst = spill(dst)
		}
	}
	in.depth, in.pad = depth, pad
	return dst
}

// stringEnd is where the JSON string opening at src[start] ends, past its
// closing mark: the first '"' not escaped by an odd run of backslashes.
func stringEnd(src []byte, start int) int {
	i := start + 1
	for {
		q := bytes.IndexByte(src[i:], '"')
		if q < 0 {
			return len(src)
		}
		i += q
		backslashes := 0
		for j := i - 1; j > start && src[j] == '\\'; j-- {
			backslashes++
		}
		i++
		if backslashes%2 == 0 {
			return i
		}
	}
}
