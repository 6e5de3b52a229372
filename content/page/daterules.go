package page

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"cables/content/lex"
	"cables/content/rule"
	"cables/model"
)

// A date line is read segment by segment (split at "|" and spaced dashes
// and slashes). A segment with a date may carry a few words besides it,
// which one rule of besideDateRules must account for; a segment without a
// date is given its part by the first rule of segmentRules that fires. A
// line with a segment no rule accounts for is no date line. A new shape
// is a rule at its place in its table, with an example line written for
// cables, which TestDateLineRules reads (daterules_test.go).

// dateLineReader reads one date line, segment by segment.
type dateLineReader struct {
	dl         dateLine
	monthFirst bool
	label      string      // date words in segments before the date they label
	last       *model.Date // the date read last, which a clock after it completes
	segs       []string    // the line's segments
	// trace is told the name of each rule that fires; nil but in tests.
	trace func(rule string)
}

// readDateLine is parseDateLine on a page that writes its numeric dates
// month first, when monthFirst is set.
func readDateLine(line string, monthFirst bool) (dateLine, bool) {
	return readDateLineTraced(line, monthFirst, nil)
}

func readDateLineTraced(line string, monthFirst bool, trace func(string)) (dateLine, bool) {
	if len(line) > 160 {
		return dateLine{}, false // a paragraph: spaceAfterGluedYear only lengthens it
	}
	line = spaceAfterGluedYear(line)
	if spacedComma(line) {
		line = strings.ReplaceAll(line, " , ", ", ") // "Sunday , December 5 , 2010": a page that spaces its commas
	}
	if len(line) > 160 || strings.Count(line, " ") > 24 || !hasYear(line) && !hasShortYear(line) {
		return dateLine{}, false
	}
	line = strings.TrimLeft(line, "•·/| ") // a date line in a list, or after a slash or bar ("/ 3 December 2010")
	if inner, ok := strings.CutPrefix(line, "["); ok && strings.HasSuffix(inner, "]") {
		line = strings.TrimSuffix(inner, "]") // a date line in brackets: "[AFP, Tuesday, 21 December 2010]"
	}
	line = withFullYear(line)
	if i := strings.Index(line, "("); i > 0 && line[i-1] != ' ' {
		line = line[:i] + " " + line[i:] // "12:31 IST(17/3/2011)"
	}
	line = zonesOutOfBrackets(line)
	line = spaceAfterComma(line)
	line = spacedNumericDate(line)
	line, offset, hasOffset := offsetZone(line)
	r := dateLineReader{monthFirst: monthFirst, trace: trace}
	segments := bylineApart(splitDateSegments(line))
	r.segs = segments
	for i, seg := range segments {
		if !r.segment(seg, i, len(segments)) {
			return dateLine{}, false
		}
	}
	if r.dl.published.IsZero() && r.dl.updated.IsZero() {
		return dateLine{}, false
	}
	zone, ok := lineZone(line)
	if hasOffset {
		zone, ok = offset, true
	}
	if ok && !r.dl.published.HasZone && !r.dl.updated.HasZone {
		for _, d := range []*model.Date{&r.dl.published, &r.dl.updated} {
			if d.HasClock { // a zone printed once holds for every time on the line
				d.Time = time.Date(d.Year(), d.Month(), d.Day(), d.Hour(), d.Minute(), 0, 0, zone.at(d.Time))
				d.HasZone = true
			}
		}
	}
	return r.dl, true
}

// spacedNumericDate writes a line that is only a numeric date spaced,
// "22 10 2011", with slashes, as numeric dates are read.
func spacedNumericDate(line string) string {
	if countWords(line, 4) != 3 {
		return line // (most lines: counted without cutting them into words)
	}
	f := strings.Fields(line)
	if len(f) != 3 || len(f[0]) > 2 || len(f[1]) > 2 || len(f[2]) != 4 || strings.Trim(f[0]+f[1]+f[2], "0123456789") != "" {
		return line
	}
	return f[0] + "/" + f[1] + "/" + f[2]
}

