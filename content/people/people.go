// Package people finds the people a story's body names: it reads runs of
// capitalised words as names (titles and roles stripped, the evidence that
// a run is surely a person weighed), merges the forms that name one person
// ("Gen. Ashfaq Kayani", "Kayani", "the general's" Kayani) and records
// every mention, paragraph by paragraph, for attribution to read.
package people

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"cables/content/internal/arena"
	"cables/content/lex"
	"cables/content/rule"
	"cables/model"
)

// Person is one entry of a story's people index while it is built.
type Person struct {
	tokens []string // the canonical name, word by word
	// Canonical is tokens joined, set once the index is complete.
	Canonical string
	Aliases   []string // forms as the story wrote them
	Roles     []string
	Gender    byte // 'f', 'm' or 0 when unknown
	// givenRead is the first word whose gender was last looked up, so
	// that a person of unknown gender costs one lookup, not one per
	// mention
	givenRead string
	Count     int
	// lastPara and lastAt are where the story last named the person,
	// while mentions are recorded in reading order
	lastPara, lastAt int
	// tried is the Index's matching when the person was last tried as
	// the one a name refers to (Index.match)
	tried uint64
}

// HasRole reports whether the story gave the person a title: a handful at
// most, so a list beats a map.
func (p *Person) HasRole(r string) bool { return slices.Contains(p.Roles, r) }

// HasOffice reports whether the story gave the person a title beyond an
// honorific ("President", not "Mr"): an office another role word may
// contradict.
func (p *Person) HasOffice() bool {
	return slices.ContainsFunc(p.Roles, func(r string) bool { return !honorific(r) })
}

// Mention is where a paragraph names a person: tokens [Tok, TokEnd) hold
// the form, titles included.
type Mention struct {
	Tok, TokEnd int
	Person      int
	Poss        bool // "Kayani’s": an owner, not a subject
	para        int
}

// nameRun is a run of capitalised words read as a possible name.
type nameRun struct {
	para, tok, tokEnd int // the form: the name and the titles next to it
	start, end        int // the form's bytes
	name              []string
	roles             []string
	// evidence is a title, a role word, a given name, initials, an inner
	// particle or a reporting verb after the run: surely a person.
	evidence bool
	// speaks tells a lone word without evidence that reports: "Arbib
	// reportedly told", "“…,” said Arbib" (see storyEvidenceRules)
	speaks bool
	// thing tells a name of two words or more without evidence described
	// as a thing ("Royal Castellan, the island's biggest bank,")
	thing  bool
	poss   bool
	person int // the person a sure name was filed under
	// nick is a nickname in quotes inside the name ("Luiz “Lula” da
	// Silva"), or "": alone, it names the person too
	nick string
	// firstGender and lastGender are the genders the first and the last
	// gendered of its roles give ('f', 'm'), or 0
	firstGender, lastGender byte
}

// Index holds the persons a story's body names, the forms of each
// merged, and every mention per paragraph.
type Index struct {
	People   []*Person
	Mentions [][]Mention
	all      []Mention // every paragraph's mentions, in reading order
	store    []Person  // where people are allocated, a story at a time
	// aliasSlab and roleSlab hold the first aliases and roles of the
	// story's people (see aliasRoom)
	aliasSlab, roleSlab []string
	// nicks are the nicknames the story gave inside names, and whose
	nicks []nickname
	// byLast and byFirst find the people whose name ends or begins with a
	// word, so that matching a name costs a lookup, not a pass over all.
	// Both live only while Find runs.
	byLast, byFirst *nameIndex
	// matching counts the names matched, so that a person filed under
	// several of a name's words is tried once (Person.tried)
	matching uint64
}

// nickname is a nickname given inside a person's name.
type nickname struct {
	word   string
	person int
}

// roleAliases give one spelling to a title's abbreviations.
var roleAliases = map[string]string{
	"gen": "general", "sen": "senator", "amb": "ambassador", "gov": "governor", "pres": "president",
	"adm": "admiral", "col": "colonel", "capt": "captain", "lt": "lieutenant", "maj": "major",
	"premier": "prime", "pm": "prime", "envoy": "ambassador", "external": "foreign",
}

// roleAliasFilter rules out most roles before they are hashed: NormRole
// is asked of every role of every run.
var roleAliasFilter = lex.FilterOf(roleAliases)

func NormRole(w string) string {
	if !roleAliasFilter.May(w) {
		return w // most roles have no other spelling: no hashing
	}
	if r, ok := roleAliases[w]; ok {
		return r
	}
	return w
}

// peopleIndexes recycle indexes between stories: extract releases one when
// the story's people and quotes are built.
var peopleIndexes = sync.Pool{New: func() any { return new(Index) }}

// Release gives the index back for another story; it must not be used
// after.
func (ix *Index) Release() { peopleIndexes.Put(ix) }

// newPerson returns a new person named by words, from the index's store.
func (ix *Index) newPerson(words []string) *Person {
	if len(ix.store) == cap(ix.store) {
		// earlier people keep the old array; a new one is started
		ix.store = make([]Person, 0, max(16, 2*cap(ix.store)))
	}
	ix.store = append(ix.store, Person{tokens: words})
	return &ix.store[len(ix.store)-1]
}

