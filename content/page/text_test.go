package page

import (
	"os"
	"slices"
	"strings"
	"testing"
)

func mustParse(t *testing.T, name, text string) *storyView {
	t.Helper()
	s, err := ReadText(name, []byte(text))
	if err != nil {
		t.Fatalf("ReadText: %v", err)
	}
	return &storyView{Title: s.Title, Published: s.Published.String(), Updated: s.Updated.String(),
		Dateline: s.Dateline, Byline: s.Byline, Outlet: s.Outlet, Captions: s.Captions, Paragraphs: s.Paragraphs}
}

// storyView is the part of a story the reader rules decide.
type storyView struct {
	Title, Published, Updated, Dateline, Byline, Outlet string
	Captions, Paragraphs                                []string
}

const body1 = "The ambassador met the minister on Tuesday and the two spoke for an hour about the border."
const body2 = "Officials in the capital declined to say what was agreed, and no statement was issued afterwards."

func TestDateLines(t *testing.T) {
	tests := []struct {
		name, line                string
		published, updated, place string
	}{
		{"page stamp with update, zone and place", "December 03, 2010 02:22 pm | Updated December 04, 2021 10:58 pm IST - Washington",
			"2010-12-03T14:22:00+05:30", "2021-12-04T22:58:00+05:30", "Washington"},
		{"a weekday and a date with spaced commas", "Sunday , December 5 , 2010", "2010-12-05", "", ""},
		{"labelled day-month-year", "Published: 3 Dec 2010", "2010-12-03", "", ""},
		{"a credit in brackets after a middle dot", "Published: December 3, 2010; 22:49 · (Example Post)", "2010-12-03T22:49:00", "", ""},
		{"by a writer for an outlet in lower case, then the date", "By Ana Vell for de Volkskrant, January 16, 2011", "2011-01-16", "", ""},
		{"by a writer of three names for a site, then the date", "by Ana Luisa Vell for Example Leaks, January 16 2011", "2011-01-16", "", ""},
		{"written by a blogger on a day, the clock after a bar", "Written By janeroe on Friday, December 3, 2010 | 9:28 PM", "2010-12-03T21:28:00", "", ""},
		{"an update after a comma is a segment of its own", "on December 03, 2010 at 5:45 PM, updated December 03, 2010 at 5:56 PM", "2010-12-03T17:45:00", "2010-12-03T17:56:00", ""},
		{"weekday, dotted time and GMT", "Fri 3 Dec 2010 12.35 GMT", "2010-12-03T12:35:00Z", "", ""},
		{"ISO date", "2010-12-03", "2010-12-03", "", ""},
		{"RFC 3339 time", "Posted 2010-12-03T09:15:00-05:00", "2010-12-03T09:15:00-05:00", "", ""},
		{"bare month day year", "May 30, 2011", "2011-05-30", "", ""},
		{"this article is from", "This Article is From Dec 01, 2010", "2010-12-01", "", ""},
		{"only an update time: it stands for both", "Updated: June 5, 2011 11:40 AM", "2011-06-05T11:40:00", "2011-06-05T11:40:00", ""},
		{"last updated with weekday and GMT", "Last Updated: Sunday, 06 February 2011, 14:05 GMT", "2011-02-06T14:05:00Z", "2011-02-06T14:05:00Z", ""},
		{"labels in segments of their own", "Published - December 03, 2010 02:22 pm IST", "2010-12-03T14:22:00+05:30", "", ""},
		{"agency credit before the date", "TNN | Dec 3, 2010, 02.22am IST", "2010-12-03T02:22:00+05:30", "", ""},
		{"ISO date and clock with seconds", "2010-12-03 14:22:05", "2010-12-03T14:22:00", "", ""},
		{"ordinal day and weekday", "Friday, 3rd December 2010", "2010-12-03", "", ""},
		{"ordinal day, of, month", "Saturday 4th of December 2010", "2010-12-04", "", ""},
		{"a count of comments after the date", "3rd December 2010, Comments 0 comments", "2010-12-03", "", ""},
		{"a date line in brackets", "[Friday, 3 December 2010 13:48]", "2010-12-03T13:48:00", "", ""},
		{"an agency, a date and a count of comments in brackets", "[AFP, Friday, 3 December 2010 13:48 One Comment]", "2010-12-03T13:48:00", "", ""},
		{"hours glued to the clock", "03 Dec 2010 at 20:02hrs", "2010-12-03T20:02:00", "", ""},
		{"the latest update, spaced colon", "Latest update : 2010-12-03", "2010-12-03", "", ""},
		{"zones in brackets, the time again in another zone", "Last Updated: Fri Dec 03, 2010 18:53 pm (KSA) 15:53 pm (GMT)", "2010-12-03T18:53:00+03:00", "2010-12-03T18:53:00+03:00", ""},
		{"a place, then a short credit by a paper", "Dec. 3, 2010, 2:49 a.m. | Kandia — by Example Post", "2010-12-03T02:49:00", "", "Kandia"},
		{"originally published by a paper, then the date", "Originally published by Example Gazette, 09 Dec 2010", "2010-12-09", "", ""},
		{"numeric day first, clock in its own segment", "30/11/2010 - 18h42", "2010-11-30T18:42:00", "", ""},
		{"dotted numeric date with a label", "Date 28.11.2010", "2010-11-28", "", ""},
		{"hyphenated numeric date with a label, day first", "Publication Date : 01-08-2014", "2014-08-01", "", ""},
		{"hyphenated numeric date that can only be month first, with a clock", "11-30-2010, 07:33 AM", "2010-11-30T07:33:00", "", ""},
		{"a year-first hyphenated date without padding", "Posted 2010-12-3", "2010-12-03", "", ""},
		{"hyphenated dates, one only month first, set the page's order for the other", "Posted 11-30-2010 07:33 AM | Updated 12-01-2010 09:00 AM", "2010-11-30T07:33:00", "2010-12-01T09:00:00", ""},
		{"dotted numeric date ending in a full stop, after the weekday", "Thursday, 28.11.2010.", "2010-11-28", "", ""},
		{"site credit before the date", "example.co.uk, Sunday 28 November 2010 22.30 GMT", "2010-11-28T22:30:00Z", "", ""},
		{"place before the date, clock and zone after", "Madrid 01 DEC 2010 - 10:22 CET", "2010-12-01T10:22:00+01:00", "", "Madrid"},
		{"a clock glued to the year", "Thursday Mar 3, 201109:10 PM GMT", "2011-03-03T21:10:00Z", "", ""},
		{"place before the date, a label at the end", "LUSAKA, Thursday March 03, 2011 | Update", "2011-03-03", "", "LUSAKA"},
		{"site, section and weekday before the date", "ExampleWeb | General News of Wednesday, 7 September 2011", "2011-09-07", "", ""},
		{"clock before the date", "Published: 00:00, Dec 20, 2010 | Updated: 02:15, Dec 20, 2010", "2010-12-20T00:00:00", "2010-12-20T02:15:00", ""},
		{"American zone in winter", "March 11, 2011 4:12 PM ET", "2011-03-11T16:12:00-05:00", "", ""},
		{"American zone in summer", "July 4, 2011 9:05 AM PT", "2011-07-04T09:05:00-07:00", "", ""},
		{"time of the update alone after the date", "Friday, 10 December 2010 | Last updated 17:48 CET", "2010-12-10", "2010-12-10T17:48:00+01:00", ""},
		{"an update time in four digits, repeated in another zone", "December 16, 2010 -- Updated 1612 GMT (0012 HKT)", "2010-12-16", "2010-12-16T16:12:00Z", ""},
		{"byline and agency before the date", "By Jane Roe | AFP – Thu, Dec 2, 2010", "2010-12-02", "", ""},
		{"section and a comments link after the date", "On December 9, 2010 6:12 am / In News / Comments", "2010-12-09T06:12:00", "", ""},
		{"blog post date and the writer's handle", "Posted on July 8, 2019 by janeroe", "2019-07-08", "", ""},
		{"blog writer's handle before the date", "Posted by janeroe on July 8, 2019", "2019-07-08", "", ""},
		{"date and the sections the post is filed under", "December 27, 2010 in News, Politics", "2010-12-27", "", ""},
		{"byline, agency, weekday and an American zone on one line", "By JANE ROE and JOHN DOE, Associated Press – Fri Mar 11, 2011 4:12 pm ET", "2011-03-11T16:12:00-05:00", "", ""},
		{"date in brackets glued to the zone", "First Published: 12:31 IST(17/3/2011)", "2011-03-17T12:31:00+05:30", "", ""},
		{"a year glued to the comma after the month, and an empty segment", "4 March,2011 09:15 PM IST |   |  Agencies", "2011-03-04T21:15:00+05:30", "", ""},
		{"an agency before the date, a clock with seconds", "IANS 4 Mar 2011, 09:15:30 IST", "2011-03-04T09:15:00+05:30", "", ""},
		{"a section's name before the update label", "world Updated: Mar 4, 2011 09:15 IST", "2011-03-04T09:15:00+05:30", "2011-03-04T09:15:00+05:30", ""},
		{"a date line in a bulleted list, the comma before the day", "  • Friday ,04 March 2011", "2011-03-04", "", ""},
		{"a date in Portuguese with its weekday", "quinta-feira, 3 de março de 2011", "2011-03-03", "", ""},
		{"a date in Spanish with its weekday", "Jueves 3 de marzo de 2011", "2011-03-03", "", ""},
		{"a date in French with its weekday", "jeudi 3 mars 2011", "2011-03-03", "", ""},
		{"a date in German with its weekday", "Donnerstag, 3. März 2011", "2011-03-03", "", ""},
		{"a date in Dutch with its weekday", "donderdag 3 maart 2011", "2011-03-03", "", ""},
		{"a date in Italian with its weekday", "giovedì 3 marzo 2011", "2011-03-03", "", ""},
		{"the printed page and its section after the date", "Thu, Mar 3, 2011 - Page 4 World News", "2011-03-03", "", ""},
		{"a clock and how long ago after the date", "March 3, 2011 / 9:10 AM / 9 years ago", "2011-03-03T09:10:00", "", ""},
		{"a clock and a byline in capitals after the date", "3 March 2011 - 09:10 By JANE ROE", "2011-03-03T09:10:00", "", ""},
		{"a zone in brackets as UTC and an offset", "3 March 2011 09:10 (UTC +02:00)", "2011-03-03T09:10:00+02:00", "", ""},
		{"a section's name of three words before the date", "Southern Africa Materials 3 March 2011 09:10 (UTC +02:00)", "2011-03-03T09:10:00+02:00", "", ""},
		{"a numeric date spaced, day first", "03 03 2011", "2011-03-03", "", ""},
		{"slashes glued to the words before them, and a paper's name", "March 3, 2011, Thursday/ 09:10:00/ TODAY'S HERALD", "2011-03-03T09:10:00", "", ""},
		{"a blog's filing line without the writer's name, and its count of comments", "Posted by on March 3, 2011 0 Comment", "2011-03-03", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := mustParse(t, "x.txt", "A Headline About Cables\n\n"+tt.line+"\n\n"+body1+"\n\n"+body2)
			if s.Published != tt.published || s.Updated != tt.updated || s.Dateline != tt.place {
				t.Errorf("got published %q updated %q place %q; want %q %q %q",
					s.Published, s.Updated, s.Dateline, tt.published, tt.updated, tt.place)
			}
			if len(s.Paragraphs) != 2 {
				t.Errorf("the date line leaked into the body: %q", s.Paragraphs)
			}
		})
	}
}