// offsetZone finds a zone written as UTC or GMT and an offset, "(UTC
// +04:00)", "GMT+5:30", and returns the line without the offset (the
// zone's name stays, a date word) and the zone it names.
func offsetZone(line string) (string, zoneMark, bool) {
	for _, name := range []string{"UTC", "GMT"} {
		i := strings.Index(line, name)
		if i < 0 {
			continue
		}
		j := i + len(name)
		for j < len(line) && line[j] == ' ' {
			j++
		}
		if j >= len(line) || line[j] != '+' && line[j] != '-' {
			continue
		}
		sign, k := 1, j+1
		if line[j] == '-' {
			sign = -1
		}
		h, m, n := 0, 0, 0
		for k < len(line) && isDigit(line[k]) && n < 2 {
			h, k, n = h*10+int(line[k]-'0'), k+1, n+1
		}
		if n == 0 || h > 14 {
			continue
		}
		if k+2 < len(line) && line[k] == ':' && isDigit(line[k+1]) && isDigit(line[k+2]) {
			m, k = int(line[k+1]-'0')*10+int(line[k+2]-'0'), k+3
		}
		return line[:i+len(name)] + line[k:], zoneMark{name: line[i:k], offset: sign * (h*60 + m)}, true
	}
	return line, zoneMark{}, false
}

// bylineApart splits a segment that runs from a time of day into a
// byline, "09:10 By JANE ROE", in two.
func bylineApart(segments []string) []string {
	for i, seg := range segments {
		if b := strings.Index(seg, " By "); b > 0 {
			if _, _, ok := clockIn(strings.Fields(seg[:b])); ok {
				out := append(slices.Clip(segments[:i]), seg[:b], seg[b+1:])
				return append(out, segments[i+1:]...)
			}
		}
	}
	return segments
}

// hasShortYear reports a year of two digits after a month and an
// apostrophe, "30 Nov.'10", which withFullYear writes in full.
func hasShortYear(line string) bool {
	return anyIndex(line, "'", func(i int) bool { _, ok := shortYearAt(line, i); return ok })
}

// shortYearAt reads the year that an apostrophe at line[i] begins, when a
// month's short name stands before it: "Nov.'10" is 2010.
func shortYearAt(line string, i int) (int, bool) {
	if i+3 > len(line) || !isDigit(line[i+1]) || !isDigit(line[i+2]) || i+3 < len(line) && isDigit(line[i+3]) {
		return 0, false
	}
	before := strings.TrimRight(line[:i], ". ")
	month := before[strings.LastIndexAny(before, " ,(")+1:]
	if _, ok := lex.Months[strings.ToLower(month)]; !ok {
		return 0, false
	}
	return 2000 + int(line[i+1]-'0')*10 + int(line[i+2]-'0'), true
}

// withFullYear writes a year of two digits after a month in full: "30
// Nov.'10" becomes "30 Nov. 2010".
func withFullYear(line string) string {
	for i := strings.IndexByte(line, '\''); i >= 0; {
		if y, ok := shortYearAt(line, i); ok {
			line = line[:i] + " " + strconv.Itoa(y) + line[i+3:]
		}
		next := strings.IndexByte(line[i+1:], '\'')
		if next < 0 {
			break
		}
		i += 1 + next
	}
	return line
}

// spaceAfterGluedYear puts a space between a year and the time of day a
// page glued to it: "Thu Mar 3, 201109:10 PM GMT".
//
// The clock's colon is the first after the year, one or two digits on, so
// only the bytes five and six before each colon can start the year (issue
// 14: read a byte at a time, every date line paid for its whole length).
func spaceAfterGluedYear(line string) string {
	prev := -1 // the colon before p
	for p := strings.IndexByte(line, ':'); p >= 0; p = nextColon(line, p) {
		for i := max(p-6, prev-3, 0); i <= p-5; i++ {
			if out, ok := gluedYearAt(line, i); ok {
				return out
			}
		}
		prev = p
	}
	return line
}

// nextColon is the index of the first ':' after line[p], or -1.
func nextColon(line string, p int) int {
	if n := strings.IndexByte(line[p+1:], ':'); n >= 0 {
		return p + 1 + n
	}
	return -1
}

// gluedYearAt reads a year glued to a clock at line[i], and returns the
// line with a space between them.
func gluedYearAt(line string, i int) (string, bool) {
	if i+7 > len(line) || (i > 0 && isDigit(line[i-1])) || !strings.HasPrefix(line[i:], "19") && !strings.HasPrefix(line[i:], "20") ||
		!isDigit(line[i+2]) || !isDigit(line[i+3]) {
		return "", false
	}
	clock := line[i+4:]
	if n := strings.IndexByte(clock, ':'); (n == 1 || n == 2) && strings.Trim(clock[:n], "0123456789") == "" &&
		len(clock) >= n+3 && isDigit(clock[n+1]) && isDigit(clock[n+2]) {
		return line[:i+4] + " " + clock, true
	}
	return "", false
}

