package page

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"cables/content/lex"
	"cables/content/rule"
)

// Each line after the headline is given its part by the first rule of
// unitRules that fires: a date line, a byline, a caption, chrome, a short
// header line or body. A new kind of line is a rule at its place in the
// table, with an example line written for cables, which TestUnitRules
// reads (unitrules_test.go).

// unitRole is the part a line plays on a page.
type unitRole int

const (
	skipped unitRole = iota // a blank line, the headline again, chrome, a caption's copy
	dateLineUnit
	bylineUnit
	captionUnit
	headerUnit
	bodyUnit
)

// unitCase is one line of a page and the lines around it, as the rules
// read it.
type unitCase struct {
	s     *Page
	units []string
	// Lines are compared by their textKey (sameKey), read only as far as
	// they agree: no key is made (issue 14: a key per line was 6 % of the
	// page stage).
	title      string // the headline
	k          int    // the line's index
	monthFirst bool
	// lower is the line's lower case, once a rule has asked for it, made
	// in lowerBuf, which every line's lowering takes again: the rules
	// keep nothing of it (issue 14: a new lower case for each line was an
	// eighth of the bytes a first run allocated).
	lower    string
	lowered  bool
	lowerBuf []byte
	// dl is the date line the date-line rule read.
	dl dateLine
}

func (c *unitCase) line() string { return c.units[c.k] }

// advance moves the case to line k.
func (c *unitCase) advance(k int) { c.k, c.lowered = k, false }

// lowerLine is the line in lower case, made once for the rules that read it.
func (c *unitCase) lowerLine() string {
	if !c.lowered {
		c.lower, c.lowerBuf = lowerTextIn(c.lowerBuf, c.line())
		c.lowered = true
	}
	return c.lower
}

var unitRules = rule.Table[*unitCase, unitRole]{Decision: "line", Rules: []rule.Rule[*unitCase, unitRole]{
	{Name: "headline-again", Verdict: skipped, Match: (*unitCase).headlineAgain,
		Example: "Envoy Wrote Of The Strike¶Envoy wrote of the strike"},
	{Name: "headline-cut", Verdict: skipped, Match: (*unitCase).headlineCut,
		Example: "Envoy wrote of the strike at the port¶3. Envoy Wrote Of The Strike At"},
	{Name: "headline-again-dated", Verdict: dateLineUnit, Match: (*unitCase).headlineAgainDated,
		Example: "Envoy wrote of the strike¶Envoy wrote of the strike March 3, 2011"},
	{Name: "date-line", Verdict: dateLineUnit, Match: (*unitCase).dateLine,
		Example: "Envoy wrote of the strike¶Updated: 4 March 2011 09:10 EAT"},
	{Name: "clock-line", Verdict: skipped, Match: (*unitCase).clockLine,
		Example: "Envoy wrote of the strike¶04:48 PM ET¶8 years ago"},
	{Name: "byline-line", Verdict: bylineUnit, Match: (*unitCase).bylineLine,
		Example: "Envoy wrote of the strike¶By Ada Quill"},
	{Name: "caption-line", Verdict: captionUnit, Match: (*unitCase).captionLine,
		Example: "Envoy wrote of the strike¶Image caption,¶Dock workers at the port gate on Monday"},
	{Name: "caption-copy", Verdict: skipped, Match: (*unitCase).captionCopy,
		Example: "Envoy wrote of the strike¶Dock workers at the port gate¶Dock workers at the port gate"},
	{Name: "chrome-line", Verdict: skipped, Match: (*unitCase).chromeLine,
		Example: "Envoy wrote of the strike¶Sign in to comment"},
	{Name: "header-line", Verdict: headerUnit, Match: (*unitCase).headerLine,
		Example: "Envoy wrote of the strike¶From the Newspaper"},
	{Name: "photo-credit", Verdict: skipped, Match: (*unitCase).photoCredit,
		Example: "Envoy wrote of the strike¶The consul wrote that the port was idle for a week.¶Reuters"},
	{Name: "body", Verdict: bodyUnit, Match: (*unitCase).body,
		Example: "Envoy wrote of the strike¶The consul wrote that the port was idle for a week."},
}}

