package content

import (
	"testing"

	"cables/model"
)

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
