package people

import (
	"maps"
	"strings"
	"unicode"
	"unicode/utf8"

	"cables/content/lex"
	"cables/content/rule"
)

// What is not a person, whatever its words: a run that the words around
// it name as something else. (A run whose own words say so, "Foreign
// Office", is the name-word table's: nameword.go.)

// placeNouns are nouns for a place that "of" and its name follow.
var placeNouns = lex.MustSet(words, "words/place-nouns.txt")

// noPersonRules decide whether the run, its roles read, is no person.
var noPersonRules = rule.Table[*runCase, bool]{Decision: "no-person", Rules: []rule.Rule[*runCase, bool]{
	{Name: "named-as-a-place", Verdict: true, Match: (*runCase).namedAsPlace,
		Example: `The talks moved to the port city of Kandia Bay.`},
	{Name: "a-listed-place", Verdict: true, Match: (*runCase).listedPlace,
		Example: `Flights to the Hong Kong office resumed in May.`},
	{Name: "a-listed-country", Verdict: true, Match: (*runCase).listedCountry,
		Example: `The envoy flew the deposed leader to Costa Rica that night.`},
	{Name: "portfolio-after-title-of", Verdict: true, Match: (*runCase).portfolioAfterTitleOf,
		Example: `She knew him from his years as Minister of Foreign Trade.`},
	{Name: "office-ending-in-role-noun", Verdict: true, Match: (*runCase).officeEndingInRoleNoun,
		Example: `Later the Opposition Leader wrote that the cables were lies.`},
	{Name: "article-of-spanish-first", Verdict: true, Match: (*runCase).articleOfSpanishFirst,
		Example: `The Kandian daily El Vigilante printed the cable in full.`},
	{Name: "place-noun-after", Verdict: true, Match: (*runCase).placeNounAfter,
		Example: `The chief minister of Kandia's Orvath Dalmet state sent a jet for her shoes.`},
	{Name: "listed-with-a-company", Verdict: true, Match: (*runCase).listedWithACompany,
		Example: `The cables name Kandia Shipping Co., Lockwood Dalmet, Northam Grell and Tavali Group as its suppliers.`},
	{Name: "headline-line-without-given-name", Verdict: true, Match: (*runCase).headlineWithoutGivenName,
		Example: `Kandia Rebels Major Threat To Capital, Envoy Told Embassy`},
	{Name: "ends-in-place-or-body-noun", Verdict: true, Match: (*runCase).endsInPlaceOrBodyNoun,
		Example: `Deputies of Port Vell County arrested him.`},
	{Name: "named-as-a-publication", Verdict: true, Match: (*runCase).namedAsPublication,
		Example: `The Kandian daily, Orvath Dagbladet, printed the cable.`},
	{Name: "named-as-a-company", Verdict: true, Match: (*runCase).namedAsCompany,
		Example: `The cable says Kandian company Orvath Vell won the road contracts.`},
	{Name: "name-alone-on-a-line", Verdict: true, Match: (*runCase).nameAloneOnALine,
		Example: `Envoy doubted the port deal¶Sami Vell¶The ambassador met the minister on Monday.`},
	{Name: "byline-ending-a-paragraph", Verdict: true, Match: (*runCase).bylineEndingParagraph,
		Example: `Fresh files show the envoy's doubts about the port deal, writes Sami Vell.`},
	{Name: "picture-credit", Verdict: true, Match: (*runCase).pictureCredit,
		Example: `The harbour at dawn. (Photo by Sami Vell/Kandia Images)`},
	{Name: "may-be-a-person", Verdict: false, Match: always,
		Example: `The talks moved to Kandia Bay.`},
}}

// endsInPlaceOrBodyNoun: the run's last word, capitalised, is a noun for
// a place ("Port Vell County", "Orvath Province") or for a body of people
// ("the Royal Family", "the Red Guard"): no one's name ends so.
func (c *runCase) endsInPlaceOrBodyNoun() (string, bool) {
	last := c.j - 1
	if c.j-c.i < 2 || !c.ts[last].Cap {
		return "", false
	}
	return c.text(last), c.ts[last].In(lastNounMark)
}

