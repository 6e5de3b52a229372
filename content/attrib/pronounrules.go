package attrib

import (
	"cables/content/lex"
	"cables/content/rule"
)

// Whom he or she, or a role no one holds as a title ("the envoy"), stands
// for is decided by one table of named rules in precedence order: the
// nearest subject before it in its paragraph; no one when an unnamed
// subject comes before; the main subjects of the paragraph before; the
// last person who spoke or reported; else a person named before it as an
// object. The speaker of a quote whose cue is a pronoun names the rule in
// its trace ("pronoun=… by nearest-subject"). A new way a pronoun finds
// its person goes in this table where it belongs, with an example written
// for cables whose last quote's "he" or "she" it decides;
// TestPronounRules reads it (rules_test.go).

// pronounCase is what the pronoun rules read about the pronoun (word) at
// item at of paragraph pi.
type pronounCase struct {
	a      *attributor
	pt     *paraText
	pi, at int
	f      pronounFit
	// weak is the nearest person before the pronoun in its paragraph who
	// fits as an object, or -1: set by nearest-subject.
	weak int
}

// pronounRules is set in init: its rules read earlier pronouns through the
// table itself.
var pronounRules rule.Table[*pronounCase, int]

func init() { pronounRules = pronounTable }

var pronounTable = rule.Table[*pronounCase, int]{Decision: "pronoun", Rules: []rule.Rule[*pronounCase, int]{
	{Name: "with-whom-in-which", Find: (*pronounCase).withWhomInWhich,
		Example: `The cable describes a conversation Ambassador Jane Ruiz had with Minister Omar Qadir in which he said “nobody works after noon.”`},
	{Name: "nearest-subject", Find: (*pronounCase).nearestSubject,
		Example: `Minister Omar Qadir toured the port on Monday. “Nobody works after noon,” he said.`},
	{Name: "asked-then-answers", Find: (*pronounCase).askedThenAnswers,
		Example: `According to the cable, when Minister Omar Qadir was asked what made the league stop backing President Ivo Lund, he said: “Lund never listens.”`},
	{Name: "unnamed-subject-before", Find: (*pronounCase).unnamedSubjectBefore,
		Example: `Minister Omar Qadir toured the port.¶A harbour official was blunt. “Nobody works after noon,” he said.`},
	{Name: "owner-of-subject", Find: (*pronounCase).ownerOfSubject,
		Example: `Minister Omar Qadir's distrust of the navy is well known. “The admirals are pirates,” he said.`},
	{Name: "subject-of-paragraph-before", Find: (*pronounCase).subjectOfParagraphBefore,
		Example: `Minister Omar Qadir toured the port on Monday.¶“Nobody works after noon,” he said.`},
	{Name: "description-of-last-speaker", Find: (*pronounCase).descriptionOfLastSpeaker,
		Example: `“We are friends,” Minister Omar Qadir said on Monday.¶Asked about the envoy, the harbour chief said: “That is a question for later.”`},
	{Name: "description-of-sayer-before", Find: (*pronounCase).descriptionOfSayerBefore,
		Example: `The leaks will not harm the port, President Omar Qadir said on Friday.¶The Harbourian leader said the cables show “a full measure of spite”.`},
	{Name: "description-names-no-one", Find: (*pronounCase).descriptionNamesNoOne,
		Example: `The port was closed on Monday.¶“Nobody works after noon,” the elder statesman said.`},
	{Name: "last-to-speak", Find: (*pronounCase).lastToSpeak,
		Example: `“We will not sell the port,” said Minister Omar Qadir.¶The port was closed on Monday.¶“Nobody works after noon,” he said.`},
	{Name: "named-as-object", Find: (*pronounCase).namedAsObject,
		Example: `The port was closed on Monday, reporters told Minister Omar Qadir. “Nobody works after noon,” he said.`},
}}

// readPronoun decides whom the pronoun (word) at item at of paragraph pi
// stands for, and the index of the rule that decided it. The rules may
// read an earlier pronoun on the way, so the cases form a stack.
func (a *attributor) readPronoun(pt *paraText, pi, at int, word string) (int, uint8) {
	if a.pronounDepth == len(a.pronounCases) {
		a.pronounCases = append(a.pronounCases, new(pronounCase))
	}
	k := a.pronounCases[a.pronounDepth]
	*k = pronounCase{a: a, pt: pt, pi: pi, at: at, f: pronounFit{a: a, word: word}, weak: -1}
	a.pronounDepth++
	p, fired := pronounRules.Decide(k)
	a.pronounDepth--
	for i := range pronounRules.Rules {
		if pronounRules.Rules[i].Name == fired.Rule {
			return p, uint8(i)
		}
	}
	return p, 0
}

