package page

import (
	"regexp"
	"slices"
	"strings"

	"cables/content/rule"
)

// A whole line is site chrome when one rule of chromeRules fires. The
// general rules hold for every site; the furniture of one site is one
// rule here, site-furniture, that reads sites.txt. A new kind of chrome
// line is a rule at its place in the table, with an example line written
// for cables, which TestChromeRules reads (chromerules_test.go); a new
// phrase of a kind already here goes in chromeLines, chrome-phrases.txt
// or sites.txt.

// chromeCase is a line, trimmed of bullets and arrows, and its lower case.
type chromeCase struct {
	line, lower string
	listItem    bool // a bullet stood before it
}

// isChrome reports whether a whole line is site chrome.
func isChrome(line string) bool { return isChromeOf(line, "") }

// isChromeOf is isChrome for a caller that has the line's lower case, or
// "" when it has not. A line read lately is answered from chromeMemo.
func isChromeOf(line, lower string) bool { return chromeOf(line, lower, chromeMemoLine) }

// isChromeAskedAgain is isChrome for a line the unit rules ask of again
// whatever its length, as chromeTail's last line is: the paragraph the
// tail stops at was read by the chrome rules twice (issue 14 item 12: 6 %
// of the bytes the chrome rules read in a first export of the 10k
// gencorpus library), as the memo keeps no line over chromeMemoLine; it
// keeps this one up to chromeMemoAskedAgain.
func isChromeAskedAgain(line string) bool { return chromeOf(line, "", chromeMemoAskedAgain) }

// chromeOf is isChromeOf keeping the verdict on a line up to
// longest bytes.
func chromeOf(line, lower string, longest int) bool {
	slot := chromeSlot(line)
	if chrome, ok := rememberedChrome(slot, line); ok {
		return chrome
	}
	chrome := decideChrome(line, lower)
	rememberChrome(slot, line, chrome, longest)
	return chrome
}

// decideChrome is isChromeOf, asking the rules.
func decideChrome(line, lower string) bool {
	c := chromeCaseOfLower(line, lower)
	if c.line == "" {
		return true
	}
	_, fired := chromeRules.Decide(&c)
	return fired.Rule != ""
}

// chromeCaseOf trims a line of bullets and arrows: "• Read more »".
func chromeCaseOf(line string) chromeCase { return chromeCaseOfLower(line, "") }

// chromeCaseOfLower is chromeCaseOf given the line's lower case, or "";
// a line that loses nothing to trimming keeps it.
func chromeCaseOfLower(line, lower string) chromeCase {
	start := strings.TrimLeft(line, " \t")
	c := chromeCase{line: strings.TrimSpace(strings.TrimRight(strings.TrimLeft(start, "•·*-–—>|#▶►"), " »›→<‹«"))}
	if c.line != "" {
		c.lower = lower
		if c.line != line || lower == "" {
			c.lower = lowerText(c.line)
		}
		c.listItem = strings.HasPrefix(start, "•") || strings.HasPrefix(start, "·")
	}
	return c
}

