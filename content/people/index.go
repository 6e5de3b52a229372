package people

import (
	"cables/model"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"cables/content/lex"
)

// Filing names in the people index: a sure name joins the person it
// names or starts one; every run is then recorded as a mention of the
// person it names.

// add puts a sure name into the index, merged with a person it names, and
// returns that person.
func (ix *Index) add(r nameRun, paras []string) int {
	k := ix.match(r.name, r, -1)
	if k >= 0 {
		p := ix.People[k]
		if len(r.name) > len(p.tokens) {
			p.tokens = r.name
			ix.index(k)
		}
		ix.note(p, r)
	} else {
		p := ix.newPerson(r.name)
		ix.note(p, r)
		ix.People = append(ix.People, p)
		k = len(ix.People) - 1
		ix.index(k)
	}
	if r.nick != "" {
		ix.nicks = append(ix.nicks, nickname{word: r.nick, person: k})
	}
	return k
}

// note records a run's roles and gender on its person.
func (ix *Index) note(p *Person, r nameRun) {
	for _, role := range r.roles {
		if !p.HasRole(role) {
			if p.Roles == nil {
				p.Roles = ix.roleRoom()
			}
			p.Roles = append(p.Roles, role)
		}
	}
	if r.lastGender != 0 {
		p.Gender = r.lastGender
	}
	if p.Gender == 0 && len(p.tokens) > 1 && p.givenRead != p.tokens[0] {
		// a one-word name may be a surname, and grow a given name later
		p.givenRead = p.tokens[0]
		p.Gender = lex.GivenGender(p.tokens[0])
	}
}

// match returns the person a name (of run r) refers to, or -1: the same
// words, a tail of a longer name (a surname), the same first and last
// words, or a lone first name. When several people share the words, the
// one with a shared title wins, else the one the story named first.
func (ix *Index) match(name []string, r nameRun, para int) int {
	if k := ix.nicknamed(name); k >= 0 {
		return k
	}
	ix.matching++
	m := nameMatch{name: name, roles: r.roles, para: para, gender: r.firstGender, best: -1}
	// every way two names agree shares the last word, or the first: a
	// lone first name, or the start of a longer name
	last := name[len(name)-1]
	ix.tryFiled(&m, ix.byLast, last)
	if !isASCII(last) {
		ix.tryFiled(&m, ix.byLast, unmarked(last)) // "Recep Tayyip Erdoğan" after "Erdogan"
	}
	if w := unparticled(last); len(w) != len(last) {
		ix.tryFiled(&m, ix.byLast, w) // "Al-Sharif" opening a sentence finds "al-Sharif"
	}
	ix.tryFiled(&m, ix.byFirst, name[0])
	return ix.orSpeltAnotherWay(name, m.best)
}

// nameMatch is a name being matched (Index.match): what the people
// tried are compared with, and the best of them so far.
type nameMatch struct {
	name, roles []string
	para        int
	gender      byte // the gender the name's first gendered role gives, or 0
	best        int  // the person who fits best so far, or -1
	fit         candidate
}

// tryFiled tries every person filed under word w of index x as the one
// the name refers to: one whose name agrees and whose gender does not
// contradict the name's beats the best so far when it fits better. (A
// loop of its own rather than a closure handed to the index: a name is
// matched against a few people, at every run.)
func (ix *Index) tryFiled(m *nameMatch, x *nameIndex, w string) {
	if x.seen&wordBit(w) == 0 {
		return // (most words asked about were never filed)
	}
	for e := x.slot(w).head; e != 0; e = x.next[e-1] {
		k := int(x.who[e-1])
		p := ix.People[k]
		if p.tried == ix.matching {
			continue // (filed under two of the name's words: tried again, they would fit as before, and beat no one they did not)
		}
		p.tried = ix.matching
		if m.gender != 0 && p.Gender != 0 && m.gender != p.Gender || !namesAgree(m.name, p.tokens) {
			continue // "Mrs. Erdogan" is not the prime minister (the genders told first: they cost a byte's compare)
		}
		fit := ix.fitOf(k, m.roles, m.para)
		fit.part = len(m.name) == 1 && len(p.tokens) >= 2 && hyphenPart(m.name[0], p.tokens[len(p.tokens)-1])
		if m.best < 0 || fit.beats(m.fit, k, m.best) {
			m.best, m.fit = k, fit
		}
	}
}

