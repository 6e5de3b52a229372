package page

import (
	"math/bits"
	"strings"

	"cables/content/lex"
)

// captionWords are the labels photo credits start with.
var captionWords = []string{"photograph", "photo", "picture", "image"}

// isCaption reports whether a line is a photo caption by its label or
// credit: "Photo: …" at the start; "File photo", "(File)", "Getty Images",
// "PHOTO: AFP" or "Photo/Reuters" at the end.
func isCaption(line string) bool {
	if len(line) >= 600 {
		return false
	}
	return isCaptionOf(line, lowerText(line))
}

// isCaptionOf is isCaption for a caller that has the line's lower case.
func isCaptionOf(line, lower string) bool {
	if len(line) >= 600 {
		return false
	}
	if !holdsCaptionWord(lower) && !strings.HasSuffix(strings.TrimRight(lower, ". )"), "(file") {
		// no label or credit in words: only a credit by agencies may end
		// it (a caption word is in every other test below, and "(file")
		return endsWithPhotoCredit(line)
	}
	for _, w := range captionWords {
		if rest, ok := strings.CutPrefix(strings.TrimPrefix(lower, "file "), w); ok {
			if strings.HasPrefix(strings.TrimLeft(strings.TrimPrefix(rest, "s"), " "), ":") {
				return true
			}
		}
	}
	end := strings.TrimRight(lower, ". )")
	for _, suffix := range []string{"file photo", "file picture", "file image", "(file", "getty images"} {
		if strings.HasSuffix(end, suffix) {
			return true
		}
	}
	if endsWithPhotoBy(end) {
		return true
	}
	if strings.IndexByte(end, ':') < 0 && strings.IndexByte(end, '/') < 0 {
		return endsWithPhotoCredit(line) // no credit follows a label
	}
	for _, w := range captionWords {
		if !strings.Contains(end, w) {
			continue // a forward search, much the faster where the word is missing, as it mostly is
		}
		i := strings.LastIndex(end, w)
		if i > 0 && isWordByte(end[i-1]) {
			continue
		}
		rest := strings.TrimLeft(strings.TrimPrefix(end[i+len(w):], "s"), " ")
		if rest == "" || rest[0] != ':' && rest[0] != '/' {
			continue
		}
		credit := strings.TrimSpace(rest[1:])
		if credit != "" && len(credit) <= 40 && !containsAny(credit, ",;!?\"“”") {
			return true
		}
	}
	return endsWithPhotoCredit(line)
}

// holdsCaptionWord reports a lowercased line that holds one of
// captionWords: read once at each "p" for "photo" and "picture" (and
// "photograph"), and for "mage" and then "image", where searching for each
// word stopped at every "p" twice and every "i" (issue 14: nearly every
// line of a page is asked whether it is a caption, and very few hold
// one).
func holdsCaptionWord(lower string) bool {
	for rest := lower; ; {
		i := strings.IndexByte(rest, 'p')
		if i < 0 {
			break
		}
		if rest = rest[i:]; strings.HasPrefix(rest, "photo") || strings.HasPrefix(rest, "picture") {
			return true
		}
		rest = rest[1:]
	}
	return strings.Contains(lower, "mage") && strings.Contains(lower, "image")
}

// endsWithPhotoBy reports a lowercased caption whose last sentence is a
// credit in words, "… on Friday. Photo by Jane Roe", "… 2009. Picture
// courtesy of the ministry".
func endsWithPhotoBy(lower string) bool {
	last := lower
	if i := lastStop(lower); i >= 0 {
		last = lower[i+2:]
	}
	for _, w := range captionWords {
		if rest, ok := strings.CutPrefix(last, w); ok {
			rest = strings.TrimPrefix(rest, "s")
			credit := strings.HasPrefix(rest, " by ") || strings.HasPrefix(rest, " courtesy ")
			return credit && len(strings.Fields(last)) <= 7 // words counted only for a sentence that starts as a credit
		}
	}
	return false
}