var chromeRules = rule.Table[*chromeCase, bool]{Decision: "chrome", Rules: []rule.Rule[*chromeCase, bool]{
	{Name: "breadcrumb", Verdict: true, Match: (*chromeCase).breadcrumb,
		Example: "Home › World › Africa"},
	{Name: "style-rule", Verdict: true, Match: (*chromeCase).styleRule,
		Example: "#header img {margin: 0 auto !important; border: none}"},
	{Name: "script-code", Verdict: true, Match: (*chromeCase).scriptCode,
		Example: "adslot.cmd.push(function() { adslot.show('top1'); });"},
	{Name: "script-setting", Verdict: true, Match: (*chromeCase).scriptSetting,
		Example: "interval: 6000,"},
	{Name: "story-link-line", Verdict: true, Match: (*chromeCase).storyLinkLine,
		Example: "Envoy doubted the port deal | Ministers wary of the cables 24-Mar-17, 10:45 AM | Jane Roe, Kandia Post"},
	{Name: "author-bio", Verdict: true, Match: (*chromeCase).authorBio,
		Example: "Jane Roe is an associate editor at the Kandia Post. Twitter: @janeroe"},
	{Name: "site-furniture", Verdict: true, Match: (*chromeCase).siteFurniture,
		Example: "Story Highlights"},
	{Name: "ends-click-here", Verdict: true, Match: (*chromeCase).endsClickHere,
		Example: "To read the full cable, click here."},
	{Name: "contributor-credit", Verdict: true, Match: (*chromeCase).contributorCredit,
		Example: "Tomas Berg in Lusaka contributed reporting."},
	{Name: "chrome-pattern", Verdict: true, Match: (*chromeCase).chromePattern,
		Example: "Sign in to comment"},
	{Name: "contact-line", Verdict: true, Match: (*chromeCase).contactLine,
		Example: "*Call Port Row at 202/636-3297 or e-mail portrow@example.com."},
	{Name: "rights-notice", Verdict: true, Match: (*chromeCase).rightsNotice,
		Example: "Example Press 2011. All rights reserved."},
	{Name: "count-list-item", Verdict: true, Match: (*chromeCase).countListItem,
		Example: "• Lusaka Embassy - 1,204."},
	{Name: "outlet-credit", Verdict: true, Match: (*chromeCase).outletCredit,
		Example: "From The Example Herald"},
	{Name: "forum-badge", Verdict: true, Match: (*chromeCase).forumBadge,
		Example: "Senior Member"},
	{Name: "page-label", Verdict: true, Match: (*chromeCase).pageLabel,
		Example: "Tag Archives: embassy cables"},
	{Name: "furniture-dense", Verdict: true, Match: (*chromeCase).furnitureDense,
		Example: "Readers who subscribe may comment once logged in; see our community guidelines."},
}}

// breadcrumb: a navigation trail, "Home | World | Asia".
func (c *chromeCase) breadcrumb() (string, bool) { return c.line, isBreadcrumb(c.line) }

// styleRule: a page's style sheet left in its text, "#header img
// {margin: 0 auto;}": no sentence holds a brace and a colon.
func (c *chromeCase) styleRule() (string, bool) {
	i := strings.IndexByte(c.line, '{')
	return c.line, i >= 0 && strings.IndexByte(c.line[i:], ':') > 0 && strings.ContainsAny(c.line[i:], ";}")
}

// scriptCode: a page's script left in its text, "ads.push(function() {
// ads.show('top'); });": a function's braces, and a semicolon at the end.
func (c *chromeCase) scriptCode() (string, bool) {
	i := strings.IndexByte(c.line, '{')
	if i < 0 || !strings.HasSuffix(c.line, ";") {
		return "", false
	}
	head := strings.TrimRight(c.line[:i], " ")
	return c.line, strings.HasSuffix(head, ")") && strings.Contains(head, "function")
}

// scriptSetting: a line of a script's settings, "interval: 6000,", "theme:
// {", "new Widget({": a key in lower case, a colon and a value of a word or
// two, or a line that opens a block; no sentence ends on a brace.
func (c *chromeCase) scriptSetting() (string, bool) {
	line := c.line
	if strings.HasSuffix(line, "{") {
		return line, true
	}
	if line == "" || len(line) > maxScriptSetting || line[0] < 'a' || line[0] > 'z' {
		return "", false
	}
	key, value, ok := strings.Cut(line, ": ")
	if !ok || !identifier(key) || strings.Count(value, " ") > 1 {
		return "", false
	}
	// a script's value: a list goes on, a quoted string, a number or a
	// truth value; not an interview's answer ("al-Rashid: Many times.")
	v := strings.TrimSuffix(value, ",")
	return line, strings.HasSuffix(value, ",") || strings.HasPrefix(v, "‘") || strings.HasPrefix(v, "'") || strings.HasPrefix(v, "\"") ||
		v == "true" || v == "false" || strings.Trim(v, "0123456789.") == ""
}

// identifier reports a script's name: letters, digits and underscores.
func identifier(w string) bool {
	for i := 0; i < len(w); i++ {
		if b := w[i] | 0x20; !(b >= 'a' && b <= 'z') && !(w[i] >= '0' && w[i] <= '9') && w[i] != '_' {
			return false
		}
	}
	return w != ""
}

