package model

import (
	"cmp"
	"slices"
	"strings"
)

// The same person across a library: stories write one name in several
// ways ("George Bush", "George W. Bush"; "Ashfaq Pervez Kayani",
// "Ashfaq Parvez Kayani"), and each story's people are merged only within
// it. Names are merged across stories when they agree on the surname and
// their given names are compatible: the same words, one's words a part of
// the other's, an initial for a name, or a name transliterated two ways. A
// story that names two people keeps them apart everywhere ("Zine Ben Ali"
// and "Leila Ben Ali"; "George Bush" can then join only one of two
// compatible fuller names).

// nameKey is a full name read for merging.
type nameKey struct {
	name    string
	surname string   // the last word, plain
	given   []string // the words before it, plain, particles left out
	stories []int    // the stories that name it, in order
	weight  int      // mentions over all stories
}

// plain writes a name word for comparing: folded, letters and digits
// only ("N'Dour", "Ndour": "ndour"); an initial stays an initial ("W.").
func plain(w string) string {
	w = Fold(w)
	if isInitial(w) {
		return w
	}
	b := make([]byte, 0, len(w))
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
			b = append(b, c)
		}
	}
	return string(b)
}

// isInitial reports a word that is initials: "W.", "H.W.".
func isInitial(w string) bool { return len(w) >= 2 && w[len(w)-1] == '.' && len(w) <= 6 }

// mergeParticles are the particles left out when names are compared:
// "Zine el-Abidine", "Zine al-Abidine" and "Zine el Abidine" are one.
var mergeParticles = map[string]bool{"el": true, "al": true, "ul": true, "ud": true, "ur": true, "bin": true, "ibn": true,
	"de": true, "da": true, "di": true, "del": true, "la": true, "le": true, "van": true, "von": true, "der": true}

// keyOf reads a full name for merging, or false for a one-word name.
func keyOf(name string) (nameKey, bool) {
	var words []string
	for _, w := range strings.Fields(name) {
		for _, part := range strings.Split(w, "-") {
			if part != "" && !mergeParticles[Fold(part)] {
				words = append(words, plain(part))
			}
		}
	}
	if len(words) < 2 {
		return nameKey{}, false
	}
	return nameKey{name: name, surname: words[len(words)-1], given: words[:len(words)-1]}, true
}

// givenAgree reports whether two names' given words are compatible: the
// first agree, and each word of the shorter agrees, in order, with a word
// of the longer; an initial agrees with a word of its letter.
func givenAgree(a, b []string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) == 0 || !wordAgrees(a[0], b[0]) {
		return false
	}
	j := 1
	for _, w := range a[1:] {
		for j < len(b) && !wordAgrees(w, b[j]) {
			j++
		}
		if j == len(b) {
			return false
		}
		j++
	}
	return true
}

// wordAgrees reports whether two given names agree: the same, an initial
// and a name of its letter, or one name transliterated two ways, which
// differ by one letter in five or more ("Pervez", "Parvez"; not "Hassan"
// and "Hussein").
func wordAgrees(a, b string) bool {
	switch {
	case a == b:
		return true
	case isInitial(a) != isInitial(b):
		return a[0] == b[0] && (len(a) == 2 || len(b) == 2)
	case isInitial(a):
		return false
	}
	return len(a) >= 5 && len(b) >= 5 && OneEditApart(a, b)
}

// OneEditApart reports whether one letter changed, added or dropped makes
// a of b; two equal words are not.
func OneEditApart(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 || a == b {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if len(a) == len(b) {
		return a[i+1:] == b[i+1:]
	}
	return a[i:] == b[i+1:]
}

// mergeNames groups the full names of a library that name one person,
// and returns for each name the name its group goes by: the fullest
// ("George W. Bush" over "George Bush", which may also be his father's),
// then the most mentioned, then the longest.
func mergeNames(keys []nameKey) map[string]string {
	// compatible names share the surname and the given name's first
	// letter: only those are compared
	buckets := map[string][]int{}
	for i, k := range keys {
		b := k.surname + " " + k.given[0][:1]
		buckets[b] = append(buckets[b], i)
	}
	groups := make([][]int, len(keys))
	of := make([]int, len(keys))
	for i := range keys {
		groups[i], of[i] = []int{i}, i
	}
	for _, members := range buckets {
		for x, a := range members {
			for _, b := range members[x+1:] {
				ga, gb := of[a], of[b]
				if ga != gb && joinable(keys, groups[ga], groups[gb]) {
					for _, m := range groups[gb] {
						of[m] = ga
					}
					groups[ga], groups[gb] = append(groups[ga], groups[gb]...), nil
				}
			}
		}
	}
	out := make(map[string]string, len(keys))
	for _, g := range groups {
		if len(g) < 2 {
			continue
		}
		best := slices.MaxFunc(g, func(a, b int) int {
			if c := cmp.Compare(len(keys[a].given), len(keys[b].given)); c != 0 {
				return c
			}
			if c := cmp.Compare(keys[a].weight, keys[b].weight); c != 0 {
				return c
			}
			return cmp.Compare(len(keys[a].name), len(keys[b].name))
		})
		for _, m := range g {
			out[keys[m].name] = keys[best].name
		}
	}
	return out
}

// joinable reports whether two groups of names are one person: every
// name of one agrees with every name of the other, and no story names
// people of both.
func joinable(keys []nameKey, a, b []int) bool {
	for _, x := range a {
		for _, y := range b {
			kx, ky := &keys[x], &keys[y]
			if kx.surname != ky.surname || !givenAgree(kx.given, ky.given) || sharesStory(kx.stories, ky.stories) {
				return false
			}
		}
	}
	return true
}

// sharesStory reports whether two sorted lists of stories meet.
func sharesStory(a, b []int) bool {
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] == b[j]:
			return true
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return false
}

// shortNameOwner returns the full name a story's short name stands for
// (a bare surname, "Kayani"; a surname of two words, "Ben Ali"): the one
// full name of the library that ends in it, else the one of those that
// other stories call by it (calledBy), as they called Zine el-Abidine Ben
// Ali "Ben Ali" and Leila Ben Ali never.
func shortNameOwner(name string, fulls, calledBy []string) (string, bool) {
	var owners []string
	for _, f := range fulls {
		if len(f) > len(name) && endsInWords(f, name) {
			owners = append(owners, f)
		}
	}
	if len(owners) > 1 {
		owners = slices.DeleteFunc(owners, func(f string) bool { return !slices.Contains(calledBy, f) })
	}
	if len(owners) != 1 {
		return "", false
	}
	return owners[0], true
}

// endsInWords reports whether name ends in the words of short, on a
// word boundary, in any case: "Zine Ben Ali" ends in "ben ali".
func endsInWords(name, short string) bool {
	cut := len(name) - len(short)
	return cut > 0 && name[cut-1] == ' ' && strings.EqualFold(name[cut:], short)
}
