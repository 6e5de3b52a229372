package lex

// firstNames are common given names across the regions cable stories
// cover. A capitalised run that starts with one is a person's name even
// without a title ("Tim Roemer", "suspect David Headley"); the lists also
// give pronouns a gender. Not exhaustive: titles and reporting verbs find
// the rest.
var (
	MaleFirstNames = WordSet(`aaron abdul abdullah abdulaziz adam adel adil adrian ahmad ahmed
	ajit akbar alan albert alex alexander alfred ali alistair altaf amin amir amit amr andrew
	andy anil anthony antonio anwar arif arjun arnold arthur arun asad asfandyar asghar ashfaq
	ashraf ashok asif atal ayman aziz babar bakr barack bashar ben benjamin bernard bill
	bilawal bob boris brad bradley brian bruce carl carlos charles chris christopher colin
	craig dan daniel darren dave david dennis dick dmitry donald doug douglas ed edward eric
	erik fahd faisal farooq fawad fazal fazlur felipe francis frank fred gary george gerald
	gordon greg gregory hamad hamid hamza harold harry hassan hector henry hosni howard hugh
	hussain husain ian ibrahim imran iqbal ismail jack jacob jalal james jamal jason javed
	jean jeff jeffrey jerry jim jimmy joe john jonathan jose joseph juan julian karl keith
	ken kenneth kevin khalid khurshid kofi krishna lal larry lee leon lou luis mahmoud
	mahmood majid manmohan marco mark martin massoud matthew michael mike mikhail
	mohammad mohammed mohamed muhammad mohsin muammar mustafa nabil narendra nasir nawaz
	neil nicholas nick nicolas nikolai nouri omar osama pablo paul pervez peter philip pierre
	pranab qasim rafik rahul raj rajiv ralph ramzi rashid raymond raza recep rehman rex
	richard rick robert roger ron ronald roy rudy rustam saad saeed saif salim salman sam
	samuel sanjay saud scott sean sergei shahbaz shahid shashank shashi shiv
	shoaib silvio simon stephen steve steven stuart sunil syed tariq ted terry thomas tim
	timothy todd tom tony victor vijay vincent vladimir walid walter wasim william yasin
	yousuf yusuf zafar zaid zine zulfikar karim kareem rahim yasser yasir tayyip ehud shimon
	ariel moshe avigdor ghulam aftab shaukat zahid jamshed sardar hugo evo fidel raul
	hamid hafiz rafiq mushahid mahmud khalil hosni habib idris kamal lakhdar nabih
	jalaluddin sirajuddin gulbuddin burhanuddin abdul-rahman rajendra mukesh manish prakash
	sharad lalu mulayam nitish pranab jaswant yashwant natwar shyam kamal digvijay kapil
	montek shivshankar manohar murli sitaram prakash pramod arvind chandrababu jyoti subramanian
	chaudhry chaudhary mian khawaja khwaja raja makhdoom pir sahibzada haji nawab mir
	bryan cameron gerald dean derek glenn grant jay joel kurt lance leslie malcolm mitch
	nathan neil norman oliver patrick phil randy russell ryan seth shane stanley tyler wayne
	abdulrahman ahmet anas ashraf bandar faris ghazi hisham jamil mansour marwan moncef
	mustapha nabeel rachid riad tarek youssef habib hamdi kais mehdi moez slim
	abdallah adolfo alberto alejandro alfonso alvaro andres angelo armando arturo augusto
	bernardo carlo cesar claudio cristiano diego eduardo emilio enrique ernesto esteban
	fabio federico felix fernando francisco franco gabriel gianni giorgio giuseppe gonzalo
	guillermo gustavo hector hugo ignacio jaime javier  joaquin jorge jose juan julio
	leonardo lorenzo luca luciano luis manuel marcelo marco mario martin mateo mauricio
	miguel nicolas oscar pablo paolo pedro rafael ramon raul ricardo roberto rodrigo
	salvador santiago sergio silvio tomas vicente victor alexei alexey anatoly andrei
	boris dmitri evgeny igor ivan konstantin leonid mikhail nikolai oleg pavel sergei
	sergey vladimir vladislav viktor yuri yury hamid hassan hussein ibrahim ismail jamal
	kamal karim khalid mahmoud mohamed mohammad mohammed muhammad mustafa nabil nasser omar
	osama rashid saad  salman sami tariq walid yasser yousef zaid recep ahmet abdullah
	kemal mehmet mustafa egemen hashim milorad slobodan zoran goran dragan ante ivo
	haris bakir emmanuel olusegun goodluck umaru muhammadu nnamdi chinua kwame jacob
	thabo jomo uhuru raila mwai yoweri robert morgan joseph patrice laurent denis paul
	kevin  kurt lars magnus mats nils olaf  sven jens hans helmut gerhard joschka
	guido frank jacques nicolas francois  laurent alain lionel  pierre
	philippe mahinda gotabaya ranil sarath hun thaksin abhisit surin susilo edhie joko
	prabowo anwar najib mahathir ferdinand benigno rodrigo  xi hu   shinzo
	yukio naoto taro kevin malcolm tony julian wayne mark philip stephen scott`)

	FemaleFirstNames = WordSet(`aishwarya alice amanda amy angela ann anna anne asma barbara
	benazir carla carol caroline catherine chelsea christine claire condoleezza cynthia
	diana elizabeth ellen emily emma farah fatima fehmida hillary hina helen indira jane janet
	jennifer jessica joan judith julia julie karen kate katherine kathleen laura leila linda
	lisa liz louise madeleine margaret maria marie mary maryam maya melissa michelle
	nancy natalie nicole nina nisha patricia priyanka rachel rebecca ruth sarah sharon
	sheila sherry shirin sonia sophie susan sushma suzanne theresa victoria virginia rita sara
	layla amina aisha fatma nadia nasreen robin wendy kathy samina sherry tehmina najma mamata
	nirupama meira sheikha hasina khaleda tzipi golda yulia hanan nancy penny kristina helle
	abigail adriana agnes alejandra alexandra alicia alina alison amelia ana andrea angelina
	anita annette antonia ariana audrey beatriz bernadette beth betty bettina brenda bridget
	camila carmen cecilia celia charlotte cheryl christina cristina claudia colleen connie
	cristina daniela danielle deborah debra denise diane dilma dolores  donna doris
	dorothy edith elena eleanor elisabeth ellen elvira erin esther eva evelyn federica fiona
	florence frances francesca gabriela gabrielle gillian gina giulia gloria  hannah
	harriet heather heidi helena hilda ilona ines ingrid irene  isabel isabella jacqueline
	jadranka janice  jeanne jill jo joanna jocelyn josephine  joyce juanita judy julie
	juliet justine karin katarina katrin kelly  kirsten kristin lara leah lena leslie
	lilian  lorena lucia lucy lydia lynn madeleine magdalena marcela margarita marguerite
	marian marianne marina marisol marta martha martine megan mercedes michele mildred
	miriam monica nadine naomi natalia natasha nora olga olivia paula pauline peggy phyllis
	pilar rania raquel regina renata rosa rosalind  roza sabine sally samantha sandra
	shannon shirley silvia simone sofia sonja stephanie susanna svetlana sylvia tamara tanya
	tatiana teresa tina tracy ursula valentina valerie vanessa vera veronica viola vivian
	wanda yolanda yvonne zainab zeynep zoe ngozi chioma funmilayo amaka ellen megawati
	kristiani   dewi retno yingluck   benazir  hina shireen malalai
	fawzia sima nino salome`)
)