// maxScriptSetting is the longest line read as a script's setting.
const maxScriptSetting = 60

// storyLinkLine: a line listing other stories, their headlines set off by
// bars and a time of day after them ("… | Ministers wary 24-Mar-17, 10:45
// AM | Jane Roe, Kandia Post"): no sentence of a story holds a bar.
func (c *chromeCase) storyLinkLine() (string, bool) {
	first, last := strings.Index(c.line, " | "), strings.LastIndex(c.line, " | ")
	if first < 0 || strings.ContainsAny(c.line, "“”\"") {
		return "", false // (a live blog's entry quotes)
	}
	if credit := c.line[last+len(" | "):]; len(credit) > maxLinkCredit || strings.HasSuffix(credit, ".") {
		return "", false // after the last bar a byline, not a sentence ("12:05 PM | Minister X summons the envoy.")
	}
	// the time stands before the byline's bar, not first on a live
	// blog's entry ("Friday | 10:45 PM: Minister X told …")
	return c.line, hasClockTime(c.line[:last]) && !hasClockTime(c.line[first:min(len(c.line), first+16)])
}

// maxLinkCredit is the longest byline after a story link's last bar.
const maxLinkCredit = 60

// hasClockTime reports a time of day in s written with AM or PM: "10:45
// AM", "6:14pm".
func hasClockTime(s string) bool {
	for i := strings.IndexByte(s, ':'); i > 0; {
		if i+3 <= len(s) && isDigit(s[i-1]) && isDigit(s[i+1]) && isDigit(s[i+2]) {
			rest := strings.TrimLeft(s[i+3:], " ")
			if len(rest) >= 2 && (rest[0]|0x20 == 'a' || rest[0]|0x20 == 'p') && rest[1]|0x20 == 'm' {
				return true
			}
		}
		next := strings.IndexByte(s[i+1:], ':')
		if next < 0 {
			break
		}
		i += next + 1
	}
	return false
}

// authorBio: a line that tells who the writer is, "Jane Roe is an
// associate editor at the Kandia Post.": a name of two or three words, "is"
// or "was", and a trade of the press, at the line's start; two sentences
// at most, no quotation, and an address to reach the writer at ("Twitter:"
// or a handle, " @name"; not "his e-mails to the embassy", "whose Twitter
// account" nor an e-mail address a sentence gives), not a story's paragraph that introduces a reporter ("Sami Vell
// is a veteran reporter at the Post. In the cable, … “…”").
func (c *chromeCase) authorBio() (string, bool) {
	if len(c.line) > maxAuthorBio || strings.ContainsAny(c.line, "“”\"") || strings.Count(c.line, ". ") > 1 ||
		!strings.Contains(c.line, " @") && !strings.HasPrefix(c.line, "@") && !strings.Contains(c.lower, "twitter:") {
		return "", false // (a story's paragraph that introduces a reporter: no address to write to)
	}
	words := strings.Fields(c.line)
	n := 0
	for n < len(words) && n < 4 && startsUpperASCII(words[n]) {
		n++
	}
	if n < 2 || n > 3 || n+3 >= len(words) || words[n] != "is" && words[n] != "was" {
		return "", false
	}
	for _, w := range words[n+1 : min(len(words), n+6)] {
		switch strings.TrimRight(strings.ToLower(w), ".,") {
		case "editor", "reporter", "correspondent", "writer", "columnist", "journalist", "contributor", "blogger":
			return c.line, true
		}
	}
	return "", false
}

// maxAuthorBio is the longest line read as the writer's bio.
const maxAuthorBio = 240

// startsUpperASCII reports a word that opens with a capital A to Z.
func startsUpperASCII(w string) bool { return w != "" && w[0] >= 'A' && w[0] <= 'Z' }

// siteFurniture: a line of sites.txt, which one site prints.
func (c *chromeCase) siteFurniture() (string, bool) { return c.line, siteChrome(c.line, c.lower) }