// lastNouns are the nouns for a place ("Port Vell County") and for a body
// of people ("the Royal Family", "the Red Guard", "the Omar Qadir
// Regime") that end a name of no one.
var lastNouns = func() map[string]bool {
	m := maps.Clone(placeNouns)
	for _, w := range []string{"family", "guard", "guards", "regime", "administration", "government"} {
		m[w] = true
	}
	return m
}()

// equalsAny reports whether w is one of words, in any case.
func equalsAny(w string, words ...string) bool {
	for _, n := range words {
		if strings.EqualFold(w, n) {
			return true
		}
	}
	return false
}

// pictureCredit: the run credits a picture, not a person of the story:
// a slash and an agency after it ("Sami Vell/Kandia Images", "Sami
// Vell/The Kandian Press"), or "Photo by", "Illustration by", "photo:"
// before it.
func (c *runCase) pictureCredit() (string, bool) {
	if c.j+1 < len(c.ts) && !c.ts[c.j].Word && c.text(c.j) == "/" && agencyEnds(c, c.j+1) && !lex.IsGivenName(c.text(c.j+1)) {
		return c.text(c.j + 1), true
	}
	k := c.i - 1
	if agencyBefore(c) {
		return c.text(k - 1), true // "UPI/Sami Vell", "((Kandia Images/Ana Mendes))"
	}
	if k < 1 || c.ts[k].Word && c.ts[k].End-c.ts[k].Start != 2 {
		return "", false // (most runs: neither "by" nor a colon before them)
	}
	switch {
	case c.low(k) == "by":
		w := c.text(k - 1)
		return w, pictureWord(w) // "Photo by Sami Vell"
	case c.text(k) == ":":
		w := c.text(k - 1)
		return w, photoWord(w) // "news photo: Sami Vell, Kandia Images"; not "a bleak picture: Qadir"
	}
	return "", false
}

// namedAsCompany: a noun for a company stands right before the run, a
// word that qualifies it before the noun ("energy giant Orvath Vell",
// "Kandian company Orvath Vell", "the oil giant Orvath Vell"): the run
// names the company. Not right after a determiner ("The company Omar
// Qadir founded", "his firm").
func (c *runCase) namedAsCompany() (string, bool) {
	k := c.i - 1
	if k < 1 || c.ts[k].Cap || !c.ts[k-1].Word || c.ts[k-1].Is(lex.Determiner) {
		return "", false
	}
	w := c.low(k)
	if companyNouns[w] || tradeNouns[w] && !c.ts[c.i].Is(lex.FirstName) && !reportsNext(c.ts, c.j) {
		return c.text(k), true
	}
	return "", false
}

// companyNouns are the nouns a company's name follows ("oil giant").
var companyNouns = map[string]bool{"company": true, "firm": true, "giant": true, "manufacturer": true,
	"conglomerate": true, "multinational": true, "corporation": true, "carmaker": true, "drugmaker": true, "insurer": true}

// tradeNouns are the nouns of a trade a person plies too: the name after
// one is a company's only when it opens with no given name and reports
// nothing ("miner Rio Tinto also won"); "US contractor Alan Brody", "arms
// supplier Dmitri Orlov", "bomb maker Yusuf Karimi" and "arms supplier
// Zhanybek Oruzov told diplomats" are people.
var tradeNouns = map[string]bool{"contractor": true, "supplier": true, "maker": true, "producer": true, "miner": true, "retailer": true}

// nameAloneOnALine: the run is its paragraph's only words, two or three
// of them and no title: a byline or a photographer's credit set on a line
// of its own ("Sami Vell" under a headline or a picture), not a person of
// the story. (Named in the story's sentences too, they are found there.)
func (c *runCase) nameAloneOnALine() (string, bool) {
	n := c.j - c.i
	return c.nameIf(c.i == 0 && c.j == len(c.ts) && n >= 2 && n <= 3 && len(c.roles) == 0 && !c.listedOrHeading())
}

