package page

import (
	"encoding/binary"
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"cables/content/lex"
	"cables/model"
)

// readText reads a story from plain text as news pages give it: headline
// first, then date lines, a byline, captions, the body and site chrome, in
// any order a page may print them.
func readText(text string) *Page {
	s := &Page{}
	units := splitUnits(text)
	labelled, units := dateLabelOpening(units)
	place, _ := headlineRules.Decide(units)
	above := datesAmong(units, place.above, max(place.title, place.above)) // a date above the headline is kept; labels and chrome are not
	rest := units[place.rest:place.end]
	if place.title >= 0 {
		s.Title = units[place.title]
	}
	s.Title = trimTitle(s.Title)
	if title, date, ok := dateAfterHeadline(s.Title); ok {
		s.Title, rest = title, append([]string{date}, rest...)
	}
	rest = rest[:chromeTail(rest)]
	rest = withoutStoryAgain(rest, s.Title)
	rest = withoutAppeal(rest)
	rest = dropKickers(rest, s.Title)
	monthFirst := writesMonthFirst(text)
	fillUnits(s, rest, monthFirst)
	takeDatesAbove(s, above, monthFirst)
	if s.Published.IsZero() {
		s.Published = s.Updated // a page that prints above its headline only when it was updated
	}
	if s.Published.IsZero() {
		s.Published = isoDateOpening(s.Title)
	}
	if s.Published.IsZero() {
		s.Published = labelled
	}
	if s.Published.IsZero() && place.above > 0 {
		takeMastheadDate(s, units, place.above, max(place.title, place.above), monthFirst)
		if s.Published.IsZero() {
			s.Published = s.Updated // a masthead's "Last updated: …"
		}
	}
	return s
}

// takeMastheadDate takes, for a page with no date of its own, a date line
// among the masthead's lines [0, above) as the story's ("General News of
// Wednesday, 14 September 2011" over a source line and the headline),
// unless it prints a time of day or stands over a menu or a bar of tools:
// a masthead's date is the day the page was read ("Monday, March 3, 2025"
// over "Home | World | Politics", "Tuesday, July 25, 2017 - 06:35 am UTC"
// over "Email | Print"). The rules on dates above a headline still
// decide (dateAboveRules: a weather widget's, a date years after the
// story).
func takeMastheadDate(s *Page, units []string, above, title int, monthFirst bool) {
	var dates []dateUnit
	for _, d := range datesAmong(units, 0, above) {
		dl, _ := readDateLine(d.line, monthFirst)
		if dl.published.HasClock || dl.updated.HasClock || menuBelow(units, d.line, title) {
			continue
		}
		dates = append(dates, d)
	}
	takeDatesAbove(s, dates, monthFirst)
}

// menuBelow reports a menu or a bar of tools ("Home | World", "Email |
// Print") between the line and the headline at units[title].
func menuBelow(units []string, line string, title int) bool {
	below := false
	for _, u := range units[:title] {
		if below && isMenu(u) {
			return true
		}
		below = below || u == line
	}
	return false
}

// isMenu reports a line of short items between bars, with no figure:
// "Home | World | Politics", "Email Email | Print Print"; not "Source:
// Example Guide | Comments (3)".
func isMenu(u string) bool {
	items := strings.Split(u, "|")
	if len(items) < 2 || strings.ContainsAny(u, "0123456789") {
		return false
	}
	for _, it := range items {
		if n := len(strings.Fields(it)); n > 2 {
			return false
		}
	}
	return true
}

// dateLabelOpening reads a page whose first line opens on its date after
// the label "date", as some archives store a page ("date 2010-12-06 For
// Western reporters, …"): it returns that date and the units with the
// label and date cut from the first, which is the headline or the story's
// first paragraph; the units as they were and the zero date otherwise.
func dateLabelOpening(units []string) (model.Date, []string) {
	if len(units) == 0 {
		return model.Date{}, units
	}
	rest, ok := strings.CutPrefix(strings.TrimLeft(units[0], " \t"), "date ")
	if !ok || len(rest) < 10 || len(rest) > 10 && rest[10] != ' ' {
		return model.Date{}, units
	}
	d, ok := parseISO(rest[:10])
	if !ok {
		return model.Date{}, units
	}
	if rest = strings.TrimSpace(rest[10:]); rest == "" {
		return d, units[1:]
	}
	return d, append([]string{rest}, units[1:]...)
}

// isoDateOpening is the date a headline opens with, as some sites and
// blogs print their posts' titles ("2011-03-21 Greek cable revelations"),
// or the zero date; the headline keeps it.
func isoDateOpening(title string) model.Date {
	if len(title) < 12 || title[10] != ' ' {
		return model.Date{}
	}
	d, _ := parseISO(title[:10])
	return d
}

