package page

import (
	"strings"
	"sync/atomic"
	"unicode"
)

// pastChromeSeen is what pastChrome found last: the lines it read (up to
// and including the first that is no chrome), how many units there were,
// and the index it returned.
type pastChromeSeen struct {
	lines []string
	n, at int
}

// lastPastChrome is the last pastChrome, for the headline rules, four of
// which ask it of the same units in turn (issue 14: a tenth of the page
// stage went on reading the top line as chrome four times over). It is
// shared by the goroutines that read pages; a lookup that finds another
// page's answer reads the lines again.
var lastPastChrome atomic.Pointer[pastChromeSeen]

// pastChromeOnce is pastChrome: the index depends only on the lines up to
// it and on len(units), so an answer whose lines are the same strings is
// the answer.
func pastChromeOnce(units []string) int {
	if seen := lastPastChrome.Load(); seen != nil && seen.n == len(units) && sameLines(seen.lines, units) {
		return seen.at
	}
	i := 0
	for i < len(units) && (isChrome(units[i]) || strings.IndexFunc(units[i], unicode.IsLetter) < 0) {
		i++
	}
	read := min(i+1, len(units))
	lastPastChrome.Store(&pastChromeSeen{lines: append([]string(nil), units[:read]...), n: len(units), at: i})
	return i
}

// sameLines reports whether units opens with lines.
func sameLines(lines, units []string) bool {
	if len(lines) > len(units) {
		return false
	}
	for j, l := range lines {
		if units[j] != l {
			return false
		}
	}
	return true
}