// candidate is how well a person fits a name that several people share.
type candidate struct {
	role bool // holds a title the run gives: "Senator Singh"
	// here: named in the run's paragraph already ("Ajit Singh rejected
	// it … Singh told reporters"); near: in the paragraph before ("Ajit
	// Singh called them garbage.¶“…,” Singh said"), though another Singh
	// came first
	here, near bool
	// part: the lone word is only a part of the person's hyphenated
	// surname ("Brandt" for Lena Marsh-Brandt), which a whole surname
	// beats ("Brandt" for Ivo Brandt)
	part   bool
	lastAt int
}

// fitOf reads how person k fits a name given with roles in paragraph
// para.
func (ix *Index) fitOf(k int, roles []string, para int) candidate {
	p := ix.People[k]
	c := candidate{lastAt: p.lastAt}
	for _, r := range roles {
		// (an honorific tells no office: "Mr Martin" is either Martin)
		c.role = c.role || !honorific(r) && p.HasRole(r)
	}
	c.here = para >= 0 && p.Count > 0 && p.lastPara == para
	c.near = !c.here && para > 0 && p.Count > 0 && p.lastPara == para-1
	return c
}

// beats reports whether candidate c (person k) fits better than the best
// so far (person best): a title first, then a whole surname over a part
// of one, then named in the paragraph (the one named last there), then in
// the paragraph before, then named first.
func (c candidate) beats(b candidate, k, best int) bool {
	switch {
	case c.role != b.role:
		return c.role
	case c.part != b.part:
		return b.part
	case c.here != b.here:
		return c.here
	case c.near != b.near:
		return c.near
	case c.here:
		return c.lastAt > b.lastAt
	}
	return k < best
}

// orSpeltAnotherWay is the person a lone surname spells another way when
// no one matched it (best < 0), filed under that spelling too, so that its
// later mentions find them.
func (ix *Index) orSpeltAnotherWay(name []string, best int) int {
	if best >= 0 || len(name) != 1 {
		return best
	}
	if best = ix.spelledAnotherWay(name[0]); best < 0 {
		best = ix.shortNamed(name[0])
	}
	if best >= 0 {
		ix.byLast.add(name[0], best)
	}
	return best
}

// shortNamed returns the one person the story named in full whose middle
// name w may stand for them alone (shortNameWithin: "Fakhrul" for Mirza
// Fakhrul Islam Alamgir), or -1.
func (ix *Index) shortNamed(w string) int {
	if !mayBeShortName(w) {
		return -1 // (asked once, not of every person)
	}
	found := -1
	for k := range ix.People {
		if p := ix.People[k]; len(p.tokens) >= 3 && middleName(w, p.tokens) {
			if found >= 0 {
				return -1 // two people: either
			}
			found = k
		}
	}
	return found
}

// minVariantSurname is the shortest surname spelledAnotherWay compares:
// shorter names differ by a letter and are other people ("Rice", "Rica").
const minVariantSurname = 7

// spelledAnotherWay returns the one person the story named in full whose
// surname a lone surname spells another way, a letter changed, added or
// dropped after the first ("President Ahmedinejad" after "Mahmoud
// Ahmadinejad"), or -1.
func (ix *Index) spelledAnotherWay(w string) int {
	if len(w) < minVariantSurname {
		return -1 // (spelledAnother's first test, asked once rather than of every person)
	}
	found := -1
	for k, p := range ix.People {
		if len(p.tokens) < 2 {
			continue
		}
		if !spelledAnother(w, p.tokens[len(p.tokens)-1]) {
			continue
		}
		if found >= 0 {
			return -1 // two people it could be
		}
		found = k
	}
	return found
}

// spelledAnother reports a surname w spelt another way than last: both
// of minVariantSurname letters or more, the same first letter, and a
// letter changed, added or dropped after it.
func spelledAnother(w, last string) bool {
	if len(w) < minVariantSurname || len(last) < minVariantSurname {
		return false
	}
	if w[0] < utf8.RuneSelf && last[0] < utf8.RuneSelf && w[0]|0x20 != last[0]|0x20 {
		// (first letters that differ even lowered, as folded: no word is
		// read through; most of the people a surname is held to)
		return false
	}
	if !isASCII(w) || !isASCII(last) {
		// "Erdogan" for "Erdoğan": the same letters but for their marks
		fw, fl := model.Fold(w), model.Fold(last)
		return fw != "" && fl != "" && fw[0] == fl[0] && (fw == fl || model.OneEditApart(fw, fl))
	}
	return w[0] == last[0] && oneEditApartLowered(w, last)
}

