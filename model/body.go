package model

import (
	"encoding/binary"
	"math"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
	"unsafe"
)

// A Finder keeps no folded copy of a story's body, which at 100,000
// stories was three quarters of their text again (issue 14: memory ≤ 3×
// the corpus): the body's words are in its index, and the few questions
// the index cannot answer (a term held by too many words to look up, a
// phrase to confirm, a find in all stories) fold the paragraphs they read
// as they read them, into a buffer of their own, and stop when they know.
// The body, as these functions see it, is the paragraphs folded, each
// followed by a line break; paras[i] is where paragraph i starts in it,
// so that a place in the body's index is found in its paragraph.

// foldBody folds a story's paragraphs into buf, each followed by a line
// break, and gives where each starts (the body a word index is made of)
// and which of the first 64 are ASCII, whose fold is as long as they are.
func foldBody(buf []byte, paragraphs []string) ([]byte, []int32, uint64) {
	paras := make([]int32, len(paragraphs))
	var ascii uint64
	start := len(buf)
	for i, p := range paragraphs {
		paras[i] = int32(len(buf) - start)
		buf = appendFold(buf, p)
		if i < 64 && isASCII(p) {
			ascii |= 1 << i
		}
		buf = append(buf, '\n')
	}
	return buf, paras, ascii
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// lowerASCII lowers ASCII letters and leaves every other byte.
var lowerASCII = func() (t [256]byte) {
	for c := range t {
		t[c] = byte(c)
		if 'A' <= c && c <= 'Z' {
			t[c] += 'a' - 'A'
		}
	}
	return t
}()

// appendFold appends the fold of s to dst: Fold, lowering runs of ASCII
// eight bytes at a time (the bodies a find reads are folded as it reads
// them: a byte at a time through a builder, folding was 130 MB/s).
func appendFold(dst []byte, s string) []byte {
	for len(s) > 0 {
		n := len(dst)
		dst = slices.Grow(dst, len(s))[:n+len(s)]
		src, to := unsafe.Slice(unsafe.StringData(s), len(s)), dst[n:] // src only read
		i := 0
		for ; i+8 <= len(src); i += 8 {
			x := binary.LittleEndian.Uint64(src[i:])
			if x&highBits != 0 {
				break
			}
			binary.LittleEndian.PutUint64(to[i:], lower8(x))
		}
		for ; i < len(src) && src[i] < utf8.RuneSelf; i++ {
			to[i] = lowerASCII[src[i]]
		}
		dst, s = dst[:n+i], s[i:]
		if len(s) > 0 {
			r, size := utf8.DecodeRuneInString(s)
			dst = append(dst, foldRune(r)...)
			s = s[size:]
		}
	}
	return dst
}

// highBits is the high bit of each byte of a word.
const highBits = 0x8080808080808080

// lower8 lowers the letters of eight ASCII bytes: those from 'A' (adding
// 0x3f sets their high bit) and not past 'Z' (adding 0x25 does not) take
// 0x20.
func lower8(x uint64) uint64 {
	upper := (x + 0x3f3f3f3f3f3f3f3f) &^ (x + 0x2525252525252525) & highBits
	return x | upper>>2
}

// hasFoldedPrefix tells whether the fold of ASCII text s starts with
// prefix.
func hasFoldedPrefix(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		if lowerASCII[s[i]] != prefix[i] {
			return false
		}
	}
	return true
}

// A bodyReader reads a story's folded body a paragraph at a time, folding
// each when it is first asked for, into a buffer from a pool, and only as
// far as it is asked for.
type bodyReader struct {
	s    *foldedStory
	at   int // the paragraph in buf, or -1
	used int // how many of its bytes are folded into buf
	buf  *[]byte
	text string // buf as a string, while it holds paragraph at
	last int    // the paragraph paraAt found last, or -1
}

var bodyBufs = sync.Pool{New: func() any { return new([]byte) }}

func (s *foldedStory) reader() bodyReader {
	return bodyReader{s: s, at: -1, last: -1, buf: bodyBufs.Get().(*[]byte)}
}

// done gives the buffer back; the reader is not used after.
func (r *bodyReader) done() {
	if cap(*r.buf) <= 1<<20 {
		bodyBufs.Put(r.buf)
	}
}

// para is paragraph i folded: valid until the next call.
func (r *bodyReader) para(i int) string { return r.paraTo(i, math.MaxInt) }

// paraTo is paragraph i folded at least as far as its first n bytes (all
// of it when shorter): valid until the next call. A place the index tells
// is confirmed by folding its paragraph up to it, not to its end (issue
// 14, 11: at 100,000 stories folding whole paragraphs to confirm a phrase
// was a sixth of a letter's filter).
func (r *bodyReader) paraTo(i, n int) string {
	if r.at != i {
		*r.buf, r.at, r.used, r.text = (*r.buf)[:0], i, 0, ""
	}
	if p := r.s.paragraphs[i]; len(*r.buf) < n && r.used < len(p) {
		*r.buf, r.used = appendFoldTo(*r.buf, p, r.used, n)
		r.text = unsafe.String(unsafe.SliceData(*r.buf), len(*r.buf))
	}
	return r.text
}

// appendFoldTo appends the fold of s from its byte from to dst until dst
// holds n bytes or s is at its end, and tells how far s is folded: it
// folds whole runes, foldStep bytes or more at a time.
func appendFoldTo(dst []byte, s string, from, n int) ([]byte, int) {
	for from < len(s) && len(dst) < n {
		end := min(len(s), from+max(n-len(dst), foldStep))
		for end < len(s) && !utf8.RuneStart(s[end]) {
			end++
		}
		dst, from = appendFold(dst, s[from:end]), end
	}
	return dst, from
}

