package people

import (
	"strings"
	"unicode/utf8"

	"cables/content/lex"
)

// Reading runs of capitalised words as names: the titles and roles
// around them, and the evidence that a run is surely a person.

// portfolios follow "of" in a title: "Secretary of State", "Chief of
// Staff", "Minister of Justice".
var portfolios = lex.MustSet(words, "words/portfolios.txt")

// surnameAfter reports whether a word no name usually holds is a
// surname here, the last of the run [start, j): after a given name
// ("Theresa May", "Charles English"), after a title ("Mr. English"), or
// before "himself" ("English himself is quoted").
func surnameAfter(p string, ts []lex.Token, start, k, j int) bool {
	if k != j-1 || lex.Weekdays[ts[k].Low(p)] {
		return false
	}
	switch {
	case k == start+1 && ts[start].Is(lex.FirstName), k == start && start > 0 && honorifics[ts[start-1].Low(p)]:
		return true
	case k == start && j < len(ts):
		w := ts[j].Low(p)
		return w == "himself" || w == "herself"
	}
	return false
}

// honorifics stand before a person's name only: "Mr. English", not
// "Foreign Office".
var honorifics = lex.MustSet(words, "words/honorifics.txt")

// surnameMonths are months that are also surnames.
var surnameMonths = lex.MustSet(words, "words/surname-months.txt")

// placePreposition reports whether w puts a lone capitalised word in a
// place: "in", "from", "at".
func placePreposition(w string) bool { return w == "in" || w == "from" || w == "at" }

// describedAs verbs take a person and "as" a description of them.
var describedAs = lex.MustSet(words, "words/described-as.txt")

// regnal reports whether w is a regnal number: II, III, IV … XVI.
func regnal(w string) bool {
	if len(w) < 2 || len(w) > 5 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] != 'I' && w[i] != 'V' && w[i] != 'X' {
			return false
		}
	}
	return true
}

// bareInitials reports whether token i is two initials written without
// periods before a surname: "PJ Crowley".
func bareInitials(p string, ts []lex.Token, i int) bool {
	if i+1 >= len(ts) || ts[i].End-ts[i].Start != 2 || !isAcronym(ts[i].Text(p)) {
		return false
	}
	n := &ts[i+1]
	return n.Word && n.Cap && !isAcronym(n.Text(p)) && !n.Is(lex.Title|lex.NotPerson|lex.Stop) && !ts[i].Is(lex.NotPerson)
}

// leadCaps reports whether a paragraph opens the tabloid way, its first
// word in capitals before a name: "SILVIO Berlusconi is …".
func leadCaps(p string, ts []lex.Token) bool {
	return len(ts) > 1 && ts[0].Word && ts[0].End-ts[0].Start >= 3 && isAcronym(ts[0].Text(p)) &&
		ts[1].Word && ts[1].Cap && !isAcronym(ts[1].Text(p)) && !ts[1].Is(lex.Stop) && !lex.Places[titleWord(ts[0].Text(p))]
}

// titleWord writes a word in capitals as a name: SILVIO as Silvio.
func titleWord(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	return string(r) + strings.ToLower(w[n:])
}