// TestReferenceNumberIsNoDate: a year-first number with a day of three
// digits ("Ref 2010-12-001") is a reference, not the page's date, and
// stays in the story.
func TestReferenceNumberIsNoDate(t *testing.T) {
	s := mustParse(t, "x.txt", "A Headline About Cables\n\nRef 2010-12-001\n\nBy Lena Marsh\n\n14 December 2010\n\n"+body1+"\n\n"+body2)
	if s.Published != "2010-12-14" {
		t.Errorf("published %q, want 2010-12-14", s.Published)
	}
	if len(s.Paragraphs) != 3 || s.Paragraphs[0] != "Ref 2010-12-001" {
		t.Errorf("the reference left the story: %q", s.Paragraphs)
	}
}

func TestNumericDateOrderOfThePage(t *testing.T) {
	tests := []struct{ name, elsewhere, published string }{
		{"day first unless the page shows otherwise", "", "2010-02-12T18:11:00"},
		{"month first on a page that writes 11/29/2010", "Related: What the cables say (11/29/2010)", "2010-12-02T18:11:00"},
		{"day first on a page that writes both orders", "Related: What the cables say (11/29/2010)\n\nArchive: 29/11/2010", "2010-02-12T18:11:00"},
		{"month first on a page that writes 11-29-2010", "Related: What the cables say (11-29-2010)", "2010-12-02T18:11:00"},
		{"a phone number shaped like a date settles nothing", "Readers can call the desk on 01-23-4567 with tips.", "2010-02-12T18:11:00"},
		{"a code that goes on after its year settles nothing", "The archive code 09-14-2010-A was used.", "2010-02-12T18:11:00"},
		{"month first on a page that writes a range 11/29/2010-12/01/2010", "The set covers cables filed 11/29/2010-12/01/2010 by the embassy.", "2010-12-02T18:11:00"},
		{"month first on a page whose link holds /11/29/2010/", "Archive: example.org/cables/11/29/2010/index", "2010-12-02T18:11:00"},
		{"slashed dates settle the order before a body's hyphenated one", "Related: What the cables say (11/29/2010)\n\nThe oldest cable, dated 29-11-2010, reached the desk late.", "2010-12-02T18:11:00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := mustParse(t, "x.txt", "A Headline About Cables\n\n12/02/2010 06:11 PM\n\n"+body1+"\n\n"+body2+"\n\n"+tt.elsewhere)
			if s.Published != tt.published {
				t.Errorf("published %q, want %q", s.Published, tt.published)
			}
		})
	}
}

// A numeric date that could be read either way is read the way the page
// writes its dates in words: "March 4, 2011" is month first.
func TestNumericDateOrderOfThePageWords(t *testing.T) {
	for _, tt := range []struct{ name, elsewhere, published string }{
		{"month first on a page that writes March 4, 2011", "The cable was sent on March 4, 2011, and read on March 9, 2011.", "2010-12-02T18:11:00"},
		{"day first on a page that writes 4 March 2011", "The cable was sent on 4 March 2011, and read on 9 March 2011.", "2010-02-12T18:11:00"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			s := mustParse(t, "x.txt", "A Headline About Cables\n\n12/02/2010 06:11 PM\n\n"+body1+"\n\n"+tt.elsewhere+"\n\n"+body2)
			if s.Published != tt.published {
				t.Errorf("published %q, want %q", s.Published, tt.published)
			}
		})
	}
}

// A weather widget over the headline prints today's date and the reader's
// town; neither is the story's.
func TestWeatherWidgetAboveTheHeadline(t *testing.T) {
	text := "Envoy wrote of the strike\nToday in Lusaka, Zambia\nMar 4, 2021-Thursday\nLusaka\n  • Humidity\n  • Wind\n\nEnvoy wrote of the strike\n\n" +
		"world Updated: Mar 4, 2011 09:15 IST\n\n" + body1 + "\n\n" + body2
	s := mustParse(t, "x.txt", text)
	if s.Published != "2011-03-04T09:15:00+05:30" || s.Dateline != "" || !slices.Equal(s.Paragraphs, []string{body1, body2}) {
		t.Errorf("published %q dateline %q body %q", s.Published, s.Dateline, s.Paragraphs)
	}
}

func TestAgencyAfterTheBylineIsTheOutlet(t *testing.T) {
	s := mustParse(t, "x.txt", "A Headline About Cables\n\nBy Jane Roe | AFP – Thu, Dec 2, 2010\n\n"+body1)
	if s.Outlet != "AFP" || s.Byline != "Jane Roe" {
		t.Errorf("outlet %q byline %q", s.Outlet, s.Byline)
	}
}

func TestSentenceWithADateIsBody(t *testing.T) {
	for _, sentence := range []string{
		"The cable, dated May 30, 2011, was sent from the embassy to Washington.",
		"The cable was sent on May 30, 2011 by the ambassador.",
		"The cable was filed on May 30, 2011 in Kabul.",
	} {
		s := mustParse(t, "x.txt", "Headline\n\n"+sentence+"\n\n"+body1)
		if s.Published != "" || len(s.Paragraphs) != 2 {
			t.Errorf("published %q, paragraphs %q: a sentence naming a date is body, not a date line", s.Published, s.Paragraphs)
		}
	}
}

func TestDatelines(t *testing.T) {
	tests := []struct{ name, first, place, outlet string }{
		{"wire dateline with agency", "NEW YORK, Nov. 30 (UPI) -- " + body1, "NEW YORK", "UPI"},
		{"capitals and an em dash", "WASHINGTON — " + body1, "WASHINGTON", ""},
		{"city and a colon", "New Delhi: " + body1, "New Delhi", ""},
		{"caption glued before the city", "Minister Lucknow: " + body1, "Lucknow", ""},
		{"a person's name and a colon is no dateline", "Kerry: " + body1, "", ""},
		{"city, date and agency before a colon", "Karachi, Dec 3 (PTI): " + body1, "Karachi", "PTI"},
		{"city and country before a dash", "NAIROBI, Kenya — " + body1, "NAIROBI, Kenya", ""},
		{"city, country and a date before a hyphen", "NAIROBI, Kenya, Feb 28 - " + body1, "NAIROBI, Kenya", ""},
		{"a site, the city, the country and a date before a colon", "Example News, LONDON, England, Thurs. Dec. 23, 2010: " + body1, "LONDON, England", ""},
		{"city, country and agency before a dash", "NAIROBI, Kenya (AP) — " + body1, "NAIROBI, Kenya", "AP"},
		{"agency in brackets and a hyphen", "BRASILIA (Reuters) - " + body1, "BRASILIA", "Reuters"},
		{"reporting from", "Reporting from Mexico City — " + body1, "Mexico City", ""},
		{"a comma left of a credit the page lost", ", LUSAKA, Mar 3 – " + body1, "LUSAKA", ""},
		{"capitals glued to an en dash", "LUSAKA–" + body1, "LUSAKA", ""},
		{"city and country in capitals glued to an em dash", "PORT ASTER, KANDIA—" + body1, "PORT ASTER, KANDIA", ""},
		{"capitals before a full stop and a hyphen", "PORT ASTER.- " + body1, "PORT ASTER", ""},
		{"a town, its country and a wire's credit before a hyphen", "Aster, Kandia (PANA) - " + body1, "Aster, Kandia", "PANA"},
		{"two words in capitals before a colon", "PORT ASTER: " + body1, "PORT ASTER", ""},
		{"a label in capitals is no dateline", "BREAKING NEWS: " + body1, "", ""},
		{"capitals glued to an em dash", "LUSAKA—" + body1, "LUSAKA", ""},
		{"a known city glued to an em dash", "Lusaka—" + body1, "Lusaka", ""},
		{"city, date and agency with no dash after it", "Lusaka, Mar 3 (IANS) " + body1, "Lusaka", "IANS"},
		{"a site's name in brackets before a glued em dash", "Lusaka, Mar 3 (example.com)—" + body1, "Lusaka", ""},
		{"a paper and its place on a line of their own", "The Example Post, LUSAKA\n\n" + body1, "LUSAKA", ""},
		{"a wire dateline ending in a full stop", "LUSAKA. " + body1, "LUSAKA", ""},
		{"a wire dateline alone on its line, with a full stop", "LUSAKA.\n\n" + body1, "LUSAKA", ""},
		{"a caption's date and place are no dateline", "MAR. 4, 2011, LUSAKA: Dock workers wait at the port gate.\n\nNDOLA — " + body1, "NDOLA", ""},
		{"capitals after the story's start are a subhead", body1 + "\n\nPORT TALKS: " + body1, "", ""},
		{"no dateline", body1, "", ""},
		{"a wire dateline under a standfirst, the outlet and a subheading", "Leaked cables show the envoy's doubts about the port and its master.\n\nKandia Online\n\nWorried about the port\n\nPARIS - " + body1, "PARIS", ""},
		{"a widget's date and temperature under them is no dateline", "Leaked cables show the envoy's doubts about the port and its master.\n\nKandia Online\n\nWorried about the port\n\nThursday 9 February 2023 Lusaka: 21°C\n\n" + body1, "", ""},
		{"a wire's dateline under a standfirst of two paragraphs", body1 + "\n\n" + body2 + "\n\nKandia Online\n\nLUSAKA (Reuters) - The cables from the US embassy were leaked in May and published by several newspapers this week.", "LUSAKA", "Reuters"},
		{"a city opening a roundup's fourth paragraph is no dateline", body1 + "\n\n" + body2 + "\n\n" + body1 + "\n\nLONDON – The foreign office, asked about the cables on Friday, replied that it had no comment on leaked documents.", "", ""},
		{"a quoted cable's summary under them is no dateline", "Leaked cables show the envoy's doubts about the port and its master.\n\nKandia Online\n\nWorried about the port\n\n“SUMMARY: " + body1 + "”", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := mustParse(t, "x.txt", "Headline\n\n"+tt.first+"\n\n"+body2)
			if s.Dateline != tt.place || s.Outlet != tt.outlet {
				t.Errorf("dateline %q outlet %q; want %q %q", s.Dateline, s.Outlet, tt.place, tt.outlet)
			}
		})
	}
}

