package people

import (
	"strings"

	"cables/content/lex"
)

// The word lists the people rules ask about a token's word (as Low gives
// it), registered with the lexer: a token tells whether its word is in
// one by a bit of its vocabulary entry (lex.Token.In), where a lookup in
// the list's map hashed the word each time.
var (
	describedAsMark         = lex.Register(describedAs)
	beforeANameMark         = lex.Register(beforeAName)
	peopleListedMark        = lex.Register(peopleListed)
	namesAlsoNoNameMark     = lex.Register(namesAlsoNoNameWords)
	officeBeforeGeneralMark = lex.Register(officesBeforeGeneral)
	roleSurnameMark         = lex.Register(roleSurnames)
	officeAdjectiveMark     = lex.Register(officeAdjectives)
	titleAfterTitleMark     = lex.Register(titlesAfterTitle)
	surnameWordMark         = lex.Register(surnameWords)
	weekdayMark             = lex.Register(lex.Weekdays)
	placeNounMark           = lex.Register(placeNouns)
	surnameMonthMark        = lex.Register(surnameMonths)
	// placeStartMark is registered in any case: a run's first word is
	// asked about as the page writes it ("Hong")
	placeStartMark = lex.RegisterAnyCase(placeStarts)
	// publicFigureMark too: a run's words are asked about as written
	publicFigureMark = lex.RegisterAnyCase(publicFigures)
	// lastNounMark too: a run's last word, capitalised ("County")
	lastNounMark = lex.RegisterAnyCase(lastNouns)
)

// placeStarts are the words a place or country of several words starts
// with.
var placeStarts = firstWords(lex.Places, countries)

// firstWords returns the first words of the entries of two words or more
// of the sets: the words a place of several words may start with ("hong"
// of "hong kong"), which a run's first word must be for the run to be
// one (placeStartMay).
func firstWords(sets ...map[string]bool) map[string]bool {
	first := map[string]bool{}
	for _, set := range sets {
		for w := range set {
			if i := strings.IndexByte(w, ' '); i > 0 && !strings.HasSuffix(w[:i], ".") {
				first[w[:i]] = true // (one ending in a period: see placeStartMay)
			}
		}
	}
	return first
}

// inAnyCase reports whether token k's word as written ("Obama"), lowered,
// is in set, registered in any case as m, whose filter is f: the token's
// mark tells, but for a word ending in a period, which Low drops and the
// mark does not read.
func (c *runCase) inAnyCase(k int, m lex.Mark, set map[string]bool, f *lex.WordFilter) bool {
	if t := &c.ts[k]; c.p[t.End-1] != '.' {
		return t.In(m)
	}
	return inLowered(set, f, c.text(k))
}
