// Package listtest writes text that holds every word of some word lists,
// for the tests of content/attrib and content/people that check the
// lexer's list marks against the lists' maps.
package listtest

import (
	"slices"
	"strings"
)

// Paragraphs writes the words of the sets, sorted, twelve to a paragraph,
// each in one of the six ways a story writes a word (as listed,
// capitalised, in capitals and possessive, inside quotes, before a
// period, and possessive before a hyphenated copy of itself), and ends
// each paragraph with words no list holds.
func Paragraphs(sets ...map[string]bool) []string {
	var all []string
	for _, set := range sets {
		for w := range set {
			all = append(all, w)
		}
	}
	slices.Sort(all)
	var paras []string
	for i := 0; i < len(all); i += 12 {
		var b strings.Builder
		for k, w := range all[i:min(i+12, len(all))] {
			switch k % 6 {
			case 0:
				b.WriteString(w + " ")
			case 1:
				b.WriteString(strings.ToUpper(w[:1]) + w[1:] + ", ")
			case 2:
				b.WriteString(strings.ToUpper(w) + "'s ")
			case 3:
				b.WriteString("“" + w + "” ")
			case 4:
				b.WriteString(w + ". Then ")
			case 5:
				b.WriteString(w + "’s port-" + w + " ")
			}
		}
		paras = append(paras, b.String()+"the envoy said İstanbul ÇOK Qadir.")
	}
	return paras
}
