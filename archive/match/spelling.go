package match

import "strings"

// speller decides when two words are one word spelt two ways: British and
// American spellings (programme, behaviour, radicalise, defence), a typo
// or a plural of one letter (tactitian, frontrunners), contractions
// (it's, it has), and words joined or split (frontrunner, front-runner).
type speller struct{}

// britishEndings map a British ending to the American one.
var britishEndings = [][2]string{
	{"isation", "ization"}, {"ise", "ize"}, {"ised", "ized"}, {"ises", "izes"}, {"ising", "izing"},
	{"yse", "yze"}, {"ysed", "yzed"}, {"our", "or"}, {"ours", "ors"}, {"oured", "ored"}, {"ouring", "oring"},
	{"tre", "ter"}, {"tres", "ters"}, {"ence", "ense"}, {"ogue", "og"}, {"amme", "am"}, {"ammes", "ams"},
	{"lled", "led"}, {"lling", "ling"}, {"ller", "ler"},
}

// american folds a British spelling to the American one.
func american(w string) string {
	for _, e := range britishEndings {
		if strings.HasSuffix(w, e[0]) && len(w) > len(e[0])+2 {
			return w[:len(w)-len(e[0])] + e[1]
		}
	}
	return w
}

// equal reports two forms of one word.
func (s speller) equal(a, b string) bool {
	if a == b {
		return true
	}
	return american(a) == american(b) || s.near(a, b)
}

// near reports long words one letter apart: a typo or a plural.
func (speller) near(a, b string) bool {
	return min(len(a), len(b)) >= 5 && len(a)-len(b) <= 1 && len(b)-len(a) <= 1 && editDistanceOne(a, b)
}

// contracted are the endings a contraction keeps of the word it drops.
var contracted = map[string][]string{"s": {"is", "has"}, "nt": {"not"}, "ll": {"will"}, "re": {"are"},
	"ve": {"have"}, "d": {"would", "had"}, "m": {"am"}}

// joined reports whether the words a and b written together are the word
// c: "front runner" for "frontrunner", "it has" for "its" (it's), "do not"
// for "dont".
func (s speller) joined(a, b, c string) bool {
	if a == "" || c == "" || a[0] != c[0] {
		return false
	}
	if len(a) >= 2 && len(b) >= 2 && len(a)+len(b) >= len(c)-1 && len(a)+len(b) <= len(c)+1 && s.equal(a+b, c) {
		return true
	}
	if !strings.HasPrefix(c, a) {
		return false
	}
	for _, full := range contracted[c[len(a):]] {
		if b == full {
			return true
		}
	}
	return false
}

// editDistanceOne reports words one letter apart: one changed, added,
// dropped, or two neighbours swapped.
func editDistanceOne(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	switch len(b) - len(a) {
	case 0:
		diff := -1
		for i := 0; i < len(a); i++ {
			if a[i] != b[i] {
				if diff >= 0 {
					return diff == i-1 && a[diff] == b[i] && a[i] == b[diff] && a[i+1:] == b[i+1:]
				}
				diff = i
			}
		}
		return true
	case 1:
		i := 0
		for i < len(a) && a[i] == b[i] {
			i++
		}
		return a[i:] == b[i+1:]
	}
	return false
}