// lastStop is strings.LastIndex(s, ". "): eight places at a time from
// the end, each a full stop with a space after it (issue 14: a byte at a
// time back to each full stop, most of them a sentence's last byte with
// no space after it, it was 0.7 % of a first run's instructions).
func lastStop(s string) int {
	i := len(s) - 9 // the eight places from i, and the byte after them
	for ; i >= 0; i -= 8 {
		if m := bytesIn(load8(s, i), '.', '.') & bytesIn(load8(s, i+1), ' ', ' '); m != 0 {
			return i + (63-bits.LeadingZeros64(m))/8
		}
	}
	for k := i + 7; k >= 0; k-- { // the first places, fewer than eight
		if s[k] == '.' && s[k+1] == ' ' {
			return k
		}
	}
	return -1
}

// photoAgencies are the agencies and picture desks that photo credits
// name, besides the wire agencies.
var photoAgencies = lex.MustSet(words, "words/photo-agencies.txt")

// maxCredit is the longest photo credit after a caption's last sentence.
const maxCredit = 80

// maxCreditParts is the most names a photo credit lists between slashes:
// agencies, "File" and the photographer.
const maxCreditParts = 5

// endsWithPhotoCredit reports a caption that ends on its credit after its
// last sentence: "… on Friday. Jane Roe/Associated Press", "… in 2006.
// REUTERS/John Doe", "… on Nov. 30. (AFP/File/Jane Roe)": a photographer's
// name and agencies, slashes between.
func endsWithPhotoCredit(line string) bool {
	// a ". " further back than the last maxCredit+2 bytes leaves a credit
	// too long, so the search looks no further
	from := max(0, len(line)-(maxCredit+2))
	if strings.IndexByte(line[from:], '/') < 0 {
		return false // the credit, after the last ". " in line[from:], or a short line whole, would hold no '/'
	}
	credit := line
	if i := strings.LastIndex(line[from:], ". "); i >= 0 {
		credit = line[from+i+1:]
	}
	if len(credit) > maxCredit || strings.IndexByte(credit, '/') < 0 {
		return false
	}
	credit = strings.TrimSpace(credit)
	if strings.HasPrefix(credit, "(") && strings.HasSuffix(credit, ")") {
		credit = credit[1 : len(credit)-1] // "(AFP/DPA/File/Jane Roe)"
	}
	parts := strings.Split(credit, "/")
	if len(parts) < 2 || len(parts) > maxCreditParts {
		return false
	}
	agency := false
	for _, p := range parts {
		words := strings.Fields(p)
		if len(words) == 0 || len(words) > 4 || !allCapitalised(words) {
			return false
		}
		agency = agency || wireAgencies[strings.ToLower(p)] || photoAgencies[strings.ToLower(p)]
	}
	return agency
}

// isCaptionLabel reports a line that is, by its textKey, a label printed
// on a line of its own over a caption: "Image caption,", "Caption:".
func isCaptionLabel(line string) bool {
	key := keyReader{s: line}
	first := key.next() // (read once, not by each label's sameKey: the line above every line is asked)
	for _, label := range captionLabels {
		if rune(label[0]) == first && sameKey(line, label) {
			return true
		}
	}
	return false
}

// captionLabels are the textKey of the labels isCaptionLabel takes.
var captionLabels = []string{"caption", "imagecaption", "photocaption", "picturecaption", "mediacaption"}

// trimCredit drops a bare "File photo" label from a caption; credits that
// name somebody stay.
func trimCredit(c string) string {
	l := strings.ToLower(c)
	for _, suffix := range []string{"file photo", "file picture", "(file)", "file image"} {
		if strings.HasSuffix(strings.TrimRight(l, ". "), suffix) {
			c = strings.TrimRight(c, ". ")
			return strings.TrimSpace(c[:len(c)-len(suffix)])
		}
	}
	return c
}
