// Package quotes is the quote scanner: it pairs the quotation marks of a
// story's body paragraphs into top-level quotations, continued over
// paragraphs the way print continues them, and leaves apostrophes, stray
// marks and nicknames out. Who said the words is attribution's question.
package quotes

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"cables/model"
)

// Found is one top-level quotation as the scanner sees it, before
// anyone asks who said it.
type Found struct {
	Spans []model.Span
	// OpenAt is the byte offset of the opening mark in the first span's
	// paragraph; CloseEnd is the offset just past the closing mark in the
	// last span's paragraph (the paragraph's length when the quote was never
	// closed).
	OpenAt, CloseEnd int
	// fam is the family of the opening mark, which a continuation
	// paragraph must open with again.
	fam family
}

// family tells double marks from single ones: a closing mark only ends a
// quote of its own family.
type family uint8

const (
	double family = iota + 1
	single
)

// direction is what a mark does when the context does not say.
type direction uint8

const (
	either direction = iota
	opens
	closes
)

// markAt reports whether a quote mark starts at byte i of p, with its
// family, natural direction and width. Doubled apostrophes (” and ’’) and
// doubled backticks are one double mark: typewriter habits that real pages
// keep.
func markAt(p string, i int) (family, direction, int) {
	c := p[i]
	switch {
	case c == '"':
		return double, either, 1
	case c == '\'':
		if strings.HasPrefix(p[i+1:], "'") {
			return double, either, 2
		}
		return single, either, 1
	case c == '`':
		if strings.HasPrefix(p[i+1:], "`") {
			return double, opens, 2
		}
		return single, opens, 1
	case c < utf8.RuneSelf:
		return 0, 0, 0
	}
	r, w := utf8.DecodeRuneInString(p[i:])
	switch r {
	case '“', '„', '‟', '«', '「', '『':
		return double, opens, w
	case '”', '»', '」', '』', '＂':
		return double, closes, w
	case '’':
		if strings.HasPrefix(p[i+w:], "’") {
			return double, closes, 2 * w
		}
		return single, closes, w
	case '‘':
		if strings.HasPrefix(p[i+w:], "‘") {
			return double, opens, 2 * w
		}
		return single, opens, w
	case '‚', '‛', '‹':
		return single, opens, w
	case '›':
		return single, closes, w
	}
	return 0, 0, 0
}

// opener is a quote mark waiting for its closing mark.
type opener struct {
	fam   family
	at    int // offset of the mark
	start int // offset of the first byte inside
	// nestedSame and nestedAny tell that a nested quote of the same family,
	// or of any, was completed inside it.
	nestedSame, nestedAny bool
	carried               bool // it was opened in an earlier paragraph
}

// Scan finds the top-level quotations of a story's body paragraphs in
// one pass over the text. Nested quotes stay inside their outer quote. A
// quote still open at a paragraph's end goes on when the next paragraph
// opens with a mark (the AP convention); otherwise it ends with the
// paragraph.
func Scan(paras []string) []Found { return Append(nil, paras) }

// Append appends the quotations of paras to out, as scanQuotes.
func Append(out []Found, paras []string) []Found {
	var carry *Found
	var carried Found // (what carry points to: a value here, not one on the heap per paragraph)
	var room []model.Span
	for pi, p := range paras {
		if carry == nil && !mayHoldMark(p) {
			continue // (no quote carried into it, and no mark to scan: nothing in it opens or closes)
		}
		var disabled []int
		for {
			n := len(out)
			var open Found
			var isOpen bool
			var orphan int
			out, open, isOpen, orphan = scanParagraph(out, &room, pi, p, carry, disabled)
			if orphan >= 0 {
				// An opening mark that never closed swallowed quotes of
				// its own: it was no opener. Scan again without it, so one
				// stray mark costs one quote, not every later pairing.
				out = out[:n]
				disabled = append(disabled, orphan)
				continue
			}
			carry = nil
			if isOpen {
				switch {
				case pi+1 < len(paras) && opensWithMark(paras[pi+1], open.fam):
					carried = open
					carry = &carried
				case open.fam == double:
					out = append(out, open)
				}
				// a single mark left open and not continued was an
				// apostrophe ('em, 'tis): no quote
			}
			break
		}
	}
	return dropNicknames(out, paras)
}

// maxRescans bounds the scans of one paragraph, keeping the scanner linear
// on text made of stray marks.
const maxRescans = 3