// listedOrHeading reports a name on a line of its own that lists or heads
// people of the story: the line before ends in a colon that labels no
// credit ("Reporting by:"), it stands in a list of three names alone or
// more ("Omar Qadir¶Ivo Brandt¶Lena Marsh"), or the next opens with its
// last word ("Omar Qadir¶Qadir, the interior minister, …").
func (c *runCase) listedOrHeading() bool {
	if c.pi < 0 {
		return false // (a caption)
	}
	if c.pi > 0 && c.pi <= len(c.paras) {
		prev := strings.TrimSpace(c.paras[c.pi-1])
		if strings.HasSuffix(prev, ":") && !creditLabel(prev) {
			return true
		}
	}
	if c.pi+1 < len(c.paras) && (strings.HasPrefix(c.paras[c.pi+1], c.text(c.j-1)) || quoteAlone(c.paras[c.pi+1]) && transcriptTurns(c.paras) >= 2) {
		return true
	}
	// a list of three names or more, one a line; two are a byline's
	// ("Ana Mendes¶Carlos Ruiz" ending the story)
	n := 1
	for k := c.pi - 1; k >= 0 && k >= c.pi-2 && nameShaped(c.paras[k]); k-- {
		n++
	}
	for k := c.pi + 1; k < len(c.paras) && k <= c.pi+2 && nameShaped(c.paras[k]); k++ {
		n++
	}
	return n >= 3
}

// quoteAlone reports a line that is one quotation and nothing else, as
// the words a transcript's name line labels are ("Ana Ruiz¶“Were you
// paid?”"); a story's opening quote goes on with who said it.
func quoteAlone(line string) bool {
	line = strings.TrimSpace(line)
	first, _ := utf8.DecodeRuneInString(line)
	last, _ := utf8.DecodeLastRuneInString(line)
	return strings.ContainsRune("“\"«", first) && strings.ContainsRune("”\"»", last) && !strings.ContainsAny(line[len(string(first)):len(line)-len(string(last))], "”\"»")
}

// transcriptTurns counts the lines that are one quotation after a short
// line that is a name, or a name and a role after a comma, as a
// transcript's turns are ("Ana
// Ruiz¶“Were you paid?”¶Omar Qadir, Leader of the Opposition¶“No.”"):
// a name over one quote alone may be a photographer's credit.
func transcriptTurns(paras []string) int {
	n := 0
	for k := 1; k < len(paras); k++ {
		label := strings.TrimSpace(paras[k-1])
		name, _, _ := strings.Cut(label, ",")
		if (quoteAlone(paras[k]) || k == len(paras)-1 && quoteCutOff(paras[k])) && len(label) <= maxLabelLine && nameShaped(name) && !strings.ContainsAny(label, ".?!“”\"") {
			n++
		}
	}
	return n
}

// quoteCutOff reports a line that opens a quotation the page cuts off:
// no closing mark follows.
func quoteCutOff(line string) bool {
	line = strings.TrimSpace(line)
	first, n := utf8.DecodeRuneInString(line)
	return strings.ContainsRune("“\"«", first) && !strings.ContainsAny(line[n:], "”\"»")
}

// maxLabelLine is the longest line read as a transcript's label of who
// speaks: a name and a role.
const maxLabelLine = 80

// creditLabel reports a line that labels a byline or a credit: "Reporting
// by:", "Written by:", "Author:", "Photos:".
func creditLabel(line string) bool {
	l := strings.ToLower(strings.TrimSuffix(line, ":"))
	return strings.HasSuffix(l, " by") || l == "by" || equalsAny(l, "author", "authors", "writer", "reporter", "reporters", "credits", "photo", "photos", "words")
}

// nameShaped reports a line of two or three capitalised words and nothing
// else, as a name alone is.
func nameShaped(line string) bool {
	words := strings.Fields(line)
	if len(words) < 2 || len(words) > 3 {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || strings.ContainsAny(w, ".,:;!?\"“”()|0123456789") {
			return false
		}
	}
	return true
}

// bylineEndingParagraph: the run ends its paragraph (a stop after it at
// most) after "By" opening a sentence or after ", writes": a standfirst's
// byline ("… in the cables. By Sami Vell.", "…, writes Sami Vell."), not a
// person of the story.
func (c *runCase) bylineEndingParagraph() (string, bool) {
	k, end := c.i-1, c.j
	if end < len(c.ts) && c.text(end) == "." {
		end++
	}
	if k < 0 || end != len(c.ts) || len(c.roles) > 0 {
		return "", false
	}
	switch c.text(k) {
	case "By":
		return "By", k == 0 || c.text(k-1) == "."
	case "writes":
		// (not the cue of a quote: "The president was “vain”, writes Ruth
		// Hale."; but after quotes the paragraph gives a document, the
		// reporter's: "Leaked cables call him “a liability”, writes Ana
		// Mendes.")
		return "writes", k >= 1 && c.text(k-1) == "," && !c.quotesWithoutDocument()
	}
	return "", false
}

