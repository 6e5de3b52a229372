package attrib

import (
	"slices"
	"strings"

	"cables/content/lex"
	"cables/content/rule"
	"cables/model"
)

// Who speaks a quote is decided by one table of named rules in precedence
// order: the cue after the quote, then the cue before it wherever the
// introduction rules found it, then the speaker of the quote before it;
// the first rule that fires decides and the quote's trace names it. A
// sentence after cable passages may still name their writer
// (creditRules). A new way of naming a speaker goes in this table where it
// belongs, with an example sentence written for cables; TestSpeakerRules
// reads it (speakerrules_test.go). Whom a pronoun or a title stands for is
// the pronoun rules' (pronounrules.go).

// speaking is a speaker verdict: the person (or -1), whether the quote's
// own cue named them rather than the quote before it, and for a cue that
// is a pronoun the pronoun rule that found the person.
type speaking struct {
	person  int
	byCue   bool
	pronoun rule.Fired
}

var speakerRules = rule.Table[*quoteCase, speaking]{Decision: "speaker", Rules: []rule.Rule[*quoteCase, speaking]{
	{Name: "title-of-document", Find: (*quoteCase).titleOfDocument,
		Example: `A May 2008 cable titled “Lund's Last Stand” described Ivo Lund as a thief.`},
	{Name: "manner-word", Find: (*quoteCase).mannerWord,
		Example: `The leaks also reveal:¶• Minister Omar Qadir replied “curtly” that the port was closed.`},
	{Name: "paired-speaker", Find: (*quoteCase).pairedSpeaker,
		Example: `The leaks are “reckless” and “a gift to pirates”, Minister Omar Qadir said.`},
	{Name: "sayer-before-document-cue", Find: (*quoteCase).sayerBeforeDocumentCue,
		Example: `Minister Omar Qadir said the harbour was run by “thieves” who kept up the “charade,” according to the cable.`},
	{Name: "bracketed-after-name", Find: (*quoteCase).bracketedAfterName,
		Example: `The envoy before her, Jane Ruiz (“the port is run by two families”), saw it too.`},
	{Name: "cue-after", Find: (*quoteCase).cueAfter,
		Example: `“We will not sell the port,” Minister Omar Qadir said.`},
	{Name: "owners-reply", Find: (*quoteCase).ownersReply,
		Example: `“We do not comment on leaked cables,” was Minister Omar Qadir’s curt reply.`},
	{Name: "reports-saying", Find: (*quoteCase).reportsSaying,
		Example: `A cable of May 2009 quotes Minister Omar Qadir on the port.¶“Nobody works there,” it reports him saying.`},
	{Name: "quoted-in-document", Find: (*quoteCase).quotedInDocument,
		Example: `Minister Omar Qadir met the envoy in May.¶“The navy owns the harbour,” Mr Qadir is quoted in a 2009 cable as telling her.`},
	{Name: "what-someone-called", Find: (*quoteCase).whatSomeoneCalled,
		Example: `Harbour master Omar Qadir runs the port in what a US diplomat called the “harbour mafia”, according to a cable.`},
	{Name: "in-someones-words", Find: (*quoteCase).inSomeonesWords,
		Example: `In Qadir's words, the port was “a family business”. Minister Omar Qadir runs it.`},
	{Name: "pinned-by-writers", Find: (*quoteCase).pinnedByWriters,
		Example: `The cables are blunt about the port.¶Diplomats wrote of Minister Ana Vell as loving “long lunches” and described Omar Qadir as a “night owl”.`},
	{Name: "writer-pins-the-label", Find: (*quoteCase).writerPinsTheLabel,
		Example: `The cable was signed by Ambassador Jane Ruiz, who describes harbour master Omar Qadir as “a patient thief”.`},
	{Name: "document-tells-of-someone", Find: (*quoteCase).documentTellsOfSomeone,
		Example: `The cables are blunt about the port.¶A description of harbour master Omar Qadir said he kept a “silver-haired” parrot.`},
	{Name: "agent-of-label", Find: (*quoteCase).agentOfLabel,
		Example: `The cables are kind to the minister.¶He is commended by Jane Ruiz, the ambassador, as a “tireless reformer”.`},
	{Name: "sayer-of-label", Find: (*quoteCase).sayerOfLabel,
		Example: `Minister Omar Qadir dismissed the leaked cables as “harbour gossip”.`},
	{Name: "quoted-by-the-press", Find: (*quoteCase).quotedByThePress,
		Example: `The cable described the minister as “a den of thieves”.¶Minister Omar Qadir was quoted by the Harbour Times disputing the cable: “I never owned a yacht.”`},
	{Name: "unnamed-after", Find: (*quoteCase).unnamedAfter,
		Example: `Minister Omar Qadir was to have called the envoy on Friday but “when the cables came out, it was off,” said one senior official.`},
	{Name: "described-never-speaks", Find: (*quoteCase).describedNeverSpeaks,
		Example: `Omar Qadir runs the port.¶In a 2009 cable, the envoy called Qadir “a tired clerk”.`},
	{Name: "told-then-pronoun", Find: (*quoteCase).toldThenPronoun,
		Example: `A cable says Minister Omar Qadir told Ambassador Jane Ruiz he feared the navy might “sink the port”.`},
	{Name: "the-one-told", Find: (*quoteCase).theOneTold,
		Example: `Minister Omar Qadir had told “a visiting envoy” to leave.`},
	{Name: "told-to-quote", Find: (*quoteCase).toldToQuote,
		Example: `Minister Omar Qadir had told “a visiting envoy” to “sell the port and go home.”`},
	{Name: "who-said", Find: (*quoteCase).whoSaid,
		Example: `The minister's plan angered Admiral Omar Qadir, who shouted “Never!” at the meeting.`},
	{Name: "sayer-of-participle", Find: (*quoteCase).sayerOfParticiple,
		Example: `Minister Omar Qadir praised the envoy by saying she was “a patient woman”.`},
	{Name: "quote-is-the-verb", Find: (*quoteCase).quoteIsTheVerb,
		Example: `In a statement on Monday, Minister Omar Qadir “condemn[ed] in the strongest terms” the leak of the cables.`},
	{Name: "cue-before", Find: introducedBy(inSentence),
		Example: `Minister Omar Qadir said: “We will not sell the port.”`},
	{Name: "reported-sayer", Find: (*quoteCase).reportedSayer,
		Example: `A 2008 cable covers the port.¶The navy, Minister Omar Qadir is reported as saying, was “rotten to the core”.`},
	{Name: "caps-label-colon", Find: (*quoteCase).capsLabelColon,
		Example: `Minister Omar Qadir spoke in Port Vell.¶OMAR QADIR: “We will not sell the port.”`},
	{Name: "colon-intro", Find: introducedBy(byColon),
		Example: `Speaking at the harbour, Minister Omar Qadir was blunt: “Nobody works after noon.”`},
	{Name: "speaker-label-line", Find: (*quoteCase).speakerLabelLine,
		Example: `Ana Ruiz¶“Were you paid for the contract?”¶Omar Qadir, Leader of the Opposition¶“I have never taken a bribe.”`},
	{Name: "cue-paragraph-before", Find: introducedBy(paragraphBefore),
		Example: `Minister Omar Qadir told reporters:¶“We will not sell the port.”`},
	{Name: "colon-paragraph-before", Find: introducedBy(colonParagraph),
		Example: `Minister Omar Qadir was in no mood for questions:¶“We have read the cables.”`},
	{Name: "sentence-before", Find: introducedBy(sentenceBefore),
		Example: `“The port is closed,” Minister Omar Qadir said on Monday. “Nobody works there.”`},
	{Name: "owner-of-description", Find: (*quoteCase).ownerOfDescription,
		Example: `The dispatches include Ambassador Jane Ruiz's alleged description of the minister's dislike of the navy, and “visceral contempt” for the port.`},
	{Name: "appositive-left-open", Find: (*quoteCase).appositiveLeftOpen,
		Example: `In the same cable, Jane Ruiz, the director general, trade and shipping of the harbour authority expressed relief that the navy had “dropped” the plan.`},
	{Name: "document-author", Find: (*quoteCase).documentAuthor,
		Example: `“The harbour master sleeps,” said a cable written by the ambassador, Jane Ruiz.`},
	{Name: "writer-in-which", Find: (*quoteCase).writerInWhich,
		Example: `Ambassador Jane Ruiz left the port after the leak of a cable in which she speculated on the minister’s “voluptuous” nurse.`},
	{Name: "writer-of-framing-document", Find: (*quoteCase).writerOfFramingDocument,
		Example: `A cable from the State Department’s Jane Ruiz thanked the embassy for a “particularly timely” note.`},
	{Name: "so-called-has-no-speaker", Find: (*quoteCase).soCalledHasNoSpeaker,
		Example: `In a 2009 cable, the envoy wrote: “The port is lost.” The publication of the so-called “Harbour Papers” angered the minister.`},
	{Name: "subject-of-quoted-verb", Find: (*quoteCase).subjectOfQuotedVerb,
		Example: `The cables are blunt about the port.¶King Omar Qadir “often urged” Washington “to sink the pirate fleet”, according to an account of a meeting.`},
	{Name: "statements-by", Find: (*quoteCase).statementsBy,
		Example: `The cable followed statements by the prime minister, Ana Ruiz, to the BBC that she had “proof of the plot”.`},
	{Name: "quote-opens-on-subjects-verb", Find: (*quoteCase).quoteOpensOnSubjectsVerb,
		Example: `A cable from June describes the talks. It says that Defence Minister Omar Qadir “estimated a window of six months for a deal.”`},
	{Name: "cue-ends-sentence", Find: (*quoteCase).cueEndsSentence,
		Example: `What the port needed was a “strong hand” to steer it through “hard times,” Minister Omar Qadir said.`},
	{Name: "according-to-ends-sentence", Find: (*quoteCase).accordingToEndsSentence,
		Example: `The leak has been “ruinous” for diplomats abroad, according to Jane Ruiz, a former envoy.`},
	{Name: "speaker-of-quote-before", Find: (*quoteCase).speakerOfQuoteBefore,
		Example: `“The port is closed,” said Minister Omar Qadir. “Nobody works there.”`},
	{Name: "speaker-of-paragraph-before", Find: (*quoteCase).speakerOfParagraphBefore,
		Example: `“The port is closed,” Minister Omar Qadir told reporters.¶“Nobody works there.”`},
	{Name: "speaker-of-sentence", Find: (*quoteCase).speakerOfSentence,
		Example: `Minister Omar Qadir said the port was “closed for good”, according to the cable, and “not worth a visit”.`},
	{Name: "lone-quote-paragraph", Find: (*quoteCase).loneQuoteParagraph,
		Example: `Reporters asked about the port, but Minister Omar Qadir ducked questions.¶“I will leave that to others.”`},
	{Name: "nobody-named", Find: func(*quoteCase) (speaking, string, bool) { return speaking{person: -1}, "", true },
		Example: `“Nobody works after noon.”`},
}}

