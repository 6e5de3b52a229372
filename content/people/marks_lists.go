package people

import "cables/content/lex"

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
	surnameWordMark         = lex.Register(surnameWords)
	weekdayMark             = lex.Register(lex.Weekdays)
	placeNounMark           = lex.Register(placeNouns)
	surnameMonthMark        = lex.Register(surnameMonths)
)
