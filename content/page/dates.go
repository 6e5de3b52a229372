package page

import (
	"math/bits"
	"slices"
	"strings"
	"unicode"

	"cables/content/lex"
	"cables/model"
)

// dateWords are the labels that may stand around a date on a date line.
var dateWords = lex.MustSet(words, "words/date-words.txt")

// weekdaysAbroad are the days of the week in Spanish, Portuguese, French,
// German, Dutch and Italian.
var weekdaysAbroad = lex.MustSet(words, "words/weekdays-abroad.txt")

// dateLine is what a line of dates says: when the story was published and
// updated, the place that may end it ("… IST - Washington"), the credit
// that may start it ("TNN | Dec 3, 2010") and an agency after a byline
// ("By Jane Roe | AFP – Thu, Dec 2, 2010").
type dateLine struct {
	published, updated    model.Date
	place, credit, agency string
}

// parseDateLine reads a line that is nothing but dates, their labels, a
// short credit and perhaps a place. ok is false for any line with more in
// it, such as a body sentence that happens to name a date. Numeric dates
// are read day first unless they cannot be.
func parseDateLine(line string) (dl dateLine, ok bool) {
	return readDateLine(line, false)
}

// spacedComma reports a comma with a space on either side (" , ") in
// line, found by its commas, which are few: strings.ReplaceAll first
// counts the spaced commas by a search that stops at every space, and
// most lines hold none (issue 14: that count was 0.7 % of the page
// stage's instructions).
func spacedComma(line string) bool {
	return anyIndex(line, ",", func(i int) bool { return i > 0 && i+1 < len(line) && line[i-1] == ' ' && line[i+1] == ' ' })
}

// withoutSecondClock drops a time given again in brackets in another
// zone: "Updated 1612 GMT (0012 HKT)".
func withoutSecondClock(seg string) string {
	i := strings.LastIndexByte(seg, '(')
	if i < 0 || !strings.HasSuffix(seg, ")") {
		return seg
	}
	words := strings.Fields(seg[i+1 : len(seg)-1])
	if _, _, n, ok := clockAt(words, 0); ok && n < len(words) && len(words) == n+1 {
		if _, zone := zones[strings.ToLower(words[n])]; zone {
			return strings.TrimSpace(seg[:i])
		}
	}
	return seg
}

// readBlogCredit reads what blogs print around the date besides its labels:
// the writer ("Posted by janeroe on …", "… by Jane Roe"), returned as by,
// and the sections the post is filed under ("… in News, Politics"), which
// are dropped. ok is false when anything else is there, or a place stands
// after "in".
func readBlogCredit(rest []string) (by string, ok bool) {
	if !slices.ContainsFunc(rest, func(w string) bool { return w == "by" || w == "By" || w == "BY" || w == "in" || w == "In" || w == "IN" }) {
		return "", false // most lines, read without lowering a word
	}
	rest = withoutCommentCount(rest)
	for i := 0; i < len(rest); i++ {
		switch rest[i] {
		case "by", "By", "BY":
			name, j := writerAfterBy(rest, i)
			if name == "" && by == "" {
				continue // "Posted by on March 19, 2011": a blog that lost its writer's name
			}
			if by != "" || name == "" || strings.ContainsAny(name, "0123456789") {
				return "", false
			}
			by, i = "by "+name, j-1
		case "in", "In", "IN":
			var sections []string
			for _, w := range rest[i+1:] {
				if w != "and" && w != "&" {
					sections = append(sections, strings.Trim(w, ",."))
				}
			}
			if len(sections) == 0 || len(sections) > 6 || !allCapitalised(sections) || lex.Places[strings.ToLower(strings.Join(sections, " "))] {
				return "", false
			}
			return by, true
		default:
			if !onlyDateWords(rest[i : i+1]) {
				return "", false
			}
		}
	}
	return by, true
}

