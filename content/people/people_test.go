package people

import (
	"reflect"
	"strings"
	"testing"

	"cables/content/lex"
)

// peopleIn indexes the people of paragraphs separated by "¶" and returns
// "Name=alias|alias" per person, in the order the story introduces them.
func peopleIn(text string) []string {
	paras := strings.Split(text, "¶")
	toks, release := lex.TokenizeAll(paras)
	defer release()
	var got []string
	for _, p := range Find(paras, toks).List() {
		got = append(got, p.Name+"="+strings.Join(p.Aliases, "|"))
	}
	return got
}

func TestCaptionAnchorsABareSurname(t *testing.T) {
	for _, tc := range []struct {
		name, captions, body string
		want                 []string
	}{
		{"a full name only in a caption names the body's bare surname", `Gen. Orvath Kelmeni at a parade in 2008.`,
			`Kelmeni told the envoy the army would wait.¶The cable calls Kelmeni cautious.`, []string{"Orvath Kelmeni=Kelmeni"}},
		{"the caption's fuller name names the body's shorter one", `Omar Dalmar Kelmeni in Kandia, 2009.`,
			`Gen. Kelmeni told the envoy the army would wait.`, []string{"Omar Dalmar Kelmeni=Gen. Kelmeni"}},
		{"a caption's person the body never names is no one of the story", `Zorvath Okoye and Gen. Orvath Kelmeni in 2008.`,
			`Kelmeni told the envoy the army would wait.`, []string{"Orvath Kelmeni=Kelmeni"}},
		{"without a caption a bare surname is no one", ``, `Kelmeni told the envoy the army would wait.`, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			paras := strings.Split(tc.body, "¶")
			var captions []string
			if tc.captions != "" {
				captions = []string{tc.captions}
			}
			toks, release := lex.TokenizeAll(paras)
			defer release()
			ix := FindAnchored(paras, toks, captions)
			defer ix.Release()
			var got []string
			for _, p := range ix.List() {
				got = append(got, p.Name+"="+strings.Join(p.Aliases, "|"))
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %q\nwant %q", got, tc.want)
			}
			for pi, ms := range ix.Mentions {
				for _, m := range ms {
					if m.Person < 0 || m.Person >= len(ix.People) {
						t.Errorf("paragraph %d: a mention of person %d of %d", pi, m.Person, len(ix.People))
					}
				}
			}
		})
	}
}

