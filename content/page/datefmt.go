package page

import (
	"strconv"
	"strings"
	"time"

	"cables/content/lex"
	"cables/model"
)

// The ways one date is written on news pages: in words ("3 Dec 2010"), in
// numbers ("30/11/2010") and in ISO 8601.

// findDate finds one date (and a time of day after it) in a segment and
// returns the words that are not part of it.
func findDate(seg string, monthFirst bool) (model.Date, []string, bool) {
	var buf [dateWordsKept]string
	words := buf[:firstFields(seg, buf[:])]
	if len(words) == len(buf) {
		words = strings.Fields(seg) // (a segment seldom holds so many)
	}
	for i := range words {
		var d model.Date
		n := 0
		if iso, ok := parseISO(stopParenEdges.trim(words[i])); ok {
			d, n = iso, 1
		} else if y, m, day, k, ok := dateAt(words, i); ok {
			d, n = model.Date{Time: time.Date(y, m, day, 0, 0, 0, 0, time.UTC)}, k
		} else if y, m, day, ok := numericDate(strings.TrimSuffix(commaParenEdges.trim(words[i]), "."), monthFirst); ok { // ("07.04.2011." ends a sentence)
			d, n = model.Date{Time: time.Date(y, m, day, 0, 0, 0, 0, time.UTC)}, 1
		} else {
			continue
		}
		rest := append(append([]string{}, words[:i]...), words[i+n:]...)
		if !d.HasClock { // the time may stand after the date or before it
			for k := range rest {
				if h, min, used, ok := clockAt(rest, k); ok {
					d.Time = time.Date(d.Year(), d.Month(), d.Day(), h, min, 0, 0, time.UTC)
					d.HasClock = true
					rest = append(rest[:k:k], rest[k+used:]...)
					break
				}
			}
		}
		return d, rest, true
	}
	return model.Date{}, nil, false
}

// dateWordsKept is how many words of a date line's segment findDate
// splits on the stack (issue 14: a new list of its words for each segment
// was a twentieth of the objects a first export allocated).
const dateWordsKept = 24

// numericDate reads 30/11/2010, 28.11.2010, 28-11-2010 and 2010/11/30. A day and month
// that could be either are read day first, as most of the world writes
// them, or month first on a page that writes them so; a first number over
// 12 can only be a day, a second only a month's day in the American order.
func numericDate(w string, monthFirst bool) (y int, m time.Month, d int, ok bool) {
	sep := strings.IndexAny(w, "/.-")
	if sep < 0 {
		return 0, 0, 0, false
	}
	parts := strings.Split(w, w[sep:sep+1])
	if len(parts) != 3 {
		return 0, 0, 0, false
	}
	nums := make([]int, 3)
	for i, p := range parts {
		n, ok := number(p)
		if !ok || p == "" {
			return 0, 0, 0, false
		}
		nums[i] = n
	}
	if len(parts[0]) == 4 { // 2010/11/30, 2010-12-3
		if len(parts[1]) > 2 || len(parts[2]) > 2 {
			return 0, 0, 0, false // "Ref 2010-12-001": a number, not a day
		}
		y, m, d = nums[0], time.Month(nums[1]), nums[2]
	} else if len(parts[2]) == 4 && len(parts[0]) <= 2 && len(parts[1]) <= 2 {
		y, d, m = nums[2], nums[0], time.Month(nums[1])
		if m > 12 && d <= 12 || monthFirst && m <= 12 && d <= 12 {
			d, m = int(m), time.Month(d)
		}
	} else {
		return 0, 0, 0, false
	}
	if y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31 {
		return 0, 0, 0, false
	}
	return y, m, d, true
}

