package page

import (
	"fmt"
	"strings"
	"testing"
)

// benchPages are n text pages as a reader saves them: a headline, a date
// line, a byline, paragraphs of reporting and quotes, and site chrome
// after the story.
func benchPages(n int) [][]byte {
	sayers := []string{"Ambassador Omar Qadir", "Minister Jane Ruiz", "Gen. Tom Beck", "Senator Rita Sahni"}
	lines := []string{
		"The cable, sent from the embassy in %[2]s in March, described the harbour talks as “a slow dance with no music,” %[1]s wrote.",
		"Officials in %[2]s declined to comment on Tuesday. The port has been closed to foreign ships since the strike began, and the talks on reopening it have stalled twice.",
		"“We will not sell the port to anyone who asks,” %[1]s told reporters after the meeting, adding that the country's debts were “a matter for parliament.”",
		"According to the leaked cable, the envoy believed the minister was “isolated and tired” and that the navy would decide the matter within weeks.",
		"The dispatch, one of thousands released by the website, also noted that fuel shortages had closed schools in the north for a month.",
	}
	places := []string{"Lusaka", "Karachi", "Quito", "Riga"}
	pages := make([][]byte, n)
	for i := range pages {
		var b strings.Builder
		fmt.Fprintf(&b, "Envoy's cable %d describes the harbour talks\n\nPublished: 4 March 2011 09:10 EAT\n\nBy Ada Quill\n\n", i)
		for p := range 24 {
			fmt.Fprintf(&b, lines[(i+p)%len(lines)]+"\n\n", sayers[(i+p/3)%len(sayers)], places[(i+p/5)%len(places)])
		}
		b.WriteString("Share this story\n\nRelated stories\n\nSign in to comment\n\n© 2011 Example Press. All rights reserved.\n")
		pages[i] = []byte(b.String())
	}
	return pages
}

// BenchmarkReadText measures the page stage on its own: headline, dates,
// byline, chrome and paragraphs out of 300 text pages (3.4 MB).
func BenchmarkReadText(b *testing.B) {
	pages := benchPages(300)
	size := 0
	for _, p := range pages {
		size += len(p)
	}
	b.SetBytes(int64(size))
	for b.Loop() {
		for _, p := range pages {
			if _, err := ReadText("story.txt", p); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// The benchmark's pages read as a story: its headline, date and byline
// found, the chrome after it dropped, every paragraph kept.
func TestBenchPagesRead(t *testing.T) {
	p, err := ReadText("story.txt", benchPages(1)[0])
	if err != nil {
		t.Fatal(err)
	}
	if p.Title != "Envoy's cable 0 describes the harbour talks" || !strings.HasPrefix(p.Published.String(), "2011-03-04") || len(p.Paragraphs) != 24 {
		t.Errorf("title %q, published %q, %d paragraphs", p.Title, p.Published, len(p.Paragraphs))
	}
}
