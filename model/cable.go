package model

import "time"

// CableDoc is one diplomatic cable as the user's archive holds it. Text
// fields are as the archive printed them; paragraph spans index into Body.
type CableDoc struct {
	ID             string    // reference ID: 09ISLAMABAD155
	Created        time.Time // when the cable was sent (the archive's clock, no zone)
	Origin         string    // "Embassy Islamabad", "Secretary of State"
	Classification string    // "CONFIDENTIAL", "SECRET//NOFORN"
	Subject        string
	Tags           []string
	References     []string // reference IDs of the cables it cites
	ClassifiedBy   string   // "Ambassador Anne W. Patterson", reasons left out
	Signer         string   // the last word of the body: "PATTERSON"
	Header         string   // the routing block (FM, TO, INFO)
	Body           string
	Paragraphs     []CableParagraph
	// Releases are every release of this cable found in the archive, oldest
	// first; Body and Header come from the newest.
	Releases []CableRelease
}

// Released lists the dates of the cable's releases that carry one.
func (c *CableDoc) Released() []time.Time {
	var out []time.Time
	for _, r := range c.Releases {
		if !r.Released.IsZero() {
			out = append(out, r.Released)
		}
	}
	return out
}

// Paragraph returns the paragraph with the given number, its heading
// aside (0 is the text before the first numbered paragraph).
func (c *CableDoc) Paragraph(n int) (CableParagraph, bool) {
	for _, p := range c.Paragraphs {
		if p.Number == n && p.Kind != ParaHeading {
			return p, true
		}
	}
	return CableParagraph{}, false
}

// ParagraphAt returns the paragraph holding the body's byte offset.
func (c *CableDoc) ParagraphAt(offset int) (CableParagraph, bool) {
	for _, p := range c.Paragraphs {
		if offset >= p.Start && offset < p.End {
			return p, true
		}
	}
	return CableParagraph{}, false
}

// ParaKind tells the parts of a cable's body apart.
type ParaKind string

// The parts of a cable's body. Text before the first numbered paragraph is
// numbered 0; a heading takes the number of the paragraph it heads.
const (
	ParaPreamble ParaKind = "preamble" // banner, SIPDIS, E.O., TAGS, REF, Classified By
	ParaSubject  ParaKind = "subject"
	ParaSummary  ParaKind = "summary" // an unnumbered "Summary: ... End summary."
	ParaHeading  ParaKind = "heading" // a section title, often underlined with dashes
	ParaNumbered ParaKind = "numbered"
)

// CableParagraph is one part of a cable's body: a byte span of Body.
type CableParagraph struct {
	Number     int
	Kind       ParaKind
	Start, End int
}

// CableRelease is one copy of a cable in the user's archive.
type CableRelease struct {
	Released time.Time // zero when the archive does not say (cables.csv)
	Where    ArchiveLocation
}

// ArchiveFormat names the layout a cable was read from.
type ArchiveFormat string

// The archive layouts cables reads.
const (
	FormatCSV     ArchiveFormat = "csv"     // the Cablegate cables.csv
	FormatSite    ArchiveFormat = "site"    // a cablegate site page cable/YYYY/MM/REFID.html
	FormatReprint ArchiveFormat = "reprint" // a text file: "Reference ID: ..." then header and body
)

// ArchiveLocation is where a cable's text lives in the user's archive: the
// bytes Length long at Offset of Path (a whole file when Length is 0).
type ArchiveLocation struct {
	Path   string
	Format ArchiveFormat
	Offset int64
	Length int64
	Line   int // the line the record starts on, for messages
}

// CableRef is a cable as a story names it: by reference ID, or by hints
// (where it was sent from, when, by whom).
type CableRef struct {
	ID     string    // "" when the story gives only hints
	Origin string    // a post as the story names it: "Islamabad"
	Date   time.Time // the day named; zero when none
	// DatePrecision says how much of Date the story gave.
	DatePrecision DatePrecision
	Author        string // "Anne W. Patterson"
	// Text is the words that name the cable; Span is where they stand in
	// the story, nil when they come from the quote's Source.
	Text string
	Span *Span
}

// DatePrecision is how precisely a story dates a cable.
type DatePrecision int

// Precisions, coarsest last.
const (
	DateNone DatePrecision = iota
	DateDay
	DateMonth
	DateYear
)

// Verdict says how faithfully a quote gives the cable's words.
type Verdict string

// Verdicts, from most to least faithful, then the undecided ones.
const (
	Verbatim   Verdict = "verbatim"   // the same words (case, punctuation and US/U.S. aside)
	Edited     Verdict = "edited"     // words dropped, added, marked or respelled; sense kept
	Altered    Verdict = "altered"    // a word replaced
	Paraphrase Verdict = "paraphrase" // the story's own words in quotation marks
	Ambiguous  Verdict = "ambiguous"  // too short to place among several cables
	NotFound   Verdict = "not found"
)

// Faithful reports whether the verdict says the cable's words were kept.
func (v Verdict) Faithful() bool { return v == Verbatim || v == Edited }

// Placed reports whether the verdict names a cable.
func (v Verdict) Placed() bool { return v != Ambiguous && v != NotFound && v != "" }

// FoundBy says how a quote's cable was found.
type FoundBy string

// Ways to a cable, most certain first.
const (
	ByID   FoundBy = "id"   // the story names the cable's reference ID
	ByHint FoundBy = "hint" // origin, date or author from the story's words
	ByText FoundBy = "text" // the quote's words alone
)

// DiffKind names one way a quote departs from the cable.
type DiffKind string

// Kinds of difference between a quote and its cable.
const (
	Omitted  DiffKind = "omitted"  // cable words the story left out without a mark
	Inserted DiffKind = "inserted" // story words the cable lacks ([sic], (the then), additions)
	Replaced DiffKind = "replaced" // a cable word given as another
	Ellipsis DiffKind = "ellipsis" // cable words the story left out at "..."
	Spelling DiffKind = "spelling" // the same word spelt otherwise (programme, blond, a typo)
	Case     DiffKind = "case"     // the same word in other capitals
)

// Difference is one departure of a quote from its cable, with where it
// stands on each side: byte offsets in the quote's Text and in the cable's
// Body (an empty range on the side that has nothing).
type Difference struct {
	Kind                 DiffKind
	Story, Cable         string
	StoryStart, StoryEnd int
	CableStart, CableEnd int
}

// CableMatch is where a quote stands in a cable and how faithfully.
type CableMatch struct {
	CableID string
	// Para is the number of the paragraph where the matched words start (0
	// for text before the first numbered paragraph); ParaKind tells a
	// subject, summary or heading from a numbered paragraph.
	Para     int
	ParaKind ParaKind
	// Start and End are the matched words' byte span in the cable's Body.
	Start, End int
	// Coverage is the share of the quote's words found in the cable, 0 to 1.
	Coverage    float64
	Verdict     Verdict
	Differences []Difference
	FoundBy     FoundBy
	// Candidates counts the cables that hold the words when the verdict is
	// Ambiguous.
	Candidates int
	// Ref is the story's naming of the cable that led to it, if any.
	Ref *CableRef
}

// Placed reports whether the match names a cable.
func (m *CableMatch) Placed() bool { return m != nil && m.CableID != "" && m.Verdict.Placed() }
