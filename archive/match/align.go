package match

import (
	"cables/archive/norm"
)

// op is one step of an alignment of a quote's words (story) with a
// cable's words.
type op struct {
	kind   opKind
	s0, s1 int // story tokens [s0, s1)
	c0, c1 int // cable tokens [c0, c1)
}

type opKind uint8

const (
	opSame     opKind = iota // the same word
	opSpelling               // the same word spelt otherwise, or a contraction
	opReplace                // another word
	opInsert                 // a story word the cable lacks
	opOmit                   // a cable word the story leaves out
	opEllipsis               // a cable word left out at an ellipsis
)

// Scores of the alignment, in tenths: words kept count most, a respelt
// word a little less; a replaced or added word costs. Dropping cable words
// costs once for the run and little for each word, since reporters cut
// whole clauses without a mark; at an ellipsis, or for a story's optional
// insertion, it is free.
const (
	scoreSame     = 30
	scoreSpelling = 20
	scoreReplace  = -19 // a shade better than adding a word: a quote ends on a changed word, not an added one
	scoreInsert   = -20
	scoreOmitRun  = -25 // the first cable word of a run dropped
	scoreOmitWord = -3  // each further one
)

// alignment is the best fit of the whole quote into a stretch of the cable.
type alignment struct {
	score int
	ops   []op
}

// Where a cell's best score came from.
const (
	fromDiag uint8 = iota
	fromUp
	fromOmit   // the best ends with cable words dropped (the omit matrix)
	fromDiag21 // two story words, one cable word
	fromDiag12 // one story word, two cable words
	fromOpen   // omit matrix: the run opens here
	fromExtend // omit matrix: the run goes on
)

