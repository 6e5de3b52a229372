package page

import (
	"regexp"
	"regexp/syntax"
)

// lineIndex files whole-line patterns under the bytes a line they match
// may start with, so that a line is tried only against the patterns that
// can match it; which of them matches is not told, only whether one does.
type lineIndex [256][]*regexp.Regexp

func indexLines(res []*regexp.Regexp) *lineIndex {
	var x lineIndex
	for _, re := range res {
		first := firstBytes(re)
		for b, may := range first {
			if may {
				x[b] = append(x[b], re)
			}
		}
	}
	return &x
}

// matchAny reports whether any of the indexed patterns matches line.
func (x *lineIndex) matchAny(line string) bool {
	if line == "" {
		return false
	}
	for _, re := range x[line[0]] {
		if re.MatchString(line) {
			return true
		}
	}
	return false
}

// firstBytes is, at least, the set of first bytes of the texts re matches
// at their start: a byte outside ASCII stands for any rune outside it, and
// a pattern that may match the empty text may start with any byte.
func firstBytes(re *regexp.Regexp) (set [256]bool) {
	anyByte := func() {
		for b := range set {
			set[b] = true
		}
	}
	add := func(lo, hi rune) {
		for r := lo; r <= hi && r < 0x80; r++ {
			set[r] = true
		}
		if hi >= 0x80 {
			for b := 0x80; b < len(set); b++ {
				set[b] = true
			}
		}
	}
	parsed, err := syntax.Parse(re.String(), syntax.Perl)
	if err != nil {
		anyByte()
		return set
	}
	prog, err := syntax.Compile(parsed.Simplify())
	if err != nil {
		anyByte()
		return set
	}
	seen := make([]bool, len(prog.Inst))
	var walk func(pc uint32)
	walk = func(pc uint32) {
		if seen[pc] {
			return
		}
		seen[pc] = true
		in := &prog.Inst[pc]
		switch in.Op {
		case syntax.InstAlt, syntax.InstAltMatch:
			walk(in.Out)
			walk(in.Arg)
		case syntax.InstCapture, syntax.InstNop, syntax.InstEmptyWidth:
			walk(in.Out)
		case syntax.InstRune, syntax.InstRune1:
			runes := in.Rune
			if len(runes) == 1 {
				runes = []rune{runes[0], runes[0]}
			}
			for i := 0; i+1 < len(runes); i += 2 {
				add(runes[i], runes[i+1])
			}
			if in.Op == syntax.InstRune && syntax.Flags(in.Arg)&syntax.FoldCase != 0 {
				// folding may reach the other case, or a rune outside
				// ASCII ("K" for "k"): all of them may start
				add('A', 'Z')
				add('a', 'z')
				add(0x80, 0x80)
			}
		case syntax.InstFail:
		default: // InstMatch, InstRuneAny, InstRuneAnyNotNL
			anyByte()
		}
	}
	walk(uint32(prog.Start))
	return set
}
