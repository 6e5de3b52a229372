package page

import (
	"strconv"
	"strings"

	"cables/content/lex"
	"cables/content/rule"
)

// A plain-text page's headline is found by the first rule of headlineRules
// that fires: under a masthead, under a section label, under a blog's name,
// or the first line. Then the rules of titleRules take, in their order,
// the furniture a page prints around the headline off it. A new kind of
// page top is a rule at its place in a table, with an example page written
// for cables, which TestHeadlineRules and TestTitleRules read
// (headlinerules_test.go).

// headlinePlace is where a page's headline stands: the lines from above
// up to title are the top of the page, whose date lines are kept; the
// story is the lines from rest up to end. title is -1 on a page without
// a headline.
type headlinePlace struct{ above, title, rest, end int }

var headlineRules = rule.Table[[]string, headlinePlace]{Decision: "headline", Rules: []rule.Rule[[]string, headlinePlace]{
	{Name: "under-its-trail", Find: underItsTrail,
		Example: "Home World Africa Envoys saw the minister as isolated\n\nEnvoys saw the minister as isolated\n\n" + exampleBody},
	{Name: "under-masthead", Find: underMasthead,
		Example: "Example Times\nHome | World | Africa | Opinion\nSign in\n\nEnvoys saw the minister as isolated\n\n" + exampleBody},
	{Name: "under-outlet-name", Find: underOutletName,
		Example: "Example Telegraph\n\nHome News World\n\nEnvoys saw the minister as isolated\n\n" + exampleBody},
	{Name: "under-section-label", Find: underSectionLabel,
		Example: "World\n\nEnvoys saw the minister as isolated\n\n" + exampleBody},
	{Name: "under-blog-name", Find: underBlogName,
		Example: "Example Notes – the port seen from the harbour\n\nA saying of the harbour master\n\nEnvoys saw the minister as isolated\n\nPosted by janeroe on March 3, 2011\n\n" + exampleBody},
	{Name: "over-repeated-opening", Find: overRepeatedOpening,
		Example: exampleOpening + "\n\nThe minister said on Tuesday that he had never met the ambassador.\n\nEnvoys saw the minister as isolated\n\n" + exampleOpening[:90]},
	{Name: "first-line", Find: firstLine,
		Example: "Envoys saw the minister as isolated\n\n" + exampleBody},
}}

// exampleBody is the story under the example pages of the headline rules.
const (
	exampleOpening = "The ambassador wrote in a long cable from the capital that the minister, who had lost two votes in parliament and the backing of his own party, was isolated and would soon resign."
	exampleBody    = exampleOpening + "\n\nThe minister said on Tuesday that he had never met the ambassador."
)

// underMasthead finds the headline under a masthead, its menus and chrome
// (pageTop), past date lines and a section label.
func underMasthead(units []string) (headlinePlace, string, bool) {
	top := pageTop(units)
	if top <= 0 {
		return headlinePlace{}, "", false
	}
	t := top + headlineAfterChrome(units[top:])
	return headlinePlace{above: top, title: t, rest: t + 1, end: len(units)}, units[t], true
}

// underItsTrail finds the headline under a navigation trail that ends
// with it, the sections before it run together: "Home World Africa
// Envoys saw …" over "Envoys saw …".
func underItsTrail(units []string) (headlinePlace, string, bool) {
	i := pastChrome(units)
	if i+1 >= len(units) {
		return headlinePlace{}, "", false
	}
	trail, t := units[i], units[i+1]
	before, ok := strings.CutSuffix(trail, t)
	if !ok || !strings.HasSuffix(before, " ") || !headlineShaped(t) || countWords(before, 7) > 6 || !allCapitalised(strings.Fields(before)) {
		return headlinePlace{}, "", false
	}
	return headlinePlace{above: i, title: i + 1, rest: i + 2, end: len(units)}, t, true
}