// quotesWithoutDocument reports a paragraph that holds a quotation mark
// with no document named before the first.
func (c *runCase) quotesWithoutDocument() bool {
	q := strings.IndexAny(c.p, "\"“”")
	if q < 0 {
		return false
	}
	for k := range c.ts {
		if int(c.ts[k].Start) >= q {
			break
		}
		if c.ts[k].Is(lex.Doc) {
			return false
		}
	}
	return true
}

// agencyBefore reports an agency and a slash before the run and the end
// of its caption after it: "… in 2010. UPI/Sami Vell", "UPI/Sami Vell |
// License Photo", "((Kandia Images/Ana Mendes))"; not "the Qadir/Ivo
// Lund ticket".
func agencyBefore(c *runCase) bool {
	k := c.i - 1
	if k < 1 || c.text(k) != "/" || !agencyWord(c.text(k-1)) {
		return false
	}
	if c.j >= len(c.ts) {
		return true
	}
	switch c.text(c.j) {
	case ")", "]", "|":
		return true
	}
	return false
}

// agencyWord reports a word that ends a picture agency's name: an
// acronym ("UPI", "AFP"), a wire agency ("Reuters") or a word such
// agencies end in ("Kandia Images"); not a surname ("Qadir/Ivo Lund").
func agencyWord(w string) bool {
	if len(w) >= 2 && strings.ToUpper(w) == w && strings.ToLower(w) != w {
		return true
	}
	l := strings.ToLower(w)
	return lex.WireAgencies[l] || lex.OutletEndings[l] || l == "images" || l == "pictures" || l == "photos"
}

// photoWord reports a word a credit's colon follows: "Photo:", "Credit:".
func photoWord(w string) bool { return equalsAny(w, "photo", "photograph", "credit") }

// agencyEnds reports capitalised words from token k to the end of the
// paragraph, a bracket or a semicolon: an agency that closes a credit
// ("/Kandia Images)", "/The Kandian Press"), not a name in a sentence
// ("Qadir/Lund ticket").
func agencyEnds(c *runCase, k int) bool {
	for n := 0; k < len(c.ts); k, n = k+1, n+1 {
		switch w := c.text(k); {
		case w == ")" || w == ";" || w == "]":
			return n > 0
		case n >= 4 || !c.ts[k].Cap && w != "of":
			return false
		}
	}
	return true
}

// pictureWord reports a word that credits a picture: "Photo", "Picture",
// "Illustration".
func pictureWord(w string) bool {
	return equalsAny(w, "photo", "photograph", "picture", "illustration", "image", "credit")
}

// namedAsPublication: a noun for a newspaper or a magazine stands right
// before the run, a comma between them or not, and opens its clause with
// no more than "the" and capitalised words before it ("Swedish daily,
// Orvath Dagbladet reported", "The newspaper Orvath Dagbladet reports", "…”,
// the Kandian daily El Sol said"): the run names the paper. Not after a
// verb or a preposition ("told the newspaper Ivo Lund had", "In the
// newspaper, Ivo Lund wrote"), nor a subject after "The website," that no
// comma closes ("The website, Omar Qadir told reporters, …").
func (c *runCase) namedAsPublication() (string, bool) {
	k := c.i - 1
	comma := k >= 1 && c.text(k) == ","
	if comma {
		k--
	}
	if k < 0 || c.ts[k].Cap || !paperNouns[c.low(k)] {
		return c.paperNounAfter()
	}
	the, ok := c.opensClause(k)
	if !ok || comma && the && (c.j >= len(c.ts) || c.text(c.j) != ",") {
		return "", false
	}
	return c.text(k), true
}

// paperNounAfter: "the" before the run and a noun for a paper right after
// it ("published by the Orvath Dagbladet daily."), no lower-case word
// but a preposition or a reporting verb after the noun ("the Ana Marta
// newspaper said"), as when it qualifies another ("gave the Omar Qadir daily
// briefings", "the Hugo Brandt newspaper empire" are no paper).
func (c *runCase) paperNounAfter() (string, bool) {
	j := c.j
	if c.i < 1 || c.low(c.i-1) != "the" || j >= len(c.ts) || c.ts[j].Cap || !paperNouns[c.low(j)] {
		return "", false
	}
	if j+1 < len(c.ts) && c.ts[j+1].Word && !c.ts[j+1].Cap && !c.ts[j+1].Is(lex.Prep|lex.Report) {
		return "", false // ("the Hugo Brandt newspaper empire")
	}
	return c.text(j), true
}

