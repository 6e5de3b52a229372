package content

import (
	"strconv"
	"strings"
	"time"
	"unicode"

	"cables/model"
)

var months = map[string]time.Month{
	"jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3,
	"apr": 4, "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7,
	"aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9, "oct": 10,
	"october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}

var weekdays = map[string]bool{
	"mon": true, "monday": true, "tue": true, "tues": true, "tuesday": true,
	"wed": true, "wednesday": true, "thu": true, "thur": true, "thurs": true,
	"thursday": true, "fri": true, "friday": true, "sat": true, "saturday": true,
	"sun": true, "sunday": true,
}

// zones maps the abbreviations news pages print to their UTC offsets in
// minutes. Ambiguous ones take their most common meaning in English-language
// news (IST: India).
var zones = map[string]int{
	"utc": 0, "gmt": 0, "z": 0, "bst": 60, "cet": 60, "cest": 120, "eet": 120,
	"eest": 180, "msk": 180, "eat": 180, "wat": 60, "sast": 120, "gst": 240,
	"pkt": 300, "ist": 330, "npt": 345, "bdt": 360, "ict": 420, "wib": 420,
	"hkt": 480, "sgt": 480, "awst": 480, "pht": 480, "jst": 540, "kst": 540,
	"aest": 600, "aedt": 660, "nzst": 720, "nzdt": 780, "est": -300, "edt": -240,
	"cst": -360, "cdt": -300, "mst": -420, "mdt": -360, "pst": -480, "pdt": -420,
	"akst": -540, "hst": -600,
}

// dateWords are the labels that may stand around a date on a date line.
var dateWords = map[string]bool{
	"published": true, "updated": true, "posted": true, "last": true, "modified": true,
	"first": true, "this": true, "article": true, "is": true, "from": true, "on": true,
	"at": true, "date": true, "dated": true, "created": true, "edited": true, "story": true,
	"as": true, "of": true, "am": true, "pm": true, "a.m.": true, "p.m.": true, "hrs": true,
	"uploaded": true, "released": true, "issued": true,
}

// dateLine is what a line of dates says: when the story was published and
// updated, the place that may end it ("… IST - Washington") and the credit
// that may start it ("TNN | Dec 3, 2010").
type dateLine struct {
	published, updated model.Date
	place, credit      string
}

// parseDateLine reads a line that is nothing but dates, their labels, a
// short credit and perhaps a place. ok is false for any line with more in
// it, such as a body sentence that happens to name a date.
func parseDateLine(line string) (dl dateLine, ok bool) {
	if len(line) > 160 || strings.Count(line, " ") > 24 || !hasYear(line) {
		return dl, false
	}
	segments := splitDateSegments(line)
	zone, hasZone := lineZone(line)
	label := ""
	var last *model.Date
	for i, seg := range segments {
		d, rest, found := findDate(seg)
		if found && !onlyDateWords(rest) && dl.place == "" {
			// "Madrid 01 DEC 2010": the place, then the date
			if place := strings.Join(notDateWords(rest), " "); places[strings.ToLower(place)] {
				dl.place, rest = place, nil
			}
		}
		if found && !onlyDateWords(rest) {
			// "guardian.co.uk, Sunday 28 November 2010": a credit, then the date
			pre, post, cut := strings.Cut(seg, ", ")
			if !cut || !isCredit(pre) {
				return dateLine{}, false
			}
			if d, rest, found = findDate(post); !found || !onlyDateWords(rest) {
				return dateLine{}, false
			}
			if dl.credit == "" {
				dl.credit = pre
			}
		}
		if !found {
			words := strings.Fields(seg)
			h, min, n, isClock := clockAt(words, 0)
			switch {
			case onlyDateWords(words): // "Published" | "Dec 3, 2010"
				label += " " + seg
			case isClock && onlyDateWords(words[n:]) && last != nil && !last.HasClock: // "30/11/2010 - 18h42"
				last.Time = time.Date(last.Year(), last.Month(), last.Day(), h, min, 0, 0, time.UTC)
				last.HasClock = true
			case i == len(segments)-1 && i > 0 && looksLikePlace(seg):
				dl.place = seg
			case dl.credit == "" && (isCredit(seg) || strings.HasPrefix(seg, "By ") && len(words) <= 15):
				dl.credit = seg
			default:
				return dateLine{}, false
			}
			continue
		}
		lower := strings.ToLower(label + " " + seg)
		label = ""
		switch {
		case (strings.Contains(lower, "updated") || strings.Contains(lower, "modified") || strings.Contains(lower, "edited")) && dl.updated.IsZero():
			dl.updated, last = d, &dl.updated
		case dl.published.IsZero():
			dl.published, last = d, &dl.published
		case dl.updated.IsZero():
			dl.updated, last = d, &dl.updated
		}
	}
	if dl.published.HasZone || dl.updated.HasZone || !hasZone {
		return dl, !dl.published.IsZero() || !dl.updated.IsZero()
	}
	for _, d := range []*model.Date{&dl.published, &dl.updated} {
		if d.HasClock && !d.HasZone { // a zone printed once holds for every time on the line
			d.Time = time.Date(d.Year(), d.Month(), d.Day(), d.Hour(), d.Minute(), 0, 0, zone)
			d.HasZone = true
		}
	}
	return dl, !dl.published.IsZero() || !dl.updated.IsZero()
}

// isCredit reports a short name that may stand before a date: a site, an
// agency or a desk ("guardian.co.uk", "TNN", "Staff Reporter").
func isCredit(s string) bool {
	words := strings.Fields(s)
	return len(words) > 0 && len(words) <= 4 && !strings.ContainsAny(s, "0123456789.!?") ||
		len(words) == 1 && strings.Count(s, ".") >= 1 && !strings.ContainsAny(s, "0123456789")
}

var dashesToBars = strings.NewReplacer(" - ", "|", " – ", "|", " — ", "|", " -- ", "|")

// hasYear reports whether s holds four digits from 1900 to 2199 standing
// alone: every date line names a year.
func hasYear(s string) bool {
	for i := 0; i+4 <= len(s); i++ {
		if (s[i] == '1' && s[i+1] == '9' || s[i] == '2' && (s[i+1] == '0' || s[i+1] == '1')) &&
			isDigit(s[i+2]) && isDigit(s[i+3]) && (i == 0 || !isDigit(s[i-1])) && (i+4 == len(s) || !isDigit(s[i+4])) {
			return true
		}
	}
	return false
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// splitDateSegments splits a date line at "|" and at spaced dashes.
func splitDateSegments(line string) []string {
	var out []string
	for _, s := range strings.Split(dashesToBars.Replace(line), "|") {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// lineZone finds a zone abbreviation anywhere on the line: pages print it
// once, after the last time, and it holds for every time on the line.
func lineZone(line string) (*time.Location, bool) {
	for _, w := range strings.Fields(line) {
		w = strings.Trim(w, "(),.")
		if off, ok := zones[strings.ToLower(w)]; ok && strings.ToUpper(w) == w {
			return time.FixedZone(strings.ToUpper(w), off*60), true
		}
	}
	return nil, false
}

// notDateWords returns the words that are not labels, weekdays or zones.
func notDateWords(words []string) []string {
	var out []string
	for _, w := range words {
		if !onlyDateWords([]string{w}) {
			out = append(out, strings.Trim(w, ",.:;()"))
		}
	}
	return out
}

func onlyDateWords(words []string) bool {
	for _, w := range words {
		lw := strings.ToLower(strings.Trim(w, ",.:;()"))
		if lw == "" || dateWords[lw] || weekdays[lw] {
			continue
		}
		if _, ok := zones[lw]; ok {
			continue
		}
		return false
	}
	return true
}

// findDate finds one date (and a time of day after it) in a segment and
// returns the words that are not part of it.
func findDate(seg string) (model.Date, []string, bool) {
	words := strings.Fields(seg)
	for i := range words {
		var d model.Date
		n := 0
		if iso, ok := parseISO(strings.Trim(words[i], ",.()")); ok {
			d, n = iso, 1
		} else if y, m, day, k, ok := dateAt(words, i); ok {
			d, n = model.Date{Time: time.Date(y, m, day, 0, 0, 0, 0, time.UTC)}, k
		} else if y, m, day, ok := numericDate(strings.Trim(words[i], ",()")); ok {
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

// numericDate reads 30/11/2010, 28.11.2010 and 2010/11/30. A day and month
// that could be either are read day first, as most of the world writes
// them; a first number over 12 can only be a day, a second only a month's
// day in the American order.
func numericDate(w string) (y int, m time.Month, d int, ok bool) {
	sep := strings.IndexAny(w, "/.")
	if sep < 0 {
		return 0, 0, 0, false
	}
	parts := strings.Split(w, w[sep:sep+1])
	if len(parts) != 3 {
		return 0, 0, 0, false
	}
	nums := make([]int, 3)
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil || p == "" {
			return 0, 0, 0, false
		}
		nums[i] = n
	}
	if len(parts[0]) == 4 { // 2010/11/30
		y, m, d = nums[0], time.Month(nums[1]), nums[2]
	} else if len(parts[2]) == 4 {
		y, d, m = nums[2], nums[0], time.Month(nums[1])
		if m > 12 && d <= 12 {
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
	word := func(k int) string {
		if k < len(words) {
			return strings.ToLower(strings.Trim(words[k], ",.:;()"))
		}
		return ""
	}
	if mo, isMonth := months[word(i)]; isMonth {
		day, okd := dayNumber(word(i + 1))
		year, oky := yearNumber(word(i + 2))
		if okd && oky {
			return year, mo, day, 3, true
		}
		return 0, 0, 0, 0, false
	}
	if day, okd := dayNumber(word(i)); okd {
		if mo, isMonth := months[word(i+1)]; isMonth {
			if year, oky := yearNumber(word(i + 2)); oky {
				return year, mo, day, 3, true
			}
		}
	}
	return 0, 0, 0, 0, false
}

func dayNumber(s string) (int, bool) {
	s = strings.TrimRight(s, "stndrh")
	n, err := strconv.Atoi(s)
	return n, err == nil && n >= 1 && n <= 31
}

func yearNumber(s string) (int, bool) {
	n, err := strconv.Atoi(s)
	return n, err == nil && len(s) == 4 && n >= 1900 && n <= 2200
}

// clockAt reads "02:22 pm", "12.35", "14:22" or "2:22pm" at words[i].
func clockAt(words []string, i int) (h, m, n int, ok bool) {
	if i >= len(words) {
		return 0, 0, 0, false
	}
	w := strings.ToLower(strings.Trim(words[i], ",()"))
	n = 1
	suffix := ""
	for _, s := range []string{"am", "pm", "a.m.", "p.m."} {
		if strings.HasSuffix(w, s) && len(w) > len(s) {
			suffix, w = s, strings.TrimSuffix(w, s)
		}
	}
	if suffix == "" && i+1 < len(words) {
		next := strings.ToLower(strings.Trim(words[i+1], ",()"))
		if next == "am" || next == "pm" || next == "a.m." || next == "p.m." {
			suffix, n = next, 2
		}
	}
	sep := strings.IndexAny(w, ":.h")
	if sep < 1 {
		return 0, 0, 0, false
	}
	minutes := w[sep+1:]
	if len(minutes) == 5 && minutes[2] == ':' { // seconds are read and dropped
		minutes = minutes[:2]
	}
	h, err1 := strconv.Atoi(w[:sep])
	m, err2 := strconv.Atoi(minutes)
	if err1 != nil || err2 != nil || h > 23 || m > 59 || len(minutes) != 2 {
		return 0, 0, 0, false
	}
	switch {
	case strings.HasPrefix(suffix, "p") && h < 12:
		h += 12
	case strings.HasPrefix(suffix, "a") && h == 12:
		h = 0
	}
	return h, m, n, true
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
