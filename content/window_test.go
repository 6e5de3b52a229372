package content

import (
	"fmt"
	"slices"
	"testing"

	"cables/model"
)

// A long story extracted a window at a time gives the quotes, speakers,
// kinds and people the whole story gives, when what decides them lies
// within a window's reach: here the shipped story's body and paragraphs
// of our own, over and over, read in windows of about 8 KB.
func TestWindowsGiveWhatTheWholeStoryGives(t *testing.T) {
	seed, err := Parse("seed.txt", defaultStory)
	if err != nil {
		t.Fatal(err)
	}
	var paras []string
	for i := range 60 {
		paras = append(paras, seed.Paragraphs...)
		paras = append(paras,
			fmt.Sprintf("“The minister said the talks number %d were going nowhere,” the cable said.", i),
			fmt.Sprintf("Ambassador Jane Roe wrote in meeting %d that officials were “deeply worried” about the border.", i),
			"“We will respond,” General Omar Khan said, “but only if attacked.”",
			"Khan added: “We have waited long enough.”")
	}
	whole := &model.Story{Paragraphs: paras, Captions: seed.Captions}
	extractWhole(whole, false)

	defer func(b int) { windowBytes = b }(windowBytes)
	windowBytes = 8_000
	windowed := &model.Story{Paragraphs: paras, Captions: seed.Captions}
	extractWindows(windowed, false)
	if paragraphBytes(paras) < 10*windowBytes {
		t.Fatalf("%d bytes: too few windows to test", paragraphBytes(paras))
	}

	if len(windowed.Quotes) != len(whole.Quotes) {
		t.Fatalf("%d quotes in windows, %d whole", len(windowed.Quotes), len(whole.Quotes))
	}
	for i, q := range windowed.Quotes {
		w := whole.Quotes[i]
		if q.Text != w.Text || !slices.Equal(q.Spans, w.Spans) || q.Speaker != w.Speaker || q.Kind != w.Kind {
			t.Errorf("quote %d in windows: %q by %q (%s) at %v; whole: %q by %q (%s) at %v",
				i, q.Text, q.Speaker, q.Kind, q.Spans, w.Text, w.Speaker, w.Kind, w.Spans)
		}
	}
	names := func(ps []model.Person) (out []string) {
		for _, p := range ps {
			out = append(out, fmt.Sprintf("%s %d", p.Name, p.Mentions))
		}
		slices.Sort(out)
		return out
	}
	if got, want := names(windowed.People), names(whole.People); !slices.Equal(got, want) {
		t.Errorf("people in windows:\n%v\nwhole:\n%v", got, want)
	}
}
