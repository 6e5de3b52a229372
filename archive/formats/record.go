package formats

import (
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"cables/model"
)

// CSVCable makes a cable of a row of cables.csv. The row's references field
// lists reference IDs separated by "|".
func CSVCable(row CSVRow, path string) (model.CableDoc, error) {
	f := row.Fields
	fail := func(format string, args ...any) (model.CableDoc, error) {
		return model.CableDoc{}, &RowError{Path: path, Line: row.Line, Cause: fmt.Sprintf(format, args...)}
	}
	id := strings.TrimSpace(f[2])
	if !ValidID(id) {
		return fail("%q is not a cable reference ID (field 3)", clip(id))
	}
	created, err := parseCreated(f[1])
	if err != nil {
		return fail("%s: created date %q is not M/D/YYYY H:MM (field 2)", id, clip(f[1]))
	}
	for i, v := range f {
		if !utf8.ValidString(v) {
			return fail("%s: field %d is not UTF-8 text", id, i+1)
		}
	}
	doc := model.CableDoc{
		ID: id, Created: created,
		Origin: strings.TrimSpace(f[3]), Classification: strings.TrimSpace(f[4]),
		Header: f[6], Body: f[7],
		Releases: []model.CableRelease{{Where: model.ArchiveLocation{
			Path: path, Format: model.FormatCSV, Offset: row.Offset, Length: row.Length, Line: row.Line}}},
	}
	for _, ref := range strings.Split(f[5], "|") {
		if ref = strings.TrimSpace(ref); ref != "" {
			doc.References = append(doc.References, ref)
		}
	}
	return doc, nil
}

// createdLayouts are the ways archives write a cable's creation time.
var createdLayouts = []string{"1/2/2006 15:04", "1/2/2006 15:04:05", "2006-01-02 15:04", "2006-01-02 15:04:05", "2006-01-02", "1/2/2006"}

func parseCreated(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	var err error
	for _, layout := range createdLayouts {
		var t time.Time
		if t, err = time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, err
}

// ValidID reports whether s is shaped like a cable reference ID: a two-
// or four-digit year, then the post in capitals, then a number, with an
// optional PlusD suffix ("08NEWDELHI2783_a"). Malformed IDs that the
// archives carry ("09SECTION01OF03SANJOSE525") pass: they name the cable.
func ValidID(s string) bool {
	if i := strings.IndexByte(s, '_'); i > 0 && len(s)-i <= 3 {
		s = s[:i]
	}
	if len(s) < 4 || len(s) > 40 {
		return false
	}
	i := 0
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	if i != 2 && i != 4 || !isDigit(s[len(s)-1]) {
		return false
	}
	letters := 0
	for _, c := range []byte(s[i:]) {
		switch {
		case c >= 'A' && c <= 'Z':
			letters++
		case isDigit(c) || c == '-':
		default:
			return false
		}
	}
	return letters > 0 && s[i] >= 'A' && s[i] <= 'Z'
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// clip shortens a value quoted in an error message.
func clip(s string) string {
	if len(s) > 40 {
		s = s[:40] + "…"
	}
	return strings.ToValidUTF8(s, "?")
}