// cueAfter: the cue after the quote names who speaks ("“…,” Qadir said",
// "said the minister", "he told reporters"); a pronoun or a title is
// resolved to the person it stands for.
func (k *quoteCase) cueAfter() (speaking, string, bool) {
	c := &k.c
	if !c.after.found || !c.after.src.personish() {
		return speaking{}, "", false
	}
	if writingVerb(c.after.verb) && c.before.found && c.place == inSentence && c.before.src.kind == srcPerson &&
		!writingVerb(c.before.verb) {
		// "His wife, Leila Omar, said “…,” the envoy wrote": she spoke,
		// the envoy wrote it down (cue-before names her)
		return speaking{}, "", false
	}
	if c.before.found && c.place == inSentence && c.before.src.kind == srcPerson && verbRightBefore(c.pt, c.qi, c.before.verb) &&
		cueOpensNextQuote(c.ptL, c.aqi, c.after.verb) {
		// "While Qadir said “It is baseless”, his deputy Sami Vell said,
		// “…”": the cue after is the next quote's; cue-before names ours
		return speaking{}, "", false
	}
	return k.a.cueNames(c.ptL, c.last, c.after.src), wordsAfter(c.ptL, c.aqi), true
}

// capsLabelColon: the quote's paragraph opens with a name in capitals and
// a colon, as a transcript labels its turns ("HILLARY CLINTON: “I have
// …”"), and the story is a transcript whose turns ask (capsTranscript)
// or the quote says I, we or you and no he or she: the person the story
// names so speaks.
func (k *quoteCase) capsLabelColon() (speaking, string, bool) {
	c := &k.c
	pt, qi := c.pt, c.qi
	if qi < 2 || capsLabelled(pt) != qi {
		return speaking{}, "", false
	}
	if text := k.quoteText(); !k.a.capsTranscript(c.first) && (thirdPerson(text) || !firstPerson(text) && !secondPerson(text)) {
		return speaking{}, "", false // ("OMAR QADIR: “Erratic and vain.”", "“We have long seen him as vain.”": what a list says of him)
	}
	name := pt.phrase(0, qi-1)
	for p := range k.a.ix.People {
		if person := k.a.ix.People[p]; strings.EqualFold(person.Canonical, name) || slices.ContainsFunc(person.Aliases, func(a string) bool { return strings.EqualFold(a, name) }) {
			return speaking{person: p}, name, true
		}
	}
	return speaking{}, "", false
}

