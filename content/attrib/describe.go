package attrib

import (
	"strings"

	"cables/content/lex"
)

// Cable words in a story about cables: a short phrase in quotation marks
// that pins a label on someone ("is praised as “…”", "diplomats described
// him as an “…”") or that a document is said to tell ("a cable that said
// officials had “…”") is the cables' words, whoever is described; the
// person described never speaks them.

var (
	// labelVerbs pin a label on someone: the quote after them is it.
	labelVerbs = lex.MustSet(words, "words/labelling-verbs.txt")
	// describers are the writers of the cables as a body.
	describers = lex.MustSet(words, "words/describers.txt")
	// docTellingVerbs are what a document does besides reporting verbs.
	docTellingVerbs = lex.MustSet(words, "words/document-telling-verbs.txt")
	// docHeads stand for a document that tells something.
	docHeads = lex.MustSet(words, "words/document-heads.txt")
)

// labelBefore returns the item of the verb whose label is the quote at
// item qi ("described him as", "calls the minister, a cousin of the king,",
// "is praised as"), in the quote's clause, or -1.
func labelBefore(pt *paraText, qi int) int {
	if qi < 0 {
		return -1
	}
	s := pt.sent[qi]
	for j := qi - 1; j >= s && j >= qi-12; j-- {
		if pt.items[j].tok < 0 {
			return -1 // another quote
		}
		w := pt.word(j)
		if labelVerbs[w] {
			if t, _ := pt.tok(j); t.Cap {
				return -1
			}
			return j
		}
		if w == "." || w == ";" || w == ":" || w == "that" || pt.isVerbAt(j) {
			return -1 // the quote is in a clause of its own
		}
	}
	return -1
}

// passiveAt reports whether the verb at item v is in the passive: "is
// praised", "was often called".
func passiveAt(pt *paraText, v int) bool {
	j := v - 1
	if j > 0 && strings.HasSuffix(pt.word(j), "ly") {
		j--
	}
	return pt.is(j, lex.Passive)
}

// inDocumentClause reports whether the words from item s to v are in a
// clause about a document: "a cable in which she described", "the cables,
// which describe".
func inDocumentClause(pt *paraText, s, v int) bool {
	for k := s + 1; k < v; k++ {
		if !pt.isWord(k, "which") {
			continue
		}
		d := k - 1
		if pt.isWord(d, "in") || pt.isWord(d, ",") {
			d--
		}
		if pt.is(d, lex.Doc) {
			return true
		}
	}
	return false
}

// labelledBy returns the verb that labels the quote of case k, when its
// subject writes the cables: the diplomats as a body, a document, a clause
// about one, or an ambassador; else -1.
func (k *quoteCase) labelledBy() (v int, src source) {
	c := &k.c
	v = labelBefore(c.pt, c.qi)
	if v < 0 || passiveAt(c.pt, v) {
		return -1, source{}
	}
	s := c.pt.sent[c.qi]
	src = k.a.subjectOf(c.pt, v, s, s)
	switch {
	case src.kind == srcDoc, inDocumentClause(c.pt, s, v):
	case src.kind == srcOther && describerAt(c.pt, s, src.at):
	case src.personish():
		if p := k.a.resolve(c.pt, c.first, src); p < 0 || !k.a.writer(p) {
			return -1, source{}
		}
	default:
		return -1, source{}
	}
	return v, src
}

// passiveLabel: the quote is a label pinned in the passive ("is praised
// as", "was nicknamed") in a story that named a document lately, and
// nothing sets the sentence in speech.
func (k *quoteCase) passiveLabel() (string, bool) {
	c := &k.c
	v := labelBefore(c.pt, c.qi)
	if v < 0 || !passiveAt(c.pt, v) || !k.a.docsLately(c.pt, c.qi) || k.a.spokenCue(c) {
		return "", false
	}
	return wordsAround(c.pt, v), true
}

// writersLabel: the quote is a label the cables' writers pin ("Diplomats
// described him as", "a cable in which she described him as", "the
// ambassador calls him") in a story that named a document lately.
func (k *quoteCase) writersLabel() (string, bool) {
	c := &k.c
	v, _ := k.labelledBy()
	if v < 0 || !k.a.docsLately(c.pt, c.qi) || k.a.spokenCue(c) {
		return "", false
	}
	return wordsAround(c.pt, v), true
}

// documentTells returns the item of a verb before item qi in its sentence
// whose subject is a document ("one cable that said", "the memo
// indicated", "A description of the minister said"), and the item where
// the document is named; -1 if none. Someone who speaks of the document
// first speaks the words ("Assange said the documents revealed “…”").
func (a *attributor) documentTells(pt *paraText, qi int) (v, doc int) {
	s := pt.sent[qi]
	for k := s; k < qi; k++ {
		if pt.items[k].tok < 0 {
			continue
		}
		if !pt.is(k, lex.Report) && !docTellingVerbs[pt.word(k)] {
			continue
		}
		if d := docSubject(pt, k); d >= 0 {
			return k, d
		}
		if pt.isVerbAt(k) && a.subjectOf(pt, k, s, s).personish() {
			return -1, -1
		}
	}
	return -1, -1
}

// docSubject returns the item of the document noun that is the subject
// of the verb at item k, or -1: "cable says", "cable that said", "note
// says", "description of Omar Qadir said".
func docSubject(pt *paraText, k int) int {
	j := k - 1
	if w := pt.word(j); w == "that" || w == "which" {
		j--
	}
	for j > 0 && pt.is(j, lex.Skip|lex.Passive) && j > k-4 {
		j--
	}
	if docHeadAt(pt, j) {
		return j
	}
	// "A description of Omar Qadir said": a head, "of" and a name
	for o := j; o > 0 && o >= k-6 && pt.items[o].tok >= 0 && !pt.isPunctAt(o); o-- {
		if pt.isWord(o, "of") && docHeads[pt.word(o-1)] {
			return o - 1
		}
	}
	return -1
}

func docHeadAt(pt *paraText, j int) bool {
	return pt.is(j, lex.Doc) || docHeads[pt.word(j)]
}

// documentTellsBefore: a document is the subject of a verb earlier in the
// quote's sentence ("one cable that said officials had “…”", "the memo
// indicated the ministry had “…”"), and nothing sets the sentence in
// speech.
func (k *quoteCase) documentTellsBefore() (string, bool) {
	c := &k.c
	v, _ := k.a.documentTells(c.pt, c.qi)
	if v < 0 || k.a.spokenCue(c) {
		return "", false
	}
	return wordsAround(c.pt, v), true
}

// describerAt reports whether the unnamed subject ending at item at names
// the cables' writers as a body: "Diplomats", "the embassy's officers".
func describerAt(pt *paraText, s, at int) bool {
	for j := max(s, at-3); j <= at; j++ {
		if describers[strings.ToLower(pt.word(j))] {
			return true
		}
	}
	return false
}
