package attrib

import "cables/content/rule"

// Which document a cable passage comes from is decided by one table of
// named rules in precedence order: the document its cue names, else one
// named in its sentence, else the last one named before it, else one named
// later in its paragraph. The verdict is a document of the story (its
// index), -1 for none. A new way of naming a passage's document goes in
// this table where it belongs, with an example written for cables;
// TestSourceRules reads it (sourcerules_test.go).
var sourceRules = rule.Table[*quoteCase, int]{Decision: "source", Rules: []rule.Rule[*quoteCase, int]{
	{Name: "cue-names-document", Find: (*quoteCase).cueNamesADocument,
		Example: `“The harbour master sleeps at noon,” a 2009 cable from Lagos said.`},
	{Name: "document-in-sentence", Find: (*quoteCase).documentInSentence,
		Example: `In a 2008 cable from Lagos, the ambassador called the minister “a patient thief”.`},
	{Name: "document-named-before", Find: (*quoteCase).documentNamedBefore,
		Example: `A 2008 cable from Lagos is blunt about the port.¶The ambassador wrote that it was “a den of thieves”.`},
	{Name: "document-named-after", Find: (*quoteCase).documentNamedAfter,
		Example: `The ambassador wrote that the port was “a den of thieves”. That was in a 2008 cable from Lagos.`},
	{Name: "no-document", Find: func(*quoteCase) (int, string, bool) { return -1, "", true },
		Example: `The ambassador wrote that the port was “a den of thieves”.`},
}}

// cueNamesADocument: the cue after the quote, or else the one before it,
// names a document or its author ("the cable said", "the memo's author
// wrote"): that document, or the last one named before its words.
func (k *quoteCase) cueNamesADocument() (int, string, bool) {
	c, a := &k.c, k.a
	for _, cc := range [2]struct {
		cue cue
		pi  int
	}{{c.after, c.last}, {c.before, c.bpi}} {
		if s := cc.cue.src; s.kind == srcDoc || s.kind == srcAuthor {
			if d := a.docNear(cc.pi, s.at); d >= 0 {
				return d, wordsAround(a.paras[cc.pi], s.at), true
			}
		}
	}
	return -1, "", false
}

// documentInSentence: a document is named in the quote's sentence.
func (k *quoteCase) documentInSentence() (int, string, bool) {
	c := &k.c
	if c.qi < 0 {
		return -1, "", false
	}
	pt := c.pt
	s, e := pt.sentStart(c.qi), pt.sentenceEnd(c.qi)
	for _, m := range k.a.docsOf(c.first) {
		if m.item >= s && m.item < e {
			return m.doc, wordsAround(pt, m.item), true
		}
	}
	return -1, "", false
}

// documentNamedBefore: a document was named before the quote, in its
// paragraph or an earlier one: the last such.
func (k *quoteCase) documentNamedBefore() (int, string, bool) {
	c := &k.c
	if c.qi < 0 {
		return -1, "", false
	}
	d := k.a.docNear(c.first, c.qi)
	return d, "", d >= 0
}

// documentNamedAfter: a document is named after the quote in its
// paragraph: the first such.
func (k *quoteCase) documentNamedAfter() (int, string, bool) {
	c := &k.c
	if c.qi < 0 {
		return -1, "", false
	}
	for _, m := range k.a.docsOf(c.first) {
		if m.item > c.qi {
			return m.doc, wordsAround(c.pt, m.item), true
		}
	}
	return -1, "", false
}
