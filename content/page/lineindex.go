package page

import (
	"regexp"
	"regexp/syntax"
	"strings"
	"sync"
	"unicode/utf8"
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
	// re is the pattern compiled, on the first line its filter lets
	// through: most of a page's patterns are never tried, and compiling
	// them all was a third of the fixed cost of a run that reads a story
	// (issue 14 item 12).
	re func() *regexp.Regexp
	// second holds, a bit each, the bytes that may follow the first in a
	// line of two bytes or more that re matches.
	second [4]uint64
	lineFilter
}

// mayMatch reports whether the pattern may match line, filed under its
// first byte, by its second and by the filter.
func (e *indexedLine) mayMatch(line string) bool {
	return (len(line) < 2 || e.second[line[1]>>6]&(1<<(line[1]&63)) != 0) && e.lineFilter.mayMatch(line)
}

func indexLines(patterns []string) *lineIndex {
	var x lineIndex
	for _, pattern := range patterns {
		// The pattern is parsed once for its first bytes and its filter,
		// and compiled by regexp only when a line gets past both.
		var firsts [256]bool
		var seconds [256][4]uint64
		filter := lineFilter{longest: -1}
		if parsed, err := syntax.Parse(pattern, syntax.Perl); err == nil {
			simple := parsed.Simplify()
			prog, err := syntax.Compile(simple)
			if err != nil {
				prog = nil
			}
			firsts, seconds = pairsOf(prog)
			filter = filterOf(pattern, simple)
		} else {
			firsts, seconds = pairsOf(nil)
		}
		re := sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(pattern) })
		for b, may := range firsts {
			if may {
				x[b] = append(x[b], indexedLine{re: re, second: seconds[b], lineFilter: filter})
			}
		}
	}
	return &x
}

// lineFilter is what every line a whole-line pattern matches has: a
// length in bytes between shortest and longest, the pattern's literal
// prefix at its start, and a literal the pattern cannot match without
// somewhere in it. A line without them is not tried: the regexp's setup
// grows with the line, and most tries of chrome patterns on story lines
// fail.
type lineFilter struct {
	shortest, longest int // longest < 0: no bound
	prefix, needs     string
}

// mayMatch reports whether line has what every line the pattern matches
// has.
func (f *lineFilter) mayMatch(line string) bool {
	return len(line) >= f.shortest && (f.longest < 0 || len(line) <= f.longest) &&
		strings.HasPrefix(line, f.prefix) && strings.Contains(line, f.needs)
}

// newLineFilter reads the filter of a pattern anchored at the line's start
// ("^…"): the literal prefix is the one regexp gives for the pattern
// without its anchor, which it does not give with it.
func newLineFilter(re *regexp.Regexp) lineFilter {
	parsed, err := syntax.Parse(re.String(), syntax.Perl)
	if err != nil {
		return lineFilter{longest: -1}
	}
	return filterOf(re.String(), parsed.Simplify())
}

// filterOf is newLineFilter of a pattern, given it parsed and simplified.
func filterOf(pattern string, simple *syntax.Regexp) lineFilter {
	prefix, ok := literalPrefix(strings.TrimPrefix(pattern, "^"))
	if !strings.HasPrefix(pattern, "^") || !ok {
		return lineFilter{longest: -1}
	}
	f := lineFilter{prefix: prefix}
	f.shortest, f.longest = byteLengths(simple)
	for _, lit := range neededLiterals(simple) {
		if len(lit) > len(f.needs) && !strings.HasPrefix(f.prefix, lit) {
			f.needs = lit
		}
	}
	return f
}

// literalPrefix is the LiteralPrefix regexp gives a pattern, found as
// regexp.Compile finds it but without the rest of its work (a third of
// the time the chrome index took to build): the prefix of the program,
// unless the program starts at the start of the text, for which regexp
// may compile a one-pass matcher that finds it otherwise; ok is false
// when the pattern does not compile.
func literalPrefix(pattern string) (prefix string, ok bool) {
	parsed, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return "", false
	}
	prog, err := syntax.Compile(parsed.Simplify())
	if err != nil {
		return "", false
	}
	if in := prog.Inst[prog.Start]; in.Op == syntax.InstEmptyWidth && syntax.EmptyOp(in.Arg)&syntax.EmptyBeginText != 0 {
		re, err := regexp.Compile(pattern)
		if err != nil {
			return "", false
		}
		prefix, _ = re.LiteralPrefix()
		return prefix, true
	}
	prefix, _ = prog.Prefix()
	return prefix, true
}