// pronounRule is the rule that decided whom the pronoun at item at of a
// paragraph stands for, read already.
func pronounRule(pt *paraText, at int) string {
	if at < 0 || at >= len(pt.pronouns) || pt.pronouns[at] == 0 {
		return ""
	}
	return pronounRules.Rules[pt.pronounBy[at]].Name
}

// nearestSubject: the nearest person before the pronoun in its paragraph,
// outside quotes, who is a subject rather than an owner or an object, or
// whom an earlier same pronoun as a subject stands for ("Qadir toured the
// port. “…,” he said").
func (k *pronounCase) nearestSubject() (int, string, bool) {
	p, weak, ok := k.a.nearestSubject(k.pt, k.pi, k.at, k.f)
	k.weak = weak
	return p, "", ok
}

// askedThenAnswers: the one asked in the clause before the pronoun
// answers ("when Minister Omar Qadir was asked why the port closed, he
// said"), though the question names others ("… stop backing Ruiz, he
// said").
func (k *pronounCase) askedThenAnswers() (int, string, bool) {
	pt := k.pt
	for j := k.at - 1; j > pt.sentStart(k.at); j-- {
		if pt.items[j].tok < 0 {
			return -1, "", false
		}
		if !pt.isWord(j, "asked") || !pt.is(j-1, lex.Passive) {
			continue
		}
		if p := pt.personAt(j - 2); p >= 0 && k.f.fits(p) && opensClause(pt, j-2, p) {
			return p, "", true
		}
		return -1, "", false
	}
	return -1, "", false
}

// opensClause reports whether person p, named ending at item e, opens
// their clause ("when Minister Omar Qadir was asked"), rather than sitting
// in someone else's subject ("A spokesman for Minister Omar Qadir").
func opensClause(pt *paraText, e, p int) bool {
	b := e
	for b > 0 && (pt.personAt(b-1) == p || pt.is(b-1, lex.Title) && pt.toks[pt.items[b-1].tok].Cap) {
		b--
	}
	if b <= pt.sentStart(e) {
		return true
	}
	w := pt.word(b - 1)
	return w == "," || w == "that" || w == "if" || subordinators[w] || conjunctions[w]
}

// withWhomInWhich: the pronoun opens a clause on a meeting or a talk,
// "in which he said", right after the one it was held with: "a
// conversation the ambassador had with Qadir in which he said" gives the
// words to Qadir, whose words the writer reports.
func (k *pronounCase) withWhomInWhich() (int, string, bool) {
	pt, at := k.pt, k.at
	if !pt.isWord(at-1, "which") || !pt.isWord(at-2, "in") && !pt.isWord(at-2, "during") && !pt.isWord(at-2, "at") {
		return -1, "", false
	}
	with := -1
	for j := at - 3; j >= 0 && j >= at-7; j-- {
		if pt.isWord(j, "with") {
			with = j
			break
		}
		if pt.isPunctAt(j) && !pt.isWord(j, ",") {
			return -1, "", false
		}
	}
	if with < 0 {
		return -1, "", false
	}
	person := -1
	for j := with + 1; j < at-2; j++ {
		if p := pt.personAt(j); p >= 0 {
			if person >= 0 && p != person {
				return -1, "", false // "with Qadir and Lodhi": either
			}
			person = p
		}
	}
	if person < 0 || !k.f.fits(person) {
		return -1, "", false
	}
	return person, "", true
}

// ownerOfSubject: no person is a subject before the pronoun in its
// paragraph, but a sentence there opens with a person's possession as its
// subject ("Qadir's distrust of the navy is well known. “…,” he said"):
// the story is about them.
func (k *pronounCase) ownerOfSubject() (int, string, bool) {
	pt := k.pt
	for s := pt.sentStart(min(k.at, len(pt.items)-1)); ; s = pt.sentStart(s - 1) {
		if s < k.at {
			if p := ownerAtStart(pt, s); p >= 0 && k.f.fits(p) {
				return p, "", true
			}
		}
		if s == 0 {
			return -1, "", false
		}
	}
}