// headlineUnderBlogName returns the index of a post's title under a
// blog's name and its motto ("Example Notes – the port seen from the
// harbour"), a lower-case phrase after a dash: the line set as a headline
// right above the post's date line or byline. It returns -1 for a page
// that does not open with a blog's name.
func headlineUnderBlogName(units []string) int {
	if len(units) < 3 || !isBlogName(units[0]) {
		return -1
	}
	for j := 2; j < min(len(units), topLines); j++ {
		if storyHasBegun(units[j]) {
			if isChrome(units[j]) || !setAsHeadline(units[j-1]) {
				return -1
			}
			return j - 1
		}
	}
	return -1
}

// isBlogName reports a blog's name and its motto: a short name, a dash and
// a phrase in lower case, "Example Notes – the port seen from the harbour".
func isBlogName(u string) bool {
	for _, sep := range []string{" – ", " — ", " - "} {
		name, motto, ok := strings.Cut(u, sep)
		if ok && len(strings.Fields(name)) <= 3 && motto != "" && motto[0] >= 'a' && motto[0] <= 'z' && !endsSentence(u) {
			return true
		}
	}
	return false
}

// datesAmong returns the date lines among units [from, to), above a
// headline, each with the line above it.
func datesAmong(units []string, from, to int) []dateUnit {
	var dates []dateUnit
	for i := from; i < to; i++ {
		if _, isDate := parseDateLine(units[i]); isDate {
			d := dateUnit{line: units[i]}
			if i > 0 {
				d.before = units[i-1]
			}
			dates = append(dates, d)
		}
	}
	return dates
}

// dateUnit is a date line above the headline and the line above it.
type dateUnit struct{ line, before string }

// isOpeningParagraph reports a first line that is the story's first
// paragraph, not a headline: a page copied without its headline starts
// with a line of more than thirty words, longer than any headline, or of
// twelve words or more (openingWords) that ends with a full stop.
func isOpeningParagraph(u string) bool {
	return countWords(u, 31) > 30 || countWords(u, openingWords) >= openingWords && endsWithFullStop(u)
}

// openingWords is how many words a line that ends with a full stop needs
// to be a story's sentence rather than a headline: no headline of the
// held-out pages' truth with twelve to seventeen words ends with one.
const openingWords = 12

// endsWithFullStop reports a line that ends with a full stop, perhaps
// inside a closing quote mark, and not with an ellipsis: a sentence, as a
// headline of eighteen words seldom is.
func endsWithFullStop(u string) bool {
	u = strings.TrimRight(u, " ”’\"'")
	if !strings.HasSuffix(u, ".") || strings.HasSuffix(u, "..") {
		return false
	}
	last := u[strings.LastIndexByte(u, ' ')+1:]
	return strings.Count(last, ".") < 2 // not initials: "… enemies of the U.S."
}

// readingLabels are the labels a page prints before its headline in a
// bar that stays on screen: "You're reading: Envoy wrote of the strike".
var readingLabels = []string{"you're reading:", "you’re reading:", "you are reading:", "now reading:"}

// withoutSiteName is a headline without the site's name that a page may
// print after it: "Envoy wrote of the strike | Example Times", "… - The
// Example Post", "… - example.com". After a bar any short capitalised name
// goes; after a dash, only a name that ends as a paper's or a site's does.
func withoutSiteName(title string) (string, string, bool) {
	for _, sep := range []string{" | ", " - ", " – ", " — "} {
		i := strings.LastIndex(title, sep)
		if i < 0 {
			continue
		}
		head, name := strings.TrimSpace(title[:i]), strings.TrimSpace(title[i+len(sep):])
		words := strings.Fields(name)
		if len(strings.Fields(head)) < 4 || len(words) == 0 || len(words) > 5 || endsSentence(name) {
			continue
		}
		last := strings.ToLower(words[len(words)-1])
		domain := len(words) == 1 && strings.Count(last, ".") >= 1 && !strings.HasSuffix(last, ".")
		if domain || allCapitalised(words) && (sep == " | " || lex.OutletEndings[last]) {
			if j := strings.LastIndex(head, " | "); sep == " | " && j > 0 && len(strings.Fields(head[j+3:])) <= 2 && len(strings.Fields(head[:j])) >= 4 {
				head = strings.TrimSpace(head[:j]) // "… | world | Example Times": the section before the site
			}
			return head, title[len(head):], true
		}
	}
	return title, "", false
}

// isHeaderLine reports the short lines pages print between the headline
// and the story: an author's name alone ("Jane Roe"), an agency ("Kyodo")
// or a section label ("From the Newspaper", "In News"). A dateline on a
// line of its own is left for the body, where it is found.
func isHeaderLine(s *Page, u string) bool {
	limit := 4
	if s.Byline != "" {
		limit = 8 // the writer's role under the byline: "Senior Fellow, Example Program"
	}
	if countWords(u, limit+1) > limit || endsSentence(u) || containsAny(u, "“”\"‘’«»0123456789") {
		return false
	}
	place, _, whole := bodyDateline(u)
	return place == "" || !whole
}

