package people

import (
	"strings"
	"unicode/utf8"

	"cables/content/lex"
)

// The word lists and word shapes the people rules read: what the tables
// in run.go, roles.go, nameword.go and evidence.go ask about a word.

// portfolios follow "of" in a title: "Secretary of State", "Chief of
// Staff", "Minister of Justice".
var portfolios = lex.MustSet(words, "words/portfolios.txt")

// honorifics stand before a person's name only: "Mr. English", not
// "Foreign Office".
var honorifics = lex.MustSet(words, "words/honorifics.txt")

// honorific reports a word of honorifics, ruling out most words by the
// list's filter before the word is hashed: every run's roles and the word
// before many names are asked.
func honorific(w string) bool { return honorificFilter.May(w) && honorifics[w] }

var honorificFilter = lex.FilterOf(honorifics)

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

// allCapsWord reports a word of two capitals or more and no lower case:
// a party's or a body's initials.
func allCapsWord(w string) bool {
	if len(w) < 2 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// pairedThenDescribed reports a name ending before token j that "and" joins
// to a second name of two or three capitalised words, which a description
// and a reporting verb follow: "Niu Jun and Zhang Qingmin, professors at
// Peking University, said".
func pairedThenDescribed(p string, ts []lex.Token, j int) bool {
	if j+3 >= len(ts) || ts[j].Text(p) != "and" {
		return false
	}
	k := j + 1
	for k < len(ts) && k <= j+3 && ts[k].Word && ts[k].Cap {
		k++
	}
	return k-j-1 >= 2 && describedThenReports(p, ts, k)
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
		case ts[k].Text(p) == "(" && k+2 < len(ts) && ts[k+2].Text(p) == ")" && allCapsWord(ts[k+1].Text(p)):
			k += 2 // "the Zanu (PF) spokesman": a party's initials
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