func TestDatelineUnderADateLineCaptionAndShareBar(t *testing.T) {
	text := "Headline\n\nBy JANE ROE\nMarch 11, 2011 4:12 PM ET\n\nThe minister at the palace on Friday. John Doe/Associated Press\n\n" +
		"Facebook  Twitter  Email  Share  Print  Reprints\n\nJAKARTA, Indonesia — " + body1 + "\n\n" + body2
	s := mustParse(t, "x.txt", text)
	if s.Dateline != "JAKARTA, Indonesia" || s.Published != "2011-03-11T16:12:00-05:00" {
		t.Errorf("dateline %q published %q", s.Dateline, s.Published)
	}
}

// A place no list knows, in ordinary case, before a full date and a dash
// is a dateline (place-before-full-date); a full date and a dash alone
// open the body with the story's date (leadingDate).
func TestDateAtTheHeadOfTheBody(t *testing.T) {
	for _, tt := range []struct{ name, first, place, published string }{
		{"place-before-full-date", "Port Aster, December 2nd, 2010 ( – " + body1, "Port Aster", "2010-12-02"},
		{"leading date and a dash, no place", "December 15, 2010 -- " + body1, "", "2010-12-15"},
		{"a date without its year is no story date", "December 15 -- " + body1, "", ""},
		{"a sentence that opens with a place and a date is no dateline", "Port Aster, December 2nd, 2010, was a quiet day – " + body1, "", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			s := mustParse(t, "x.txt", "Headline\n\n"+tt.first+"\n\n"+body2)
			if s.Dateline != tt.place || s.Published != tt.published {
				t.Errorf("dateline %q published %q; want %q %q", s.Dateline, s.Published, tt.place, tt.published)
			}
		})
	}
}

func TestDatelineWithItsDateOnALineOfItsOwn(t *testing.T) {
	s := mustParse(t, "x.txt", "Headline\n\nNEW DELHI, March 17, 2011\n\n"+body1)
	if s.Dateline != "NEW DELHI" || s.Published != "2011-03-17" || !slices.Equal(s.Paragraphs, []string{body1}) {
		t.Errorf("dateline %q published %q body %q", s.Dateline, s.Published, s.Paragraphs)
	}
}

// A page with no date line of its own may print the date in the body's
// dateline, after the place or its agency; a date there without a year,
// or a date later in the lede, is not the story's.
func TestDateInTheBodysDateline(t *testing.T) {
	tests := []struct{ name, first, published string }{
		{"after the agency, with no dash", "Lusaka (AFP) Mar 3, 2011 " + body1, "2011-03-03"},
		{"after the place and a comma", "LUSAKA, March 3, 2011 (Reuters) - " + body1, "2011-03-03"},
		{"without a year", "LUSAKA, Mar. 3 (UPI) -- " + body1, ""},
		{"after the country, with a weekday", "Example News, LUSAKA, Zambia, Thurs. Mar. 3, 2011: " + body1, "2011-03-03"},
		{"after a wire's full stop, then a colon", "LUSAKA ZM. March 3, 2011: " + body1, "2011-03-03"},
		{"in the lede, not the dateline", "LUSAKA — On March 3, 2011 the consul wrote that the port was quiet.", ""},
		{"before the place in brackets", "March 3, 2011 (LUSAKA) – " + body1, "2011-03-03"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := mustParse(t, "x.txt", "Headline\n\n"+tt.first+"\n\n"+body2)
			if s.Published != tt.published || s.Dateline == "" {
				t.Errorf("published %q dateline %q; want %q", s.Published, s.Dateline, tt.published)
			}
		})
	}
}

func TestHeaderLines(t *testing.T) {
	s := mustParse(t, "x.txt", "Headline\nFrom the Newspaper\n\nMay 5, 2011\n\nJane Roe\n\n"+body1+"\n\nShort Subhead Here\n\n"+body2)
	if s.Byline != "Jane Roe" || !slices.Equal(s.Paragraphs, []string{body1, "Short Subhead Here", body2}) {
		t.Errorf("byline %q body %q: a name alone under the date is the byline, a label is chrome, and a subhead inside the story stays", s.Byline, s.Paragraphs)
	}
	s = mustParse(t, "x.txt", "Headline\n\nMay 5, 2011\n\nJane Roe\nSenior Fellow, Example Security Program\n\n"+body1)
	if s.Byline != "Jane Roe" || !slices.Equal(s.Paragraphs, []string{body1}) {
		t.Errorf("byline %q body %q: the writer's role under the byline is no body", s.Byline, s.Paragraphs)
	}
	s = mustParse(t, "x.txt", "Headline\nKyodo\n\n"+body1)
	if s.Outlet != "Kyodo" || !slices.Equal(s.Paragraphs, []string{body1}) {
		t.Errorf("outlet %q body %q", s.Outlet, s.Paragraphs)
	}
}

func TestDatelineOnALineOfItsOwn(t *testing.T) {
	s := mustParse(t, "x.txt", "Headline\n\nWashington, Dec 3 (PTI)\n\n"+body1)
	if s.Dateline != "Washington" || s.Outlet != "PTI" || !slices.Equal(s.Paragraphs, []string{body1}) {
		t.Errorf("dateline %q outlet %q body %q", s.Dateline, s.Outlet, s.Paragraphs)
	}
	for _, line := range []string{"Lusaka -", "LUSAKA —"} {
		s = mustParse(t, "x.txt", "Headline\n\nPublished Mar 3, 2011\n\n"+line+"\n\n"+body1)
		if !strings.EqualFold(s.Dateline, "Lusaka") || !slices.Equal(s.Paragraphs, []string{body1}) {
			t.Errorf("%q: dateline %q body %q", line, s.Dateline, s.Paragraphs)
		}
	}
}

func TestBylineAfterADateOnOneLine(t *testing.T) {
	s := mustParse(t, "x.txt", "Headline\n\nDecember 2, 2010|By Jane Roe and Richard Doe, The Example Times\n\n"+body1)
	if s.Published != "2010-12-02" || s.Byline != "By Jane Roe and Richard Doe, The Example Times" && s.Byline != "Jane Roe and Richard Doe, The Example Times" ||
		!slices.Equal(s.Paragraphs, []string{body1}) {
		t.Errorf("published %q byline %q body %q", s.Published, s.Byline, s.Paragraphs)
	}
}

func TestTopPrintedTwiceAroundALineOfItsOwn(t *testing.T) {
	caption := "Trade Minister Omar Qadir arrives at a cabinet meeting in Port Vell on Thursday."
	s := mustParse(t, "x.txt", "Envoy doubted the port deal\n"+body1+"\n"+caption+"\nEnvoy doubted the port deal\n"+body1+"\n"+body2)
	n := 0
	for _, p := range s.Paragraphs {
		if p == body1 {
			n++
		}
	}
	if !slices.Contains(s.Paragraphs, body2) || n != 1 {
		t.Errorf("body %q: want the story once, whatever the first print held besides", s.Paragraphs)
	}
}

func TestBylineAboveATopPrintedTwice(t *testing.T) {
	s := mustParse(t, "x.txt", "Envoy doubted the port deal\nBy Jane Roe\nDecember 3, 2010\n"+body1+"\nEnvoy doubted the port deal\n"+body1+"\n"+body2)
	if s.Byline != "Jane Roe" || !slices.Equal(s.Paragraphs, []string{body1, body2}) {
		t.Errorf("byline %q, body %q: want Jane Roe and the story once", s.Byline, s.Paragraphs)
	}
}

func TestBylines(t *testing.T) {
	for _, tt := range []struct{ line, want string }{
		{"By Jane Roe", "Jane Roe"},
		{"By Jane Roe and Richard Doe, Reuters", "Jane Roe and Richard Doe, Reuters"},
		{"BY JANE ROE | Updated", "JANE ROE"},
		{"Staff Correspondent", "Staff Correspondent"},
		{"By Our Political Correspondent", "Our Political Correspondent"},
		{"Author Example Wire staff (dpa, AFP)", "Example Wire staff (dpa, AFP)"},
		{"Jane Roe in Istanbul", "Jane Roe"},
		{"Jane Roe, Middle East editor", "Jane Roe"},
		{"JANE ROE, Religious Affairs Correspondent", "JANE ROE"},
		{"By Tom Berg for Example Wire in Port Vell, January 16, 2011", "Tom Berg for Example Wire"},
		{"by Jane Roe", "Jane Roe"},
		{"Text by Jane Roe", "Jane Roe"},
		{"by Staff Reporter", "Staff Reporter"},
		{"Posted on July 8, 2019 by Jane Roe", "Jane Roe"},
		{"Jane Roe and Richard Doe", "Jane Roe and Richard Doe"},
	} {
		s := mustParse(t, "x.txt", "Headline\n\n"+tt.line+"\n\n"+body1)
		if s.Byline != tt.want || len(s.Paragraphs) != 1 {
			t.Errorf("%q: byline %q, body %q; want %q and one paragraph", tt.line, s.Byline, s.Paragraphs, tt.want)
		}
	}
	s := mustParse(t, "x.txt", "Headline\n\nBy the time the cable arrived, the minister had already left the country for talks.")
	if s.Byline != "" {
		t.Errorf("a sentence starting with By is no byline: got %q", s.Byline)
	}
}

