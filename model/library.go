package model

import (
	"cmp"
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

// QuoteRef points at one quote of a library: Stories[Story].Quotes[Quote].
type QuoteRef struct {
	Story, Quote int
}

// Library is the set of loaded stories and the people across them. People
// of different stories are merged by canonical name, and a bare surname
// joins the one full name that ends in it.
type Library struct {
	Stories []*Story
	figures []Figure
	// local maps a story's own canonical name to the library's.
	local []map[string]string
}

// NewLibrary indexes the stories' people.
func NewLibrary(stories []*Story) *Library {
	l := &Library{Stories: stories, local: make([]map[string]string, len(stories))}
	full := map[string][]string{} // surname → distinct multi-word names
	seen := map[string]bool{}
	for _, s := range stories {
		for _, p := range s.People {
			if strings.Contains(p.Name, " ") && !seen[p.Name] {
				seen[p.Name] = true
				sn := SurnameOf(p.Name)
				full[sn] = append(full[sn], p.Name)
			}
		}
	}
	index := map[string]int{}
	for si, s := range stories {
		l.local[si] = map[string]string{}
		for _, p := range s.People {
			name := p.Name
			if !strings.Contains(name, " ") {
				if names := full[SurnameOf(name)]; len(names) == 1 {
					name = names[0]
				}
			}
			l.local[si][p.Name] = name
			fi, ok := index[name]
			if !ok {
				fi = len(l.figures)
				index[name] = fi
				l.figures = append(l.figures, Figure{Name: name})
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
		for _, q := range s.Quotes {
			if q.Speaker == "" {
				continue
			}
			if fi, ok := index[l.local[si][q.Speaker]]; ok {
				l.figures[fi].Quotes++
			}
		}
	}
	slices.SortStableFunc(l.figures, func(a, b Figure) int {
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
	return l
}

// People returns everyone in the library, most quoted first.
func (l *Library) People() []Figure { return l.figures }

// Find returns the person a user means by query: a canonical name or any
// alias, case-insensitive; failing that, the one person whose name contains
// the query as whole words ("Kayani" finds "Ashfaq Pervez Kayani").
func (l *Library) Find(query string) (Figure, bool) {
	m := l.Matches(query)
	if len(m) == 1 {
		return m[0], true
	}
	return Figure{}, false
}

// Matches returns everyone a query could mean: the one person it names
// exactly (by name or alias), else everyone whose name contains it as
// whole words. Several matches mean the query is ambiguous.
func (l *Library) Matches(query string) []Figure {
	q := strings.ToLower(strings.Join(strings.Fields(query), " "))
	if q == "" {
		return nil
	}
	for _, f := range l.figures {
		if strings.ToLower(f.Name) == q {
			return []Figure{f}
		}
		for _, a := range f.Aliases {
			if strings.ToLower(a) == q {
				return []Figure{f}
			}
		}
	}
	var hits []Figure
	for _, f := range l.figures {
		if containsWords(strings.ToLower(f.Name), q) {
			hits = append(hits, f)
		}
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
	if story < 0 || story >= len(l.local) {
		return name
	}
	if n, ok := l.local[story][name]; ok {
		return n
	}
	return name
}

// LocalNames returns the names a story uses for a library person.
func (l *Library) LocalNames(story int, name string) []string {
	var out []string
	if story < 0 || story >= len(l.local) {
		return nil
	}
	for local, lib := range l.local[story] {
		if lib == name {
			out = append(out, local)
		}
	}
	slices.Sort(out)
	return out
}

// StoriesWith returns the indexes of the stories that name the person.
func (l *Library) StoriesWith(name string) []int {
	var out []int
	for si := range l.Stories {
		if len(l.LocalNames(si, name)) > 0 {
			out = append(out, si)
		}
	}
	return out
}

// QuotesBy returns the quotes the person said, in reading order.
func (l *Library) QuotesBy(name string) []QuoteRef {
	return l.quotes(func(si int, q Quote) bool {
		return q.Speaker != "" && l.Canonical(si, q.Speaker) == name
	})
}

// QuotesAbout returns the quotes said by or mentioning the person.
func (l *Library) QuotesAbout(name string) []QuoteRef {
	return l.quotes(func(si int, q Quote) bool {
		if q.Speaker != "" && l.Canonical(si, q.Speaker) == name {
			return true
		}
		return slices.ContainsFunc(q.Mentions, func(m string) bool { return l.Canonical(si, m) == name })
	})
}

func (l *Library) quotes(keep func(story int, q Quote) bool) []QuoteRef {
	var out []QuoteRef
	for si, s := range l.Stories {
		for qi, q := range s.Quotes {
			if keep(si, q) {
				out = append(out, QuoteRef{si, qi})
			}
		}
	}
	return out
}

// Quote returns the quote a ref points at.
func (l *Library) Quote(r QuoteRef) (*Story, Quote) {
	s := l.Stories[r.Story]
	return s, s.Quotes[r.Quote]
}
