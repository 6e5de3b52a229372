package page

import (
	"testing"

	"cables/content/source"
)

// FuzzPageEdges reads pages shaped like those the masthead and tail rules
// are for: the reader must not panic, the masthead must end inside the
// page, the chrome at its end must start inside it, and the story must
// pass checkPage.
func FuzzPageEdges(f *testing.F) {
	f.Add([]byte("Skip to main content\nThe Daily Example\nHome | News | Sport\nNews › World News\n\nENVOY ‘TOO TIRED’\n\nBy JANE ROE\n\n" + body1 + "\n\nMOST READ\nA headline\n\nCOMMENTS (2)\nuser1: text\n"))
	f.Add([]byte("EXAMPLE ONLINE\nFront Page | World | Europe\n\n12/02/2010 06:11 PM\n\nDispatches\n\nThe Tsar and the Envoy\n\n" + body1 + "\n\nRelated: (11/29/2010)"))
	f.Add([]byte("Headline\n\nBy Jane Roe\n\n" + body1 + "\n\n" + body2 + "\n\nComments\n\nAda says:\nMay 9, 2011 at 9:02 am\nWhere is it? Nobody knows.\n\nJane Roe is a writer."))
	f.Add([]byte("More on this story\n\n" + body1 + "\n\n" + body2 + "\n\nMore on this story\nWho is he?\n9 July 2019"))
	f.Add([]byte("Headline\n\nby Jane Roe | May 5, 2011\n\n" + body1 + "\n\nJane Roe is a contributor.\n\nFor reprints, click here.\n\n" +
		"Like this:\nLike Loading...\n\n2 thoughts on “Headline”\n\nAda says:\nMay 9, 2011 at 9:02 am\nYes. Quite.\n\nLeave a Reply"))
	f.Add([]byte("Headline\n\nJANE ROE, Diplomatic Correspondent\n\n" + body1 + "\n\nJohn Doe contributed to this report from Lima."))
	f.Fuzz(func(t *testing.T, data []byte) {
		text, err := source.Clean(data)
		if err != nil {
			return
		}
		units := splitUnits(text)
		if top := pageTop(units); top < 0 || top > len(units) {
			t.Fatalf("masthead ends at %d of %d units", top, len(units))
		}
		if end := chromeTail(units); end < 0 || end > len(units) {
			t.Fatalf("tail starts at %d of %d units", end, len(units))
		}
		if pg, err := ReadText("x.txt", data); err == nil {
			checkPage(t, pg)
		}
	})
}

// FuzzDateLine reads arbitrary lines as date lines in both orders: no
// panic, and a line read as one names a date in the years pages print.
func FuzzDateLine(f *testing.F) {
	for _, line := range []string{
		"March 11, 2011 4:12 PM ET", "Friday, 10 December 2010 | Last updated 17:48 CET",
		"By Jane Roe | AFP – Thu, Dec 2, 2010", "12/02/2010 06:11 PM", "On December 9, 2010 6:12 am / In News / Comments",
		"First Published: 12:31 IST(17/3/2011)", "(", "Posted on July 8, 2019 by janeroe", "Posted by janeroe on July 8, 2019", "December 27, 2010 in News, Politics",
		"4 March,2011 09:15 PM IST |   |  Agencies", "  • Friday ,04 March 2011", "world Updated: Mar 4, 2011 09:15 IST", "IANS 4 Mar 2011, 09:15:30 IST",
	} {
		f.Add(line, false)
		f.Add(line, true)
	}
	f.Fuzz(func(t *testing.T, line string, monthFirst bool) {
		writesMonthFirst(line)
		dl, ok := readDateLine(line, monthFirst)
		if !ok {
			return
		}
		for _, y := range []int{dl.published.Year(), dl.updated.Year()} {
			if y != 1 && (y < 1899 || y > 2201) { // 1 is no date; a zone may move a date across a year's end
				t.Fatalf("%q: year %d", line, y)
			}
		}
		if dl.published.IsZero() && dl.updated.IsZero() {
			t.Fatalf("%q read as a date line with no date", line)
		}
	})
}