// spaceAfterComma puts a space between a word and a number that a comma
// joins: "30 May,2011".
func spaceAfterComma(line string) string {
	i := strings.IndexByte(line, ',')
	if i < 0 {
		return line
	}
	var b strings.Builder
	for i >= 0 {
		b.WriteString(line[:i+1])
		if i > 0 && i+1 < len(line) && isDigit(line[i+1]) && (isLetter(line[i-1]) || dayThenYear(line, i)) {
			b.WriteByte(' ')
		}
		line = line[i+1:]
		i = strings.IndexByte(line, ',')
	}
	b.WriteString(line)
	return b.String()
}

// dayThenYear reports a comma at byte i between a day of one or two
// digits and a year of four with no space between: "January 17,2011"
// (not "1,220" or "12,000").
func dayThenYear(line string, i int) bool {
	d := i
	for d > 0 && isDigit(line[d-1]) {
		d--
	}
	if n := i - d; n < 1 || n > 2 || d > 0 && line[d-1] != ' ' {
		return false
	}
	y := line[i+1:]
	return len(y) >= 4 && (y[:2] == "19" || y[:2] == "20") && isDigit(y[2]) && isDigit(y[3]) && (len(y) == 4 || !isDigit(y[4]))
}

func isLetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

// segment reads segment i of n, reporting whether it belongs on a date
// line.
func (r *dateLineReader) segment(seg string, i, n int) bool {
	d, rest, found := findDate(seg, r.monthFirst)
	if !found {
		return r.undated(seg, i, n)
	}
	if !onlyDateWords(rest) {
		c := besideDate{seg: seg, rest: rest, placeTaken: r.dl.place != "", monthFirst: r.monthFirst}
		role, fired := besideDateRules.Decide(&c)
		if counted := withoutCommentCount(rest); fired.Rule == "" && len(rest) > 2 && len(counted) < len(rest) {
			// a count of comments and one thing more, which a rule
			// accounts for alone: "AFP, Tuesday, 21 December 2010 13:48
			// One Comment"
			c.rest = counted
			role, fired = besideDateRules.Decide(&c)
		}
		if fired.Rule == "" {
			return false
		}
		r.fired(fired.Rule)
		switch role {
		case blogCredit:
			if fired.Evidence != "" && r.dl.credit == "" {
				r.dl.credit = fired.Evidence
			}
		case placeBefore:
			r.dl.place = fired.Evidence
		case agencyBefore:
			if r.dl.agency == "" {
				r.dl.agency = fired.Evidence
			}
		case creditBefore:
			d, _, _ = findDate(strings.TrimPrefix(seg, fired.Evidence+", "), r.monthFirst)
			if r.dl.credit == "" {
				r.dl.credit = fired.Evidence
			}
		}
	}
	r.date(d, seg)
	return true
}

// date takes a date as the published or updated one, as its label or the
// labels before it say.
func (r *dateLineReader) date(d model.Date, seg string) {
	var wb wordBuf
	// (the label's words and the segment's, lowered apart: no word that
	// marks an update holds the space between them)
	updateLabel := isUpdateLabel(wb.lower(r.label)) || isUpdateLabel(wb.lower(seg))
	r.label = ""
	switch {
	case updateLabel && r.dl.updated.IsZero():
		r.dl.updated, r.last = d, &r.dl.updated
	case r.dl.published.IsZero():
		r.dl.published, r.last = d, &r.dl.published
	case r.dl.updated.IsZero():
		r.dl.updated, r.last = d, &r.dl.updated
	}
}

// undated reads segment i of n that holds no date.
func (r *dateLineReader) undated(seg string, i, n int) bool {
	c := undatedSegment{seg: seg, words: strings.Fields(withoutSecondClock(seg)), i: i, n: n, r: r}
	c.hour, c.minute, c.isClock = clockIn(c.words)
	role, fired := segmentRules.Decide(&c)
	if fired.Rule == "" {
		return false
	}
	r.fired(fired.Rule)
	switch role {
	case dateLabel:
		r.label += " " + seg
	case updateClock:
		l := r.last
		r.dl.updated = model.Date{Time: time.Date(l.Year(), l.Month(), l.Day(), c.hour, c.minute, 0, 0, time.UTC), HasClock: true}
		r.last = &r.dl.updated
	case clockOfDate:
		l := r.last
		l.Time, l.HasClock = time.Date(l.Year(), l.Month(), l.Day(), c.hour, c.minute, 0, 0, time.UTC), true
	case placeAfter:
		r.dl.place = seg
	case creditBeside:
		r.dl.credit = seg
	case creditAndPlace:
		credit, _, _ := strings.Cut(seg, ", ")
		r.dl.credit, r.dl.place = credit, fired.Evidence
	case agencyBeside:
		r.dl.agency = seg
	}
	return true
}

func (r *dateLineReader) fired(name string) {
	if r.trace != nil {
		r.trace(name)
	}
}