// takeHeaderLine takes an agency on a header line as the outlet and a
// name alone as the byline.
func takeHeaderLine(s *Page, u string) {
	words := strings.Fields(u)
	switch {
	case wireAgencies[strings.ToLower(u)]:
		if s.Outlet == "" {
			s.Outlet = u
		}
	case s.Byline == "" && len(words) >= 2 && looksLikeName(words):
		s.Byline = u
	}
}

// kickerLines is how many lines under the headline may stand before the
// headline printed again: section labels, or a weather widget's town,
// date and readings.
const kickerLines = 8

// headlineUnderLabel returns the index of a headline that a page without
// a masthead prints under a date line ("Friday, March 4, 2011") or a
// section label ("Africa"), or -1: for a label, only when the line under
// it is set as a headline is.
func headlineUnderLabel(units []string) int {
	t := headlineAfterChrome(units)
	if t <= 0 || isCaption(units[t]) {
		return -1 // a photo's caption under the image's date line, on a page that prints no headline
	}
	if _, isByline := byline(strings.TrimLeft(units[t], "•· ")); isByline {
		return -1 // the writer's name under the headline and its date: the line above was the headline
	}
	set := setAsHeadline(units[t]) || t+1 < len(units) && storyHasBegun(units[t+1])
	for _, u := range units[:t] {
		if _, isDate := parseDateLine(u); !isDate && !isChrome(u) && !set {
			return -1
		}
	}
	return t
}

// setAsHeadline reports a line set as a headline, not as a caption, a
// dateline or a sentence: five to twenty-five words, no full stop inside
// or at the end, no brackets or bars.
func setAsHeadline(u string) bool {
	n := countWords(u, 26)
	if n < 5 || n > 25 || len(u) > 160 || endsSentence(u) || hasSentenceStop(u) || strings.ContainsAny(u, "()|") || isCaption(u) {
		return false
	}
	place, _, _ := bodyDateline(u)
	return place == ""
}

// hasSentenceStop reports a full stop inside a line that ends a sentence,
// not an abbreviation's: "U.S. Envoy" and "Gen. Roe" have none.
func hasSentenceStop(u string) bool {
	return anyIndex(u, ". ", func(i int) bool { return !isAbbreviation(u[strings.LastIndexByte(u[:i], ' ')+1 : i]) })
}

// anyIndex reports whether ok holds at an index where sep stands in s,
// its places found one after another from the first: most lines hold
// few of the bytes these tests start from, and none is read twice.
func anyIndex(s, sep string, ok func(i int) bool) bool {
	for off := 0; ; {
		j := strings.Index(s[off:], sep)
		if j < 0 {
			return false
		}
		if ok(off + j) {
			return true
		}
		off += j + len(sep)
	}
}

// isAbbreviation reports a word a full stop follows that is no sentence's
// end: initials with stops ("U.S", "U.N"), a capital alone ("J") or a
// title's short form, a capital and one or two small letters ("Gen",
// "Dr", "Mt").
func isAbbreviation(word string) bool {
	if strings.Contains(word, ".") || len(word) == 1 && word[0] >= 'A' && word[0] <= 'Z' {
		return true
	}
	return len(word) >= 2 && len(word) <= 3 && word[0] >= 'A' && word[0] <= 'Z' && strings.ToLower(word[1:]) == word[1:] && isLetters(word)
}

// isLetters reports a word of ASCII letters only.
func isLetters(w string) bool {
	for i := range len(w) {
		if !isLetter(w[i]) {
			return false
		}
	}
	return true
}

// withoutStoryAgain drops what a page prints a second time: its headline
// again, then paragraphs it has printed already, whole or cut off (a
// doubled top over the story, a print view, the story repeated under
// itself). A paragraph cut off in the first print ("… of the…") gives way
// to its whole print. What is new after the repeats stays.
func withoutStoryAgain(units []string, title string) []string {
	for k := 1; k+1 < len(units); k++ {
		if len(units[k]) != len(title) || !sameKey(units[k], title) || len(units[k+1]) < minRepeated || !printedBefore(units[:k], units[k+1]) {
			continue
		}
		out := slices.Clip(units[:k])
		end := k + 1
		for ; end < len(units); end++ {
			u := units[end]
			if cut := slices.IndexFunc(out, func(o string) bool { return cutOff(o, u) }); cut >= 0 {
				out[cut] = u // the whole of a paragraph the first print cut off
				continue
			}
			if !(len(u) >= minRepeated && printedBefore(out, u) || slices.Contains(out, u)) {
				break
			}
		}
		return append(out, units[end:]...)
	}
	return units
}