// capsTranscript reports a run of paragraphs around paragraph pi that
// open with a name in capitals, a colon and a quote, one of them a
// question, and pi's name labelling two turns or more: an interview's
// turns, not a list of what the cables say of each leader after it.
func (a *attributor) capsTranscript(pi int) bool {
	b, e := pi, pi+1
	for b > 0 && turnOrGoesOn(a.paras[b-1]) {
		b--
	}
	for e < len(a.paras) && turnOrGoesOn(a.paras[e]) {
		e++
	}
	own := a.paras[pi].phrase(0, capsLabelled(a.paras[pi])-1)
	asks, turns := false, 0
	for _, pt := range a.paras[b:e] {
		if qi := capsLabelled(pt); qi > 0 {
			asks = asks || pt.quoteAsks(qi)
			if pt.phrase(0, qi-1) == own {
				turns++
			}
		}
	}
	return asks && turns >= 2
}

// turnOrGoesOn reports a paragraph of a transcript's run: a labelled turn,
// or one that opens on a quote (an answer going on, or the narrator's
// “…,” Assange added).
func turnOrGoesOn(pt *paraText) bool {
	return capsLabelled(pt) > 0 || len(pt.items) > 0 && pt.items[0].tok < 0
}

// capsLabelled returns the item of the quote a paragraph opens with after
// a name in capitals and a colon, or -1.
func capsLabelled(pt *paraText) int {
	for qi := 2; qi <= 5 && qi < len(pt.items); qi++ {
		if pt.items[qi].tok < 0 {
			if !pt.isWord(qi-1, ":") {
				return -1
			}
			for j := 0; j < qi-1; j++ {
				if t, ok := pt.tok(j); !ok || !t.Word || !allCapitals(t.Text(pt.text)) {
					return -1
				}
			}
			return qi
		}
	}
	return -1
}

// ownersReply: after the quote, "was" and an owner's reply, "“…,” was
// Thomas’ curt reply": the owner speaks.
func (k *quoteCase) ownersReply() (speaking, string, bool) {
	c := &k.c
	pt, j := c.ptL, c.qiL+1
	if pt.isWord(j, ",") {
		j++
	}
	if !pt.isWord(j, "was") && !pt.isWord(j, "came") {
		return speaking{}, "", false
	}
	p, e := pt.nameAt(j + 1)
	if p < 0 || !pt.at[pt.items[e-1].tok].owner() {
		return speaking{}, "", false
	}
	if pt.isPunctAt(e) && !pt.pluralPossessiveAt(e) {
		return speaking{}, "", false
	}
	if pt.pluralPossessiveAt(e) {
		e++
	}
	for r := e; r < len(pt.items) && r <= e+2; r++ {
		if replyNouns[pt.word(r)] {
			return speaking{person: p}, wordsAfter(pt, c.qiL), true
		}
		if t, ok := pt.tok(r); !ok || t.Poss || pt.pluralPossessiveAt(r) {
			return speaking{}, "", false // "Qadir's spokesman's reply": the spokesman's
		}
	}
	return speaking{}, "", false
}

// verbRightBefore reports the cue's verb before the quote at item qi in
// the same clause: "Qadir said “…”", "Qadir told reporters on Friday
// “…”"; not "Qadir has denied the report, but “…”", whose quote the cue
// after may split ("“…,” Vell said, “and …”").
func verbRightBefore(pt *paraText, qi int, verb string) bool {
	if verb == "" {
		return false
	}
	for b := qi - 1; b >= 0 && b >= qi-verbRightBeforeReach; b-- {
		switch {
		case pt.isWord(b, verb):
			return true
		case pt.items[b].tok < 0, pt.isWord(b, ",") && b < qi-1, pt.isWord(b, "but"), pt.isWord(b, "and"), pt.isWord(b, "yet"):
			return false
		case b < qi-1 && !settingWord(pt, b):
			return false // "said nothing about the cables at the summit “…”": an object, not a setting
		}
	}
	return false
}

// settingWord reports a word of the setting that may stand between a cue's
// verb and its quote: a preposition, an article, those told, a
// capitalised word, a preposition's or an article's noun ("told reporters
// at the port on Friday").
func settingWord(pt *paraText, b int) bool {
	return pt.isWord(b, ":") || pt.isWord(b, "that") || pt.is(b, lex.Prep|lex.Determiner|lex.Spoken) || capitalAt(pt, b) || pt.is(b-1, lex.Prep|lex.Determiner)
}

// verbRightBeforeReach is how many words may stand between a cue's verb
// and its quote: "told reporters at the port on Friday".
const verbRightBeforeReach = 8

// cueOpensNextQuote reports a cue after the quote at item qi whose verb
// (and a comma or colon) stands right before the next quote of the same
// sentence: that cue introduces the next quote.
func cueOpensNextQuote(pt *paraText, qi int, verb string) bool {
	j := qi + 1
	for j < len(pt.items) && pt.items[j].tok >= 0 {
		j++
	}
	if j >= len(pt.items) || pt.sentStart(j) > qi || pt.endsAt(qi) {
		return false
	}
	b := j - 1
	if pt.isWord(b, ",") || pt.isWord(b, ":") {
		b--
	}
	return b > qi && pt.isWord(b, verb)
}

// introducedBy is the rule for a cue before the quote that the
// introduction rules found at a place: the cue names who speaks.
func introducedBy(place introPlace) func(*quoteCase) (speaking, string, bool) {
	return func(k *quoteCase) (speaking, string, bool) {
		c := &k.c
		if c.place != place || !c.before.found || !c.before.src.personish() {
			return speaking{}, "", false
		}
		return k.a.cueNames(c.bpt, c.bpi, c.before.src), wordsBefore(c.bpt, c.bqi), true
	}
}

// cueNames is the speaker a cue's source in paragraph pi names: the
// person it stands for, with the pronoun rule that found them when the
// source is a pronoun or a role the story gave no one.
func (a *attributor) cueNames(pt *paraText, pi int, src source) speaking {
	p, byPronoun := a.resolveBy(pt, pi, src)
	who := speaking{person: p, byCue: true}
	if byPronoun {
		who.pronoun = rule.Fired{Rule: pronounRule(pt, src.at), Evidence: wordsAround(pt, src.at)}
	}
	return who
}

// outletAt reports a cue's subject that is a newspaper or a site ("The
// Daily Telegraph reported"): it reports the story, it does not speak.
func outletAt(pt *paraText, src source) bool {
	if src.kind != srcOther {
		return false
	}
	t, ok := pt.tok(src.at)
	return ok && (pt.in(src.at, outletNounMark) || t.Cap && lex.OutletEndings[strings.ToLower(pt.word(src.at))])
}

