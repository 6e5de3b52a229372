package content

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// person is one entry of a story's people index while it is built.
type person struct {
	tokens []string // the canonical name, word by word
	// canonical is tokens joined, set once the index is complete.
	canonical string
	aliases   []string // forms as the story wrote them
	roles     []string
	gender    byte // 'f', 'm' or 0 when unknown
	// givenRead is the first word whose gender was last looked up, so
	// that a person of unknown gender costs one lookup, not one per
	// mention
	givenRead string
	count     int
	// lastPara and lastAt are where the story last named the person,
	// while mentions are recorded in reading order
	lastPara, lastAt int
}

func (p *person) name() string { return strings.Join(p.tokens, " ") }

// hasRole reports whether the story gave the person a title: a handful at
// most, so a list beats a map.
func (p *person) hasRole(r string) bool { return slices.Contains(p.roles, r) }

// mention is where a paragraph names a person: tokens [tok, tokEnd) hold
// the form, titles included.
type mention struct {
	tok, tokEnd int
	person      int
	poss        bool // "Kayani’s": an owner, not a subject
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
	poss     bool
	person   int // the person a sure name was filed under
}

// peopleIndex holds the persons a story's body names, the forms of each
// merged, and every mention per paragraph.
type peopleIndex struct {
	people   []*person
	mentions [][]mention
	all      []mention // every paragraph's mentions, in reading order
	store    []person  // where people are allocated, a story at a time
	// byLast and byFirst find the people whose name ends or begins with a
	// word, so that matching a name costs a lookup, not a pass over all.
	// Both live only while findPeople runs.
	byLast, byFirst *nameIndex
}

// roleAliases give one spelling to a title's abbreviations.
var roleAliases = map[string]string{
	"gen": "general", "sen": "senator", "amb": "ambassador", "gov": "governor", "pres": "president",
	"adm": "admiral", "col": "colonel", "capt": "captain", "lt": "lieutenant", "maj": "major",
	"premier": "prime", "pm": "prime", "envoy": "ambassador", "external": "foreign",
}

func normRole(w string) string {
	if r, ok := roleAliases[w]; ok {
		return r
	}
	return w
}

// peopleIndexes recycle indexes between stories: extract releases one when
// the story's people and quotes are built.
var peopleIndexes = sync.Pool{New: func() any { return new(peopleIndex) }}

// release gives the index back for another story; it must not be used
// after.
func (ix *peopleIndex) release() { peopleIndexes.Put(ix) }

// newPerson returns a new person named by words, from the index's store.
func (ix *peopleIndex) newPerson(words []string) *person {
	if len(ix.store) == cap(ix.store) {
		// earlier people keep the old array; a new one is started
		ix.store = make([]person, 0, max(16, 2*cap(ix.store)))
	}
	ix.store = append(ix.store, person{tokens: words})
	return &ix.store[len(ix.store)-1]
}

// findPeople reads the paragraphs' tokens twice: first the runs that are
// surely names, then every run that repeats part of a known name (a bare
// surname, a first name, "Mr Rudd").
func findPeople(paras []string, toks [][]token) *peopleIndex {
	ix := peopleIndexes.Get().(*peopleIndex)
	ix.people, ix.store, ix.all = ix.people[:0], ix.store[:0], ix.all[:0]
	ix.mentions = room(ix.mentions, len(paras))
	clear(ix.mentions)
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
	for pi := range paras {
		runs = appendRuns(runs, pi, paras[pi], toks[pi], &sc.words)
	}
	defer func() { sc.runs = runs[:0] }()
	for i := range runs {
		if runs[i].evidence {
			runs[i].person = ix.add(runs[i], paras)
		}
	}
	if cap(ix.all) < len(runs) {
		ix.all = make([]mention, 0, len(runs))
	}
	for _, r := range runs {
		ix.place(r, paras)
	}
	// runs come in reading order, so each paragraph's mentions are one
	// stretch of all
	for i := 0; i < len(ix.all); {
		j := i
		for j < len(ix.all) && ix.all[j].para == ix.all[i].para {
			j++
		}
		ix.mentions[ix.all[i].para] = ix.all[i:j:j]
		i = j
	}
	for _, p := range ix.people {
		p.canonical = p.name()
	}
	return ix
}

