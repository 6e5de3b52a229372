package page

import (
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"cables/content/lex"
)

// Times of day and the zones pages give them in.

// zones maps the abbreviations news pages print to their UTC offsets in
// minutes. Ambiguous ones take their most common meaning in English-language
// news (IST: India).
var zones = map[string]int{
	"utc": 0, "gmt": 0, "z": 0, "bst": 60, "cet": 60, "cest": 120, "eet": 120,
	"eest": 180, "msk": 180, "eat": 180, "wat": 60, "sast": 120, "gst": 240,
	"ksa": 180, "pkt": 300, "ist": 330, "npt": 345, "bdt": 360, "ict": 420, "wib": 420,
	"hkt": 480, "sgt": 480, "awst": 480, "pht": 480, "jst": 540, "kst": 540,
	"aest": 600, "aedt": 660, "nzst": 720, "nzdt": 780, "est": -300, "edt": -240,
	"cst": -360, "cdt": -300, "mst": -420, "mdt": -360, "pst": -480, "pdt": -420,
	"akst": -540, "hst": -600,
}

// usZones are the zones American pages print without saying whether summer
// time holds ("4:12 PM ET"), with their standard offsets in minutes.
var usZones = map[string]int{"et": -300, "ct": -360, "mt": -420, "pt": -480}

// isZone reports a lowercased zone abbreviation.
func isZone(lower string) bool {
	_, fixed := zones[lower]
	_, us := usZones[lower]
	return fixed || us
}

// zoneMark is the zone a date line names.
type zoneMark struct {
	name   string // as printed, upper case
	offset int    // minutes east of UTC; in summer one hour more for an American zone
	us     bool
}

// at is the zone in force at a local time on the line: an American zone
// keeps summer time by the rules of the year.
func (z zoneMark) at(local time.Time) *time.Location {
	if !z.us {
		return time.FixedZone(z.name, z.offset*60)
	}
	if usSummerTime(local) {
		return time.FixedZone(z.name[:1]+"DT", (z.offset+60)*60)
	}
	return time.FixedZone(z.name[:1]+"ST", z.offset*60)
}

// lineZone finds a zone abbreviation anywhere on the line: pages print it
// once, after the last time, and it holds for every time on the line.
func lineZone(line string) (zoneMark, bool) {
	for w := range strings.FieldsSeq(line) {
		w = stopParenEdges.trim(w)
		if off, us, ok := capitalZone(w); ok {
			return zoneMark{name: w, offset: off, us: us}, true
		}
	}
	return zoneMark{}, false
}

// capitalZone is the offset of the zone a word printed in capitals
// (strings.ToUpper leaves it as it is) names, in zones or, us set, in
// usZones. A word of ASCII is lowered in a buffer as long as the longest
// zone's name, and a longer one is no zone, so that a date line's words
// cost no allocation (issue 14: two a word were a sixth of reading a
// date line); other words are lowered as strings.ToLower lowers them
// ("\u212ASA", with a Kelvin sign, is "ksa").
func capitalZone(w string) (off int, us, ok bool) {
	var buf [maxZoneName]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= utf8.RuneSelf:
			if strings.ToUpper(w) != w {
				return 0, false, false
			}
			return zoneNamed(strings.ToLower(w))
		case 'a' <= c && c <= 'z':
			return 0, false, false
		case i < len(buf) && 'A' <= c && c <= 'Z':
			buf[i] = c + 'a' - 'A'
		case i < len(buf):
			buf[i] = c
		}
	}
	if len(w) > len(buf) {
		return 0, false, false
	}
	if off, ok := zones[string(buf[:len(w)])]; ok {
		return off, false, true
	}
	off, ok = usZones[string(buf[:len(w)])]
	return off, true, ok
}

// zoneNamed is the offset of a lowercased zone name, in zones or, us set,
// in usZones.
func zoneNamed(lower string) (off int, us, ok bool) {
	if off, ok := zones[lower]; ok {
		return off, false, true
	}
	off, ok = usZones[lower]
	return off, true, ok
}

// maxZoneName is the length of the longest name in zones and usZones.
const maxZoneName = 4