// underOutletName finds the headline under a line that is only an
// outlet's name ("Example Telegraph"), past a menu under it that opens
// with "Home" ("Home News World").
func underOutletName(units []string) (headlinePlace, string, bool) {
	i := pastChrome(units)
	if i+1 >= len(units) || !isOutletName(units[i]) {
		return headlinePlace{}, "", false
	}
	t := i + 1
	if isHomeMenu(units[t]) {
		t++
	}
	if t >= len(units) || !headlineShaped(units[t]) {
		return headlinePlace{}, "", false
	}
	return headlinePlace{above: i, title: t, rest: t + 1, end: len(units)}, units[t], true
}

// isOutletName reports a line that is only a newspaper's or a site's
// name: up to four capitalised words, the last one that ends such names
// ("Telegraph", "Gazette").
func isOutletName(u string) bool {
	if countWords(u, 5) > 4 {
		return false
	}
	words := strings.Fields(u)
	return len(words) >= 1 && len(words) <= 4 && allCapitalised(words) && !endsSentence(u) &&
		lex.OutletEndings[strings.ToLower(words[len(words)-1])]
}

// isHomeMenu reports a site's menu printed as a line of section names
// that opens with "Home": "Home News World".
func isHomeMenu(u string) bool {
	words := strings.Fields(u)
	return len(words) >= 2 && len(words) <= 6 && words[0] == "Home" && allCapitalised(words) && !endsSentence(u)
}

// headlineShaped reports a line set as a headline: two words or more, no
// sentence's end, not a date line.
func headlineShaped(u string) bool {
	n := countWords(u, 26)
	if n < 2 || n > 25 || len(u) > 160 || endsSentence(u) || hasSentenceStop(u) || isChrome(u) {
		return false
	}
	_, isDate := parseDateLine(u)
	return !isDate
}

// pastChrome returns the first line of a page that is no chrome, nor
// marks without a letter ("...").
func pastChrome(units []string) int { return pastChromeOnce(units) }

// underSectionLabel finds the headline under a section label or a date
// line (headlineUnderLabel).
func underSectionLabel(units []string) (headlinePlace, string, bool) {
	t := headlineUnderLabel(units)
	if t <= 0 {
		return headlinePlace{}, "", false
	}
	return headlinePlace{title: t, rest: t + 1, end: len(units)}, units[t], true
}

// underBlogName finds a post's title under a blog's name and motto
// (headlineUnderBlogName).
func underBlogName(units []string) (headlinePlace, string, bool) {
	t := headlineUnderBlogName(units)
	if t <= 0 {
		return headlinePlace{}, "", false
	}
	return headlinePlace{title: t, rest: t + 1, end: len(units)}, units[t], true
}

// firstLine takes the first line after chrome as the headline, unless it
// is a date line, a photo's caption or the story's opening paragraph: then
// the page has no headline. It always fires.
func firstLine(units []string) (headlinePlace, string, bool) {
	i := pastChrome(units)
	if i < len(units) {
		if _, isDate := parseDateLine(units[i]); !isDate && !isOpeningParagraph(units[i]) && !isCaption(units[i]) && !isLetterGreeting(units[i]) && !isLoneDateline(units[i]) {
			return headlinePlace{above: i, title: i, rest: i + 1, end: len(units)}, units[i], true
		}
	}
	return headlinePlace{above: i, title: -1, rest: i, end: len(units)}, "", true
}

// isLoneDateline reports a dateline on a line of its own ending in a
// colon, "New Delhi:", over the story it places.
func isLoneDateline(u string) bool {
	if !strings.HasSuffix(u, ":") {
		return false
	}
	place, _, _ := bodyDateline(strings.TrimSuffix(u, ":"))
	return place != ""
}

// isLetterGreeting reports a letter's greeting on a line of its own,
// "Dear Editor,": a letter to the paper opens there, under no headline.
func isLetterGreeting(u string) bool {
	return strings.HasPrefix(u, "Dear ") && strings.HasSuffix(u, ",") && countWords(u, 6) <= 5
}

// openingProbe is how many bytes of a page's first paragraph must open a
// later line for it to be read as the paragraph printed again.
const openingProbe = 40