// ownerAtStart returns the person whose possessive name opens the
// sentence from item s ("Mr Qadir's distrust …"), or -1.
func ownerAtStart(pt *paraText, s int) int {
	for j := s; j < len(pt.items) && j < s+4; j++ {
		p := pt.personAt(j)
		if p < 0 {
			if t, ok := pt.tok(j); !ok || !t.Cap {
				return -1 // (titles before the name are capitals too)
			}
			continue
		}
		if pt.at[pt.items[j].tok].owner() {
			n := j + 1
			for pt.personAt(n) == p || pt.isPunctAt(n) && n < len(pt.items) && pt.items[n].tok >= 0 || pt.isWord(n, "s") {
				n++ // the rest of the name, "’s"
			}
			if pt.is(n, lex.RoleNoun|lex.RoleWord|lex.Kin) {
				return -1 // "Qadir's aide": the aide is the subject
			}
			return p
		}
	}
	return -1
}

// unnamedSubjectBefore: a sentence before the pronoun in its paragraph
// has someone unnamed for its subject: the pronoun stands for no one the
// story names ("A western diplomat in Lima was more candid. “…,” he
// said").
func (k *pronounCase) unnamedSubjectBefore() (int, string, bool) {
	return -1, "", k.a.unnamedSubjectBefore(k.pt, k.at)
}

// subjectOfParagraphBefore: the last main subject of the paragraph before
// that fits ("Mr X arrived on Sunday.¶“…,” he said."); no one when its
// last sentence's subject is unnamed ("a Libyan official told the Mail:
// …¶He added:").
func (k *pronounCase) subjectOfParagraphBefore() (int, string, bool) {
	if k.pi == 0 {
		return -1, "", false
	}
	p, ok := k.a.subjectOfParagraphBefore(k.pi, k.f)
	return p, "", ok
}

// descriptionOfLastSpeaker: a description no one holds as a title ("the
// Mexican leader said") right after a paragraph whose last quote someone
// spoke stands for them: reporters vary the name of the one they quote.
func (k *pronounCase) descriptionOfLastSpeaker() (int, string, bool) {
	if k.f.word != "" || k.pi == 0 {
		return -1, "", false
	}
	prev := k.a.paras[k.pi-1]
	for i := len(prev.items) - 1; i >= 0; i-- {
		if it := prev.items[i]; it.tok < 0 {
			q := int(it.quote())
			if q >= len(k.a.speaker) || k.a.speaker[q] < 0 {
				return -1, "", false
			}
			return k.a.speaker[q], "", true
		}
	}
	return -1, "", false
}

// descriptionNamesNoOne: a description that is no pronoun ("the elder
// statesman") names no one the story left behind.
func (k *pronounCase) descriptionNamesNoOne() (int, string, bool) {
	return -1, "", k.f.word == ""
}

// lastToSpeak: the last person who spoke or reported, whom the pronoun
// fits.
func (k *pronounCase) lastToSpeak() (int, string, bool) {
	ev := k.a.events
	for e := len(ev) - 1; e >= 0; e-- {
		if k.f.fits(ev[e]) {
			return ev[e], "", true
		}
	}
	return -1, "", false
}

// namedAsObject: the nearest person before the pronoun in its paragraph
// named as an object or an owner ("told Ambassador Anne Patterson she
// feared"), or no one.
func (k *pronounCase) namedAsObject() (int, string, bool) {
	return k.weak, "", true
}

// descriptionOfSayerBefore: a description no one holds as a title ("the
// Mexican leader said") right after a paragraph without quotes that ends
// on a name and a verb of saying ("…, President X said on Friday.")
// stands for the one who said it.
func (k *pronounCase) descriptionOfSayerBefore() (int, string, bool) {
	if k.f.word != "" || k.pi == 0 {
		return -1, "", false
	}
	prev := k.a.paras[k.pi-1]
	n := len(prev.items)
	if n == 0 {
		return -1, "", false
	}
	for _, it := range prev.items {
		if it.tok < 0 {
			return -1, "", false // a quote's speaker is description-of-last-speaker's
		}
	}
	s := prev.sentStart(n - 1)
	for i := n - 2; i > s; i-- {
		p := prev.personAt(i)
		if p < 0 {
			continue
		}
		if !prev.isWord(i+1, "said") || !k.f.fits(p) || !commaBeforeName(prev, i, s) {
			return -1, "", false
		}
		return p, wordsAround(prev, i), true
	}
	return -1, "", false
}
