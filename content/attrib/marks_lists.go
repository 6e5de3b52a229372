package attrib

import "cables/content/lex"

// The word lists the rules ask about word after word, registered with the
// lexer: a token tells whether its word is in one by a bit of its
// vocabulary entry (paraText.in), where a lookup in the list's map hashed
// the word each time. The maps stay for the words that are no token's
// (a cue's verb, a phrase).
var (
	secrecyMark        = lex.Register(secrecyWords)
	definiteMark       = lex.Register(definite)
	countMark          = lex.Register(countWords)
	conjunctionMark    = lex.Register(conjunctions)
	plainModifierMark  = lex.Register(plainModifiers)
	docVerbMark        = lex.Register(docVerbs)
	aboutNounMark      = lex.Register(aboutNouns)
	labelVerbMark      = lex.Register(labelVerbs)
	labelAsVerbMark    = lex.Register(labelAsVerbs)
	docTellingVerbMark = lex.Register(docTellingVerbs)
	docHeadMark        = lex.Register(docHeads)
	docLikeNounMark    = lex.Register(docLikeNouns)
	missionVerbMark    = lex.Register(missionVerbs)
	disclosureNounMark = lex.Register(disclosureNouns)
	copulaMark         = lex.Register(copulas)
	tellingVerbMark    = lex.Register(tellingVerbs)
	participleLinkMark = lex.Register(participleLinks)
	indefiniteMark     = lex.Register(indefinite)
	describerMark      = lex.Register(describers)
	ordinalMark        = lex.Register(ordinals)
	outletNounMark     = lex.Register(outletNouns)
	weekdayMark        = lex.Register(lex.Weekdays)
)