// align fits the story's words into the cable's words: every story word is
// accounted for, and the cable's words before and after the fit are free
// (a "fitting" alignment: Smith-Waterman on the cable side only, with
// affine costs for dropped cable words as in Gotoh's algorithm).
// cableUS holds the cable words' American spellings (nil: worked out
// here).
func align(story, cable []norm.Token, cableUS []string, soft *speller) alignment {
	n, m := len(story), len(cable)
	if n == 0 || m == 0 {
		return alignment{}
	}
	w := m + 1
	const minScore = -1 << 28
	best := make([]int32, (n+1)*w) // H: best score at (i, j)
	omit := make([]int32, (n+1)*w) // E: best score ending in dropped cable words
	from := make([]uint8, (n+1)*w)
	omitFrom := make([]uint8, (n+1)*w)
	kinds := make([]opKind, (n+1)*w)
	// The American spelling of each word, worked out once.
	storyUS := make([]string, n)
	for i, t := range story {
		storyUS[i] = american(t.Form)
	}
	if cableUS == nil {
		cableUS = make([]string, m)
		for j, t := range cable {
			cableUS[j] = american(t.Form)
		}
	}
	for j := 0; j <= m; j++ {
		omit[j] = minScore
	}
	for i := 1; i <= n; i++ {
		st := story[i-1]
		ins := int32(scoreInsert)
		if st.Optional {
			ins = 0
		}
		// Cable words dropped after story word i (row i) are free when the
		// next story word follows an ellipsis.
		open, extend := int32(scoreOmitRun), int32(scoreOmitWord)
		if i < n && story[i].Gap {
			open, extend = 0, 0
		}
		last := i == n
		omit[i*w] = minScore
		for j := 0; j <= m; j++ {
			k := i*w + j
			h, hf, hk := best[(i-1)*w+j]+ins, fromUp, opInsert
			if j > 0 {
				ct := cable[j-1]
				var s int32
				kind := opSame
				switch {
				case st.Form == ct.Form:
					s = scoreSame
				case last && len(st.Form) < len(ct.Form) && hasPrefix(ct.Form, st.Form):
					s = scoreSame // a quote cut mid-word
				case storyUS[i-1] == cableUS[j-1] || soft.near(st.Form, ct.Form):
					s, kind = scoreSpelling, opSpelling
				case st.Optional:
					s, kind = minScore, opReplace // an optional word is skipped, not replaced
				default:
					s, kind = scoreReplace, opReplace
				}
				// On a tie a word is replaced rather than added: the
				// quote's word stands where the cable's did.
				if v := best[(i-1)*w+j-1] + s; v >= h {
					h, hf, hk = v, fromDiag, kind
				}
				e, ef := best[k-1]+open, fromOpen
				if v := omit[k-1] + extend; v > e {
					e, ef = v, fromExtend
				}
				omit[k], omitFrom[k] = e, ef
				if e > h {
					h, hf = e, fromOmit
					if open == 0 {
						hk = opEllipsis
					} else {
						hk = opOmit
					}
				}
				if i > 1 && soft.joined(story[i-2].Form, st.Form, ct.Form) {
					if v := best[(i-2)*w+j-1] + scoreSpelling*2; v > h {
						h, hf, hk = v, fromDiag21, opSpelling
					}
				}
				if j > 1 && soft.joined(cable[j-2].Form, ct.Form, st.Form) {
					if v := best[(i-1)*w+j-2] + scoreSpelling*2; v > h {
						h, hf, hk = v, fromDiag12, opSpelling
					}
				}
			} else {
				omit[k] = minScore
			}
			best[k], from[k], kinds[k] = h, hf, hk
		}
	}
	// The best end in the last row.
	bestJ := 0
	for j := 1; j <= m; j++ {
		if best[n*w+j] > best[n*w+bestJ] {
			bestJ = j
		}
	}
	a := alignment{score: int(best[n*w+bestJ])}
	i, j := n, bestJ
	inOmit := false
	for i > 0 {
		k := i*w + j
		if inOmit {
			kind := opOmit
			if i < n && story[i].Gap {
				kind = opEllipsis
			}
			a.ops = append(a.ops, op{kind, i, i, j - 1, j})
			inOmit = omitFrom[k] == fromExtend
			j--
			continue
		}
		switch from[k] {
		case fromDiag:
			a.ops = append(a.ops, op{kinds[k], i - 1, i, j - 1, j})
			i, j = i-1, j-1
		case fromUp:
			a.ops = append(a.ops, op{opInsert, i - 1, i, j, j})
			i--
		case fromOmit:
			inOmit = true
		case fromDiag21:
			a.ops = append(a.ops, op{opSpelling, i - 2, i, j - 1, j})
			i, j = i-2, j-1
		case fromDiag12:
			a.ops = append(a.ops, op{opSpelling, i - 1, i, j - 2, j})
			i, j = i-1, j-2
		}
	}
	for l, r := 0, len(a.ops)-1; l < r; l, r = l+1, r-1 {
		a.ops[l], a.ops[r] = a.ops[r], a.ops[l]
	}
	// Cable words dropped at either end of the fit are outside it.
	for len(a.ops) > 0 && isSkip(a.ops[0].kind) {
		a.ops = a.ops[1:]
	}
	for len(a.ops) > 0 && isSkip(a.ops[len(a.ops)-1].kind) {
		a.ops = a.ops[:len(a.ops)-1]
	}
	return a
}

func isSkip(k opKind) bool { return k == opOmit || k == opEllipsis }

func hasPrefix(s, p string) bool { return len(s) >= len(p) && s[:len(p)] == p }

// maxCells bounds the words of a cable aligned with a quote at once.
const maxCells = 600_000

// window picks the stretch of a long cable where a long quote can fit:
// the stretch with the most of the quote's word pairs in the quote's
// order, with room around it. Aligning there instead of the whole cable
// keeps a story's matching fast.
func window(story, cable []norm.Token) (int, int) {
	if len(story)*len(cable) <= maxCells {
		return 0, len(cable)
	}
	size := max(maxCells/max(len(story), 1), len(story)+50)
	if len(cable) <= size {
		return 0, len(cable)
	}
	pairs := make(map[[2]string]bool, len(story))
	for i := 1; i < len(story); i++ {
		pairs[[2]string{story[i-1].Form, story[i].Form}] = true
	}
	hits := make([]int32, len(cable)+1)
	for j := range cable {
		hits[j+1] = hits[j]
		if j > 0 && pairs[[2]string{cable[j-1].Form, cable[j].Form}] {
			hits[j+1]++
		}
	}
	best, bestAt := int32(-1), 0
	for j := 0; j+size <= len(cable); j++ {
		if h := hits[j+size] - hits[j]; h > best {
			best, bestAt = h, j
		}
	}
	return bestAt, bestAt + size
}