// paperNouns are the nouns a newspaper's or a magazine's name follows.
var paperNouns = map[string]bool{"newspaper": true, "newspapers": true, "daily": true, "weekly": true,
	"tabloid": true, "magazine": true, "broadsheet": true, "monthly": true}

// opensClause reports whether the noun at token k opens its clause after
// no more than "the", capitalised words and adjectives joined by hyphens
// ("the Spanish daily", "The left-leaning Kandian daily"), with the
// paragraph, a stop, a comma, a colon, a dash or a quotation mark before
// them; and whether "the" is among them.
func (c *runCase) opensClause(k int) (the, ok bool) {
	b := k - 1
	for ; b >= 0 && k-b <= 4 && c.ts[b].Word; b-- {
		switch {
		case c.low(b) == "the":
			the = true
		case !c.ts[b].Cap && strings.IndexByte(c.text(b), '-') > 0:
			// an adjective joined by hyphens: "the left-leaning Kandian daily"
		case !c.ts[b].Cap || c.ts[b].Is(lex.Determiner|lex.Prep):
			return the, false // "told the newspaper", "In the newspaper", "its website"
		}
	}
	if b < 0 {
		return the, true
	}
	switch w := c.text(b); {
	case w == "." || w == "," || w == ":" || w == ";" || w == "—" || w == "–":
		return the, true
	default:
		return the, isQuoteMark(w)
	}
}

// namedAsPlace: "the town of", "the province of" before the run, and no
// title in it.
func (c *runCase) namedAsPlace() (string, bool) {
	i := c.i
	return c.wordIf(i-2, i >= 2 && len(c.roles) == 0 && c.low(i-1) == "of" && c.ts[i-2].In(placeNounMark))
}

// listedPlace: the run is a place of the places list as a whole, words a
// given-name list also holds or not ("Hong Kong", "San Salvador").
func (c *runCase) listedPlace() (string, bool) {
	if len(c.roles) > 0 || c.j-c.i < 2 {
		return "", false // a one-word place is the vocabulary's (lex.NotPerson)
	}
	name := c.nameOrTitles()
	return name, inLowered(lex.Places, placeFilter, name)
}

// countries are the countries and regions named in two words or more
// ("Costa Rica"), whose first word a given-name list may hold.
var countries = lex.MustSet(words, "words/countries.txt")

// countryFilter rules out most runs before they are lowered and hashed.
var countryFilter = lex.FilterOf(countries)

// listedCountry: the run is a country of two words or more, and no title
// in it.
func (c *runCase) listedCountry() (string, bool) {
	if len(c.roles) > 0 || c.j-c.i < 2 {
		return "", false
	}
	name := c.nameOrTitles()
	return name, inLowered(countries, countryFilter, name)
}

// portfolioAfterTitleOf: a title and "of" before the run, or a title of
// the run whose "of" took one word of its portfolio ("Minister of Foreign
// Trade"), and no given name after it: the rest is the office's
// portfolio, not its holder.
func (c *runCase) portfolioAfterTitleOf() (string, bool) {
	i := c.i
	before := i >= 2 && c.low(i-1) == "of" && c.ts[i-2].Is(lex.Title) || c.portfolioListed()
	inside := c.start >= i+3 && c.start < c.j && c.low(c.start-2) == "of" && inLowered(portfolios, portfolioFilter, c.text(c.j-1))
	if !before && !inside {
		return "", false
	}
	for k := max(c.start, i); k < c.j; k++ {
		if c.ts[k].Is(lex.FirstName) {
			return "", false
		}
	}
	return c.nameOrTitles(), true
}

