package lex

import "strings"

// WordSet builds a lookup from space-separated lower-case words.
func WordSet(lists ...string) map[string]bool {
	m := make(map[string]bool)
	for _, l := range lists {
		for _, w := range strings.Fields(l) {
			m[w] = true
		}
	}
	return m
}

// titleWords are titles, ranks and offices written before a name. A run of
// capitalised words holding one is a person's name from the word after it:
// "Indian External Affairs Minister Pranab Mukherjee".
var titleWords = WordSet(`mp mep vice-president signor signora senor señor senora señora monsieur madame herr frau
	mr mrs ms miss mister dr fr gen general lt lieutenant col colonel maj major
	capt captain adm admiral brig brigadier sgt sergeant cmdr commander marshal president
	vice prime premier minister secretary ambassador amb envoy senator sen rep representative
	gov governor king queen prince princess sheikh shaikh emir amir sultan crown chief justice
	judge deputy chancellor mayor lord lady sir dame pope cardinal archbishop bishop rev imam
	mullah ayatollah maulana maulvi mufti chairman chairwoman chairperson speaker begum
	affaires d'affaires chargé charge charged consul counsellor counselor attaché attache
	spokesman spokeswoman spokesperson director commissioner president-elect pm
	foreign defence defense home interior external affairs finance cabinet secretary-general
	attorney-general adviser advisor prof professor`)

// FemaleTitles and MaleTitles tell a person's gender for pronouns.
var (
	FemaleTitles = WordSet(`mrs ms miss queen princess lady dame begum madam chairwoman spokeswoman`)
	MaleTitles   = WordSet(`mr mister king prince sir lord sheikh shaikh emir sultan pope cardinal imam mullah ayatollah maulana spokesman chairman`)
)

// roleWords written in lower case just before a name tell that it is a
// person's: "senator John Kerry", "premier Gilani", "daughter Nesrine".
var roleWords = WordSet(`staffer staffers elder villager farmer shopkeeper trader student worker driver friend neighbour
	neighbor relative acquaintance man woman
	head co-leader co-founder co-chair churchman clergyman priest insider source
	observer witness resident
	lawmaker legislator parliamentarian politician economist professor
	scholar historian researcher columnist commentator academic banker lobbyist negotiator
	chief premier president senator ambassador minister secretary general
	envoy spokesman spokeswoman spokesperson leader suspect commander governor mayor king queen prince
	daughter son wife husband brother sister son-in-law daughter-in-law father mother nephew
	niece cousin uncle aunt widow aide adviser advisor lawyer deputy colleague counterpart
	successor predecessor founder editor officer diplomat journalist reporter analyst activist
	blogger businessman businesswoman tycoon dictator ruler strongman candidate rival opponent
	cleric militant chairman director judge captain colonel major lieutenant admiral sheikh
	emir consul attaché charge chargé d'affaires affaires rapporteur whistleblower soldier private
	sergeant pilot spy agent official counsel bomber hijacker gunman mastermind plotter
	trafficker smuggler kingpin warlord drug-lord financier banker magnate economist historian
	professor scholar novelist author singer actor artist`)

// roleNouns that stand for a person in attribution: "the ambassador wrote"
// names whoever the story gave that title.
var roleNouns = WordSet(`vice-president ambassador envoy king queen prince president premier minister general
	senator secretary governor chief diplomat emir sheikh sultan commander admiral colonel
	chairman spokesman spokeswoman spokesperson mayor judge consul statesman stateswoman laureate`)

// Particles join the words of one name: "Zine el-Abidine Ben Ali",
// "Sakher el Materi", "Osama bin Laden".
var Particles = WordSet(`el al bin ibn bint abu de da di del della van von der den du le la dos das ul ur ud zu zur ter ten`)

// StopWords are capitalised only at a sentence's start and never begin a
// name; a run of capitalised words is cut where one stands.
var StopWords = WordSet(`the a an in on at of to for from by with without about after before
	during since until as and or but nor so yet if when while where whether though although
	because than then there here this that these those it its it's he she they we you i his
	her hers their them our your my me him us who whom whose which what why how
	however also even still meanwhile moreover furthermore instead indeed besides
	among amid according despite under over into onto upon within across against between
	one two three four five six seven eight nine ten eleven twelve first second third last
	next another other some many most more much several each every all both few no not
	only just later earlier now today yesterday tomorrow tonight ago
	is was were are be been has have had will would could should may might must can do
	does did says said told wrote asked added noted say tell write ask add note
	january february march april may june july august september october november december
	monday tuesday wednesday thursday friday saturday sunday
	read photo file reuters afp ap pti ians updated published posted`)