// nameStart returns the first item of the name that ends at item k.
func nameStart(pt *paraText, k int) int {
	p := pt.personAt(k)
	for k > 0 && pt.personAt(k-1) == p {
		k--
	}
	return k
}

// commaBeforeName reports a comma right before the name ending at item k
// and the capitalised title before it, no further back than item s:
// "…, Foreign Minister X said".
func commaBeforeName(pt *paraText, k, s int) bool {
	b := nameStart(pt, k)
	for b > s {
		if t, ok := pt.tok(b - 1); !ok || !t.Cap || !t.Word || pt.personAt(b-1) >= 0 {
			break
		}
		b-- // the name's title
	}
	return pt.isWord(b-1, ",")
}

// quoteIsTheVerb: the quote stands where the verb of a named subject
// would, right after the name, its first word a verb in the past ("press
// secretary Robert Gibbs “condemn[ed] in the strongest terms” the
// release"): the one named speaks, though no word outside the marks says
// so. The name must be the sentence's subject: one that is an object
// ("praised Qadir “…”", "led by X ‘combined with …’") does not speak.
func (k *quoteCase) quoteIsTheVerb() (speaking, string, bool) {
	c := &k.c
	pt, qi := c.pt, c.qi
	p := pt.personAt(qi - 1)
	if p < 0 || c.first != c.last {
		return speaking{}, "", false
	}
	if objectPosition(pt, nameStart(pt, qi-1)) || pt.at[pt.items[qi-1].tok].owner() {
		return speaking{}, "", false
	}
	if src := k.a.mainSubject(pt, pt.sentStart(qi), qi); src.kind != srcPerson || src.person != p {
		return speaking{}, "", false // "the government led by prime minister X ‘combined …’"
	}
	w, _, _ := strings.Cut(strings.TrimSpace(k.quoteText()), " ")
	if w == "" || w[0] < 'a' || w[0] > 'z' || !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "[ed]") {
		return speaking{}, "", false
	}
	return speaking{person: p, byCue: true}, wordsAround(pt, qi-1), true
}

// sayerBeforeDocumentCue: the cue after the quote names only a document
// or an outlet ("…, according to the cable", "…, the Daily Example
// reported"), and an earlier quote of its sentence has
// a speaker, with no verb of saying between them: the same person's
// words, as the document reports them ("he believed had “nefarious
// purposes” to continue the “charade,” according to the cable").
func (k *quoteCase) sayerBeforeDocumentCue() (speaking, string, bool) {
	c := &k.c
	if !c.after.found || c.after.src.kind != srcDoc && !outletAt(c.ptL, c.after.src) || c.prevQ < 0 || k.a.speaker[c.prevQ] < 0 {
		return speaking{}, "", false
	}
	pt := c.pt
	pq := pt.quoteItem(c.prevQ)
	if pq < 0 || pt.sentStart(pq) != pt.sentStart(c.qi) {
		return speaking{}, "", false
	}
	for j := pq + 1; j < c.qi; j++ {
		if pt.isVerbAt(j) {
			return speaking{}, "", false // someone else may speak: "“…,” and Lodhi said “…”"
		}
	}
	return speaking{person: k.a.speaker[c.prevQ]}, k.a.quoteStart(c.prevQ), true
}

// speakerOfQuoteBefore: no cue attributes the quote, and it follows
// another in its paragraph: the quote goes on after its attributed
// sentence ("“…,” he said. “…”"). Not when a passive cue makes someone
// the one spoken of ("Lane was accused of “…”").
func (k *quoteCase) speakerOfQuoteBefore() (speaking, string, bool) {
	c := &k.c
	if c.prevQ < 0 || !noCue(c) || spokenOf(c.before) || spokenOf(c.after) {
		return speaking{}, "", false
	}
	if p, ok := k.a.mannerBefore(c.pt, c.first, c.pt.quoteItem(c.prevQ)); ok {
		// ("replied “pointedly” that he had “…”": the one who replied)
		return speaking{person: p}, k.a.quoteStart(c.prevQ), true
	}
	return speaking{person: k.a.speaker[c.prevQ]}, k.a.quoteStart(c.prevQ), true
}

// cueEndsSentence: no cue attributes the quote, and the sentence ends on
// a later quote whose cue after it names who speaks ("What the port needed
// was a “strong hand” and “new cranes,” Qadir said"), with no reporting
// verb between: the one cue speaks for the sentence's quotes.
func (k *quoteCase) cueEndsSentence() (speaking, string, bool) {
	c := &k.c
	if c.before.found && !c.before.passive || c.after.found && !c.after.passive && c.after.src.kind != srcNone || c.first != c.last {
		return speaking{}, "", false // (a cue that names no one is none: "Arab “border” states")
	}
	pt, s, e := c.pt, c.pt.sentStart(c.qi), c.pt.sentenceEnd(c.qi)
	for j := s; j < c.qi; j++ {
		if pt.isVerbAt(j) {
			return speaking{}, "", false // someone spoke before it: "X replied that …"
		}
	}
	for j := c.qi + 1; j < e; j++ {
		if pt.isVerbAt(j) && (someoneAt(pt, j-1) || someoneAt(pt, j+1)) {
			return speaking{}, "", false // ("… “x” Qadir said of “y”"; not "Arab “border” states")
		}
		if pt.items[j].tok >= 0 {
			continue
		}
		if cu := k.a.afterCue(pt, j); cu.found && !cu.passive && cu.src.kind == srcPerson {
			p := k.a.resolve(pt, c.first, cu.src)
			return speaking{person: p}, wordsAfter(pt, j), p >= 0
		}
	}
	return speaking{}, "", false
}

// titleOfDocument: the quote is a document's title and the document's
// verb follows it ("a cable titled “…” described Lund as"): the one the
// verb's object names does not speak it, the document does.
func (k *quoteCase) titleOfDocument() (speaking, string, bool) {
	pt, v := k.c.pt, k.c.qi+1
	if !k.title {
		return speaking{}, "", false // (most quotes: no "titled" before them)
	}
	if pt.isWord(v, ",") {
		v++
	}
	if !pt.isVerbAt(v) && !pt.in(v, labelVerbMark) {
		return speaking{}, "", false // "a cable titled “…”, Ambassador X wrote": her cable, her words
	}
	ev, ok := k.documentTitle()
	return speaking{person: -1}, ev, ok
}