// cutOff reports a paragraph a page cut off with an ellipsis, whose whole
// is whole: "… was “stalling on every clause” of the…".
func cutOff(cut, whole string) bool {
	c, ok := strings.CutSuffix(cut, "…")
	return ok && len(c) < len(whole) && strings.HasPrefix(whole, c)
}

// printedBefore reports a paragraph among units, or the start of one (a
// page cut off in its second print).
func printedBefore(units []string, p string) bool {
	return slices.ContainsFunc(units, func(u string) bool { return strings.HasPrefix(u, p) })
}

// minRepeated is the shortest paragraph storyAgain takes for one printed
// again: a sentence, not a line a page may print twice ("Advertisement").
const minRepeated = 60

// withoutAppeal removes a site's letter to its readers that some pages
// print in the story ("Dear Reader, … Thank you, Jane Roe, CEO"): from the
// salutation to the thanks, and the short lines that sign it.
func withoutAppeal(units []string) []string {
	start := slices.IndexFunc(units, isSalutation)
	if start < 0 {
		return units
	}
	for k := start + 1; k < len(units) && k <= start+appealLines; k++ {
		if !isThanks(units[k]) {
			continue
		}
		end := k + 1
		for end < len(units) && end <= k+3 && len(strings.Fields(units[end])) <= 8 && !endsSentence(units[end]) {
			end++ // the signatures: "Jane Roe, CEO, Example Post Group"
		}
		return append(slices.Clip(units[:start]), units[end:]...)
	}
	return units
}

// appealLines is the most lines a letter to the readers runs to.
const appealLines = 20

func isSalutation(u string) bool {
	if len(u) > 20 {
		return false // a paragraph, never lowered
	}
	l := strings.ToLower(strings.TrimSpace(u))
	return l == "dear reader," || l == "dear readers," || l == "dear reader" || l == "dear readers"
}

func isThanks(u string) bool {
	if len(u) > 20 {
		return false
	}
	l := strings.ToLower(strings.TrimSpace(u))
	return l == "thank you," || l == "thank you" || l == "thanks," || l == "thank you." || l == "with thanks,"
}

// dropKickers removes the section labels and widgets that pages print
// between the headline and the headline printed again ("Special
// Reports", "Humidity").
func dropKickers(units []string, title string) []string {
	repeat := -1
	for k, u := range units {
		if k >= kickerLines {
			break
		}
		if sameText(u, title) {
			repeat = k
		}
	}
	if repeat < 0 {
		return units
	}
	var out []string
	for k, u := range units {
		if k < repeat && len(strings.Fields(u)) <= 4 && !endsSentence(u) {
			if _, isDate := parseDateLine(u); !isDate {
				continue
			}
		}
		out = append(out, u)
	}
	return out
}

// textKey is a line reduced to its lowercased letters and digits, so that
// copies of one line compare equal whatever their spacing and punctuation.
// Every line of a page is keyed: ASCII goes through keyBytes, a byte at a
// time, without a call, into a buffer on the stack for a line of up to
// keyStack bytes, so that the key's string is the one allocation.
func textKey(s string) string {
	var stack [keyStack]byte
	key := stack[:]
	if len(s) > len(stack) {
		key = make([]byte, len(s))
	}
	// key[n:] has room for every byte of s[i:] that is ASCII
	n := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			k := keyBytes[c]
			key[n] = k
			n += (int(k) + 0x7f) >> 7 // 1 for a byte kept, 0 for one dropped: no branch to mispredict
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if isLetterOrDigit(r) {
			// a lowered rune may take more bytes than the rune did
			key = slices.Grow(utf8.AppendRune(key[:n], unicode.ToLower(r)), len(s)-i)
			n, key = len(key), key[:cap(key)]
		}
	}
	return string(key[:n])
}

// keyStack is the longest line textKey keys without a buffer on the heap:
// most paragraphs.
const keyStack = 1024

// keyBytes is what textKey keeps of each ASCII byte: letters lowered,
// digits, and 0 for the rest, which it drops.
var keyBytes = func() (t [utf8.RuneSelf]byte) {
	for c := byte('0'); c <= '9'; c++ {
		t[c] = c
	}
	for c := byte('a'); c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = c, c
	}
	return t
}()

// keyReader reads the runes of a line's textKey one at a time, so that
// lines are compared by their keys without making them.
type keyReader struct {
	s string
	i int
}

// next is the key's next rune, or -1 past its end.
func (r *keyReader) next() rune {
	for r.i < len(r.s) {
		if c := r.s[r.i]; c < utf8.RuneSelf {
			r.i++
			if k := keyBytes[c]; k != 0 {
				return rune(k)
			}
			continue
		}
		ru, size := utf8.DecodeRuneInString(r.s[r.i:])
		r.i += size
		if isLetterOrDigit(ru) {
			return unicode.ToLower(ru)
		}
	}
	return -1
}