// usSummerTime reports whether American summer time holds at a local time:
// from 2007 between the second Sunday in March and the first in November,
// before that between the first Sunday in April and the last in October,
// each from two in the morning.
func usSummerTime(local time.Time) bool {
	y := local.Year()
	start, end := nthSunday(y, time.March, 2), nthSunday(y, time.November, 1)
	if y < 2007 {
		start, end = nthSunday(y, time.April, 1), nthSunday(y, time.November, 1).AddDate(0, 0, -7)
	}
	wall := time.Date(y, local.Month(), local.Day(), local.Hour(), local.Minute(), 0, 0, time.UTC)
	return !wall.Before(start.Add(2*time.Hour)) && wall.Before(end.Add(2*time.Hour))
}

// nthSunday is the n-th Sunday of a month.
func nthSunday(year int, month time.Month, n int) time.Time {
	first := time.Date(year, month, 1, 0, 0, 0, 0, time.UTC)
	days := (7 - int(first.Weekday())) % 7
	return first.AddDate(0, 0, days+7*(n-1))
}

// clockIn finds a time of day among date words: "Last updated 17:48 CET".
func clockIn(words []string) (h, m int, ok bool) {
	for k := range words {
		if h, m, n, ok := clockAt(words, k); ok && onlyDateWords(words[:k]) && onlyDateWords(words[k+n:]) {
			return h, m, true
		}
	}
	return 0, 0, false
}

// clockAt reads "02:22 pm", "12.35", "14:22" or "2:22pm" at words[i]; n
// is how many words the time took.
func clockAt(words []string, i int) (h, m, n int, ok bool) {
	if i >= len(words) || !hasDigit(words[i]) {
		return 0, 0, 0, false // (a time's hours are ASCII digits: most words are turned down unlowered)
	}
	w, suffix, n := meridiemOf(words, i)
	if t, ok := strings.CutSuffix(w, "hrs"); ok && t != "" && suffix == "" {
		w = t // "20:02hrs"
	}
	sep := strings.IndexAny(w, ":.h")
	if sep < 0 && suffix == "" && runTogether(words, i, w) {
		w, sep = w[:2]+":"+w[2:], 2
	}
	if sep < 1 {
		return 0, 0, 0, false
	}
	h, m, ok = hoursMinutes(w[:sep], w[sep+1:])
	if !ok {
		return 0, 0, 0, false
	}
	return twentyFour(h, suffix), m, n, true
}

// hasDigit reports an ASCII digit in s.
func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			return true
		}
	}
	return false
}

// meridiems are the marks of the twelve-hour clock, lowercased.
var meridiems = []string{"am", "pm", "a.m.", "p.m."}

// meridiemOf reads the time at words[i], lowercased, apart from the "am"
// or "pm" glued to it ("2:22pm") or standing after it ("2:22 PM"); n is
// how many words the two took.
func meridiemOf(words []string, i int) (w, suffix string, n int) {
	w = strings.ToLower(commaParenEdges.trim(words[i]))
	for _, s := range meridiems {
		if strings.HasSuffix(w, s) && len(w) > len(s) {
			suffix, w = s, strings.TrimSuffix(w, s)
		}
	}
	if suffix != "" || i+1 >= len(words) {
		return w, suffix, 1
	}
	if next := strings.ToLower(commaParenEdges.trim(words[i+1])); slices.Contains(meridiems, next) {
		return w, next, 2
	}
	return w, "", 1
}

// runTogether reports hours and minutes run together before a zone:
// "Updated 1612 GMT".
func runTogether(words []string, i int, w string) bool {
	if len(w) != 4 || i+1 >= len(words) || !lex.IsNumber(w) {
		return false
	}
	_, zone := zones[strings.ToLower(commaParenEdges.trim(words[i+1]))]
	return zone
}

// hoursMinutes reads the two parts of a time of day; seconds after the
// minutes are read and dropped.
func hoursMinutes(hours, minutes string) (h, m int, ok bool) {
	if len(minutes) == 5 && minutes[2] == ':' {
		minutes = minutes[:2]
	}
	h, ok1 := number(hours)
	m, ok2 := number(minutes)
	if !ok1 || !ok2 || h > 23 || m > 59 || len(minutes) != 2 {
		return 0, 0, false
	}
	return h, m, true
}

// twentyFour turns an hour of the twelve-hour clock into one of the
// twenty-four-hour clock.
func twentyFour(h int, suffix string) int {
	switch {
	case strings.HasPrefix(suffix, "p") && h < 12:
		return h + 12
	case strings.HasPrefix(suffix, "a") && h == 12:
		return 0
	}
	return h
}