func TestSiteChrome(t *testing.T) {
	tests := []struct{ name, before, after string }{
		{"skip link and sign-in prompt at the start", "Skip to main content\nSign in to read more", ""},
		{"skip links glued together, and numbered", "Skip to main contentSkip to navigation\n1. Skip to content", ""},
		{"a skip link that jumps", "Jump to content", ""},
		{"a skip link glued to the access keys' links, and a date line without its dates", "Skip to main contentAccess keys helpA-Z index\n  • Help\n  • Text only\nPosted , updated\nEmail to a friend   Printable version", ""},
		{"counter and subscription box at the end", "", "0 / 0\nSign in to unlock member-only benefits!\n  • Read stories later\n  • Manage your newsletters\nSign in"},
		{"comment section at the end", "", "Comments\nComments must be civil and in full sentences. Please abide by our community guidelines when you comment on an article.\nLeave a comment"},
		{"share bar and related links", "Share\nFacebook Twitter WhatsApp Email", "Related stories:\nRead more: another story about cables"},
		{"newsletter, app and cookie notices", "We use cookies to improve your experience.\nDownload the app", "Subscribe to our newsletter\nGet the app on Google Play"},
		{"age stamp and reading time", "Published 12 years ago\n4 min read", "Advertisement\n© 2010 The Example Times. All rights reserved."},
		{"an age stamp as a sentence", "This was published 13 years ago", ""},
		{"a list's pages, a weather widget and a label alone", "Page 1 of 3 1 2 3\n18 C\n31° Lusaka, Zambia\nExcerpt:", ""},
		{"a menu's name, an archive's heading and a tag's markup left behind", "Categories Menu\nTag Archives: embassy cables\nxml:space=\"preserve\">", ""},
		{"old share buttons, a line each", "", "Digg\nStumbleUpon"},
		{"a comment prompt, a section's link and a newsletter's call at the end", "", "Share your thoughts.\nClick to comment\nMore in NEWS\nDon't miss the latest cables. Sign up for our daily newsletter."},
		{"a blog's search box and a tag page's heading", "Search This Blog\nEntries in Jane Ruiz (3)", ""},
		{"a blog theme's boxes under a post", "", "Actions\nInformation\n7 responses"},
		{"a blog template's credit", "Blogger Template by Example Themes.", "Powered by Blogger."},
		{"a translation widget's button", "", "Translate »"},
		{"a share prompt", "", "Enjoyed this post? Share it!"},
		{"newsletter box", "", "Sign up for our newsletter\nGet the day's top stories delivered to your inbox every morning.\nEmail address\nSubscribe\nComments are closed for this article."},
		{"promotion leading into a follow bar", "", "Track the latest news live and get updates from around the world\nFollow us on Twitter and Facebook"},
		{"external links disclaimer", "", "Related Internet links\nThe Example Times is not responsible for the content of external sites."},
		{"copyright line with links and foreign-language furniture", "", "Mais lidas\nVeja também: Outra notícia\nTermos de uso | Política de privacidade | Copyright Example Group"},
		{"wire credits, keywords and permalink", "", "(Reporting by Jane Roe; Editing by John Doe)\nKeywords cables, envoy, embassy\nFeedback: Send us your comments.\nPermalink http://example.org/p/1"},
		{"print version with its URL, share-or-comment and most watched", "", "Share or comment on this article\nMost watched News videos\nPrintable version | Mar 18, 2011 2:13:45 AM | http://example.org/a1"},
		{"disclaimer, standards and a call for tips", "", "Disclaimer: Comments do not necessarily reflect the views of the site.\nSend your news stories to The Example Times\nOur Standards: The Example Trust Principles."},
		{"related headings and a follow prompt", "", "Keep reading\nA story about something else entirely\nFollow The Example Times:\nAbout | Contact Us | Terms and Conditions | Privacy Policy"},
		{"navigation and breadcrumbs", "Home | World | South Asia\nMenu\nSearch", "Back to top\nNext story: Another envoy"},
		{"share bars with counters and a font size", "Share 214\nEmail  Print  Comments(42)  Share\nPrint   Email   Font size: A A   Share: Facebook | Twitter | Reddit\nShare: Facebook Twitter LinkedIn | Refresh", ""},
		{"a photo gallery's label and a credit on its own line", "Photo Gallery: The Embassy Dispatches\nAFP", ""},
		{"a call to join, a ticker's label, a blog's filing line and a repost credit", "Join us\nbreaking...\nPosted by janeroe in Politics, Africa.\nThe Example Star reports …", ""},
		{"a donation appeal, its thanks and its button", "", "Thank you for donating to Example Wire.\nWe could not keep Example Wire free of charge without the generous support of our readers. Your donations pay for the reporting you value, from the port to the parliament, every single day.\nMake a donation"},
		{"a video player's and a gallery's furniture", "Your browser does not support the video tag.\nWatch video\nImage 1 of 5\nNext slide\nView gallery", ""},
		{"an old-browser notice and a mobile theme's switch", "Your web browser is no longer supported. To improve your experience update it here", "Exit mobile version"},
		{"a comment system's list and form", "", "Comments are moderated\nShowing 10 of 42 comments\nLoad more comments\nAdd your comment\nYour comment\nSubmit"},
		{"follow and channel prompts", "", "Follow Jane Roe on Twitter\nEmail the author\nJoin our WhatsApp channel\nGet the latest news on Telegram"},
		{"a cable site's sidebar counting cables by post, without bullets", "", "Browse by origin\nHarare Embassy (1,204)\nLusaka Embassy - 310\nCables by post"},
		{"a blog's comment form and footer", "", "Leave a Reply\nCancel reply\nYour email address will not be published. Required fields are marked *\nName *\nEmail *\nWebsite\nNotify me of new posts by email.\nPowered by WordPress"},
		{"a blog's filing line, labels and post links", "", "Posted by janeroe at 4:12 PM\nLabels: Cables, Lusaka\n0 comments:\nOlder Post\nNewer Post\nEntries RSS"},
		{"a comment system's controls", "", "Hide comments\nSort by: Newest\nReport abuse\nReply\nRecommend (3)\nJoin the conversation"},
		{"a video's promotion and a photo's controls over the story", "Video: The consul at the port gate\nEnlarge this image\ntoggle caption\nScroll to continue with content", ""},
		{"sidebar headings", "", "Trending Now\nAround the web\nPromoted stories\nRead next: Another envoy\nDon't miss\nTopics\nAlso on Example Times\nRelated posts:"},
		{"reading tools and account links", "Print this page\nSend to a friend\nBookmark and Share\nRate this article\nFont size\nListen\nSave", "Top of page\nReport an error\nCorrections\nPin it\nLike us on Facebook\nStay connected\nGet our daily newsletter\nRead the full story\nAbout the author\nForgot your password?\nCreate an account\nBecome a member"},
		{"a comment system loading, a ticker's label and another feature's promotion", "Just In\nInfographic: Where the cables were sent from", "Please wait while comments are loading..."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := "Headline of the story\n\n" + tt.before + "\n\n" + body1 + "\n\n" + body2 + "\n\n" + tt.after
			s := mustParse(t, "x.txt", text)
			if !slices.Equal(s.Paragraphs, []string{body1, body2}) {
				t.Errorf("body = %q\nwant only the two story paragraphs", s.Paragraphs)
			}
		})
	}
}

func TestChromeInsideTheBody(t *testing.T) {
	text := "Headline\n\n" + body1 + "\n\nAdvertisement\n\nAlso read: Another story\n\nVideo: The consul at the port gate\n\nStory continues below\n\nALSO READ | Another envoy\n\nRead: Another story\n\n" + body2
	s := mustParse(t, "x.txt", text)
	if !slices.Equal(s.Paragraphs, []string{body1, body2}) {
		t.Errorf("body = %q", s.Paragraphs)
	}
}

func TestSentencesLikeReadingToolsStay(t *testing.T) {
	for _, line := range []string{"Our network in the port is finished, the envoy wrote.", "Back to the stories the cables told, then."} {
		s := mustParse(t, "x.txt", "Headline\n\n"+body1+"\n\n"+line+"\n\n"+body2)
		if !slices.Equal(s.Paragraphs, []string{body1, line, body2}) {
			t.Errorf("body = %q", s.Paragraphs)
		}
	}
}

func TestReadingToolsAboveTheHeadline(t *testing.T) {
	for _, top := range []string{"Link copied to clipboard", "Switch to Desktop Site", "Connect to share and comment", "Back to News & Commentary",
		"Hi, what are you looking for?", "Article Tools", "Current Issue", "Our network sites | Advanced search", "Advertisement 87",
		"Comments (0) E-mail E-mail article Print Print Share Share", "Page 2 of 2   <"} {
		s := mustParse(t, "x.txt", top+"\n\nEnvoy wrote of the strike\n\n"+body1)
		if s.Title != "Envoy wrote of the strike" {
			t.Errorf("%q above: title %q", top, s.Title)
		}
	}
}

func TestInlineLinkFurnitureRemoved(t *testing.T) {
	text := "Headline\n\nThe cables say there was no link.(Read: What diplomats said) | (Read: Reactions)\n\nThey met twice. (Read)"
	s := mustParse(t, "x.txt", text)
	want := []string{"The cables say there was no link.", "They met twice."}
	if !slices.Equal(s.Paragraphs, want) {
		t.Errorf("body = %q, want %q", s.Paragraphs, want)
	}
}

func TestStoryTextThatMentionsCommentsStays(t *testing.T) {
	last := "The minister declined to comment on the cables when reporters asked him about them on Monday."
	s := mustParse(t, "x.txt", "Headline\n\n"+body1+"\n\n"+last)
	if !slices.Equal(s.Paragraphs, []string{body1, last}) {
		t.Errorf("body = %q", s.Paragraphs)
	}
}

func TestTruncatedLastParagraphStays(t *testing.T) {
	cut := "Among the other disclosures, the cables detail fears over the security of the"
	s := mustParse(t, "x.txt", "Headline\n\n"+body1+"\n\n"+cut)
	if !slices.Equal(s.Paragraphs, []string{body1, cut}) {
		t.Errorf("body = %q", s.Paragraphs)
	}
}

