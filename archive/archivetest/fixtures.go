// Package archivetest makes cable archives for tests and benchmarks: a
// dozen cables invented for cables' tests (no real cable text), written as
// rows of cables.csv, as cablegate site pages and as reprint text files,
// and large generated archives made from their paragraphs.
package archivetest

import (
	"fmt"
	"strings"
	"time"
)

// Cable is an invented cable.
type Cable struct {
	ID             string
	Created        time.Time
	Released       time.Time
	Origin         string
	Classification string
	Header         string
	Body           string
}

func at(s string) time.Time {
	t, err := time.Parse("2006-01-02 15:04", s)
	if err != nil {
		panic(err)
	}
	return t
}

func header(post string) string {
	return "VZCZCXRO0001\nOO RUEHC\nDE RUEHXX #0001/01 0011200\nO 011200Z JAN 09\nFM AMEMBASSY " +
		strings.ToUpper(post) + "\nTO RUEHC/SECSTATE WASHDC IMMEDIATE 0001"
}

// Cables are the invented fixture cables, oldest first. Their words are
// written for cables' tests; the anatomy (banners, page lines, portion
// markings, artefacts) is the cables'.
var Cables = []Cable{
	{ID: "89VALLETTA101", Created: at("1989-03-02 10:10"), Released: at("2011-08-30 00:00"), Origin: "Embassy Valletta", Classification: "CONFIDENTIAL",
		Header: "P 021010Z MAR 89\nFM AMEMBASSY VALLETTA\nTO SECSTATE WASHDC PRIORITY 1001",
		Body: `C O N F I D E N T I A L SECTION 01 OF 02 VALLETTA 00101

E.O. 12356: DECL:OADR
TAGS: PREL MT
SUBJECT: HARBOUR MASTER'S VIEW OF THE FERRY DISPUTE

1. CONFIDENTIAL - ENTIRE TEXT.

2. SUMMARY: THE HARBOUR MASTER TOLD US THE FERRY DISPUTE
WILL END "WHEN THE WINTER STORMS DO" AND NOT BEFORE. END SUMMARY.

3. THE HARBOUR MASTER SAID THE TWO COMPANIES HAVE NOT SPOKEN
SINCE THE AUTUMN. HE EXPECTS NO SETTLEMENT UNTIL THE
VALLETTA 00000101 002 OF 002
MINISTRY NAMES A MEDIATOR. GRANT`},
	{ID: "07HARBORTOWN55", Created: at("2007-05-14 09:30"), Released: at("2010-12-05 12:00"), Origin: "Consulate Harbortown", Classification: "UNCLASSIFIED",
		Header: header("Harbortown"),
		Body: `UNCLAS HARBORTOWN 000055

SIPDIS

E.O. 12958: N/A
TAGS: ECON, ETRD, XX
SUBJECT: FISH MARKET REFORM STALLS

1. (U) The fish market reform that the mayor promised last year has stalled, traders told us on May 10. "Nobody wants to be first," one trader said.

2. (U) The mayor,s office blames the port authority; the port authority blames the weather. Neither has met the traders since March. BLAKE`},
	{ID: "08ISLAMABAD900", Created: at("2008-03-03 08:00"), Released: at("2010-11-30 21:00"), Origin: "Embassy Islamabad", Classification: "CONFIDENTIAL",
		Header: header("Islamabad"),
		Body: `C O N F I D E N T I A L SECTION 01 OF 02 ISLAMABAD 000900 

SIPDIS 

EO 12958 DECL: 03/03/2018 
TAGS PREL, PGOV, PK 
SUBJECT: PROVINCIAL MINISTER ON WATER SHARING 

REF: A. ISLAMABAD 812 B. 07 STATE 12345 

Classified By: Ambassador Jane Q. Example for reasons 1.4 (b) and (d)

Summary: (C) The provincial water minister told us the canal quarrel with the upper province is "a matter of arithmetic, not politics." He asked for U.S. help with new gauges on the main canals. End summary.

Water Arithmetic
---------------- 
1. (C) The minister said farmers downstream receive a third less water than the accord promises, and that the gap has grown each year since the gauges broke. He said he would raise the matter in the council of common interests but expected little
ISLAMABAD 00000900 002 OF 002
from it. (Comment: the council has not met since the autumn. End comment.)

2. (C) Asked about the elections, the minister said his party would "sit in the front row and keep quiet" until the results were known. EXAMPLE`},
	{ID: "08TUNIS300", Created: at("2008-06-10 12:00"), Released: at("2010-12-07 10:00"), Origin: "Embassy Tunis", Classification: "SECRET//NOFORN",
		Header: header("Tunis"),
		Body: `S E C R E T TUNIS 000300 

NOFORN 
SIPDIS 

E.O. 12958: DECL: 06/10/2018 
TAGS: PGOV, PREL, TS 
SUBJECT: THE OLIVE OIL BOARD AND ITS FRIENDS 

Classified By: Ambassador Sam Sample for reasons 1.4 (b) and (d). 

1. (S/NF) Summary: The olive oil board has become a private club for the families close to the palace. Exporters say licences go to "the Board's friends" and to nobody else. End summary. 

2. (S/NF) One exporter told us that his licence was withdrawn the week after he refused to sell a share of his firm. He said, "In this trade you either have friends or you have nothing." 

3. (S/NF) Comment: The board's behaviour discourages the investment the government says it wants. End comment. SAMPLE`},
	{ID: "09KABUL500", Created: at("2009-02-18 07:07"), Released: at("2010-12-02 09:00"), Origin: "Embassy Kabul", Classification: "CONFIDENTIAL",
		Header: header("Kabul"),
		Body: `C O N F I D E N T I A L KABUL 000500 

SIPDIS 

E.O. 12958: DECL: 02/18/2019 
TAGS: PGOV, AF 
SUBJECT: GOVERNOR'S COUNCIL ON ROADS 

Classified By: DCM John Doe, Reasons 1.4 (b) and (d) 

1. (C) The governor,s council met on February 15 to hear complaints about the new ring road. Elders said the contractor hires outsiders and pays late. 

2. (C) The governor promised to "look into it by Friday," a promise the elders said they had heard before. heQs been promising for a year, one elder said. DOE`},
	{ID: "09TUNIS700", Created: at("2009-08-12 16:04"), Released: at("2011-01-28 12:00"), Origin: "Embassy Tunis", Classification: "SECRET",
		Header: header("Tunis"),
		Body: `S E C R E T SECTION 01 OF 02 TUNIS 000700 

SIPDIS 

E.O. 12958: DECL: 08/12/2019 
TAGS: PGOV, PHUM, TS 
SUBJECT: TROUBLED HARVEST: WHAT THE DROUGHT MEANS 

Classified By: Ambassador Sam Sample for reasons 1.4 (b) and (d). 

1. (S) Summary and comment: The drought has cut the wheat harvest by half and the government's response has been slow. Rural families are leaving for the coast. The government will blame the weather, but the shortfall in storage is its own doing. End summary and comment. 

2. (S) Farmers in the interior told us that the state buyers paid late and paid less than promised. Many said they will not plant wheat next year. 

3. (S) The minister of agriculture insisted that the reserves are "more than sufficient" and that imports will cover the gap. Few of our contacts believe him. Storage at the main depot is at a third of capacity, a depot worker said, and the roof leaks.

4. (S) The government should be a reliable partner on food security. It is not. The program of reforms we discussed in the spring has not begun, and the ministry turns down offers of technical help. SAMPLE`},
	{ID: "09STATE4000", Created: at("2009-11-20 18:00"), Released: at("2010-12-10 08:00"), Origin: "Secretary of State", Classification: "CONFIDENTIAL",
		Header: "O 201800Z NOV 09\nFM SECSTATE WASHDC\nTO ALL DIPLOMATIC AND CONSULAR POSTS IMMEDIATE",
		Body: `C O N F I D E N T I A L STATE 004000 

E.O. 12958: DECL: 11/20/2019 
TAGS: PREL, KPAO 
SUBJECT: GUIDANCE ON THE FISHERIES TALKS 

1. (U) This is an action request. See paragraph 3.

2. (C) Posts should stress that the fisheries talks are technical and that no decision on quotas will be taken before the spring meeting.

3. (C) Action request: Posts are asked to deliver the points below to host governments by November 30.

15. (C) Points to deliver: the United States remains a self-appointed frontrunner for open data on catches, and will share its surveys with all parties. CLINTON`},
	{ID: "10ISLAMABAD77", Created: at("2010-01-11 11:11"), Released: at("2010-12-01 11:00"), Origin: "Embassy Islamabad", Classification: "SECRET",
		Header: header("Islamabad"),
		Body: `S E C R E T ISLAMABAD 000077 

SIPDIS 

E.O. 12958: DECL: 01/11/2020 
TAGS: PREL, MOPS, PK 
SUBJECT: CHIEF OF STAFF ON BORDER POSTS 

Classified By: Ambassador Jane Q. Example for reasons 1.4 (b) and (d) 

1. (S) The chief of staff said the army would open six new border posts before the summer and asked that U.S. forces on the other side be told of each one in advance. "We do not want any misunderstanding at night," he said.

2. (S) He said the posts would be manned by regular troops and not by the frontier militia, which he called "brave but untrained." EXAMPLE`},
	{ID: "10HARBORTOWN9", Created: at("2010-02-02 14:00"), Released: at("2011-08-30 00:00"), Origin: "Consulate Harbortown", Classification: "CONFIDENTIAL//NOFORN",
		Header: header("Harbortown"),
		Body: `C O N F I D E N T I A L HARBORTOWN 000009 

NOFORN 
SIPDIS 

E.O. 12958: DECL: 02/02/2020 
TAGS: PGOV, XX 
SUBJECT: MAYOR'S CHALLENGER GAINS GROUND 

Classified By: Consul General Ann Other, reason 1.4 (d) 

1. (C//NF) The mayor's challenger, a former harbour pilot, drew a crowd of several thousand on January 30. His message is simple: the mayor has "forgotten the port." 

2. (C//NF) Contacts say the mayor donQt take the challenge seriously and is spending the campaign abroad. OTHER`},
	{ID: "10NEWDELHI150", Created: at("2010-02-16 13:00"), Released: at("2010-12-01 12:00"), Origin: "Embassy New Delhi", Classification: "SECRET",
		Header: header("New Delhi"),
		Body: `S E C R E T NEW DELHI 000150 

SIPDIS 

E.O. 12958: DECL: 02/16/2020 
TAGS: PREL, MARR, IN 
SUBJECT: RAIL GAUGE DOCTRINE: MORE PLAN THAN PRACTICE 

Classified By: Ambassador Tom Roe for reasons 1.4 (b) and (d) 

1. (S) The railway board's "Gauge Doctrine" is a mixture of plan and practice. It has never been fully carried out and may never be, because of serious shortages of money and engineers.

2. (S) Board officials told us that the doctrine is reviewed each year and changed little. ROE`},
	{ID: "10KABUL800", Created: at("2010-03-05 05:05"), Released: at("2010-12-03 15:00"), Origin: "Embassy Kabul", Classification: "CONFIDENTIAL",
		Header: header("Kabul"),
		Body: `C O N F I D E N T I A L KABUL 000800 

SIPDIS 

E.O. 12958: DECL: 03/05/2020 
TAGS: PGOV, AF 
SUBJECT: PROVINCIAL COUNCIL CHAIRMAN PROFILE 

Classified By: DCM John Doe, Reasons 1.4 (b) and (d) 

1. (C) The provincial council chairman is, by most accounts, capable and ruthless. Several contacts described him as "the man who owns the bazaar." (Note: he denies owning any shop. End note.)

2. (C) He told us he would stand for parliament, and that his rivals are "small men with big cars." DOE`},
	{ID: "10TUNIS20", Created: at("2010-01-20 10:00"), Released: at("2010-12-28 10:00"), Origin: "Embassy Tunis", Classification: "CONFIDENTIAL",
		Header: header("Tunis"),
		Body: `C O N F I D E N T I A L TUNIS 000020 

SIPDIS 

E.O. 12958: DECL: 01/20/2020 
TAGS: PGOV, TS 
SUBJECT: THE BOARD AGAIN 

Classified By: Ambassador Sam Sample for reasons 1.4 (b) and (d). 

1. (C) The olive oil board again refused an export licence this month. The exporter said the board wants "friends, not firms." 

2. (C) The exporter said the board's chairman was seen at three weddings in one week. SAMPLE`},
}

// Row is a cable as a row of cables.csv, with backslash escapes, numbered
// n (the file's first column).
func Row(n int, c Cable, refs string) string {
	fields := []string{fmt.Sprint(n), c.Created.Format("1/2/2006 15:04"), c.ID, c.Origin, c.Classification, refs, c.Header, c.Body}
	for i, f := range fields {
		fields[i] = `"` + escapeCSV(f) + `"`
	}
	return strings.Join(fields, ",") + "\n"
}

// escapeCSV writes a field as cables.csv does: a backslash before quotes
// and backslashes.
func escapeCSV(s string) string {
	s = strings.ReplaceAll(s, `\`, `\\`)
	return strings.ReplaceAll(s, `"`, `\"`)
}

// CSV is the fixture cables as one cables.csv.
func CSV() string {
	var b strings.Builder
	for i, c := range Cables {
		b.WriteString(Row(i+1, c, ""))
	}
	return b.String()
}
