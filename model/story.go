// Package model holds what cables knows about stories: articles, the
// quotations in them and the people they name, and the queries the reader
// asks of a library of stories. It does no I/O and no styling; content fills
// it, ui and export read it.
package model

import (
	"slices"
	"strings"
	"time"
)

// Kind tells a cable passage (words framed as a document's) from speech.
type Kind string

// The two kinds of quotation.
const (
	Speech Kind = "speech"
	Cable  Kind = "cable"
)

// Span is where one part of a quote stands: a byte range of one body
// paragraph, quote marks excluded.
type Span struct {
	Paragraph int `json:"paragraph"`
	Start     int `json:"start"`
	End       int `json:"end"`
}

// Quote is one quotation in a story's body. A quote continued over several
// paragraphs has one span per paragraph.
type Quote struct {
	Text string
	Kind Kind
	// Speaker is the canonical name of a person of the story, or "" when the
	// document itself speaks or nobody is named.
	Speaker string
	// Source names the document as the story describes it, or "".
	Source string
	// Mentions are the canonical names of the people named inside the quote.
	Mentions []string
	Spans    []Span
	// SourceCable is where the words stand in a cable of the user's
	// archive, nil when not checked. Checking never changes Kind or Speaker:
	// speech a cable reports keeps its speaker, with the cable as its source.
	SourceCable *CableMatch
	// Why says which rules decided the speaker (with, for a cue like "he
	// said", the rule that found whom the pronoun stands for), the kind and
	// the source, in that order; a quote with no speaker or source has no
	// reason for it. Loading leaves it empty; content.Explain fills it.
	Why []Reason
}

// Reason is the rule that decided one thing about a quote, and the words
// of the story it read.
type Reason struct {
	Decision string `json:"decision"` // "speaker", "pronoun", "kind" or "source"
	Value    string `json:"value"`    // what was decided: a name, "cable", a document
	Rule     string `json:"rule"`     // the rule's name, as the extractor's tables give it
	Evidence string `json:"evidence"` // the words the rule read, or ""
}

// Person is someone the story names.
type Person struct {
	Name     string   // canonical: the fullest early form, titles removed
	Aliases  []string // every form the story uses
	Mentions int      // how often the story names them
}

// Date is a publication time as precise as the text gives it.
type Date struct {
	time.Time
	HasClock bool // a time of day was given
	HasZone  bool // a zone or offset was given
}

// IsZero reports whether no date is known.
func (d Date) IsZero() bool { return d.Time.IsZero() }

// String gives RFC 3339 when the text gave a time and zone, a local
// "YYYY-MM-DDTHH:MM:SS" when it gave no zone, YYYY-MM-DD for a bare date,
// and "" when unknown.
func (d Date) String() string {
	switch {
	case d.IsZero():
		return ""
	case !d.HasClock:
		return d.Format(time.DateOnly)
	case !d.HasZone:
		return d.Format("2006-01-02T15:04:05")
	}
	return d.Format(time.RFC3339)
}

// Human is the date as a reader writes it: "3 December 2010", with the
// time and zone when the story gave them: "3 December 2010, 14:22 IST".
func (d Date) Human() string {
	switch {
	case d.IsZero():
		return ""
	case !d.HasClock:
		return d.Format("2 January 2006")
	case !d.HasZone:
		return d.Format("2 January 2006, 15:04")
	}
	if name, _ := d.Zone(); name != "" && !strings.ContainsAny(name, "+-0123456789") {
		return d.Format("2 January 2006, 15:04 MST")
	}
	return d.Format("2 January 2006, 15:04 -07:00")
}

// Short is the day alone, for lists: "3 Dec 2010".
func (d Date) Short() string {
	if d.IsZero() {
		return ""
	}
	return d.Format("2 Jan 2006")
}

// Story is one article.
type Story struct {
	ID        string // stable: from the path or URL
	Path      string // as given by the user
	Title     string
	Outlet    string
	URL       string
	Byline    string
	Published Date
	Updated   Date
	Dateline  string   // the place the story was filed from
	Captions  []string // photo captions, not body
	// Paragraphs are the body only; quote spans index into them.
	Paragraphs []string
	// Forms[i] is how the source set paragraph i (Markdown's headings,
	// lists, block quotes, emphasis and links); nil for plain text.
	Forms []Form
	// Quotes are nil when a library holds them packed (PackQuotes):
	// NumQuotes, QuoteAt and QuoteList read either form.
	Quotes []Quote
	People []Person
	// Summary is set when the body is a feed item's summary, not the story.
	Summary bool
	packed  *packedQuotes
}

// Person returns the story's person with the given canonical name.
func (s *Story) Person(name string) (Person, bool) {
	for _, p := range s.People {
		if p.Name == name {
			return p, true
		}
	}
	return Person{}, false
}

// CountKinds returns how many quotes are cable passages and how many speech.
func (s *Story) CountKinds() (cable, speech int) {
	for i := range s.NumQuotes() {
		if s.kindOf(i) == Cable {
			cable++
		} else {
			speech++
		}
	}
	return cable, speech
}

// MainPeople returns up to n names, most mentioned first.
func (s *Story) MainPeople(n int) []string {
	idx := make([]int, len(s.People))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int { return s.People[b].Mentions - s.People[a].Mentions })
	var names []string
	for _, i := range idx {
		if len(names) == n {
			break
		}
		names = append(names, s.People[i].Name)
	}
	return names
}

// Said reports whether the quote was said by the named person.
func (q Quote) Said(name string) bool { return name != "" && q.Speaker == name }

// MentionsPerson reports whether the quote names the person inside it.
func (q Quote) MentionsPerson(name string) bool {
	for _, m := range q.Mentions {
		if m == name {
			return true
		}
	}
	return false
}

// SurnameOf returns the last word of a name, lowercased: the key by which a
// bare surname finds a full name.
func SurnameOf(name string) string {
	f := strings.Fields(name)
	if len(f) == 0 {
		return ""
	}
	return strings.ToLower(f[len(f)-1])
}
