package page

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"cables/content/lex"
	"cables/content/rule"
)

// Pages end with more than a line or two of chrome: lists of other
// headlines under "Related" or "Most read", and reader comments under
// "Comments", whose lines are sentences like the story's. Both are found by
// their shape: a heading, then a run of short items, or of comments, that
// goes on to the end of the page with nothing but other chrome.

// chromeTail returns where the chrome at the end of a story starts: the
// earliest chrome line after which nothing but chrome, list items, short
// non-sentences and headed blocks of links or comments follow, and before
// it any lines of the same stuff that no pattern names ("Track the latest
// news live") that lead into it.
func chromeTail(units []string) int {
	units = units[:afterSignOff(units)]
	units = units[:boxStart(units)]
	end := len(units)
	k := len(units) - 1
	for k >= 1 {
		if isChromeAskedAgain(units[k]) {
			end, k = k, k-1
			continue
		}
		if j := tailBlockStart(units, k); j >= 0 {
			// (before a line merely shaped as chrome: "Air Force Blocks
			// Media Sites" under "More on WikiLeaks" is a headed block's)
			end, k = j, j-1
			continue
		}
		if !chromeShaped(strings.TrimSpace(units[k])) {
			break
		}
		k--
	}
	if k >= 1 && k+1 < end {
		if ends, _ := tailRules.Decide(units[k+1 : end]); ends {
			end = k + 1
		}
	}
	for end < len(units) && end > 1 && weakChrome(units[end-1]) && !endsSentence(units[end-1]) &&
		!containsAny(units[end-1], "“”\"‘’«»") {
		end--
	}
	return end
}

// boxHeadings open a box of the site's own text that runs to the page's
// end, sentences and all: "Republish This Story" and the terms for
// republishing under it.
var boxHeadings = []string{"republish this story", "republish this article", "please read before republishing",
	"post a comment", "leave a comment", "leave a reply", "please enter your comment!", // a blog's comment form, under which only its sidebar comes
	"find more in"} // the site's links on the story's topics, over its comment box

// isBoxHeading reports a line, of under 40 bytes, that is one of
// boxHeadings in any case.
func isBoxHeading(u string) bool {
	var wb wordBuf
	return slices.Contains(boxHeadings, wb.lower(u))
}

// boxReach is how many lines from the end boxStart reads.
const boxReach = 30

// boxStart returns where a box that runs to the page's end starts, below
// a paragraph of the story; else len(units).
func boxStart(units []string) int {
	end := len(units)
	for k := len(units) - 1; k >= 2 && k >= len(units)-boxReach; k-- {
		u := strings.TrimRight(strings.TrimSpace(units[k]), ".:")
		if isCommentsOnTitle(u) && slices.ContainsFunc(units[:k], storySentence) {
			end = k // "11 Comments for “…”": the post's comments, whatever their lines
			continue
		}
		if len(u) >= 40 {
			continue // a paragraph, never lowered
		}
		if (isBoxHeading(u) || opensComments(u)) && slices.ContainsFunc(units[:k], storySentence) {
			end = k
			if isCommentsHeading(units[k-1]) {
				end = k - 1 // the comments' heading over their first writer
			}
		}
	}
	return end
}

// opensComments reports the first line of a blog's comments, under which
// come readers' words as long as a story's: the count of comments with an
// arrow ("One Comment »", "3 Comments »"), or the first comment's writer
// saying ("Anonymous said...", "• Jane Roe said:").
func opensComments(u string) bool {
	l := strings.ToLower(strings.TrimLeft(u, "•·- "))
	if count, ok := strings.CutSuffix(l, " »"); ok {
		n, what, _ := strings.Cut(count, " ")
		return (n == "one" || n == "no" || lex.IsNumber(n)) && (what == "comment" || what == "comments" || what == "responses")
	}
	for _, said := range []string{" said", " said…", " says"} { // (boxStart took off the dots or colon)
		if name, ok := strings.CutSuffix(l, said); ok {
			words := strings.Fields(name)
			return len(words) >= 1 && len(words) <= 3 && len(u) < 40
		}
	}
	return false
}

// signOffReach is how many short lines after a wire's sign-off
// afterSignOff reads.
const signOffReach = 8

