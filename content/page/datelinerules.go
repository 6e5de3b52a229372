package page

import (
	"strings"
	"time"

	"cables/content/lex"
	"cables/content/rule"
	"cables/model"
)

// The place a story was filed from is read off the start of a body
// paragraph: the text before its first dash or colon is cut into a
// datelineCase, and the first rule of datelineRules that fires names the
// place. A new shape of dateline is a rule at its place in the table,
// with an example paragraph written for cables, which TestDatelineRules
// reads (datelinerules_test.go).

// datelineCase is the start of a paragraph that may be a dateline.
type datelineCase struct {
	prefix string // before the separator, without an agency or a date after a comma
	agency string // "(UPI)"
	// before and rest are the prefix's parts around its first comma when
	// what follows the comma is no date: "NAIROBI", "Kenya".
	before string
	rest   []string
	words  []string   // the prefix's words
	whole  bool       // the paragraph is nothing but the dateline
	dash   bool       // a dash or a wire's full stop, not a colon, ends it
	later  bool       // the paragraph is not the body's first
	date   model.Date // a date with its year beside the place: "NEW YORK, Nov. 30, 2010 (UPI) --", "Washington (AFP) Nov 29, 2010 The …"
	// onlyDate: nothing but the date follows the place's comma ("Port
	// Aster, December 2nd, 2010 ( –"), not a sentence going on after it
	onlyDate bool
}

// bodyDateline finds a dateline at the start of a body paragraph: "New
// Delhi: …", "WASHINGTON — …", "NEW YORK, Nov. 30 (UPI) -- …". It returns
// the place, the agency if any, and whether the paragraph is nothing but
// the dateline.
func bodyDateline(p string) (place, agency string, whole bool) {
	return datelineIn(p, false)
}

// datelineIn is bodyDateline on a paragraph that is not the body's first,
// when later is set.
func datelineIn(p string, later bool) (place, agency string, whole bool) {
	c, ok := datelineOf(p)
	if !ok {
		return "", "", false
	}
	c.later = later
	if isPlace, fired := datelineRules.Decide(&c); isPlace {
		return fired.Evidence, c.agency, c.whole
	}
	return "", "", false
}

// datelineOf cuts the start of a paragraph that may be a dateline: up to
// a separator within the first few words, or a short line of its own
// ("Washington, Dec 3 (PTI)").
func datelineOf(p string) (c datelineCase, ok bool) {
	if len(p) > 400 {
		p = p[:400]
	}
	p = strings.TrimPrefix(p, "Reporting from ") // "Reporting from Mexico City — …"
	p = strings.TrimPrefix(p, ", ")              // ", PARIS, Nov 30 – …": a credit the page lost before it
	cut, sepLen := datelineSeparator(p)
	c.dash = cut >= 0 && p[cut:cut+sepLen] != ":"
	if cut < 0 {
		if stop := strings.TrimSuffix(p, "."); stop != p && wirePlace(stop) {
			p, c.dash = stop, true // "LUSAKA." on a line of its own
		} else if place, ok := beforeFinalDash(p); ok {
			p, c.dash = place, true // "Lusaka -" on a line of its own
		}
		if countWords(p, 9) > 8 || endsSentence(p) { // (counting stops at the ninth word: most paragraphs have no separator)
			return c, false
		}
		cut, c.whole = len(p), true
	}
	c.prefix = strings.TrimSpace(p[:cut])
	if (sepLen == 0 || p[cut] == '.') && !c.whole { // the agency's bracket or a wire's full stop ended it: a date may follow ("WASHINGTON DC. September 10, 2011: The …")
		c.date = dateStarting(strings.Fields(p[cut+sepLen:]))
	}
	if open := strings.LastIndex(c.prefix, "("); open >= 0 && strings.HasSuffix(c.prefix, ")") {
		a, before := c.prefix[open+1:len(c.prefix)-1], strings.Fields(strings.ReplaceAll(c.prefix[:open], ",", " "))
		switch {
		case wireAgencies[strings.ToLower(a)]:
			c.agency = a
			c.prefix = strings.TrimSpace(c.prefix[:open])
		case isCapitals(a) && datePart(before) && !dateStarting(before).IsZero():
			// "September 10, 2011 (LUSAKA) – …": the date, then the place in brackets
			c.date, c.prefix = dateStarting(before), a
		default:
			c.prefix = strings.TrimSpace(c.prefix[:open])
		}
	}
	c.prefix, c.date = withoutTrailingDate(c.prefix, c.date)
	if comma := strings.Index(c.prefix, ","); comma >= 0 { // "NEW YORK, Nov. 30", "NAIROBI, Kenya"
		before := strings.TrimSpace(c.prefix[:comma])
		if rest := strings.Fields(c.prefix[comma+1:]); len(rest) > 0 {
			_, isMonth := lex.Months[strings.ToLower(strings.Trim(rest[0], "."))]
			if !isMonth {
				c.before, c.rest = before, rest
			} else {
				c.date = dateStarting(rest)
				c.onlyDate = datePart(strings.Fields(strings.NewReplacer(",", " ", "(", " ").Replace(strings.Join(rest, " "))))
			}
			if isMonth || c.agency != "" {
				c.prefix = before
			}
		}
	}
	c.words = strings.Fields(c.prefix)
	return c, true
}

