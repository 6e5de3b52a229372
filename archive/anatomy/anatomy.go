// Package anatomy reads the parts of a cable's body: subject, tags,
// references, who classified it, who signed it, and its numbered
// paragraphs with the subject, an unnumbered summary and section headings
// told apart. It works on the text alone; archive formats are read by the
// formats package.
package anatomy

import (
	"regexp"
	"strings"

	"cables/model"
)

// Parse fills the parts of doc that its body tells: Subject, Tags,
// References (when the archive gave none), ClassifiedBy, Signer and
// Paragraphs.
func Parse(doc *model.CableDoc) {
	lines := splitLines(doc.Body)
	pre := len(lines)
	starts := numberedStarts(lines)
	if len(starts) > 0 {
		pre = starts[0].line
	}
	fields := readPreamble(lines[:pre])
	doc.Subject = fields.subject
	doc.Tags = fields.tags
	doc.ClassifiedBy = fields.classifiedBy
	if len(doc.References) == 0 {
		doc.References = referenceIDs(fields.refs, yearOf(doc.ID))
	}
	doc.Signer = signer(doc.Body)
	doc.Paragraphs = paragraphs(lines, len(doc.Body), starts, fields)
}

// line is one line of the body: its text without the line break, and
// where it starts.
type line struct {
	text  string
	start int
}

func (l line) end() int { return l.start + len(l.text) }

func splitLines(body string) []line {
	lines := make([]line, 0, strings.Count(body, "\n")+1)
	start := 0
	for start <= len(body) {
		i := strings.IndexByte(body[start:], '\n')
		if i < 0 {
			lines = append(lines, line{strings.TrimSuffix(body[start:], "\r"), start})
			break
		}
		lines = append(lines, line{strings.TrimSuffix(body[start:start+i], "\r"), start})
		start += i + 1
	}
	return lines
}

// blank reports an empty line; some archives end every line with a
// stray backslash.
func blank(s string) bool { return strings.Trim(s, " \t\\") == "" }

// numberRE matches the start of a numbered paragraph: "8. (C) ...",
// "¶8. ...", "1. SECRET - ENTIRE TEXT.", "12.(S) ...", "1, (C) ..." (a
// typist's comma).
var numberRE = regexp.MustCompile(`^\s{0,4}¶?\s?(\d{1,3})\s?(?:\.(?:\s|\(|$)|, \()`)

// underlineRE matches the dashes under a section heading.
var underlineRE = regexp.MustCompile(`^\s*(-\s?){3,}\s*$`)

// isUnderline reports the dashes under a section heading; most lines are
// ruled out by their first character without the regexp.
func isUnderline(s string) bool { return firstByte(s) == '-' && underlineRE.MatchString(s) }

// firstByte is the first byte of s after the white space a regexp's \s
// matches (0 when there is none): the line regexps all start at the
// line's head, so this rules most lines out before a regexp runs.
func firstByte(s string) byte {
	s = strings.TrimLeft(s, " \t\n\f\r")
	if s == "" {
		return 0
	}
	return s[0]
}

type numbered struct{ line, number int }

// numberedStarts finds the lines that open numbered paragraphs. Numbers
// rise by one, or jump (a cable's "3." can be followed by "15.") after a
// blank line or a heading. Without a blank line above, the next number
// needs a sentence ended above it or a portion marking after it: "10." at
// the head of a wrapped line inside paragraph 9 is a number in a sentence.
func numberedStarts(lines []line) []numbered {
	var out []numbered
	last := 0
	for i, l := range lines {
		if !startsWithNumber(l.text) {
			continue
		}
		m := numberRE.FindStringSubmatch(l.text)
		if m == nil {
			continue
		}
		n := atoi(m[1])
		if n <= last || n > last+25 {
			continue
		}
		prev := ""
		if i > 0 {
			prev = lines[i-1].text
		}
		brokenOff := blank(prev) || isUnderline(prev) || isPageLine(prev) || i == 0 || last == 0 && n <= 3
		if !brokenOff && (n != last+1 || !endsSentence(prev) && !portionRE.MatchString(l.text)) {
			continue
		}
		out = append(out, numbered{i, n})
		last = n
	}
	return out
}

// startsWithNumber is a quick test before numberRE: a digit after at most
// a few spaces and a ¶.
func startsWithNumber(s string) bool {
	s = strings.TrimLeft(s, " ¶")
	return s != "" && s[0] >= '0' && s[0] <= '9'
}

// portionRE matches a paragraph's number followed by its portion marking.
var portionRE = regexp.MustCompile(`^\s{0,4}¶?\s?\d{1,3}\s?[.,]\s*\([A-Z/]+\)`)

func endsSentence(s string) bool {
	s = strings.TrimRight(s, " \t\\\"”')")
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, ":") || strings.HasSuffix(strings.ToUpper(s), "SUMMARY")
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		n = n*10 + int(c-'0')
	}
	return n
}

// pageLineRE matches the line a cable prints at the top of each page after
// the first: "ISLAMABAD 00000155 002 OF 003".
var pageLineRE = regexp.MustCompile(`^\s*[A-Z][A-Z .'-]*\s+\d{5,8}\s+\d{3}(\.\d+)?\s+OF\s+\d{3}[\s\\]*$`)

func isPageLine(s string) bool { return strings.Contains(s, " OF ") && pageLineRE.MatchString(s) }

// IsPageLine reports whether a line of a body is a page line or a
// section's classification banner, which can fall inside a sentence.
func IsPageLine(s string) bool {
	// Both kinds say "N OF N": most lines are ruled out without a regexp.
	if !strings.Contains(s, " OF ") {
		return false
	}
	return isPageLine(s) || sectionBannerRE.MatchString(s)
}

// sectionBannerRE matches the banner that opens each section of a long
// cable: "C O N F I D E N T I A L SECTION 02 OF 03 ISLAMABAD 000155".
var sectionBannerRE = regexp.MustCompile(`^\s*(C O N F I D E N T I A L|S E C R E T|U N C L A S S I F I E D|UNCLAS|CONFIDENTIAL|SECRET|UNCLASSIFIED)\b.*\bSECTION \d+ OF \d+`)