// sameKey reports whether a and b have the same textKey, empty or not,
// read only as far as they agree.
func sameKey(a, b string) bool {
	ra, rb := keyReader{s: a}, keyReader{s: b}
	for {
		x, y := ra.next(), rb.next()
		if x != y {
			return false
		}
		if x < 0 {
			return true
		}
	}
}

// keyStartsWith reports whether the textKey of line starts with the
// whole textKey of prefix, read only as far as they agree: what a line
// that prints prefix and then more words must do.
func keyStartsWith(line, prefix string) bool {
	l, p := keyReader{s: line}, keyReader{s: prefix}
	for r := p.next(); r >= 0; r = p.next() {
		if l.next() != r {
			return false
		}
	}
	return true
}

// startsKeyOf reports whether the textKey of line, less the digits it
// starts with, is at least twelve bytes long and starts the textKey of
// title: "4. Envoy Wrote Of The" under "Envoy wrote of the strike".
func startsKeyOf(line, title string) bool {
	l, t := keyReader{s: line}, keyReader{s: title}
	r := l.next()
	for r >= '0' && r <= '9' {
		r = l.next()
	}
	n := 0
	for ; r >= 0; r = l.next() {
		if t.next() != r {
			return false
		}
		n += utf8.RuneLen(r)
	}
	return n >= 12
}

// sameText reports whether two lines have the same textKey, which is
// not empty, without building either key.
func sameText(a, b string) bool {
	i, j, letters := 0, 0, 0
	for {
		var ra, rb rune = -1, -1
		for i < len(a) && ra < 0 {
			r, size := utf8.DecodeRuneInString(a[i:])
			if i += size; isLetterOrDigit(r) {
				ra = unicode.ToLower(r)
			}
		}
		for j < len(b) && rb < 0 {
			r, size := utf8.DecodeRuneInString(b[j:])
			if j += size; isLetterOrDigit(r) {
				rb = unicode.ToLower(r)
			}
		}
		if ra != rb {
			return false
		}
		if ra < 0 {
			return letters > 0
		}
		letters++
	}
}

// splitUnits splits text into lines with spaces collapsed. Blank lines
// separate blocks; a block whose lines were wrapped at a fixed width is
// joined back into one paragraph, while pages that print one paragraph per
// line (with or without blank lines) keep their lines.
func splitUnits(text string) []string {
	var out []string
	var block []string
	flush := func() {
		if len(block) > 1 && hardWrapped(block) {
			out = appendUnglued(out, strings.Join(block, " "))
		} else {
			width := wrapWidth(block)
			for i := 0; i < len(block); i++ {
				j := i
				for j+1 < len(block) && (runsOnIntoQuote(block[j], block[j+1]) || brokenAtWidth(block[j], block[j+1], width)) {
					j++ // "He reported that the Embassy had" / "“no information …”"
				}
				l := block[i]
				if j > i {
					l = strings.Join(block[i:j+1], " ") // (once: joined a line at a time, a long run of lines cost its square)
				}
				out = appendUnglued(out, l)
				i = j
			}
		}
		block = block[:0]
	}
	for rest := text; rest != ""; { // line by line, without a slice of every line
		line := rest
		if i := strings.IndexByte(rest, '\n'); i >= 0 {
			line, rest = rest[:i], rest[i+1:]
		} else {
			rest = ""
		}
		l := line
		if !singleSpaced(line) {
			l = singleSpacedCopy(line)
		}
		if l == "" {
			flush()
			continue
		}
		block = append(block, l)
	}
	flush()
	return out
}

// runsOnIntoQuote reports a line that breaks off its sentence on a word
// that needs more ("had", "that", "to") right before a line that opens
// with a quotation mark: a blog sets the quote it goes on with on a line
// of its own.
func runsOnIntoQuote(line, next string) bool {
	if !strings.HasPrefix(next, "\"") && !strings.HasPrefix(next, "“") && !strings.HasPrefix(next, "‘") {
		return false
	}
	i := strings.LastIndexByte(line, ' ')
	if i < 0 || strings.Count(line, " ") < 4 {
		return false
	}
	return runsOnWords[line[i+1:]]
}