// runScratch holds the runs of a story and the words of their names and
// roles. Runs never outlive findPeople; a person's tokens point into words
// only while the index is built (its canonical name is a string of its
// own).
type runScratch struct {
	runs  []nameRun
	words []string
}

// runArenas recycles run scratch between stories, like tokenArenas.
var runArenas = sync.Pool{New: func() any { return new(runScratch) }}

// isNameWord reports whether a token can be part of a name.
func isNameWord(p string, t *token) bool {
	if !t.word {
		return false
	}
	if t.is(cStop) {
		// "Gene A. Cretz": an initial, not the article
		return isInitials(t.text(p))
	}
	if t.cap {
		return !isAcronym(t.text(p))
	}
	// el-Abidine, al-Assad, ul-Haq
	if i := strings.IndexByte(t.text(p), '-'); i > 0 && i+1 < len(t.text(p)) && particles[t.low(p)[:i]] {
		r, _ := utf8.DecodeRuneInString(t.text(p)[i+1:])
		return unicode.IsUpper(r)
	}
	return false
}

// portfolios follow "of" in a title: "Secretary of State", "Chief of
// Staff", "Minister of Justice".
var portfolios = wordSet(`state staff justice health education energy commerce agriculture trade
	information labour labor industry culture transport planning security intelligence`)

// surnameAfter reports whether a word no name usually holds is a
// surname here, the last of the run [start, j): after a given name
// ("Theresa May", "Charles English"), after a title ("Mr. English"), or
// before "himself" ("English himself is quoted").
func surnameAfter(p string, ts []token, start, k, j int) bool {
	if k != j-1 || weekdays[ts[k].low(p)] {
		return false
	}
	switch {
	case k == start+1 && ts[start].is(cFirstName), k == start && start > 0 && honorifics[ts[start-1].low(p)]:
		return true
	case k == start && j < len(ts):
		w := ts[j].low(p)
		return w == "himself" || w == "herself"
	}
	return false
}

// honorifics stand before a person's name only: "Mr. English", not
// "Foreign Office".
var honorifics = wordSet(`mr mrs ms miss dr sir lady dame madam`)

// surnameMonths are months that are also surnames.
var surnameMonths = wordSet(`may june april august march`)

// placePreposition reports whether w puts a lone capitalised word in a
// place: "in", "from", "at".
func placePreposition(w string) bool { return w == "in" || w == "from" || w == "at" }

// leadCaps reports whether a paragraph opens the tabloid way, its first
// word in capitals before a name: "SILVIO Berlusconi is …".
func leadCaps(p string, ts []token) bool {
	return len(ts) > 1 && ts[0].word && ts[0].end-ts[0].start >= 3 && isAcronym(ts[0].text(p)) &&
		ts[1].word && ts[1].cap && !isAcronym(ts[1].text(p)) && !ts[1].is(cStop) && !places[titleWord(ts[0].text(p))]
}

// titleWord writes a word in capitals as a name: SILVIO as Silvio.
func titleWord(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	return string(r) + strings.ToLower(w[n:])
}