// afterSignOff returns where the story ends when its last paragraph ends
// on a wire agency's sign-off ("… the threat. — AFP") and only short
// lines that are no sentences follow it (a sidebar: "Opinion", "Enter
// the deputy PM"); else len(units).
func afterSignOff(units []string) int {
	for k := 1; k+1 < len(units); k++ {
		// "… the protests.—AFP", then "Opinion": a sidebar of the site's
		// other stories, teasers and all, under a section's name
		if isSectionName(units[k+1]) && signsOff(strings.TrimSpace(units[k])) {
			return k + 1
		}
	}
	for k := len(units) - 1; k >= 1 && k >= len(units)-signOffReach; k-- {
		u := strings.TrimSpace(units[k])
		if signsOff(u) {
			return k + 1
		}
		if len(u) > 60 || endsSentence(u) || containsAny(u, "“”\"") {
			break
		}
	}
	return len(units)
}

// isSectionName reports a line that is only the name of a paper's section
// (sectionNames), lowering only a line short enough to be one (issue 14:
// every paragraph lowered whole here was 4 % of an export's instructions).
func isSectionName(u string) bool {
	u = strings.TrimSpace(u)
	// Lowering leaves a rune at least a byte of its at most four (the
	// Kelvin sign's three bytes become k's one).
	var wb wordBuf
	return len(u) <= utf8.UTFMax*longestSectionName() && sectionNames[wb.lower(u)]
}

// longestSectionName is the length in bytes of the longest of sectionNames.
var longestSectionName = sync.OnceValue(func() int {
	n := 0
	for name := range sectionNames {
		n = max(n, len(name))
	}
	return n
})

// signsOff reports a paragraph that ends on a wire agency's name after a
// dash: "… the threat. — AFP", "… on Friday. - Reuters".
func signsOff(u string) bool {
	hyphen, em, en := strings.IndexByte(u, '-') >= 0, strings.Contains(u, "—"), strings.Contains(u, "–")
	if !hyphen && !em && !en {
		return false // no dash to search for from the end (most lines)
	}
	for _, d := range []struct {
		dash    string
		printed bool
	}{{" — ", em}, {" – ", en}, {" - ", hyphen}, {"—", em}} {
		if !d.printed {
			continue // (a search from the end per dash the line does not print was most of the cost)
		}
		if i := strings.LastIndex(u, d.dash); i > 0 && endsSentence(strings.TrimSpace(u[:i])) {
			return wireAgencies[strings.ToLower(strings.TrimSpace(u[i+len(d.dash):]))]
		}
	}
	return false
}

// A run of short lines after the story's last paragraph, with no chrome
// line to mark it, ends the story when one rule of tailRules fires on it.
// A new kind of unmarked tail is a rule here, with an example run of lines
// written for cables (lines split at newlines), which TestTailRules reads.
var tailRules = rule.Table[[]string, bool]{Decision: "tail", Rules: []rule.Rule[[]string, bool]{
	{Name: "related-headlines", Verdict: true, Match: relatedHeadlines,
		Example: "- Cables show envoys doubted the port deal\n- Minister denies he met the ambassador in"},
}}

// relatedHeadlines matches a list of other stories' headlines that a page
// prints under a story without a heading: two or more lines, each set
// after a dash or a bullet, short, and none a sentence or a quotation
// (the last may be cut off). A bulleted list of the story's own sentences
// ends them with full stops and stays.
func relatedHeadlines(lines []string) (string, bool) {
	if len(lines) < 2 {
		return "", false
	}
	for _, u := range lines {
		l := strings.TrimSpace(u)
		rest, ok := strings.CutPrefix(l, "- ")
		if !ok {
			rest, ok = strings.CutPrefix(l, "• ")
		}
		if !ok || len(l) >= 100 || len(strings.Fields(rest)) < 3 || endsSentence(l) || containsAny(l, "“”\"‘’«»") {
			return "", false
		}
	}
	return lines[0], true
}

// tailBlockLines is the most lines a block of links or comments is read
// over, so that a page without one costs little.
const tailBlockLines = 80

// tailBlockStart returns the heading of the block of links or comments
// that units[k] belongs to, or -1: the nearest heading above it, when every
// line between is an item of its kind and the story has begun above it.
func tailBlockStart(units []string, k int) int {
	if !headingAbove(units, k) {
		return -1 // the common case, found without reading the lines between
	}
	if k == len(units)-1 && isListHeading(units[k-1]) && storyAbove(units[:k-1]) {
		return k - 1 // the page's last line, a teaser under "Related posts"
	}
	for i := k; i >= 1 && k-i <= tailBlockLines; i-- {
		u := units[i]
		if i < k && isCommentsHeading(u) {
			if !allLines(units, i+1, k+1, isCommentLine) || !storyAbove(units[:i]) {
				return -1
			}
			return i
		}
		if i < k && isListHeading(u) {
			if !allLines(units, i+1, k+1, isListLine) || !storyAbove(units[:i]) {
				return -1
			}
			return i
		}
		if !isListLine(units, i) && !isCommentText(units, i) {
			return -1
		}
	}
	return -1
}