// statementsBy: the quote ends a clause "that …" after statements,
// remarks or comments "by" someone named first after "by", "to" the press
// or "in" parliament, with no verb of saying between: "followed
// statements by the prime minister, Ana Ruiz, to the BBC that she had
// “…”". (Not remarks "that the embassy considered “…”", a statement by
// the embassy "on" someone, or by "the wife of" someone.)
func (k *quoteCase) statementsBy() (speaking, string, bool) {
	c := &k.c
	if c.before.found && c.before.src.kind == srcPerson || c.after.found && c.after.src.kind != srcNone {
		return speaking{}, "", false
	}
	pt := c.pt
	for j := c.qi - 1; j > pt.sentStart(c.qi); j-- {
		if pt.items[j].tok < 0 || pt.isVerbAt(j) {
			return speaking{}, "", false
		}
		if !pt.lenMayBe(j, 2) || !pt.isWord(j, "by") || !statementNouns[pt.word(j-1)] {
			continue
		}
		p, e := firstNamedAfter(pt, j+1, c.qi)
		if p >= 0 && toAudienceThat(pt, e, c.qi) {
			return speaking{person: p, byCue: true}, wordsAround(pt, j), true
		}
		return speaking{}, "", false
	}
	return speaking{}, "", false
}

// firstNamedAfter returns the person named first from item b, with no
// preposition but "of" before them ("the then prime minister of Kandia,
// Ana Ruiz"), and the item after the name and a description set off
// after it; or -1.
func firstNamedAfter(pt *paraText, b, qi int) (int, int) {
	for j := b; j < qi && j <= b+sayerReach; j++ {
		if p := pt.personAt(j); p >= 0 {
			for j < qi && pt.personAt(j) == p {
				j++
			}
			return p, j
		}
		if pt.is(j, lex.Prep) && !pt.isWord(j, "of") || pt.isWord(j, "of") && relationNouns[pt.word(j-1)] {
			return -1, 0 // (not "the wife of President Lund": his wife's words)
		}
	}
	return -1, 0
}

// toAudienceThat reports ", to" the press or an audience right after item
// e, then "that" opening the quote's clause: "to the BBC that", "to
// reporters that".
func toAudienceThat(pt *paraText, e, qi int) bool {
	if pt.isWord(e, ",") {
		e++
	}
	if !pt.isWord(e, "to") && !pt.isWord(e, "in") {
		return false // ("to the BBC", "in parliament")
	}
	audience := false
	for j := e + 1; j < qi && j <= e+4; j++ {
		if pt.isWord(j, "that") {
			return audience
		}
		t, ok := pt.tok(j)
		w := t.Text(pt.text)
		audience = audience || pt.is(j, lex.Spoken) || ok && len(w) > 1 && strings.ToUpper(w) == w // ("the BBC", "reporters")
	}
	return false
}

// statementNouns are what someone said aloud, before "by" and its sayer.
var statementNouns = map[string]bool{"statement": true, "statements": true, "remarks": true, "comments": true}

// sayerReach is how far after "by" the sayer may be named: "by the then
// prime minister of Kandia, Ana Ruiz".
const sayerReach = 10

// quoteOpensOnSubjectsVerb: the quote opens on a reporting verb in the
// past, right after a person named as its subject ("It says that Minister
// Omar Qadir “estimated a window of six months …”"): the words report what
// that person said.
func (k *quoteCase) quoteOpensOnSubjectsVerb() (speaking, string, bool) {
	c := &k.c
	pt := c.pt
	p := pt.personAt(c.qi - 1)
	if p < 0 || c.after.found && c.after.src.kind != srcNone {
		return speaking{}, "", false
	}
	sp := k.a.found[k.q].Spans[0]
	t := pt.tokenAt(sp.Start)
	if t >= len(pt.toks) || int(pt.toks[t].Start) >= sp.End {
		return speaking{}, "", false
	}
	tk := &pt.toks[t]
	if tk.Cap || !tk.Is(lex.Report) || !strings.HasSuffix(tk.Low(pt.text), "ed") {
		return speaking{}, "", false
	}
	if t+1 < len(pt.toks) && int(pt.toks[t+1].Start) < sp.End && passiveNext(pt, t) {
		return speaking{}, "", false // a passive's participle: "“accused of …”", "“reported to hold …”"
	}
	if !namedAsSubject(pt, c.qi-1, p) {
		return speaking{}, "", false // an object's: "a cousin of Lund “accused …”"
	}
	return speaking{person: p, byCue: true}, wordsAround(pt, c.qi-1), true
}

// passiveNext reports a participle at token t of a passive: "to", "at"
// or "by" after it ("reported to hold", "estimated at", "blamed by"), or
// "of" after one that charges ("accused of"; not "warned of",
// "complained about").
func passiveNext(pt *paraText, t int) bool {
	next := pt.toks[t+1].Low(pt.text)
	switch next {
	case "to", "at", "by":
		return true
	case "of":
		w := pt.toks[t].Low(pt.text)
		return w == "accused" || w == "suspected" || w == "convicted"
	}
	return false
}

// namedAsSubject reports whether person p, named ending at item e, opens
// a clause: the sentence, or "that", a comma or a reporting verb before
// the name and the capitalised titles before it ("It says that Kandian
// Defence Minister Omar Qadir").
func namedAsSubject(pt *paraText, e, p int) bool {
	b := e
	for b > 0 && (pt.personAt(b-1) == p || capitalAt(pt, b-1) || pt.is(b-1, lex.Title)) {
		b-- // (and the titles before the name: "Israeli Defence Minister", "Kandia's defence minister")
	}
	if b <= pt.sentStart(e) {
		return true
	}
	w := pt.word(b - 1)
	return w == "that" || w == "," || pt.isVerbAt(b-1)
}

// capitalAt reports a capitalised word at item i.
func capitalAt(pt *paraText, i int) bool {
	t, ok := pt.tok(i)
	return ok && t.Word && t.Cap
}

// accordingToEndsSentence: no cue attributes the quote, and its sentence
// ends on "…, according to" someone, with no verb of saying or other
// quote between: "The leak has been “ruinous” for diplomats abroad,
// according to Jane Ruiz, a former envoy."
func (k *quoteCase) accordingToEndsSentence() (speaking, string, bool) {
	c := &k.c
	if c.before.found && !c.before.passive || c.after.found || c.first != c.last {
		return speaking{}, "", false
	}
	pt, e := c.pt, c.pt.sentenceEnd(c.qi)
	for j := c.qi + 1; j+2 < e; j++ {
		if pt.items[j].tok < 0 || pt.isVerbAt(j) {
			return speaking{}, "", false // another quote, or a verb that has its own subject
		}
		if !pt.lenMayBe(j+1, 9) || !pt.isWord(j, ",") || !pt.isWord(j+1, "according") || !pt.isWord(j+2, "to") {
			continue
		}
		end := j + 3
		for end < e && !pt.isWord(end, ",") {
			end++
		}
		src := k.a.classify(pt, j+3, end)
		if !src.personish() {
			return speaking{}, "", false // ("according to the cable": the frame rules read it)
		}
		p := k.a.resolve(pt, c.first, src)
		return speaking{person: p, byCue: true}, wordsAround(pt, j+1), p >= 0
	}
	return speaking{}, "", false
}