// withoutCommentCount drops a post's count of comments that ends the
// words of a filing line: "… 0 Comment", "… One Comment".
func withoutCommentCount(rest []string) []string {
	if n := len(rest); n >= 2 && commentCount(rest[n-2]) && (strings.EqualFold(rest[n-1], "comment") || strings.EqualFold(rest[n-1], "comments")) {
		return rest[:n-2]
	}
	return rest
}

// commentCount reports a word that counts comments: a number, "One" or
// "No".
func commentCount(w string) bool {
	return lex.IsNumber(w) || strings.EqualFold(w, "one") || strings.EqualFold(w, "no")
}

// writerAfterBy reads the writer's name after "by" at rest[i], up to four
// words that are no date words, and the outlet the writer writes for, up
// to four more ("by Ana Luisa Vell for The Example Times,"), and returns
// it and where it ends.
func writerAfterBy(rest []string, i int) (string, int) {
	j := i + 1
	for j < len(rest) && j-i <= 4 && !onlyDateWords(rest[j:j+1]) {
		j++
	}
	if k := slices.Index(rest[i+1:j], "for"); k >= 0 {
		j = i + 1 + k // the outlet is read from its "for"
	}
	if j < len(rest) && rest[j] == "for" {
		for k := j + 1; k < len(rest) && k-j <= 4 && outletWord(rest[k]) && !onlyDateWords(rest[k:k+1]); k++ {
			j = k
		}
		j++
	}
	return strings.TrimRight(strings.Join(rest[i+1:j], " "), ",;"), j
}

// outletWord reports a word an outlet's name may hold after "for": any
// but one that says where the writer was ("for Reuters in Kandia City",
// "for de Volkskrant at The Hague").
func outletWord(w string) bool {
	return w != "in" && w != "at" && w != "from" && w != "on"
}

// isUpdateLabel reports a lowercased label that says when a story was
// changed rather than published.
func isUpdateLabel(lower string) bool {
	return strings.Contains(lower, "updated") || strings.Contains(lower, "modified") || strings.Contains(lower, "edited")
}

// edgeSet is a set of ASCII bytes that the date rules trim from a word's
// ends, made once: strings.Trim makes the set of its cutset at every call
// (issue 14: that was a tenth of the instructions reading a date line).
type edgeSet [256]bool

// edges is the edgeSet of the bytes of cutset, all ASCII.
func edges(cutset string) *edgeSet {
	var s edgeSet
	for i := range len(cutset) {
		s[cutset[i]] = true
	}
	return &s
}

// trim is strings.Trim(w, cutset) for the cutset s was made of.
func (s *edgeSet) trim(w string) string {
	for len(w) > 0 && s[w[0]] {
		w = w[1:]
	}
	for len(w) > 0 && s[w[len(w)-1]] {
		w = w[:len(w)-1]
	}
	return w
}

// The cutsets the date rules trim words by.
var (
	dateWordEdges   = edges(",.:;()") // a date's words: "(Tuesday,", "2011)."
	commaParenEdges = edges(",()")    // a time's or a numeric date's: "(10:42", "PM),", "17/3/2011,"
	stopParenEdges  = edges(",.()")   // a zone's or an ISO date's: "(IST).", "(2011-03-17)."
)

// isCredit reports a short name that may stand before a date: a site, an
// agency or a desk ("guardian.co.uk", "TNN", "Staff Reporter").
func isCredit(s string) bool {
	words := strings.Fields(s)
	return len(words) > 0 && len(words) <= 4 && !strings.ContainsAny(s, "0123456789.!?") ||
		len(words) == 1 && strings.Count(s, ".") >= 1 && !strings.ContainsAny(s, "0123456789")
}

var dashesToBars = strings.NewReplacer(" - ", "|", " – ", "|", " — ", "|", " -- ", "|", " / ", "|", "/ ", "|", ", updated ", "|updated ", "; updated ", "|updated ", " · ", "|") // (a slash and a space, "Monday/ 09:10:00/", never splits "30/11/2010")