// segmentRole is the part a segment plays on a date line.
type segmentRole int

const (
	chromeBeside segmentRole = iota // read and dropped
	dateLabel
	updateClock
	clockOfDate
	placeAfter
	creditBeside
	agencyBeside
	blogCredit
	placeBefore
	agencyBefore
	sectionBefore
	creditBefore
	creditAndPlace
)

// besideDate is a segment with a date and words that are no date words.
type besideDate struct {
	seg        string
	rest       []string // the words besides the date and its clock
	placeTaken bool     // the line named its place already
	monthFirst bool
}

var besideDateRules = rule.Table[*besideDate, segmentRole]{Decision: "beside a date", Rules: []rule.Rule[*besideDate, segmentRole]{
	{Name: "blog-filing", Verdict: blogCredit, Match: (*besideDate).blogFiling,
		Example: "March 3, 2011 in World, Cables"},
	{Name: "place-before-date", Verdict: placeBefore, Match: (*besideDate).placeBeforeDate,
		Example: "Lusaka 03 MAR 2011 - 09:10 EAT"},
	{Name: "agency-before-date", Verdict: agencyBefore, Match: (*besideDate).agencyBeforeDate,
		Example: "IANS 3 Mar 2011, 09:10:30 IST"},
	{Name: "section-before-label", Verdict: sectionBefore, Match: (*besideDate).sectionBeforeLabel,
		Example: "africa Updated: Mar 3, 2011 09:10 EAT"},
	{Name: "section-before-date", Verdict: sectionBefore, Match: (*besideDate).sectionBeforeDate,
		Example: "Southern Africa Materials 3 March 2011 09:10 (UTC +02:00)"},
	{Name: "credit-before-date", Verdict: creditBefore, Match: (*besideDate).creditBeforeDate,
		Example: "example.org, Thursday 3 March 2011"},
	{Name: "source-after-date", Verdict: blogCredit, Match: (*besideDate).sourceAfterDate,
		Example: "Published: 9:10AM Thursday March 3, 2011 Source: Example Wire/EXA"},
	{Name: "column-after-date", Verdict: chromeBeside, Match: (*besideDate).columnAfterDate,
		Example: "Thursday, March 3, 2011 PORT TALK"},
	{Name: "view-count-after-date", Verdict: chromeBeside, Match: (*besideDate).viewCountAfterDate,
		Example: "03 March 2011    Read: 907"},
	{Name: "comment-count-after-date", Verdict: chromeBeside, Match: (*besideDate).commentCountAfterDate,
		Example: "3rd March 2011, Comments 0 comments"},
	{Name: "comment-prompt-after-date", Verdict: chromeBeside, Match: (*besideDate).commentPromptAfterDate,
		Example: "December 3, 2011 Leave a comment"},
	{Name: "site-user-after-date", Verdict: blogCredit, Match: (*besideDate).siteUserAfterDate,
		Example: "3 Mar 2011 admin"},
	{Name: "print-page-after-date", Verdict: chromeBeside, Match: (*besideDate).printPageAfterDate,
		Example: "Thursday, March 3, 2011; A08"},
	{Name: "tools-beside-date", Verdict: chromeBeside, Match: (*besideDate).toolsBesideDate,
		Example: "Thursday, March 3, 2011   E-Mail this story   Print"},
	{Name: "published-on-before-date", Verdict: chromeBeside, Match: (*besideDate).publishedOnBeforeDate,
		Example: "This content was published on March 3, 2011 - 11:42"},
	{Name: "reporter-before-date", Verdict: blogCredit, Match: (*besideDate).reporterBeforeDate,
		Example: "Jane Roe reported this story on Thursday, March 3, 2011 08:03:00"},
}}

// blogFiling: the writer and the sections a blog post is filed under,
// "Posted by janeroe on …", "… in News, Politics"; the evidence is the
// writer, if named.
func (c *besideDate) blogFiling() (string, bool) { return readBlogCredit(c.rest) }

// placeBeforeDate: a known place and the date, "Madrid 01 DEC 2010".
func (c *besideDate) placeBeforeDate() (string, bool) {
	place := strings.Join(notDateWords(c.rest), " ")
	return place, !c.placeTaken && lex.Places[strings.ToLower(place)]
}

// agencyBeforeDate: a wire agency and the date, "PTI 17 Dec 2010".
func (c *besideDate) agencyBeforeDate() (string, bool) {
	agency := strings.Join(notDateWords(c.rest), " ")
	return agency, wireAgencies[strings.ToLower(agency)]
}