// inSomeonesWords: the quote's sentence opens "In X's words," or "In the
// words of X,": X speaks, whoever the sentence is about.
func (k *quoteCase) inSomeonesWords() (speaking, string, bool) {
	c := &k.c
	pt, s := c.pt, c.pt.sentStart(c.qi)
	if !pt.isWord(s, "in") {
		return speaking{}, "", false
	}
	from, to := s+1, -1 // where the one whose words they are is named
	for j := s + 1; j < c.qi && j <= s+wordsReach; j++ {
		if pt.isWord(j, "words") {
			to = j // In Ambassador Jane Ruiz's words
			if pt.isWord(j-1, "the") && pt.isWord(j+1, "of") {
				from, to = j+2, min(c.qi, j+2+wordsReach) // In the words of Jane Ruiz
			}
			break
		}
	}
	for j := from; j < to; j++ {
		if p := pt.personAt(j); p >= 0 {
			return speaking{person: p, byCue: true}, wordsAround(pt, s), true
		}
	}
	return speaking{}, "", false
}

// wordsReach is how many words the name in "In X's words" may take.
const wordsReach = 5

// someoneAt reports a person named, or "he", "she" or "they", at item j.
func someoneAt(pt *paraText, j int) bool {
	return pt.personAt(j) >= 0 || pt.isWord(j, "he") || pt.isWord(j, "she") || pt.isWord(j, "they")
}

// speakerOfSentence: a second quote in the sentence of the quote before
// it, after words that name no one ("“…,” Zia told him, according to the
// cable, “…”", "“…,” dismissing the cables as part of the “…”"): the
// sentence's speaker goes on.
func (k *quoteCase) speakerOfSentence() (speaking, string, bool) {
	c := &k.c
	if c.prevQ < 0 || noCue(c) || c.after.found || !namesNoOne(c.before) ||
		c.pt.sentStart(c.qi) != c.pt.sentStart(c.pt.quoteItem(c.prevQ)) {
		return speaking{}, "", false
	}
	return speaking{person: k.a.speaker[c.prevQ]}, k.a.quoteStart(c.prevQ), true
}

// loneQuoteParagraph: a paragraph that is only a quote, no cue in it, a
// sentence someone says as "I" or "we", after a paragraph whose last
// sentence has a named person, or he or she, for its subject: that person
// goes on speaking ("… but Mr Qadir ducked questions.¶“I will leave that
// to others.”").
func (k *quoteCase) loneQuoteParagraph() (speaking, string, bool) {
	c, a := &k.c, k.a
	if c.first == 0 || c.qi != 0 || c.before.found || c.after.found || !quoteIsParagraph(c.ptL, c.qiL) ||
		!c.ptL.quoteEndsSentence(c.qiL) {
		return speaking{}, "", false // (a quoted heading)
	}
	prev := a.paras[c.first-1]
	if !firstPerson(k.quoteText()) && !a.speakerReportsIn(prev, c.first-1) {
		// (a passage no one says as "I", unless one who spoke before
		// reports in the paragraph before: "He underlined that the
		// cables would not hurt.¶“Kandia has a principled policy.”")
		return speaking{}, "", false
	}
	n := len(prev.items)
	if n == 0 || prev.items[n-1].tok < 0 || n > 1 && prev.items[n-2].tok < 0 {
		return speaking{}, "", false // the paragraph before ends on a quote: its own rules
	}
	if src := a.mainSubject(prev, prev.sentStart(n-1), n); src.kind == srcPerson || src.kind == srcPronoun {
		if p := a.resolve(prev, c.first-1, src); p >= 0 {
			return speaking{person: p}, wordsAround(prev, src.at), true
		}
	}
	// the subject of the sentence's last clause: "Reporters asked, but
	// Mr Qadir ducked questions."
	if p, _, ok := a.nearestSubject(prev, c.first-1, n-1, pronounFit{a: a}); ok && p >= 0 {
		return speaking{person: p}, wordsBefore(prev, n-1), true
	}
	// a paragraph that names no one stands between the quote and the
	// last one someone said: they go on ("“…,” Qadir said.¶No cable puts
	// lives at risk.¶“I would be concerned if it did.”")
	q := k.q - 1
	if q < 0 || a.speaker[q] < 0 || namesSomeone(prev) {
		return speaking{}, "", false
	}
	if last := a.found[q].Spans[len(a.found[q].Spans)-1].Paragraph; last != c.first-2 {
		return speaking{}, "", false
	}
	return speaking{person: a.speaker[q]}, a.quoteStart(q), true
}

// speakerLabelLine: a quote that is its paragraph and says "I" or "we",
// or "you" and no "he" or "she",
// after a line that is only a person's name, or the name and a role
// after a comma, as a transcript labels who speaks ("Omar Qadir, Leader of
// the Opposition¶“We need to point out …”"): the label's person speaks.
// A transcript labels two turns at least; one name over one quote is a
// heading or a photographer's credit.
func (k *quoteCase) speakerLabelLine() (speaking, string, bool) {
	c := &k.c
	if c.first == 0 || c.qi != 0 || c.before.found || c.after.found || !quoteIsParagraph(c.ptL, c.qiL) {
		return speaking{}, "", false
	}
	p := labelOf(k.a.paras[c.first-1])
	if text := k.quoteText(); p < 0 || !firstPerson(text) && !(secondPerson(text) && !thirdPerson(text)) || k.a.labelledTurns() < 2 {
		return speaking{}, "", false
	}
	return speaking{person: p}, wordsAround(k.a.paras[c.first-1], 0), true
}

// secondPerson reports words that speak to someone as "you": an
// interviewer's question.
func secondPerson(text string) bool {
	for w := range strings.FieldsFuncSeq(text, func(r rune) bool { return r == ' ' || r == ',' || r == '.' || r == '?' }) {
		if w == "you" || w == "You" || w == "your" || w == "Your" {
			return true
		}
	}
	return false
}

// thirdPerson reports words that speak of someone as "he" or "she": a
// description under a heading that names him ("Ivo Lund, Army chief¶“You
// cannot meet him without …”"), not his own words.
func thirdPerson(text string) bool {
	for w := range strings.FieldsFuncSeq(text, func(r rune) bool { return r == ' ' || r == ',' || r == '.' || r == '?' }) {
		switch w {
		case "he", "He", "him", "his", "His", "she", "She", "her", "Her":
			return true
		}
	}
	return false
}

// labelOf returns the person a line labels as a transcript does, or -1.
func labelOf(pt *paraText) int {
	p, e := pt.nameAt(0)
	if p < 0 || !labelLineRest(pt, e) {
		return -1
	}
	return p
}

