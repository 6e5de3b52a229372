package attrib

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"cables/content/lex"
)

// The documents a story quotes, as it describes them. A story introduces a
// cable once ("a U.S. embassy cable from Islamabad dated January 24,
// 2009") and then refers back to it ("the cable", "it", "the cable's
// author"); a quote's source is the fullest description of the document
// it comes from, not the words of the mention nearest to it.

// document is one document a story quotes.
type document struct {
	family string // "cable", "memo", or the noun; "" for the generic "document"
	plural bool
	core   string // the noun and its premodifiers, without a determiner
	from   string // "Islamabad", "the embassy in Tunis"
	date   string // "January 24, 2009", "early 2010"
	by     string // "sent by Ambassador Anne W. Patterson"
	author int    // the person who sent or wrote it, or -1
	// writer is the author when the story says they wrote it ("written
	// by X", "X's cable"), not only sent or signed it, or -1
	writer int
	name   string // the description, once a quote names it
}

// docName names document d as a quote's source, once per document.
func (a *attributor) docName(d int) string {
	if a.docs[d].name == "" {
		a.docs[d].name = a.docs[d].describe(&a.docNames)
	}
	return a.docs[d].name
}

// describe is the document as a quote's source names it. A description
// longer than the document's core is written to names, which holds the
// story's descriptions one after another: the strings share its array
// (a Builder only ever appends), so a story's sources cost an allocation
// or two rather than one each.
func (d *document) describe(names *strings.Builder) string {
	if d.from == "" && d.date == "" && d.by == "" {
		return d.core
	}
	n := len(d.core) + len(" from ") + len(d.from) + 2*len(", ") + len(d.date) + len(d.by)
	if names.Cap() == 0 {
		n = max(n, namesRoom) // (the story's first: room for the few it names)
	}
	names.Grow(n)
	start := names.Len()
	names.WriteString(d.core)
	if d.from != "" {
		names.WriteString(" from ")
		names.WriteString(d.from)
	}
	if d.date != "" {
		names.WriteString(", ")
		names.WriteString(d.date)
	}
	if d.by != "" {
		names.WriteString(", ")
		names.WriteString(d.by)
	}
	return names.String()[start:]
}

// namesRoom is the room a story's descriptions take at first: most
// stories' fit, where growing from the first description's size took
// three or four arrays a story.
const namesRoom = 512

// docMention is where a paragraph names a document: the item of its noun.
type docMention struct{ item, doc int }

// docsOf returns the mentions of documents in paragraph pi.
func (a *attributor) docsOf(pi int) []docMention {
	return a.docMentions[a.docFrom[pi]:a.docFrom[pi+1]]
}

// docFamilies give one name to the nouns that name the same kind of
// document, so that "the cable" can refer back to "a dispatch".
// docFamilyFilter rules out most nouns before docFamilies is asked.
var docFamilyFilter = lex.FilterOf(docFamilies)

var docFamilies = map[string]string{
	"cables": "cable", "telegram": "cable", "telegrams": "cable", "dispatch": "cable",
	"dispatches": "cable", "message": "cable", "messages": "cable", "diplomatic-cable": "cable",
	"memos": "memo", "memorandum": "memo", "memoranda": "memo", "document": "", "documents": "",
}

var (
	// definite determiners refer back to a document the story named.
	definite = lex.MustSet(words, "words/definite.txt")
	// countWords introduce a document as determiners do: "one cable".
	countWords = lex.MustSet(words, "words/count-words.txt")
	// plainModifiers add nothing to a document's description: "the leaked
	// cable" is the cable the story already named.
	plainModifiers = lex.MustSet(words, "words/plain-modifiers.txt")
	// docVerbs stand between a document and how it was sent: "sent by".
	docVerbs = lex.MustSet(words, "words/document-verbs.txt")
)

// inSet reports a word of set, asking it only when its filter lets the
// word through.
func inSet(f *lex.WordFilter, set map[string]bool, w string) bool { return f.May(w) && set[w] }