// clockLine: a time of day alone ("04:48 PM ET"), or the age of the page
// ("8 years ago"): furniture beside the date, no headline.
func (c *unitCase) clockLine() (string, bool) { return c.line(), clockOrAge(c.line()) }

// clockOrAge reports a line that is a time of day alone or a page's age.
func clockOrAge(line string) bool {
	if len(line) > maxClockLine {
		return false // a paragraph: spared splitting it into words
	}
	var buf [5]string // one more than the four it takes
	words := buf[:firstFields(line, buf[:])]
	if len(words) == 0 || len(words) > 4 {
		return false
	}
	if _, _, ok := clockIn(words); ok {
		return true
	}
	return len(words) == 3 && lex.IsNumber(words[0]) && ageUnits[strings.ToLower(words[1])] && strings.EqualFold(words[2], "ago")
}

// maxClockLine is longer than any line of four words clockOrAge takes:
// "12:45:30 p.m. GMT+05:30", "10,000 centuries ago".
const maxClockLine = 48

// ageUnits are what a page's age is counted in: "8 years ago".
var ageUnits = lex.MustSet(words, "words/age-units.txt")

// headlineAgain: a blank line, or the headline printed again.
func (c *unitCase) headlineAgain() (string, bool) {
	return c.line(), sameKey(c.line(), "") || sameKey(c.line(), c.title)
}

// headlineCut: the start of the headline, perhaps numbered, as a
// breadcrumb trail ends: "4. Envoy Wrote Of The".
func (c *unitCase) headlineCut() (string, bool) {
	return c.line(), startsKeyOf(c.line(), c.title) && len(strings.Fields(c.line())) >= 3
}

// takeDateUnit takes the date line u read as dl, and reports whether a
// line labelled "Published" has dated the story, as labelled did before:
// the first such line's date stands over an earlier line's later one.
func takeDateUnit(s *Page, dl dateLine, u string, labelled bool) bool {
	if publishedLabel(u) && !labelled && !dl.published.IsZero() {
		if !s.Published.IsZero() && dl.published.Before(s.Published.Time) && (dl.published.Year() < s.Published.Year() || monthIn(labelDateWords(u))) {
			// (of an earlier year, or spelled: a numeric label of the
			// same year may be read the other way round)
			// "Tue | Jan 13, 2026" (the day the page was read)
			// over "Published: Wednesday | May 25, 2011"
			s.Published = dl.published
		}
		labelled = true
	}
	takeDateLine(s, dl)
	return labelled
}

// headlineAgainDated: the headline printed again with the date after it,
// as a blog prints a post's title over its text.
func (c *unitCase) headlineAgainDated() (string, bool) {
	if len(c.line()) <= len(c.title) || !keyStartsWith(c.line(), c.title) || !hasYear(c.line()) {
		return "", false
	}
	head, date, ok := dateAfterHeadline(c.line())
	if !ok || !sameKey(head, c.title) {
		return "", false
	}
	c.dl, ok = readDateLine(date, c.monthFirst)
	return date, ok
}

// dateLine: a line of dates, their labels, a credit and a place.
func (c *unitCase) dateLine() (string, bool) {
	dl, ok := readDateLine(c.line(), c.monthFirst)
	c.dl = dl
	return c.line(), ok
}

// bylineLine: a line that credits the writer; the evidence is the credit.
func (c *unitCase) bylineLine() (string, bool) { return byline(c.line()) }