// opensWithMark reports whether a paragraph's first visible character is an
// opening quote mark of the family.
func opensWithMark(p string, fam family) bool {
	t := strings.TrimLeft(p, " \t\u00a0")
	if t == "" {
		return false
	}
	f, dir, w := markAt(t, 0)
	if f != fam || dir == closes {
		return false
	}
	canOpen, _, _, _, _ := flank(t, 0, w)
	return canOpen
}

// scanParagraph pairs the marks of one paragraph. carry is a quote left
// open by the paragraph before, whose continuation mark opens this one. It
// appends the quotes closed here to out, and returns the top-level quote
// still open at the end (with its span to the paragraph's end) and whether
// there is one, and the offset of an opener that must be disabled and the
// paragraph scanned again, or -1. The open quote is returned as a value,
// and its first span carved from room: neither costs an allocation.
func scanParagraph(out []Found, room *[]model.Span, pi int, p string, carry *Found, disabled []int) ([]Found, Found, bool, int) {
	var stackRoom [16]opener // deeper nesting than this is rare enough to allocate
	stack := stackRoom[:0]
	skipFirst := carry != nil
	for i := 0; i < len(p); {
		if !markLead[p[i]] {
			i = skipPlain(p, i+1)
			continue
		}
		fam, natural, w := markAt(p, i)
		if fam == 0 {
			_, rw := utf8.DecodeRuneInString(p[i:])
			i += rw
			continue
		}
		at := i
		i += w
		if isDisabled(disabled, at) {
			continue
		}
		if skipFirst {
			skipFirst = false
			stack = append(stack, opener{fam: carry.fam, at: at, start: i, carried: true})
			continue
		}
		dir := decide(p, at, w, fam, natural, stack)
		switch dir {
		case opens:
			stack = append(stack, opener{fam: fam, at: at, start: i})
		case closes:
			k := closerFor(stack, fam)
			if k < 0 {
				continue // an orphan closing mark, or an apostrophe
			}
			o := stack[k]
			stack = stack[:k]
			if fam == single && !enoughInside(p[o.start:at]) {
				continue // rock 'n' roll: two apostrophes, not a quote
			}
			if k > 0 {
				stack[k-1].nestedAny = true
				stack[k-1].nestedSame = stack[k-1].nestedSame || stack[k-1].fam == fam
				continue
			}
			if o.carried {
				q := *carry
				if s := spanOf(pi, p, o.start, at); s.Start < s.End {
					q.Spans = append(q.Spans, s)
				}
				q.CloseEnd = i
				out = append(out, q)
				continue
			}
			if s := spanOf(pi, p, o.start, at); s.Start < s.End {
				out = append(out, Found{Spans: oneSpan(room, s), OpenAt: o.at, CloseEnd: i})
			}
		}
	}
	if len(stack) == 0 {
		return out, Found{}, false, -1
	}
	bottom := stack[0]
	if !bottom.carried && (bottom.nestedSame || bottom.fam == single && bottom.nestedAny) && len(disabled) < maxRescans {
		return out, Found{}, false, bottom.at
	}
	var open Found
	if bottom.carried {
		open = *carry
	} else {
		open = Found{OpenAt: bottom.at, fam: bottom.fam}
	}
	if s := spanOf(pi, p, bottom.start, len(p)); s.Start < s.End {
		open.Spans = addSpan(room, open.Spans, s)
	}
	open.CloseEnd = len(p)
	if len(open.Spans) == 0 {
		return out, Found{}, false, -1
	}
	return out, open, true, -1
}

// decide tells whether a mark opens or closes a quote; either means it is
// an apostrophe or a stray mark that does neither.
func decide(p string, at, w int, fam family, natural direction, stack []opener) direction {
	canOpen, canClose, wordBoth, digitAfter, cjk := flank(p, at, w)
	switch {
	case cjk && natural != either:
		return natural // …对齐。”结束。: the shape of the mark is the only evidence
	case fam == single:
		return decideSingle(canOpen, canClose, wordBoth, digitAfter, natural, stack)
	case canOpen && !canClose && gluedCloser(p, at, w, natural, stack):
		return closes // “… this challenge,”she said: the space after the mark is missing
	case canOpen && !canClose:
		return opens
	case canClose && !canOpen:
		return closes
	case natural != either:
		return natural
	}
	for _, o := range stack {
		if o.fam == double {
			return closes
		}
	}
	return opens
}

