package attrib

import (
	"slices"
	"strings"

	"cables/content/lex"
	"cables/content/people"
)

// Turning a cue's source into a person: names, pronouns, role nouns and
// the titles the story gave people.

// resolve turns a cue's source into a person of the index, or -1.
func (a *attributor) resolve(pt *paraText, pi int, s source) int {
	p, _ := a.resolveBy(pt, pi, s)
	return p
}

// resolveBy is resolve, reporting too whether the pronoun rules decided
// the person (for a pronoun, or a role the story gave no one).
func (a *attributor) resolveBy(pt *paraText, pi int, s source) (int, bool) {
	switch s.kind {
	case srcPerson:
		return s.person, false
	case srcRole:
		return a.resolveRole(pt, pi, s)
	case srcAuthor:
		if d := a.docNear(pi, s.at); d >= 0 && a.docs[d].author >= 0 {
			return a.docs[d].author, false
		}
		return a.lastWriter, false
	case srcLatter:
		seen := []int{}
		for k := s.at - 1; k >= 0; k-- {
			if p := pt.personAt(k); p >= 0 && !slices.Contains(seen, p) {
				seen = append(seen, p)
			}
		}
		n := 0
		if s.word == "former" {
			n = 1
		}
		if n < len(seen) {
			return seen[n], false
		}
	case srcPronoun:
		return a.pronoun(pt, pi, s.at, s.word), true
	}
	return -1, false
}

// resolveRole turns a role noun ("the envoy") into the person the story
// gave that title; reporting whether the pronoun rules decided it.
func (a *attributor) resolveRole(pt *paraText, pi int, s source) (int, bool) {
	p := a.byRole(s.word, pi)
	if p >= 0 && s.word == "diplomat" && writesNext(pt, s.at) {
		// one the story called a diplomat, unless "the diplomat wrote"
		// and a cable's writer was named since: "Sami Vell, a former
		// diplomat, said …¶The cables were written by Ambassador Jane
		// Ruiz …¶“…,” the diplomat wrote" ("the diplomat said" stays his)
		d := a.ix.People[p]
		if w := a.lastNamedWho(pi, func(q *people.Person) bool { return q == d || slices.ContainsFunc(q.Roles, writerRole) }); w >= 0 {
			p = w
		}
	}
	if p < 0 && s.word == "diplomat" {
		// "the diplomat said" for the diplomat just named, before the
		// one who writes the cables
		if p := a.pronoun(pt, pi, s.at, s.word); p >= 0 {
			return p, true
		}
	}
	if p < 0 && diplomatRole(s.word) {
		// "the envoy wrote" when the story never called anyone the
		// envoy: the writer of the last cable passage; the envoy a
		// lede names next ("The U.S. ambassador told Washington …¶In
		// a cable, Ambassador Ann Lowe said"); the writer of the
		// cables the next lines describe ("The cables, sent by
		// Michael Ranneberger, …"); else whom "he" would stand for
		p = a.lastWriter
		if p < 0 {
			// "the diplomat" for the one the story titled ambassador
			p = a.lastNamedWho(pi, func(p *people.Person) bool { return slices.ContainsFunc(p.Roles, writerRole) })
		}
		if p < 0 && pi+1 < len(a.paras) {
			p = a.byRole(s.word, pi+1)
		}
		if p < 0 {
			p = a.authorAfter(pi, 2)
		}
		if p < 0 {
			return a.pronoun(pt, pi, s.at, s.word), true
		}
	}
	if p < 0 && !diplomatRole(s.word) && !a.roleHeld(s.word) {
		// "Chief Ana Ruiz said … “…,” the elder statesman declared":
		// a description no one holds as a title stands for the
		// person the story just named, as a pronoun would
		return a.pronoun(pt, pi, s.at, ""), true
	}
	return p, false
}