// byteLengths are the fewest and the most bytes a text that re matches
// may have (most < 0: no bound). A rune may be a byte that is no UTF-8,
// which matches as U+FFFD; so any rune but one of ASCII, matched as
// written, counts from one byte to four.
func byteLengths(re *syntax.Regexp) (least, most int) {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return 0, 0
	case syntax.OpLiteral:
		for _, r := range re.Rune {
			least++
			if r < utf8.RuneSelf && re.Flags&syntax.FoldCase == 0 {
				most++
			} else {
				most += utf8.UTFMax
			}
		}
		return least, most
	case syntax.OpCharClass:
		for i := 1; i < len(re.Rune); i += 2 {
			if re.Rune[i] >= utf8.RuneSelf {
				return 1, utf8.UTFMax
			}
		}
		return 1, 1
	case syntax.OpAnyCharNotNL, syntax.OpAnyChar:
		return 1, utf8.UTFMax
	case syntax.OpCapture:
		return byteLengths(re.Sub[0])
	case syntax.OpStar, syntax.OpQuest, syntax.OpPlus, syntax.OpRepeat:
		return repeatLengths(re)
	case syntax.OpConcat:
		return concatLengths(re.Sub)
	case syntax.OpAlternate:
		return alternateLengths(re.Sub)
	}
	return 0, -1 // anything else: no bound
}

// repeatLengths is byteLengths of a star, a question mark, a plus or a
// counted repeat.
func repeatLengths(re *syntax.Regexp) (least, most int) {
	l, m := byteLengths(re.Sub[0])
	switch re.Op {
	case syntax.OpStar:
		return 0, -1
	case syntax.OpQuest:
		return 0, m
	case syntax.OpPlus:
		return l, -1
	}
	if re.Max < 0 || m < 0 {
		return l * re.Min, -1
	}
	return l * re.Min, m * re.Max
}

// concatLengths is byteLengths of subs one after another.
func concatLengths(subs []*syntax.Regexp) (least, most int) {
	for _, sub := range subs {
		l, m := byteLengths(sub)
		least += l
		if most >= 0 {
			most = m + most
			if m < 0 {
				most = -1
			}
		}
	}
	return least, most
}

// alternateLengths is byteLengths of one of subs.
func alternateLengths(subs []*syntax.Regexp) (least, most int) {
	least = -1
	for _, sub := range subs {
		l, m := byteLengths(sub)
		if least < 0 || l < least {
			least = l
		}
		if most >= 0 && (m < 0 || m > most) {
			most = m
		}
	}
	return max(least, 0), most
}

// neededLiterals are literals, matched as written, that every text re
// matches holds.
func neededLiterals(re *syntax.Regexp) []string {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase == 0 {
			return []string{string(re.Rune)}
		}
	case syntax.OpCapture, syntax.OpPlus:
		return neededLiterals(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return neededLiterals(re.Sub[0])
		}
	case syntax.OpConcat:
		var out []string
		for _, sub := range re.Sub {
			out = append(out, neededLiterals(sub)...)
		}
		return out
	}
	return nil
}

// matchAny reports whether any of the indexed patterns matches line.
func (x *lineIndex) matchAny(line string) bool {
	if line == "" {
		return false
	}
	for i := range x[line[0]] {
		if e := &x[line[0]][i]; e.mayMatch(line) && e.re().MatchString(line) {
			return true
		}
	}
	return false
}

// pairsOf is, at least, the set of first bytes of the texts a pattern
// compiled by regexp/syntax matches at their start, and for each first
// byte, at least the bytes that may follow it in a text of two bytes or
// more that it matches at its start, a bit each: a byte outside ASCII
// stands for any rune outside it, which any byte may follow, and a
// pattern that may match the empty text, or nil, one that did not
// compile, may start with any bytes.
func pairsOf(prog *syntax.Prog) (firsts [256]bool, seconds [256][4]uint64) {
	all := [4]uint64{^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0)}
	if prog == nil {
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