// sectionBeforeLabel: the name of the page's section, one or two words,
// printed before the date's label: "world Updated: Nov 30, 2010".
func (c *besideDate) sectionBeforeLabel() (string, bool) {
	n := 0
	for n < len(c.rest) && !onlyDateWords(c.rest[n:n+1]) {
		n++
	}
	if n == 0 || n > 2 || n == len(c.rest) || !onlyDateWords(c.rest[n:]) || strings.ContainsAny(strings.Join(c.rest[:n], ""), "0123456789") {
		return "", false
	}
	label := strings.ToLower(strings.Trim(c.rest[n], ":"))
	return strings.Join(c.rest[:n], " "), isUpdateLabel(label) || label == "published" || label == "posted"
}

// sectionBeforeDate: the name of the page's section, one to three
// capitalised words with no digit, before the date and its clock and
// zone: "Southern Africa Materials 3 March 2011 09:10".
func (c *besideDate) sectionBeforeDate() (string, bool) {
	words := notDateWords(c.rest)
	name := strings.Join(words, " ")
	if len(words) == 0 || len(words) > 3 || !allCapitalised(words) || strings.ContainsAny(name, "0123456789") || !strings.HasPrefix(c.seg, name) {
		return "", false
	}
	return name, true
}

// creditBeforeDate: a site, agency or desk, a comma and the date with
// nothing more, "guardian.co.uk, Sunday 28 November 2010".
func (c *besideDate) creditBeforeDate() (string, bool) {
	pre, post, cut := strings.Cut(c.seg, ", ")
	if !cut || !isCredit(pre) {
		return "", false
	}
	_, rest, found := findDate(post, c.monthFirst)
	return pre, found && onlyDateWords(rest)
}

// sourceAfterDate: the source a page credits after the date, "… 2011
// Source: Example Wire"; the evidence is the source.
func (c *besideDate) sourceAfterDate() (string, bool) {
	i := slices.IndexFunc(c.rest, func(w string) bool { return strings.EqualFold(w, "source:") })
	after := c.rest[i+1:]
	if i < 0 || len(after) == 0 || len(after) > 4 || !onlyDateWords(c.rest[:i]) || !strings.HasSuffix(c.seg, strings.Join(after, " ")) {
		return "", false
	}
	return strings.Join(after, " "), true
}

// columnAfterDate: the name of a column or section in capitals after the
// date, "March 3, 2011 PORT TALK", that is no place.
func (c *besideDate) columnAfterDate() (string, bool) {
	words := notDateWords(c.rest)
	label := strings.Join(words, " ")
	if len(words) == 0 || len(words) > 3 || !isCapitals(label) || strings.ContainsAny(label, "0123456789") ||
		!strings.HasSuffix(c.seg, label) || lex.Places[strings.ToLower(label)] || wireAgencies[strings.ToLower(label)] {
		return "", false
	}
	return label, true
}

// viewCountAfterDate: how often the page was read, after its date:
// "… 2011 Read: 907", "… 2011 | 1,204 views".
func (c *besideDate) viewCountAfterDate() (string, bool) {
	words := notDateWords(c.rest)
	if len(words) < 2 || len(words) > 3 {
		return "", false
	}
	count := 0
	for _, w := range words {
		switch {
		case strings.Trim(w, "0123456789,") == "":
			count++
		case !viewWords[strings.ToLower(w)]:
			return "", false
		}
	}
	return strings.Join(words, " "), count == 1
}

// commentCountAfterDate: a post's count of comments after its date, "…
// 2011, 0 comments", "… 13:48 One Comment", "…, Comments 2 comments".
func (c *besideDate) commentCountAfterDate() (string, bool) {
	words := notDateWords(c.rest)
	if len(words) < 2 || len(words) > 4 {
		return "", false
	}
	if strings.EqualFold(words[0], "with") {
		words = words[1:] // "… 2011 with No Comments"
	}
	counts, labels := 0, 0
	for _, w := range words {
		w = strings.ToLower(strings.Trim(w, ",.;:()[]"))
		switch {
		case w == "comment" || w == "comments":
			labels++
		case w != "" && strings.Trim(w, "0123456789") == "" || w == "no" || w == "one":
			counts++
		default:
			return "", false
		}
	}
	return strings.Join(words, " "), counts == 1 && labels >= 1
}

// commentPromptAfterDate: a blog's call to comment after its date, "…
// 2011 Leave a comment", "… 2011 | Leave a reply".
func (c *besideDate) commentPromptAfterDate() (string, bool) {
	words := notDateWords(c.rest)
	if len(words) == 0 || len(words) > 6 {
		return "", false
	}
	prompt := strings.ToLower(strings.Trim(strings.Join(words, " "), ".,;:!|·•"))
	return prompt, commentPrompts[prompt]
}