// endsClickHere: a short line sending the reader elsewhere, "For reprints
// and permissions, click here."
func (c *chromeCase) endsClickHere() (string, bool) {
	return c.line, len(c.line) <= 160 && strings.HasSuffix(strings.TrimRight(c.lower, ".!:» "), "click here")
}

// contributorCredit: the sentence that credits a story's other reporters.
func (c *chromeCase) contributorCredit() (string, bool) { return c.line, isContributorCredit(c.lower) }

// chromePattern: a whole line that chromeLines matches, tried only on a
// line whose first word may start one.
func (c *chromeCase) chromePattern() (string, bool) {
	if len(c.line) > 200 || !mayBeChromeLine(c.lower) {
		return "", false
	}
	if chromeLineIndex().matchAny(c.lower) {
		return c.line, true
	}
	return "", false
}

// contactLine: a short line that asks the reader to call or write to the
// paper, with a number or an address ("*Call Port Row at 202/636-3297 or
// e-mail …"): no sentence of a story, which would quote such words.
func (c *chromeCase) contactLine() (string, bool) {
	if len(c.line) > 160 || containsAny(c.line, "“”\"") {
		return "", false
	}
	l := strings.TrimLeft(c.lower, "*•· ")
	if !slices.ContainsFunc(contactVerbs, func(v string) bool { return strings.HasPrefix(l, v) }) {
		return "", false
	}
	return c.line, emailAddress.MatchString(l) || phoneNumber.MatchString(l)
}

// contactVerbs open a line asking the reader to reach the paper.
var contactVerbs = []string{"call ", "phone ", "telephone ", "contact ", "email ", "e-mail ", "write to ", "reach "}

// phoneNumber and emailAddress are what a contact line gives: "202/636-3297",
// "(020) 7946 0018", "desk@example.com".
var (
	phoneNumber  = regexp.MustCompile(`\(?\d{2,4}\)?[-/. ]\d{3,4}[-. ]\d{3,4}\b`)
	emailAddress = regexp.MustCompile(`[a-z0-9._-]+@[a-z0-9-]+\.[a-z.]+`)
)

// rightsNotice: a short line that claims rights or points to app stores;
// not a story's sentence about copyright law ("the US expressed
// “frustration” at inaction on copyright reform") or an app pulled from a
// store.
func (c *chromeCase) rightsNotice() (string, bool) {
	l := c.lower
	return c.line, len(c.line) <= 320 && (claimsRights(l) || strings.Contains(l, "©")) ||
		len(c.line) <= 100 && (strings.Contains(l, "app store") || strings.Contains(l, "google play")) && !containsAny(l, "“”\"")
}

// claimsRights reports, on a lowercased line, "all rights reserved" or a
// copyrightNotice: both hold "right", one search that most lines fail
// (issue 14: a search for each was 1 % of exporting a library).
func claimsRights(l string) bool {
	return strings.Contains(l, "right") && (strings.Contains(l, "all rights reserved") || copyrightNotice(l))
}

// copyrightNotice reports a lowercased line that opens with "copyright",
// or names it before a year or a mark: "Copyright 2011 …", "(c) copyright
// (c) 2011".
func copyrightNotice(l string) bool {
	if strings.HasPrefix(l, "copyright") {
		return true
	}
	for rest := l; ; {
		i := strings.Index(rest, "copyright")
		if i < 0 {
			return false
		}
		rest = strings.TrimLeft(rest[i+len("copyright"):], " ")
		if rest != "" && (rest[0] >= '0' && rest[0] <= '9' || strings.HasPrefix(rest, "(c)") || strings.HasPrefix(rest, "©")) {
			return true
		}
	}
}

// furnitureDense: three chrome phrases per forty words, at least two of
// them, for long lines such as comment policies.
func (c *chromeCase) furnitureDense() (string, bool) {
	return c.line, chromeStarts(c.line, 2) >= 2 && phraseDensity(c.line) >= 3
}

