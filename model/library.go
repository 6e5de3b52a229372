package model

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// Figure is one person across the whole library.
type Figure struct {
	Name     string
	Aliases  []string // every form used in any story, as the stories list them
	Stories  int      // stories that name them
	Quotes   int      // quotes they said
	Mentions int      // times named, over all stories
}

// QuoteRef points at one quote of a library: Stories[Story].QuoteAt(Quote).
type QuoteRef struct {
	Story, Quote int
}

// Library is the set of loaded stories and the people across them. The
// names of one person in different stories are merged (merge.go), and a
// bare surname joins the one full name that ends in it.
type Library struct {
	Stories []*Story
	figures []Figure
	// names gives, per story, its own names for people with the
	// library's: story i's are names[nameAt[i]:nameAt[i+1]], a few each,
	// as numbers, so that they are one array with nothing for a
	// collection to follow (issue 14: a map per story was a quarter of
	// making a library of 10,000; pairs of strings, a list per story, were
	// 35 MB of pointers at 100,000).
	names  []localName
	nameAt []int32
}

// localName is a story's person, by index in its People, and the figure
// that is the library's name for them.
type localName struct{ person, figure int32 }

// localNames is story si's names.
func (l *Library) localNames(si int) []localName {
	return l.names[l.nameAt[si]:l.nameAt[si+1]]
}

// canonical is the library's figure for a story's name, if the story has
// it.
func (l *Library) canonical(si int, local string) (int, bool) {
	people := l.Stories[si].People
	for _, n := range l.localNames(si) {
		if people[n.person].Name == local {
			return int(n.figure), true
		}
	}
	return 0, false
}

// NewLibrary indexes the stories' people.
func NewLibrary(stories []*Story) *Library {
	l := &Library{Stories: stories, nameAt: make([]int32, 1, len(stories)+1)}
	merged := mergeNames(fullNames(stories))
	libName := func(name string) string {
		if m, ok := merged[name]; ok {
			return m
		}
		return name
	}
	full := map[string][]string{} // surname → distinct multi-word library names
	seen := map[string]bool{}
	calledBy := map[string][]string{} // a story's short form → the library names it stood for
	for _, s := range stories {
		for _, p := range s.People {
			name := libName(p.Name)
			if strings.Contains(name, " ") && !seen[name] {
				seen[name] = true
				sn := SurnameOf(name)
				full[sn] = append(full[sn], name)
			}
			for _, a := range p.Aliases {
				if a != p.Name && !slices.Contains(calledBy[a], name) {
					calledBy[a] = append(calledBy[a], name)
				}
			}
		}
	}
	// A story's name stands for the same library name, and figure, in
	// every story that uses it: found once per name, not once per story.
	type resolvedName struct {
		name   string
		figure int
	}
	resolved := map[string]resolvedName{}
	index := map[string]int{}
	resolve := func(local string) resolvedName {
		if r, ok := resolved[local]; ok {
			return r
		}
		name, ok := merged[local]
		if !ok {
			name = local
			if owner, ok := shortNameOwner(local, full[SurnameOf(local)], calledBy[local]); ok {
				name = owner
			}
		}
		fi, ok := index[name]
		if !ok {
			fi = len(l.figures)
			index[name] = fi
			l.figures = append(l.figures, Figure{Name: name})
		}
		r := resolvedName{name, fi}
		resolved[local] = r
		return r
	}
	people := 0
	for _, s := range stories {
		people += len(s.People)
	}
	l.names = make([]localName, 0, people)
	for si, s := range stories {
		l.nameAt = append(l.nameAt, int32(len(l.names)))
		for pi, p := range s.People {
			r := resolve(p.Name)
			name, fi := r.name, r.figure
			if _, ok := l.canonical(si, p.Name); !ok {
				l.names = append(l.names, localName{int32(pi), int32(fi)})
				l.nameAt[si+1] = int32(len(l.names))
			}
			f := &l.figures[fi]
			f.Stories++
			f.Mentions += p.Mentions
			forms := p.Aliases
			if p.Name != name { // a story's own name for someone merged into a fuller one
				forms = append([]string{p.Name}, forms...)
			}
			for _, a := range forms {
				if !slices.Contains(f.Aliases, a) {
					f.Aliases = append(f.Aliases, a)
				}
			}
		}
		for qi := range s.NumQuotes() {
			speaker := s.speakerOf(qi)
			if speaker == "" {
				continue
			}
			if fi, ok := l.canonical(si, speaker); ok {
				l.figures[fi].Quotes++
			}
		}
	}
	l.sortFigures()
	return l
}

// sortFigures puts the figures most quoted first, and the stories' names
// where their figures now are.
func (l *Library) sortFigures() {
	order := make([]int32, len(l.figures))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortStableFunc(order, func(i, j int32) int {
		a, b := &l.figures[i], &l.figures[j]
		if c := cmp.Compare(b.Quotes, a.Quotes); c != 0 {
			return c
		}
		if c := cmp.Compare(b.Stories, a.Stories); c != 0 {
			return c
		}
		if c := cmp.Compare(b.Mentions, a.Mentions); c != 0 {
			return c
		}
		return cmp.Compare(a.Name, b.Name)
	})
	sorted, now := make([]Figure, len(l.figures)), make([]int32, len(l.figures))
	for i, was := range order {
		sorted[i], now[was] = l.figures[was], int32(i)
	}
	l.figures = sorted
	for i := range l.names {
		l.names[i].figure = now[l.names[i].figure]
	}
}

