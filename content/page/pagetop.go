package page

import (
	"strings"

	"cables/content/lex"
)

// Pages copied whole open with the site before the story: a skip link, the
// site's name, a menu, a breadcrumb trail, a log-in line and a section word,
// and only then the headline. pageTop finds where that masthead ends. It
// is careful with the pages, far more common, whose first line is the
// headline, even when a breadcrumb or menu is printed under it.

// topLines is how far into a page the masthead may reach.
const topLines = 12

// pageTop returns the index of the first unit after the site's masthead,
// or 0 when the page does not open with one. The masthead ends at its last
// chrome line (a menu, breadcrumb, skip link or log-in line) before the
// first date line, byline or paragraph, when everything above that line
// is a masthead too (the site's name, a short section word, a menu without
// separators) and a line that may be a headline comes after it.
func pageTop(units []string) int {
	if printedAgain(units) {
		return 0 // the headline, printed again under a widget or a label
	}
	last := -1
	for k, u := range units {
		if k >= topLines {
			break
		}
		_, isDate := parseDateLine(u)
		if isDate && last < 0 {
			continue // the masthead's date, above its menus: "Saturday, March 5, 2011"
		}
		if isChrome(u) && !isDate { // (a date line is no menu, whatever it says of its age: "… / 9 years ago")
			last = k
			continue
		}
		if !isMasthead(u) || storyHasBegun(u) {
			break // a headline, perhaps with a breadcrumb under it, or the story
		}
	}
	if last < 0 || headlineAfterChrome(units[last+1:]) < 0 {
		return 0
	}
	return last + 1
}

// printedAgain reports a first line that the page prints again within its
// top lines: a headline, which no masthead line is.
func printedAgain(units []string) bool {
	if len(units) == 0 {
		return false
	}
	for _, u := range units[1:min(len(units), topLines)] {
		if sameText(u, units[0]) {
			return true
		}
	}
	return false
}

// storyHasBegun reports a line that only comes after the headline: a date
// line, a byline or a paragraph.
func storyHasBegun(u string) bool {
	if countWords(u, 31) > 30 {
		return true
	}
	if _, ok := parseDateLine(u); ok {
		return true
	}
	_, ok := byline(u)
	return ok
}

// isMasthead reports the lines a site prints above its menus: its name
// ("The Example Times"), a section ("Europe"), a name with a slogan
// ("Example Mirror - Latest News and Headlines") or a menu of single words
// with no separators ("Home News Sport Weather").
func isMasthead(u string) bool {
	if endsSentence(u) || containsAny(u, "“”\"‘’«»") {
		return false
	}
	words := fields(u)
	if len(words) <= 4 {
		return true
	}
	for _, sep := range []string{" - ", " – ", " — "} {
		if name, _, ok := strings.Cut(u, sep); ok && countWords(name, 5) <= 4 {
			return true
		}
	}
	for _, w := range words {
		if headlineWords[strings.ToLower(w)] || strings.IndexFunc(w, isPunctuation) >= 0 {
			return false
		}
	}
	return true
}

// headlineWords are the small words of headlines, which menus do not have.
var headlineWords = lex.MustSet(words, "words/headline-words.txt")

func isPunctuation(r rune) bool {
	return strings.ContainsRune(`.,:;!?'’"“”()&-–—/|`, r)
}

// headlineAfterChrome returns the index of the headline among the units
// that follow a masthead, or -1 if none may be one. Date lines are passed
// over (they stay with the story), and so are chrome and a short section
// label set above a longer headline ("Commentary", "Moscow Dispatches"). A
// byline or a paragraph (a long line, or one ending in a full stop) where
// the headline should be means the page had no masthead after all.
func headlineAfterChrome(units []string) int {
	for k, u := range units {
		if k >= topLines {
			break
		}
		if isChrome(u) {
			continue
		}
		if _, isDate := parseDateLine(u); isDate || clockOrAge(u) {
			continue // (a time or the page's age beside the date: "04:48 PM ET", "8 years ago")
		}
		if _, isByline := byline(u); isByline || countWords(u, 31) > 30 || strings.HasSuffix(u, ".") {
			return -1
		}
		if k+1 < len(units) && labelShaped(u) && isSectionLabel(u, underLabels(units[k+1:min(len(units), topLines)])) {
			continue
		}
		return k
	}
	return -1
}

// underLabels returns the first line under a stack of short labels and
// the date lines under them, which a masthead without menus prints over
// the headline: "Example Times", "World", "Friday, March 4, 2011", then
// the headline; under a date only a line set as a headline counts.
func underLabels(units []string) string {
	dated := false
	for i, u := range units {
		if _, isDate := parseDateLine(u); isDate {
			dated = true
			continue
		}
		if dated {
			if setAsHeadline(u) {
				return u // the headline under a masthead's date
			}
			return "" // a byline or the story under the date: the label was a headline
		}
		if len(strings.Fields(u)) > 3 || endsSentence(u) || containsAny(u, "“”\"‘’«»") || isChrome(u) {
			return u
		}
		if _, isByline := byline(u); isByline {
			return u
		}
		if i+1 < len(units) {
			if _, isDate := parseDateLine(units[i+1]); isDate {
				return u // a short headline over its date line
			}
		}
	}
	return ""
}

// labelShaped reports a line of one to three words that is no sentence
// and holds no quotation mark, as a section label is: a line that is not
// needs no look at the lines under it.
func labelShaped(u string) bool {
	return countWords(u, 4) <= 3 && !endsSentence(u) && !containsAny(u, "“”\"‘’«»")
}

// isSectionLabel reports a one- to three-word label over a longer line that
// is no date, byline or sentence: the section, or a kicker, above a
// headline.
func isSectionLabel(u, next string) bool {
	if !labelShaped(u) {
		return false
	}
	n := countWords(next, 31) // a label has three words at most
	if n <= countWords(u, 4) || n > 30 || endsSentence(next) || isChrome(next) {
		return false
	}
	if _, isDate := parseDateLine(next); isDate {
		return false
	}
	_, isByline := byline(next)
	return !isByline
}