// notPersonWords inside a run of capitalised words make it a place, an
// organisation, an outlet or a document, not a person.
var notPersonWords = WordSet(`department ministry embassy consulate command army navy force forces
	party league congress council committee commission agency bank group university institute
	doctrine community review times post journal news press channel television radio herald
	tribune guardian telegraph express daily weekly hindu dawn nation observer gazette
	street house office court administration government parliament senate assembly cabinet
	wikileaks cablegate copyright twitter facebook google internet union federation organisation
	organization corporation company inc ltd airlines services intelligence police
	security state states kingdom republic emirates east west north south central middle
	pacific atlantic ocean sea gulf river valley province district city islands island
	airport station hotel hospital school college centre center foundation trust fund
	club team cup war treaty accord agreement act bill plan programme program initiative
	summit conference talks deal operation doctrine front movement brigade battalion
	taliban qaeda al-qaeda lashkar jamaat hamas hezbollah nato un eu isi cia fbi raw
	jabhat ansar ahrar harakat tahrir jaish kataib hizb tehreek tehrik
	america american americans europe european asia asian africa african
	pakistan pakistani pakistanis india indian indians afghanistan afghan afghans iran iranian
	iraq iraqi china chinese russia russian japan japanese israel israeli israelis
	palestine palestinian egypt egyptian tunisia tunisian tunisians libya libyan syria syrian
	saudi arabia yemen yemeni turkey turkish britain british uk england english france french
	germany german italy italian spain spanish australia australian canada canadian mexico
	brazil korea korean bangladesh nepal sri lanka lankan burma myanmar qatar bahrain kuwait
	oman jordan lebanon morocco algeria sudan kenya nigeria ethiopia somalia ukraine georgia
	kashmir punjab sindh baluchistan balochistan waziristan kabul islamabad rawalpindi lahore
	karachi peshawar quetta delhi new mumbai bombay kolkata calcutta chennai lucknow bangalore
	hyderabad washington london paris berlin moscow beijing tokyo riyadh tehran baghdad cairo
	tunis tripoli damascus beirut jerusalem dubai doha ankara brussels geneva york canberra
	sydney melbourne ottawa dhaka kathmandu colombo
	indo-us indo-pak us u.s. u.s u.k. uk un u.n. eu gop bjp ppp pml-n pml mqm anp ani
	muslim muslims hindu hindus christian christians islamic sunni shia
	god allah christmas ramadan eid internet web media network newspaper newspapers magazine
	watch rights jazeera arabiya associated wire bureau desk online network tv bbc cnn monde
	pais spiegel figaro zeitung corriere repubblica salaam dhabi palace castle kremlin pentagon
	hall square tower mosque church cathedral temple museum library alliance coalition report
	casa palacio programme people peoples champ rue plaza avenida`)

// reportingVerbs introduce or close a quotation. Lemmas from the notes'
// merged list, inflected by hand so that no stemmer runs per word.
var reportingVerbs = WordSet(`complaining arguing insisting claiming explaining noting boasting
	admitting conceding stating predicting promising vowing threatening accusing suggesting
	fumed fumes snapped scoffed raged thundered sniffed reveal reveals revealed tweeted
	demand demands demanded demanding read reads say says said saying joke jokes joked joking quip quips quipped dismiss dismisses dismissed dismissing tell tells told telling add adds added adding
	note notes noted noting observe observes observed recount recounts recounted recall recalls
	recalled claim claims claimed assert asserts asserted insist insists insisted maintain
	maintains maintained argue argues argued contend contends contended explain explains
	explained describe describes described describing characterise characterises characterised
	characterize characterizes characterized call calls called warn warns warned warning
	caution cautions cautioned urge urges urged acknowledge acknowledges acknowledged admit
	admits admitted concede concedes conceded confirm confirms confirmed deny denies denied
	complain complains complained lament laments lamented boast boasts boasted quip quips
	quipped joke jokes joked reply replies replied respond responds responded retort retorts
	retorted answer answers answered ask asks asked announce announces announced declare
	declares declared state states stated stress stresses stressed emphasise emphasised
	emphasize emphasized reiterate reiterates reiterated repeat repeats repeated suggest
	suggests suggested predict predicts predicted promise promises promised pledge pledged
	vow vows vowed threaten threatens threatened accuse accuses accused charge charges charged
	blame blames blamed criticise criticised criticize criticized praise praises praised
	remark remarks remarked comment comments commented mention mentions mentioned disclose
	discloses disclosed reveal reveals revealed report reports reported testify testified
	allege alleges alleged estimate estimates estimated conclude concludes concluded assess
	assesses assessed judge judged write writes wrote writing written cabled
	cite cites cited quote quotes quoted quoting relay relays relayed convey conveys conveyed
	brief briefs briefed inform informs informed assure assures assured reassure reassured
	confide confided record records recorded express expresses expressed detail details
	detailed bemoan bemoans bemoaned label labels labelled labeled dub dubs dubbed term terms
	termed portray portrays portrayed depict depicts depicted relate relates related
	highlight highlights highlighted show shows showed shown summarise summarised summarize
	summarized conclude observe opine opined believe believes believed think thinks thought
	feel feels felt fear fears feared worry worries worried hope hopes hoped reads underline
	underlines underlined underscore underscores underscored pointed branded
	referred likened hailed slammed mused quipped remarked recommended advised`)

