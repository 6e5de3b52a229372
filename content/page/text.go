package page

import (
	"slices"
	"strings"
	"unicode"

	"cables/content/lex"
)

// readText reads a story from plain text as news pages give it: headline
// first, then date lines, a byline, captions, the body and site chrome, in
// any order a page may print them.
func readText(text string) *Page {
	s := &Page{}
	units := splitUnits(text)
	var rest []string
	if top := pageTop(units); top > 0 {
		units = units[top:]
		t := headlineAfterChrome(units)
		s.Title = units[t]
		for _, u := range units[:t] { // a date above the headline is kept; labels and chrome are not
			if _, isDate := parseDateLine(u); isDate {
				rest = append(rest, u)
			}
		}
		rest = append(rest, units[t+1:]...)
	} else {
		i := 0
		for i < len(units) && isChrome(units[i]) {
			i++
		}
		if i < len(units) {
			if _, isDate := parseDateLine(units[i]); !isDate {
				s.Title = units[i]
				i++
			}
		}
		rest = units[i:]
	}
	rest = rest[:chromeTail(rest)]
	rest = dropKickers(rest, s.Title)
	fillUnits(s, rest, writesMonthFirst(text))
	return s
}

// fillFromUnits sorts the units after the headline into metadata,
// captions and body.
func fillFromUnits(s *Page, units []string) {
	fillUnits(s, units, writesMonthFirst(units...))
}

// fillUnits is fillFromUnits on a page whose numeric dates are written
// month first, when monthFirst is set.
func fillUnits(s *Page, units []string, monthFirst bool) {
	title := textKey(s.Title)
	keys := make([]string, len(units))
	for k, u := range units {
		keys[k] = textKey(u)
	}
	for k, u := range units {
		key := keys[k]
		if key == "" || key == title {
			continue // a headline printed again is not body
		}
		if dl, ok := readDateLine(u, monthFirst); ok {
			if s.Published.IsZero() {
				s.Published = dl.published
			}
			if s.Updated.IsZero() {
				s.Updated = dl.updated
			}
			if s.Dateline == "" {
				s.Dateline = dl.place
			}
			switch b, isByline := byline(dl.credit); {
			case dl.credit != "" && s.Dateline == "" && (lex.Places[strings.ToLower(dl.credit)] || isCapitals(dl.credit) && strings.Contains(dl.credit, " ")):
				s.Dateline = dl.credit // "NEW DELHI, March 17, 2011"
			case isByline && s.Byline == "":
				s.Byline = b
			case wireAgencies[strings.ToLower(dl.credit)] && s.Outlet == "":
				s.Outlet = dl.credit
			}
			if dl.agency != "" && s.Outlet == "" {
				s.Outlet = dl.agency
			}
			continue
		}
		if b, ok := byline(u); ok {
			if s.Byline == "" {
				s.Byline = b
			}
			continue
		}
		repeated := k+1 < len(units) && keys[k+1] == key
		labelled := k > 0 && isCaptionLabel(keys[k-1]) // "Image caption," over the caption
		if (repeated || labelled || isCaption(u)) && !isChrome(u) {
			c := trimCredit(u)
			if len(s.Captions) == 0 || textKey(s.Captions[len(s.Captions)-1]) != textKey(c) {
				s.Captions = append(s.Captions, c)
			}
			continue
		}
		if k > 0 && keys[k-1] == key {
			continue // the second copy of a repeated caption
		}
		if isChrome(u) {
			continue
		}
		if len(s.Paragraphs) == 0 && headerLine(s, u) {
			continue
		}
		if l := strings.ToLower(u); wireAgencies[l] || photoAgencies[l] {
			continue // a photo's credit on a line of its own
		}
		if p := dropInlineChrome(u); p != "" {
			s.Paragraphs = append(s.Paragraphs, p)
		}
	}
	if s.Published.IsZero() {
		s.Published = s.Updated // a page that prints only when it was updated
	}
	for len(s.Paragraphs) > 1 && endsWithWriterNote(s) {
		s.Paragraphs = s.Paragraphs[:len(s.Paragraphs)-1]
	}
	for i, p := range s.Paragraphs {
		if i > 2 || s.Dateline != "" {
			break
		}
		place, agency, whole := bodyDateline(p)
		if place == "" {
			continue
		}
		s.Dateline = place
		if s.Outlet == "" {
			s.Outlet = agency
		}
		if whole {
			s.Paragraphs = slices.Delete(s.Paragraphs, i, i+1)
		}
	}
}

// headerLine reads the short lines pages print between the headline and
// the story: an author's name alone ("Jane Roe"), an agency ("Kyodo") or a
// section label ("From the Newspaper", "In News"). It reports whether the
// line was one of them; a dateline on a line of its own is left for the
// body, where it is found.
func headerLine(s *Page, u string) bool {
	words := strings.Fields(u)
	limit := 4
	if s.Byline != "" {
		limit = 8 // the writer's role under the byline: "Senior Fellow, Example Program"
	}
	if len(words) > limit || endsSentence(u) || strings.ContainsAny(u, "“”\"‘’«»0123456789") {
		return false
	}
	if place, _, whole := bodyDateline(u); place != "" && whole {
		return false
	}
	switch {
	case wireAgencies[strings.ToLower(u)]:
		if s.Outlet == "" {
			s.Outlet = u
		}
	case s.Byline == "" && len(words) >= 2 && looksLikeName(words):
		s.Byline = u
	}
	return true
}

// dropKickers removes the section labels that pages print between the
// headline and the headline printed again ("Special Reports").
func dropKickers(units []string, title string) []string {
	key := textKey(title)
	if key == "" {
		return units
	}
	repeat := -1
	for k, u := range units {
		if k > 4 {
			break
		}
		if textKey(u) == key {
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
func textKey(s string) string {
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
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
			out = append(out, strings.Join(block, " "))
		} else {
			out = append(out, block...)
		}
		block = block[:0]
	}
	for _, line := range strings.Split(text, "\n") {
		l := strings.Join(strings.Fields(line), " ")
		if l == "" {
			flush()
			continue
		}
		block = append(block, l)
	}
	flush()
	return out
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
		if unicode.IsLower(first) || strings.ContainsAny(l[len(l)-1:], ",;-—") {
			inside++
		}
	}
	return inside*2 >= len(lines)-1
}
