package page

import (
	_ "embed"
	"fmt"
	"regexp"
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

// siteChrome reports whether a line, trimmed as isChrome trims it and in
// lower case, is furniture of one of the sites of sites.txt.
func siteChrome(trimmed, lower string) bool {
	for _, r := range siteRules {
		if len(trimmed) <= r.longest && r.filter.mayMatch(lower) && r.line.MatchString(lower) {
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
