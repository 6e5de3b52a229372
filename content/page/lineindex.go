package page

import (
	"regexp"
	"regexp/syntax"
)

// lineIndex files whole-line patterns under the bytes a line they match
// may start with, each with the bytes that may follow that one, so that a
// line is tried only against the patterns that can match it; which of them
// matches is not told, only whether one does. Most patterns fail at once
// on a line they cannot match, but each try costs a setup that grows with
// the line; lines that share a first byte with many patterns ("s": sign
// in, subscribe, share, search) seldom share the second.
type lineIndex [256][]indexedLine

// indexedLine is a pattern filed under a first byte.
type indexedLine struct {
	re *regexp.Regexp
	// second holds, a bit each, the bytes that may follow the first in a
	// line of two bytes or more that re matches.
	second [4]uint64
}

// mayMatch reports whether the pattern may match line, filed under its
// first byte, by its second.
func (e *indexedLine) mayMatch(line string) bool {
	return len(line) < 2 || e.second[line[1]>>6]&(1<<(line[1]&63)) != 0
}

func indexLines(res []*regexp.Regexp) *lineIndex {
	var x lineIndex
	for _, re := range res {
		firsts, seconds := firstPairs(re)
		for b, may := range firsts {
			if may {
				x[b] = append(x[b], indexedLine{re: re, second: seconds[b]})
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
	for i := range x[line[0]] {
		if e := &x[line[0]][i]; e.mayMatch(line) && e.re.MatchString(line) {
			return true
		}
	}
	return false
}

// firstBytes is, at least, the set of first bytes of the texts re matches
// at their start: a byte outside ASCII stands for any rune outside it, and
// a pattern that may match the empty text may start with any byte.
func firstBytes(re *regexp.Regexp) [256]bool {
	firsts, _ := firstPairs(re)
	return firsts
}

// firstPairs is firstBytes, and for each first byte, at least the bytes
// that may follow it in a text of two bytes or more that re matches at its
// start, a bit each: a rune outside ASCII may be followed by any byte.
func firstPairs(re *regexp.Regexp) (firsts [256]bool, seconds [256][4]uint64) {
	all := [4]uint64{^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0)}
	prog, ok := program(re)
	if !ok {
		for b := range firsts {
			firsts[b], seconds[b] = true, all
		}
		return firsts, seconds
	}
	for _, pc := range runesFrom(prog, uint32(prog.Start)) {
		if pc < 0 {
			for b := range firsts {
				firsts[b], seconds[b] = true, all
			}
			return firsts, seconds
		}
		in := &prog.Inst[pc]
		var follow [4]uint64
		for _, next := range runesFrom(prog, in.Out) {
			if next < 0 {
				follow = all
				break
			}
			for b, may := range runeBytes(&prog.Inst[next]) {
				if may {
					follow[b>>6] |= 1 << (b & 63)
				}
			}
		}
		for b, may := range runeBytes(in) {
			if !may {
				continue
			}
			firsts[b] = true
			if b >= 0x80 { // a byte of a rune of several bytes follows
				seconds[b] = all
			}
			for w := range follow {
				seconds[b][w] |= follow[w]
			}
		}
	}
	return firsts, seconds
}

// program is re compiled as regexp/syntax compiles it, to be walked.
func program(re *regexp.Regexp) (*syntax.Prog, bool) {
	parsed, err := syntax.Parse(re.String(), syntax.Perl)
	if err != nil {
		return nil, false
	}
	prog, err := syntax.Compile(parsed.Simplify())
	return prog, err == nil
}

// runesFrom are the rune instructions a match may read first from pc on,
// with -1 for a match that may end or read any rune there.
func runesFrom(prog *syntax.Prog, pc uint32) []int {
	var out []int
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
			out = append(out, int(pc))
		case syntax.InstFail:
		default: // InstMatch, InstRuneAny, InstRuneAnyNotNL
			out = append(out, -1)
		}
	}
	walk(pc)
	return out
}

// runeBytes are the bytes a rune instruction's rune may start with: a
// byte outside ASCII stands for any rune outside it.
func runeBytes(in *syntax.Inst) (set [256]bool) {
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
	runes := in.Rune
	if len(runes) == 1 {
		runes = []rune{runes[0], runes[0]}
	}
	for i := 0; i+1 < len(runes); i += 2 {
		add(runes[i], runes[i+1])
	}
	if in.Op == syntax.InstRune && syntax.Flags(in.Arg)&syntax.FoldCase != 0 {
		// folding may reach the other case, or a rune outside ASCII ("K"
		// for "k"): all of them may start
		add('A', 'Z')
		add('a', 'z')
		add(0x80, 0x80)
	}
	return set
}