// decideSingle is decide for a single mark, which is often an apostrophe.
func decideSingle(canOpen, canClose, wordBoth, digitAfter bool, natural direction, stack []opener) direction {
	switch {
	case wordBoth:
		return either // Pakistan’s, don't
	case canOpen && digitAfter:
		return either // ’90s
	case canClose && !canOpen:
		if len(stack) > 0 && stack[len(stack)-1].fam == single {
			return closes
		}
		return either // cables’ contents
	case canOpen && !canClose:
		return opens
	}
	if natural != either {
		return natural
	}
	if len(stack) > 0 && stack[len(stack)-1].fam == single {
		return closes
	}
	return either
}

// gluedCloser tells a double mark that ends a quote but lost the space
// after it, with a double quote open: after a sentence's end
// ('…initiated."The leaks'), or after a comma before a word in lower case
// ('“… this challenge,”she said'). After a comma and before a capital the
// mark may open a quote inside the quote ('…the king said,"You Americans
// …"', which autocorrect may turn to ,”You).
func gluedCloser(p string, at, w int, natural direction, stack []opener) bool {
	if natural == opens || at == 0 || at+w >= len(p) {
		return false
	}
	switch prev := p[at-1]; {
	case prev == '.' || prev == '!' || prev == '?':
	case prev == ',':
		if saysBefore(p[:at-1]) {
			return false // "… and said,”Ambassador Reed told me …": the quote inside opens
		}
		if next := p[at+w]; (next < 'a' || next > 'z') && !saidSoon(p[at+w:]) {
			return false
		}
	default:
		return false
	}
	for _, o := range stack {
		if o.fam == double {
			return true
		}
	}
	return false
}

// saysBefore reports a verb of saying ending s, the text before a comma:
// what follows the comma is what was said ("the prince leaned over and
// said,”…").
func saysBefore(s string) bool {
	i := strings.LastIndexByte(s, ' ')
	switch s[i+1:] {
	case "said", "says", "say", "told", "asked", "replied", "added", "wrote", "declared", "shouted", "whispered":
		// one who speaks ("then he said,”…"), not the quote's own "what
		// I said", "what you are told"
		if i <= 0 {
			return false
		}
		j := strings.LastIndexByte(s[:i], ' ')
		w1 := s[j+1 : i]
		return !auxiliaries[w1] && w1 != "be" && w1 != "been" && !whatBefore(s[:i])
	}
	return false
}

// whatBefore reports "what" or "as" among the last three words of s: the
// quote's own "what the ambassador said,", "As I said,".
func whatBefore(s string) bool {
	for n := 0; n < 3 && s != ""; n++ {
		j := strings.LastIndexByte(s, ' ')
		if w := strings.ToLower(strings.TrimLeft(s[j+1:], "“\"‘'")); w == "what" || w == "as" {
			return true
		}
		if j < 0 {
			break
		}
		s = s[:j]
	}
	return false
}

// saidSoon reports a verb of saying among the first few words of s: a
// cue after the quote ("Kenney allegedly said"), not the words of a
// quote inside it.
func saidSoon(s string) bool {
	n, prev := 0, ""
	words := strings.Fields(s)
	for k, w := range words {
		switch w = strings.TrimRight(w, ".,;:"); w {
		case "said", "says", "told", "wrote", "writes", "added", "stated", "noted", "replied", "explained", "insisted", "declared", "warned", "claimed":
			// not a clause's verb inside a quote: "says,”The ambassador has
			// warned us …", "said,”The envoy said we must …"
			return !auxiliaries[prev] && (k+1 >= len(words) || !clauseOpeners[words[k+1]])
		case "I", "We", "You", "They", "He", "She", "It", "My", "Our", "Your", "Their":
			if n == 0 {
				return false // ("the minister said,”You Americans said …", "said,”My son told me …": a quote inside)
			}
		}
		prev = w
		if n++; n == saidSoonReach {
			return false
		}
	}
	return false
}

// auxiliaries before a verb of saying make it a clause's, as inside a
// quote ("has warned"), not a cue's ("Dario Fell said").
var auxiliaries = map[string]bool{"has": true, "have": true, "had": true, "will": true, "would": true, "is": true, "are": true, "was": true, "were": true}

// clauseOpeners after a verb of saying are the subject of what was said,
// as inside a quote ("the envoy said we must reform"), not a cue's end
// ("said on Friday.", "told me", "said that evening").
var clauseOpeners = map[string]bool{"we": true, "he": true, "she": true, "they": true, "it": true, "i": true, "I": true, "you": true}

// saidSoonReach is how many words saidSoon reads: a name of two words and
// an appositive of three, then the verb ("Omar Qadir, the port minister,
// said").
const saidSoonReach = 6