// overRepeatedOpening finds the headline of a page that starts with the
// story's first paragraph and prints the headline after the story, over
// the first paragraph again (a teaser of the story under it, often cut
// short): the line set as a headline right above a line that opens with
// the page's first paragraph. The story is the lines above the headline.
func overRepeatedOpening(units []string) (headlinePlace, string, bool) {
	i := pastChrome(units)
	if i >= len(units) || len(units[i]) < 2*openingProbe || !endsSentence(units[i]) {
		return headlinePlace{}, "", false
	}
	opening := units[i]
	probe := opening[:openingProbe]
	for k := i + 2; k < len(units); k++ {
		if !strings.HasPrefix(units[k], probe) || !setAsHeadline(units[k-1]) {
			continue
		}
		again, key := textKey(units[k]), textKey(opening)
		if strings.HasPrefix(key, again) || strings.HasPrefix(again, key) {
			return headlinePlace{above: k - 1, title: k - 1, rest: i, end: k - 1}, units[k-1], true
		}
	}
	return headlinePlace{}, "", false
}

// titleRules take furniture off a headline: each rule that fires, in
// order, gives the headline without what it found.
var titleRules = rule.Table[string, string]{Decision: "headline furniture", Rules: []rule.Rule[string, string]{
	{Name: "reading-label", Find: withoutReadingLabel,
		Example: "You're reading: Envoys saw the minister as isolated"},
	{Name: "list-bullet", Find: withoutBullet,
		Example: "• Envoys saw the minister as isolated"},
	{Name: "trailing-bars", Find: withoutTrailingBars,
		Example: "Envoys saw the minister as isolated | |||||"},
	{Name: "site-name", Find: withoutSiteName,
		Example: "Envoys saw the minister as isolated | Example Times"},
}}

// trimTitle is a headline without the furniture of every rule of
// titleRules that fires, in the table's order.
func trimTitle(title string) string {
	for i := 0; i < len(titleRules.Rules); {
		trimmed, fired := titleRules.DecideFrom(title, i)
		if fired.Rule == "" {
			break
		}
		title = trimmed
		i = titleRules.Index(fired.Rule) + 1
	}
	return title
}

// withoutTrailingBars is a headline without the empty cells of a bar
// after it, "… | |||||": a menu the copy lost.
func withoutTrailingBars(title string) (string, string, bool) {
	t := strings.TrimRight(title, "| ")
	if t == title || !strings.HasSuffix(title, "|") || t == "" {
		return title, "", false
	}
	return t, title[len(t):], true
}

// withoutBullet is a headline without the bullet a list of a site's
// posts sets before it.
func withoutBullet(title string) (string, string, bool) {
	for _, b := range []string{"• ", "· ", "▪ ", "► "} {
		if t, ok := strings.CutPrefix(title, b); ok && t != "" {
			return strings.TrimSpace(t), b, true
		}
	}
	return title, "", false
}

// withoutReadingLabel is a headline without the label of a reading bar
// before it.
func withoutReadingLabel(title string) (string, string, bool) {
	lower := strings.ToLower(title)
	for _, label := range readingLabels {
		if strings.HasPrefix(lower, label) && len(title) > len(label) {
			return strings.TrimSpace(title[len(label):]), title[:len(label)], true
		}
	}
	return title, "", false
}

// The dates printed above a headline are the story's, taken before any
// under it, unless a rule of dateAboveRules passes one over. A new kind of
// date above a headline is a rule here, with an example written for cables
// (the date above, ¶, the date under the headline), which TestDateAboveRules
// reads.

// dateAbove is a date line above a headline and the page as the lines
// under the headline left it.
type dateAbove struct {
	s  *Page
	dl dateLine
	// before is the line above the date line, "" for none.
	before string
}

