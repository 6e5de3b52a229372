package match

import (
	"strings"

	"cables/archive/norm"
	"cables/model"
)

// tally counts what an alignment kept and changed of a quote.
type tally struct {
	words    int // the quote's words, optional insertions aside
	kept     int // of those, found in the cable (respelt or not)
	replaced int
	inserted int // words the cable lacks, optional insertions aside
	omitted  int // cable words dropped without a mark
	elided   int // cable words dropped at an ellipsis
	respelt  int
	optional int // optional insertions the cable lacks
}

func count(story []norm.Token, a alignment) tally {
	var t tally
	for _, s := range story {
		if !s.Optional {
			t.words++
		}
	}
	for _, o := range a.ops {
		switch o.kind {
		case opSame, opSpelling:
			for _, s := range story[o.s0:o.s1] {
				if !s.Optional {
					t.kept++
				}
			}
			if o.kind == opSpelling {
				t.respelt++
			}
		case opReplace:
			t.replaced++
		case opInsert:
			if story[o.s0].Optional {
				t.optional++
			} else {
				t.inserted++
			}
		case opOmit:
			t.omitted++
		case opEllipsis:
			t.elided++
		}
	}
	return t
}

func (t tally) coverage() float64 {
	if t.words == 0 {
		return 0
	}
	return float64(t.kept) / float64(t.words)
}

// verdict grades a quote by what its alignment kept: the same words are
// verbatim; words dropped, added, marked or respelt, edited; a word or two
// replaced, altered; the story's own words around a few of the cable's, a
// paraphrase.
func (t tally) verdict() model.Verdict {
	c := t.coverage()
	switch {
	case c >= 0.85 && t.replaced == 0 && t.inserted <= t.words/10:
		if t.inserted+t.omitted+t.elided+t.respelt+t.optional == 0 {
			return model.Verbatim
		}
		return model.Edited
	case c >= 0.7 && t.replaced <= max(1, t.words/8):
		if t.replaced > 0 {
			return model.Altered
		}
		return model.Edited
	case c >= 0.4:
		return model.Paraphrase
	}
	return model.NotFound
}

// differences lists an alignment's departures from the cable, runs of one
// kind together, with case changes of words kept.
func differences(quote string, story []norm.Token, body string, cable []norm.Token, a alignment) []model.Difference {
	var out []model.Difference
	lastOp := -2 // the op the last difference came from
	add := func(at int, kind model.DiffKind, o op) {
		adjacent := at == lastOp+1
		lastOp = at
		d := model.Difference{Kind: kind}
		if o.s1 > o.s0 {
			d.StoryStart, d.StoryEnd = story[o.s0].Start, story[o.s1-1].End
		} else if o.s0 < len(story) {
			d.StoryStart, d.StoryEnd = story[o.s0].Start, story[o.s0].Start
		} else {
			d.StoryStart, d.StoryEnd = len(quote), len(quote)
		}
		if o.c1 > o.c0 {
			d.CableStart, d.CableEnd = cable[o.c0].Start, cable[o.c1-1].End
		} else if o.c0 < len(cable) {
			d.CableStart, d.CableEnd = cable[o.c0].Start, cable[o.c0].Start
		}
		d.Story = quote[d.StoryStart:d.StoryEnd]
		d.Cable = body[d.CableStart:d.CableEnd]
		if n := len(out); n > 0 && adjacent && out[n-1].Kind == kind && kind != model.Spelling && kind != model.Case {
			prev := &out[n-1]
			if d.StoryEnd > d.StoryStart {
				if prev.StoryEnd == prev.StoryStart {
					prev.StoryStart = d.StoryStart
				}
				prev.StoryEnd = d.StoryEnd
			}
			if d.CableEnd > d.CableStart {
				if prev.CableEnd == prev.CableStart {
					prev.CableStart = d.CableStart
				}
				prev.CableEnd = d.CableEnd
			}
			prev.Story = quote[prev.StoryStart:prev.StoryEnd]
			prev.Cable = body[prev.CableStart:prev.CableEnd]
			return
		}
		out = append(out, d)
	}
	for at, o := range a.ops {
		switch o.kind {
		case opSame:
			s, c := story[o.s0], cable[o.c0]
			if sw, cw := quote[s.Start:s.End], body[c.Start:c.End]; sw != cw && strings.EqualFold(sw, cw) && !firstWordCapital(o.s0, sw, cw) {
				add(at, model.Case, o)
			}
		case opSpelling:
			add(at, model.Spelling, o)
		case opReplace:
			add(at, model.Replaced, o)
		case opInsert:
			add(at, model.Inserted, o)
		case opOmit:
			add(at, model.Omitted, o)
		case opEllipsis:
			add(at, model.Ellipsis, o)
		}
	}
	return out
}

// firstWordCapital reports the capital a quote's first word takes when it
// opens the story's sentence: no change worth telling.
func firstWordCapital(i int, story, cable string) bool {
	return i == 0 && len(story) > 0 && len(cable) > 0 && story[1:] == cable[1:]
}