// foldStep is the least appendFoldTo folds at a time.
const foldStep = 64

// paraAt is the paragraph that holds the body's byte pos, or the one
// whose line break it is.
func (r *bodyReader) paraAt(pos int) int {
	if i := r.last; i >= 0 && int(r.s.paras[i]) <= pos && (i+1 == len(r.s.paras) || pos < int(r.s.paras[i+1])) {
		return i // places are mostly asked for in order, often in one paragraph
	}
	i, found := slices.BinarySearch(r.s.paras, int32(pos))
	if !found {
		i--
	}
	r.last = i
	return i
}

// findIn is findIn over the folded body: the same first matches, looked
// at a paragraph at a time (no match runs over two: a term holds no line
// break, and a paragraph's start and end are a word's).
func (r *bodyReader) findIn(term string) int {
	best, n := 0, 0
	for i := range r.s.paragraphs {
		how, looked := findFrom(r.para(i), term, n)
		if how == foundWord {
			return foundWord
		}
		best, n = max(best, how), looked
		if n >= maxLooks {
			break
		}
	}
	return best
}

// hasAt tells whether phrase is in the folded body at pos: in an ASCII
// paragraph, read where it is without folding the paragraph.
func (r *bodyReader) hasAt(pos int, phrase string) bool {
	i := r.paraAt(pos)
	if i < 0 {
		return false
	}
	off := pos - int(r.s.paras[i])
	if r.isASCII(i) {
		p := r.s.paragraphs[i]
		return off <= len(p) && hasFoldedPrefix(p[off:], phrase)
	}
	p := r.paraTo(i, off+len(phrase))
	return off <= len(p) && strings.HasPrefix(p[off:], phrase)
}

// ahead is up to aheadSize bytes of the folded body from pos in its
// paragraph, and how many.
func (r *bodyReader) ahead(pos int) (aheadBytes, uint8) {
	i := r.paraAt(pos)
	if i < 0 {
		return aheadBytes{}, 0
	}
	off := pos - int(r.s.paras[i])
	var p string
	if r.isASCII(i) {
		p = r.s.paragraphs[i]
		p = p[min(off, len(p)):min(off+aheadSize, len(p))]
	} else {
		p = r.paraTo(i, off+aheadSize)
		p = p[min(off, len(p)):min(off+aheadSize, len(p))]
	}
	var b aheadBytes
	for k := len(p) - 1; k >= 0; k-- {
		b[k/8] |= uint64(lowerASCII[p[k]]) << (8 * (k % 8))
	}
	return b, uint8(len(p))
}

// aheadSize is how many bytes after a phrase a filter keeps, so that as
// many letters typed on are seen there without reading the body: 16, as
// with 8 the ninth letter after a common first word ('the ambassador')
// read every story again.
const aheadSize = 16

// aheadBytes are up to aheadSize bytes, the first the lowest of the first
// word.
type aheadBytes [2]uint64

// has tells whether b starts with the bytes of s.
func (b aheadBytes) has(s string) bool {
	for i := 0; i < len(s); i++ {
		if byte(b[i/8]>>(8*(i%8))) != s[i] {
			return false
		}
	}
	return true
}

// after is b without its first n bytes.
func (b aheadBytes) after(n int) aheadBytes {
	switch {
	case n >= 16:
		return aheadBytes{}
	case n >= 8:
		return aheadBytes{b[1] >> (8 * (n - 8)), 0}
	case n == 0:
		return b
	}
	return aheadBytes{b[0]>>(8*n) | b[1]<<(64-8*n), b[1] >> (8 * n)}
}

// indexIn is where the folded body from from to to first holds phrase,
// -1 for nowhere: of an ASCII paragraph, only that part is folded.
func (r *bodyReader) indexIn(from, to int, phrase string) int {
	for i := max(r.paraAt(from), 0); i < len(r.s.paras) && int(r.s.paras[i]) < to; i++ {
		start := int(r.s.paras[i])
		var p string
		lo, hi := max(from-start, 0), to-start
		shift := 0 // where p starts in the paragraph
		if r.isASCII(i) {
			p = r.s.paragraphs[i]
			hi = min(hi, len(p))
			if lo >= hi {
				continue
			}
			r.at = -1
			*r.buf = appendFold((*r.buf)[:0], p[lo:hi])
			p, shift, lo, hi = unsafe.String(unsafe.SliceData(*r.buf), len(*r.buf)), lo, 0, hi-lo
		} else {
			p = r.paraTo(i, hi)
			hi = min(hi, len(p))
		}
		if lo < hi {
			if k := strings.Index(p[lo:hi], phrase); k >= 0 {
				return start + shift + lo + k
			}
		}
	}
	return -1
}

// index tells whether the folded body holds phrase, and where first (-1
// when where its paragraphs start is not known).
func (r *bodyReader) index(phrase string) (int, bool) {
	for i := range r.s.paragraphs {
		if k := strings.Index(r.para(i), phrase); k >= 0 {
			if len(r.s.paras) != len(r.s.paragraphs) {
				return -1, true
			}
			return int(r.s.paras[i]) + k, true
		}
	}
	return -1, false
}

// isASCII tells an ASCII paragraph, whose fold is where it is.
func (r *bodyReader) isASCII(i int) bool { return i < 64 && r.s.ascii&(1<<i) != 0 }
