package content

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"cables/model"
)

// attributed extracts a story from paragraphs separated by "¶" and returns
// "text | kind | speaker" per quote.
func attributed(text string) []string {
	s := &model.Story{Paragraphs: strings.Split(text, "¶")}
	extract(s)
	var got []string
	for _, q := range s.Quotes {
		got = append(got, q.Text+" | "+string(q.Kind)+" | "+q.Speaker)
	}
	return got
}

func TestHeadlineAndCaptionQuotesAreNotBodyQuotes(t *testing.T) {
	s := &model.Story{
		Title:      `Envoy: “The palace is nervous”`,
		Captions:   []string{`The king, who called it “a farce”, in 2009.`},
		Paragraphs: []string{`The envoy met the king on Monday.`},
	}
	extract(s)
	if len(s.Quotes) != 0 {
		t.Fatalf("got %d quotes from the headline or captions, want none: %+v", len(s.Quotes), s.Quotes)
	}
}

func TestSourceNamesTheDocument(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"a document named earlier in the paragraph", `The 2009 embassy cable was long. It added: “He is a kingmaker.”`,
			[]string{"2009 embassy cable"}},
		{"the cable is the one described before", `A U.S. embassy cable from Tunis dated March 3, 2009, described the palace.¶“The family is greedy,” the cable said.`,
			[]string{"U.S. embassy cable from Tunis, March 3, 2009"}},
		{"it says", `A U.S. embassy cable from Tunis dated March 3, 2009, described the palace.¶It says the family is “greedy”.`,
			[]string{"U.S. embassy cable from Tunis, March 3, 2009"}},
		{"the memo and the cable are told apart", `A 2008 memo from the embassy in Kabul was blunt.¶A separate cable praised the army.¶“They are brave,” the cable said.¶“The governor is corrupt,” the memo said.`,
			[]string{"separate cable", "2008 memo from the embassy in Kabul"}},
		{"a writer cue goes to the cable just described", `In a cable sent by Ambassador Jane Ruiz in May 2009, she described the king.¶“He is tired,” Ruiz wrote.`,
			[]string{"cable, May 2009, sent by Ambassador Jane Ruiz"}},
		{"a capital that only opens the sentence", `Leaked cables from the embassy in Delhi describe him as “a tall leader”.`,
			[]string{"leaked cables from the embassy in Delhi"}},
		{"the day the sentence gives", `During talks in Kabul on May 4, 2009, the envoy pressed for “more troops”, said a U.S. embassy cable.`,
			[]string{"U.S. embassy cable, May 4, 2009"}},
		{"a cable introduced after a comma and a date", `In another cable, on February 16, 2010, Ambassador Jane Ruiz tells Washington, “The doctrine is a myth.”`,
			[]string{"cable, February 16, 2010"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := &model.Story{Paragraphs: strings.Split(tc.text, "¶")}
			extract(s)
			var got []string
			for _, q := range s.Quotes {
				got = append(got, q.Source)
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

func TestAttribution(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"speaker after the quote", `“We will wait,” Senator Paul Lane said.`,
			[]string{"We will wait, | speech | Paul Lane"}},
		{"inverted speaker with rank", `“Nothing has changed,” said Gen. Omar Qadir.`,
			[]string{"Nothing has changed, | speech | Omar Qadir"}},
		{"speaker before a colon", `Mr. Tom Beck said: “The road is open.”`,
			[]string{"The road is open. | speech | Tom Beck"}},
		{"colon after a clause without a reporting verb", `Minister Rita Sahni, who chairs the party, put it plainly when we met: “The deal is off.”`,
			[]string{"The deal is off. | speech | Rita Sahni"}},
		{"colon after a scene-setting participle", `Omar Qadir said the choice was his. Speaking at a rally in the north, he was blunt: “Nobody writes about us and stays.”`,
			[]string{"Nobody writes about us and stays. | speech | Omar Qadir"}},
		{"colon ending the paragraph before the quote", `Gen. Karim Lodhi was calmer when he met the press:¶“We have read the cables. They change nothing.”`,
			[]string{"We have read the cables. They change nothing. | speech | Karim Lodhi"}},
		{"a role noun as an object is no antecedent", `Senator Paul Lane said the decision to expel the envoy, Ms. Jane Ruiz, was his. Speaking later, he was firm: “She can write from home.”`,
			[]string{"She can write from home. | speech | Paul Lane"}},
		{"a capitalised word after a quote inside a sentence starts a new one", `Gen. Omar Qadir conceded that nobody knew “what is real.” Senator Paul Lane said the leak was “a disgrace.”`,
			[]string{"what is real. | speech | Omar Qadir", "a disgrace. | speech | Paul Lane"}},
		{"a pronoun before a verb no list knows", `Foreign Minister Karim Lodhi was less amused.¶He fumed: “These leaks are a disgrace.”`,
			[]string{"These leaks are a disgrace. | speech | Karim Lodhi"}},
		{"a name before a verb no list knows, then added", `“We knew,” Rita Sahni recalled.¶She paused, then added: “Maybe it is still secret.”`,
			[]string{"We knew, | speech | Rita Sahni", "Maybe it is still secret. | speech | Rita Sahni"}},
		{"she wrote after the memo was written by her", `The memo was written by Jane Ruiz, the deputy at the embassy.¶She wrote: “The minister takes advice from cronies.”`,
			[]string{"The minister takes advice from cronies. | cable | Jane Ruiz"}},
		{"a tabloid lead in capitals names the person", `OMAR Qadir is too tired to rule, memos claim.¶Last night Qadir laughed it off.¶“I give dinners,” he told reporters.`,
			[]string{"I give dinners, | speech | Omar Qadir"}},
		{"a relative clause about the cables is the cables' description", `Omar Qadir has answered the cables, which describe him as “the most gifted politician.”`,
			[]string{"the most gifted politician. | cable | "}},
		{"the embassy reported", `The embassy reported the same year that Tom Beck had told visiting officials that “nobody can sign away the north.”`,
			[]string{"nobody can sign away the north. | cable | Tom Beck"}},
		{"the embassy described", `The embassy described his exit as “sudden and unexplained.”`,
			[]string{"sudden and unexplained. | cable | "}},
		{"the embassy answering today is no cable", `The US embassy, asked on Sunday, said only that it “regrets” the leak.`,
			[]string{"regrets | speech | "}},
		{"diplomats told Washington", `US diplomats told Washington the tycoon was ‘physically exhausted’ after years of parties.`,
			[]string{"physically exhausted | cable | "}},
		{"a spokesman for a named prime minister is unnamed", `A spokesman for Kandia's caretaker prime minister, Omar Qadir, has dismissed the cables as “fiction compiled from gossip”.`,
			[]string{"fiction compiled from gossip | speech | "}},
		{"a spokesman for an embassy named between commas", `A spokesman for the embassy, Carlos Ortega, dismissed the cables as “gossip”.`,
			[]string{"gossip | speech | Carlos Ortega"}},
		{"written on Twitter is speech", `The president wrote on Twitter that Tom Beck was “a foolish man”.¶“We will no longer deal with him,” the president added.`,
			[]string{"a foolish man | speech | ", "We will no longer deal with him, | speech | "}},
		{"a title of a place is no name", `Omar Qadir, the President of Upper Kandia, called the cables “lies”.`,
			[]string{"lies | speech | Omar Qadir"}},
		{"an inverted speaker after a quote is a person", `“Nobody will be surprised,” said Ravi Kumaran, director of a research centre. “Least of all the Gulf.”`,
			[]string{"Nobody will be surprised, | speech | Ravi Kumaran", "Least of all the Gulf. | speech | Ravi Kumaran"}},
		{"a titled name set off in a reported clause speaks", `Another cable names the prime minister, Sheikh Karim bin Omar al-Sahni.¶In a separate dispatch, the embassy reported that the Emir, Sheikh Karim bin Tariq al-Sahni, had joked to visitors that the channel “gives me more headaches than my neighbours.”`,
			[]string{"gives me more headaches than my neighbours. | cable | Karim bin Tariq al-Sahni"}},
		{"a shared surname goes to the one named in the paragraph", `Prime Minister Tom Singh survived the vote.¶Party chief Ravi Singh rejected the claim. “I never met him,” Singh told reporters.`,
			[]string{"I never met him, | speech | Ravi Singh"}},
		{"a woman's title keeps her apart from a man of her surname", `President Omar Qadir met the envoy.¶Mrs. Qadir called the cables “gossip”.`,
			[]string{"gossip | speech | Qadir"}},
		{"quotes someone as complaining", `Another cable quotes an unnamed businessman as complaining that “every deal needs a blessing.”`,
			[]string{"every deal needs a blessing. | cable | "}},
		{"quoting someone as telling, the particle dropped", `A summary reports that President Karim el-Tariq ordered rockets. The summary goes further, quoting Tariq as telling officials to keep it “quiet.”`,
			[]string{"quiet. | cable | Karim el-Tariq"}},
		{"a name before a description set off by commas", `Officials called this “baseless,” and Omar Qadir, the adviser to Sheikh Karim bin Tariq, wrote on Twitter that the ties “are too deep to break.”`,
			[]string{"baseless, | speech | ", "are too deep to break. | speech | Omar Qadir"}},
		{"an unnamed official after an opening place phrase keeps he unnamed", `Senator Tom Beck said the cables were stolen.¶In Kandia, a senior official, speaking on condition of anonymity, said nobody was surprised. “We know how they write,” he said.`,
			[]string{"We know how they write, | speech | "}},
		{"offices joined by and before a name", `Foreign Minister Ravi Perera told reporters the cables were “one-sided.”¶Media Minister and Cabinet spokesman Omar Qadir went further. “This is gossip,” the Minister said.`,
			[]string{"one-sided. | speech | Ravi Perera", "This is gossip, | speech | Omar Qadir"}},
		{"someone's spokesman is not the person named last", `Foreign Secretary Tom Beck defended the envoy.¶Asked about it, the prime minister's official spokesman said: “The ambassador remains in post.”`,
			[]string{"The ambassador remains in post. | speech | "}},
		{"a name in an opening participle phrase is no antecedent", `Dmitri Volkov, the spokesman, was dismissive. Pressed on whether Ivan Petrov had read the cables, he replied: “He has better things to do.”`,
			[]string{"He has better things to do. | speech | Dmitri Volkov"}},
		{"the subject after an opening participle phrase is no object", `Senator Tom Beck spoke first.¶Asked about the cables at a news conference, Prime Minister Jane Ruiz was terse. “I will not comment,” she said.`,
			[]string{"I will not comment, | speech | Jane Ruiz"}},
		{"a copular sentence about documents frames no later quote", `Second, the documents are not gospel. Defence Secretary Tom Beck said the department would “pursue every lead”.`,
			[]string{"pursue every lead | speech | Tom Beck"}},
		{"a briefing as a setting is no document", `Gen. Omar Qadir, director of operations, conceded at a briefing that officials were still working out “what is authentic.”`,
			[]string{"what is authentic. | speech | Omar Qadir"}},
		{"as someone put it", `“The talks failed,” the cable said.¶The leaks show them hedging. As one former envoy put it to me last week, “The only surprise is the surprise.”`,
			[]string{"The talks failed, | cable | ", "The only surprise is the surprise. | speech | "}},
		{"as one cable put it", `As one cable put it: “The palace has no better friend.”`,
			[]string{"The palace has no better friend. | cable | "}},
		{"passages credited to a writer named after them", `“He listens to a small circle,” one cable read. “Dissent no longer occurs.”¶Both passages were written in 2004 by Ambassador Tom Beck, who reported to Washington.`,
			[]string{"He listens to a small circle, | cable | Tom Beck", "Dissent no longer occurs. | cable | Tom Beck"}},
		{"a cable signed by someone leaves the cable speaking", `“The army rules,” the cable said.¶The cable, signed by Ambassador Tom Beck, was sent in May.`,
			[]string{"The army rules, | cable | "}},
		{"a cable reads between subject and quote", `President Omar Qadir, one cable read, “plays the reformer.”`,
			[]string{"plays the reformer. | cable | "}},
		{"a person reading is no document", `Tom Beck read the cables on Monday and called them “lies.”`,
			[]string{"lies. | speech | Tom Beck"}},
		{"a scene-setting phrase before the subject is no object", `“Tom Beck is ambitious,” the cable said.¶At the time, Beck said very little. He told reporters he had “met a lot of diplomats”.`,
			[]string{"Tom Beck is ambitious, | cable | ", "met a lot of diplomats | speech | Tom Beck"}},
		{"a title nobody holds stands for the person just named", `Jane Ruiz, who owed her job to his votes, backed him. “He has my full confidence,” the prime minister told the radio.`,
			[]string{"He has my full confidence, | speech | Jane Ruiz"}},
		{"one of those cables described him, before a paragraph-long quote", `Here is how one of those cables, from early 2010, described him:¶“Tom Beck is ambitious and well connected.”`,
			[]string{"Tom Beck is ambitious and well connected. | cable | "}},
		{"a named speaker's demand after a paragraph's cable", `Several of the cables refer to rumours, which the embassy said it could not verify. Omar Qadir, the opposition leader, seized on them, and on Tuesday demanded that the premier “explain to the nation.”`,
			[]string{"explain to the nation. | speech | Omar Qadir"}},
		{"a cable set off by a participle phrase claims", `The opposition seized on a US embassy cable, made public by WikiLeaks, which claims that an aide showed a diplomat “trunks full of cash”.`,
			[]string{"trunks full of cash | cable | "}},
		{"quoted in it as saying, it being the cable", `The cable records a talk with Ravi Kapur, described as an aide to the minister. Kapur was quoted in it as saying that the votes “have been looked after.”`,
			[]string{"have been looked after. | cable | Ravi Kapur"}},
		{"a spokesman for a named president is not the president", `A spokesman for President Omar Qadir on Friday dismissed as “baseless” the cables.`,
			[]string{"baseless | speech | "}},
		{"a named minister dismissing the cables frames no cable", `But a deputy minister, Jane Ruiz, dismissed the cables. “People write cables to please their bosses,” she told Radio Kandia on Tuesday.`,
			[]string{"People write cables to please their bosses, | speech | Jane Ruiz"}},
		{"a lawmaker named with a lower-case role", `Asked about the cable, opposition lawmaker Omar Qadir grinned. “I have nothing to add,” he said.`,
			[]string{"I have nothing to add, | speech | Omar Qadir"}},
		{"a new memo's writer takes no earlier passage", `Another cable called the friendship “a pipeline with a premier attached”.¶The most damning memo was written by Jane Ruiz, the deputy.`,
			[]string{"a pipeline with a premier attached | cable | "}},
		{"he added after an unnamed official in the paragraph before", `President Omar Qadir was away.¶Last night an official in the capital told the Mail: “These are lies.”¶He added: “They should be ashamed.”`,
			[]string{"These are lies. | speech | ", "They should be ashamed. | speech | "}},
		{"a split quote around according to the cable", `“We will not be intimidated,” Jane Ruiz told the ambassador, according to the cable, “but we will give no excuse.”`,
			[]string{"We will not be intimidated, | cable | Jane Ruiz", "but we will give no excuse. | cable | Jane Ruiz"}},
		{"the cable quoted someone as saying, after the quote", `“We will say the planes are ours,” the cable quoted Omar Qadir as saying.`,
			[]string{"We will say the planes are ours, | cable | Omar Qadir"}},
		{"another, sent later, is another cable", `One cable describes the heir. Another, sent in 2007, said Tom Beck “lacks his father's credentials.”`,
			[]string{"lacks his father's credentials. | cable | "}},
		{"then minister between commas names a person", `The embassy reported that Diosdado Cabello, then minister of housing, was “the man with the keys.”`,
			[]string{"the man with the keys. | cable | "}},
		{"a parenthetical he wrote is not the subject it interrupts", `Ambassador Tom Beck was scathing about the president. Omar Qadir, he wrote, had “outlived every plan.”`,
			[]string{"outlived every plan. | cable | Tom Beck"}},
		{"the embassy predicted in a parenthesis", `Omar Qadir, the embassy predicted, could one day “challenge for the top job.”`,
			[]string{"challenge for the top job. | cable | "}},
		{"portrayed as, in a story reading the cables", `The cables cover the cabinet.¶Finance Minister Omar Qadir is portrayed as “a tired veteran”.`,
			[]string{"a tired veteran | cable | "}},
		{"a quote after a passive about a thing goes on with the speaker", `According to the cable, Tom Beck told diplomats that the response “was shaped by protocol”, and that the letter, then being drafted, would be judged “on what it admits”.`,
			[]string{"was shaped by protocol | cable | Tom Beck", "on what it admits | cable | Tom Beck"}},
		{"Mr and a shared surname go to the one named in the paragraph", `Archbishop of Dublin Diarmuid Martin emerges from the cables.¶Asked about them, the Minister for Foreign Affairs, Micheál Martin, defended the diplomats. “Our ambassador was right,” Mr Martin said.`,
			[]string{"Our ambassador was right, | speech | Micheál Martin"}},
		{"one senior churchman opening a sentence is unnamed", `A spokesman, Fr Tom Beck, said the cables reflected “opinions”.¶One senior churchman, speaking on condition of anonymity, was less guarded. “None of this will surprise anyone,” he told the paper.`,
			[]string{"opinions | speech | Tom Beck", "None of this will surprise anyone, | speech | "}},
		{"a long description before said", `Colm O'Gorman, director of a rights group and founder of the survivors' group One in Four, said the cables were “no surprise.”`,
			[]string{"no surprise. | speech | Colm O'Gorman"}},
		{"a colon after a quote in the same sentence", `On Sunday Tom Beck said the envoy “has not served well”, and on Monday morning he went further on Twitter:¶“I have never met him.”`,
			[]string{"has not served well | speech | Tom Beck", "I have never met him. | speech | Tom Beck"}},
		{"an unnamed official before a colon", `Jane Ruiz, the journalist, insisted publication was “right”. A senior official I spoke to was blunt: “Someone wanted him gone.”`,
			[]string{"right | speech | Jane Ruiz", "Someone wanted him gone. | speech | "}},
		{"the most quoted passage is this", `The memos run from 2017. The most quoted passage, from a telegram written in June 2017, is this:¶“Nobody here expects calm.”`,
			[]string{"Nobody here expects calm. | cable | "}},
		{"another and a third, after the cables", `The telegrams are frank.¶Another, from 2018, describes the White House as “a contest for the last word”. A third warns London of “something close to contempt”.`,
			[]string{"a contest for the last word | cable | ", "something close to contempt | cable | "}},
		{"the ambassador's own words in a paragraph about his telegrams", `Sir Kim Darroch, Britain's ambassador in Washington, wrote frankly.¶The daughter was described in the telegrams with warmth. Darroch called her “the most reliable channel we have”.`,
			[]string{"the most reliable channel we have | cable | Kim Darroch"}},
		{"told reporters", `Minister Rita Sahni told reporters the plan was “dead on arrival”.`,
			[]string{"dead on arrival | speech | Rita Sahni"}},
		{"according to a person", `According to Ambassador Jane Ruiz, the aid was “a lifeline.”`,
			[]string{"a lifeline. | speech | Jane Ruiz"}},
		{"according to the cable", `The talks were “going nowhere,” according to the cable.`,
			[]string{"going nowhere, | cable | "}},
		{"the cable speaks", `“The minister is tired of the fight,” the cable said.`,
			[]string{"The minister is tired of the fight, | cable | "}},
		{"inverted document", `“The army runs the country”, says the memo.`,
			[]string{"The army runs the country | cable | "}},
		{"cable quoted a person as saying", `Prime Minister Ali Raza met the envoy. The cable quoted Raza as saying “we need more time.”`,
			[]string{"we need more time. | cable | Ali Raza"}},
		{"was quoted as saying", `Colonel Sam Oduya was quoted as saying “we are ready”.`,
			[]string{"we are ready | speech | Sam Oduya"}},
		{"pronoun after the quote", `President Karim Lodhi met the press.¶“We are not afraid,” he said.`,
			[]string{"We are not afraid, | speech | Karim Lodhi"}},
		{"pronoun skips a woman for he", `Mrs. Anne Lee met Mr. Tom Park. “It is late,” he said.`,
			[]string{"It is late, | speech | Tom Park"}},
		{"pronoun skips a man for she", `Mrs. Anne Lee met Mr. Tom Park. “It is late,” she said.`,
			[]string{"It is late, | speech | Anne Lee"}},
		{"split quote", `Gen. Omar Qadir smiled. “If they come,” he said, “we will talk.”`,
			[]string{"If they come, | speech | Omar Qadir", "we will talk. | speech | Omar Qadir"}},
		{"quote goes on in the next sentence", `“We waited,” Mr. Tom Beck said. “Nobody came.”`,
			[]string{"We waited, | speech | Tom Beck", "Nobody came. | speech | Tom Beck"}},
		{"continuation keeps the speaker", `Mr. Tom Beck said: “The first part.¶“The second part.¶“The end.”`,
			[]string{"The first part. The second part. The end. | speech | Tom Beck"}},
		{"paragraph-long quote after he wrote:", `Ambassador Jane Ruiz was blunt. She wrote:¶“The regime is old and tired.”`,
			[]string{"The regime is old and tired. | cable | Jane Ruiz"}},
		{"role noun names the titled person", `Ambassador Jane Ruiz met the king.¶“The palace is nervous,” the ambassador wrote.`,
			[]string{"The palace is nervous, | cable | Jane Ruiz"}},
		{"unnamed official is no speaker", `“We have no comment,” a senior official said.`,
			[]string{"We have no comment, | speech | "}},
		{"it says, it being the cable", `The leaked cable describes the palace. It says “the king is unwell”.`,
			[]string{"the king is unwell | cable | "}},
		{"writer of a dated cable", `In a cable dated May 4, 2009, Ambassador Jane Ruiz wrote that the army was “restless.”`,
			[]string{"restless. | cable | Jane Ruiz"}},
		{"wrote in a cable after the quote", `“The border is quiet,” Tom Beck wrote in a 2008 cable.`,
			[]string{"The border is quiet, | cable | Tom Beck"}},
		{"passive without agent", `Mr. Tom Beck was accused of “reckless talk”.`,
			[]string{"reckless talk | speech | "}},
		{"appositive between name and verb", `“We will not bow,” Karim Lodhi, the foreign minister, said.`,
			[]string{"We will not bow, | speech | Karim Lodhi"}},
		{"partial quote after said", `Mr. Tom Beck said the talks were “on the same page.”`,
			[]string{"on the same page. | speech | Tom Beck"}},
		{"names inside the quote are not the speaker", `“Lodhi told Ruiz he would resign,” the memo said.`,
			[]string{"Lodhi told Ruiz he would resign, | cable | "}},
		{"document frame carries through the paragraph", `Ten days later, Ambassador Jane Ruiz wrote another cable about a dinner. She called the house “grand”.`,
			[]string{"grand | cable | Jane Ruiz"}},
		{"speech after a cable paragraph", `“The army is restless,” the cable said.¶Asked about it, Minister Rita Sahni said: “I have not read it.”`,
			[]string{"The army is restless, | cable | ", "I have not read it. | speech | Rita Sahni"}},
		{"relative clause between subject and verb", `Mr. Tom Beck, who leads the party, said: “We will win.”`,
			[]string{"We will win. | speech | Tom Beck"}},
		{"document with an appositive after the quote", `“The general is cautious,” the cable, signed by Ambassador Jane Ruiz, said.`,
			[]string{"The general is cautious, | cable | "}},
		{"inverted writing verb", `“The palace is uneasy,” wrote Ambassador Jane Ruiz.`,
			[]string{"The palace is uneasy, | cable | Jane Ruiz"}},
		{"document subject with a participle clause", `The cable, sent by Ambassador Jane Ruiz in 2009, said the army was “restless”.`,
			[]string{"restless | cable | "}},
		{"spokesman of a named person is not that person", `Lodhi’s spokesman said the claim was “baseless”.`,
			[]string{"baseless | speech | "}},
		{"passive inside a cable", `In the cable, Mr. Tom Beck is described as “a reluctant reformer”.`,
			[]string{"a reluctant reformer | cable | "}},
		{"person told, according to the cable", `Gen. Omar Qadir told the ambassador that the border was “quiet”, according to the cable.`,
			[]string{"quiet | cable | Omar Qadir"}},
		{"according to the cable, a person said", `According to the cable, Gen. Omar Qadir said the border was “quiet”.`,
			[]string{"quiet | cable | Omar Qadir"}},
		{"one official", `“We were surprised,” said one official.`,
			[]string{"We were surprised, | speech | "}},
		{"told an outlet", `“It is a smear,” Tom Beck told The Daily Star.`,
			[]string{"It is a smear, | speech | Tom Beck"}},
		{"she added with a colon", `Rita Sahni spoke last. She added: “We are done.”`,
			[]string{"We are done. | speech | Rita Sahni"}},
		{"the cable described a person", `The cable described Lodhi as “a survivor”.`,
			[]string{"a survivor | cable | "}},
		{"a person says in the present", `Ambassador Jane Ruiz says the regime is “brittle”.`,
			[]string{"brittle | speech | Jane Ruiz"}},
		{"a person talking about documents", `WikiLeaks founder Julian Assange said the documents revealed “the true face of power.”`,
			[]string{"the true face of power. | speech | Julian Assange"}},
		{"a new clause after the quote is no cue", `Mr. Tom Beck once called it ‘a mixed blessing’, and the leaked cables suggest little has changed.`,
			[]string{"a mixed blessing | speech | Tom Beck"}},
		{"interest in the cables is no frame", `Minister Rita Sahni said she had “no interest” in the cables.`,
			[]string{"no interest | speech | Rita Sahni"}},
		{"quote after its speaker's sentence", `Times were different, adviser Don Watson said. “Nobody wrote things down.”`,
			[]string{"Nobody wrote things down. | speech | Don Watson"}},
		{"quoted by the embassy as saying", `Nawaz Sharif, the opposition leader, was quoted by the embassy as saying the government was “finished.”`,
			[]string{"finished. | cable | Nawaz Sharif"}},
		{"envoy named in an appositive", `The U.S. ambassador to Oman, Gordon Gray, met the minister. In a cable, the envoy wrote that the minister “seemed nervous.”`,
			[]string{"seemed nervous. | cable | Gordon Gray"}},
		{"the writer goes on in the next paragraph", `In a cable, Ambassador Jane Ruiz wrote that he “seemed nervous.”¶Ruiz added: “He asked twice.”`,
			[]string{"seemed nervous. | cable | Jane Ruiz", "He asked twice. | cable | Jane Ruiz"}},
		{"she after a title with of", `Secretary of State Hillary Clinton praised Mr. Tom Beck. “He did well,” she said.`,
			[]string{"He did well, | speech | Hillary Clinton"}},
		{"general named by an appositive", `Rachid Ammar, the army general, met Gray. The general said he had “no ambitions.”`,
			[]string{"no ambitions. | speech | Rachid Ammar"}},
		{"a clause about documents after said is no frame", `Karzai's spokesman, Waheed Omer, said the cables were “not worth the paper.”`,
			[]string{"not worth the paper. | speech | Waheed Omer"}},
		{"a title is nobody's words", `“The army is tired,” the cable said.¶Asked about the film “Charlie Wilson's War,” Mr. Omer laughed.`,
			[]string{"The army is tired, | cable | ", "Charlie Wilson's War, | speech | "}},
		{"embassy cable from a city noted, inverted", `“The army is restless,” noted a U.S. embassy cable from Islamabad.`,
			[]string{"The army is restless, | cable | "}},
		{"embassy cable from a city noted", `A U.S. embassy cable from Islamabad noted that the army was “restless.”`,
			[]string{"restless. | cable | "}},
		{"as per a cable", `The US saw him as a “force to be reckoned with”, as per a cable sent in 2008.`,
			[]string{"force to be reckoned with | cable | "}},
		{"the cable reads", `“He remains the tallest leader,” the cable reads.`,
			[]string{"He remains the tallest leader, | cable | "}},
		{"the US envoy names the ambassador", `Ambassador Jane Ruiz met him.¶The US envoy had opined that he “is yet to prove himself”.`,
			[]string{"is yet to prove himself | speech | Jane Ruiz"}},
		{"appositive then is quoted as saying", `“Kashmir is improving,” Omar Abdullah, the chief minister, is quoted as saying in a 2009 cable.`,
			[]string{"Kashmir is improving, | cable | Omar Abdullah"}},
		{"question then the speaker", `“Why should we trust them?” General Tariq Majid asked, according to a cable.`,
			[]string{"Why should we trust them? | cable | Tariq Majid"}},
		{"quoting a person, the cable said", `Quoting Interior Minister Rehman Malik, the cable said he wanted “more drones.”`,
			[]string{"more drones. | cable | Rehman Malik"}},
		{"cited as saying", `Another cable cited Defence Minister Ahmed Mukhtar as saying Pakistan “cannot fight alone.”`,
			[]string{"cannot fight alone. | cable | Ahmed Mukhtar"}},
		{"document frame in the paragraph before", `In a cable written a year later, Ambassador Jane Ruiz again bemoaned the regime.¶“It should be an ally,” she said. “But it is not.”`,
			[]string{"It should be an ally, | cable | Jane Ruiz", "But it is not. | cable | Jane Ruiz"}},
		{"spoken in an interview after a cable paragraph", `In a cable written in 2009, Ambassador Jane Ruiz bemoaned the regime.¶“It is a good ally,” she said in an interview.`,
			[]string{"It is a good ally, | speech | Jane Ruiz"}},
		{"underlined, say documents", `President Omar Qadir underlined the aim of a “friendly government” there, say declassified documents.`,
			[]string{"friendly government | cable | Omar Qadir"}},
		{"the person told is not the pronoun's", `Mrs. Anne Lee, for her part, told Ambassador Jane Ruiz she was afraid. “They will kill me,” she said.`,
			[]string{"They will kill me, | speech | Anne Lee"}},
		{"document cited in brackets", `Mr. Tom Beck was tired. “The minister is unwell” (Cable 09ISLAMABAD2290).`,
			[]string{"The minister is unwell | cable | "}},
		{"is said to have told, after an appositive", `Omar Qadir, the defence minister, is said to have told aides that the king “was only amused.”`,
			[]string{"was only amused. | speech | Omar Qadir"}},
		{"was quoted as saying, after the quote", `Mr. Tom Beck spoke at noon.¶“We will protest and move on,” Beck was quoted as saying.`,
			[]string{"We will protest and move on, | speech | Tom Beck"}},
		{"was quoted as saying, in a story read from cables", `The general pressed for control, according to embassy cables.¶General Rahim Baig was quoted as saying the drones would be “a real help”.`,
			[]string{"a real help | cable | Rahim Baig"}},
		{"the cable's author is the one who signed it", `A cable from Cairo, signed by Ambassador Jane Ruiz, was blunt. The cable's author noted that the heir was “untested”.`,
			[]string{"untested | cable | Jane Ruiz"}},
		{"the cable's author is its writer", `In a cable from 2010, Ambassador Jane Ruiz wrote: “The heir is untested.” The cable's author noted that the rival had “a small following.”`,
			[]string{"The heir is untested. | cable | Jane Ruiz", "a small following. | cable | Jane Ruiz"}},
		{"the foreign minister is not the prime minister", `Prime Minister Anne Lee led the party. Mr Tom Beck, who now holds the foreign affairs portfolio, was in Paris.¶Speaking in Paris, the Foreign Minister said the cables were ‘old news’.¶‘I have heard worse,’ he said.`,
			[]string{"old news | speech | Tom Beck", "I have heard worse, | speech | Tom Beck"}},
		{"external affairs is the foreign ministry", `External Affairs Minister Arun Mehta met Prime Minister Anne Lee.¶The foreign minister said the leak was “regrettable”.`,
			[]string{"regrettable | speech | Arun Mehta"}},
		{"a qualified title is nobody's when only the prime minister holds one", `Prime Minister Anne Lee was away.¶The Foreign Minister said the leak was “regrettable”.`,
			[]string{"regrettable | speech | "}},
		{"told an outlet that the cables", `Senior leader Rahul Verma, who led the opposition then, told NDTV that the cables "only confirm what we saw." Mr Verma recalled the day.`,
			[]string{"only confirm what we saw. | speech | Rahul Verma"}},
		{"in a cable in which, then quoted him", `Mr. Karim Lodhi appears in a separate cable in which he complains of “empty hands.” The cable quoted him as saying: “We are starved.”`,
			[]string{"empty hands. | cable | Karim Lodhi", "We are starved. | cable | Karim Lodhi"}},
		{"the paragraph's own subject before an earlier speaker", `“He is a reformer,” Karim Lodhi said of his son.¶Ambassador Jane Ruiz was recalled in May. Speaking from Washington, she said she was sorry.¶“My job was to be honest,” she said.`,
			[]string{"He is a reformer, | speech | Karim Lodhi", "My job was to be honest, | speech | Jane Ruiz"}},
		{"a speaker described between commas", `Dev Sena, director of the Policy Forum, said the cables confirmed what “everyone in Delhi knew.”`,
			[]string{"everyone in Delhi knew. | speech | Dev Sena"}},
		{"a counterpart named in a with-phrase is not the speaker", `Foreign Minister Jan Hoff spoke in Bonn. Speaking at a news conference with his Dutch counterpart, Piet Smit, he said: “We stay friends.”`,
			[]string{"We stay friends. | speech | Jan Hoff"}},
		{"a spokesman named between commas, then but said", `A spokesman for the embassy, Carlos Ortega, declined to discuss the cables but said ties had “never been better.”`,
			[]string{"never been better. | speech | Carlos Ortega"}},
		{"a leader named as the owner inside a that-clause is not the speaker", `Lena Ward told the minister that the government of Prime Minister Hasan Ali had shown “little interest” in reform.`,
			[]string{"little interest | speech | Lena Ward"}},
		{"the envoy is the cable writer the story names only as Mr", `A 2008 cable from the embassy noted the cabinet was “fragile.”¶In a later dispatch, Mr Haldane named several ministers. “They fear reform,” the envoy wrote in 2009, “and they will fight it.”¶The premier, Joseph Mwangi, fares better in the documents. The ambassador described him as “vain but committed.”`,
			[]string{"fragile. | cable | ", "They fear reform, | cable | Haldane", "and they will fight it. | cable | Haldane", "vain but committed. | cable | Haldane"}},
		{"a cable from a consulate in a city", `A separate 2009 cable from the consulate in Porto Alegre reports that bankers at the state lender were “quietly worried” about the rules.`,
			[]string{"quietly worried | cable | "}},
		{"US diplomats describing a leader named in apposition", `US diplomats have drawn a harsh picture of the Hungarian premier, Gabor Antal, describing a leader who relies on “a ring of loyal advisers” and reads only friendly papers.`,
			[]string{"a ring of loyal advisers | cable | "}},
		{"western diplomats are not the cables' writers", `Western diplomats privately described the premier's allies as “the main obstacle to reform.”`,
			[]string{"the main obstacle to reform. | speech | "}},
		{"a lede's unnamed ambassador is the one the next paragraph names", `Reporting from Lima — The U.S. ambassador to Peru told Washington last year that the police were “slow and timid” against the gangs, according to diplomatic cables.¶In a 2009 cable, Ambassador Ann Lowe said the police had refused help.`,
			[]string{"slow and timid | cable | Ann Lowe"}},
		{"a writer of cables speaking on television", `Ambassador Tom Reyes, who wrote or signed most of the dispatches, told French radio on Monday that he regretted the leak. “I am sorry that this happened,” Reyes said. “These reports are not our policy.”`,
			[]string{"I am sorry that this happened, | speech | Tom Reyes", "These reports are not our policy. | speech | Tom Reyes"}},
		{"a joke about what the cables said", `The cables also describe Minister Ana Cole, whom the mission called “a loyal friend of Washington.” Cole, asked about it in Paris on Friday, joked that she would “try to live with the praise.”`,
			[]string{"a loyal friend of Washington. | cable | ", "try to live with the praise. | speech | Ana Cole"}},
		{"dismissing the documents, then a press conference", `In Cairo, President Omar Nabil dismissed the documents as “nonsense” meant to harm ties. “Our neighbours are friends,” he said at a press conference, “and this will not hurt us.”`,
			[]string{"nonsense | speech | Omar Nabil", "Our neighbours are friends, | speech | Omar Nabil", "and this will not hurt us. | speech | Omar Nabil"}},
		{"no cable carried over a news conference to the next quote", `In a cable, Ambassador Ann Lowe wrote that the army was “in denial.”¶“We never comment on leaks,” Lowe said at a news conference. “Not ever.”`,
			[]string{"in denial. | cable | Ann Lowe", "We never comment on leaks, | speech | Ann Lowe", "Not ever. | speech | Ann Lowe"}},
		{"a cable's writer later at a news conference", `In a cable, Ambassador Ann Lowe wrote that the army was “in denial.”¶“We never comment on leaks,” Lowe said at a news conference.`,
			[]string{"in denial. | cable | Ann Lowe", "We never comment on leaks, | speech | Ann Lowe"}},
		{"a document opening the sentence quotes someone as saying", `Another cable, written by the consul Mark Ellery in 2007, quotes an unnamed port official as saying that the new terminal was “built for smugglers.” The official is described as “a cautious man who rarely complains.”`,
			[]string{"built for smugglers. | cable | ", "a cautious man who rarely complains. | cable | "}},
		{"quoted as saying after the quote, the paragraph after a cable", `Helen Marsh, the deputy envoy, heard from a senior opposition figure that the cabinet was "tired and quarrelsome," a cable dated May 3, 2008, says.¶"They cannot agree on lunch," the figure was quoted as saying.`,
			[]string{"tired and quarrelsome, | cable | ", "They cannot agree on lunch, | cable | "}},
		{"a later cable with its signer between commas claims", `A later cable, signed by the consul, Peter Vane, claims that officials had described the mayor as “a man of the cameras”.`,
			[]string{"a man of the cameras | cable | "}},
		{"a split quote around a name between commas after a kinship phrase", `“We knew it all along,” his sister, Nora Quispe, told a news conference in Lima. “They owe us an answer.”`,
			[]string{"We knew it all along, | speech | Nora Quispe", "They owe us an answer. | speech | Nora Quispe"}},
		{"a spokesman named between commas after the quote", `“We read these papers with interest,” the premier’s spokesman, Ivan Petrov, told reporters.`,
			[]string{"We read these papers with interest, | speech | Ivan Petrov"}},
		{"also reported to have complained, in a story reading a memo", `The memo records a meeting between the envoy and Ms Ann Lorrimer, a bank chief.¶Ms Lorrimer is also reported to have complained that the tax bill was “a disaster for investors”.`,
			[]string{"a disaster for investors | cable | Ann Lorrimer"}},
		{"then reported to have remarked after a comma", `The cable describes the dinner.¶Mr Tom Abbot, is then reported to have remarked that he had “never seen such a mess”.`,
			[]string{"never seen such a mess | cable | Tom Abbot"}},
		{"secretary of state is no reporting verb, and the recipient is no speaker", `Helen Marsh, undersecretary of state for trade, was told by a senior opposition figure that the cabinet was "tired and quarrelsome," a cable dated May 3, 2008, says.`,
			[]string{"tired and quarrelsome, | cable | "}},
		{"he after an unnamed diplomat takes no name from the paragraph before", `Minister Paul Okafor denied the report. “It is false,” he told reporters.¶A western diplomat in Lima who follows the talks was more candid. “Everyone knows it,” he said. “Nobody wrote it down before.”`,
			[]string{"It is false, | speech | Paul Okafor", "Everyone knows it, | speech | ", "Nobody wrote it down before. | speech | "}},
		{"a description no one holds as a title is the person just named", `Tribal leader Chief Ana Ruiz said the leak proved her point. “They ran this province like a farm,” the elder stateswoman declared.`,
			[]string{"They ran this province like a farm, | speech | Ana Ruiz"}},
		{"a laureate in the paragraph after the named speaker", `Opposition figure Karl Brenner, a former judge, told Reuters the cables showed “old habits” in the capital.¶“It is not too late to change,” the Nobel laureate said.`,
			[]string{"old habits | speech | Karl Brenner", "It is not too late to change, | speech | Karl Brenner"}},
		{"quoted as saying on the radio about the cables is speech", `A second cable describes the mayor as "greedy."¶Asked about the cables on Spanish radio, he was quoted as saying that the papers were "the work of bored clerks."`,
			[]string{"greedy. | cable | ", "the work of bored clerks. | speech | "}},
		{"a capitalised title before the name between commas, then the title alone", `The former U.S. Ambassador to Chile, Walter K. Brandt, told Washington that the courts were “slow,” according to a cable.¶The cable describes a meeting between Mr. Brandt and the Interior Minister, P.J. Varela. “Varela is honest but timid,” the Ambassador wrote. “He fears the press.”`,
			[]string{"slow, | cable | Walter K. Brandt", "Varela is honest but timid, | cable | Walter K. Brandt", "He fears the press. | cable | Walter K. Brandt"}},
		{"the title said to have told someone, after the quote, in a cable", `In the cable, Ambassador Ruth Kane writes that Mr. Dario Luna was calm. “We will say our own police did it,” the governor is said to have told the colonel.`,
			[]string{"We will say our own police did it, | cable | Dario Luna"}},
		{"one cable quotes an aide", `One cable, relaying a dinner with the governor, quotes the aide as saying that the budget was “a fiction”.`,
			[]string{"a fiction | cable | "}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := attributed(tc.text); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

// FuzzExtract runs the whole extraction on arbitrary paragraphs: it must
// not panic, its spans must be valid, and every speaker and mention must
// be a person of the story.
func FuzzExtract(f *testing.F) {
	for _, seed := range []string{
		`“We will wait,” Senator Paul Lane said.¶“It is late,” he said, “go.”`,
		`Ambassador Jane Ruiz wrote:¶“The regime is old.¶“And tired,” the cable said.`,
		`The cable quoted Raza as saying “no”. It says ‘yes’ 'n' ’90s.`,
		`President (Karim Aziz) Lodhi, the latter, the former, according to “x”`,
		`, , “ ” ¶ " ' ‘ ’ the ambassador wrote he said`,
		"“‛¶“”", // a continued quote whose last part is empty
		",said Mr.’ 2009 ¶ from Gaddafisigned ", // a verb with only a comma before it
		`SILVIO Berlusconi laughed.¶He fumed: ‘No.’ Pressed on whether Theresa May read it, she replied: “x”`,
		`“a,” one cable read.¶Both passages were written in 2004 by Eric S. Edelman, then envoy.`,
		`Here is how one of those cables, from early 2010, described him:¶“x”`,
		`In Ankara, a senior official, speaking, said. “We know,” he said. A spokesman for President X on Friday dismissed “y”`,
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		s := &model.Story{Paragraphs: strings.Split(text, "¶")}
		extract(s)
		var found []foundQuote
		for _, q := range s.Quotes {
			found = append(found, foundQuote{Spans: q.Spans})
			if q.Speaker != "" {
				if _, ok := s.Person(q.Speaker); !ok {
					t.Fatalf("speaker %q is not a person of the story", q.Speaker)
				}
			}
			for _, m := range q.Mentions {
				if _, ok := s.Person(m); !ok {
					t.Fatalf("mention %q is not a person of the story", m)
				}
			}
		}
		checkSpans(t, s.Paragraphs, found)
	})
}