func TestFindPeople(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"a sentence adverb opening a sentence is no person", `The envoy was blunt. Apparently, the finance minister was quite the singer.`, nil},
		{"high commissions of a country are no person", `Envoys of the Ruritanian and New Zealand High Commissions met on Monday.`, nil},
		{"a newspaper's name with an accent is no person", `The memo was “a gift to the opposition”, the Spanish daily El País said.`, nil},
		{"an inquiry or a party named after a given name is no person", `Requests from the Murphy Inquiry went unanswered, the head of the Free Democrats said.`, nil},
		{"a place of the places list is no person, whatever its words", `The firm moved its office from Hong Kong to Singapore in June.`, nil},
		{"an unfamiliar name described between commas before said", `Dev Sena, director of the Policy Forum in Pune, said so.`,
			[]string{"Dev Sena=Dev Sena"}},
		{"a title of two words, the second a title of its own", `Former Minister Mentor Tan Boon Wee met the envoy. Tan said so.`,
			[]string{"Tan Boon Wee=Minister Mentor Tan Boon Wee|Tan"}},
		{"title-only-after-a-title: a given name that is a title after another", `Mentor Bajrami, a deputy in the assembly, met the envoy. “I owe him nothing,” Bajrami said.`,
			[]string{"Mentor Bajrami=Mentor Bajrami|Bajrami"}},
		{"title-word-as-surname-after-titled-name: a title word ending a titled name is its surname", `Prime Minister Hun Sen met the envoy. Later Mr Hun Sen spoke.`,
			[]string{"Hun Sen=Prime Minister Hun Sen|Mr Hun Sen"}},
		{"title-in-capitals-after-name-ends-it: a title in capitals after a name is none of it", `Mr Ivo Lund MP, who chairs the committee, said so. Later Mr Lund spoke. Prime Minister Sami Vell MP agreed.`,
			[]string{"Ivo Lund=Mr Ivo Lund|Mr Lund", "Sami Vell=Prime Minister Sami Vell"}},
		{"title-word-as-surname-after-titled-name: a cable's surname in capitals that is a title word", `Prime Minister Hun SEN told the Ambassador that the opposition was finished.`,
			[]string{"Hun SEN=Prime Minister Hun SEN"}},
		{"a capitalised phrase and a clause between commas is no name", `Policy Forum, which the press quoted, said so.`, nil},
		{"a particle inside a hyphenated name", `Defense Minister Karl-Heinz zu Altenberg met them. Altenberg joked.`,
			[]string{"Karl-Heinz zu Altenberg=Defense Minister Karl-Heinz zu Altenberg|Altenberg"}},
		{"an unfamiliar name after a long role phrase", `A spokesman for the U.S. Embassy, Aldo Ruvalcaba, declined to comment.`,
			[]string{"Aldo Ruvalcaba=Aldo Ruvalcaba"}},
		{"a shared first name before another surname is another person", `Interior Minister Tomás Ignacio Bermejo Llanos met the envoy. Soldiers shot Tomás Arrieta in 2004.`,
			[]string{"Tomás Ignacio Bermejo Llanos=Interior Minister Tomás Ignacio Bermejo Llanos", "Tomás Arrieta=Tomás Arrieta"}},
		{"a party's spokesperson named between commas", `The Liberal Party’s spokesperson, Orin Tadeo Vasquez, was less restrained.`,
			[]string{"Orin Tadeo Vasquez=Orin Tadeo Vasquez"}},
		{"title-word-as-surname-after-given-name: a role word right after a given name ends the name", `Bank Governor Mervyn King met the envoy. Mervyn King said so.`,
			[]string{"Mervyn King=Governor Mervyn King|Mervyn King"}},
		{"place-glued-before-given-name: a word the news names a public figure by is no place", `Envoys met Saddam Hussein in 1990. Saddam Hussein said so.`,
			[]string{"Saddam Hussein=Saddam Hussein"}},
		{"title-word-as-surname-after-given-name: another role noun after a given name is a title", `The Philippine Ambassador met them.`, nil},
		{"place-glued-before-given-name: a public figure's word before 'Jr.' is no new person", `Hannibal Gadhafi flew in. An accusation which Gadhafi Jr. denied.`,
			[]string{"Hannibal Gadhafi=Hannibal Gadhafi"}},
		{"a title inside a run: 'Leader' opens the name after it", `House Minority Leader Edcel Lagman said so.`,
			[]string{"Edcel Lagman=Leader Edcel Lagman"}},
		{"a month after a given name is a surname", `He turned on Prime Minister Theresa May over Brexit. Mrs May did not reply.`,
			[]string{"Theresa May=Prime Minister Theresa May|Mrs May"}},
		{"a month after a date word stays a month", `The talks resumed in May 2009 under Gen. Omar Qadir.`,
			[]string{"Omar Qadir=Gen. Omar Qadir"}},
		{"a tabloid lead in capitals", `SILVIO Berlusconi is too tired to rule. Berlusconi laughed.`,
			[]string{"Silvio Berlusconi=SILVIO Berlusconi|Berlusconi"}},
		{"a capital city in capitals opening a paragraph is no given name", `KABUL Officials met Hamid Karzai on Monday.`,
			[]string{"Hamid Karzai=Hamid Karzai"}},
		{"an inverted speaker after a quote", `“Nobody is surprised,” said Mehran Kamrava, a professor.`,
			[]string{"Mehran Kamrava=Mehran Kamrava"}},
		{"full names with different middle names are two people", `Sheikh Hamad bin Jassim al-Thani met Kerry. The Emir, Sheikh Hamad bin Khalifa al-Thani, joked.`,
			[]string{"Hamad bin Jassim al-Thani=Sheikh Hamad bin Jassim al-Thani", "Hamad bin Khalifa al-Thani=Sheikh Hamad bin Khalifa al-Thani"}},
		{"a surname without its particle", `President Abdel Fattah el-Sisi gave orders. The summary quotes Sisi at length.`,
			[]string{"Abdel Fattah el-Sisi=President Abdel Fattah el-Sisi|Sisi"}},
		{"a place before an appositive is no person", `In Ankara, a senior official, speaking anonymously, said so.`, nil},
		{"President of a place is no name", `Omar Qadir, the President of Upper Kandia, spoke.`,
			[]string{"Omar Qadir=Omar Qadir"}},
		{"a word no name holds after a given name or an honorific", `Ambassador Charles English was blunt. English himself is quoted later. Mr. English declined to comment.`,
			[]string{"Charles English=Ambassador Charles English|English|Mr. English"}},
		{"companies named with their designators and a party of two words are no person", `The analysts kept tabs for Ruiz Chemicals and for Strategic Lund Incorporated, a Fianna Fáil senator said.`, nil},
		{"a ministry is no person", `The Foreign Office said nothing. The Foreign Ministry said less.`, nil},
		{"the first of a Spanish pair of surnames names the person alone", `The prosecutor Jose Arrieta Marquez met the envoy. Mr Arrieta later said the cable was old.`,
			[]string{"Jose Arrieta Marquez=Jose Arrieta Marquez|Mr Arrieta"}},
		{"a given name spelt another way, with a middle initial", `Ambassador Phillip D. Haldenberg met the minister.¶Later Philip Haldenberg wrote that the port was idle.`,
			[]string{"Phillip D. Haldenberg=Ambassador Phillip D. Haldenberg|Philip Haldenberg"}},
		{"a middle name spelt another way", `General Omar Pervez Haldenberg met the minister.¶Later Omar Parvez Haldenberg wrote that the port was idle.`,
			[]string{"Omar Pervez Haldenberg=General Omar Pervez Haldenberg|Omar Parvez Haldenberg"}},
		{"two middle names that are given names of their own are two people", `Senator Jose Mario Haldenberg met the envoy.¶His son, Jose Maria Haldenberg, disagreed with him.`,
			[]string{"Jose Mario Haldenberg=Senator Jose Mario Haldenberg", "Jose Maria Haldenberg=Jose Maria Haldenberg"}},
		{"two middle names of five letters a letter apart are two people", `Sheikh Khalid bin Hamad Nasri, the finance minister, met the envoy.¶His cousin Sheikh Khalid bin Hamid Nasri runs the shipping line.`,
			[]string{"Khalid bin Hamad Nasri=Sheikh Khalid bin Hamad Nasri", "Khalid bin Hamid Nasri=Sheikh Khalid bin Hamid Nasri"}},
		{"middle names too short to tell a spelling from another name", `Omar Ali Haldenberg met the minister.¶Later Omar Alia Haldenberg wrote that the port was idle.`,
			[]string{"Omar Ali Haldenberg=Omar Ali Haldenberg", "Omar Alia Haldenberg=Omar Alia Haldenberg"}},
		{"given names too short to tell a spelling from another name", `Eric Haldenberg met the minister.¶Later Erica Haldenberg wrote that the port was idle.`,
			[]string{"Eric Haldenberg=Eric Haldenberg", "Erica Haldenberg=Erica Haldenberg"}},
		{"a surname without its letters' marks is the person named in full later", `Prime Minister Kemal Öztürk met the envoy.¶On Monday, PM Ozturk spoke.¶Later Kemal Öztürk wrote that the port was idle.`,
			[]string{"Kemal Öztürk=Prime Minister Kemal Öztürk|PM Ozturk|Kemal Öztürk"}},
		{"a surname without its letters' marks before the full name is the same person", `PM Ozturk spoke on Monday.¶Later Prime Minister Kemal Öztürk wrote that the port was idle.`,
			[]string{"Kemal Öztürk=PM Ozturk|Prime Minister Kemal Öztürk"}},
		{"a surname spelt another way is the person named in full", `Ambassador Michael Haldenberg met the minister. Later Haldenburg wrote that the port was idle.`,
			[]string{"Michael Haldenberg=Ambassador Michael Haldenberg|Haldenburg"}},
		{"a short surname a letter apart is someone else", `Minister Omar Qadir met the envoy. Minister Qadri said so too.`,
			[]string{"Omar Qadir=Minister Omar Qadir", "Qadri=Minister Qadri"}},
		{"a middle name that is no given name may stand for the whole", `Mirza Harun Zolfaqar Alamdar met the envoy.¶In a statement, Zolfaqar said the cables were forged.`,
			[]string{"Mirza Harun Zolfaqar Alamdar=Mirza Harun Zolfaqar Alamdar|Zolfaqar"}},
		{"a role, of and its field before a name the lists lack", `The memo went to the secretary of state Zorvath Kelmeni and other officials.`,
			[]string{"Zorvath Kelmeni=Zorvath Kelmeni"}},
		{"a name the lists lack, then former and a role", `Zorvath Kelmeni, former Kandian diplomat to the port, is shocked.`,
			[]string{"Zorvath Kelmeni=Zorvath Kelmeni"}},
		{"general elections and a strip are no people", `The vote came ahead of the 2011 General Elections in the Aster Strip.`,
			nil},
		{"a title with then- glued before it", `The cable was signed by then-Ambassador Zorvath Kelmeni.`,
			[]string{"Zorvath Kelmeni=Zorvath Kelmeni"}},
		{"a middle given name names no one alone", `Omar Tariq Qadir met the envoy. Tariq later said so.`,
			[]string{"Omar Tariq Qadir=Omar Tariq Qadir"}},
		{"a name described as someone who", `The early cables deal with Askar Temirov, the physicist who ruled for years.`,
			[]string{"Askar Temirov=Askar Temirov"}},
		{"a capitalised title between the and a comma before a name", `Downing Street stood by him, and the Foreign Secretary, Jeremy Hunt, was clearer.`,
			[]string{"Jeremy Hunt=Jeremy Hunt"}},
		{"a name before has now said", `Update: Nigel Farage has now said the envoy must go.`,
			[]string{"Nigel Farage=Nigel Farage"}},
		{"another given name before a shared surname is another person", `President Donald Trump met the envoy. The cables praise his daughter, Ivanka Trump, too.`,
			[]string{"Donald Trump=President Donald Trump", "Ivanka Trump=Ivanka Trump"}},
		{"an honorific in another language before a surname", `Prime Minister Silvio Berlusconi laughed. An aide said: ‘Signor Berlusconi works hard.’`,
			[]string{"Silvio Berlusconi=Prime Minister Silvio Berlusconi|Signor Berlusconi"}},
		{"a name joined to led ends before the body it led", `The cables date from the time of the Omar Qadir-led Labour Government.`,
			[]string{"Omar Qadir=Omar Qadir"}},
		{"editor-bracket-inside-name: a round bracket naming a role joins the surname after it", `The memo gave guidance to (army chief Omar) Lodhi on the border.`,
			[]string{"Omar Lodhi=Omar) Lodhi"}},
		{"editor-bracket-inside-name: a round bracket without a role keeps apart the name after it", `The port was closed (Reuters) Omar Lodhi said on Monday.`,
			[]string{"Omar Lodhi=Omar Lodhi"}},
		{"a particle of East and Southern African names joins the surname", `President Omar wa Lodhi expelled the envoy.¶Later Omar wa Lodhi said the cable was rude.`,
			[]string{"Omar wa Lodhi=President Omar wa Lodhi|Omar wa Lodhi"}},
		{"two given names joined by a hyphen are a given name", `The memo records a talk between Assistant Secretary of State Ana Ruiz and Jean-David Lodhi, Kandian President Omar Qadir's senior adviser.`,
			[]string{"Ana Ruiz=Ana Ruiz", "Jean-David Lodhi=Jean-David Lodhi", "Omar Qadir=President Omar Qadir"}},
		{"a stop word after a title is a name", `The claim is that Senior General Than Shwe's grandson wanted a club.`,
			[]string{"Than Shwe=General Than Shwe"}},
		{"a co-leader before a name", `Green Party co-leader Russel Norman posted on Twitter.`,
			[]string{"Russel Norman=Russel Norman"}},
		{"an alliance, a palace and a radio programme are no people", `A spokesman for the Democratic National Alliance said so. A senior official at the Casa Rosada said more. The envoy told Morning Report the leaks were bad.`, nil},
		{"a number opening a sentence after an abbreviation is no name", `The cables went to Washington, D.C. Fifteen of them were secret.`, nil},
		{"a show named after its host is no person", `The envoy told Kandia One's The Ivo Lund Show that the leaks were bad.`, nil},
		{"a party named for the people is no person", `He conceded that an inquiry was unlikely while Saleh's General People's Congress held a majority.`, nil},
		{"particles in pairs", `Deputy Prime Minister María Teresa Fernández de la Vega met the envoy.`,
			[]string{"María Teresa Fernández de la Vega=Deputy Prime Minister María Teresa Fernández de la Vega"}},
		{"a given name that is also a word", `Former President Bill Clinton flew in. Clinton stayed a day.`,
			[]string{"Bill Clinton=President Bill Clinton|Clinton"}},
		{"a camp named with a particle is no person", `In the Champ de Mars camp, the reaction was a shrug.`, nil},
		{"MP is a title", `Hezbollah MP Hasan Fadlallah said the documents were forged.`,
			[]string{"Hasan Fadlallah=MP Hasan Fadlallah"}},
		{"two initials without periods", `The State Department spokesman, PJ Crowley, said the cables were stolen. Crowley declined to say more.`,
			[]string{"PJ Crowley=PJ Crowley|Crowley"}},
		{"a country's letters before a title are no initials", `US Ambassador Tim Roemer met the minister.`,
			[]string{"Tim Roemer=Ambassador Tim Roemer"}},
		{"a name described as something", `A cable sent after the vote described Dervis Eroglu as “polite and immovable.”`,
			[]string{"Dervis Eroglu=Dervis Eroglu"}},
		{"a title word as a surname after a given name", `But opposition spokeswoman Julie Bishop said the cables were damning. Ms Bishop went on.`,
			[]string{"Julie Bishop=Julie Bishop|Ms Bishop"}},
		{"Mr. President is no person", `They told me, 'Be patient, Mr. President, we are working on it.'`, nil},
		{"a regnal number is part of the name", `King Abdullah II met the envoy. Abdullah spoke first.`,
			[]string{"Abdullah II=King Abdullah II|Abdullah"}},
		{"a city before a reporting verb is no person", `A cable from the consulate in Porto Alegre reports unrest.`, nil},
		{"a copyright line is no person", `Copyright Folha de Minas Gerais. All rights reserved.`, nil},
		{"Prof. is a title, so initials and Prof. are one person", `Foreign Minister G.K. Silva rejected the report. Prof. Silva told reporters so.`,
			[]string{"G.K. Silva=Foreign Minister G.K. Silva|Prof. Silva"}},
		{"a lower-case trade before a name", `The cables describe the trafficker Arturo Beltrán Leyva as elusive.`,
			[]string{"Arturo Beltrán Leyva=Arturo Beltrán Leyva"}},
		{"rank and later surname", `Army chief Gen. Rahim Qadir Baig met envoys. Baig said little.`,
			[]string{"Rahim Qadir Baig=Gen. Rahim Qadir Baig|Baig"}},
		{"names in brackets after a title", `He had called President (Karim Aziz) Lodhi that night.`,
			[]string{"Karim Aziz Lodhi=President (Karim Aziz) Lodhi"}},
		{"initial and title", `Ambassador Daniel J. Harlow wrote often. Harlow was blunt.`,
			[]string{"Daniel J. Harlow=Ambassador Daniel J. Harlow|Harlow"}},
		{"particles inside names", `President Omar el-Hadi Ben Youssef fled; son-in-law Karim el Fassi stayed.`,
			[]string{"Omar el-Hadi Ben Youssef=President Omar el-Hadi Ben Youssef", "Karim el Fassi=Karim el Fassi"}},
		{"possessive form", `Mr. Lane’s office denied it. Senator Paul Lane spoke later.`,
			[]string{"Paul Lane=Mr. Lane|Senator Paul Lane"}},
		{"places, outlets and organisations are not people", `The Hindu reported that Central Command and External Affairs officials in Islamabad met the State Department.`,
			nil},
		{"capitalised sentence starts are not people", `During the meeting, Compounding the problem, Among others spoke.`, nil},
		{"shared surname goes to the one named in the paragraph before", `Prime Minister Omar Dalmet met the envoy.¶Trade Minister Ravi Dalmet called the reports garbage.¶“Even the facts are wrong,” Dalmet said.`,
			[]string{"Omar Dalmet=Prime Minister Omar Dalmet", "Ravi Dalmet=Minister Ravi Dalmet|Dalmet"}},
		{"shared surname goes to the one named first", `President Omar Ben Youssef ruled. His wife, Leila Ben Youssef, shopped. Ben Youssef smiled.`,
			[]string{"Omar Ben Youssef=President Omar Ben Youssef|Ben Youssef", "Leila Ben Youssef=Leila Ben Youssef"}},
		{"first name alone joins the full name", `Pervez wanted peace.¶Former president Pervez Musharraf agreed.`,
			[]string{"Pervez Musharraf=Pervez|Pervez Musharraf"}},
		{"place glued before a first name", `Ambassador in Delhi Tim Roemer tells Washington.`, []string{"Tim Roemer=Tim Roemer"}},
		{"title without a name is no one", `She wants to become the Prime Minister.`, nil},
		{"role word and comma before a name", `The minister’s wife, Nasrin Lodhi, met Mr. Karim Lodhi.`,
			[]string{"Nasrin Lodhi=Nasrin Lodhi", "Karim Lodhi=Mr. Karim Lodhi"}},
		{"outlets before a reporting verb are not people", `Fairfax Media reported it. Al Jazeera said so.`, nil},
		{"title chain with of", `Chief of Army Staff Gen. Rahim Qadir Baig and Secretary of State Jane Ruiz met.`,
			[]string{"Rahim Qadir Baig=Gen. Rahim Qadir Baig", "Jane Ruiz=Jane Ruiz"}},
		{"abbreviated title alone", `PM Tariq Gilani met Dr. Asma Noor.`,
			[]string{"Tariq Gilani=PM Tariq Gilani", "Asma Noor=Dr. Asma Noor"}},
		{"longer form later becomes the name", `President Lodhi spoke. Karim Aziz Lodhi then left.`,
			[]string{"Karim Aziz Lodhi=President Lodhi|Karim Aziz Lodhi"}},
		{"initials and a surname", `It was A.Q. Khan who sold the designs.`, []string{"A.Q. Khan=A.Q. Khan"}},
		{"a particle inside a name", `The house of Belhassen el Trabelsi was raided.`, []string{"Belhassen el Trabelsi=Belhassen el Trabelsi"}},
		{"foreign outlets are not people", `Le Monde reported it and Der Spiegel said so.`, nil},
		{"a middle initial that is also a word", `Envoy Paul A. Ruiz wrote it. Ruiz was recalled.`,
			[]string{"Paul A. Ruiz=Envoy Paul A. Ruiz|Ruiz"}},
		{"role noun phrase before a name with a particle", `The jailed airline bomber Abdelkrim al-Hadi was freed.`,
			[]string{"Abdelkrim al-Hadi=Abdelkrim al-Hadi"}},
		{"a name that starts a longer one", `Omar al-Rashid spoke first.¶Later Omar al-Rashid Lodhi, his cousin, agreed.`,
			[]string{"Omar al-Rashid Lodhi=Omar al-Rashid|Omar al-Rashid Lodhi"}},
		{"initials in brackets are an alias", `Ravi Kumar Sahni (R.K. Sahni) wrote on his blog.`,
			[]string{"Ravi Kumar Sahni=Ravi Kumar Sahni|R.K. Sahni"}},
		{"a movement with a particle is no one", `Fighters of Jabhat al-Nasr and Ansar al-Din took the town.`, nil},
		{"a city with a particle is no one", `They met in Abu Dhabi and Dar es Salaam in 2007.`, nil},
		{"news agencies, a wire and a news site are no people", `Agence France-Presse reported the cable. Xinhua Kandia said it was forged. Kandia Courier said so, and Huffington Post wrote that it was real.`, nil},
		{"companies and international bodies are no people", `Orbis Petroleum said it paid him. Dalmar Holdings denied it. Amnesty International said nothing. Interpol Kandia declined to comment.`, nil},
		{"a nickname in quotes inside a name", `Senator Porvan "Pepe" Kelmeni met the envoy. Kelmeni spoke first.`,
			[]string{"Porvan Kelmeni=Senator Porvan \"Pepe\" Kelmeni|Kelmeni"}},
		{"a nickname in quotes before a particle, and the nickname alone", `Senator Porvan "Pepe" da Kelmeni met the envoy. Pepe spoke first.`,
			[]string{"Porvan da Kelmeni=Senator Porvan \"Pepe\" da Kelmeni|Pepe"}},
		{"a public figure named by surname alone", `The memo dates from the Kuhl and Obama years. Nobody else is named.`,
			[]string{"Obama=Obama"}},
		{"a surname no list holds, alone, is no one", `The memo dates from the Kuhl years. Nobody else is named.`, nil},
		{"a nickname in curly quotes after a given name no list holds", `The cables call Zorvath “Zorro” Kelmeni a fixer, and Kelmeni agreed.`,
			[]string{"Zorvath Kelmeni=Zorvath “Zorro” Kelmeni|Kelmeni"}},
		{"a surname with an apostrophe", `The cables quote Zorvath N'Kelo at length. N'Kelo denied it.`,
			[]string{"Zorvath N'Kelo=Zorvath N'Kelo|N'Kelo"}},
		{"a particle capitalised at a sentence's start", `The cables name Zorvath al-Kelmeni, a banker.¶Al-Kelmeni denied it.`,
			[]string{"Zorvath al-Kelmeni=Zorvath al-Kelmeni|Al-Kelmeni"}},
		{"an unknown full name ending a sentence that lists people", `Among the politicians named in the cables was Zorvath Kelmeni.¶Kelmeni denied it.`,
			[]string{"Zorvath Kelmeni=Zorvath Kelmeni|Kelmeni"}},
		{"an unknown full name after including, ending a sentence that lists officials", `The files name three officials, including Orvath Kelmeni.`,
			[]string{"Orvath Kelmeni=Orvath Kelmeni"}},
		{"a title in a line written as a headline is no one's", `Kandia Rebels Major Threat To Capital, Envoy Told Embassy`, nil},
		{"a given name in a line written as a headline is still a person's", `Gen. Omar Kelmeni, Kandia Army Chief, Meets Envoy In Capital`,
			[]string{"Omar Kelmeni=Gen. Omar Kelmeni"}},
		{"an office word before no title names a thing", `Tap Add to Home Screen to install it. The Interior Design Review said so.`, nil},
		{"an office word before a title is a role", `Home Secretary Orvath Kelmeni said so. External Affairs Minister Omar Qadir agreed.`,
			[]string{"Orvath Kelmeni=Home Secretary Orvath Kelmeni", "Omar Qadir=External Affairs Minister Omar Qadir"}},
		{"a role with no article after the name, of what", `It was a feast that Zorvath Kelmeni, head of Kandia Gas, gave for his son.¶Kelmeni denied it.`,
			[]string{"Zorvath Kelmeni=Zorvath Kelmeni|Kelmeni"}},
		{"a nurse, a powerbroker and a bodyguard before the name", `He relied on his nurse, Zorvath Kelmeni. The cables name a powerbroker, Orvath Dalmet, and a bodyguard, Porvan Sello.`,
			[]string{"Zorvath Kelmeni=Zorvath Kelmeni", "Orvath Dalmet=Orvath Dalmet", "Porvan Sello=Porvan Sello"}},
		{"the and a capitalised title after the name", `In the same cable, Zorvath Kelmeni, the Director General of Kandia Radio, was quoted.`,
			[]string{"Zorvath Kelmeni=Zorvath Kelmeni"}},
		{"a lower-case vice-president before an unknown full name", `The cables said his former vice-president Zorvath Kelmeni had paid for the party.`,
			[]string{"Zorvath Kelmeni=Zorvath Kelmeni"}},
		{"a senior general's short title before a name whose first word is a word", `The senator met Snr-Gen Than Dalmet in August.`,
			[]string{"Than Dalmet=Snr-Gen Than Dalmet"}},
		{"a union of states, spelt wrong, is no person", `The foreign minister of the United Arab Emerites says the port is “closed”.`, nil},
		{"a deputy assistant is a title, not a name", `He met visiting Deputy Assistant for Regional Affairs Omar Qadir.`,
			[]string{"Omar Qadir=Affairs Omar Qadir"}},
		{"a ministry after a place is no title of the place", `He flew to Kandia Bay, the Interior Ministry said.`, nil},
		{"a place noun after the run names a place", `The chief minister of Kandia's Orvath Dalmet state sent a jet for her shoes. Troops left Dalmar Sello province.`, nil},
		{"a lone given name after the full name is the same person", `Congress leader Rahul Gandhi met the envoy.¶Rahul, the cable says, was blunt.`,
			[]string{"Rahul Gandhi=Rahul Gandhi|Rahul"}},
		{"unknown full names in a list ending a sentence that lists people", `Among the envoys named in the cables were Zorvath Kelmeni, Orvath Dalmet and Porvan Sello.`,
			[]string{"Zorvath Kelmeni=Zorvath Kelmeni", "Orvath Dalmet=Orvath Dalmet", "Porvan Sello=Porvan Sello"}},
		{"places in a list after a preposition are no people", `The cables list officials posted in Kandia, Orvath Kelo and Zorvath Pell.`, nil},
		{"a surname joined to its particle in lower case, alone", `The cables name Zorvath al-Kelmeni, a banker.¶Later, al-Kelmeni said the money was clean.`,
			[]string{"Zorvath al-Kelmeni=Zorvath al-Kelmeni|al-Kelmeni"}},
		{"a movement joined to its particle is no one", `Fighters of al-Nasra took the town.`, nil},
		{"a surname that is a stop word between a title's comma and the name's", `Kandia's Deputy Trade Minister, An Lanfen, told the envoy so. He laughed.`,
			[]string{"An Lanfen=An Lanfen"}},
		{"an owner's capitalised title and a comma before a name", `Kandia's Foreign Minister, Zorvath Kelmeni, told the envoy so.`,
			[]string{"Zorvath Kelmeni=Zorvath Kelmeni"}},
		{"a name ending a sentence that lists no people is no one", `The winner that year was Kandia United.`, nil},
		{"a-listed-country: a country of two words is no person", `The envoy flew the deposed leader to Costa Rica that night.`, nil},
		{"portfolio-after-title-of: the portfolio after a title is no person", `She knew Kelmeni from his years as Minister of Foreign Trade.`, nil},
		{"portfolio-after-title-of: the portfolios listed after the first", `Omar Kelmeni was made Minister of Finance, Shipping and Investment in May.`,
			[]string{"Omar Kelmeni=Omar Kelmeni"}},
		{"portfolio-after-title-of: a name set off after a title's portfolio is the holder", `The family of the late Minister of Justice, Tavo Ige, reacted angrily.`,
			[]string{"Tavo Ige=Tavo Ige"}},
		{"listed-with-a-company: a name set off after a company is its officer", `The envoy called on the head of the Kandia Petroleum Corporation, Dr. Omar Qadir, in May.`,
			[]string{"Omar Qadir=Dr. Omar Qadir"}},
		{"capitalised-reporting-verb-ends-name: a headline's verb in the present after a full name", `Omar Qadir Responds To Envoy Who Described Him As Inept¶Omar Qadir said he was not a fan of the envoy.`,
			[]string{"Omar Qadir=Omar Qadir"}},
		{"capitalised-reporting-verb-ends-name: a surname that is a verb in -s stays a surname", `Senator Peter Dubs, who chairs the refugee committee, said the cables were an insult.¶Mary Ann Dubs, a campaigner, called them proof of contempt.`,
			[]string{"Peter Dubs=Senator Peter Dubs", "Mary Ann Dubs=Mary Ann Dubs"}},
		{"a title of a council before a name the given-name lists lack", `Kandian State Councillor Dai Bingguo met the envoy in May.`,
			[]string{"Dai Bingguo=Councillor Dai Bingguo"}},
		{"capitalised-reporting-verb-ends-name: a headline's verb in the present before another capital", `Omar Qadir Warns US Envoy¶Omar Qadir told reporters the envoy should leave.`,
			[]string{"Omar Qadir=Omar Qadir"}},
		{"not-person word: a chamber of commerce is no person", `Jane Vell, vice president of the Kandia Chamber of Commerce and Industry, said the cables were wrong.`,
			[]string{"Jane Vell=Jane Vell"}},
		{"capitalised-past-before-preposition-ends-name: a headline's verb after a full name", `Omar Qadir Resigned After the Strike¶The minister, Omar Qadir, left on Monday.`,
			[]string{"Omar Qadir=Omar Qadir"}},
		{"listed-with-a-company: a county's mark is no company's", `Jane Ruiz, from Ballymena, Co. Antrim, and Omar Qadir were named in the cable.`,
			[]string{"Jane Ruiz=Jane Ruiz", "Omar Qadir=Omar Qadir"}},
		{"listed-with-a-company: people listed after a company are people", `The envoy dined with the chiefs of Kandia Oil Corp., Omar Qadir and Jane Ruiz, in May.`,
			[]string{"Omar Qadir=Omar Qadir", "Jane Ruiz=Jane Ruiz"}},
		{"portfolio-after-title-of: two people after a title's portfolio", `He met the Minister of Justice, Tavo Ige and Orvath Dalmet of the embassy.`,
			[]string{"Tavo Ige=Tavo Ige"}},
		{"listed-with-a-company: a name listed beside a company's legal form", `The cables name Kandia Shipping Co., Lockwood Dalmet, Northam Grell and Tavali Group as its suppliers.`,
			[]string{"Lockwood Dalmet=Lockwood Dalmet"}}, // (a name that opens with a given name stays someone's)
		{"office-ending-in-role-noun: the office named is no person", `Later the Opposition Leader wrote that the cables were lies.`, nil},
		{"office-ending-in-role-noun: a title before the role noun", `Omar Kelmeni, Deputy Leader of the Kandia Party, said the cables were lies.`,
			[]string{"Omar Kelmeni=Omar Kelmeni"}},
		{"name-joined-to-lower-case-word: the name before the hyphen", `Omar Qadir wrote the memo.¶The Omar Qadir-backed bill failed.`,
			[]string{"Omar Qadir=Omar Qadir"}},
		{"editor-bracket-inside-name: the given name in an editor's bracket joins the surname after it", `The cable says [Interior Minister Omar] Lodhi lied.`,
			[]string{"Omar Lodhi=Interior Minister Omar] Lodhi"}},
		{"nickname-in-quotes: a particle may open the surname after the nickname", `Former president Omar Dalmet "Dal" da Kelo met the envoy.`,
			[]string{"Omar Dalmet da Kelo=Omar Dalmet \"Dal\" da Kelo"}},
		{"appositive-title-of: a capitalised title and its body after the comma make a person", `Zorvath Kelmeni, Deputy Leader of the Kandia Party, denied it.`,
			[]string{"Zorvath Kelmeni=Zorvath Kelmeni"}},
		{"article-of-spanish-first: a paper named with El is no person", `The Kandian daily El Vigilante printed the cable in full.`, nil},
		{"a paper named Globe and a company named Oil are no people", `The Kandia Globe said Orvath Oil paid the minister.`, nil},
		{"surname-reports-elsewhere: a given name that is a word opens the sentence, the surname reports later", `Mark Oduya, a key figure in the coup, met the envoy.¶The minister defended Oduya.¶Oduya reportedly told the envoy everything.`,
			[]string{"Mark Oduya=Mark Oduya|Oduya"}},
		{"surname-reports-elsewhere: a surname that is a word, after a quote and before told", `The envoy met fellow plotter Bill Shorten, now the Assistant Treasurer.¶“It is nonsense,” Shorten told the radio.`,
			[]string{"Bill Shorten=Bill Shorten|Shorten"}},
		{"surname-reports-elsewhere: a name described as a bank is no person", `Royal Castellan, the island's biggest bank, paid for the harbour.¶Castellan reportedly told the envoy the loans were safe.`, nil},
		{"public-figure-in-name: a public figure's name without a given name of the lists", `The cables mention Kelmeni Gadhafi twice.`, []string{"Kelmeni Gadhafi=Kelmeni Gadhafi"}},
		{"public-figure: a place named Hussein is no person", `The convoy stopped near Wadi Hussein, according to the cable.`, nil},
		{"public-figure-in-name: things named after a public figure are no person", `The deal was signed at the Gaddafi Stadium, praised by Bush Era officials and Obama Aides.`, nil},
		{"public-figure-in-name: documents named after a public figure are no person", `The Saddam Cables were released in 2013.`, nil},
		{"capitalised-documents-end-name: a headline's plural document noun after a whole name", `Omar Qadir Memos: What We Learned From The Leak¶The ambassador, Omar Qadir, wrote them.`,
			[]string{"Omar Qadir=Omar Qadir"}},
		{"full-names: a king named by one name gets the full name of the holder the story's country tells", `The Saudi cables were leaked.¶King Abdullah urged the US to act.`,
			[]string{"Abdullah bin Abdulaziz=King Abdullah"}},
		{"full-names: the country a story names most tells the holder", `AMMAN, Jordan - Jordan's King Abdullah met the envoy in Jordan.¶The king's remarks echo those of leaders in Saudi Arabia.`,
			[]string{"Abdullah II=King Abdullah"}},
		{"full-names: the country beside the title tells the holder, over the country the story names most", `AMMAN, Jordan - Arab leaders urged the US to act.¶Saudi King Abdullah told the envoys so.¶Jordan's foreign minister was more cautious.`,
			[]string{"Abdullah bin Abdulaziz=King Abdullah"}},
		{"full-names: a country before a comma is not beside the title, and the first holder beside the title tells", `RIYADH - The Saudi cables were leaked.¶King Abdullah urged the US to act.¶On a visit to Jordan, King Abdullah said so again.`,
			[]string{"Abdullah bin Abdulaziz=King Abdullah"}},
		{"full-names: not without the word that tells which holder", `King Abdullah urged the US to act.`,
			[]string{"Abdullah=King Abdullah"}},
		{"picture-credit: a name after 'photo:' in a caption, not after 'a bleak picture:'", `Kandia news photo: Sami Vell, Wikicommons¶The cables paint a bleak picture: Omar Qadir is described as a thief.`,
			[]string{"Omar Qadir=Omar Qadir"}},
		{"picture-credit: not a name before a slash in a sentence", `American diplomats doubted that the Omar Qadir/Ivo Lund ticket could win the election.`,
			[]string{"Omar Qadir=Omar Qadir", "Ivo Lund=Ivo Lund"}},
		{"ends-in-place-or-body-noun: a regime named after a whole name", `How America Misjudged the Omar Qadir Regime¶Omar Qadir met the envoy.`,
			[]string{"Omar Qadir=Omar Qadir"}},
		{"ends-in-place-or-body-noun: a county or a family is no person", `Deputies of Port Vell County arrested Omar Qadir.¶The Royal Family met the envoy.`,
			[]string{"Omar Qadir=Omar Qadir"}},
		{"picture-credit: a photographer credited after 'Photo by' or before a slash and an agency is no person of the story", `The harbour at dawn. (Photo by Sami Vell/Kandia Images)¶Illustration by Ana Mendes¶Omar Qadir, the minister, was blunt. (Rafael Moreno/The Kandian Press)`,
			[]string{"Omar Qadir=Omar Qadir"}},
		{"picture-credit: a photographer after an agency and a slash, ending the caption, is no person of the story", `The envoy and the king meet in Kandia on June 29, 2010. KPA/Sami Vell¶The envoy and the king meet in Kandia. KPA/Sami Vell | License Photo¶Omar Qadir, the minister, was blunt. ((Kandia Images/Ana Mendes))`,
			[]string{"Omar Qadir=Omar Qadir"}},
		{"picture-credit: not a name after a slash in a sentence", `Diplomats doubted that the Qadir/Ivo Lund ticket could win.`,
			[]string{"Ivo Lund=Ivo Lund"}},
		{"named-as-a-publication: a paper's name after 'daily' or 'newspaper', a comma between or not", `The Kandian daily, Orvath Dagbladet, printed the cable.¶Swedish daily, Orvath Dagbladet reported the leaks.¶The left-leaning Kandian daily Diario Vell announced it had the cables.¶The newspaper Orvath Dagbladet reports that Omar Qadir called.¶The Kandian daily La Vigilia agreed.`,
			[]string{"Omar Qadir=Omar Qadir"}},
		{"named-as-a-publication: not a name after a capitalised 'Daily' or after the paper's role noun", `The newspaper's editor, Sami Vell, said so.¶Daily Ivo Lund ran the errands.¶Of the cables leaked by the website, Omar Qadir said little.`,
			[]string{"Sami Vell=Sami Vell", "Ivo Lund=Ivo Lund", "Omar Qadir=Omar Qadir"}},
		{"place-opener-inside-name: 'San' between two name words is of the name, not at its start", `Opposition leader Daw Khin San Myint met the envoy.¶Flights from San Vell to Kandia resumed.`,
			[]string{"Daw Khin San Myint=Daw Khin San Myint"}},
		{"stop-word-name-after-role-word: a name opening on a stop word after a role word in lower case", `The envoy met army chief Than Lwin on Monday.¶Than Lwin's delegation left early.`,
			[]string{"Than Lwin=Than Lwin|Lwin"}},
		{"named-as-a-publication: not a name after a paper noun that a verb, a preposition or 'a' comes before, nor after 'The website,' that no comma closes", `The website, Omar Qadir told reporters on Monday, “has put lives at risk”.¶On its website, Ana Mendes's party posted three cables.¶In the newspaper, Ivo Lund wrote that the cables were lies.¶A former palace aide told the newspaper Sami Vell had never read them.¶In a paper Jane Ruiz wrote last year, the envoy was blunt.`,
			[]string{"Omar Qadir=Omar Qadir", "Ana Mendes=Ana Mendes", "Ivo Lund=Ivo Lund", "Sami Vell=Sami Vell", "Jane Ruiz=Jane Ruiz"}},
		{"picture-credit: two names either side of a slash in brackets are people", `The cables describe Kandia's ruling tandem (Omar Qadir/Ivo Lund) as rivals.`,
			[]string{"Omar Qadir=Omar Qadir", "Ivo Lund=Ivo Lund"}},
		{"place-opener-inside-name: 'San' and a place after a whole name open the place", `Foreign Minister Hugo Vell met the envoy.¶The ambassador assured Hugo Vell San Salvador would host the summit.`,
			[]string{"Hugo Vell=Foreign Minister Hugo Vell"}},
		{"capitalised-documents-end-name: a release named 'Papers' after a whole name", `Others called them the Tony Blair Papers instead.`,
			[]string{"Tony Blair=Tony Blair"}},
		{"capitalised-documents-end-name: a surname that is a document noun in the singular stays", `Vince Cable met the envoy.`,
			[]string{"Vince Cable=Vince Cable"}},
		{"surname-reports-elsewhere: another surname reports", `Mark Oduya, a key figure in the coup, met the envoy.¶Lodhi reportedly told the envoy everything.`, nil},
		{"title: an assistant treasurer is no person", `The cables went to the Assistant Treasurer in May.`, nil},
		{"editor-bracket-inside-name: a title and a given name in round brackets before the surname", `The cable called him the sidekick to (Prime Minister Omar) Qadir’s strongman.`,
			[]string{"Omar Qadir=Prime Minister Omar) Qadir"}},
		{"name-joined-to-lower-case-word: a name with a hyphen stays whole", `Kim Jong-il told the envoy nothing.`,
			[]string{"Kim Jong-il=Kim Jong-il"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := peopleIn(tc.text); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %q\nwant %q", got, tc.want)
			}
		})
	}
}

// TestShortNameWithinAllocatesNothing guards the middle-name test, asked
// of every lone capitalised word a story names no one by: lowering the
// word for the particle list must not cost an allocation (it cost 27,000
// of BenchmarkExtract's 36,737 allocs/op).
func TestShortNameWithinAllocatesNothing(t *testing.T) {
	name := []string{"Mirza", "Fakhrul", "Islam", "Alamgir"}
	if !shortNameWithin("Fakhrul", name) {
		t.Fatal(`"Fakhrul" should stand for Mirza Fakhrul Islam Alamgir`)
	}
	if n := testing.AllocsPerRun(100, func() { shortNameWithin("Fakhrul", name) }); n != 0 {
		t.Errorf("shortNameWithin allocates %v times a call, want 0", n)
	}
}
