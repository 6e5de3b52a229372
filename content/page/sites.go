package page

import (
	"cmp"
	_ "embed"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// siteRule is a line of furniture that one site prints.
type siteRule struct {
	site    string
	longest int // the longest line the pattern is tried on, in bytes
	line    *regexp.Regexp
	// filter is what every line the pattern matches has: a line without
	// it costs a comparison or two
	filter lineFilter
}

//go:embed sites.txt
var sitesFile string

// siteRules are the rules of sites.txt, read once.
var siteRules = mustSiteRules(sitesFile)

// siteRulesByLength are siteRules, those tried on the longest lines
// first, so that a line is not looked at by the rules too short for it
// (issue 14: a paragraph passed every rule's filter).
var siteRulesByLength = func() []siteRule {
	rules := slices.Clone(siteRules)
	slices.SortStableFunc(rules, func(a, b siteRule) int { return cmp.Compare(b.longest, a.longest) })
	return rules
}()

// siteChrome reports whether a line, trimmed as isChrome trims it and in
// lower case, is furniture of one of the sites of sites.txt.
func siteChrome(trimmed, lower string) bool {
	for _, r := range siteRulesByLength {
		if len(trimmed) > r.longest {
			return false // and longer than every rule after
		}
		if r.filter.mayMatch(lower) && r.line.MatchString(lower) {
			return true
		}
	}
	return false
}

// readSiteRules reads the table of site furniture: a comment at the top,
// then one rule a line, its site, longest line and pattern separated by
// tabs.
func readSiteRules(table string) ([]siteRule, error) {
	var rules []siteRule
	for n, line := range strings.Split(table, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		site, rest, ok1 := strings.Cut(line, "\t")
		longest, pattern, ok2 := strings.Cut(rest, "\t")
		size, err := strconv.Atoi(longest)
		if !ok1 || !ok2 || err != nil || site == "" || size <= 0 {
			return nil, fmt.Errorf("sites.txt:%d: want a site, a length and a pattern, separated by tabs", n+1)
		}
		re, err := regexp.Compile(`^(?:` + pattern + `)[.!]?$`)
		if err != nil {
			return nil, fmt.Errorf("sites.txt:%d: %v", n+1, err)
		}
		rules = append(rules, siteRule{site: site, longest: size, line: re, filter: newLineFilter(re)})
	}
	return rules, nil
}

func mustSiteRules(table string) []siteRule {
	rules, err := readSiteRules(table)
	if err != nil {
		panic("page: " + err.Error())
	}
	return rules
}