// unmarked is a name word without its letters' marks, its first letter
// kept a capital: "Erdoğan" is "Erdogan".
func unmarked(w string) string {
	f := model.Fold(w)
	if r0, _ := utf8.DecodeRuneInString(w); f == "" || !unicode.IsUpper(r0) {
		return f
	}
	r, size := utf8.DecodeRuneInString(f)
	return string(unicode.ToUpper(r)) + f[size:]
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// nicknamed returns the person a one-word name is the nickname of, as the
// story gave it inside their name ("Lula" after Luiz “Lula” da Silva), or
// -1.
func (ix *Index) nicknamed(name []string) int {
	if len(name) != 1 {
		return -1
	}
	for _, n := range ix.nicks {
		if n.word == name[0] {
			return n.person
		}
	}
	return -1
}

// genderedFilter rules out, before they are hashed, most roles that are
// no gendered title (titleGenders reads every run's).
var genderedFilter = func() *lex.WordFilter {
	f, m := lex.FilterOf(lex.FemaleTitles), lex.FilterOf(lex.MaleTitles)
	for c := range f {
		f[c] |= m[c]
	}
	return f
}()

// titleGenders returns the genders the first and the last gendered title
// of roles give, or 0: a name is matched by the first, a person takes the
// last.
func titleGenders(roles []string) (first, last byte) {
	for _, r := range roles {
		g := byte(0)
		switch {
		case !genderedFilter.May(r):
			// most roles give no gender: no hashing
		case lex.FemaleTitles[r]:
			g = 'f'
		case lex.MaleTitles[r]:
			g = 'm'
		}
		if g != 0 && first == 0 {
			first = g
		}
		if g != 0 {
			last = g
		}
	}
	return first, last
}

// index files a person under its first and last words.
func (ix *Index) index(k int) {
	t := ix.People[k].tokens
	ix.byLast.add(t[len(t)-1], k)
	if w := unparticled(t[len(t)-1]); len(w) != len(t[len(t)-1]) {
		ix.byLast.add(w, k) // "Sisi" finds "el-Sisi"
	}
	ix.byFirst.add(t[0], k)
	if last := t[len(t)-1]; !isASCII(last) {
		ix.byLast.add(unmarked(last), k) // "Erdogan" finds "Recep Tayyip Erdoğan"
	}
	if n := len(t); n >= 3 && paternalSurname(t) {
		ix.byLast.add(t[n-2], k) // "Grinda" finds "José Grinda González"
	}
	if first, second, ok := strings.Cut(t[len(t)-1], "-"); ok && len(t) >= 2 && hyphenPart(first, t[len(t)-1]) {
		ix.byLast.add(first, k) // "Ocampo" and "Moreno" find "Luis Moreno-Ocampo"
		ix.byLast.add(second, k)
	}
}

// place records a run as a mention of the person it names, trying the
// longest part of the run that names someone ("Mayawati Lucknow").
func (ix *Index) place(r nameRun, paras []string) {
	if r.evidence {
		k := r.person // filed when the sure names were read
		if len(r.name) == 1 {
			// "Mr Martin" after "Micheál Martin" in the same paragraph,
			// though "Diarmuid Martin" came first
			if m := ix.match(r.name, r, r.para); m >= 0 {
				k = m
			}
		}
		ix.record(r, k, paras)
		return
	}
	n := len(r.name)
	for size := n; size >= 1; size-- {
		for off := 0; off+size <= n; off++ {
			k := ix.match(r.name[off:off+size], r, r.para)
			if k < 0 || (!r.evidence && size == 1 && !ix.surnameOrFirst(k, r.name[off])) {
				continue
			}
			if size == 1 && n == 2 && (off == 0 && ix.givenOnly(k, r.name) || off == 1 && ix.otherGiven(k, r, paras)) {
				// "José Couso" is not "José Luis Rodríguez Zapatero": a
				// shared first name before another surname starts a
				// person of its own; so does another given name before a
				// shared surname ("Ivanka Trump", "Emine Erdogan")
				ix.record(r, ix.add(r, paras), paras)
				return
			}
			if size == n && n > len(ix.People[k].tokens) {
				// "Ravi Kumar Sahni (R.K. Sahni)": the fuller form names
				ix.People[k].tokens = r.name
				ix.index(k)
			}
			ix.record(r, k, paras)
			return
		}
	}
}

// givenOnly reports whether a two-word run shares only its first word
// with person k, whose name is longer and ends in another surname.
func (ix *Index) givenOnly(k int, run []string) bool {
	t := ix.People[k].tokens
	return len(t) > 2 && strings.EqualFold(t[0], run[0]) && !strings.EqualFold(t[len(t)-1], run[1]) &&
		!slices.ContainsFunc(t[1:], func(w string) bool { return strings.EqualFold(w, run[1]) })
}

// otherGiven reports whether a two-word run names someone else who
// shares person k's surname: its first word is no part of k's name, and
// not a capitalised word that merely opens a sentence.
func (ix *Index) otherGiven(k int, r nameRun, paras []string) bool {
	t := ix.People[k].tokens
	if slices.ContainsFunc(t, func(w string) bool { return strings.EqualFold(w, r.name[0]) }) || len(r.roles) > 0 {
		return false
	}
	before := strings.TrimRight(paras[r.para][:r.start], " ")
	last, _ := utf8.DecodeLastRuneInString(before)
	return before != "" && !strings.ContainsRune(".!?:\"“‘'", last)
}

// surnameOrFirst guards lone words: only a surname (or the same spelt
// another way, spelledAnotherWay, or one part of a hyphenated surname), a first name or a
// nickname of a known person counts.
func (ix *Index) surnameOrFirst(k int, w string) bool {
	t := ix.People[k].tokens
	last := t[len(t)-1]
	return strings.EqualFold(last, w) || strings.EqualFold(unparticled(last), w) || strings.EqualFold(t[0], w) || len(t) >= 2 && hyphenPart(w, last) ||
		slices.Contains(ix.nicks, nickname{word: w, person: k}) || spelledAnother(w, last) || len(t) >= 3 && shortNameWithin(w, t)
}

func (ix *Index) record(r nameRun, k int, paras []string) {
	p := ix.People[k]
	p.Count++
	p.lastPara, p.lastAt = r.para, r.tok
	form := paras[r.para][r.start:r.end]
	if s := suffixAt(form); s > 0 {
		form = form[:s-1] // "Omar Qadir-led" goes by "Omar Qadir"
	}
	if !slices.Contains(p.Aliases, form) {
		if p.Aliases == nil {
			// most people go by a few forms: room for them from the
			// story's slab
			p.Aliases = ix.aliasRoom()
		}
		p.Aliases = append(p.Aliases, form)
	}
	ix.all = append(ix.all, Mention{Tok: r.tok, TokEnd: r.tokEnd, Person: k, Poss: r.poss, para: r.para})
}

// Most people have a few roles and go by a few forms: rather than an
// array for each person's, their first ones are carved from a slab, as
// many strings for a story's people at a time. A person's slice is capped
// at its room, so that appending past it moves that person's alone.
const (
	aliasRoom = 4
	roleRoom  = 2
	slabRoom  = 32 // strings a slab holds
)

// aliasRoom returns an empty slice with room for aliasRoom forms. The
// forms go out with the story's people (List), so each story takes new
// slabs for them.
func (ix *Index) aliasRoom() []string { return carve(&ix.aliasSlab, aliasRoom) }

// roleRoom returns an empty slice with room for roleRoom roles. Roles
// live only while the story is extracted, so their slab is used again
// by the next story the index serves.
func (ix *Index) roleRoom() []string { return carve(&ix.roleSlab, roleRoom) }

// carve cuts room for n strings off the end of a slab, starting a new
// slab when it is full.
func carve(slab *[]string, n int) []string {
	s := *slab
	if cap(s)-len(s) < n {
		s = make([]string, 0, slabRoom)
	}
	*slab = s[:len(s)+n]
	return s[len(s) : len(s) : len(s)+n]
}