// labelledTurns counts the story's paragraphs that are one quote after a
// line labelling who speaks it.
func (a *attributor) labelledTurns() int {
	n := 0
	for pi := 1; pi < len(a.paras); pi++ {
		pt := a.paras[pi]
		if len(pt.items) > 0 && pt.items[0].tok < 0 && quoteIsParagraph(pt, 0) && labelOf(a.paras[pi-1]) >= 0 {
			n++
		}
	}
	return n
}

// labelLineRest reports that a line's items from e on are nothing or a
// role after a comma: a few words, no verb, no quote, no stop.
func labelLineRest(pt *paraText, e int) bool {
	n := len(pt.items)
	if e == n {
		return true
	}
	if !pt.isWord(e, ",") || n-e > labelRoleReach {
		return false
	}
	for j := e + 1; j < n; j++ {
		if pt.items[j].tok < 0 || pt.isVerbAt(j) || pt.isPunctAt(j) {
			return false
		}
	}
	return true
}

// labelRoleReach bounds a role on a speaker's label line, its comma
// included: "Omar Qadir, Minister of State for Ports and Harbours".
const labelRoleReach = 9

// namesSomeone reports a paragraph that names a person, or he or she.
func namesSomeone(pt *paraText) bool {
	for j := range pt.items {
		if pt.personAt(j) >= 0 || pt.isWord(j, "he") || pt.isWord(j, "she") {
			return true
		}
	}
	return false
}

// quoteText is the quote's words in its first paragraph.
func (k *quoteCase) quoteText() string {
	sp := k.a.found[k.q].Spans[0]
	if sp.End > len(k.c.pt.text) {
		return ""
	}
	return k.c.pt.text[sp.Start:sp.End]
}

// firstPerson reports words said as "I" or "we": "I will", "we’ll",
// "my", "our".
func firstPerson(text string) bool {
	for w := range strings.FieldsFuncSeq(text, func(r rune) bool { return r == ' ' || r == ',' || r == '.' || r == '…' || r == '—' }) {
		w, _, _ = strings.Cut(w, "’")
		w, _, _ = strings.Cut(w, "'")
		switch w {
		case "I", "we", "We", "my", "My", "our", "Our", "us", "me":
			return true
		}
	}
	return false
}

// quoteIsParagraph reports whether the quote at item qi is all of its
// paragraph, but for a closing stop.
func quoteIsParagraph(pt *paraText, qi int) bool {
	n := len(pt.items)
	return qi == n-1 || qi == n-2 && pt.isPunctAt(n-1) && pt.items[n-1].tok >= 0
}

// namesNoOne reports a cue whose source is no one in particular: someone
// unnamed, nothing, or a document the words are "according to".
func namesNoOne(b cue) bool {
	return b.src.kind == srcOther || b.src.kind == srcNone || b.src.kind == srcDoc && b.verb == "according to"
}

// A sentence after cable passages may name who wrote them ("“…,” one
// cable read.¶Both passages were written in 2004 by Eric Edelman"): the
// writer becomes the speaker of the passages just quoted that no cue gave
// one. This is decided when the sentence is read, after the passages.

// creditCase is a sentence naming, at item i of paragraph pi, the writer
// of a document ("written in 2004 by X").
type creditCase struct {
	pt     *paraText
	pi, i  int
	writer int
}

var creditRules = rule.Table[*creditCase, bool]{Decision: "speaker", Rules: []rule.Rule[*creditCase, bool]{
	{Name: "writer-named-after", Verdict: true, Match: (*creditCase).aboutPassagesQuoted,
		Example: `“The harbour master sleeps,” one cable read.¶Both passages were written in 2009 by Ambassador Jane Ruiz.`},
}}

// aboutPassagesQuoted: the sentence is about the passages just quoted
// ("Both passages were written", "That cable was signed"), not about a
// new document ("The most damning memo was written").
func (w *creditCase) aboutPassagesQuoted() (string, bool) {
	pt := w.pt
	s := pt.sentStart(w.i)
	for k := s; k < w.i; k++ {
		if pt.is(k, lex.Passive) {
			about := k > s && (passageWords[pt.word(k-1)] || pt.is(k-1, lex.Doc) && k-1 > s && demonstratives[pt.word(k-2)])
			return wordsAround(pt, w.i), about
		}
	}
	return "", false
}

// creditWriter gives the cable passages just quoted, in paragraph pi or
// the one before and before item i, that no cue gave a speaker to the
// writer a sentence names after them, when the credit rules say so.
func (a *attributor) creditWriter(pi, i, p int) {
	w := creditCase{pt: a.paras[pi], pi: pi, i: i, writer: p}
	credit, fired := creditRules.Decide(&w)
	if !credit {
		return
	}
	for q := len(a.found) - 1; q >= 0; q-- {
		first := a.found[q].Spans[0].Paragraph
		if first > pi || first == pi && a.paras[pi].quoteItem(q) > i {
			continue
		}
		if first < pi-1 {
			break
		}
		if a.kind[q] == model.Cable && a.speaker[q] < 0 {
			a.speaker[q] = p
			a.why[q].speaker, a.why[q].pronoun = fired, rule.Fired{}
		}
	}
}

// passageWords stand for the passages a story just quoted.
var passageWords = lex.MustSet(words, "words/passage-words.txt")

// demonstratives point back to a document just quoted.
var demonstratives = lex.MustSet(words, "words/demonstratives.txt")

// quotedInDocument: right after the quote, a name (and its title), or he
// or she, "is quoted" or "was quoted" ("“…,” Mr Qadir is quoted in a
// cable", "“…,” he was quoted in the cable as saying"): the one named
// speaks, whatever document quotes them.
func (k *quoteCase) quotedInDocument() (speaking, string, bool) {
	c := &k.c
	pt := c.ptL
	e := min(pt.sentenceEnd(c.qiL), c.qiL+8)
	j := c.qiL + 1
	if pt.isWord(j, ",") {
		j++
	}
	if pronounQuoted(pt, j, e) {
		// "“…,” he was quoted in the cable as saying": whom he stands for
		who := k.a.cueNames(pt, c.last, source{kind: srcPronoun, word: pt.word(j), at: j})
		// (not the writer of the cable just told of: "quoted in the
		// cable" is not its writer; "in a cable from the consulate" may
		// quote one who writes others)
		return who, wordsAfter(pt, c.qiL), who.person >= 0 && !(k.a.writer(who.person) && pt.isWord(j+4, "the"))
	}
	for ; j < e && pt.personAt(j) < 0; j++ {
		if t, ok := pt.tok(j); !ok || !t.Cap || !t.Word {
			return speaking{}, "", false // only a title may stand before the name
		}
	}
	if j >= e {
		return speaking{}, "", false
	}
	p := pt.personAt(j)
	for j < e && pt.personAt(j) == p {
		j++
	}
	if pt.isWord(j, ",") {
		// "Qadir, of the DPP, was quoted": past a short description
		k := j + 1
		for k < j+quotedAsideReach && k < len(pt.items) && pt.items[k].tok >= 0 && !pt.isWord(k, ",") && !pt.isVerbAt(k) {
			k++
		}
		if !pt.isWord(k, ",") {
			return speaking{}, "", false
		}
		j, e = k+1, min(pt.sentenceEnd(c.qiL), k+4)
	}
	if !(pt.isWord(j, "is") || pt.isWord(j, "was")) || !pt.isWord(j+1, "quoted") || j+1 >= e {
		return speaking{}, "", false
	}
	return speaking{person: p, byCue: true}, wordsAfter(pt, c.qiL), true
}

