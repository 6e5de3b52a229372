package page

import (
	"strings"
	"unicode"

	"cables/content/lex"
)

// wireAgencies are the agencies a wire dateline names: "NEW YORK, Nov. 30
// (UPI) --".
var wireAgencies = lex.WireAgencies

// datelineSeparator finds the ":", " —", " --" or " –" that ends a dateline
// within the first few words, or the em dash or full stop that wire copy
// sets straight after a place in capitals ("LUSAKA—The …", "LUSAKA. The
// …").
func datelineSeparator(p string) (int, int) {
	limit := min(len(p), 60)
	for i := 0; i < limit; i++ {
		if !datelineSeparatorStarts[p[i]] {
			continue // (most bytes: a look-up rather than seven tests)
		}
		for _, sep := range []string{":", " —", " --", " –", " -"} {
			if strings.HasPrefix(p[i:], sep) {
				after := p[i+len(sep):]
				if strings.HasPrefix(after, " ") || strings.HasPrefix(after, "\u00a0") {
					return i, len(sep)
				}
			}
		}
		if n := wireSeparator(p, i); n > 0 {
			return i, n
		}
		if p[i] == ')' && agencyBracketEnds(p, i) {
			return i + 1, 0
		}
	}
	return -1, 0
}

// datelineSeparatorStarts are the bytes datelineSeparator looks at: those
// its separators, wireSeparator's and an agency's closing bracket start
// with (issue 14 item 12: trying each at every byte was 1 % of a first
// export's instructions).
var datelineSeparatorStarts = func() (t [256]bool) {
	for _, c := range []byte{':', ' ', "—"[0], "–"[0], '.', ')'} {
		t[c] = true
	}
	return t
}()

// agencyBracketEnds reports a wire agency's name in brackets at p[i] that
// ends the dateline with no dash after it, as Indian wires print it:
// "Lusaka, Mar 3 (IANS) The consul wrote …".
func agencyBracketEnds(p string, i int) bool {
	open := strings.LastIndexByte(p[:i], '(')
	if open <= 0 || !wireAgencies[strings.ToLower(p[open+1:i])] || !strings.HasPrefix(p[i+1:], " ") {
		return false
	}
	after := strings.TrimLeft(p[i+1:], " ")
	return after != "" && (after[0] >= 'A' && after[0] <= 'Z' || strings.HasPrefix(after, "“") || after[0] == '"')
}

// wireSeparator reports the length of an em dash glued to the words before
// and after it, or of a full stop and a space, at p[i], when a place in
// capitals stands before it; 0 if there is none.
func wireSeparator(p string, i int) int {
	n := 0
	switch {
	case strings.HasPrefix(p[i:], "—") && i+len("—") < len(p) && p[i+len("—")] != ' ':
		n = len("—")
	case strings.HasPrefix(p[i:], "–") && i+len("–") < len(p) && p[i+len("–")] != ' ':
		n = len("–") // an en dash as glued: "WASHINGTON–U.S. relations …"
	case p[i] == '.' && strings.HasPrefix(p[i+1:], " "):
		n = 1
	case strings.HasPrefix(p[i:], ".- "):
		n = 2 // "SANTO DOMINGO.- The …", as Spanish-language wires print it
	default:
		return 0
	}
	if n > 1 && placeCommaCountry(p[:i]) {
		return n // "GUAYAQUIL, ECUADOR—Ecuador said …"
	}
	if !wirePlace(p[:i]) && (n <= 2 && p[i] == '.' || !lex.Places[strings.ToLower(strings.TrimSpace(p[:i]))] && !creditBracketEnds(p[:i])) {
		return 0 // an em dash may also follow a known place: "Lusaka—The consul …"
	}
	return n
}

// placeCommaCountry reports a place and its country in capitals, a comma
// between: "GUAYAQUIL, ECUADOR".
func placeCommaCountry(s string) bool {
	place, country, ok := strings.Cut(s, ", ")
	return ok && wirePlace(place) && wirePlace(country)
}

// creditBracketEnds reports a short credit in brackets that ends s, a wire
// agency or a site: "Lusaka, Mar 3 (example.com)" before a glued em dash.
func creditBracketEnds(s string) bool {
	open := strings.LastIndexByte(s, '(')
	if open <= 0 || !strings.HasSuffix(s, ")") || len(s)-open > 30 {
		return false
	}
	credit := strings.ToLower(s[open+1 : len(s)-1])
	return wireAgencies[credit] || isSiteName(credit)
}

// isSiteName reports a web site's name: "example.com", "example.co.uk".
func isSiteName(s string) bool {
	dot := strings.LastIndexByte(s, '.')
	return dot > 0 && dot < len(s)-2 && !strings.ContainsAny(s, " /") && isLowerWord(s[dot+1:])
}

func isLowerWord(s string) bool {
	for _, r := range s {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return s != ""
}

// wirePlace reports up to three words in capitals, with no full stop in
// them and no month's name ("MAR."), that wire copy may print as a place:
// "LUSAKA", "PORT LOUIS".
func wirePlace(s string) bool {
	if n := countWords(s, 4); n == 0 || n > 3 || strings.ContainsAny(s, ".,:;") || !isCapitals(s) || len(s) < 3 {
		return false
	}
	_, month := lex.Months[strings.ToLower(s)]
	return !month
}

func isCapitals(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
			if !unicode.IsUpper(r) {
				return false
			}
		}
	}
	return letters >= 2
}

// labelWords reports capitals that label a story rather than place it:
// "BREAKING NEWS:", "LIVE UPDATE:".
func labelWords(words []string) bool {
	var wb wordBuf
	for _, w := range words {
		switch wb.lower(w) {
		case "news", "update", "updates", "exclusive", "watch", "breaking", "live", "video", "analysis", "opinion", "editorial", "comment", "explainer":
			return true
		}
	}
	return false
}