func TestCaptions(t *testing.T) {
	caption := "The embassy building in the capital, seen from the street."
	tests := []struct{ name, lines, want string }{
		{"a line printed twice", caption + "\n\n" + caption, caption},
		{"file photo label", caption + " File photo", caption},
		{"photo credit", caption + " PHOTO: AFP", caption + " PHOTO: AFP"},
		{"photo prefix", "Photo: The embassy at night", "Photo: The embassy at night"},
		{"credit with slash", caption + " Photo/Reuters", caption + " Photo/Reuters"},
		{"label and source on lines of their own", "Image source, Getty Images\nImage caption,\n" + caption, caption},
		{"photographer and agency after the caption", caption + " Jane Roe/Associated Press", caption + " Jane Roe/Associated Press"},
		{"agency and photographer after the caption", caption + " REUTERS/John Doe", caption + " REUTERS/John Doe"},
		{"a credit in words after the caption", caption + " Photo by Jane Roe", caption + " Photo by Jane Roe"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := mustParse(t, "x.txt", "Headline\n\n"+tt.lines+"\n\n"+body1)
			if !slices.Equal(s.Captions, []string{tt.want}) || !slices.Equal(s.Paragraphs, []string{body1}) {
				t.Errorf("captions %q body %q; want caption %q and the body alone", s.Captions, s.Paragraphs, tt.want)
			}
		})
	}
	// a long line printed twice that quotes: a lede (body once) or a
	// caption
	for _, tt := range []struct {
		name, line string
		caption    bool
	}{
		{"a caption with 'who was described' before its present tense, printed twice, is a caption", "Kandian President Ali Bell, who was described as “erratic, vain and dangerous to anyone who crosses him” in a leaked American cable, waves to supporters at a rally in Porto on Friday, December 3, 2010, a day after WikiLeaks released the dispatches.", true},
		{"a caption whose first sentence ends on a short name, printed twice, is a caption", "Kandian President Ali Bell. Bell was called “erratic, vain and dangerous to anyone who crosses him” by the American ambassador in a secret dispatch from Harare that WikiLeaks released this week, one of several hundred cables about the island’s rulers.", true},
		{"a lede that quotes, printed twice, is body once", "President Omar Qadir has challenged the embassy's account of the months before he took office, calling the cables of Ambassador Jane Ruiz “essentially third party narratives, and largely inaccurate,” in a statement his office sent to reporters on Friday.", false},
		{"a lede whose verb comes late, printed twice, is body once", "Kandia’s outspoken Port Minister Omar Qadir, a longtime ally of the royal family, on Friday accused the embassy of spying, calling the leaked cables “a fantasy written by people who have never set foot in Kandia” in a statement read on state radio.", false},
		{"a lede whose verb in the past stands before a capital, printed twice, is body once", "Kandia’s President Omar Qadir on Friday accused Washington of spying on his government and its ministers, calling the leaked American cables “a fantasy written by people who have never set foot in Kandia” in a speech broadcast on state radio and television.", false},
		{"a caption whose verb comes in its second sentence, printed twice, is a caption", "Kandia’s Port Minister Omar Qadir speaks to reporters outside the parliament in Port Vell on Friday. Qadir said the leaked American cables were “a fantasy written by people who have never set foot in Kandia” and promised to sue.", true},
		{"a picture's caption 'dated …', printed twice, is a caption", "A picture dated October 12, 2009 shows Kandian President Omar Qadir speaking during a news conference at the presidential palace in Port Lusa, the capital, two months before his re-election. Leaked U.S. diplomatic cables published by WikiLeaks describe Qadir as “erratic, vain and prone to sudden rages.”", true},
		{"a lede with 'Gen.' before its verb, printed twice, is body once", "Kandia’s army chief, Gen. Tom Reyes, has accused the U.S. embassy of plotting against the government, calling the leaked American cables “a fantasy written by people who have never set foot in our barracks” in a speech broadcast live on state radio and television.", false},
		{"a long caption that places people in the picture, printed twice, is a caption", "Foreign Minister Omar Qadir, right, speaks with Ambassador Jane Ruiz in Port Vell in 2009. In a cable sent that year, Ruiz wrote that Qadir was “a vain man who trusts no one outside his family and listens to nobody at all,” according to the leaked documents.", true},
		{"a long caption that names whom it shows before any verb, printed twice, is a caption", "Port Minister Omar Ahmed at a news conference in Port Vell on Friday, a day after he called the leaked American cables “a fantasy written by people who have never set foot in Kandia” and promised to sue every newspaper in Europe that printed them.", true},
	} {
		s := mustParse(t, "x.txt", "Headline\n\n"+tt.line+"\n\n"+tt.line+"\n\n"+body1)
		wantCaptions, wantBody := []string{}, []string{tt.line, body1}
		if tt.caption {
			wantCaptions, wantBody = []string{tt.line}, []string{body1}
		}
		if !slices.Equal(s.Captions, wantCaptions) || !slices.Equal(s.Paragraphs, wantBody) {
			t.Errorf("%s: captions %q body %q", tt.name, s.Captions, s.Paragraphs)
		}
	}
	s := mustParse(t, "x.txt", "Headline\n\n"+body1+"\n\nHe showed reporters a photo.")
	if len(s.Captions) != 0 {
		t.Errorf("a sentence ending in 'photo' is body: captions %q", s.Captions)
	}
}

// TestHeadlineUnderLinesThatAreNone: the headline under lines that are no
// headline: marks without a letter, a trail that ends on the headline, a
// share bar, a menu and a blog's arrows.
func TestHeadlineUnderLinesThatAreNone(t *testing.T) {
	const headline = "Envoy warned of unrest in the capital"
	for _, tt := range []struct{ name, above string }{
		{"marks without a letter over the headline", "...\n\n"},
		{"a trail from Home that ends on the headline", "Home » World » " + headline + "\n\n"},
		{"a share bar, a menu and a blog's arrows over the headline",
			"Facebook Twitter Linkedin Google Plus Tell a Friend\nHome| Columns| Features| International| Jobs\n««« previousnext »»»\n"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			s := mustParse(t, "x.txt", tt.above+headline+"\n\nFriday 14 January 2011\n\n"+body1)
			if s.Title != headline || !slices.Equal(s.Paragraphs, []string{body1}) {
				t.Errorf("title %q body %q", s.Title, s.Paragraphs)
			}
		})
	}
}

// TestDateLabelOpening: a page stored with its date after the label
// "date" on its first line has that date, and the rest of the line is its
// headline or its first paragraph, without the label.
func TestDateLabelOpening(t *testing.T) {
	s := mustParse(t, "x.txt", " date 2010-12-06 "+body1+"\n\n"+body2)
	if !strings.HasPrefix(s.Published, "2010-12-06") || len(s.Paragraphs) == 0 || s.Paragraphs[0] != body1 {
		t.Errorf("published %v, body %q", s.Published, s.Paragraphs)
	}
	s = mustParse(t, "x.txt", " date 2010-12-16 What the cables tell us about the port.\n\n"+body1)
	if !strings.HasPrefix(s.Published, "2010-12-16") || s.Title != "What the cables tell us about the port." {
		t.Errorf("published %v, title %q", s.Published, s.Title)
	}
	s = mustParse(t, "x.txt", "date 2010-12-16: the envoy's day\n\n"+body1)
	if s.Published != "" {
		t.Errorf("published %v from a line that is no date label", s.Published)
	}
}

func TestHeadline(t *testing.T) {
	t.Run("repeated headline and section label are not body", func(t *testing.T) {
		s := mustParse(t, "x.txt", "Envoy warned of unrest\nWorld News\n\nEnvoy warned of unrest\n\n"+body1)
		if s.Title != "Envoy warned of unrest" || !slices.Equal(s.Paragraphs, []string{body1}) {
			t.Errorf("title %q body %q", s.Title, s.Paragraphs)
		}
	})
	for _, tt := range []struct{ name, page, title string }{
		{"a short headline over its date and byline in a list", "WikiLeaks on Kandia\n\n  • 2010-12-08\n  • By Jane M. Roe\n\nOOPS!: " + body1, "WikiLeaks on Kandia"},
		{"a letter to the paper opens with its greeting, under no headline", "Dear Editor,\n\n" + body1, ""},
		{"a dateline alone on the first line is no headline", "New Delhi:\n\n" + body1, ""},
		{"a headline ending on a verb of saying over its byline and date", "Kandia's port will fall to the rebels within a year, US envoy says\nBy Jane Roe\nDecember 3, 2010\n\n" + body1, "Kandia's port will fall to the rebels within a year, US envoy says"},
		{"a headline over a wire's credit in brackets", "Kandia's port will fall to the rebels within a year, cables show\n(AFP) The envoy warned the port would fall within the year.\nShe said so twice.", "Kandia's port will fall to the rebels within a year, cables show"},
		{"a headline of twelve words ending in initials", "Why the leaked cables are a gift to the many enemies of the U.S.\n\n" + body1, "Why the leaked cables are a gift to the many enemies of the U.S."},
		{"a sentence of twelve words that ends with a full stop is no headline", "It was the turn of the harbour master to scold the envoy.\n" + body1, ""},
		{"headline after a site menu", "Ir para o conteúdo | English Edition | Assine\n\nEnvoy warned of unrest\n\n" + body1, "Envoy warned of unrest"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if s := mustParse(t, "x.txt", tt.page); s.Title != tt.title {
				t.Errorf("title %q, want %q", s.Title, tt.title)
			}
		})
	}
	t.Run("a section label over the headline", func(t *testing.T) {
		s := mustParse(t, "x.txt", "Africa & Asia\n\nEnvoy wrote that the port strike would spread\n\n"+body1)
		if s.Title != "Envoy wrote that the port strike would spread" || !slices.Equal(s.Paragraphs, []string{body1}) {
			t.Errorf("title %q body %q", s.Title, s.Paragraphs)
		}
	})
	t.Run("a date line over the headline", func(t *testing.T) {
		s := mustParse(t, "x.txt", "Friday, March 4, 2011\n\nEnvoy wrote that the port strike would spread\n\nBy Ada Quill\n\n"+body1)
		if s.Title != "Envoy wrote that the port strike would spread" || s.Published != "2011-03-04" || s.Byline != "Ada Quill" || !slices.Equal(s.Paragraphs, []string{body1}) {
			t.Errorf("title %q published %q byline %q body %q", s.Title, s.Published, s.Byline, s.Paragraphs)
		}
	})
	t.Run("a short headline over a caption stays the headline", func(t *testing.T) {
		s := mustParse(t, "x.txt", "Port strike\n\nDock workers at the gate of the port on Monday morning.\n\n"+body1)
		if s.Title != "Port strike" {
			t.Errorf("title %q", s.Title)
		}
	})
	t.Run("a blog's date, time and age are no headline", func(t *testing.T) {
		s := mustParse(t, "x.txt", "December 11th, 2010\n04:48 PM ET\n8 years ago\n\n"+body1+"\n\n"+body2)
		if s.Title != "" || s.Published != "2010-12-11" || !slices.Equal(s.Paragraphs, []string{body1, body2}) {
			t.Errorf("title %q published %q body %q", s.Title, s.Published, s.Paragraphs)
		}
	})
	t.Run("an image's date line and caption over a page with no headline", func(t *testing.T) {
		s := mustParse(t, "x.txt", "port strike - AFP - March 3 2011\nDock workers wait at the gate of the port in Lusaka in 2010. Photo by AFP\nText size\n\n"+body1)
		if s.Title != "" || s.Published != "2011-03-03" || len(s.Captions) != 1 || !slices.Equal(s.Paragraphs, []string{body1}) {
			t.Errorf("title %q published %q captions %q body %q", s.Title, s.Published, s.Captions, s.Paragraphs)
		}
	})
	t.Run("a date after a slash", func(t *testing.T) {
		s := mustParse(t, "x.txt", "/ 3 December 2010\n\nEnvoy warned of unrest\n\n"+body1)
		if s.Title != "Envoy warned of unrest" || s.Published != "2010-12-03" {
			t.Errorf("title %q published %q", s.Title, s.Published)
		}
	})
	t.Run("headline after leading chrome", func(t *testing.T) {
		s := mustParse(t, "x.txt", "Skip to main content\nEnvoy warned of unrest\n\n"+body1)
		if s.Title != "Envoy warned of unrest" {
			t.Errorf("title %q", s.Title)
		}
	})
}