// fullNames returns the stories' full names read for merging: the
// stories that name each and its mentions.
func fullNames(stories []*Story) []nameKey {
	at := map[string]int{}
	var keys []nameKey
	for si, s := range stories {
		for _, p := range s.People {
			i, ok := at[p.Name]
			if !ok {
				k, full := keyOf(p.Name)
				if !full {
					continue
				}
				i = len(keys)
				at[p.Name] = i
				keys = append(keys, k)
			}
			k := &keys[i]
			if n := len(k.stories); n == 0 || k.stories[n-1] != si {
				k.stories = append(k.stories, si)
			}
			k.weight += max(p.Mentions, 1)
		}
	}
	return keys
}

// People returns everyone in the library, most quoted first.
func (l *Library) People() []Figure { return l.figures }

// Find returns the person a user means by query: a canonical name or any
// alias, case-insensitive; failing that, the one person whose name contains
// the query as whole words ("Kayani" finds "Ashfaq Pervez Kayani"). The
// error says whether nobody or several people answer to it, naming them.
func (l *Library) Find(query string) (Figure, error) {
	m := l.Matches(query)
	switch len(m) {
	case 1:
		return m[0], nil
	case 0:
		return Figure{}, fmt.Errorf("no one called %q in these stories (see 'cables people')", query)
	}
	names := make([]string, len(m))
	for i, f := range m {
		names[i] = f.Name
	}
	return Figure{}, fmt.Errorf("%q could be %s: give more of the name", query, strings.Join(names, ", "))
}

// Matches returns everyone a query could mean: the one person it names
// exactly, else everyone it names as an alias or as whole words of their
// name. Several matches mean the query is ambiguous: "Singh" is ambiguous
// when two Singhs are in the library, even if a story called one of them
// just "Singh"; a bare name exactly a person's is theirs only when no other
// name holds it.
func (l *Library) Matches(query string) []Figure {
	q := strings.ToLower(strings.Join(strings.Fields(query), " "))
	if q == "" {
		return nil
	}
	var exact, hits []Figure
	for _, f := range l.figures {
		name := strings.ToLower(f.Name)
		switch {
		case name == q:
			exact = append(exact, f)
			hits = append(hits, f)
		case containsWords(name, q) || slices.ContainsFunc(f.Aliases, func(a string) bool { return strings.ToLower(a) == q }):
			hits = append(hits, f)
		}
	}
	if len(exact) == 1 && (strings.Contains(q, " ") || len(hits) == 1) {
		return exact
	}
	return hits
}

// containsWords reports whether words occur in s on word boundaries.
func containsWords(s, words string) bool {
	return slices.ContainsFunc(allIndexes(s, words), func(i int) bool {
		before := i == 0 || s[i-1] == ' '
		end := i + len(words)
		after := end == len(s) || s[end] == ' '
		return before && after
	})
}

func allIndexes(s, sub string) []int {
	var out []int
	for off := 0; ; {
		i := strings.Index(s[off:], sub)
		if i < 0 {
			return out
		}
		out = append(out, off+i)
		off += i + 1
	}
}

// Canonical returns the library name of a story's person.
func (l *Library) Canonical(story int, name string) string {
	if story < 0 || story >= len(l.nameAt)-1 {
		return name
	}
	if fi, ok := l.canonical(story, name); ok {
		return l.figures[fi].Name
	}
	return name
}

// LocalNames returns the names a story uses for a library person.
func (l *Library) LocalNames(story int, name string) []string {
	var out []string
	if story < 0 || story >= len(l.nameAt)-1 {
		return nil
	}
	for _, n := range l.localNames(story) {
		if l.figures[n.figure].Name == name {
			out = append(out, l.Stories[story].People[n.person].Name)
		}
	}
	slices.Sort(out)
	return out
}

// StoriesWith returns the indexes of the stories that name the person.
func (l *Library) StoriesWith(name string) []int {
	fi := slices.IndexFunc(l.figures, func(f Figure) bool { return f.Name == name })
	if fi < 0 {
		return nil
	}
	var out []int
	for si := range l.Stories {
		// as LocalNames, without making the list (issue 14, 11: at
		// 100,000 stories, a person chosen waited for it)
		if si < len(l.nameAt)-1 && slices.ContainsFunc(l.localNames(si), func(n localName) bool { return n.figure == int32(fi) }) {
			out = append(out, si)
		}
	}
	return out
}

// QuotesBy returns the quotes the person said, in reading order.
func (l *Library) QuotesBy(name string) []QuoteRef {
	return l.quotes(func(si, qi int) bool {
		speaker := l.Stories[si].speakerOf(qi)
		return speaker != "" && l.Canonical(si, speaker) == name
	})
}

// QuotesAbout returns the quotes said by or mentioning the person.
func (l *Library) QuotesAbout(name string) []QuoteRef {
	return l.quotes(func(si, qi int) bool {
		s := l.Stories[si]
		if speaker := s.speakerOf(qi); speaker != "" && l.Canonical(si, speaker) == name {
			return true
		}
		return s.mentionsAny(qi, func(m string) bool { return l.Canonical(si, m) == name })
	})
}

func (l *Library) quotes(keep func(story, quote int) bool) []QuoteRef {
	var out []QuoteRef
	for si, s := range l.Stories {
		for qi := range s.NumQuotes() {
			// not a copy of each (issue 14, 11: at 100,000 stories, the
			// quotes of a person chosen were counted on the UI goroutine)
			if keep(si, qi) {
				out = append(out, QuoteRef{si, qi})
			}
		}
	}
	return out
}

// Quote returns the quote a ref points at.
func (l *Library) Quote(r QuoteRef) (*Story, Quote) {
	s := l.Stories[r.Story]
	return s, s.QuoteAt(r.Quote)
}
