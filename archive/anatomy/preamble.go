package anatomy

import (
	"regexp"
	"strconv"
	"strings"
)

// preamble is what the lines before the first numbered paragraph say, and
// where the subject and an unnumbered summary stand (line indexes, end
// exclusive; -1 when absent).
type preamble struct {
	subject                string
	tags                   []string
	refs                   string
	classifiedBy           string
	subjectFrom, subjectTo int
	summaryFrom, summaryTo int
}

var (
	tagsRE       = regexp.MustCompile(`^\s*TAGS:?\s+(.*)$`)
	subjectRE    = regexp.MustCompile(`^\s*SUBJ(?:ECT)?:\s*(.*)$`)
	refRE        = regexp.MustCompile(`^\s*REFS?:?\s+(.*)$`)
	classifiedRE = regexp.MustCompile(`(?i)^\s*classified\s+by:?\s*(.*)$`)
	summaryRE    = regexp.MustCompile(`(?i)^\s*(\([A-Z/]+\)\s*)?summary\b`)
	endSummaryRE = regexp.MustCompile(`(?i)\bend\s+(of\s+)?summary\b`)
	reasonRE     = regexp.MustCompile(`(?i)[,;]?\s*(for\s+)?reasons?\b.*$`)
	tagSplitRE   = regexp.MustCompile(`[,;\s]+`)
)

func readPreamble(lines []line) preamble {
	p := preamble{subjectFrom: -1, subjectTo: -1, summaryFrom: -1, summaryTo: -1}
	for i := 0; i < len(lines); i++ {
		t := lines[i].text
		if !mayOpenField(t) {
			continue
		}
		switch {
		case p.tags == nil && tagsRE.MatchString(t):
			for _, tag := range tagSplitRE.Split(tagsRE.FindStringSubmatch(t)[1], -1) {
				if tag != "" {
					p.tags = append(p.tags, tag)
				}
			}
		case p.subjectFrom < 0 && subjectRE.MatchString(t):
			to := continued(lines, i)
			p.subjectFrom, p.subjectTo = i, to
			p.subject = joinLines(lines[i:to], subjectRE.FindStringSubmatch(t)[1])
			i = to - 1
		case p.refs == "" && refRE.MatchString(t):
			to := continued(lines, i)
			p.refs = joinLines(lines[i:to], refRE.FindStringSubmatch(t)[1])
			i = to - 1
		case p.classifiedBy == "" && classifiedRE.MatchString(t):
			to := continued(lines, i)
			by := joinLines(lines[i:to], classifiedRE.FindStringSubmatch(t)[1])
			p.classifiedBy = strings.TrimRight(reasonRE.ReplaceAllString(by, ""), " .,;:")
			i = to - 1
		case p.summaryFrom < 0 && summaryRE.MatchString(t):
			to := continued(lines, i)
			for j := i; j < len(lines); j++ {
				if endSummaryRE.MatchString(lines[j].text) {
					to = j + 1
					break
				}
			}
			p.summaryFrom, p.summaryTo = i, to
			i = to - 1
		}
	}
	return p
}

// mayOpenField is a quick test before the field regexps (and numberRE):
// whether the line's first character can start one of them. The
// case-blind ones (classified by, summary) may start with either case, or
// with "ſ", which (?i) folds to s; a paragraph's number with a digit or ¶.
func mayOpenField(t string) bool {
	switch b := firstByte(t); {
	case b == 'T' || b == 'S' || b == 'R' || b == 'c' || b == 'C' || b == 's' || b == '(':
		return true
	case b >= '0' && b <= '9', b == "ſ"[0], b == "¶"[0]:
		return true
	}
	return false
}

// continued returns the end of the block of lines that starts at i: the
// next blank line, or the next line that opens another field.
func continued(lines []line, i int) int {
	j := i + 1
	for j < len(lines) {
		t := lines[j].text
		if blank(t) || mayOpenField(t) && (tagsRE.MatchString(t) || refRE.MatchString(t) || classifiedRE.MatchString(t) ||
			subjectRE.MatchString(t) || numberRE.MatchString(t)) {
			break
		}
		j++
	}
	return j
}

// joinLines joins a field's first value with its continuation lines.
func joinLines(lines []line, first string) string {
	parts := []string{strings.TrimSpace(first)}
	for _, l := range lines[1:] {
		parts = append(parts, strings.TrimSpace(l.text))
	}
	return strings.Join(strings.Fields(strings.Join(parts, " ")), " ")
}

// refIDRE finds the cables a REF line cites: "A. TUNIS 796", "08 STATE
// 12345", "ISLAMABAD 399".
var refIDRE = regexp.MustCompile(`(?:\b(\d{2}|\d{4})\s+)?\b([A-Z]{3,}(?: [A-Z]{3,})?)\s+0*(\d{1,6})\b`)

var notPosts = map[string]bool{"REF": true, "REFS": true, "SECTION": true, "PARA": true, "PARAS": true,
	"AND": true, "DATED": true, "CABLE": true, "TEL": true, "NO": true, "THE": true}

// referenceIDs turns a REF line into reference IDs; a reference that names
// no year is of the citing cable's year.
func referenceIDs(refs string, year string) []string {
	var ids []string
	for _, m := range refIDRE.FindAllStringSubmatch(refs, -1) {
		post := strings.ReplaceAll(m[2], " ", "")
		if notPosts[m[2]] || notPosts[strings.Fields(m[2])[0]] {
			continue
		}
		y := m[1]
		if len(y) == 4 {
			y = y[2:]
		}
		if y == "" {
			y = year
		}
		if y == "" {
			continue
		}
		ids = append(ids, y+post+m[3])
	}
	return ids
}

// yearOf is the two-digit year that starts a reference ID.
func yearOf(id string) string {
	if len(id) >= 2 {
		if _, err := strconv.Atoi(id[:2]); err == nil {
			return id[:2]
		}
	}
	return ""
}

// notSigners are last words of a body that are no name.
var notSigners = map[string]bool{"END": true, "TEXT": true, "NOTE": true, "COMMENT": true, "SUMMARY": true,
	"SIPDIS": true, "NOFORN": true, "UNQUOTE": true, "BT": true, "NNNN": true}

var (
	signerRE   = regexp.MustCompile(`^[A-Z][A-Z'-]+$`)
	nameLineRE = regexp.MustCompile(`^[A-Z][A-Za-z'-]+$`)
	// trailerRE matches what some archives print after the signature: a
	// stray quote or backslash, "=====CABLE ENDS=====", a date.
	trailerRE = regexp.MustCompile(`^(["\\]+|=+.*=+|[\d/]+)$`)
)

// signer is who signed the cable, as cables are signed: the last word in
// capitals ("... cleared by CENTCOM. PATTERSON"), or a name alone on the
// last line ("Ranneberger").
func signer(body string) string {
	lines := strings.Split(body, "\n")
	for i := len(lines) - 1; i >= 0; i-- {
		l := strings.Trim(lines[i], " \t\\\"")
		if l == "" || trailerRE.MatchString(l) {
			continue
		}
		if nameLineRE.MatchString(l) && !notSigners[strings.ToUpper(l)] {
			return l
		}
		f := strings.Fields(l)
		if len(f) == 0 {
			continue
		}
		last := strings.Trim(f[len(f)-1], "\"")
		if signerRE.MatchString(last) && !notSigners[last] {
			return last
		}
		return ""
	}
	return ""
}