// captionLine: a photo's caption, told by its words, by being printed
// twice or by the label above it ("Image caption,").
func (c *unitCase) captionLine() (string, bool) {
	repeated := c.k+1 < len(c.units) && sameKey(c.units[c.k+1], c.line()) && !(ledeLength(c.line()) && !placesInPhoto(c.lowerLine()))
	labelled := c.k > 0 && isCaptionLabel(c.units[c.k-1])
	return c.line(), (repeated || labelled || isCaptionOf(c.line(), c.lowerLine())) && !isChromeOf(c.line(), c.lowerLine())
}

// ledeLength reports a line printed twice that is no caption: a lede
// that quotes someone, longer than a caption's sentence or two, its verb
// among its first words ("President X has challenged …, calling the
// account “…”"; a caption names whom it shows first: "Minister X at a news
// conference on Friday, a day after he called …"): the story's first
// paragraph, whose copy caption-copy drops.
func ledeLength(line string) bool {
	return len(line) >= minLedeTwice && strings.ContainsAny(line, "“\"") && verbEarly(line)
}

// verbEarly reports a verb in the past (a word in lower case on -ed) or
// "has", "had", "was", "said" among a line's first ledeVerbReach words,
// not in a clause of its own; a caption's present ("is escorted") is none.
func verbEarly(line string) bool {
	n, prev, prev2, past := 0, "", "", false
	for w := range strings.FieldsSeq(line) {
		// a sentence's end, not "U.S." nor an abbreviation ("Gen.")
		end := strings.HasSuffix(w, ".") && len(w) > 3 && !strings.Contains(w[:len(w)-1], ".") && !lex.IsAbbrev(w) && !monthAbbrev(w)
		w = strings.TrimRight(w, ",.;:")
		if past && w != "by" {
			return true // (not a participle before its agent: "cables published by WikiLeaks")
		}
		// a verb in the past in lower case ("accused Washington"), not a
		// name ("Ahmed"), an adjective after a determiner or an owner
		// ("Kandia’s embattled port minister"), a caption's participle
		// ("A picture dated …"), nor a clause's verb after its pronoun ("a
		// day after he called the")
		past = len(w) > 4 && w[0] >= 'a' && w[0] <= 'z' && strings.HasSuffix(w, "ed") && !clausePronouns[prev] && !clausePronouns[prev2] && !modifierBefore(prev) && !captionParticiples[w]
		switch w {
		case "has", "have", "had", "was", "were", "said", "told":
			if !clausePronouns[prev] {
				return true // (not "Ali Bell, who was described as …")
			}
		}
		prev, prev2 = w, prev
		if n++; n == ledeVerbReach || end {
			return false // (the first sentence only: "… on Friday. Qadir said …" is a caption's second)
		}
	}
	return false
}

// monthAbbrev reports a month cut short with a stop: "Dec.", "Sept.".
func monthAbbrev(w string) bool {
	switch strings.TrimSuffix(w, ".") {
	case "Jan", "Feb", "Mar", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec":
		return true
	}
	return false
}

// captionParticiples describe a picture: "A picture dated October 12".
var captionParticiples = map[string]bool{"dated": true, "pictured": true, "photographed": true, "filmed": true}

// modifierBefore reports a determiner or an owner before a word, which
// makes a word on -ed after it an adjective: "the jailed", "Kandia’s
// embattled".
func modifierBefore(w string) bool {
	switch w {
	case "the", "The", "a", "A", "an", "An", "his", "her", "its", "their", "our":
		return true
	}
	return strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "'s")
}

// clausePronouns open a clause of their own inside a caption's line.
var clausePronouns = map[string]bool{"he": true, "she": true, "they": true, "it": true, "who": true, "which": true, "we": true}

// ledeVerbReach is how many words of a lede its verb may stand after:
// "WikiLeaks released hundreds of …", "Kandia's outspoken Port Minister
// Omar Qadir, a longtime ally of the royal family, on Friday accused".
const ledeVerbReach = 20