// pronounQuoted reports "he" or "she" at item j and "is quoted" or "was
// quoted" after it, before item e.
func pronounQuoted(pt *paraText, j, e int) bool {
	return (pt.isWord(j, "he") || pt.isWord(j, "she")) && (pt.isWord(j+1, "is") || pt.isWord(j+1, "was")) && pt.isWord(j+2, "quoted") && j+2 < e
}

// sayerOfParticiple: the cue before the quote reads "saying" or
// "adding" with someone else as its subject, the one described ("X
// praised Y by saying he is “…”", "the envoy …, adding that he was
// “…”"): the participle's subject is the sentence's, and its named
// subject speaks.
func (k *quoteCase) sayerOfParticiple() (speaking, string, bool) {
	c := &k.c
	if c.place != inSentence || !c.before.found || c.before.verb != "saying" && c.before.verb != "adding" {
		return speaking{}, "", false
	}
	pt := c.bpt
	v := c.before.src.at
	for v < c.bqi && !pt.isWord(v, c.before.verb) {
		v++
	}
	s := pt.sentStart(v)
	if v >= c.bqi || v <= s {
		return speaking{}, "", false
	}
	src := k.a.mainSubject(pt, s, v)
	if src.kind != srcPerson && src.kind != srcRole || src.at == c.before.src.at {
		return speaking{}, "", false
	}
	p := k.a.resolve(pt, c.bpi, src)
	if p < 0 {
		return speaking{}, "", false
	}
	return speaking{person: p, byCue: true}, wordsBefore(c.bpt, c.bqi), true
}

// namesSpeaker reports a cue that names someone who speaks, named or not
// ("quotes an unnamed port official as saying").
func namesSpeaker(cu cue) bool {
	return cu.found && !cu.passive && (cu.src.personish() || cu.src.kind == srcOther)
}

// writerOfFramingDocument: no cue names who speaks, and a document whose
// writer the story names frames the quote's sentence ("A cable from the
// State Department's Jane Ruiz thanked the embassy for a “…” note"): the
// words are the writer's.
func (k *quoteCase) writerOfFramingDocument() (speaking, string, bool) {
	k.readFrames()
	c := &k.c
	at := -1
	if k.frame >= 0 && k.framePt == c.pt {
		at = k.frame
	} else if v, _ := k.tells(); v >= 0 {
		at = v // "the dispatches of Ambassador X describing the “…” leadership"
	}
	if at < 0 {
		return speaking{}, "", false
	}
	d := k.a.docNear(c.first, c.qi)
	if d < 0 {
		return speaking{}, "", false
	}
	w := k.a.docs[d].writer
	if w < 0 {
		w = k.writerOpensWithDocument()
	}
	if w < 0 || k.othersLabel(at) {
		return speaking{}, "", false // (or "the cable claims that officials had described him as “…”")
	}
	for _, cu := range []cue{c.before, c.after} {
		if namesSpeaker(cu) && (cu.src.kind == srcOther && cu.src.at > at || cu.src.personish() && cu.src.person != w) {
			return speaking{}, "", false // someone else speaks: "the cable quotes an official as saying"
		}
	}
	return speaking{person: w}, wordsAround(c.pt, at), true
}

// writerOpensWithDocument returns the one who writes the story's cables
// (an ambassador, an envoy) when they are the subject of the quote's
// sentence and the sentence opens with the document ("In another cable,
// Ambassador Jane Ruiz gave an assessment of …"), else -1.
func (k *quoteCase) writerOpensWithDocument() int {
	c := &k.c
	pt := c.pt
	s := pt.sentStart(c.qi)
	b := k.a.pastOpening(pt, s, c.qi)
	doc := false
	for j := s; j < b && !doc; j++ {
		doc = pt.is(j, lex.Doc)
	}
	if !doc {
		return -1
	}
	src := k.a.mainSubject(pt, s, c.qi)
	if src.kind != srcPerson || !k.a.writer(src.person) {
		return -1
	}
	return src.person
}

// writerInWhich: the quote's sentence names a document "in which" someone
// writes before it ("the leak of a cable in which he speculated on the
// leader's “…” nurse"): the words are that writer's.
func (k *quoteCase) writerInWhich() (speaking, string, bool) {
	c := &k.c
	pt := c.pt
	for j := pt.sentStart(c.qi); j+3 < c.qi; j++ {
		if !pt.is(j, lex.Doc) || !pt.isWord(j+1, "in") || !pt.isWord(j+2, "which") {
			continue
		}
		w := j + 3
		var src source
		switch {
		case pt.isWord(w, "he") || pt.isWord(w, "she"):
			src = source{kind: srcPronoun, word: pt.word(w), at: w}
		case pt.personAt(w) >= 0:
			src = source{kind: srcPerson, person: pt.personAt(w), at: w}
		default:
			return speaking{}, "", false
		}
		if p := k.a.resolve(pt, c.first, src); p >= 0 {
			return speaking{person: p}, wordsAround(pt, w), true
		}
		return speaking{}, "", false
	}
	return speaking{}, "", false
}

// bracketedAfterName: the quote opens a bracket set right after the name
// of one who writes the cables ("the ambassador before her, Jane Ruiz
// (“…”)"): the words are theirs, given beside their name.
func (k *quoteCase) bracketedAfterName() (speaking, string, bool) {
	c := &k.c
	pt, qi := c.pt, c.qi
	if !pt.isWord(qi-1, "(") {
		return speaking{}, "", false
	}
	p := pt.personAt(qi - 2)
	if p < 0 || !k.a.writer(p) {
		// (not a leader the cables describe: "German Chancellor Ana
		// Mendes (“risk averse”)" is the cables' label for her)
		return speaking{}, "", false
	}
	return speaking{person: p, byCue: true}, wordsBefore(pt, qi), true
}