// readDocuments finds every mention of a document in the story, outside
// quotes, in reading order, and files each under the document it names.
func (a *attributor) readDocuments() {
	for pi, pt := range a.paras {
		a.docFrom[pi] = len(a.docMentions)
		day := sentenceDay{sent: -1}
		// (no item before firstDoc, the first document noun, is one; a
		// paragraph without one has firstDoc -1)
		for i := pt.firstDoc; i >= 0 && i < len(pt.items); i++ {
			if pt.items[i].class&lex.Doc == 0 || pt.is(i+1, lex.Doc) && !pt.toks[pt.items[i].tok].Poss {
				continue // "embassy cable": the last noun is the head
			}
			d, def := readDocument(pt, i, &day)
			if d.writer >= 0 && !d.plural && !slices.Contains(a.owners, d.writer) {
				a.owners = append(a.owners, d.writer)
			}
			if p := a.commentsMadeIn(pt, i); p >= 0 && !slices.Contains(a.owners, p) {
				a.owners = append(a.owners, p) // "Farrar's comments, made in a cable dated …": his cable
			}
			k := a.fileDocument(d, def, pt.word(i))
			a.docMentions = append(a.docMentions, docMention{item: i, doc: k})
		}
	}
	a.docFrom[len(a.paras)] = len(a.docMentions)
	a.readEmbassyOfficers()
}

// readEmbassyOfficers adds to the story's writers the people it places at
// an American mission where it names them: "Julieta Valls Noyes, the
// second-in-command at the U.S. Embassy to the Holy See, …". What they say
// in a story about cables is the cables' (writer-in-cable-story); not a
// spokesman for the embassy, who speaks in public.
func (a *attributor) readEmbassyOfficers() {
	for pi, pt := range a.paras {
		for _, m := range a.ix.Mentions[pi] {
			// (a mention's next token a comma: most mentions have none,
			// and most paragraphs name no one)
			if e := int(m.TokEnd); e >= len(pt.toks) || pt.toks[e].Text(pt.text) != "," || slices.Contains(a.owners, m.Person) {
				continue
			}
			at := pt.itemOfToken(int(m.TokEnd) - 1)
			if at < 0 || !pt.isWord(at+1, ",") {
				continue
			}
			end := at + 2
			for end < len(pt.items) && end < at+officeReach && !pt.isPunctAt(end) && !pt.isVerbAt(end) {
				end++
			}
			if pt.isWord(end, ",") && atAmericanMission(pt, at+2, end) {
				a.owners = append(a.owners, m.Person)
			}
		}
	}
}

// itemOfToken returns the item of token t, or -1 (a token inside a quote):
// the same index in a paragraph that quotes nothing.
func (pt *paraText) itemOfToken(t int) int {
	if len(pt.items) == len(pt.toks) {
		return t
	}
	for i, it := range pt.items {
		if int(it.tok) == t {
			return i
		}
	}
	return -1
}

// officeReach is how many words the description of someone's office at a
// mission may take: "the deputy chief of mission at the Embassy of the
// United States to the Holy See".
const officeReach = 20

// atAmericanMission reports words in items [b, e) that give someone an
// office at an American embassy, mission or consulate ("the
// second-in-command at the U.S. Embassy", "a political officer at the US
// mission"): not a press role ("the public affairs officer"), nor a
// contact, a driver or a protester there, nor another country's embassy
// in Washington.
func atAmericanMission(pt *paraText, b, e int) bool {
	office, at := false, false
	for j := b; j < e; j++ {
		w := strings.ToLower(pt.word(j))
		if pressRoles[w] || w == "public" {
			return false
		}
		office = office || missionOffices[w] || writerRole(w)
		if (w == "embassy" || w == "mission" || w == "consulate") && missionPrep(pt, j) &&
			(usWord(pt, j-1) || usWord(pt, j-2) || w == "embassy" && pt.isWord(j+1, "of") && (usWord(pt, j+3) || usWord(pt, j+4))) {
			at = true // ("at the U.S. Embassy", "at the Embassy of the United States")
		}
		if !office && capitalised(pt, j) && demonym(w) && !american(pt, j) {
			return false // ("a Kandian intelligence officer", "a Kandian security guard"; not "a Foreign Service officer")
		}
	}
	return office && at
}

