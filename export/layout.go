package export

import (
	"strings"
	"sync"
)

// A layout is what an encoder writes between the values of a story, made
// once for each depth of the nesting: the new line, and each member's key
// with the comma or the brace and the new line before it, as one string
// (issue 14: the export of a first run writes six million lines, nearly
// all a member's; written a comma, a new line and a key at a time, with
// the new line made again at each change of depth, they were a third of
// the encoder's instructions).
type layout struct {
	prefix, indent string
	indented       bool
	at             [laidDepths]depthLayout
}

// depthLayout is what a layout writes at one depth.
type depthLayout struct {
	// line is the new line ("" when compact) and next a comma and line,
	// what goes between two items of a list
	line, next string
	// member is each member's key after the comma and line that end the
	// member before it (`,\n      "text": `); first is its key as an
	// object's first, after the brace that opens the object and its line
	// (`{\n      "text": `)
	member, first [memberCount]string
}

// laidDepths is how deep a layout is made: deeper than a story nests
// (a story, its quotes, a quote, its reasons, a reason).
const laidDepths = 8

// member is a member of the schema's objects, by its key.
type member uint8

const (
	idKey member = iota
	pathKey
	titleKey
	outletKey
	urlKey
	bylineKey
	publishedKey
	updatedKey
	datelineKey
	summaryKey
	captionsKey
	paragraphsKey
	quotesKey
	peopleKey
	nameKey
	aliasesKey
	mentionsKey
	textKey
	kindKey
	speakerKey
	sourceKey
	spansKey
	sourceCableKey
	whyKey
	paragraphKey
	startKey
	endKey
	decisionKey
	valueKey
	ruleKey
	evidenceKey
	memberCount
)

// memberKeys are the members' keys as an indented object prints them,
// quoted and with a colon and a space after them, which need no
// escaping; compact, without the space.
var memberKeys = [memberCount]string{
	idKey: `"id": `, pathKey: `"path": `, titleKey: `"title": `, outletKey: `"outlet": `, urlKey: `"url": `,
	bylineKey: `"byline": `, publishedKey: `"published": `, updatedKey: `"updated": `, datelineKey: `"dateline": `,
	summaryKey: `"summary": `, captionsKey: `"captions": `, paragraphsKey: `"paragraphs": `, quotesKey: `"quotes": `,
	peopleKey: `"people": `, nameKey: `"name": `, aliasesKey: `"aliases": `, mentionsKey: `"mentions": `,
	textKey: `"text": `, kindKey: `"kind": `, speakerKey: `"speaker": `, sourceKey: `"source": `, spansKey: `"spans": `,
	sourceCableKey: `"source_cable": `, whyKey: `"why": `, paragraphKey: `"paragraph": `, startKey: `"start": `,
	endKey: `"end": `, decisionKey: `"decision": `, valueKey: `"value": `, ruleKey: `"rule": `, evidenceKey: `"evidence": `,
}

// newLayout makes the layout of json.Indent with prefix and indent, when
// indented, else of compact JSON.
func newLayout(indented bool, prefix, indent string) *layout {
	l := &layout{prefix: prefix, indent: indent, indented: indented}
	for d := range l.at {
		l.at[d] = l.depth(d)
	}
	return l
}

// depth makes the layout at depth d.
func (l *layout) depth(d int) depthLayout {
	var at depthLayout
	at.next = ","
	if l.indented {
		at.line = "\n" + l.prefix + strings.Repeat(l.indent, d)
		at.next = "," + at.line
	}
	for m, key := range memberKeys {
		if !l.indented {
			key = key[:len(key)-1]
		}
		at.member[m] = at.next + key
		at.first[m] = "{" + at.line + key
	}
	return at
}

// compactLayout is the layout of appendStory, and listLayout that of the
// stories of an export's list (listWriter.encoder): made once each, when
// first asked for.
var (
	compactLayout = sync.OnceValue(func() *layout { return newLayout(false, "", "") })
	listLayout    = sync.OnceValue(func() *layout { return newLayout(true, "    ", "  ") })
)