// WritingVerbs mark the words as written: in a story about cables, a
// document's.
var WritingVerbs = WordSet(`write writes wrote writing written cabled record records recorded`)

// documentNouns are the documents a story quotes.
var documentNouns = WordSet(`cable cables memo memos memorandum memoranda dispatch dispatches
	telegram telegrams document documents message messages report-cable letter letters
	note-verbale e-mail e-mails email emails assessment assessments readout briefing
	transcript minutes diplomatic-cable diptel diptels slide slides summary passage passages
	excerpt excerpts`)

// passiveAux before a reporting verb makes its subject the one spoken of,
// not the speaker: "Mr Lane was accused of ...".
var passiveAux = WordSet(`is was were are be been being`)

// spokenWords in a quote's sentence say the words were spoken aloud, not
// written in a document.
var spokenWords = WordSet(`interview interviews reporters journalists statement conference
	briefing television radio broadcast speech rally parliament twitter tweet tweets tweeted
	facebook instagram podcast`)

var (
	prepositions = WordSet(`to from in of by with on at for about into over under after before
		during against among between through via per across within without toward towards`)
	// skipBeforeVerb are auxiliaries and adverbs between a subject and its verb.
	skipBeforeVerb = WordSet(`had has have also again then later once would will could should
		did does do not never just still yesterday today privately publicly repeatedly earlier
		further even allegedly reportedly apparently had been may might must now`)
	clauseWords = WordSet(`that which who whom whose where when while because although though if
		whether since`)
	introWords = WordSet(`in during after before on as while when although though since despite
		following among at with without under amid four three two five six seven eight nine ten
		days weeks months years later earlier meanwhile however but and also yet still now then
		one another`)
	participlesBy = WordSet(`reported written sent dated released published leaked signed drafted
		obtained seen prepared made posted`)
)

var (
	pureParticiples = WordSet(`written shown seen`)
	determiners     = WordSet(`a an the such this that these those his her its their our my your any no every each another`)
)

// SpeechOnlyVerbs are spoken, never written in a cable.
var SpeechOnlyVerbs = WordSet(`told tells telling tell speaking spoke`)

// JokeVerbs are said aloud, never written in a cable.
var JokeVerbs = WordSet(`joke jokes joked joking quip quips quipped quipping`)

// authoredBy name a document's writer when "by" follows.
var authoredBy = WordSet(`written signed drafted authored sent`)

// kinWords before a name make it an object of the sentence, not its
// subject: "his daughter Nesrine".
var kinWords = WordSet(`daughter son wife husband brother sister son-in-law daughter-in-law
	father mother nephew niece cousin uncle aunt widow`)

// authorNouns name whoever wrote a document.
var authorNouns = WordSet(`author authors writer drafter`)

// abbreviations keep their period: "Gen. Kayani" is one name, not the end
// of a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "fr": true, "gen": true, "lt": true, "col": true,
	"maj": true, "capt": true, "adm": true, "sen": true, "rep": true, "gov": true, "st": true,
	"jr": true, "sr": true, "prof": true, "rev": true, "brig": true, "sgt": true, "amb": true,
	"no": true, "vs": true, "mt": true, "ft": true, "hon": true, "pres": true, "sec": true,
}