// missionOffices are the offices of a mission's diplomats.
var missionOffices = map[string]bool{"second-in-command": true, "deputy": true, "chief": true, "counselor": true, "counsellor": true,
	"attaché": true, "attache": true, "officer": true, "diplomat": true, "secretary": true, "head": true, "number-two": true,
	"section": true}

// demonym reports a word shaped as a nationality: "Kandian", "Pakistani",
// "Chinese", "Turkish".
func demonym(w string) bool {
	for _, end := range [...]string{"an", "ese", "ish", "i"} {
		if strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

// missionPrep reports "at", "of" or "in" a few words before the mission
// noun at item j: an office at it ("at the U.S. Embassy"), not one who
// "spied on the U.S. Embassy".
func missionPrep(pt *paraText, j int) bool {
	for k := j - 1; k >= 0 && k >= j-4; k-- {
		switch pt.word(k) {
		case "at", "of", "in", "with":
			return true
		case "on", "outside", "near", "against", "to":
			return false
		}
	}
	return false
}

// usWord reports "US", "U.S.", "American" or "United States" ending at
// item j: not "Washington", whose embassy may be another country's.
func usWord(pt *paraText, j int) bool {
	return american(pt, j) && !strings.EqualFold(pt.word(j), "washington")
}

// readDocument reads the phrase around the document noun at item i; def
// tells that a definite determiner opens it.
func readDocument(pt *paraText, i int, day *sentenceDay) (d document, def bool) {
	noun := pt.word(i)
	d.family = strings.TrimSuffix(noun, "s")
	if docFamilyFilter.May(noun) {
		if f, ok := docFamilies[noun]; ok {
			d.family = f
		}
	}
	d.plural = strings.HasSuffix(noun, "s") || noun == "memoranda"
	d.author, d.writer = -1, -1
	b, det := i, -1 // det: the item of the determiner
	for b > pt.sentStart(i) {
		if pt.in(b-1, definiteMark|countMark) {
			det = b - 1
			break
		}
		if pt.isWord(b-1, ",") && lex.IsNumber(pt.word(b-2)) && lex.IsNumber(pt.word(b)) {
			b-- // "3,038 classified cables"
			continue
		}
		if pt.isPunctAt(b-1) || pt.is(b-1, lex.Prep|lex.Clause) || pt.isVerbAt(b-1) || pt.in(b-1, conjunctionMark) || i-b >= 6 {
			break
		}
		b--
	}
	plain := true
	for k := b; k < i; k++ {
		plain = plain && pt.in(k, plainModifierMark)
	}
	d.writer = possessiveWriter(pt, b, i)
	d.author = d.writer // a "sent by" after the noun may name another
	d.core = lowerStart(pt, b, pt.phrase(b, i+1))
	if !pt.toks[pt.items[i].tok].Poss {
		pt.readDocTail(i+1, &d)
	}
	def = pt.in(det, definiteMark) || pt.toks[pt.items[i].tok].Poss
	if def && plain && d.from == "" && d.date == "" && d.by == "" {
		d.core = "" // a reference back, not a description
		return d, def
	}
	if d.date == "" {
		// "during a meeting in Islamabad on January 24, 2009, …, said a
		// U.S. embassy cable": the day the sentence gives
		d.date = day.of(pt, i)
	}
	return d, def
}

// sentenceDay remembers the day a sentence gives after "on", so that
// several documents named in one sentence read it once.
type sentenceDay struct {
	sent int
	date string
}

func (day *sentenceDay) of(pt *paraText, i int) string {
	if s := pt.sentStart(i); s != day.sent {
		day.sent, day.date = s, ""
		for k, e := s, pt.sentenceEnd(i); k < e; k++ {
			if wlen := pt.items[k].wlen; wlen != 0 && wlen != 2 {
				continue // (the length first: most items are of another)
			}
			if pt.isWord(k, "on") {
				if e := pt.dateEnd(k + 1); e > k+1 {
					day.date = pt.phrase(k+1, e)
					break
				}
			}
		}
	}
	return day.date
}

var conjunctions = lex.MustSet(words, "words/conjunctions.txt")

// lowerStart puts a phrase that opens a sentence in lower case when its
// first word is an ordinary word: "Leaked cables" but "U.S. cables".
func lowerStart(pt *paraText, b int, s string) string {
	t, ok := pt.tok(b)
	if !ok || !t.Cap || b != pt.sentStart(b) && !pt.isPunctAt(b-1) {
		return s
	}
	if plainModifiers[t.Low(pt.text)] || t.Is(lex.Doc) || docAdjectives[t.Low(pt.text)] {
		r, n := utf8.DecodeRuneInString(s)
		return string(unicode.ToLower(r)) + s[n:]
	}
	return s
}

var docAdjectives = lex.MustSet(words, "words/document-adjectives.txt")

// readDocTail reads what follows a document noun from item j: "from
// Islamabad", "dated January 24, 2009", "sent by Ambassador X".
func (pt *paraText) readDocTail(j int, d *document) {
	verb := ""
	for n := 0; n < 6 && j < len(pt.items); n++ {
		w := pt.word(j)
		switch {
		case w == "," && pt.tailGoesOn(j):
			j++ // "In another cable, on February 16, 2010, …"
		case pt.in(j, docVerbMark):
			verb, j = w, j+1
		case verb != "" && pt.items[j].tok < 0:
			j++ // the label a document was given: "tagged “confidential” by"
		case w == "dated" && (pt.isWord(j+1, "in") || pt.isWord(j+1, "on")):
			j++ // "dated in 2004": the date follows the preposition
		case w == "dated" || w == "of" || w == "in" || w == "on" || w == "from":
			if j = pt.docDateOrPlace(j, d); j < 0 {
				return
			}
		case w == "[" && verb != "":
			if j = bracketEnd(pt, j); j < 0 {
				return // "sent [to Washington] by Ambassador X": the editor's words
			}
		case w == "by" || w == "to" && verb == "attributed":
			if j = pt.docBy(j, verb, d); j < 0 {
				return
			}
		default:
			return
		}
	}
}

// bracketEnd returns the item after the "]" closing the bracket that
// opens at item j, a few words on, or -1.
func bracketEnd(pt *paraText, j int) int {
	for k := j + 1; k < len(pt.items) && k <= j+6 && pt.items[k].tok >= 0; k++ {
		if pt.isWord(k, "]") {
			return k + 1
		}
	}
	return -1
}

// tailGoesOn reports whether a document's description goes on after the
// comma at item j: with a verb of documents, "dated", or "on" a date.
func (pt *paraText) tailGoesOn(j int) bool {
	return pt.in(j+1, docVerbMark) || pt.isWord(j+1, "dated") || pt.isWord(j+1, "on") && pt.dateEnd(j+2) > j+2
}

// docDateOrPlace reads the date or the place after the preposition at
// item j into d ("dated May 4, 2009", "from Islamabad") and returns the
// item after it, or -1 when there is none.
func (pt *paraText) docDateOrPlace(j int, d *document) int {
	w := pt.word(j)
	if e := pt.dateEnd(j + 1); e > j+1 {
		d.date = pt.phrase(j+1, e)
		return e
	}
	if w == "of" && d.author < 0 && !pt.in(j-1, aboutNounMark) {
		if p, e := pt.nameAt(j + 1); p >= 0 {
			d.author, d.writer = p, p // "the dispatches of Ambassador Jane Ruiz": hers
			return e
		}
	}
	if w != "from" && w != "in" {
		return -1
	}
	e := pt.placeEnd(j)
	if e == j+1 || !pt.capBetween(j+1, e) || w == "in" && d.from != "" {
		return -1
	}
	d.from = pt.phrase(j+1, e)
	if p := pt.personAt(e - 1); w == "from" && d.author < 0 && p >= 0 && !placedAt(pt, nameStart(pt, e-1)) && !pt.toks[pt.items[e-1].tok].Poss {
		d.author, d.writer = p, p // "a cable from the State Department's Jane Ruiz": she wrote it
	}
	return e
}

// placedAt reports "in" or "at" right before the name starting at item b
// (and a possessive name is an owner: "from Qadir's home province"):
// a place the people finder took for a person ("a cable from the embassy
// in Port Vell"), not one who sends ("from Ambassador Jane Ruiz").
func placedAt(pt *paraText, b int) bool {
	return pt.isWord(b-1, "in") || pt.isWord(b-1, "at")
}

// aboutNouns are document nouns whose "of" names what they are about.
var aboutNouns = lex.MustSet(words, "words/about-nouns.txt")

// nameAt returns the person named from item j and the item past the name,
// or -1.
func (pt *paraText) nameAt(j int) (p, e int) {
	p = pt.personAt(j)
	if p < 0 {
		return -1, j
	}
	e = j
	for e < len(pt.items) && pt.personAt(e) == p {
		e++
	}
	return p, e
}

// placeEnd returns the item past the place or sender a document is "from"
// or "in" after the preposition at item j; a name ends it ("from the
// ministry's Jane Ruiz thanked").
func (pt *paraText) placeEnd(j int) int {
	e := j + 1
	for e < len(pt.items) && e < j+7 && !pt.isPunctAt(e) && !pt.is(e, lex.Clause|lex.Passive|lex.Skip|lex.ParticipleBy) &&
		!pt.isVerbAt(e) && !pt.in(e, docVerbMark) && (!pt.is(e, lex.Prep) || pt.isWord(e, "in")) &&
		!(e > j+1 && pt.personAt(e-1) >= 0 && pt.personAt(e) < 0) {
		e++
	}
	return e
}

// docBy reads who a document is by after "by" (or "attributed to") at
// item j into d ("sent by Ambassador X"), verb being the verb before it, and returns the item
// after the name, or -1 when none is capitalised.
func (pt *paraText) docBy(j int, verb string, d *document) int {
	e := j + 1
	for e < len(pt.items) && e < j+docByReach && !pt.isPunctAt(e) && !pt.is(e, lex.Clause) && !pt.isVerbAt(e) && !pt.isWord(e, "as") && !pt.isWord(e, "and") &&
		(!pt.is(e, lex.Prep) || postBeforeName(pt, e)) {
		e++
	}
	named := -1
	if pt.isWord(e, ",") {
		named = pt.personAt(e + 1) // "written by the ambassador, Gene Cretz"
	}
	if e == j+1 || !pt.capBetween(j+1, e) && named < 0 {
		return -1
	}
	d.by = strings.TrimSpace(verb + " " + pt.word(j) + " " + pt.phrase(j+1, e))
	for k := e - 1; k > j && d.author < 0; k-- {
		d.author = pt.personAt(k)
	}
	if d.author < 0 {
		d.author = named
	}
	if writtenBy[verb] && (verb != "signed" || signedCable(d, pt, j+1, e)) || verb == "" {
		d.writer = d.author // "a cable by Ambassador X": X wrote it
	}
	return e
}

// docByReach bounds the words after "by": "by US ambassador in Dhaka
// James F Moriarty".
const docByReach = 9

// postBeforeName reports a preposition at item e inside the title of
// whoever a document is "by": "Secretary of State", or the post "in
// Dhaka" or "to Japan" right after a title and before the name ("US
// ambassador in Dhaka James Moriarty", "Ambassador to Japan John Roos");
// not "to" after a name or before a title, which names whom it went to
// ("by Ambassador Jane Ruiz to Foreign Minister Omar Qadir").
func postBeforeName(pt *paraText, e int) bool {
	switch {
	case pt.isWord(e, "of"):
		return pt.capBetween(e+1, e+2)
	case pt.isWord(e, "in"), pt.isWord(e, "to"):
		return (pt.is(e-1, lex.Title|lex.RoleWord|lex.RoleNoun) || writerRole(pt.word(e-1))) && pt.capBetween(e+1, e+2) &&
			!pt.is(e+1, lex.Title) && (pt.personAt(e+2) >= 0 || pt.personAt(e+3) >= 0 && pt.capBetween(e+2, e+3))
	}
	return false
}

// signedCables are the documents whose signer wrote them: a cable or a
// letter "signed by Ruiz" is hers; a memorandum or a treaty is its
// signer's only when one who writes the cables signs it ("a memo signed by
// Ambassador Jane Ruiz"), not "signed by Minister X".
var signedCables = map[string]bool{"cable": true, "diptel": true, "letter": true} // (a family: telegrams and dispatches are cables)

// coSignerAt reports others who sign at item k, after "and" ("and
// Minister X", "and fourteen European envoys", "and fellow envoys"): any
// word but a participle, which goes on with the document ("and sent to
// Washington", "and delivered to the palace").
func coSignerAt(pt *paraText, k int) bool {
	if passiveAdverbs[pt.word(k)] {
		k++ // ("and then sent", "and later leaked")
	}
	t, ok := pt.tok(k)
	if !ok || !t.Word {
		return false // ("and, two weeks later, forwarded")
	}
	w := pt.word(k)
	return !pt.isVerbAt(k) && !strings.HasSuffix(w, "ed") && !irregularParticiples[w] && !subjectPronouns[w]
}

// irregularParticiples go on with a document after "and": "signed by
// Ruiz and sent to Washington".
var irregularParticiples = map[string]bool{"sent": true, "given": true, "written": true, "taken": true, "kept": true, "put": true, "shown": true, "read": true, "seen": true, "made": true, "held": true}

// signedCable reports a cable, or a document an ambassador or an envoy
// signs, signed by one person named in items [b, e): not "signed by
// Ambassador Ruiz and eleven other envoys".
func signedCable(d *document, pt *paraText, b, e int) bool {
	for k := b; k <= e; k++ {
		if pt.isWord(k, "and") && coSignerAt(pt, k+1) {
			return false // ("signed by Ambassador Ruiz and delivered to the palace" is hers)
		}
	}
	if signedCables[d.family] {
		return true
	}
	for k := b; k < e; k++ {
		if writerRole(pt.word(k)) {
			return true
		}
	}
	return false
}

// capBetween reports whether a word in items [b, e) is capitalised: a
// name, not "from the start".
func (pt *paraText) capBetween(b, e int) bool {
	for k := b; k < e; k++ {
		if t, ok := pt.tok(k); ok && t.Cap && t.Word {
			return true
		}
	}
	return false
}

// dateEnd returns the item past a date that starts at item j ("January
// 24, 2009", "24 January 2009", "May 2008", "2009", "early 2010"), or j.
func (pt *paraText) dateEnd(j int) int {
	k := j
	if w := pt.word(k); w == "early" || w == "late" || w == "mid" || w == "mid-" {
		k++
	}
	start := k
	if isDay(pt.word(k)) {
		k++
	}
	if t, ok := pt.tok(k); ok && t.Cap && lex.Months[t.Low(pt.text)] != 0 {
		k++
		if isDay(pt.word(k)) {
			k++
		}
		if pt.isWord(k, ",") && isYear(pt.word(k+1)) {
			k++
		}
	} else if k > start {
		return j // a bare number is no date
	}
	if isYear(pt.word(k)) {
		k++
	}
	if k == start || k == start+1 && isDay(pt.word(start)) {
		return j
	}
	return k
}

func isDay(w string) bool {
	return len(w) >= 1 && len(w) <= 2 && isDigit(w[0]) && isDigit(w[len(w)-1])
}

func isYear(w string) bool {
	return len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) && isDigit(w[2]) && isDigit(w[3])
}

// fileDocument returns the document a mention names: the one it refers
// back to, one it describes further, or a new one.
func (a *attributor) fileDocument(d document, def bool, noun string) int {
	// the documents named most recently are among the last created: a
	// bounded look keeps a story of thousands of cables linear. Only a
	// reference back or a definite description looks (an indefinite one
	// is a new document).
	best, at := -1, -1
	if d.core == "" || def {
		best, at = a.lastNamedLike(&d, max(0, len(a.docs)-docLookBack))
	}
	switch {
	case d.core == "" && best >= 0:
		a.namedAgain(at)
		return best
	case d.core == "":
		d.core = noun // referred to before it was described
	case def && best >= 0 && describesFurther(&a.docs[best], &d):
		o := &a.docs[best]
		if len(d.core) > len(o.core) {
			o.core = d.core
		}
		o.from, o.date, o.by = orFill(o.from, d.from), orFill(o.date, d.date), orFill(o.by, d.by)
		if o.writer < 0 {
			o.writer = d.writer
		}
		if o.author < 0 {
			o.author = d.author
		}
		a.namedAgain(at)
		return best
	}
	a.docs = append(a.docs, d)
	a.docRecent = append(a.docRecent, int32(len(a.docs)-1))
	return len(a.docs) - 1
}

// lastNamedLike returns the document created at from or after that the
// story named last and that document d may be (the same number, the
// same family or a generic one), and its place in docRecent; -1, -1 when
// none is. docRecent is read from its end: the first that fits is the
// one named last. It stops once it has passed every document created
// from from on; the older ones it passes on the way were named while
// they were among the last docLookBack created, so they are at most as
// many (a story of thousands of cables stays linear).
func (a *attributor) lastNamedLike(d *document, from int) (int, int) {
	left := len(a.docs) - from // the documents created from from on, not passed yet
	for r := len(a.docRecent) - 1; r >= 0 && left > 0; r-- {
		k := int(a.docRecent[r])
		if k < from {
			continue
		}
		left--
		if o := &a.docs[k]; o.plural == d.plural && (o.family == d.family || o.family == "" || d.family == "") {
			return k, r
		}
	}
	return -1, -1
}

// namedAgain moves the document at place r of docRecent to its end: the
// story named it last.
func (a *attributor) namedAgain(r int) {
	k := a.docRecent[r]
	copy(a.docRecent[r:], a.docRecent[r+1:])
	a.docRecent[len(a.docRecent)-1] = k
}

const docLookBack = 64

// describesFurther reports whether a definite description adds to a
// document without contradicting it: "the Islamabad cable" after "a cable
// from Islamabad".
func describesFurther(o, d *document) bool {
	if d.from != "" && o.from != "" && d.from != o.from || d.date != "" && o.date != "" && d.date != o.date {
		return false
	}
	return d.from != "" || d.date != "" || d.by != "" || strings.Contains(o.core, d.core) || strings.Contains(d.core, o.core)
}

func orFill(a, b string) string {
	if a == "" {
		return b
	}
	return a
}

// docNear returns the document named at item i of paragraph pi, or the
// last one named before it ("it says"), or -1.
func (a *attributor) docNear(pi, i int) int {
	for p := pi; p >= 0; p-- {
		ms := a.docsOf(p)
		for k := len(ms) - 1; k >= 0; k-- {
			if p < pi || ms[k].item <= i {
				return ms[k].doc
			}
		}
	}
	return -1
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// diplomaticReport reports "report" or "reports" at item i, a noun, that
// American diplomats wrote: "the US report", "an embassy report", "a
// report from United States diplomats". A report of the press or of
// anyone else is no document of the cables.
func diplomaticReport(pt *paraText, i int) bool {
	if w := pt.word(i); w != "report" && w != "reports" {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-3 && !pt.isPunctAt(j); j-- {
		if diplomatsWord(pt, j) {
			return true // "the US report", "a diplomatic report"
		}
	}
	if pt.in(i-1, secrecyMark) && !pt.isWord(i+1, "from") && !pt.isWord(i+1, "by") {
		return true // "one confidential report", not "a confidential report by the harbour board"
	}
	if !pt.isWord(i+1, "from") && !pt.isWord(i+1, "by") {
		return false
	}
	for j := i + 2; j < len(pt.items) && j <= i+5 && !pt.isPunctAt(j); j++ {
		if diplomatsWord(pt, j) {
			return true // "a report from United States diplomats"
		}
	}
	return false
}

// secrecyWords mark a report as a government's secret.
var secrecyWords = lex.MustSet(words, "words/secrecy-words.txt")

// diplomatsWord reports a word at item j that makes what it qualifies
// American or diplomatic: "US", "American", "embassy", "diplomats".
func diplomatsWord(pt *paraText, j int) bool {
	w := pt.word(j)
	return american(pt, j) || w == "embassy" || w == "diplomatic" || w == "diplomats"
}

// commentsMadeIn returns the person whose comments a sentence places in
// the document named at item i ("Farrar's comments, made in a cable dated
// April 15, 2009, raise questions"), or -1: one who writes that cable.
func (a *attributor) commentsMadeIn(pt *paraText, i int) int {
	in := -1
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if pt.isWord(k, "in") {
			in = k
			break
		}
	}
	if in < 3 || !madeIn[pt.word(in-1)] || !pt.isWord(in-2, ",") || !commentNouns[pt.word(in-3)] {
		return -1
	}
	t, ok := pt.tok(in - 4)
	if !ok || !t.Poss {
		return -1
	}
	p := pt.personAt(in - 4)
	if p < 0 || !a.americanOfficial(p) {
		return -1 // ("Qadir's remarks, made in a cable": the minister the cable quotes)
	}
	return p
}

// americanPhraseBefore reports an American word in the phrase right before
// the name at item at ("U.S. Interests Section chief Jonathan Farrar"), or
// in a title phrase set off before it by a comma ("The top U.S. diplomat
// in Kandia, Jane Ruiz"): not an opening phrase that only mentions
// America ("Once a close U.S. ally, Omar Qadir", "In a 2009 meeting with
// U.S. diplomats, Omar Qadir").
func americanPhraseBefore(pt *paraText, at int) bool {
	for j := at - 1; j >= 0 && j >= at-5 && !pt.isPunctAt(j) && !pt.is(j, lex.Prep); j-- {
		if american(pt, j) {
			return true
		}
	}
	return pt.isWord(at-1, ",") && americanTitleBefore(pt, at-1)
}

// americanTitleBefore reports a title phrase that opens with "the" and
// ends at the comma at item c, American and naming a diplomat's office
// ("The top U.S. diplomat in Kandia,"): not one of others ("The favourite
// contact for U.S. diplomats", "The main target of U.S. diplomats", "The
// Kandian ambassador in Washington").
func americanTitleBefore(pt *paraText, c int) bool {
	b := c - 1
	for b > 0 && b > c-9 && !pt.isPunctAt(b-1) && !pt.isVerbAt(b-1) {
		b--
	}
	if b != pt.sentStart(c) && !pt.isPunctAt(b-1) || !pt.isWord(b, "the") && !pt.isWord(b, "The") {
		return false
	}
	diplomatic, us := false, false
	for k := b; k < c; k++ {
		w := strings.ToLower(pt.word(k))
		if usWord(pt, k) && (objectPreps[pt.word(k-1)] || objectPreps[pt.word(k-2)] || pt.isWord(k+1, "diplomats") || pt.isWord(k+1, "officials")) {
			return false
		}
		if capitalised(pt, k) && demonym(w) && !american(pt, k) {
			return false
		}
		us = us || usWord(pt, k)
		diplomatic = diplomatic || writerRole(w) || missionOffices[w] || describers[w]
	}
	return us && diplomatic
}

// objectPreps open a phrase whose Americans are others than the one named
// after it: "In a 2009 meeting with U.S. diplomats, Omar Qadir".
var objectPreps = map[string]bool{"with": true, "by": true, "to": true, "for": true, "from": true, "against": true}

// americanOfficial reports a person the story describes as an American
// where it first names them: "U.S. Interests Section chief Jonathan
// Farrar", "the American envoy, Jane Ruiz".
func (a *attributor) americanOfficial(p int) bool {
	for _, pt := range a.paras {
		for at := range pt.items {
			if pt.personAt(at) != p {
				continue
			}
			return americanPhraseBefore(pt, at)
		}
	}
	return false
}

// madeIn and commentNouns read "X's comments, made in a cable".
var (
	madeIn       = map[string]bool{"made": true, "written": true}
	commentNouns = map[string]bool{"comments": true, "remarks": true, "views": true, "assessment": true, "assessments": true, "observations": true, "words": true}
)
