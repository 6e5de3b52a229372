package content

import (
	"reflect"
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

// Explain gives every quote its reasons, and changes nothing else: the
// quotes and people are those extraction found without them.
func TestExplainAddsReasonsOnly(t *testing.T) {
	plain, explained := Default(), Default()
	Explain(explained)
	if len(plain.Quotes) == 0 || len(explained.Quotes) != len(plain.Quotes) {
		t.Fatalf("%d quotes, explained %d", len(plain.Quotes), len(explained.Quotes))
	}
	for i, q := range explained.Quotes {
		kinds := 0
		for _, why := range q.Why {
			if why.Decision == "kind" && why.Value == string(q.Kind) && why.Rule != "" {
				kinds++
			}
		}
		if kinds != 1 {
			t.Errorf("quote %d: %d reasons for its kind %s: %+v", i, kinds, q.Kind, q.Why)
		}
		q.Why = nil
		if !reflect.DeepEqual(q, plain.Quotes[i]) {
			t.Errorf("quote %d changed:\n %+v\n %+v", i, q, plain.Quotes[i])
		}
	}
	if !reflect.DeepEqual(explained.People, plain.People) {
		t.Errorf("people changed")
	}
}

// A headline's full name anchors the bare surname the body then uses, as
// a caption's does; a headline name the body never uses is no one's.
func TestHeadlineNameAnchorsBareSurname(t *testing.T) {
	s := &model.Story{
		Title:      `Ambassador Corvin Dalmet warned the palace, cable shows`,
		Captions:   []string{`The palace in 2009.`},
		Paragraphs: []string{`Dalmet wrote that the palace was nervous.`, `Later Dalmet left.`},
	}
	extract(s)
	if len(s.People) != 1 || s.People[0].Name != "Corvin Dalmet" || s.People[0].Mentions != 2 {
		t.Fatalf("people %+v, want Corvin Dalmet named twice", s.People)
	}
	if len(s.Captions) != 1 {
		t.Fatalf("captions changed: %q", s.Captions)
	}
	s = &model.Story{Title: `Ambassador Corvin Dalmet warned the palace`, Paragraphs: []string{`The palace was nervous.`}}
	extract(s)
	if len(s.People) != 0 {
		t.Fatalf("people %+v, want none: the body names no one", s.People)
	}
}