// writesNext reports a writing verb in the few words after the role at
// item at: "the diplomat wrote", "also wrote", "the diplomat, who wrote
// the cable, said".
func writesNext(pt *paraText, at int) bool {
	j := at + 1
	for w := pt.word(j); passiveAdverbs[w] || strings.HasSuffix(w, "ly"); w = pt.word(j) {
		j++ // "the diplomat also wrote"
	}
	if pt.is(j, lex.Writing) {
		return true
	}
	// "the diplomat, who wrote the cable, said"; not "who wrote a book"
	if !pt.isWord(j, ",") || !pt.isWord(j+1, "who") || !pt.is(j+2, lex.Writing) {
		return false
	}
	for k := j + 3; k <= j+5 && k < len(pt.items) && pt.items[k].tok >= 0; k++ {
		if pt.is(k, lex.Doc) {
			return true
		}
	}
	return false
}

// diplomatRole reports a role that stands for whoever writes the cables:
// a writer's title, or "the diplomat" for one the story titled
// ambassador. ("A former diplomat" holds no office that writes them: the
// word names the writer only when it stands for someone already named.)
func diplomatRole(role string) bool { return role == "diplomat" || writerRole(role) }

// roleHeld reports whether someone in the story holds the office a
// qualified title narrows ("the foreign minister" when a prime minister
// was named): then the title is someone else's, not whoever was named
// last.
func (a *attributor) roleHeld(role string) bool {
	_, base, ok := strings.Cut(role, " ")
	if !ok {
		return false
	}
	base = people.NormRole(base)
	return slices.ContainsFunc(a.ix.People, func(p *people.Person) bool { return p.HasRole(base) })
}

// byRole returns the person the story gave a title, the most recently
// named one when several share it. A qualified title ("foreign minister")
// goes to the one holding it, else to one whose title has no other
// qualifier: never the prime minister.
func (a *attributor) byRole(role string, pi int) int {
	qualifier, role, _ := strings.Cut(strings.Replace(role, "-", " ", 1), " ") // "vice-president"
	if role == "" {
		qualifier, role = "", qualifier
	}
	role, qualifier = people.NormRole(role), people.NormRole(qualifier)
	if qualifier == "" {
		return a.lastWithRole(role, pi, func(*people.Person) bool { return true })
	}
	if k := a.lastWithRole(role, pi, func(p *people.Person) bool { return p.HasRole(qualifier) }); k >= 0 {
		return k
	}
	return a.lastWithRole(role, pi, func(p *people.Person) bool {
		return !slices.ContainsFunc(p.Roles, func(r string) bool { return roleQualifiers[r] })
	})
}

// writerRoles are the diplomats who write cables: a story may call its
// ambassador "the envoy" without ever giving him the title.
var writerRoles = lex.MustSet(words, "words/writer-roles.txt")

// writerRole reports a role of writerRoles, ruling out most roles by the
// list's filter before the role is hashed.
func writerRole(role string) bool { return inSet(writerRoleFilter, writerRoles, role) }

var writerRoleFilter = lex.FilterOf(writerRoles)

// roleQualifiers narrow a title to one office.
var roleQualifiers = lex.MustSet(words, "words/role-qualifiers.txt")

// lastWithRole returns the person with a role, accepted by ok, named last
// up to paragraph pi, or -1.
func (a *attributor) lastWithRole(role string, pi int, ok func(*people.Person) bool) int {
	return a.lastNamedWho(pi, func(p *people.Person) bool { return p.HasRole(role) && ok(p) })
}

// lastNamedWho returns the person, accepted by ok, named last up to
// paragraph pi, or -1.
func (a *attributor) lastNamedWho(pi int, ok func(*people.Person) bool) int {
	best, bestPara := -1, -1
	for k, p := range a.ix.People {
		if !ok(p) {
			continue
		}
		for para := min(pi, len(a.ix.Mentions)-1); para >= 0 && para > bestPara; para-- {
			if slices.ContainsFunc(a.ix.Mentions[para], func(m people.Mention) bool { return m.Person == k }) {
				best, bestPara = k, para
				break
			}
		}
	}
	return best
}

// authorAfter returns the author of the first document named in
// paragraphs pi to pi+n that has one, or -1.
func (a *attributor) authorAfter(pi, n int) int {
	for q := pi; q <= pi+n && q+1 < len(a.docFrom); q++ {
		for _, m := range a.docMentions[a.docFrom[q]:a.docFrom[q+1]] {
			if d := a.docs[m.doc].author; d >= 0 {
				return d
			}
		}
	}
	return -1
}