// commentPrompts are a blog's calls to comment, in lower case.
var commentPrompts = lex.MustSet(words, "words/comment-prompts.txt")

// siteUserAfterDate: the site's account that posted the page, after its
// date ("3 Mar 2011 admin"): no reporter's name.
func (c *besideDate) siteUserAfterDate() (string, bool) {
	words := notDateWords(c.rest)
	return strings.Join(words, " "), len(words) == 1 && siteUsers[words[0]]
}

// siteUsers are the accounts a site posts under, as it prints them.
var siteUsers = lex.MustSet(words, "words/site-users.txt")

// toolsBesideDate: the page's tools and their counts beside its date,
// "… 2011 Print Print Email Email", "120Views 0Comments Posted 3/3/2011":
// every word besides the date's is a tool's, or a count glued to one.
func (c *besideDate) toolsBesideDate() (string, bool) {
	words := notDateWords(c.rest)
	if len(words) == 0 || len(words) > 8 {
		return "", false
	}
	for _, w := range words {
		w = strings.ToLower(strings.TrimLeft(strings.Trim(w, "·•|"), "0123456789:"))
		// (a count or a clock glued to a tool: "0Comments", "04:59Comments")
		if w != "" && !toolWords[w] {
			return "", false
		}
	}
	return strings.Join(words, " "), true
}

// toolWords are the page's tools a date line may print.
var toolWords = lex.MustSet(words, "words/tool-words.txt")

// viewWords label a page's count of readers.
var viewWords = lex.MustSet(words, "words/view-count-words.txt")

// printPageAfterDate: the page of the printed paper after the date and a
// semicolon, "… 2011; A08": a section's letter and the page's number.
func (c *besideDate) printPageAfterDate() (string, bool) {
	words := notDateWords(c.rest)
	if len(words) != 1 || !strings.Contains(c.seg, "; "+words[0]) {
		return "", false
	}
	w := words[0]
	return w, len(w) >= 2 && len(w) <= 4 && w[0] >= 'A' && w[0] <= 'Z' && strings.Trim(w[1:], "0123456789") == ""
}

// reporterBeforeDate: a broadcaster's line naming who reported the
// story, then its date: "Jane Roe reported this story on Thursday, …";
// the evidence is the reporter.
func (c *besideDate) reporterBeforeDate() (string, bool) {
	for _, verb := range []string{" reported this story on", " filed this story on", " reported this story", " filed this report on"} {
		name, _, ok := strings.Cut(c.seg, verb)
		if ok && name != "" {
			words := strings.Fields(name)
			return name, len(words) <= 4 && allCapitalised(words)
		}
	}
	return "", false
}

// publishedOnBeforeDate: a sentence that says when the page itself was
// published, its date closing it: "This content was published on March
// 3, 2011", "The article was posted on …"; not a cable's date ("The
// cable was published on …") nor a reader's comment's ("This comment was
// posted on …").
func (c *besideDate) publishedOnBeforeDate() (string, bool) {
	for _, verb := range []string{" was published on ", " was posted on ", " was first published on ", " was updated on ", " was last updated on "} {
		before, _, ok := strings.Cut(c.seg, verb)
		if ok && before != "" {
			words := strings.Fields(before)
			return before + verb, len(words) == 2 && (strings.EqualFold(words[0], "this") || strings.EqualFold(words[0], "the")) && pageNouns[strings.ToLower(words[1])] &&
				onlyDateWords(c.rest[len(words)+len(strings.Fields(verb)):])
		}
	}
	return "", false
}

// pageNouns are what a page calls itself when it says when it was
// published: "This content", "This article".
var pageNouns = map[string]bool{"content": true, "article": true, "story": true, "page": true, "post": true, "entry": true, "item": true, "report": true}

// undatedSegment is a segment of a date line that holds no date.
type undatedSegment struct {
	seg          string
	words        []string
	hour, minute int
	isClock      bool // the words are a time of day and date words
	i, n         int  // the segment's place on the line
	r            *dateLineReader
}