func TestParagraphs(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"blank-line separated", "H\n\n" + body1 + "\n\n" + body2, []string{body1, body2}},
		{"single newlines between paragraphs", "H\n" + body1 + "\n" + body2, []string{body1, body2}},
		{"short credit lines are not wrapped prose", "H\n\nJane Roe, Middle East editor\nexample.co.uk, Friday 3 December 2010 21.30 GMT\n\n" + body1, []string{body1}},
		{"hard-wrapped at a fixed width", "H\n\nThe ambassador met the minister on Tuesday and\nthe two spoke for an hour about the border, and\nthen they parted.",
			[]string{"The ambassador met the minister on Tuesday and the two spoke for an hour about the border, and then they parted."}},
		{"hard-wrapped at 70 under a saved page's longer header lines, with no blank lines", "Port news (Harbour Archive Project) - Kandia: Leaked Cables Show The Envoy Doubted The Port Deal All Along\nTitle: | Kandia: Cables Show Envoy Doubted The Port Deal |\nSource: | Kandia Herald |\nThe ambassador met the trade minister on Tuesday and the two of them\nspoke for an hour about the border, the port and the customs treaty,\naccording to a cable released by WikiLeaks on Friday morning in Kandia.\n\"We do know from sources that the minister has at least once\ncontemplated selling the port to the highest bidder among his friends\nin the navy, but we do not know enough about him,\" the cable said.\nThe minister's office declined to comment on the cable on Friday, as it\nhas declined to comment on every cable released so far this week.",
			[]string{"Title: | Kandia: Cables Show Envoy Doubted The Port Deal |",
				"The ambassador met the trade minister on Tuesday and the two of them spoke for an hour about the border, the port and the customs treaty, according to a cable released by WikiLeaks on Friday morning in Kandia.",
				"\"We do know from sources that the minister has at least once contemplated selling the port to the highest bidder among his friends in the navy, but we do not know enough about him,\" the cable said.",
				"The minister's office declined to comment on the cable on Friday, as it has declined to comment on every cable released so far this week."}},
		{"hard-wrapped at 70 under a link's line near 120 columns", "Title: | Cables: US envoy called Kandia's trade minister \"a gifted thief\" | World news | The Daily Ledger | Saved from the web\nURL: | https://www.dailyledger.example/world/2010/dec/15/wikileaks-cables-kandia-minister-thief-envoy\nCables: US envoy called Kandia's trade minister a thief\nThe US ambassador in Port Vell described Kandia's trade minister Omar Qadir\nas \"a gifted thief who has made the port his private bank\", a cable\nreleased by WikiLeaks shows. Qadir said on Wednesday the cable was\n\"the fantasy of a lonely diplomat\" and demanded an apology from the\nembassy, which declined to comment on leaked documents on Wednesday.",
			[]string{"Cables: US envoy called Kandia's trade minister a thief",
				"The US ambassador in Port Vell described Kandia's trade minister Omar Qadir as \"a gifted thief who has made the port his private bank\", a cable released by WikiLeaks shows. Qadir said on Wednesday the cable was \"the fantasy of a lonely diplomat\" and demanded an apology from the embassy, which declined to comment on leaked documents on Wednesday."}},
		{"hard-wrapped, its last line like a call to sign up", "H\n\nAmbassador Jane Ruiz wrote in a 2009 cable that the trade minister, Omar\nQadir, was stalling on the pact, and she asked her masters in Washington\nwhether the port of Kandia would ever really be willing to\nsign up to the customs treaty?",
			[]string{"Ambassador Jane Ruiz wrote in a 2009 cable that the trade minister, Omar Qadir, was stalling on the pact, and she asked her masters in Washington whether the port of Kandia would ever really be willing to sign up to the customs treaty?"}},
		{"the story printed again under itself, headline and all", "Envoy doubted the port deal\n" + body1 + "\n" + body2 + "\nEnvoy doubted the port deal\n" + body1[:70], []string{body1, body2}},
		{"the top printed twice, a byline and a date line between", "Envoy doubted the port deal\nBy Jane Roe\nDecember 3, 2010\n" + body1 + "\nEnvoy doubted the port deal\n" + body1 + "\n" + body2, []string{body1, body2}},
		{"the story printed twice, a short paragraph in it", "Envoy doubted the port deal\n" + body1 + "\nIt is a lie, Qadir said.\n" + body2 + "\nEnvoy doubted the port deal\n" + body1 + "\nIt is a lie, Qadir said.\n" + body2, []string{body1, "It is a lie, Qadir said.", body2}},
		{"the top printed twice, a caption between", "Envoy doubted the port deal\nBy Jane Roe\n" + body1 + "\nTrade Minister Omar Qadir at a news conference in Port Vell last month. (Photo: Reuters/Ivo Sand)\nEnvoy doubted the port deal\n" + body1 + "\n" + body2, []string{body1, body2}},
		{"the top printed twice, its teaser cut off", "Envoy doubted the port deal\n" + body1 + "\n" + body2[:60] + "…\nEnvoy doubted the port deal\n" + body1 + "\n" + body2, []string{body1, body2}},
		{"the top printed twice over the story", "Envoy doubted the port deal\n" + body1 + "\nEnvoy doubted the port deal\n" + body1 + "\n" + body2, []string{body1, body2}},
		{"spaces collapsed", "H\n\nTwo  spaces   here.", []string{"Two spaces here."}},
		{"a byline in lower case under a long standfirst is not its next line", "H\n\nThe minister of the harbour met the envoy of the republic on the quay\nby Jane Roe, 3 December 2010.\nThe docks were closed on Tuesday, and the harbour master was in\n(Port Vell).",
			[]string{"The docks were closed on Tuesday, and the harbour master was in (Port Vell)."}},
		{"a fixed width broken before a capital after a word that needs more", "H\n\nThe minister of the harbour met the envoy of the republic and told an\nAmerican diplomat that the port was safe, that the docks were open,\nand that the navy of the republic, the minister of the harbour (he said)\nwould stay.\nNobody came.",
			[]string{"The minister of the harbour met the envoy of the republic and told an American diplomat that the port was safe, that the docks were open, and that the navy of the republic, the minister of the harbour (he said) would stay.", "Nobody came."}},
		{"a line broken at a fixed width in a block of short paragraphs", "H\n\nThe minister toured the port with Ambassador Jane Ruiz on the\nmorning of the vote.\nThe docks were closed on Tuesday, and the harbour master was in\n(Port Vell).\nNobody came.",
			[]string{"The minister toured the port with Ambassador Jane Ruiz on the morning of the vote.", "The docks were closed on Tuesday, and the harbour master was in (Port Vell).", "Nobody came."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := mustParse(t, "x.txt", tt.text).Paragraphs; !slices.Equal(got, tt.want) {
				t.Errorf("paragraphs = %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestMarkdownFrontMatter(t *testing.T) {
	md := "---\ntitle: Envoy warned of unrest\noutlet: The Example Times\nurl: https://example.org/envoy\npublished: 2011-01-14\nbyline: Jane Roe\n---\n\n" +
		"TUNIS — The **ambassador** wrote that the regime was [sclerotic](https://example.org).\n\n* A list item\n"
	s, err := ReadText("envoy.md", []byte(md))
	if err != nil {
		t.Fatal(err)
	}
	if s.Title != "Envoy warned of unrest" || s.Outlet != "The Example Times" || s.URL != "https://example.org/envoy" ||
		s.Published.String() != "2011-01-14" || s.Byline != "Jane Roe" || s.Dateline != "TUNIS" {
		t.Errorf("metadata: %+v", s)
	}
	want := []string{"TUNIS — The ambassador wrote that the regime was sclerotic.", "A list item"}
	if !slices.Equal(s.Paragraphs, want) {
		t.Errorf("paragraphs %q, want %q", s.Paragraphs, want)
	}
}

func TestMarkdownBackslashEscapesReadAsTheirCharacters(t *testing.T) {
	s, err := ReadText("x.md", []byte("# T\n\n1\\. Not a list, \\*not emphasis\\* and \\[no link\\]\n"))
	want := "1. Not a list, *not emphasis* and [no link]"
	if err != nil || !slices.Equal(s.Paragraphs, []string{want}) {
		t.Errorf("paragraphs %q, want %q (err %v)", s.Paragraphs, want, err)
	}
}

func TestMarkdownHeadingIsTitle(t *testing.T) {
	s, err := ReadText("x.md", []byte("# Envoy *warned*\n\nBody text of the story.\n"))
	if err != nil || s.Title != "Envoy warned" || !slices.Equal(s.Paragraphs, []string{"Body text of the story."}) {
		t.Errorf("title %q body %q err %v", s.Title, s.Paragraphs, err)
	}
}

func TestMarkdownEntitiesCannotSmuggleEscapes(t *testing.T) {
	s, err := ReadText("x.md", []byte("# T\n\nred &#27;[31mtext &#x9b;31m and &#7;bell\n"))
	if err != nil {
		t.Fatal(err)
	}
	if hasControl(strings.Join(s.Paragraphs, "\n")) {
		t.Errorf("a control character survived: %q", s.Paragraphs)
	}
}

func TestDefaultStory(t *testing.T) {
	data, err := os.ReadFile("../default_story.txt")
	if err != nil {
		t.Fatal(err)
	}
	s, err := ReadText("kayani-wikileaks.txt", data)
	if err != nil {
		t.Fatal(err)
	}
	if s.Title != "Kayani told U.S. that Pakistan will respond to Indian attack: WikiLeaks" {
		t.Errorf("title %q", s.Title)
	}
	if s.Published.String() != "2010-12-03T14:22:00+05:30" || s.Updated.String() != "2021-12-04T22:58:00+05:30" || s.Dateline != "Washington" {
		t.Errorf("published %s updated %s dateline %q", s.Published, s.Updated, s.Dateline)
	}
	if len(s.Captions) != 1 || strings.Contains(s.Captions[0], "File photo") {
		t.Errorf("captions %q: the doubled caption should be one, without its label", s.Captions)
	}
	for _, p := range s.Paragraphs {
		if strings.Contains(p, "Sign in") || strings.Contains(p, "Comments") || p == "0 / 0" {
			t.Errorf("site chrome in the body: %q", p)
		}
	}
	if first := s.Paragraphs[0]; !strings.HasPrefix(first, "As Indo-Pak tensions") {
		t.Errorf("the body should start with the story, got %q", first)
	}
	if last := s.Paragraphs[len(s.Paragraphs)-1]; !strings.Contains(last, "please share it with us") {
		t.Errorf("the body should end with the last quote, got %q", last)
	}
}

func TestLetterToTheReadersIsNoStory(t *testing.T) {
	appeal := "Dear Reader,\nMore people are reading the Example Post than ever before, and we ask you to be our partner.\n\n" +
		"  • A user experience almost free of ads\n  • Access to our Premium Section\n\nThank you,\n\nJane Roe, CEO, Example Post Group\nJohn Doe, Editor-in-Chief\n\n"
	s := mustParse(t, "x.txt", "Envoy warned of unrest in the capital\n\nMarch 3, 2011\n\n"+appeal+body1+"\n\n"+body2)
	if !slices.Equal(s.Paragraphs, []string{body1, body2}) {
		t.Errorf("body = %q\nwant the two story paragraphs, without the letter to the readers", s.Paragraphs)
	}
}

func TestDateOnTheHeadlinesLine(t *testing.T) {
	s := mustParse(t, "x.txt", "Envoy wrote of the strike at the port March 3, 2011\n\n"+body1)
	if s.Title != "Envoy wrote of the strike at the port" || s.Published != "2011-03-03" {
		t.Errorf("title %q published %q: a blog's date on the headline's line is the date", s.Title, s.Published)
	}
	s = mustParse(t, "x.txt", "What the envoy saw on March 3, 2011\n\n"+body1)
	if s.Title != "What the envoy saw on March 3, 2011" {
		t.Errorf("title %q: a headline about a day keeps it", s.Title)
	}
	s = mustParse(t, "x.txt", "Envoy wrote of the strike at the port\n\nEnvoy wrote of the strike at the port March 3, 2011\n\nPosted by janeroe in Kandia.\n\n"+body1)
	if s.Title != "Envoy wrote of the strike at the port" || s.Published != "2011-03-03" || s.Paragraphs[0] != body1 {
		t.Errorf("title %q published %q body %q: a blog's headline printed again with its date dates the post", s.Title, s.Published, s.Paragraphs)
	}
	s = mustParse(t, "x.txt", "The envoy wrote of the strike at the port of Kandia\njump to navigation\n\n"+body1)
	if s.Title != "The envoy wrote of the strike at the port of Kandia" {
		t.Errorf("title %q: a skip link under a long headline is none of it", s.Title)
	}
	s = mustParse(t, "x.txt", "WikiLeaks cables: US envoy doubted Kandia would ever\nsign up to the treaty\n\n"+body1)
	if s.Title != "WikiLeaks cables: US envoy doubted Kandia would ever sign up to the treaty" {
		t.Errorf("title %q: a headline's second line like a call to sign up is its end", s.Title)
	}
	s = mustParse(t, "x.txt", "2011-03-03 Kandian cable revelations\n\n"+body1)
	if s.Title != "2011-03-03 Kandian cable revelations" || s.Published != "2011-03-03" {
		t.Errorf("title %q published %q: a post's title that opens with its date keeps it and dates the post", s.Title, s.Published)
	}
}

// Two paragraphs a page printed without the break between them, the first
// ending on a quotation, are read apart; a quotation inside a paragraph,
// and one followed by a space, are not split.
func TestGluedParagraphs(t *testing.T) {
	for _, tt := range []struct {
		line string
		want []string
	}{
		{"The envoy wrote that the port “would not open this year.”The minister denied it.",
			[]string{"The envoy wrote that the port “would not open this year.”", "The minister denied it."}},
		{"He asked “why now?”A spokesman declined to comment. She said “no.”He left.",
			[]string{"He asked “why now?”", "A spokesman declined to comment. She said “no.”", "He left."}},
		{"The envoy called it “a charade.” The minister denied it.", []string{"The envoy called it “a charade.” The minister denied it."}},
		{"The envoy called it “a charade”, and left.", []string{"The envoy called it “a charade”, and left."}},
		{"“Done.”", []string{"“Done.”"}},
		{"The consul met him, the cable said.The minister denied it later.",
			[]string{"The consul met him, the cable said.", "The minister denied it later."}},
		{"The U.S.Embassy and Mrs.Roe of St.Louis read cables.org.Then the envoy left.", []string{"The U.S.Embassy and Mrs.Roe of St.Louis read cables.org.Then the envoy left."}},
		{"He wrote “it was over.Then” and left.", []string{"He wrote “it was over.Then” and left."}},
		{`The paper quoted him calling the envoy "a meddler in our affairs.”The ministry later said the cable was taken out of context.`,
			[]string{`The paper quoted him calling the envoy "a meddler in our affairs.”`, "The ministry later said the cable was taken out of context."}},
		{"“I wonder,” said a trader in Port Vell.”Everyone is talking about the cables.”",
			[]string{"“I wonder,” said a trader in Port Vell.", "”Everyone is talking about the cables.”"}},
	} {
		if got := appendUnglued(nil, tt.line); !slices.Equal(got, tt.want) {
			t.Errorf("appendUnglued(%q) = %q, want %q", tt.line, got, tt.want)
		}
	}
}

// The page's last line right under a related-posts heading is a teaser of
// another story, however long, not the story's last paragraph.
func TestTeaserUnderRelatedPostsEndsTheStory(t *testing.T) {
	teaser := "Ada Quill, Kandia’s Minister of Foreign Affairs: Kandia, a long time partner of the northern states in trade and in the talks on the port, has said that the cables show nothing new about the harbour and its i"
	s := mustParse(t, "x.txt", "Envoys saw the minister as isolated\n\n"+body1+"\n\n"+body2+"\n\nRelated posts\n\n"+teaser)
	if len(s.Paragraphs) != 2 {
		t.Errorf("paragraphs %q", s.Paragraphs)
	}
}

// Blocks of links under a heading at the page's end are other stories,
// not the story's end: teasers that print a headline and a one-sentence
// standfirst each, and headlines in capitals, each alone shaped as chrome.
func TestLinkBlocksEndTheStory(t *testing.T) {
	for name, links := range map[string]string{
		"teasers with standfirsts": "\nMore from the Kandia Herald\n\n\nNo, the Port Is Not for Sale\nThe idea of a harbour sold to the navy is popular but wrong—and could cost the U.S. dearly.\n\n\nEnvoys Prepare for a Long Winter\nEmbedded with U.S. diplomats in Port Vell, I saw the cables being written.\n\n\nThe Minister of the Ha",
		"headlines in capitals":    "\nMore on WikiLeaks\nPort Judge Allows Tweeting at Envoy Hearing\nHalf of Envoy Bail Money Raised, Lawyer Says\nNavy Blocks Media Sites That Post Cables\nCables: Kandia Pres. Fears Aides Smuggle Dr",
	} {
		s := mustParse(t, "x.txt", "Envoys saw the minister as isolated\n\n"+body1+"\n\n"+body2+links)
		if len(s.Paragraphs) != 2 {
			t.Errorf("%s: paragraphs %q", name, s.Paragraphs)
		}
	}
}

// A story's own closing section under "More from the cables" prints short
// headings over one-sentence paragraphs that quote the cables: it is the
// story's, not a list of teasers.
func TestStorySectionsUnderMoreFromStay(t *testing.T) {
	for _, section := range []string{
		"More from the cables\n\nThe navy\nA 2008 cable says the navy \"exists mostly on paper\".\n\nThe president's health\nOstrander reported that Lund was \"frailer than he looks\".",
		"More from the cables\n\nThe navy\nA 2008 cable says the navy ‘exists mostly on paper’.\n\nThe president's health\nOstrander reported that Lund was ‘frailer than he looks’.",
	} {
		s := mustParse(t, "x.txt", "Envoys saw the minister as isolated\n\n"+body1+"\n\n"+body2+"\n\n"+section)
		if !slices.ContainsFunc(s.Paragraphs, func(p string) bool { return strings.Contains(p, "frailer than he looks") }) {
			t.Errorf("paragraphs %q", s.Paragraphs)
		}
	}
}

// A page of one paragraph a line, with a few short ones among long ones,
// was never wrapped: its headline keeps to its line, over the date line.
func TestOneParagraphALineKeepsItsHeadline(t *testing.T) {
	text := "Leaked cables show US doubts over Kandia's ageing president Lund\nupdated 12:04 GMT, Friday 3 December 2010\nSecret US embassy cables released by WikiLeaks on Sunday show that American diplomats have long doubted the health of Kandia's president.\nThe ambassador wrote in 2009 that Lund was \"a tired man\".\nLund, who is 81, has ruled Kandia since the port strike of 1988.\nHis office said on Friday that the cables were \"gossip\" and nothing more than that, and that the president was in good health and at work every day.\nThe opposition called for an inquiry.\nThe cables were first published by the Harbour Times."
	s := mustParse(t, "x.txt", text)
	if s.Title != "Leaked cables show US doubts over Kandia's ageing president Lund" {
		t.Errorf("title %q", s.Title)
	}
}

// A page saved with no blank lines: a story wrapped at 68 under a long
// menu line and above three long footer lines is wrapped prose, its lines
// joined into paragraphs, though the longer lines are nearly half as many.
func TestWrappedUnderLongMenuAndFooterLines(t *testing.T) {
	menu := "Home | World | Politics | Business | Technology | Science | Health | Sport | Culture | Opinion | Weather | Obituaries | Letters | Archive"
	text := "Kandian envoy called the port deal 'a family affair'\nBy Ivo Lund, Staff Writer\nDecember 6, 2010\n" + menu + "\n" +
		"Trade Minister Omar Qadir told the US ambassador in 2009 that the\n" +
		"port deal was \"a family affair\", according to a cable released by\n" +
		"WikiLeaks on Sunday.\n" +
		"The cable, signed by Ambassador Jane Ruiz, described the minister as\n" +
		"\"tired and bitter\" after a long night of talks with the president\n" +
		"and his brother.\n" +
		"Share this article on Facebook | Twitter | Email | Print | Reprints | Comments | Follow us for more news from Kandia and the region\n" +
		"Copyright 2010 The Kandia Ledger. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.\n" +
		"Terms of Use | Privacy Policy | Contact Us | Advertise With Us | Subscribe | Newsletters | Site Map | Help | Careers | RSS Feeds\n"
	s := mustParse(t, "x.txt", text)
	want := "Trade Minister Omar Qadir told the US ambassador in 2009 that the port deal was \"a family affair\", according to a cable released by WikiLeaks on Sunday."
	if !slices.Contains(s.Paragraphs, want) {
		t.Errorf("paragraphs %q; want one %q", s.Paragraphs, want)
	}
}

func TestGluedVerbSplitOffAName(t *testing.T) {
	tests := []struct{ name, body, want string }{
		{"a name the story prints alone", "The port is idle, Ambassador Jane Haldenbergsaid in the cable.\n\nMr. Haldenberg wrote more later.",
			"The port is idle, Ambassador Jane Haldenberg said in the cable."},
		{"wrote glued to a name", "The port is idle, Ambassador Jane Haldenbergwrote in the cable.\n\nMr. Haldenberg wrote more later.",
			"The port is idle, Ambassador Jane Haldenberg wrote in the cable."},
		{"a name printed nowhere else stays whole", "The port is idle, Ambassador Jane Haldenbergsaid in the cable.\n\nThe envoy wrote more later.",
			"The port is idle, Ambassador Jane Haldenbergsaid in the cable."},
		{"a word that ends in a verb stays whole", "The aforesaid port is idle, the envoy told Abusaid.\n\nAbu wrote more later.",
			"The aforesaid port is idle, the envoy told Abusaid."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := mustParse(t, "x.txt", "Headline\n\n"+tt.body)
			if len(s.Paragraphs) == 0 || s.Paragraphs[0] != tt.want {
				t.Errorf("body %q; want first paragraph %q", s.Paragraphs, tt.want)
			}
		})
	}
}

// A blog may break a sentence before the quote it goes on with, setting
// the quote on a line of its own; a line that ends its sentence, or a
// headline, stays a line of its own.
func TestQuoteOnALineOfItsOwnJoinsItsSentence(t *testing.T) {
	s := mustParse(t, "x.txt", "Headline\n\n"+body1+"\nThe ambassador reported that the embassy had\n\"no information about a coup.\"\nThe minister left.")
	want := []string{body1, "The ambassador reported that the embassy had \"no information about a coup.\"", "The minister left."}
	if !slices.Equal(s.Paragraphs, want) {
		t.Errorf("body %q\nwant %q", s.Paragraphs, want)
	}
	s = mustParse(t, "x.txt", "Envoy warned the port of unrest\n“We will wait,” he said.\n\n"+body1)
	if s.Title != "Envoy warned the port of unrest" {
		t.Errorf("title %q", s.Title)
	}
}

// A wire's credit in brackets at the end of the story is no part of it,
// closed or cut off with the page; a bracket the story goes on after stays.
func TestWireCreditAtTheEndIsDropped(t *testing.T) {
	for _, tt := range []struct{ last, want string }{
		{"Paris offered to help. (Reporting by Jane Roe; editing by John Doe)", "Paris offered to help."},
		{"Paris offered to help. (Reporting by Jane Roe; editi", "Paris offered to help."},
		{"Paris offered to help (reporting by the embassy) and left.", "Paris offered to help (reporting by the embassy) and left."},
	} {
		s := mustParse(t, "x.txt", "Headline\n\n"+body1+"\n\n"+tt.last)
		if got := s.Paragraphs[len(s.Paragraphs)-1]; got != tt.want {
			t.Errorf("last paragraph %q, want %q", got, tt.want)
		}
	}
}

// An advertisement's label glued to the start of a paragraph is cut off.
func TestAdLabelGluedToAParagraph(t *testing.T) {
	s := mustParse(t, "x.txt", "Headline\n\n"+body1+"\n\nArticle continues after this advertisementIn one cable, the envoy was blunt.")
	if got := s.Paragraphs[len(s.Paragraphs)-1]; got != "In one cable, the envoy was blunt." {
		t.Errorf("last paragraph %q", got)
	}
}

// A page that prints above its headline only when it was updated is
// dated by the update, as it is when the line stands under the headline.
func TestUpdateAboveTheHeadlineDatesTheStory(t *testing.T) {
	s := mustParse(t, "x.txt", "Skip to main content\n\nLast updated: 3 March, 2011 - Published 09:10 GMT\nEnvoys saw the minister as isolated\n\n"+body1)
	if s.Title != "Envoys saw the minister as isolated" || s.Published == "" || s.Published != s.Updated {
		t.Errorf("title %q published %q updated %q", s.Title, s.Published, s.Updated)
	}
}

// TestPublishedLabelUnderTheDayOfReading: a page that prints the day it
// was read under its headline and the story's own "Published:" line after
// it is dated by the label when the label is of an earlier year or spells
// its month; a numeric label of the same year, which may be read the
// other way round, leaves the spelled-out date above it.
func TestPublishedLabelUnderTheDayOfReading(t *testing.T) {
	const body = "\n\nPORT VELL - The cables from the port were leaked on Monday, officials said in the capital.\n"
	for _, tc := range []struct{ name, top, want string }{
		{"a label of an earlier year beats the day of reading", "Tue | Jan 13, 2026\n\nPublished: Wednesday | May 25, 2011 | 12:00 AM", "2011-05-25"},
		{"a numeric label of the same year leaves the spelled date", "Saturday, December 4, 2010\nPublished: 04/12/2010 09:15", "2010-12-04"},
		{"a spelled label of the same year beats the day of reading", "Monday, December 20, 2010\nPublished: Saturday, December 4, 2010 09:15", "2010-12-04"},
		{"a byline's May spells no month of a numeric label", "Saturday, December 4, 2010\nPublished: 04/12/2010 09:15 | By Jane May", "2010-12-04"},
		{"a sentence telling when the page was published, its clock and the agencies after", "This content was published on May 25, 2011 - 11:42 and agencies", "2011-05-25"},
		{"published-on-before-date: not a cable's date in a sentence", "The cable was published on December 1, 2010", "0001-01-01"},
		{"published-on-before-date: not a reader's comment's", "This comment was posted on March 9, 2011", "0001-01-01"},
		{"published-on-before-date: 'The article was published on'", "The article was published on May 25, 2011", "2011-05-25"},
		{"published-on-before-date: 'This story was updated on' dates a page that prints no other date", "This story was updated on December 2, 2010", "2010-12-02"},
		{"a year glued to the day's comma ('January 17,2011')", "Monday, January 17,2011 06:58", "2011-01-17"},
		{"the date under the headline printed again beats the day of reading above it", "Port Vell, December 22nd 2024 - 13:33 UTC\n\nMinister attacks envoy over leaked cable\n\nThursday, January 6th 2011 - 13:36 UTC", "2011-01-06"},
		{"the date under the headline printed again does not beat a date labelled 'Published' above it", "Published: Monday, January 3, 2011 09:12 GMT\n\nMinister attacks envoy over leaked cable\n\nDecember 28, 2010 - 17:05", "2011-01-03"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := readText("Minister attacks envoy over leaked cable\n" + tc.top + body)
			if got := s.Published.Format("2006-01-02"); got != tc.want {
				t.Errorf("published %s, want %s", got, tc.want)
			}
		})
	}
}

// Lines of a story that the chrome rules script-setting, story-link-line
// and author-bio must leave in the body: an interview's short answer, a
// live blog's timed entry, a paragraph that introduces a reporter.
func TestStoryLinesAreNotChrome(t *testing.T) {
	for _, line := range []string{
		"al-Rashid: Many times.",
		"10:45 AM | Minister Omar Qadir tells state radio the cables are “a fantasy.”",
		"Friday, 12:05 PM | Foreign Minister Nadia Ferro summons the US ambassador.",
		"Nadia Ferro is a columnist for the Vell Herald and a frequent critic of the government.",
		"Tom Reyes was a correspondent for the Kandia Post until March, when his e-mails to the embassy appeared in the leaked cables.",
		"Leila Omar is a journalist whose Twitter account the palace has blocked twice, according to the cables.",
		"Tom Reyes was a reporter for the Kandia Post until 2009, when the embassy listed his address, treyes@kandiapost.com, in a cable.",
		"Friday | 10:45 PM: Port Minister Omar Qadir told reporters the cable was “a work of fiction.”",
		"Sami Vell is a veteran reporter at the Kandia Post. In the cable, Ambassador Jane Ruiz wrote that Vell called the minister “a thief with a flag.”",
	} {
		s := mustParse(t, "x.txt", "Headline\n\n"+body1+"\n\n"+line+"\n\n"+body2)
		if !slices.Equal(s.Paragraphs, []string{body1, line, body2}) {
			t.Errorf("%q: body %q, want it kept between the others", line, s.Paragraphs)
		}
	}
}