// portfolioListed reports a run listed after a title's first portfolio
// and before its last: "Minister of Finance, Economy and Investment"
// (while "Minister of Justice, Omar Qadir, said" names the minister).
func (c *runCase) portfolioListed() bool {
	if c.j-c.i != 1 || c.j+1 >= len(c.ts) || c.low(c.j) != "and" || !c.ts[c.j+1].Cap {
		return false // (a portfolio of one word: "Tavo Ige and Orvath Dalmet" are people)
	}
	listed, k := false, c.i-1
	for ; k >= 1 && k >= c.i-portfolioListReach && (inAList(c.p, &c.ts[k]) || c.ts[k].Cap); k-- {
		if c.ts[k].Is(lex.FirstName) {
			return false // a name listed: "Secretary of State Ana Ruiz and …"
		}
		listed = listed || inAList(c.p, &c.ts[k])
	}
	return listed && k >= 1 && c.low(k) == "of" && c.ts[k-1].Is(lex.Title)
}

// portfolioListReach is how many words before a run its list of portfolios
// may start.
const portfolioListReach = 6

// officeEndingInRoleNoun: the run ends in a capitalised role noun
// ("Leader", "Chairman") and holds no given name, after "the" or after a
// title inside it ("the Opposition Leader", "Deputy Leader"): an office
// named, not its holder.
func (c *runCase) officeEndingInRoleNoun() (string, bool) {
	last := c.j - 1
	if c.j-c.i < 2 || !c.ts[last].Is(lex.RoleNoun) || c.ts[last].Is(lex.FirstName) {
		return "", false
	}
	if len(c.roles) == 0 && (c.i == 0 || c.low(c.i-1) != "the") {
		return "", false
	}
	for k := c.i; k < last; k++ {
		if c.ts[k].Is(lex.FirstName) {
			return "", false
		}
	}
	return c.nameOrTitles(), true
}

// articleOfSpanishFirst: the run opens with a Spanish article, "El",
// "Los" or "Las", and holds no title: a newspaper, a place or a body
// ("El Vigilante", "Los Altos"), not a person.
func (c *runCase) articleOfSpanishFirst() (string, bool) {
	if len(c.roles) > 0 || c.j-c.i < 2 {
		return "", false
	}
	switch c.text(c.i) {
	case "El", "Los", "Las":
		return c.text(c.i), true
	}
	return "", false
}

// placeFilter rules out most runs as places before they are lowered and
// hashed (listedPlace is asked of every run of two words or more).
var placeFilter = lex.FilterOf(lex.Places)

// particleFilter and portfolioFilter do the same for the particle joined
// to a surname ("al-Kelmeni") and the portfolio after a title.
var particleFilter, portfolioFilter = lex.FilterOf(lex.Particles), lex.FilterOf(portfolios)