// headingAbove reports whether a heading of links or comments stands within
// reach above units[k].
func headingAbove(units []string, k int) bool {
	for i := k - 1; i >= 1 && k-i <= tailBlockLines; i-- {
		if u := units[i]; isListHeading(u) || isCommentsHeading(u) {
			return true
		}
	}
	return false
}

func allLines(units []string, from, to int, ok func([]string, int) bool) bool {
	for i := from; i < to; i++ {
		if !ok(units, i) {
			return false
		}
	}
	return true
}

// storyAbove reports whether two sentences of a story stand above a
// heading, so that a "Comments" link at the top of a page is not read as
// the start of its comments.
func storyAbove(units []string) bool {
	n := 0
	for _, u := range units {
		if storySentence(u) {
			if n++; n == 2 {
				return true
			}
		}
	}
	return false
}

// storySentence reports a unit that reads as a paragraph of a story: a
// sentence of more than 80 bytes.
func storySentence(u string) bool { return endsSentence(u) && len(u) > 80 }

// isListLine reports an item of a list of links: a headline, a date, a tag
// row, or chrome. Headlines end without a full stop, which keeps the short
// last paragraphs of a story out of a list printed above them.
func isListLine(units []string, i int) bool {
	u := units[i]
	if isChrome(u) {
		return true
	}
	if t := strings.TrimRight(u, " ”’\"')»"); strings.HasSuffix(t, ".") && !strings.HasSuffix(t, "...") {
		// (a headline cut short, "… resolving Egypt ...", is still a link's)
		return teaserStandfirst(units, i) // and so is the line of a teaser under its headline
	}
	return len(u) <= 120 && len(strings.Fields(u)) <= 15 || weakChrome(u)
}

// teaserStandfirst reports a teaser's one-sentence standfirst under its
// headline, a short line that ends no sentence: "Envoys Are Not Spies¶The
// idea is popular but wrong—and it costs embassies dearly."
func teaserStandfirst(units []string, i int) bool {
	h, dek, ok := strings.Cut(units[i], "\n")
	if !ok {
		if i == 0 {
			return false
		}
		h, dek = units[i-1], units[i] // (the headline a unit of its own)
	}
	h, dek = strings.TrimSpace(h), strings.TrimSpace(dek)
	if len(dek) > teaserStandfirstBytes || twoSentences(dek) || strings.Contains(dek, "\n") || strings.ContainsAny(dek, "“”\"«»‘") {
		// (a line with a quotation is the story's: its own short sections
		// under "More from the cables" quote them)
		return false
	}
	return len(h) <= 120 && !endsSentence(h) && !isChrome(h) && !isListHeading(h)
}

// twoSentences reports a full stop, a space and a capital inside the
// text: a second sentence ("U.S. forces" is one).
func twoSentences(t string) bool {
	return anyIndex(t, ". ", func(i int) bool { return i+2 < len(t) && t[i+2] >= 'A' && t[i+2] <= 'Z' })
}

// teaserStandfirstBytes is the longest standfirst a teaser prints.
const teaserStandfirstBytes = 200

// isCommentLine reports a line of a comments section: a list line (a user's
// name, a time stamp, "Reply") or the text of a comment.
func isCommentLine(units []string, i int) bool {
	return isListLine(units, i) || isCommentText(units, i)
}

// isCommentText reports the text of a comment: "handle: text", or text
// under a line of chrome, such as the writer's name or a time stamp.
func isCommentText(units []string, i int) bool {
	u := units[i]
	return len(u) <= 600 && (hasHandle(u) || i > 0 && weakChrome(units[i-1]))
}

// hasHandle reports a comment set after its writer's name: "realist99:
// …", "Jane - Kandy: …".
func hasHandle(u string) bool {
	name, _, ok := strings.Cut(u, ": ")
	if !ok || len(name) > 40 {
		return false
	}
	words := strings.Fields(name)
	return len(words) == 1 || len(words) == 3 && (words[1] == "-" || words[1] == "–")
}

