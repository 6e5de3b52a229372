package attrib

import (
	"strings"

	"cables/content/rule"
	"cables/model"
)

// quoteWhy is the rules that decided one quote's introduction, speaker
// (and whom a pronoun cue stands for), kind and source.
type quoteWhy struct {
	intro, speaker, pronoun, kind, source rule.Fired
}

// append adds the reasons of quote q to reasons, speaker first (and the
// pronoun rule that found them), then kind and source; a speaker or source
// nobody decided has no reason.
func (w *quoteWhy) append(reasons []model.Reason, q *model.Quote) []model.Reason {
	if q.Speaker != "" && w.speaker.Rule != "" {
		reasons = append(reasons, model.Reason{Decision: "speaker", Value: q.Speaker, Rule: w.speaker.Rule, Evidence: w.speaker.Evidence})
		if w.pronoun.Rule != "" {
			reasons = append(reasons, model.Reason{Decision: "pronoun", Value: q.Speaker, Rule: w.pronoun.Rule, Evidence: w.pronoun.Evidence})
		}
	}
	reasons = append(reasons, model.Reason{Decision: "kind", Value: string(q.Kind), Rule: w.kind.Rule, Evidence: w.kind.Evidence})
	if q.Source != "" {
		reasons = append(reasons, model.Reason{Decision: "source", Value: q.Source, Rule: w.source.Rule, Evidence: w.source.Evidence})
	}
	return reasons
}

// reasons counts the reasons of the story's quotes: a kind for each, a
// speaker and a source for those that have one.
func (a *attributor) reasons() int {
	n := 0
	for q := range a.found {
		n++
		if a.speaker[q] >= 0 && a.why[q].speaker.Rule != "" {
			n++
			if a.why[q].pronoun.Rule != "" {
				n++
			}
		}
		if a.source[q] != "" {
			n++
		}
	}
	return n
}

// The evidence of a rule is a piece of the paragraph, never a copy: the
// words next to a quote or around the word a rule read. It is read only
// for a story whose quotes are explained (paraText.explain): no rule
// reads another's evidence, and loading a library never shows it.

// evidenceWords is how many words a piece of evidence runs to.
const evidenceWords = 10

// wordsBefore is the evidence before item at: the words of its sentence
// that lead up to it.
func wordsBefore(pt *paraText, at int) string {
	if at <= 0 || at > len(pt.items) || !pt.explain {
		return ""
	}
	b, s := at, pt.sentStart(at-1)
	for b > 0 && at-b < evidenceWords && pt.items[b-1].tok >= 0 && b-1 >= s {
		b--
	}
	return pt.phrase(b, at)
}

// wordsAfter is the evidence after the quote at item qi: the words of its
// sentence that follow it.
func wordsAfter(pt *paraText, qi int) string {
	if qi < 0 || qi >= len(pt.items) || !pt.explain {
		return ""
	}
	e, end := qi+1, pt.sentenceEnd(qi)
	for e < len(pt.items) && e-qi <= evidenceWords && pt.items[e].tok >= 0 && e < end {
		e++
	}
	return pt.phrase(qi+1, e)
}

// wordsAround is the evidence around item k: a few words before it and
// after it, within its sentence and between its marks.
func wordsAround(pt *paraText, k int) string {
	if k < 0 || k >= len(pt.items) || pt.items[k].tok < 0 || !pt.explain {
		return ""
	}
	b, e, s, end := k, k+1, pt.sentStart(k), pt.sentenceEnd(k)
	for b > s && k-b < 3 && !pt.isPunctAt(b-1) {
		b--
	}
	for e < end && e-k < 6 && !pt.isPunctAt(e) {
		e++
	}
	return pt.phrase(b, e)
}

// quoteStart is the evidence that names quote q: its first words, up to
// about 60 bytes.
func (a *attributor) quoteStart(q int) string {
	s := a.found[q].Spans[0]
	if !a.paras[s.Paragraph].explain {
		return ""
	}
	text := a.paras[s.Paragraph].text[s.Start:s.End]
	if len(text) > 60 {
		if cut := strings.LastIndexByte(text[:60], ' '); cut > 0 {
			return text[:cut]
		}
	}
	return text
}