// appendRuns finds the runs of name words of one paragraph.
func appendRuns(runs []nameRun, pi int, p string, ts []lex.Token, words *[]string) []nameRun {
	for i := 0; i < len(ts); {
		if i == 0 && leadCaps(p, ts) || bareInitials(p, ts, i) {
			// fall through to read the run: "SILVIO Berlusconi is …",
			// "the spokesman, PJ Crowley, said"
		} else if !ts[i].Cap && !ts[i].Is(lex.Particle) || !isNameWord(p, &ts[i]) && !(ts[i].Is(lex.Title) && ts[i].Cap) {
			i++
			continue
		}
		j := i + 1
		for j < len(ts) && !ts[j-1].Poss {
			t := &ts[j]
			prevTitle := ts[j-1].Is(lex.Title)
			switch {
			case isNameWord(p, t) || t.Is(lex.Title) && t.Cap:
				j++
				continue
			case t.Cap && t.Is(lex.Stop) && ts[j-1].Is(lex.Title) && j+1 < len(ts) && isNameWord(p, &ts[j+1]):
				j++ // "Senior General Than Shwe": a title before it makes it a name
				continue
			case t.Cap && surnameMonths[t.Low(p)] && (ts[j-1].Is(lex.FirstName) || ts[j-1].Is(lex.Title)) && !ts[j-1].Poss:
				j++ // "Theresa May", "Mrs May"
				continue
			case regnal(t.Text(p)) && isNameWord(p, &ts[j-1]) && !ts[j-1].Poss:
				j++ // "King Abdullah II"
				continue
			case t.Is(lex.Particle) && j+1 < len(ts) && (isNameWord(p, &ts[j+1]) || ts[j+1].Is(lex.Particle) && j+2 < len(ts) && isNameWord(p, &ts[j+2])):
				j++ // "Fernández de la Vega": particles may come in pairs
				continue
			case t.Low(p) == "of" && prevTitle && j+1 < len(ts) && ts[j+1].Cap && (ts[j+1].Is(lex.Title) || portfolios[strings.ToLower(ts[j+1].Text(p))] ||
				j+3 < len(ts) && isNameWord(p, &ts[j+2]) && isNameWord(p, &ts[j+3])):
				// Secretary of State; Archbishop of Dublin Diarmuid
				// Martin; not "President of Upper Kandia"
				j += 2
				continue
			case t.Text(p) == "(" && prevTitle:
				// President (Asif Ali) Zardari: the brackets hold the name
				k := j + 1
				for k < len(ts) && isNameWord(p, &ts[k]) {
					k++
				}
				if k > j+1 && k+1 < len(ts) && ts[k].Text(p) == ")" && isNameWord(p, &ts[k+1]) {
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
func readRun(pi int, p string, ts []lex.Token, i, j int, words *[]string) (nameRun, bool) {
	r := nameRun{para: pi, tok: i, tokEnd: j, poss: ts[j-1].Poss}
	// the roles and then the name are carved from words, capped so that
	// appending to one never overwrites the next
	from := len(*words)
	start := i
	for k := i; k < j; k++ {
		if ts[k].Is(lex.Title) && !(k == j-1 && k > i && !ts[k].Is(lex.RoleNoun) && (ts[k-1].Is(lex.FirstName) && !ts[k-1].Is(lex.Title) || honorifics[ts[k-1].Low(p)])) {
			// (not the surname of "Julie Bishop", "Ms Bishop"; but "Mr.
			// President" is a title)
			*words = append(*words, NormRole(ts[k].Low(p)))
			start = k + 1
			if k+2 < j && ts[k+1].Low(p) == "of" {
				start = k + 3
				k += 2
			}
		}
	}
	switch {
	case i > 0 && !ts[i-1].Cap && ts[i-1].Is(lex.RoleWord):
		*words = append(*words, NormRole(ts[i-1].Low(p)))
		// "Media Minister and Cabinet spokesman X": offices joined by
		// "and" before the name are all X's
		for k := i - 2; k > 0 && k >= i-6 && ts[k].Word; k-- {
			if ts[k].Low(p) != "and" {
				if !ts[k].Cap && !ts[k].Is(lex.RoleWord) {
					break
				}
				continue
			}
			if ts[k-1].Is(lex.Title | lex.RoleWord) {
				*words = append(*words, NormRole(ts[k-1].Low(p)))
			}
			break
		}
	case i > 2 && ts[i-1].Text(p) == "," && ts[i-2].Is(lex.Title) && ts[i-2].Cap && (ts[i-3].Low(p) == "the" || i > 3 && ts[i-4].Low(p) == "the" || i > 4 && ts[i-5].Low(p) == "the"):
		// "the Foreign Secretary, Jeremy Hunt,"
		*words = append(*words, NormRole(ts[i-2].Low(p)))
	case i > 1 && ts[i-1].Text(p) == ",":
		// "Ben Ali's wife, Leila Ben Ali", "the ambassador to Tunisia,
		// Gordon Gray"
		for k := i - 2; k >= 0 && k >= i-7 && ts[k].Text(p) != "," && ts[k].Word; k-- {
			// "the former U.S. Ambassador to India, X": a title may be
			// capitalised too
			if ts[k].Is(lex.RoleWord) && (!ts[k].Cap || ts[k].Is(lex.Title) && k+1 < i-1 && ts[k+1].Is(lex.Prep)) {
				*words = append(*words, NormRole(ts[k].Low(p)))
				break
			}
		}
	}
	det := j + 1
	if det+2 < len(ts) && (ts[det].Low(p) == "described" || ts[det].Low(p) == "identified") && ts[det+1].Low(p) == "as" {
		det += 2 // "Nachiketa Kapur, described as an aide to …"
	}
	if det+1 < len(ts) && ts[j].Text(p) == "," && ts[det].Low(p) == "then" {
		det-- // "Diosdado Cabello, then minister of public works": the role follows
	}
	if det+1 < len(ts) && ts[j].Text(p) == "," && (ts[det].Low(p) == "the" || ts[det].Low(p) == "a" || ts[det].Low(p) == "an" || det == j || ts[det].Poss) &&
		!(j == i+1 && i > 0 && placePreposition(ts[i-1].Low(p))) {
		// (not "In Ankara, a senior official": a place)
		// "Gen. Rachid Ammar, the army chief,", "Sir Kim Darroch,
		// Britain's ambassador"
		for k := det + 1; k < len(ts) && k <= det+4 && ts[k].Word; k++ {
			if !ts[k].Cap && ts[k].Is(lex.RoleWord) {
				*words = append(*words, NormRole(ts[k].Low(p)))
				if ts[k-1].Is(lex.Title) && !ts[k-1].Poss {
					*words = append(*words, NormRole(ts[k-1].Low(p))) // "the foreign minister"
				}
				break
			}
			if !ts[k].Cap && k+1 < len(ts) && ts[k+1].Low(p) == "who" {
				r.evidence = true // "Askar Akayev, the physicist who ruled"
				break
			}
		}
	}
	*words = portfolio(p, ts, j, *words)
	r.roles = (*words)[from:len(*words):len(*words)]
	from = len(*words)
	if len(r.roles) == 0 && !ts[i].Is(lex.FirstName) {
		// "Delhi Tim Roemer": a place glued before a first name
		for k := i + 1; k < j; k++ {
			if ts[k].Is(lex.FirstName) {
				start = k
				break
			}
		}
	}
	for k := start; k < j; k++ {
		t := ts[k]
		if t.Text(p) == "(" || t.Text(p) == ")" {
			continue
		}
		if t.Is(lex.NotPerson) && !surnameAfter(p, ts, start, k, j) && !(k == start && k+1 < j && t.Is(lex.FirstName)) || !t.Word {
			// (but "Bill Clinton": a given name that is also a word)
			return r, false
		}
		if k == 0 && leadCaps(p, ts) {
			*words = append(*words, titleWord(t.Text(p)))
			continue
		}
		*words = append(*words, t.Text(p))
	}
	r.name = (*words)[from:len(*words):len(*words)]
	if len(r.name) == 0 {
		return r, false
	}
	switch {
	case len(r.roles) > 0:
		r.evidence = true
	case len(r.name) >= 2 && ts[start].Is(lex.FirstName):
		r.evidence = true
	case len(r.name) >= 2 && reportsNext(ts, j) && !(i > 0 && ts[i-1].Is(lex.Prep) && !ts[i-1].Cap):
		// "Tom Beck said", "Nigel Farage has now said", not "the
		// consulate in Porto Alegre reports"
		r.evidence = true
	case len(r.name) >= 2 && describedThenReports(p, ts, j):
		r.evidence = true
	case len(r.name) >= 2 && i > 0 && describedAs[ts[i-1].Low(p)] && j < len(ts) && ts[j].Low(p) == "as":
		// "a cable described Dervis Eroglu as “…”"
		r.evidence = true
	case len(r.name) >= 2 && i >= 2 && ts[i-1].Is(lex.Report) && !ts[i-1].Cap && (ts[i-2].Text(p) == "," || isQuoteMark(ts[i-2].Text(p))):
		// "“…,” said Mehran Kamrava": the inverted speaker of a quote
		r.evidence = true
	case len(r.name) >= 2 && (isInitials(r.name[0]) || hasInnerParticle(r.name) || particleJoined(r.name[1:])):
		// "A.Q. Khan", "Sakher el Materi", "Osama bin Laden", "Abdelbaset
		// al-Megrahi"
		r.evidence = true
	}
	r.tok = start
	for r.tok > i && ts[r.tok-1].Is(lex.Title) {
		r.tok--
	}
	r.start, r.end = ts[r.tok].Start, ts[j-1].End
	return r, true
}

// reportsNext reports whether a reporting verb follows a run at token j,
// past auxiliaries and adverbs: "said", "has now said".
func reportsNext(ts []lex.Token, j int) bool {
	for k := j; k < len(ts) && k < j+4; k++ {
		switch {
		case ts[k].Is(lex.Report) && !ts[k].Cap:
			return true
		case !ts[k].Is(lex.Skip) || ts[k].Cap:
			return false
		}
	}
	return false
}

// describedThenReports reports whether the name ending before token j is
// followed by a description set off by commas and then a reporting verb:
// "Dev Sena, director of the Policy Forum, said". The description starts
// with a lower-case word and holds no clause of its own.
func describedThenReports(p string, ts []lex.Token, j int) bool {
	if j+2 >= len(ts) || ts[j].Text(p) != "," || !ts[j+1].Word || ts[j+1].Cap {
		return false
	}
	for k := j + 2; k < len(ts) && k <= j+24; k++ {
		switch {
		case ts[k].Is(lex.Clause) || ts[k].Is(lex.Report):
			return false
		case ts[k].Text(p) == "'" || ts[k].Text(p) == "’":
			// "the survivors' group": a possessive, not a quote
		case !ts[k].Word:
			return ts[k].Text(p) == "," && k+1 < len(ts) && ts[k+1].Is(lex.Report) && !ts[k+1].Cap
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