// placesInPhoto reports the words a caption places people in a picture
// with: "Omar Qadir, right, speaks with …", "(L)" (not "pictured", which
// a story uses as a verb).
func placesInPhoto(lower string) bool {
	for _, w := range []string{", right,", ", left,", ", center,", ", centre,", "(l)", "(r)", "(left)", "(right)"} {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}

// minLedeTwice is the length in bytes from which a line printed twice
// that holds a quotation is a lede, not a caption.
const minLedeTwice = 250

// captionCopy: the second copy of a caption printed twice.
func (c *unitCase) captionCopy() (string, bool) {
	return c.line(), c.k > 0 && sameKey(c.units[c.k-1], c.line())
}

// chromeLine: the site's chrome.
func (c *unitCase) chromeLine() (string, bool) { return c.line(), isChromeOf(c.line(), c.lowerLine()) }

// headerLine: a short line between the headline and the story, an
// author's name alone, an agency or a section label.
func (c *unitCase) headerLine() (string, bool) {
	return c.line(), len(c.s.Paragraphs) == 0 && isHeaderLine(c.s, c.line())
}

// photoCredit: an agency on a line of its own credits a photo.
func (c *unitCase) photoCredit() (string, bool) {
	if len(c.line()) > maxAgencyName {
		return "", false
	}
	var wb wordBuf
	l := wb.lower(c.line())
	return c.line(), wireAgencies[l] || photoAgencies[l]
}

// maxAgencyName is longer than the name of any agency in
// wire-agencies.txt and photo-agencies.txt.
const maxAgencyName = 60

// body: anything else is the story.
func (c *unitCase) body() (string, bool) { return c.line(), true }

// fillFromUnits sorts the units after the headline into metadata,
// captions and body.
func fillFromUnits(s *Page, units []string) {
	fillUnits(s, units, writesMonthFirst(units...))
}

// fillUnits is fillFromUnits on a page whose numeric dates are written
// month first, when monthFirst is set.
func fillUnits(s *Page, units []string, monthFirst bool) {
	fillUnitsTraced(s, units, monthFirst, nil)
}

// fillUnitsTraced is fillUnits telling trace, unless nil, the rule that
// gave each unit its part.
func fillUnitsTraced(s *Page, units []string, monthFirst bool, trace func(k int, rule string)) {
	c := unitCase{s: s, units: units, title: s.Title, monthFirst: monthFirst}
	longest := 0
	for _, u := range units {
		longest = max(longest, len(u))
	}
	c.lowerBuf = make([]byte, 0, longest+utf8.UTFMax) // room for any line, grown only where lowering lengthens one
	labelled := false                                 // the story's date came from a line labelled "Published"
	again := false                                    // the headline was printed again, blank lines after it at most
	for k, u := range units {
		c.advance(k)
		role, fired := unitRules.Decide(&c)
		if trace != nil {
			trace(k, fired.Rule)
		}
		switch role {
		case dateLineUnit:
			wasLabelled := labelled
			labelled = takeDateUnit(s, c.dl, u, labelled)
			if again && !wasLabelled && !s.Published.IsZero() && !c.dl.published.IsZero() && c.dl.published.Year() < s.Published.Year() {
				// "Montevideo, December 22nd 2024" (the day the page was
				// read, under the site's name) over "Thursday, January
				// 6th 2011" under the headline printed again; not over a
				// date labelled "Published"
				s.Published = c.dl.published
			}
		case bylineUnit:
			if s.Byline == "" {
				s.Byline = fired.Evidence
			}
		case captionUnit:
			if caption := trimCredit(u); len(s.Captions) == 0 || textKey(s.Captions[len(s.Captions)-1]) != textKey(caption) {
				s.Captions = append(s.Captions, caption)
			}
		case headerUnit:
			takeHeaderLine(s, u)
		case bodyUnit:
			if p := dropInlineChrome(u); p != "" {
				s.Paragraphs = append(s.Paragraphs, p)
			}
		}
		again = fired.Rule == "headline-again" && (again || strings.TrimSpace(u) != "")
	}
	if s.Published.IsZero() {
		s.Published = s.Updated // a page that prints only when it was updated
	}
	for len(s.Paragraphs) > 1 && endsWithWriterNote(s) {
		s.Paragraphs = s.Paragraphs[:len(s.Paragraphs)-1]
	}
	findBodyDateline(s)
	splitGluedVerbs(s.Paragraphs)
}

// labelDateWords are the words of a labelled date line up to its first bar
// or byline: "Published: 04/12/2010 09:15 | By Jane May" reads no month.
func labelDateWords(u string) []string {
	u, _, _ = strings.Cut(u, "|")
	if i := strings.Index(u, " By "); i >= 0 {
		u = u[:i]
	}
	return strings.Fields(strings.ReplaceAll(u, ",", " "))
}

// publishedLabel reports a line that opens with the label "Published" or
// "Posted": the story's own date, whatever line of the day the page was
// read stands above it.
func publishedLabel(u string) bool {
	u = strings.TrimLeft(u, " \t")
	for _, label := range [...]string{"Published", "Posted", "published", "posted", "PUBLISHED", "POSTED"} {
		if strings.HasPrefix(u, label) {
			return true
		}
	}
	return false
}

// takeDateLine takes what a date line says where the page has not said it
// already: its dates, its place, and a credit that names the place
// ("NEW DELHI, March 17, 2011"), the writer or an agency.
func takeDateLine(s *Page, dl dateLine) {
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
	case dl.credit != "" && s.Dateline == "" && (lex.Places[strings.ToLower(dl.credit)] || isCapitals(dl.credit) && strings.Contains(dl.credit, " ") && !possessiveInside(strings.Fields(dl.credit))):
		s.Dateline = dl.credit
	case isByline && s.Byline == "":
		s.Byline = b
	case wireAgencies[strings.ToLower(dl.credit)] && s.Outlet == "":
		s.Outlet = dl.credit
	}
	if dl.agency != "" && s.Outlet == "" {
		s.Outlet = dl.agency
	}
}