// withoutTrailingDate cuts the date parts after a dateline's place and
// country, or its credit and place, off its prefix ("NAIROBI, Kenya, Feb
// 28", "Example News, LONDON, England, Thurs. Dec. 23, 2010"), and a credit
// before a place and its country; it returns the date they give when it
// has its year, else date.
func withoutTrailingDate(prefix string, date model.Date) (string, model.Date) {
	parts := strings.Split(prefix, ",")
	cut := -1
	for k := 2; k < len(parts); k++ {
		if words := strings.Fields(parts[k]); datePart(words) && monthIn(words) {
			cut = k
			break
		}
	}
	if cut < 0 {
		return prefix, date
	}
	for _, p := range parts[cut+1:] {
		if !datePart(strings.Fields(p)) {
			return prefix, date
		}
	}
	if d := dateStarting(strings.Fields(strings.NewReplacer(",", " ", ".", " ").Replace(datePartsOnly(strings.Join(parts[cut:], ","))))); !d.IsZero() {
		date = d
	}
	place := parts[:cut]
	if len(place) == 3 && !lex.Places[strings.ToLower(strings.TrimSpace(place[0]))] && !isCapitals(place[0]) {
		place = place[1:] // "Example News, LONDON, England": the site's credit first
	}
	return strings.TrimSpace(strings.Join(place, ",")), date
}

// datePart reports words that are only a weekday, a month, a day or a
// year: "Thurs. Dec. 23", "2010".
func datePart(words []string) bool {
	for _, w := range words {
		lw := strings.ToLower(strings.Trim(w, "."))
		_, isMonth := lex.Months[lw]
		_, isDay := dayNumber(lw)
		_, isYear := yearNumber(lw)
		if !isMonth && !isDay && !isYear && !onlyDateWords([]string{w}) {
			return false
		}
	}
	return len(words) > 0
}

// monthIn reports a month's name among words.
func monthIn(words []string) bool {
	for _, w := range words {
		if _, ok := lex.Months[strings.ToLower(strings.Trim(w, "."))]; ok {
			return true
		}
	}
	return false
}

// datePartsOnly drops a weekday before the month: "Thurs. Dec. 23, 2010"
// reads "Dec. 23, 2010".
func datePartsOnly(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		if _, ok := lex.Months[strings.ToLower(strings.Trim(w, "."))]; ok {
			return strings.Join(words[i:], " ")
		}
	}
	return s
}

// dateStarting reads a date with its year at the start of words, or
// returns the zero date.
func dateStarting(words []string) model.Date {
	if y, m, d, _, ok := dateAt(words, 0); ok {
		return model.Date{Time: time.Date(y, m, d, 0, 0, 0, 0, time.UTC)}
	}
	return model.Date{}
}

// bodyDatelineDate is the date beside the place of a dateline at the start
// of a paragraph, when it prints one with its year, or the zero date.
func bodyDatelineDate(p string) model.Date {
	c, ok := datelineOf(p)
	if !ok {
		return model.Date{}
	}
	return c.date
}

// beforeFinalDash returns a short line without the dash that ends it:
// "Lusaka -", "PORT LOUIS —".
func beforeFinalDash(p string) (string, bool) {
	for _, d := range []string{" -", " —", " –", " --"} {
		if place, ok := strings.CutSuffix(p, d); ok && len(place) <= 40 {
			return strings.TrimSpace(place), true
		}
	}
	return p, false
}

var datelineRules = rule.Table[*datelineCase, bool]{Decision: "dateline", Rules: []rule.Rule[*datelineCase, bool]{
	{Name: "date-before-place", Verdict: false, Match: (*datelineCase).dateBeforePlace,
		Example: "MAR. 3, 2011, LUSAKA: Dock workers wait at the port gate."},
	{Name: "speaker-label", Verdict: false, Match: (*datelineCase).speakerLabel,
		Example: "JANE ROE, PRESENTER: The cables reached the port today."},
	{Name: "place-and-country", Verdict: true, Match: (*datelineCase).placeAndCountry,
		Example: "PORT LOUIS, Mauritius — The consul wrote that the harbour was quiet."},
	{Name: "paper-and-place", Verdict: true, Match: (*datelineCase).paperAndPlace,
		Example: "The Example Post, LUSAKA"},
	{Name: "known-place", Verdict: true, Match: (*datelineCase).knownPlace,
		Example: "Lusaka: The consul wrote that the mines were quiet."},
	{Name: "capitals-before-dash", Verdict: true, Match: (*datelineCase).capitalsBeforeDash,
		Example: "PORT ASTER — The consul wrote that the harbour was quiet."},
	{Name: "place-before-full-date", Verdict: true, Match: (*datelineCase).placeBeforeFullDate,
		Example: "Port Aster, December 2nd, 2010 – The consul wrote that the harbour was quiet."},
}}