var dateAboveRules = rule.Table[*dateAbove, bool]{Decision: "date above the headline", Rules: []rule.Rule[*dateAbove, bool]{
	{Name: "weather-widget-date", Verdict: false, Match: weatherWidgetDate,
		Example: "8.2 C\nFebruary 27, 2021¶"},
	{Name: "masthead-date", Verdict: false, Match: mastheadDate,
		Example: "Saturday, December 5, 2026¶March 3, 2011"},
	{Name: "masthead-date-years-after-the-story", Verdict: false, Match: mastheadDateYearsAfter,
		Example: "Saturday, April 20, 2024¶In 2009 the ambassador wrote that the port was lost, and by 2010 it was."},
	{Name: "story-date-above", Verdict: true, Match: storyDateAbove,
		Example: "Friday, March 4, 2011¶03/03/2011"},
}}

// mastheadDate: a date of a later year than the story's date under the
// headline is the masthead's, the day the page was read ("Saturday,
// December 5, 2026" over a story of 2011). Within a year the date above
// stays the story's: the date under it may be a numeric one read the
// wrong way round.
func mastheadDate(c *dateAbove) (string, bool) {
	p := c.dl.published
	return p.String(), !c.s.Published.IsZero() && !p.IsZero() && p.Year() > c.s.Published.Year()
}

// mastheadDateYearsAfter: with no date under the headline, a date above
// it that comes many years after every year the story names is the
// masthead's, the day the page was read ("Saturday, April 20, 2024" over a
// story of the 2010 cables that names no year after 2010).
func mastheadDateYearsAfter(c *dateAbove) (string, bool) {
	p := c.dl.published
	if !c.s.Published.IsZero() || p.IsZero() {
		return "", false
	}
	latest := latestYearNamed(c.s.Paragraphs)
	return p.String(), latest >= leakYears && p.Year()-latest >= staleYears
}

// staleYears is how many years after the latest year a story names a date
// above its headline is the day the page was read, not the story's; and
// leakYears the earliest latest year that says so: a story of 2010 that
// names only 1998 may carry its own date.
const (
	staleYears = 10
	leakYears  = 2006
)

// latestYearNamed is the latest year from 1900 to 2099 that the
// paragraphs name, or 0.
func latestYearNamed(paras []string) int {
	latest := 0
	for _, p := range paras {
		for i := 0; i+4 <= len(p); i++ {
			if p[i] != '1' && p[i] != '2' || i > 0 && isDigit(p[i-1]) || i+4 < len(p) && isDigit(p[i+4]) {
				continue
			}
			if y, ok := number(p[i : i+4]); ok && y >= 1900 && y < 2100 {
				latest = max(latest, y)
			}
		}
	}
	return latest
}

// weatherWidgetDate: a date under a temperature ("8.2 C", "21°C") is a
// weather widget's, the day the page was read.
func weatherWidgetDate(c *dateAbove) (string, bool) {
	return c.before, isTemperature(c.before)
}

// isTemperature reports a line that is only a temperature: a number, a
// degree sign or not, and C or F.
func isTemperature(u string) bool {
	u = strings.TrimSpace(u)
	if len(u) < 2 || len(u) > 12 {
		return false
	}
	unit := u[len(u)-1]
	if unit != 'C' && unit != 'F' {
		return false
	}
	n := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(u[:len(u)-1]), "°"))
	n = strings.TrimPrefix(strings.TrimPrefix(n, "-"), "−")
	_, err := strconv.ParseFloat(n, 64)
	return err == nil && n != ""
}

// storyDateAbove: any other date above the headline is the story's.
func storyDateAbove(c *dateAbove) (string, bool) { return c.dl.published.String(), true }

// takeDatesAbove takes the dates printed above the headline that no rule
// of dateAboveRules passes over.
func takeDatesAbove(s *Page, above []dateUnit, monthFirst bool) {
	for _, u := range above {
		c := dateAbove{s: s, before: u.before}
		c.dl, _ = readDateLine(u.line, monthFirst)
		if take, _ := dateAboveRules.Decide(&c); !take {
			continue
		}
		if !c.dl.published.IsZero() {
			s.Published = c.dl.published
		}
		takeDateLine(s, c.dl)
	}
}