// dateAt reads "December 03, 2010", "Dec. 3 2010", "3 Dec 2010" or
// "3 December, 2010" starting at words[i]; n is how many words it took.
func dateAt(words []string, i int) (y int, m time.Month, d int, n int, ok bool) {
	var wb wordBuf // each word is read before the next is lowered
	word := func(k int) string {
		if k < len(words) {
			return wb.lower(dateWordEdges.trim(words[k]))
		}
		return ""
	}
	if mo, isMonth := lex.Months[word(i)]; isMonth {
		day, okd := dayNumber(word(i + 1))
		year, oky := yearNumber(word(i + 2))
		if okd && oky {
			return year, mo, day, 3, true
		}
		return 0, 0, 0, 0, false
	}
	if day, okd := dayNumber(word(i)); okd {
		if mo, isMonth := lex.Months[word(i+1)]; isMonth {
			if year, oky := yearNumber(word(i + 2)); oky {
				return year, mo, day, 3, true
			}
		}
		if mo, isMonth := monthsAbroad[word(i+1)]; isMonth {
			if year, oky := yearNumber(word(i + 2)); oky {
				return year, mo, day, 3, true // "3 décembre 2010"
			}
		}
		if word(i+1) == "of" {
			if mo, isMonth := lex.Months[word(i+2)]; isMonth {
				if year, oky := yearNumber(word(i + 3)); oky {
					return year, mo, day, 4, true // "11th of January 2011"
				}
			}
		}
		if word(i+1) == "de" && word(i+3) == "de" {
			if mo, isMonth := monthsAbroad[word(i+2)]; isMonth {
				if year, oky := yearNumber(word(i + 4)); oky {
					return year, mo, day, 5, true // "3 de dezembro de 2010"
				}
			}
		}
	}
	return 0, 0, 0, 0, false
}

// monthsAbroad are the months as pages in Spanish, Portuguese, French,
// German, Dutch and Italian print them in a date line ("17 de diciembre de
// 2010", "3 décembre 2010", "3. Dezember 2010"): the calendar, like
// lex.Months, read only beside a day and a year.
var monthsAbroad = map[string]time.Month{
	"januar": 1, "januari": 1, "gennaio": 1, "februar": 2, "februari": 2, "febbraio": 2,
	"märz": 3, "maart": 3, "aprile": 4, "mei": 5, "maggio": 5, "juni": 6, "giugno": 6,
	"juli": 7, "luglio": 7, "augustus": 8, "settembre": 9, "oktober": 10, "ottobre": 10,
	"dezember": 12, "dicembre": 12,
	"enero": 1, "janeiro": 1, "janvier": 1, "febrero": 2, "fevereiro": 2, "février": 2,
	"marzo": 3, "março": 3, "mars": 3, "abril": 4, "avril": 4, "mayo": 5, "maio": 5, "mai": 5,
	"junio": 6, "junho": 6, "juin": 6, "julio": 7, "julho": 7, "juillet": 7, "agosto": 8, "août": 8,
	"septiembre": 9, "setiembre": 9, "setembro": 9, "septembre": 9, "octubre": 10, "outubro": 10,
	"octobre": 10, "noviembre": 11, "novembro": 11, "novembre": 11, "diciembre": 12, "dezembro": 12,
	"décembre": 12,
}

func dayNumber(s string) (int, bool) {
	s = strings.TrimRight(s, "stndrh")
	n, ok := number(s)
	return n, ok && n >= 1 && n <= 31
}

func yearNumber(s string) (int, bool) {
	n, ok := number(s)
	return n, ok && len(s) == 4 && n >= 1900 && n <= 2200
}

// number is strconv.Atoi(s), ok when it gives no error, without the
// error value Atoi makes for a word that is no number: most words the
// date readers try are none ("April", "pm", "Updated"), and their errors
// were 8 % of what the page stage allocated on a generated library
// (issue 14).
func number(s string) (n int, ok bool) {
	if len(s) >= 19 { // long enough to overflow: Atoi decides
		n, err := strconv.Atoi(s)
		return n, err == nil
	}
	digits := s
	if digits != "" && (digits[0] == '+' || digits[0] == '-') {
		digits = digits[1:]
	}
	if digits == "" {
		return 0, false
	}
	for i := 0; i < len(digits); i++ {
		d := digits[i] - '0'
		if d > 9 {
			return 0, false
		}
		n = n*10 + int(d)
	}
	if s[0] == '-' {
		n = -n
	}
	return n, true
}

// parseISO reads 2010-12-03 and RFC 3339 times.
func parseISO(s string) (model.Date, bool) {
	if len(s) < 10 || s[4] != '-' || s[7] != '-' {
		return model.Date{}, false
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return model.Date{Time: t, HasClock: true, HasZone: true}, true
	}
	if t, err := time.Parse("2006-01-02T15:04:05", s); err == nil {
		return model.Date{Time: t, HasClock: true}, true
	}
	if t, err := time.Parse("2006-01-02T15:04", s); err == nil {
		return model.Date{Time: t, HasClock: true}, true
	}
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return model.Date{Time: t}, true
	}
	return model.Date{}, false
}