// wrapWidth returns the width in runes a block's lines may have been
// broken at (no wider than a terminal's or an e-mail's line), else 0.
func wrapWidth(block []string) int {
	if len(block) < 2 {
		return 0
	}
	var counts [maxWrapWidth + 1]int // lines of each length from 50 runes up
	wrapped, over := 0, 0
	for _, l := range block {
		switch n := utf8.RuneCountInString(l); {
		case n > maxWrapWidth:
			over++ // a page's header or a paragraph on a line of its own
		case n >= 50:
			counts[n]++
			wrapped++
		}
	}
	if wrapped == 0 || over > 0 && wrapped < minWrappedLines {
		return 0 // (a page of one paragraph a line: its short lines were never wrapped)
	}
	// the width is the longest where lines gather: a quarter of them (two
	// at least) within a few runes under it; a header line or a link above
	// a story wrapped at 70 sets no width. Beside longer lines (a page of
	// one paragraph a line, or a wrapped story under a long menu) the
	// lines must be many (four for each longer one) or gather closely:
	// half of them, and as many as the longer lines
	need := max(2, wrapped/4)
	for n := maxWrapWidth; n >= 60; n-- {
		near := 0
		for m := n; m > n-wrapSlack; m-- {
			near += counts[m]
		}
		if near < need {
			continue
		}
		if over > 0 && wrapped < 4*over && (2*near < wrapped || near < max(minWrappedLines, over)) {
			continue // (not yet: the width may be a few runes under)
		}
		return n
	}
	return 0
}

// wrapSlack is how many runes under its width a line broken at it may
// end: a word that did not fit went on to the next line.
const wrapSlack = 7

// maxWrapWidth is the widest a text wrapped at a fixed width is: a
// terminal's or an e-mail's line, with room.
const maxWrapWidth = 120

// minWrappedLines is how many lines of a wrapped width a block with longer
// lines must have for its width to be read from them: a saved page's
// header lines ("Title: | …") above a story wrapped at 70 characters.
const minWrappedLines = 4

// brokenAtWidth reports a line of a block broken at a fixed width
// (wrapWidth) in the middle of its sentence, where the block also holds
// short lines, so that it is not wrapped as a whole (hardWrapped): the
// line is close to the width, ends on no sentence's end, and the next goes
// on in lower case or with a bracket ("… appeared in the media before
// midday" / "(AEDT)."), or the line ends on a comma or a word a sentence
// cannot end on ("… in which an" / "American diplomat …").
func brokenAtWidth(line, next string, width int) bool {
	if width == 0 || line == "" || next == "" {
		return false
	}
	if n := utf8.RuneCountInString(line); n < 50 || n*10 < width*7 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	if strings.ContainsRune(".!?:\"”’'", last) {
		return false
	}
	if strings.HasPrefix(next, "by ") || strings.HasPrefix(next, "By ") {
		return false // a byline under a headline or a standfirst: "by Jane Roe, 3 December 2010."
	}
	first, _ := utf8.DecodeRuneInString(next)
	switch {
	case unicode.IsLower(first):
		return !skipLink(next) // "… of Wikileaks" / "jump to navigation"
	case first == '(':
		// a bracket that ends the sentence ("(AEDT)."), not a wire's
		// credit opening a paragraph ("(AFP) The envoy …")
		return endsWithFullStop(next) && utf8.RuneCountInString(next)*3 < width
	}
	if _, isDate := parseDateLine(next); isDate {
		return false // a date line under a headline
	}
	if last == ',' {
		return true
	}
	i := strings.LastIndexByte(line, ' ')
	return i >= 0 && wrapsOnWords[strings.ToLower(line[i+1:])]
}

// skipLink reports a line that is a skip link ("jump to navigation",
// "Skip to content"): never the rest of a line above it, as a headline's
// words wrapped onto the next line may be.
func skipLink(next string) bool {
	if len(next) > 40 || !hasPrefixFold(next, "skip to ") && !hasPrefixFold(next, "jump to ") {
		return false
	}
	return isChrome(next)
}

// hasPrefixFold is strings.HasPrefix in any case.
func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// wrapsOnWords are the words a line broken at a fixed width may end on
// before a capital that goes on with its sentence ("… in which an" /
// "American diplomat …"): the words a sentence cannot end on but for the
// verbs of saying, on which a headline often ends ("…, envoy says").
var wrapsOnWords = lex.MustSet(words, "words/wraps-on-words.txt")

// runsOnWords are the words a sentence cannot end on.
var runsOnWords = lex.MustSet(words, "words/runs-on-words.txt")

// appendUnglued appends a line to units, split where a page lost the
// break between two paragraphs: a sentence's end and, with no space, the
// capital that starts the next paragraph ("… said it was over.”The
// minister …", "… by the embassy.The cable …"). A closing curly quote
// after a sentence's end and followed by a letter is never prose as
// written (with no quotation open it opens the next paragraph's: "…
// in Harare.”Everyone is …”"); a bare period is a break when a word of at least two lower-case
// letters, not an abbreviation, ends on it and a capitalised word follows,
// which leaves "U.S.", "Mrs.Roe", "St.Louis" and web addresses alone, and
// so does a bare period inside a quotation.
func appendUnglued(units []string, l string) []string {
	from := 0
	for i := 0; i < len(l); i++ {
		if i = stopRun(l, i); i == len(l) {
			break
		}
		if c := l[i]; c != '.' && c != '!' && c != '?' {
			continue
		}
		if end := gluedBreak(l, i, from); end > from {
			units = append(units, l[from:end])
			from = end
		}
	}
	return append(units, l[from:])
}

