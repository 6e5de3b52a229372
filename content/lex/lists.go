package lex

import "time"

// The shared vocabulary: each list is a file under words/, which says what
// it is for and where it came from. The lists that give a token its
// classes are read into the vocabulary (vocab.go); those other stages read
// by name are exported.

// classLists reads the lists that give tokens their classes and are read
// only through them, each with the class it gives. The vocabulary reads
// them once (vocab.go), in the background while the program starts.
func classLists() []classList {
	return []classList{
		{MustSet(words, "words/abbreviations.txt"), Abbrev},
		{MustSet(words, "words/titles.txt"), Title},
		{MustSet(words, "words/role-words.txt"), RoleWord},
		{MustSet(words, "words/role-nouns.txt"), RoleNoun},
		{MustSet(words, "words/not-person-words.txt"), NotPerson},
		{MustSet(words, "words/reporting-verbs.txt"), Report},
		{MustSet(words, "words/document-nouns.txt"), Doc},
		{MustSet(words, "words/passive-auxiliaries.txt"), Passive},
		{MustSet(words, "words/spoken-words.txt"), Spoken},
		{MustSet(words, "words/prepositions.txt"), Prep},
		{MustSet(words, "words/skip-before-verb.txt"), Skip},
		{MustSet(words, "words/clause-words.txt"), Clause},
		{MustSet(words, "words/intro-words.txt"), Intro},
		{MustSet(words, "words/participles-by.txt"), ParticipleBy},
		{MustSet(words, "words/pure-participles.txt"), PureParticiple},
		{MustSet(words, "words/determiners.txt"), Determiner},
		{MustSet(words, "words/authored-by.txt"), Authored},
		{MustSet(words, "words/kin-words.txt"), Kin},
		{MustSet(words, "words/author-nouns.txt"), Author},
		// Given names start a person's name even without a title ("Omar
		// Qadir"), and give pronouns a gender; a name in both a men's and
		// a women's list is either. Some are also common words ("Will",
		// "Grant"), which need more evidence.
		{MustSet(words, "words/given-names-male.txt"), MaleName},
		{MustSet(words, "words/given-names-female.txt"), FemaleName},
		{MustSet(words, "words/given-names-us-male.txt"), MaleName},
		{MustSet(words, "words/given-names-us-female.txt"), FemaleName},
		{MustSet(words, "words/given-names-cables-male.txt"), MaleName},
		{MustSet(words, "words/given-names-cables-female.txt"), FemaleName},
		{MustSet(words, "words/given-names-also-words.txt"), WordName},
		// the lists rules also read by name (below) give their classes too
		{Particles, Particle}, {StopWords, Stop}, {WritingVerbs, Writing},
		{SpeechOnlyVerbs, SpeechOnly}, {JokeVerbs, Joke},
		{FemaleTitles, 0}, {MaleTitles, 0},
	}
}

// classList is a word list and the class it gives its words.
type classList struct {
	set   map[string]bool
	class Class
}

// The lists that give tokens their classes and that rules also ask about
// by name.
var (
	// Particles join the words of one name: "Osama bin Laden".
	Particles = MustSet(words, "words/particles.txt") // Particle
	// StopWords never begin a name: a run of capitalised words is cut
	// where one stands.
	StopWords = MustSet(words, "words/stop-words.txt") // Stop
	// WritingVerbs mark words as written: in a story about cables, a
	// document's.
	WritingVerbs = MustSet(words, "words/writing-verbs.txt") // Writing
	// SpeechOnlyVerbs are spoken, never written in a cable.
	SpeechOnlyVerbs = MustSet(words, "words/speech-only-verbs.txt") // SpeechOnly
	// JokeVerbs are said aloud, never written in a cable.
	JokeVerbs = MustSet(words, "words/joke-verbs.txt") // Joke
	// FemaleTitles and MaleTitles give a person's gender for pronouns.
	// Their words are in the vocabulary so that they are looked up in
	// lower case.
	FemaleTitles = MustSet(words, "words/female-titles.txt")
	MaleTitles   = MustSet(words, "words/male-titles.txt")
)

// The lists more than one stage reads, which no token class needs.
var (
	// Places are cities stories are filed from: datelines, and capitals
	// that are no given name.
	Places = MustSet(words, "words/places.txt")
	// Weekdays are the days of the week, whole and abbreviated.
	Weekdays = MustSet(words, "words/weekdays.txt")
	// OutletEndings are the last words of newspapers' and sites' names:
	// a headline's site name, a cue's outlet.
	OutletEndings = MustSet(words, "words/outlet-name-endings.txt")
	// OutletNouns say the name after them is a newspaper, an agency or a
	// broadcaster: "Spanish newspaper El Sol".
	OutletNouns = MustSet(words, "words/outlet-nouns.txt")
	// WireAgencies are the news agencies a wire dateline or credit names
	// ("NEW YORK, Nov. 30 (UPI) --") and whose reports a story cites ("a
	// Reuters report").
	WireAgencies = MustSet(words, "words/wire-agencies.txt")
)

// Months maps the names of months, whole and abbreviated, to their
// numbers: the calendar, not a list anyone extends.
var Months = map[string]time.Month{
	"jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3,
	"apr": 4, "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7,
	"aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9, "oct": 10,
	"october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