var segmentRules = rule.Table[*undatedSegment, segmentRole]{Decision: "date line segment", Rules: []rule.Rule[*undatedSegment, segmentRole]{
	{Name: "date-label", Verdict: dateLabel, Match: (*undatedSegment).onlyLabels,
		Example: "Published | March 3, 2011"},
	{Name: "update-clock", Verdict: updateClock, Match: (*undatedSegment).updateClock,
		Example: "Thursday, 3 March 2011 | Last updated 09:10 EAT"},
	{Name: "clock-of-date", Verdict: clockOfDate, Match: (*undatedSegment).clockOfDate,
		Example: "03/03/2011 - 09h10"},
	{Name: "clock-and-agencies", Verdict: clockOfDate, Match: (*undatedSegment).clockAndAgencies,
		Example: "This content was published on March 3, 2011 - 11:42 and agencies"},
	{Name: "unpadded-clock", Verdict: chromeBeside, Match: (*undatedSegment).unpaddedClock,
		Example: "March 3, 2011 - 9:5"},
	{Name: "chrome-beside-date", Verdict: chromeBeside, Match: (*undatedSegment).chrome,
		Example: "March 3, 2011 | Print"},
	{Name: "age-after-date", Verdict: chromeBeside, Match: (*undatedSegment).ageAfterDate,
		Example: "March 3, 2011 / 9:10 AM / 9 years ago"},
	{Name: "print-page", Verdict: chromeBeside, Match: (*undatedSegment).printPage,
		Example: "Thu, Mar 3, 2011 - Page 4 World News"},
	{Name: "section-beside-date", Verdict: chromeBeside, Match: (*undatedSegment).section,
		Example: "March 3, 2011, 9:10 p.m. | Business — by Jane Roe"},
	{Name: "place-at-the-end", Verdict: placeAfter, Match: (*undatedSegment).placeAtTheEnd,
		Example: "March 3, 2011 09:10 EAT | Lusaka"},
	{Name: "credit-and-place", Verdict: creditAndPlace, Match: (*undatedSegment).creditAndPlace,
		Example: "Example Post, Lusaka / 3 Mar.'11 / 09:10"},
	{Name: "credit-beside-date", Verdict: creditBeside, Match: (*undatedSegment).credit,
		Example: "Staff Reporter | Mar 3, 2011"},
	{Name: "agency-beside-date", Verdict: agencyBeside, Match: (*undatedSegment).agency,
		Example: "By Ada Quill | AFP | March 3, 2011"},
}}

// onlyLabels: labels, weekdays and zones that belong to the date after
// them, "Published" | "Dec 3, 2010".
func (c *undatedSegment) onlyLabels() (string, bool) { return c.seg, onlyDateWords(c.words) }

// updateClock: the time of an update alone after the date, "10 December
// 2010 | Last updated 17:48 CET".
func (c *undatedSegment) updateClock() (string, bool) {
	return c.seg, c.isClock && c.r.last != nil && isUpdateLabel(strings.ToLower(c.seg)) && c.r.dl.updated.IsZero()
}

// clockOfDate: the time of the date before it, "30/11/2010 - 18h42".
func (c *undatedSegment) clockOfDate() (string, bool) {
	return c.seg, c.isClock && c.r.last != nil && !c.r.last.HasClock
}

// clockAndAgencies: the date's time of day, and the rest of a byline that
// credits agencies beside the site ("… 2011 - 11:42 and agencies"); the
// time is the date's.
func (c *undatedSegment) clockAndAgencies() (string, bool) {
	if c.r.last == nil || c.r.last.HasClock || len(c.words) < 3 {
		return "", false
	}
	h, m, n, ok := clockAt(c.words, 0)
	if !ok || !strings.EqualFold(strings.Join(c.words[n:], " "), "and agencies") {
		return "", false
	}
	c.hour, c.minute = h, m // (the clock the verdict sets: clockIn reads none beside the credit)
	return c.seg, true
}

// unpaddedClock: a time of day after the date that its page printed
// without the minutes' zero, "… 2011 - 0:0", read and dropped.
func (c *undatedSegment) unpaddedClock() (string, bool) {
	h, m, ok := strings.Cut(c.seg, ":")
	return c.seg, ok && c.i > 0 && c.r.last != nil && len(h) >= 1 && len(h) <= 2 && len(m) == 1 &&
		strings.Trim(h+m, "0123456789") == ""
}

// chrome: furniture after the first segment, "On Dec 9, 2010 / In News /
// Comments".
func (c *undatedSegment) chrome() (string, bool) { return c.seg, c.i > 0 && isChrome(c.seg) }

// ageAfterDate: how long ago the page was published, after its date:
// "… / 9 years ago".
func (c *undatedSegment) ageAfterDate() (string, bool) {
	return c.seg, c.i > 0 && c.r.last != nil && clockOrAge(c.seg) && !c.isClock
}