// closerFor returns the stack index of the opener a closing mark of the
// family ends, or -1. A double mark ends the innermost open double quote and
// any single quote left open inside it; a single mark only ends a single
// quote on top.
func closerFor(stack []opener, fam family) int {
	for k := len(stack) - 1; k >= 0; k-- {
		if stack[k].fam == fam {
			return k
		}
		if fam == single {
			return -1
		}
	}
	return -1
}

// enoughInside reports whether a single-quoted stretch holds more than one
// letter: 'n' is an elision, not a quotation.
func enoughInside(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			n++
			if n > 1 {
				return true
			}
		}
	}
	return false
}

func isDisabled(disabled []int, at int) bool {
	for _, d := range disabled {
		if d == at {
			return true
		}
	}
	return false
}

// spanOf trims the spaces around the words between two offsets.
func spanOf(pi int, p string, start, end int) model.Span {
	for start < end {
		r, w := utf8.DecodeRuneInString(p[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		start += w
	}
	for end > start {
		r, w := utf8.DecodeLastRuneInString(p[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= w
	}
	return model.Span{Paragraph: pi, Start: start, End: end}
}

// addSpan appends s to spans; the first span of a quote is carved from
// room (oneSpan), capped, so that a continuation appends past it.
func addSpan(room *[]model.Span, spans []model.Span, s model.Span) []model.Span {
	if spans == nil {
		return oneSpan(room, s)
	}
	return append(spans, s)
}

// oneSpan returns a span list holding s, carved from room: a quote's
// span list belongs to the story, but one allocation per quote is wasteful
// when most quotes have one span. The list is capped so that a
// continuation appended to it moves to an array of its own.
func oneSpan(room *[]model.Span, s model.Span) []model.Span {
	if len(*room) == cap(*room) {
		*room = make([]model.Span, 0, 64)
	}
	*room = append(*room, s)
	n := len(*room)
	return (*room)[n-1 : n : n]
}

// mayHoldMark reports whether p holds a byte a quote mark can start with
// (markLead): most paragraphs of narrative hold none, and are passed over
// without a scan. A search for each such byte runs many bytes at a time,
// where the scan's skipPlain reads eight; the byte of the curly marks
// goes first, as most paragraphs that quote hold one.
func mayHoldMark(p string) bool {
	for _, b := range markLeads {
		if strings.IndexByte(p, b) >= 0 {
			return true
		}
	}
	return false
}

// markLeads are the bytes markLead marks, in the order mayHoldMark looks.
var markLeads = []byte{0xE2, '"', '\'', 0xC2, '`', 0xE3, 0xEF}

// markLead marks the bytes a quote mark can start with: the ASCII marks
// and the lead bytes of the UTF-8 marks. Every other byte is skipped with
// one lookup.
var markLead = func() (t [256]bool) {
	for _, c := range markLeads {
		t[c] = true
	}
	return t
}()

// skipPlain returns the offset of the first byte from i on that may
// start a mark: a non-ASCII byte or an ASCII mark, found eight bytes at a
// time; the offset may be of a byte that is no lead (markLead), which the
// scan then steps over. Near the paragraph's end it returns the offset of
// the last few bytes, which the scan reads one by one.
func skipPlain(p string, i int) int {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	for ; i+8 <= len(p); i += 8 {
		w := p[i : i+8] // (one bounds check for the eight bytes, one load)
		x := uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
			uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
		// (the top bits kept once for the four: (a|b|c|d)&highs)
		if m := (x | zeroBytes(x^(ones*'"')) | zeroBytes(x^(ones*'\'')) | zeroBytes(x^(ones*'`'))) & highs; m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	return i
}

// zeroBytes marks, among its top bits, the top bit of x's first zero
// byte and maybe of bytes after it (a borrow can reach those), never of
// one before: the lowest top bit set is the first zero byte's. Its other
// bits are noise, for the caller to mask off (with highs).
func zeroBytes(x uint64) uint64 {
	const ones = 0x0101010101010101
	return (x - ones) &^ x
}

// Text joins a quote's spans with one space. Most quotes have one span,
// whose text is a piece of its paragraph: no copy is made.
func Text(paras []string, spans []model.Span) string {
	if len(spans) == 1 {
		s := spans[0]
		return paras[s.Paragraph][s.Start:s.End]
	}
	parts := make([]string, 0, len(spans))
	for _, s := range spans {
		parts = append(parts, paras[s.Paragraph][s.Start:s.End])
	}
	return strings.Join(parts, " ")
}