// isAcronym tells GOT or WASHINGTON (all capitals, longer than an initial)
// from a name word; U.S. stays a word for the title chain to skip.
func isAcronym(s string) bool {
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

// appendRuns finds the runs of name words of one paragraph.
func appendRuns(runs []nameRun, pi int, p string, ts []token, words *[]string) []nameRun {
	for i := 0; i < len(ts); {
		if i == 0 && leadCaps(p, ts) {
			// fall through to read the run: "SILVIO Berlusconi is …"
		} else if !ts[i].cap && !ts[i].is(cParticle) || !isNameWord(p, &ts[i]) && !(ts[i].is(cTitle) && ts[i].cap) {
			i++
			continue
		}
		j := i + 1
		for j < len(ts) && !ts[j-1].poss {
			t := &ts[j]
			prevTitle := ts[j-1].is(cTitle)
			switch {
			case isNameWord(p, t) || t.is(cTitle) && t.cap:
				j++
				continue
			case t.cap && surnameMonths[t.low(p)] && (ts[j-1].is(cFirstName) || ts[j-1].is(cTitle)) && !ts[j-1].poss:
				j++ // "Theresa May", "Mrs May"
				continue
			case t.is(cParticle) && j+1 < len(ts) && isNameWord(p, &ts[j+1]):
				j++
				continue
			case t.low(p) == "of" && prevTitle && j+1 < len(ts) && ts[j+1].cap && (ts[j+1].is(cTitle) || portfolios[strings.ToLower(ts[j+1].text(p))] ||
				j+3 < len(ts) && isNameWord(p, &ts[j+2]) && isNameWord(p, &ts[j+3])):
				// Secretary of State; Archbishop of Dublin Diarmuid
				// Martin; not "President of Upper Kandia"
				j += 2
				continue
			case t.text(p) == "(" && prevTitle:
				// President (Asif Ali) Zardari: the brackets hold the name
				k := j + 1
				for k < len(ts) && isNameWord(p, &ts[k]) {
					k++
				}
				if k > j+1 && k+1 < len(ts) && ts[k].text(p) == ")" && isNameWord(p, &ts[k+1]) {
					j = k + 1
					continue
				}
			}
			break
		}
		if r, ok := readRun(pi, p, ts, i, j, words); ok {
			runs = append(runs, r)
		}
		i = j
	}
	return runs
}

// readRun strips a run's titles and tells whether it is surely a person.
func readRun(pi int, p string, ts []token, i, j int, words *[]string) (nameRun, bool) {
	r := nameRun{para: pi, tok: i, tokEnd: j, poss: ts[j-1].poss}
	// the roles and then the name are carved from words, capped so that
	// appending to one never overwrites the next
	from := len(*words)
	start := i
	for k := i; k < j; k++ {
		if ts[k].is(cTitle) {
			*words = append(*words, normRole(ts[k].low(p)))
			start = k + 1
			if k+2 < j && ts[k+1].low(p) == "of" {
				start = k + 3
				k += 2
			}
		}
	}
	switch {
	case i > 0 && !ts[i-1].cap && ts[i-1].is(cRoleWord):
		*words = append(*words, normRole(ts[i-1].low(p)))
		// "Media Minister and Cabinet spokesman X": offices joined by
		// "and" before the name are all X's
		for k := i - 2; k > 0 && k >= i-6 && ts[k].word; k-- {
			if ts[k].low(p) != "and" {
				if !ts[k].cap && !ts[k].is(cRoleWord) {
					break
				}
				continue
			}
			if ts[k-1].is(cTitle | cRoleWord) {
				*words = append(*words, normRole(ts[k-1].low(p)))
			}
			break
		}
	case i > 2 && ts[i-1].text(p) == "," && ts[i-2].is(cTitle) && ts[i-2].cap && (ts[i-3].low(p) == "the" || i > 3 && ts[i-4].low(p) == "the"):
		// "the Foreign Secretary, Jeremy Hunt,"
		*words = append(*words, normRole(ts[i-2].low(p)))
	case i > 1 && ts[i-1].text(p) == ",":
		// "Ben Ali's wife, Leila Ben Ali", "the ambassador to Tunisia,
		// Gordon Gray"
		for k := i - 2; k >= 0 && k >= i-7 && ts[k].text(p) != "," && ts[k].word; k-- {
			// "the former U.S. Ambassador to India, X": a title may be
			// capitalised too
			if ts[k].is(cRoleWord) && (!ts[k].cap || ts[k].is(cTitle) && k+1 < i-1 && ts[k+1].is(cPrep)) {
				*words = append(*words, normRole(ts[k].low(p)))
				break
			}
		}
	}
	det := j + 1
	if det+2 < len(ts) && (ts[det].low(p) == "described" || ts[det].low(p) == "identified") && ts[det+1].low(p) == "as" {
		det += 2 // "Nachiketa Kapur, described as an aide to …"
	}
	if det+1 < len(ts) && ts[j].text(p) == "," && ts[det].low(p) == "then" {
		det-- // "Diosdado Cabello, then minister of public works": the role follows
	}
	if det+1 < len(ts) && ts[j].text(p) == "," && (ts[det].low(p) == "the" || ts[det].low(p) == "a" || ts[det].low(p) == "an" || det == j || ts[det].poss) &&
		!(j == i+1 && i > 0 && placePreposition(ts[i-1].low(p))) {
		// (not "In Ankara, a senior official": a place)
		// "Gen. Rachid Ammar, the army chief,", "Sir Kim Darroch,
		// Britain's ambassador"
		for k := det + 1; k < len(ts) && k <= det+4 && ts[k].word; k++ {
			if !ts[k].cap && ts[k].is(cRoleWord) {
				*words = append(*words, normRole(ts[k].low(p)))
				if ts[k-1].is(cTitle) {
					*words = append(*words, normRole(ts[k-1].low(p))) // "the foreign minister"
				}
				break
			}
			if !ts[k].cap && k+1 < len(ts) && ts[k+1].low(p) == "who" {
				r.evidence = true // "Askar Akayev, the physicist who ruled"
				break
			}
		}
	}
	*words = portfolio(p, ts, j, *words)
	r.roles = (*words)[from:len(*words):len(*words)]
	from = len(*words)
	if len(r.roles) == 0 && !ts[i].is(cFirstName) {
		// "Delhi Tim Roemer": a place glued before a first name
		for k := i + 1; k < j; k++ {
			if ts[k].is(cFirstName) {
				start = k
				break
			}
		}
	}
	for k := start; k < j; k++ {
		t := ts[k]
		if t.text(p) == "(" || t.text(p) == ")" {
			continue
		}
		if t.is(cNotPerson) && !surnameAfter(p, ts, start, k, j) || !t.word {
			return r, false
		}
		if k == 0 && leadCaps(p, ts) {
			*words = append(*words, titleWord(t.text(p)))
			continue
		}
		*words = append(*words, t.text(p))
	}
	r.name = (*words)[from:len(*words):len(*words)]
	if len(r.name) == 0 {
		return r, false
	}
	switch {
	case len(r.roles) > 0:
		r.evidence = true
	case len(r.name) >= 2 && ts[start].is(cFirstName):
		r.evidence = true
	case len(r.name) >= 2 && reportsNext(ts, j) && !(i > 0 && ts[i-1].is(cPrep) && !ts[i-1].cap):
		// "Tom Beck said", "Nigel Farage has now said", not "the
		// consulate in Porto Alegre reports"
		r.evidence = true
	case len(r.name) >= 2 && describedThenReports(p, ts, j):
		r.evidence = true
	case len(r.name) >= 2 && i >= 2 && ts[i-1].is(cReport) && !ts[i-1].cap && (ts[i-2].text(p) == "," || isQuoteMark(ts[i-2].text(p))):
		// "“…,” said Mehran Kamrava": the inverted speaker of a quote
		r.evidence = true
	case len(r.name) >= 2 && (isInitials(r.name[0]) || hasInnerParticle(r.name) || particleJoined(r.name[1:])):
		// "A.Q. Khan", "Sakher el Materi", "Osama bin Laden", "Abdelbaset
		// al-Megrahi"
		r.evidence = true
	}
	r.tok = start
	for r.tok > i && ts[r.tok-1].is(cTitle) {
		r.tok--
	}
	r.start, r.end = ts[r.tok].start, ts[j-1].end
	return r, true
}

// reportsNext reports whether a reporting verb follows a run at token j,
// past auxiliaries and adverbs: "said", "has now said".
func reportsNext(ts []token, j int) bool {
	for k := j; k < len(ts) && k < j+4; k++ {
		switch {
		case ts[k].is(cReport) && !ts[k].cap:
			return true
		case !ts[k].is(cSkip) || ts[k].cap:
			return false
		}
	}
	return false
}

// describedThenReports reports whether the name ending before token j is
// followed by a description set off by commas and then a reporting verb:
// "Dev Sena, director of the Policy Forum, said". The description starts
// with a lower-case word and holds no clause of its own.
func describedThenReports(p string, ts []token, j int) bool {
	if j+2 >= len(ts) || ts[j].text(p) != "," || !ts[j+1].word || ts[j+1].cap {
		return false
	}
	for k := j + 2; k < len(ts) && k <= j+24; k++ {
		switch {
		case ts[k].is(cClause) || ts[k].is(cReport):
			return false
		case ts[k].text(p) == "'" || ts[k].text(p) == "’":
			// "the survivors' group": a possessive, not a quote
		case !ts[k].word:
			return ts[k].text(p) == "," && k+1 < len(ts) && ts[k+1].is(cReport) && !ts[k+1].cap
		}
	}
	return false
}

// isQuoteMark reports whether s is a closing quotation mark a quote can
// end with before its inverted speaker.
func isQuoteMark(s string) bool {
	switch s {
	case "”", "\"", "’", "'", "»", "“":
		return true
	}
	return false
}