// datelineParagraphs is how many paragraphs into the body a dateline
// may open one: "PARIS - King Omar urged …" under a standfirst, the
// outlet's name and a subheading.
const datelineParagraphs = 6

// opensStoryParagraph reports a paragraph that opens on a letter and runs
// to a sentence of a story, a dozen words or more.
func opensStoryParagraph(p string) bool {
	r, _ := utf8.DecodeRuneInString(p)
	return unicode.IsLetter(r) && strings.Count(p, " ") >= 11
}

// storyParagraphsBefore counts the story's paragraphs among paras.
func storyParagraphsBefore(paras []string) int {
	n := 0
	for _, p := range paras {
		if opensStoryParagraph(p) {
			n++
		}
	}
	return n
}

// findBodyDateline reads the dateline at the start of one of the first
// paragraphs, when the page has none yet; a paragraph that is nothing but
// the dateline is dropped. Past the third, only a story's paragraph may
// open on one (a standfirst, an outlet's name and a subheading may stand
// before it), not a widget's line or a quoted cable's.
func findBodyDateline(s *Page) {
	for i, p := range s.Paragraphs {
		if i >= datelineParagraphs || s.Dateline != "" {
			return
		}
		if i >= 3 && !opensStoryParagraph(p) {
			continue
		}
		place, agency, whole := datelineIn(p, i > 0)
		if i >= 3 && agency == "" && storyParagraphsBefore(s.Paragraphs[:i]) > 1 {
			continue // (past the third, a bare place only under a standfirst and short lines: not a roundup's "LONDON – …")
		}
		if place == "" {
			if i == 0 && s.Published.IsZero() {
				s.Published = leadingDate(p)
			}
			continue
		}
		s.Dateline = place
		if s.Outlet == "" {
			s.Outlet = agency
		}
		if s.Published.IsZero() {
			s.Published = bodyDatelineDate(p)
		}
		if whole {
			s.Paragraphs = slices.Delete(s.Paragraphs, i, i+1)
		}
	}
}