// isCommentsHeading reports the heading of a comments section: "Comments",
// "COMMENTS (47)", "23 Comments", "184 comments, displaying oldest first",
// a count with the story's headline, "12 Responses to “…”", and the badge
// of a forum's member over a reply, "Senior Member".
func isCommentsHeading(u string) bool {
	if isCountedReplies(u) || isForumBadge(u) || isNumberedHandle(u) || isCommentsOnTitle(u) {
		return true
	}
	if len(u) > 60 || endsSentence(u) {
		return false
	}
	var wb wordBuf
	l := wb.lower(strings.TrimSpace(u))
	l = strings.TrimLeft(l, "0123456789 ")
	if head, _, ok := strings.Cut(l, ","); ok {
		l = head
	}
	l = strings.TrimRight(l, "0123456789() :")
	switch l {
	case "comments", "comment", "reader comments", "readers' comments", "readers’ comments", "discussion", "responses":
		return true
	}
	return false
}

// isCommentsOnTitle reports a blog's count of comments on its post, the
// post's title quoted after it: "11 Comments for “Envoy doubts the
// port”", "3 Responses to “…”", "5 thoughts on “…”".
func isCommentsOnTitle(u string) bool {
	// The count opens the line: a digit, or "one" or "no" in any case
	// (no other letter lowers to an o or an n).
	if s := strings.TrimLeftFunc(u, unicode.IsSpace); s == "" || strings.IndexByte("0123456789oOnN", s[0]) < 0 {
		return false
	}
	var words [4]string
	if firstFields(u, words[:]) < 4 {
		return false
	}
	n, what, on := strings.ToLower(words[0]), strings.ToLower(words[1]), strings.ToLower(words[2])
	if n != "one" && n != "no" && !lex.IsNumber(n) {
		return false
	}
	switch what {
	case "comment", "comments", "response", "responses", "thought", "thoughts", "reply", "replies":
	default:
		return false
	}
	r, _ := utf8.DecodeRuneInString(words[3]) // a quotation mark, which no capital lowers to
	return (on == "for" || on == "on" || on == "to") && (r == '“' || r == '"' || r == '‘' || r == '\'')
}

// isNumberedHandle reports the first line of a numbered comment: its
// number and its writer's handle, in lower case as handles are ("1.
// jpmichigan", "12. dave_77"). A story's own numbered item is a word or
// more in capitals.
func isNumberedHandle(u string) bool {
	u = strings.TrimSpace(u)
	if len(u) > maxNumber+len(". ")+maxHandle {
		return false // (a paragraph, not searched for its first ". ")
	}
	num, handle, ok := strings.Cut(u, ". ")
	if !ok || num == "" || len(num) > maxNumber || len(handle) < 2 || len(handle) > maxHandle {
		return false
	}
	if !lex.IsNumber(num) {
		return false
	}
	for _, r := range handle {
		if !('a' <= r && r <= 'z' || '0' <= r && r <= '9' || r == '_' || r == '-' || r == '.') {
			return false
		}
	}
	return true
}

// maxNumber and maxHandle are the longest number and handle
// isNumberedHandle reads.
const maxNumber, maxHandle = 4, 30

// isCountedReplies reports the heading blogs print over their comments: a
// count, a word for the replies and the headline they answer ("3 thoughts
// on “…”", "One Response to “…”"). The headline may end as a sentence does.
func isCountedReplies(u string) bool {
	if len(u) > 300 {
		return false
	}
	count, rest, _ := strings.Cut(u, " ")
	if count != "One" && count != "one" && (count == "" || strings.TrimLeft(count, "0123456789") != "") {
		return false
	}
	noun, rest, _ := strings.Cut(rest, " ")
	prep, headline, _ := strings.Cut(rest, " ")
	if prep != "to" && prep != "on" || headline == "" {
		return false
	}
	switch strings.ToLower(noun) {
	case "responses", "response", "thoughts", "thought", "comments", "comment", "replies", "reply", "reactions":
		return true
	}
	return false
}

// listHeadings start the headings of lists of other stories.
var listHeadings = []string{
	"related", "more on ", "more in ", "more from ", "more stories", "most read", "most popular",
	"most viewed", "most shared", "read more", "see also", "also read", "recommended", "top stories",
	"you may also like", "you might also like", "editor's picks", "editors' picks", "suggested articles",
	"suggested stories", "suggested reading", "around the web", "from around the web", "elsewhere on the web", "further reading",
}

// isListHeading reports the heading of a list of other stories: "Related",
// "More on this story", "MOST READ IN NEWS", "Read more:", "More in Europe
// (1 of 24 articles)".
func isListHeading(u string) bool {
	if len(u) > 60 || countWords(u, 9) > 8 || endsSentence(u) {
		return false
	}
	var wb wordBuf
	l := wb.lower(strings.TrimSpace(u))
	for _, h := range listHeadings {
		if strings.HasPrefix(l, h) {
			return true
		}
	}
	return false
}
