package model

// Form is how the source set one body paragraph, when the source says
// (Markdown does): a heading, an item of a list, a passage in a block
// quote, and the words it emphasised, set as code or linked. The
// paragraph's text is the same either way; a Form only says how to show it.
type Form struct {
	Heading int    // 1–6: a heading of that level; 0: not a heading
	Item    string // a list item's marker as the source numbered it ("-", "3."); "" when not the first paragraph of an item
	Tight   bool   // an item of a list whose items stand without blank lines between them
	Nested  int    // for an item: how many list items its list stands in
	Quoted  int    // how many block quotes the paragraph stands in
	Marks   []Mark // in order of Start; nested marks follow the mark they are in
}

// Mark is a run of a paragraph set apart by the source.
type Mark struct {
	Start, End int // bytes of the paragraph
	Style      MarkStyle
	URL        string // for a link
}

// MarkStyle is how a Mark sets its words apart.
type MarkStyle uint8

// The inline styles Markdown gives.
const (
	Emphasis MarkStyle = iota + 1
	Strong
	Code
	Link
)

// IsZero reports a paragraph set as plain text.
func (f Form) IsZero() bool {
	return f.Heading == 0 && f.Item == "" && !f.Tight && f.Nested == 0 && f.Quoted == 0 && len(f.Marks) == 0
}