// placeBeforeFullDate: a place in ordinary case, a comma, a date with its
// year, and a dash ("Port Aster, December 2nd, 2010 –"): the date vouches
// for the place that no list knows. One to three capitalised words.
func (c *datelineCase) placeBeforeFullDate() (string, bool) {
	n := len(c.words)
	if !c.dash || c.date.IsZero() || !c.onlyDate || n == 0 || n > 3 {
		return "", false
	}
	for _, w := range c.words {
		if r := w[0]; r < 'A' || r > 'Z' {
			return "", false
		}
		if _, month := lex.Months[strings.ToLower(strings.Trim(w, ".,"))]; month {
			return "", false
		}
	}
	return c.prefix, true
}

// leadingDate is the date with its year that opens the body's first
// paragraph before a dash, with no place: "December 15, 2010 -- The
// officials met …"; else the zero date.
func leadingDate(p string) model.Date {
	c, ok := datelineOf(p)
	if !ok || !c.dash || c.whole {
		return model.Date{}
	}
	words := strings.Fields(strings.ReplaceAll(c.prefix+" "+strings.Join(c.rest, " "), ",", " "))
	if !datePart(words) {
		return model.Date{}
	}
	return dateStarting(words)
}

// dateBeforePlace: a date, then a place, is how a photo's caption starts
// ("OCT. 3, 2010, MILAN:"); a dateline names the place first.
func (c *datelineCase) dateBeforePlace() (string, bool) {
	if len(c.words) < 2 || !strings.ContainsAny(c.words[1][:1], "0123456789") {
		return "", false
	}
	_, month := lex.Months[strings.ToLower(strings.Trim(c.words[0], ".,"))]
	return c.words[0] + " " + c.words[1], month
}

// speakerLabel: a name and a broadcast role before a colon ("JANE ROE,
// PRESENTER:"), as a transcript labels who speaks: no place.
func (c *datelineCase) speakerLabel() (string, bool) {
	if c.dash || len(c.rest) != 1 || !broadcastRoles[strings.ToLower(c.rest[0])] {
		return "", false
	}
	return c.before + ", " + c.rest[0], true
}

// broadcastRoles are the roles a transcript prints after a speaker's name.
var broadcastRoles = lex.MustSet(words, "words/broadcast-roles.txt")

// placeAndCountry: a known place or one in capitals, then a country of
// one or two words: "NAIROBI, Kenya".
func (c *datelineCase) placeAndCountry() (string, bool) {
	if len(c.rest) == 0 || len(c.rest) > 2 || !allCapitalised(c.rest) {
		return "", false
	}
	if !lex.Places[strings.ToLower(c.before)] && !isCapitals(c.before) && !(c.agency != "" && len(strings.Fields(c.before)) <= 2 && allCapitalised(strings.Fields(c.before))) {
		return "", false // ("Blantyre, Malawi (PANA) -": a wire's credit after them)
	}
	return c.before + ", " + strings.Join(c.rest, " "), true
}

// paperAndPlace: a line of its own that credits the paper the story is
// reprinted from, then the place it was filed from: "The Example Post,
// LUSAKA"; the evidence is the place.
func (c *datelineCase) paperAndPlace() (string, bool) {
	place := strings.Join(c.rest, " ")
	if !c.whole || c.agency != "" || len(c.rest) == 0 || len(c.rest) > 3 || !isCredit(c.before) || !allCapitalised(strings.Fields(c.before)) {
		return "", false
	}
	return place, isCapitals(place) || lex.Places[strings.ToLower(place)]
}

// knownPlace: a known city ends the prefix, the longest winning, so that
// a caption glued before it is left out ("Minister Lucknow:"); a line of
// its own is all dateline or none.
func (c *datelineCase) knownPlace() (string, bool) {
	if len(c.words) == 0 || len(c.words) > 6 {
		return "", false
	}
	for i := range c.words {
		if c.whole && i > 0 {
			break
		}
		if cand := strings.Join(c.words[i:], " "); lex.Places[strings.ToLower(cand)] {
			return cand, true
		}
	}
	return "", false
}

// capitalsBeforeDash: up to three words in capitals, as wire copy prints
// a place, before a dash or an agency, or two or more that are no label
// ("BREAKING NEWS:") before a colon at the start of the body; further on,
// capitals before a colon are a subhead ("PORT TALKS:").
func (c *datelineCase) capitalsBeforeDash() (string, bool) {
	n := len(c.words)
	ok := n > 0 && n <= 3 && (c.dash || c.agency != "" || n >= 2 && !c.later && !labelWords(c.words)) && isCapitals(c.prefix)
	return c.prefix, ok
}
