package page

import (
	"strings"
	"unicode"

	"cables/content/lex"
)

// wireAgencies are the agencies a wire dateline names: "NEW YORK, Nov. 30
// (UPI) --".
var wireAgencies = lex.MustSet(words, "words/wire-agencies.txt")

// bodyDateline finds a dateline at the start of a body paragraph: "New
// Delhi: …", "WASHINGTON — …", "NEW YORK, Nov. 30 (UPI) -- …". It returns
// the place, the agency if any, and whether the paragraph is nothing but
// the dateline. A place must be a known city, or set in
// capitals before a dash as wire copy prints it; the longest known city at
// the end of the prefix wins, so that a caption glued before it is left out.
func bodyDateline(p string) (place, agency string, whole bool) {
	if len(p) > 400 {
		p = p[:400]
	}
	p = strings.TrimPrefix(p, "Reporting from ") // "Reporting from Mexico City — …"
	cut, sepLen := datelineSeparator(p)
	dash := cut >= 0 && p[cut:cut+sepLen] != ":"
	if cut < 0 { // a dateline on a line of its own: "Washington, Dec 3 (PTI)"
		if len(strings.Fields(p)) > 8 || endsSentence(p) {
			return "", "", false
		}
		cut, whole = len(p), true
	}
	prefix := strings.TrimSpace(p[:cut])
	if open := strings.LastIndex(prefix, "("); open >= 0 && strings.HasSuffix(prefix, ")") {
		a := prefix[open+1 : len(prefix)-1]
		if wireAgencies[strings.ToLower(a)] {
			agency = a
		}
		prefix = strings.TrimSpace(prefix[:open])
	}
	if comma := strings.Index(prefix, ","); comma >= 0 { // "NEW YORK, Nov. 30", "NAIROBI, Kenya"
		before := strings.TrimSpace(prefix[:comma])
		if rest := strings.Fields(prefix[comma+1:]); len(rest) > 0 {
			_, isMonth := lex.Months[strings.ToLower(strings.Trim(rest[0], "."))]
			switch {
			case isMonth:
				prefix = before
			case (lex.Places[strings.ToLower(before)] || isCapitals(before)) && len(rest) <= 2 && allCapitalised(rest):
				return before + ", " + strings.Join(rest, " "), agency, whole // "NAIROBI, Kenya", "HARARE, Zimbabwe (AP)"
			case agency != "":
				prefix = before
			}
		}
	}
	words := strings.Fields(prefix)
	if len(words) == 0 || len(words) > 6 {
		return "", "", false
	}
	for i := range words {
		if whole && i > 0 {
			break // a line of its own is all dateline or none
		}
		cand := strings.Join(words[i:], " ")
		if lex.Places[strings.ToLower(cand)] {
			return cand, agency, whole
		}
	}
	if (dash || agency != "" || len(words) >= 2 && !labelWords(words)) && len(words) <= 3 && isCapitals(prefix) {
		return prefix, agency, whole // "WASHINGTON —", "PORT MORESBY:"
	}
	return "", agency, false
}

// datelineSeparator finds the ":", " —", " --" or " –" that ends a dateline
// within the first few words.
func datelineSeparator(p string) (int, int) {
	limit := min(len(p), 60)
	for i := 0; i < limit; i++ {
		for _, sep := range []string{":", " —", " --", " –", " -"} {
			if strings.HasPrefix(p[i:], sep) {
				after := p[i+len(sep):]
				if strings.HasPrefix(after, " ") || strings.HasPrefix(after, "\u00a0") {
					return i, len(sep)
				}
			}
		}
	}
	return -1, 0
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
	for _, w := range words {
		switch strings.ToLower(w) {
		case "news", "update", "updates", "exclusive", "watch", "breaking", "live", "video", "analysis", "opinion", "editorial", "comment", "explainer":
			return true
		}
	}
	return false
}