// Find reads the paragraphs' tokens twice: first the runs that are
// surely names, then every run that repeats part of a known name (a bare
// surname, a first name, "Mr Rudd").
func Find(paras []string, toks [][]lex.Token) *Index { return find(paras, toks, nil, nil) }

// find is FindAnchored, telling trace (when set) every decision of the
// rules.
func find(paras []string, toks [][]lex.Token, captions []string, trace func(decision string, f rule.Fired)) *Index {
	ix := peopleIndexes.Get().(*Index)
	ix.People, ix.store, ix.all = ix.People[:0], ix.store[:0], ix.all[:0]
	ix.aliasSlab, ix.roleSlab = nil, ix.roleSlab[:0]
	ix.nicks = ix.nicks[:0]
	ix.Mentions = arena.Room(ix.Mentions, len(paras))
	clear(ix.Mentions)
	ix.byLast, ix.byFirst = newNameIndex(), newNameIndex()
	defer func() {
		ix.byLast.release()
		ix.byFirst.release()
		ix.byLast, ix.byFirst = nil, nil
	}()
	n := 0
	for _, ts := range toks {
		n += len(ts)
	}
	sc := runArenas.Get().(*runScratch)
	defer runArenas.Put(sc)
	runs := sc.runs[:0]
	if cap(runs) < n/8+1 {
		runs = make([]nameRun, 0, n/8+1)
	}
	sc.words = sc.words[:0]
	c := &sc.c
	*c = runCase{words: &sc.words, trace: trace, speaking: sc.speaking[:0], things: sc.things[:0], paras: paras}
	for pi := range paras {
		c.pi, c.p, c.ts = pi, paras[pi], toks[pi]
		runs = appendRuns(runs, c)
	}
	body := len(runs)
	runs = appendCaptionRuns(runs, c, captions)
	c.p, c.ts, c.roles, c.name, c.words, c.trace, c.paras = "", nil, nil, nil, nil, nil, nil
	defer func() { sc.runs = runs[:0] }()
	c.trace = trace
	weighStory(c, runs[:body])
	weighThings(c, runs)
	clear(c.things)
	c.trace, sc.speaking, sc.things = nil, c.speaking[:0], c.things[:0]
	for i := range runs {
		if runs[i].evidence {
			runs[i].person = ix.add(runs[i], paras)
		}
	}
	if cap(ix.all) < len(runs) {
		ix.all = make([]Mention, 0, len(runs))
	}
	if len(ix.People) > 0 {
		// the sure names have filed (nearly) all the story's people:
		// room for their forms in one array, where a slab at a time
		// took three or four a story
		ix.aliasSlab = make([]string, 0, aliasRoom*len(ix.People))
	}
	for _, r := range runs[:body] {
		ix.place(r, paras)
	}
	if body < len(runs) {
		ix.dropUnnamed()
	}
	// runs come in reading order, so each paragraph's mentions are one
	// stretch of all
	for i := 0; i < len(ix.all); {
		j := i
		for j < len(ix.all) && ix.all[j].para == ix.all[i].para {
			j++
		}
		ix.Mentions[ix.all[i].para] = ix.all[i:j:j]
		i = j
	}
	ix.nameAll()
	ix.nameInFull(paras)
	return ix
}

// fullName is a head of state the news names by a title and one name
// (words/full-names.txt): in a story that holds the word that tells
// which holder, the person gets their full name.
type fullName struct{ title, name, holds, full string }

var fullNames = func() (f []fullName) {
	data, err := words.ReadFile("words/full-names.txt")
	if err != nil {
		panic(err)
	}
	for line := range strings.Lines(string(data)) {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		if w := strings.SplitN(line, " ", 4); len(w) == 4 {
			f = append(f, fullName{w[0], w[1], w[2], w[3]}) // (the full name keeps its case)
		}
	}
	return f
}()

// nameInFull gives the full name to a person named by a title and one
// name of fullNames ("King Abdullah" in a story about the Saudis).
func (ix *Index) nameInFull(paras []string) {
	for _, p := range ix.People {
		if len(p.tokens) != 1 {
			continue
		}
		best, beside, first, most := "", 0, 0, 0
		for _, f := range fullNames {
			if !strings.EqualFold(p.tokens[0], f.name) || !p.HasRole(f.title) {
				continue
			}
			// the word beside the title tells ("Saudi King Abdullah",
			// "Jordan's King Abdullah"), the story's first such if both
			// stand; else the country the story names most
			if n, at := heldBeside(paras, f); n > 0 && (beside == 0 || at < first) {
				best, beside, first = f.full, n, at
			} else if n := timesHeld(paras, f.holds); beside == 0 && n > most {
				best, most = f.full, n
			}
		}
		if best != "" {
			p.Canonical = best
		}
	}
}

