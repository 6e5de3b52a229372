package page

import (
	"strings"

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
// story starts at rest. title is -1 on a page without a headline.
type headlinePlace struct{ above, title, rest int }

var headlineRules = rule.Table[[]string, headlinePlace]{Decision: "headline", Rules: []rule.Rule[[]string, headlinePlace]{
	{Name: "under-masthead", Find: underMasthead,
		Example: "Example Times\nHome | World | Africa | Opinion\nSign in\n\nEnvoys saw the minister as isolated\n\n" + exampleBody},
	{Name: "under-section-label", Find: underSectionLabel,
		Example: "World\n\nEnvoys saw the minister as isolated\n\n" + exampleBody},
	{Name: "under-blog-name", Find: underBlogName,
		Example: "Example Notes – the port seen from the harbour\n\nA saying of the harbour master\n\nEnvoys saw the minister as isolated\n\nPosted by janeroe on March 3, 2011\n\n" + exampleBody},
	{Name: "first-line", Find: firstLine,
		Example: "Envoys saw the minister as isolated\n\n" + exampleBody},
}}

// exampleBody is the story under the example pages of the headline rules.
const exampleBody = "The ambassador wrote in a long cable from the capital that the minister, who had lost two votes in parliament and the backing of his own party, was isolated and would soon resign.\n\nThe minister said on Tuesday that he had never met the ambassador."

// underMasthead finds the headline under a masthead, its menus and chrome
// (pageTop), past date lines and a section label.
func underMasthead(units []string) (headlinePlace, string, bool) {
	top := pageTop(units)
	if top <= 0 {
		return headlinePlace{}, "", false
	}
	t := top + headlineAfterChrome(units[top:])
	return headlinePlace{above: top, title: t, rest: t + 1}, units[t], true
}

// underSectionLabel finds the headline under a section label or a date
// line (headlineUnderLabel).
func underSectionLabel(units []string) (headlinePlace, string, bool) {
	t := headlineUnderLabel(units)
	if t <= 0 {
		return headlinePlace{}, "", false
	}
	return headlinePlace{title: t, rest: t + 1}, units[t], true
}

// underBlogName finds a post's title under a blog's name and motto
// (headlineUnderBlogName).
func underBlogName(units []string) (headlinePlace, string, bool) {
	t := headlineUnderBlogName(units)
	if t <= 0 {
		return headlinePlace{}, "", false
	}
	return headlinePlace{title: t, rest: t + 1}, units[t], true
}

// firstLine takes the first line after chrome as the headline, unless it
// is a date line or the story's opening paragraph: then the page has no
// headline. It always fires.
func firstLine(units []string) (headlinePlace, string, bool) {
	i := 0
	for i < len(units) && isChrome(units[i]) {
		i++
	}
	if i < len(units) {
		if _, isDate := parseDateLine(units[i]); !isDate && !isOpeningParagraph(units[i]) {
			return headlinePlace{above: i, title: i, rest: i + 1}, units[i], true
		}
	}
	return headlinePlace{above: i, title: -1, rest: i}, "", true
}

// titleRules take furniture off a headline: each rule that fires, in
// order, gives the headline without what it found.
var titleRules = rule.Table[string, string]{Decision: "headline furniture", Rules: []rule.Rule[string, string]{
	{Name: "reading-label", Find: withoutReadingLabel,
		Example: "You're reading: Envoys saw the minister as isolated"},
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