// printPage: the page of the printed paper the story ran on, perhaps with
// its section, after the date: "… 2011 - Page 4 World News", "Page A12".
func (c *undatedSegment) printPage() (string, bool) {
	if c.i == 0 || len(c.words) < 2 || len(c.words) > 5 || !strings.EqualFold(c.words[0], "page") {
		return "", false
	}
	num := strings.TrimLeft(c.words[1], "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
	if num == "" || len(c.words[1])-len(num) > 1 || strings.Trim(num, "0123456789") != "" {
		return "", false
	}
	section := c.words[2:]
	return c.seg, len(section) == 0 || allCapitalised(section) && !strings.ContainsAny(strings.Join(section, ""), "0123456789")
}

// section: the name of the paper's section after the date, "… 2011 |
// Business".
func (c *undatedSegment) section() (string, bool) {
	var wb wordBuf
	return c.seg, c.i > 0 && len(c.seg) <= 20 && allCapitalised(c.words) && sectionNames[wb.lower(c.seg)]
}

// sectionNames are the names of a paper's sections.
var sectionNames = lex.MustSet(words, "words/section-names.txt")

// placeAtTheEnd: capitalised words ending the line, "… IST - Washington",
// or before a short credit by someone that ends it ("… - Lusaka - by
// Example Post"), that are no credit to a desk or an agency ("… IST |
// Agencies") nor a label ("… 2011 | Update"), on a line that named no
// place before.
func (c *undatedSegment) placeAtTheEnd() (string, bool) {
	var wb wordBuf
	return c.seg, (c.i == c.n-1 || c.i == c.n-2 && bylineSegment(c.r.segs[c.i+1])) && c.i > 0 && c.r.dl.place == "" && looksLikePlace(c.seg) && !isDesk(c.words) && !strings.HasPrefix(c.seg, "By ") && !possessiveInside(c.words) &&
		!wireAgencies[wb.lower(c.seg)] && !labelWords(c.words)
}

// bylineSegment reports a short credit that opens with "by": "by Kyiv
// Post", after which a place may still end the line's dates.
func bylineSegment(seg string) bool {
	return (strings.HasPrefix(seg, "by ") || strings.HasPrefix(seg, "By ")) && len(strings.Fields(seg)) <= 6
}

// possessiveInside reports a word that ends in 's before another word,
// as a paper's name has ("TODAY'S ZAMAN") and a place's seldom does.
func possessiveInside(words []string) bool {
	for _, w := range words[:max(len(words)-1, 0)] {
		l := strings.ToLower(w)
		if strings.HasSuffix(l, "'s") || strings.HasSuffix(l, "’s") {
			return true
		}
	}
	return false
}

// creditAndPlace: a site and the place it writes from, before the date,
// "Example Post, Lusaka"; the evidence is the place.
func (c *undatedSegment) creditAndPlace() (string, bool) {
	credit, place, ok := strings.Cut(c.seg, ", ")
	return place, ok && c.i == 0 && c.r.dl.place == "" && isCredit(credit) && lex.Places[strings.ToLower(place)]
}

// credit: a short credit, a site or a byline, "TNN | Dec 3, 2010".
func (c *undatedSegment) credit() (string, bool) {
	ok := isCredit(c.seg) || (strings.HasPrefix(c.seg, "By ") || strings.HasPrefix(c.seg, "by ")) && len(c.words) <= 15
	return c.seg, ok && c.r.dl.credit == ""
}

// agency: a wire agency after a byline, "By Jane Roe | AFP – Dec 2, 2010".
func (c *undatedSegment) agency() (string, bool) {
	return c.seg, c.r.dl.agency == "" && wireAgencies[strings.ToLower(c.seg)]
}

// bracketedZones finds a clock and its zone in brackets at a line's end,
// with the same time again in another zone after it: "18:53 pm (KSA)
// 15:53 pm (GMT)".
var bracketedZones = regexp.MustCompile(`(\d{1,2}[:.]\d{2}(?:\s*[aApP]\.?[mM]\.?)?)\s*\(([A-Za-z]{2,5})\)(?:\s+\d{1,2}[:.]\d{2}(?:\s*[aApP]\.?[mM]\.?)?\s*\(([A-Za-z]{2,5})\))?$`)

// zonesOutOfBrackets reads a zone in brackets after a clock at the end of
// a date line as the clock's zone, and drops the same time printed again
// in another zone: "… 18:53 pm (KSA) 15:53 pm (GMT)" is "… 18:53 pm KSA".
func zonesOutOfBrackets(line string) string {
	if !strings.HasSuffix(line, ")") {
		return line
	}
	m := bracketedZones.FindStringSubmatchIndex(line)
	if m == nil {
		return line
	}
	zone := line[m[4]:m[5]]
	if _, ok := zones[strings.ToLower(zone)]; !ok {
		return line
	}
	return line[:m[0]] + line[m[2]:m[3]] + " " + zone
}