// countListItem: an item of a sidebar list that counts things by name,
// such as the cables sent from each post: "• Harare Embassy - 1,204.",
// or without its bullet, a count of two digits or more, "Harare Embassy
// (1,204)".
func (c *chromeCase) countListItem() (string, bool) {
	if len(c.line) > 80 {
		return "", false
	}
	name, count, ok := countItem(c.line)
	if !ok || !c.listItem && len(strings.Trim(count, ",")) < 2 {
		return "", false
	}
	words := strings.Fields(name)
	if count == "" || strings.Trim(count, "0123456789,") != "" || len(words) > 5 || !allCapitalised(words) {
		return "", false
	}
	return c.line, !strings.ContainsAny(name, "0123456789")
}

// countItem cuts a line into a name and the count after it: "Harare
// Embassy - 1,204", "Harare Embassy (1,204)".
func countItem(line string) (name, count string, ok bool) {
	if open := strings.LastIndex(line, " ("); open > 0 && strings.HasSuffix(line, ")") {
		return line[:open], line[open+2 : len(line)-1], true
	}
	i := strings.LastIndex(line, " - ")
	if i < 0 {
		return "", "", false
	}
	return line[:i], strings.TrimRight(line[i+3:], "."), true
}

// outletCredit: a short line that credits the outlet a story was taken
// from, "From The Example Herald", or that a blog reposts, "The Example
// Star reports …": capitalised names, none of a headline's small words.
func (c *chromeCase) outletCredit() (string, bool) {
	if len(c.line) > 60 || containsAny(c.line, ",:;!?0123456789\"“”‘’") {
		return "", false
	}
	words := strings.Fields(c.line)
	var name []string
	switch last := words[len(words)-1]; {
	case words[0] == "From" && !strings.Contains(c.line, "."):
		name = words[1:]
	case (last == "…" || last == "...") && len(words) >= 3 && (words[len(words)-2] == "reports" || words[len(words)-2] == "writes"):
		name = words[:len(words)-2]
	}
	if len(name) == 0 || len(name) > 4 || !allCapitalised(name) {
		return "", false
	}
	for i, w := range name {
		if i > 0 && headlineWords[strings.ToLower(w)] {
			return "", false
		}
	}
	return c.line, true
}

// pageLabel: a label a site prints over its pages rather than a line of
// the story: a menu's name ("Categories Menu"), an archive's heading ("Tag
// Archives: embassy cables", "Posts Tagged ‘cables’"), or the markup of a
// tag a copy left behind ('xml:space="preserve">').
func (c *chromeCase) pageLabel() (string, bool) {
	return c.line, isMenuName(c.line) || isArchiveHeading(c.lower) || isMarkupLeft(c.line)
}

// isMenuName reports up to three capitalised words ending in "Menu":
// "Pages Menu", "Main Menu".
func isMenuName(line string) bool {
	if len(line) > 40 || !strings.HasSuffix(line, " Menu") {
		return false
	}
	words := strings.Fields(line)
	return len(words) <= 3 && allCapitalised(words)
}

// archiveHeadings open the heading of a blog's list of posts.
var archiveHeadings = []string{"tag archives:", "category archives:", "author archives:", "monthly archives:", "archive for ", "posts tagged ", "posts tagged:"}

// isArchiveHeading reports, on a lowercased line, the heading of a blog's
// archive of posts.
func isArchiveHeading(l string) bool {
	if len(l) > 100 {
		return false
	}
	for _, h := range archiveHeadings {
		if strings.HasPrefix(l, h) {
			return true
		}
	}
	return false
}

// isMarkupLeft reports a line that is only a tag's attributes and its
// end, left by a copy of a page's markup: 'xml:space="preserve">'.
func isMarkupLeft(line string) bool {
	return len(line) <= 80 && strings.Contains(line, `="`) && strings.HasSuffix(line, ">") && !strings.Contains(line, " ")
}

// forumBadge: the rank a forum prints over each post, "Senior Member".
func (c *chromeCase) forumBadge() (string, bool) { return c.line, isForumBadge(c.line) }

// isForumBadge reports the rank a forum prints over each post: up to three
// capitalised words ending in Member, "Senior Member", "Expert Member". A
// badge under the story starts its replies (isCommentsHeading).
func isForumBadge(line string) bool {
	if len(line) > 32 || !strings.HasSuffix(line, " Member") {
		return false
	}
	words := strings.Fields(line)
	return len(words) <= 3 && allCapitalised(words)
}
