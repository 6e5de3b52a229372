package ui

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// fuzzyScore reports whether every rune of pattern appears in text in
// order, ignoring case, and scores the match: consecutive runs and runs at
// word starts score higher, so "kay" ranks "Kayani" above "ok, say".
func fuzzyScore(pattern, text string) (int, bool) {
	if pattern == "" {
		return 0, true
	}
	score, run := 0, 0
	prev := ' '
	p := []rune(strings.ToLower(pattern))
	pi := 0
	for _, r := range text {
		if pi < len(p) && unicode.ToLower(r) == p[pi] {
			run++
			score += run
			if !unicode.IsLetter(prev) && !unicode.IsDigit(prev) {
				score += 3
			}
			pi++
		} else {
			run = 0
		}
		prev = r
	}
	if pi < len(p) {
		return 0, false
	}
	return score - utf8.RuneCountInString(text)/32, true
}