// hasYear reports whether s holds four digits from 1900 to 2199 standing
// alone: every date line names a year. It passes eight bytes at a time
// over those where no year starts, without a '1' or a '2' (issue 14: a
// byte at a time it read every line under the headline).
func hasYear(s string) bool {
	for i := 0; i+4 <= len(s); i++ {
		if i+8 <= len(s) {
			m := bytesIn(load8(s, i), '1', '2')
			if m == 0 {
				i += 7
				continue
			}
			if i += bits.TrailingZeros64(m) / 8; i+4 > len(s) {
				return false
			}
		}
		if (s[i] == '1' && s[i+1] == '9' || s[i] == '2' && (s[i+1] == '0' || s[i+1] == '1')) &&
			isDigit(s[i+2]) && isDigit(s[i+3]) && (i == 0 || !isDigit(s[i-1])) && (i+4 == len(s) || !isDigit(s[i+4])) {
			return true
		}
	}
	return false
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// mayHoldDateDash reports a byte that every piece of text dashesToBars
// replaces holds: a hyphen, a slash, the first byte of an en or em dash
// or of a middle dot, or the word "updated". Most date lines hold none,
// and are spared the replacer, which reads a line a byte and a look-up
// at a time (issue 14: it was a twelfth of reading a date line).
func mayHoldDateDash(line string) bool {
	return strings.IndexByte(line, '-') >= 0 || strings.IndexByte(line, '/') >= 0 || strings.IndexByte(line, 0xE2) >= 0 ||
		strings.IndexByte(line, 0xC2) >= 0 || strings.Contains(line, "updated")
}

// splitDateSegments splits a date line at "|" and at spaced dashes and
// slashes.
func splitDateSegments(line string) []string {
	var out []string
	if mayHoldDateDash(line) {
		line = dashesToBars.Replace(line)
	}
	for _, s := range strings.Split(line, "|") {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// notDateWords returns the words that are not labels, weekdays or zones.
func notDateWords(words []string) []string {
	var out []string
	for _, w := range words {
		if !onlyDateWords([]string{w}) {
			out = append(out, dateWordEdges.trim(w))
		}
	}
	return out
}

func onlyDateWords(words []string) bool {
	var wb wordBuf
	for _, w := range words {
		lw := wb.lower(dateWordEdges.trim(w))
		if lw == "" || dateWords[lw] || lex.Weekdays[lw] || weekdaysAbroad[lw] {
			continue
		}
		if isZone(lw) {
			continue
		}
		return false
	}
	return true
}

// parseDate reads a date written any of the ways parseDateLine knows, for
// front matter and meta tags.
func parseDate(s string) (model.Date, bool) {
	s = strings.TrimSpace(s)
	if d, ok := parseISO(s); ok {
		return d, true
	}
	if dl, ok := parseDateLine(s); ok {
		return dl.published, true
	}
	return model.Date{}, false
}

// looksLikePlace reports whether s could be a place name ending a date
// line: one to four capitalised words.
func looksLikePlace(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 4 {
		return false
	}
	for _, w := range words {
		r := []rune(w)
		if !unicode.IsUpper(r[0]) {
			return false
		}
	}
	return true
}

// dateAfterHeadline splits the date a blog prints on the headline's line
// off it: "Envoy wrote of the strike March 3, 2011", perhaps with its
// weekday. The words before the
// date must be a headline of three words or more that does not end on a
// small word ("… of March 3, 2011" is a headline about that day).
func dateAfterHeadline(title string) (headline, date string, ok bool) {
	if !hasYear(title) {
		return title, "", false
	}
	words := strings.Fields(title)
	for n := 3; n <= 4 && n+3 <= len(words); n++ {
		head, tail := words[:len(words)-n], words[len(words)-n:]
		if headlineWords[strings.ToLower(head[len(head)-1])] {
			continue
		}
		date = strings.Join(tail, " ")
		if _, rest, found := findDate(date, false); found && (len(rest) == 0 || len(rest) == 1 && lex.Weekdays[strings.ToLower(strings.Trim(rest[0], ","))]) {
			return strings.Join(head, " "), date, true
		}
	}
	return title, "", false
}