// stopRun is where the bytes from l[i] that are no period, question mark
// or exclamation mark end, or, in the last seven bytes, somewhat before:
// it reads eight bytes at a time (issue 14: a byte at a time
// appendUnglued was 6 % of the page stage), and returns the first such
// byte of the eight that hold one, not the eight's start, from which the
// caller stepped to it a byte and a call at a time (5 % of the stage's
// instructions on a generated library).
func stopRun(l string, i int) int {
	for ; i+8 <= len(l); i += 8 {
		// the lowest mark of each bytesOf is a byte that is its mark
		x := load8(l, i)
		if m := bytesOf(x, '.') | bytesOf(x, '!') | bytesOf(x, '?'); m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	return i
}

// gluedBreak returns where the next paragraph starts when l[i], a period,
// question mark or exclamation mark, ends a sentence glued to it, else -1;
// the paragraph so far starts at from.
func gluedBreak(l string, i, from int) int {
	c := l[i]
	end := i + 1
	quoted := strings.HasPrefix(l[end:], "”")
	if quoted {
		end += len("”")
	}
	if end+1 >= len(l) || l[end] < 'A' || l[end] > 'Z' {
		return -1
	}
	if quoted {
		if opensNext(l[from:i], l[end:]) {
			return i + 1 // no quotation open: the mark opens the next paragraph's ("in Harare.”Everyone is …”")
		}
		return end
	}
	if c != '.' || l[end+1] < 'a' || l[end+1] > 'z' {
		return -1
	}
	w := i
	for w > 0 && 'a' <= l[w-1] && l[w-1] <= 'z' || w > 0 && 'A' <= l[w-1] && l[w-1] <= 'Z' {
		w--
	}
	if i-w < 2 || l[i-1] < 'a' || l[i-2] < 'a' || w > 0 && l[w-1] != ' ' || lex.IsAbbrev(l[w:i]) {
		return -1
	}
	if strings.Count(l[from:i], "“") > strings.Count(l[from:i], "”") {
		return -1 // inside a quotation
	}
	return end
}

// opensNext reports a closing curly mark glued between a paragraph's end
// (before) and the next one's start (after) that opens the next
// paragraph's quotation: no quotation is open before it (curly, low or
// straight marks), and after it the quotation closes with no mark that
// opens one first ("… in Harare.”Everyone is talking about it.”").
func opensNext(before, after string) bool {
	if strings.Count(before, "“")+strings.Count(before, "„") > strings.Count(before, "”") || strings.Count(before, "\"")%2 == 1 {
		return false
	}
	closer := strings.Index(after, "”")
	return closer > 0 && !strings.Contains(after[:closer], "“") && !strings.Contains(after[:closer], "\"")
}

// singleSpaced reports whether a line is already as splitUnits leaves it:
// words apart by single spaces, none at either end. Eight bytes of
// printable ASCII with no two spaces together, after a space or not, are
// passed at once (issue 14: a byte at a time this was 5 % of the page
// stage).
func singleSpaced(line string) bool {
	space := true // before the line, so that a space starting it counts as a second
	for i := 0; i < len(line); {
		if i+8 <= len(line) {
			x := load8(line, i)
			spaces := bytesIn(x, ' ', ' ')
			before := uint64(0) // the space before these eight, where it stands in spaces<<8
			if space {
				before = 0x80
			}
			// a byte outside printable ASCII, or a space after a space
			odd := (x|bytesIn(x, 0, ' '-1))&0x8080808080808080 | spaces&(spaces<<8|before)
			if odd == 0 {
				space = spaces>>63 != 0
				i += 8
				continue
			}
			// The bytes before the first odd one are printable ASCII,
			// spaced singly: step to it at once, not a byte and a try of
			// eight at a time (issue 14: a letter outside ASCII cost up to
			// eight tries).
			if k := bits.TrailingZeros64(odd) / 8; k > 0 {
				space = spaces>>(8*k-1)&1 != 0
				i += k
			}
		}
		c := line[i]
		if ' ' < c && c < utf8.RuneSelf { // most bytes: printable ASCII
			space = false
			i++
			continue
		}
		if c < utf8.RuneSelf {
			switch c {
			case ' ':
				if space {
					return false
				}
				space = true
			case '\t', '\n', '\v', '\f', '\r':
				return false
			default:
				space = false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(line[i:])
		if isSpace(r) {
			return false
		}
		space = false
		i += size
	}
	return !space || line == ""
}

// hardWrapped reports whether a block's lines were broken at a fixed width:
// every line but the last is long and close to the longest, and most breaks
// fall inside a sentence (the next line goes on in lower case, or the line
// ends on a comma or dash). A headline over a date line is not wrapped.
func hardWrapped(lines []string) bool {
	longest := 0
	for _, l := range lines {
		longest = max(longest, len([]rune(l)))
	}
	if longest > 120 || longest < 30 {
		return false
	}
	inside := 0
	for i, l := range lines[:len(lines)-1] {
		next := lines[i+1]
		if n := len([]rune(l)); n < 40 || n*10 < longest*6 || strings.HasPrefix(next, "•") || strings.HasPrefix(next, "- ") {
			return false
		}
		first := []rune(next)[0]
		if skipLink(next) {
			return false // a skip link under a headline: "jump to navigation"
		}
		if unicode.IsLower(first) || strings.ContainsAny(l[len(l)-1:], ",;-—") {
			inside++
		}
	}
	return inside*2 >= len(lines)-1
}

// countWords counts the words of s as strings.Fields cuts them, up to
// most, where it stops: the page rules ask how many words a line has of
// every line, and a paragraph's words were most of what they allocated
// (issue 14).
func countWords(s string, most int) int {
	n, inWord := 0, false
	for i := 0; i < len(s); {
		space := false
		if c := s[i]; c < utf8.RuneSelf {
			space = c == ' ' || '\t' <= c && c <= '\r'
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			space = isSpace(r)
			i += size
		}
		switch {
		case space:
			inWord = false
		case !inWord:
			if inWord, n = true, n+1; n == most {
				return n
			}
		}
	}
	return n
}

// lowerText is strings.ToLower, rune for rune (a byte that is no UTF-8
// becomes U+FFFD, as there), without a call per rune of ASCII: the page
// rules lower every line. A text that needs no change is returned as it
// is; else, from its first change on, eight bytes of ASCII are lowered at
// once (issue 14: copied between capitals, a run at a time, the lowering
// was 3 % of a first run's instructions).
func lowerText(s string) string {
	lower, _ := lowerTextIn(nil, s)
	return lower
}

// wordBuf is room on the stack to lower a word or a short line that is
// looked up or compared and not kept: the page rules lower many words of
// date lines and headings to look them up in a set, and a new string for
// each was a sixth of the objects a first export of the 10k gencorpus
// library allocated (issue 14).
type wordBuf [64]byte

// lower is lowerText of s, made in b when it fits: good only until b
// lowers another.
func (b *wordBuf) lower(s string) string {
	if len(s)+utf8.UTFMax > len(b) {
		return lowerText(s)
	}
	l, _ := lowerTextIn(b[:0], s)
	return l
}

// lowerTextIn is lowerText made in buf, which it returns, grown, for the
// next: the text it returns is buf's bytes, good only until buf is used
// again (or s itself, when lowering changes nothing).
func lowerTextIn(buf []byte, s string) (string, []byte) {
	i := 0
	for {
		if i = unchangedRun(s, i); i == len(s) {
			return s, buf
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				break
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.ToLower(r) != r || r == utf8.RuneError && size == 1 {
			break
		}
		i += size
	}
	b := slices.Grow(buf[:0], len(s)+utf8.UTFMax)
	b = append(b, s[:i]...)
	for i < len(s) {
		// Eight bytes of ASCII are lowered at once, in a loop of their own
		// (a capital's 0x80 mark, shifted, is the 0x20 that lowers it).
		for ; i+8 <= len(s); i += 8 {
			x := load8(s, i)
			if x&0x8080808080808080 != 0 {
				// The ASCII before the first byte outside it is lowered at
				// once too, not a byte and a try of eight at a time (issue
				// 14: a letter outside ASCII cost up to eight tries).
				k := bits.TrailingZeros64(x&0x8080808080808080) / 8
				n := len(b)
				b = binary.LittleEndian.AppendUint64(b, x|bytesIn(x, 'A', 'Z')>>2)[:n+k]
				i += k
				break
			}
			b = binary.LittleEndian.AppendUint64(b, x|bytesIn(x, 'A', 'Z')>>2)
		}
		if i == len(s) {
			break
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if l := unicode.ToLower(r); l != r || r == utf8.RuneError && size == 1 {
			b = utf8.AppendRune(b, l)
		} else {
			b = append(b, s[i:i+size]...)
		}
		i += size
	}
	return unsafe.String(unsafe.SliceData(b), len(b)), b
}

// unchangedRun is where the bytes from s[i] that lowering leaves as they
// are (ASCII but capitals) end, or somewhat before: it reads eight bytes
// at a time and stops at the first eight that hold another (issue 14:
// lowerText, a byte at a time, was 6 % of the page stage).
func unchangedRun(s string, i int) int {
	for ; i+8 <= len(s); i += 8 {
		if x := load8(s, i); (x|bytesIn(x, 'A', 'Z'))&0x8080808080808080 != 0 {
			break
		}
	}
	return i
}