// heldBeside counts the mentions of the title and the name with the word
// that tells the holder right before them ("Saudi King Abdullah",
// "Jordan's King Abdullah", "the Jordanian King Abdullah"; not "to
// Jordan, King Abdullah"), and returns where the first stands (its
// paragraph and byte, as one number that orders them).
func heldBeside(paras []string, f fullName) (n, first int) {
	eachHeld(paras, f.title+" "+f.name, func(pi, i int) {
		if !wordBeforeHolds(paras[pi][:i], f.holds) {
			return
		}
		if n == 0 {
			first = pi<<32 | i
		}
		n++
	})
	return n, first
}

// wordBeforeHolds reports whether the word that ends text, after one
// space, begins with holds in any case: "Saudi ", "Jordan's ",
// "Jordanian ".
func wordBeforeHolds(text, holds string) bool {
	if !strings.HasSuffix(text, " ") {
		return false
	}
	text = text[:len(text)-1]
	start := strings.LastIndexAny(text, " \t\n\"“(") + 1
	w := text[start:]
	if len(w) < len(holds) || !strings.EqualFold(w[:len(holds)], holds) {
		return false
	}
	rest := strings.TrimSuffix(strings.TrimSuffix(w[len(holds):], "'s"), "’s")
	return strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) }) < 0 // ("Jordanian"; not "Jordan,")
}

// timesHeld counts the paragraphs' mentions of word w, in any case.
func timesHeld(paras []string, w string) int {
	n := 0
	eachHeld(paras, w, func(int, int) { n++ })
	return n
}

// eachHeld calls at with the paragraph and byte of each mention of w in
// paras, in any case.
func eachHeld(paras []string, w string, at func(pi, i int)) {
	for pi, p := range paras {
		for i := 0; i+len(w) <= len(p); i++ {
			if strings.EqualFold(p[i:i+len(w)], w) {
				at(pi, i)
			}
		}
	}
}

// nameAll sets every person's canonical name: their words joined, all
// cut from one string, as the names go out together with the story.
func (ix *Index) nameAll() {
	size := 0
	for _, p := range ix.People {
		size += nameLen(p.tokens)
	}
	var b strings.Builder
	b.Grow(size)
	for _, p := range ix.People {
		for i, w := range p.tokens {
			if i > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(w)
		}
	}
	all, at := b.String(), 0
	for _, p := range ix.People {
		n := nameLen(p.tokens)
		p.Canonical = all[at : at+n]
		at += n
	}
}

// nameLen is the length of words joined by spaces.
func nameLen(words []string) int {
	n := max(len(words)-1, 0)
	for _, w := range words {
		n += len(w)
	}
	return n
}

// runScratch holds the runs of a story and the words of their names and
// roles. Runs never outlive Find; a person's tokens point into words
// only while the index is built (its canonical name is a string of its
// own).
type runScratch struct {
	runs     []nameRun
	words    []string
	speaking []string // storyEvidenceRules' surnames, kept between stories
	things   []string // storyThingRules' names (cleared after each story: they hold its text)
	c        runCase
}

// runArenas recycles run scratch between stories, like tokenArenas.
var runArenas = sync.Pool{New: func() any { return new(runScratch) }}

// isNameWord reports whether a token can be part of a name. Its first
// test passes most words asked about without a call: a capitalised word
// that is no stop word and whose second letter is in lower case ("Omar"),
// which is no acronym.
func isNameWord(p string, t *lex.Token) bool {
	if t.Cap && t.Class&lex.Stop == 0 && t.End-t.Start > 1 && p[t.Start+1]-'a' < 26 {
		return true // (-'a' < 26: a byte from 'a' to 'z')
	}
	return isNameWordRead(p, t)
}

// isNameWordRead is isNameWord for the words its first test leaves.
func isNameWordRead(p string, t *lex.Token) bool {
	if !t.Word {
		return false
	}
	if t.Is(lex.Stop) {
		// "Gene A. Cretz": an initial, not the article
		return isInitials(t.Text(p))
	}
	if t.Cap {
		w := t.Text(p)
		return !isAcronym(w) && !strings.ContainsAny(w, "0123456789") // (not "F-16": a model's number)
	}
	// el-Abidine, al-Assad, ul-Haq
	if i := strings.IndexByte(t.Text(p), '-'); i > 0 && i+1 < len(t.Text(p)) && lex.Particles[t.Low(p)[:i]] {
		r, _ := utf8.DecodeRuneInString(t.Text(p)[i+1:])
		return unicode.IsUpper(r)
	}
	return false
}

// isAcronym tells GOT or WASHINGTON (all capitals, longer than an initial)
// from a name word; U.S. stays a word for the title chain to skip.
func isAcronym(s string) bool {
	if len(s) > 1 && s[1] >= 'a' && s[1] <= 'z' {
		return false // "Omar": most words asked about are names
	}
	n := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n > 1 && !strings.Contains(s, ".")
}

// List turns the index into the story's people, in the order the story
// introduces them.
func (ix *Index) List() []model.Person {
	out := make([]model.Person, 0, len(ix.People))
	for _, p := range ix.People {
		out = append(out, model.Person{Name: p.Canonical, Aliases: p.Aliases, Mentions: p.Count})
	}
	return out
}