// inLowered reports whether set, whose filter is f, holds s in lower
// case, lowering an ASCII s on the stack rather than in a new string.
func inLowered(set map[string]bool, f *lex.WordFilter, s string) bool {
	var buf [64]byte
	if len(s) > len(buf) {
		return set[strings.ToLower(s)]
	}
	// most words asked about are ruled out by the filter before they are
	// lowered: an ASCII word keeps its length, and its first letter
	// lowered is the lowered word's
	if len(s) > 0 && s[0] < utf8.RuneSelf && f[lowerASCII(s[0])]&(1<<min(len(s), 63)) == 0 && isASCII(s) {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return set[strings.ToLower(s)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	if len(s) == 0 || f[buf[0]]&(1<<min(len(s), 63)) == 0 {
		return len(s) == 0 && set[""]
	}
	return set[string(buf[:len(s)])]
}

// placeNounAfter: a place noun in lower case after the run, and no title
// in it ("Orvath Dalmet state", "Sindh province"); "state" there is no
// reporting verb.
func (c *runCase) placeNounAfter() (string, bool) {
	j := c.j
	return c.wordIf(j, j < len(c.ts) && len(c.roles) == 0 && !c.ts[j].Cap && c.ts[j].In(placeNounMark))
}

// headlineWithoutGivenName: a paragraph written as a headline, every word
// capitalised ("… Rebels Major Threat To Capital"), gives a title no
// weight: a run there is a person only with a given name.
func (c *runCase) headlineWithoutGivenName() (string, bool) {
	if c.headline == 0 {
		c.headline = 2
		if titleCaseLine(c.p, c.ts) {
			c.headline = 1
		}
	}
	if c.headline != 1 {
		return "", false
	}
	for k := c.start; k < c.j; k++ {
		if c.ts[k].Is(lex.FirstName) {
			return "", false
		}
	}
	return c.nameOrTitles(), true
}

// nameOrTitles returns the run's words as the paragraph writes them.
func (c *runCase) nameOrTitles() string { return c.p[c.ts[c.i].Start:c.ts[c.j-1].End] }

// titleCaseLine reports a paragraph written as a headline: four words or
// more, every one capitalised, small words after the first too ("Threat
// To Capital"), which no sentence is.
func titleCaseLine(p string, ts []lex.Token) bool {
	words, small := 0, false
	for k := range ts {
		t := &ts[k]
		if !t.Word {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(t.Text(p)); !unicode.IsLetter(r) {
			continue // a number
		}
		if !t.Cap {
			return false
		}
		words++
		small = small || k > 0 && t.Is(lex.Stop)
	}
	return words >= 4 && small
}

// lowerASCII lowers an ASCII capital.
func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// listedWithACompany: a name in a list beside a company's name that ends
// in its legal form ("Kandia Shipping Co., Orvath Dalmet and …"): the
// list names companies.
func (c *runCase) listedWithACompany() (string, bool) {
	ts := c.ts
	if c.i == 0 || c.j >= len(ts) || !inAList(c.p, &ts[c.i-1]) || !inAList(c.p, &ts[c.j]) {
		return "", false // not inside a list (most runs, told at once)
	}
	if len(c.roles) > 0 || c.start > c.i || ts[c.i].Is(lex.FirstName) {
		return "", false // "the Kandia Shipping Co., Dr. Omar Qadir," names its head
	}
	if !c.companyListed(c.i-1, -1) && !c.companyListed(c.j, 1) {
		return "", false
	}
	return c.nameText(), c.listGoesOn()
}

// companyListed reports a company's legal form ending an item of the
// list that goes from item k on, a word at a time the way step goes:
// before the run ("Kandia Shipping Co., Omar …") or after it ("…, Omar
// Qadir and Tavali Holdings Ltd").
func (c *runCase) companyListed(k, step int) bool {
	ts, listed := c.ts, false // (listed: a list's comma or "and" between the run and the form)
	for n := 0; k >= 1 && k < len(ts) && n < companyListReach; k, n = k+step, n+1 {
		switch w := c.text(k); {
		case inAList(c.p, &ts[k]):
			listed = true
		case w == ".":
		case !ts[k].Cap:
			return false
		case listed && inLowered(companyForms, companyFormFilter, c.low(k)) && c.endsCompany(k, step):
			return true
		}
	}
	return false
}

// endsCompany reports a legal form at item k that ends a company's name:
// before the run, a name and the list's mark around it ("Kandia Shipping
// Co.,", not "Co. Antrim"); after it, no capital following.
func (c *runCase) endsCompany(k, step int) bool {
	if step < 0 {
		return c.ts[k-1].Cap && c.endsAnItem(k)
	}
	return k+1 == len(c.ts) || !c.ts[k+1].Cap
}

// endsAnItem reports a word at item k that a list's comma or "and" follows,
// perhaps after its full stop: the end of a company's name ("Kandia
// Shipping Co.,"), not a county's mark before a name ("Co. Antrim").
func (c *runCase) endsAnItem(k int) bool {
	k++
	if k < len(c.ts) && c.text(k) == "." {
		k++
	}
	return k < len(c.ts) && inAList(c.p, &c.ts[k])
}

// listGoesOn reports an "and" in the list around the run, among its
// names and commas: a list, not a name set off after another.
func (c *runCase) listGoesOn() bool {
	for k := c.i - 1; k >= 0 && k >= c.i-companyListReach && (c.ts[k].Cap || inAList(c.p, &c.ts[k]) || c.text(k) == "."); k-- {
		if c.low(k) == "and" {
			return true
		}
	}
	for k := c.j; k < len(c.ts) && k < c.j+companyListReach && (c.ts[k].Cap || inAList(c.p, &c.ts[k]) || c.text(k) == "."); k++ {
		if c.low(k) == "and" {
			return true
		}
	}
	return false
}

// companyListReach is how many words of a list around a name are read
// for a company's legal form.
const companyListReach = 12

// companyForms are the legal forms that end a company's name.
var companyForms = lex.MustSet(words, "words/company-forms.txt")

// companyFormFilter rules out most words before companyForms is asked.
var companyFormFilter = lex.FilterOf(companyForms)