// writesMonthFirst reports a page whose numeric dates show the American
// order: one has a second number over 12 ("11/29/2010") and none a first
// number over 12 ("29/11/2010"). Only slashed and hyphenated dates count;
// dotted ones are written day first.
func writesMonthFirst(texts ...string) bool {
	monthFirst, ambiguous := false, false
	for _, sep := range []byte{'/', '-'} {
		// slashed dates settle it before hyphenated ones: "Posted
		// 11/30/2010" over a body's "dated 29-11-2010"
		dayProven := false
		for _, text := range texts {
			dayProof, monthProof, either := numericOrder(text, sep)
			dayProven = dayProven || dayProof
			monthFirst = monthFirst || monthProof
			ambiguous = ambiguous || either
		}
		if dayProven {
			return false
		}
		if monthFirst {
			return true
		}
	}
	if !ambiguous {
		return false
	}
	months, days := 0, 0 // no numeric date settles it: the dates in words do
	for _, text := range texts {
		m, d := namedOrder(text)
		months, days = months+m, days+d
	}
	return months > days
}

// numericOrder reports whether text holds a slashed or hyphenated date
// that can only be day first, one that can only be month first, and one
// that can be either.
func numericOrder(text string, sep byte) (dayFirst, monthFirst, either bool) {
	for off := 0; ; {
		i := strings.IndexByte(text[off:], sep)
		if i < 0 {
			return dayFirst, monthFirst, either
		}
		i += off
		off = i + 1
		a, b := numberBefore(text, i), numberAfter(text, i+1)
		if a < 0 || b < 0 || a > 31 || b > 31 || !yearAfterSlash(text, i+1, text[i]) {
			continue
		}
		dayFirst = dayFirst || a > 12
		monthFirst = monthFirst || b > 12
		either = either || a <= 12 && b <= 12
	}
}

// namedOrder counts the dates in words that text writes month first
// ("March 4, 2011") and day first ("4 March 2011").
func namedOrder(text string) (monthFirst, dayFirst int) {
	words := strings.Fields(text)
	for i := range words {
		if _, _, _, _, ok := dateAt(words, i); !ok {
			continue
		}
		if _, isMonth := lex.Months[strings.ToLower(dateWordEdges.trim(words[i]))]; isMonth {
			monthFirst++
		} else {
			dayFirst++
		}
	}
	return monthFirst, dayFirst
}

// numberBefore reads the one or two digits that end at text[i], or -1.
func numberBefore(text string, i int) int {
	k := i
	for k > 0 && i-k < 2 && isDigit(text[k-1]) {
		k--
	}
	if k == i || k > 0 && isDigit(text[k-1]) {
		return -1
	}
	n, _ := strconv.Atoi(text[k:i])
	return n
}

// numberAfter reads the one or two digits that start at text[i], or -1.
func numberAfter(text string, i int) int {
	k := i
	for k < len(text) && k-i < 2 && isDigit(text[k]) {
		k++
	}
	if k == i || k < len(text) && isDigit(text[k]) {
		return -1
	}
	n, _ := strconv.Atoi(text[i:k])
	return n
}

// yearAfterSlash reports "/2010" (or "-2010", by the separator sep) after
// the number that starts at text[i].
func yearAfterSlash(text string, i int, sep byte) bool {
	for i < len(text) && isDigit(text[i]) {
		i++
	}
	if i+5 > len(text) || text[i] != sep {
		return false
	}
	y, ok := number(text[i+1 : i+5])
	if !ok || y < 1900 || y > 2200 {
		return false // "01-23-4567": a phone number
	}
	if i+5 >= len(text) {
		return true
	}
	switch c := text[i+5]; {
	case isDigit(c), isLetter(c):
		return false // "11-29-20101", "11-29-2010A"
	case c == '-' && i+6 < len(text) && isLetter(text[i+6]):
		return false // "09-14-2010-A": a code
	}
	return true // (a range "11/29/2010-12/01/2010", a path "/11/29/2010/index")
}
