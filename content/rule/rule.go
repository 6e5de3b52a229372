// Package rule is how the extractor writes a decision down: an ordered
// table of named rules, each with an example sentence written for cables
// and a test row named after it, the first rule that fires deciding. The
// decision says which rule decided and on what words, for --explain and
// for the test that fails when a rule is deleted or moved.
//
// A rule reads like its comment: what it looks for in Match, what it
// decides in Verdict; or, when the verdict is something found in the text
// (a person, a document), what it looks for and finds in Find. Lookups,
// caches and arenas stay in the stage that runs the table.
package rule

import (
	"fmt"
	"math/bits"
	"strings"
)

// Rule is one named way to reach a verdict.
type Rule[In, V any] struct {
	// Name says what the rule looks for, in lower case with hyphens:
	// "document-frame". It is what --explain prints and what the rule's
	// test row is called.
	Name string
	// Example is a sentence written for cables that the rule decides.
	Example string
	// Verdict is what the rule decides when it fires.
	Verdict V
	// Match reports whether the rule fires, and the words of the text
	// that made it fire (a piece of the text, for the reader of a trace).
	Match func(In) (evidence string, ok bool)
	// Find is Match for a decision whose verdict is found in the text
	// rather than fixed (the person a cue names, the document a quote
	// comes from): it reports what it found, on what words, and whether
	// the rule fires. A rule has a Match or a Find, not both; Verdict is
	// unused with Find.
	Find func(In) (verdict V, evidence string, ok bool)
}

// Table is one decision: its rules in precedence order.
type Table[In, V any] struct {
	// Decision names what the table decides: "kind", "speaker".
	Decision string
	Rules    []Rule[In, V]
}

// Fired is the rule that decided, and on what words.
type Fired struct {
	Rule     string
	Evidence string
}

// Decide runs the rules in order and returns the verdict of the first that
// fires (what its Find found, for a rule with a Find). The last rule of a
// table should always fire; if none does, the zero verdict is returned
// with an empty Fired.
func (t *Table[In, V]) Decide(in In) (V, Fired) { return t.DecideFrom(in, 0) }

// DecideFrom is Decide from the rule at index first on: for a runner on a
// hot path that knows the rules before it cannot fire for this input (a
// shortcut kept out of the rules themselves).
//
// It asks a rule in its body, as DecideAmong does: a method of Rule for
// it would be a call more per rule asked, as the compiler does not inline
// it into generic code.
func (t *Table[In, V]) DecideFrom(in In, first int) (V, Fired) {
	rules := t.Rules // (a local: t's fields are not read again after each call)
	for i := first; i < len(rules); i++ {
		r := &rules[i]
		if r.Find != nil {
			if verdict, evidence, ok := r.Find(in); ok {
				return verdict, Fired{Rule: r.Name, Evidence: evidence}
			}
		} else if evidence, ok := r.Match(in); ok {
			return r.Verdict, Fired{Rule: r.Name, Evidence: evidence}
		}
	}
	var zero V
	return zero, Fired{}
}

// DecideAmong is Decide asking only the rules whose bit is set in may
// (bit i for the rule at index i; a rule past the 64th is always asked):
// for a runner that knows the others cannot fire for this input, from a
// field or two of it (a pre-check kept out of the rules themselves, that
// names the rules it leaves out; see RulesNamed). It steps through the
// set bits, so that a rule left out costs no turn of the loop.
func (t *Table[In, V]) DecideAmong(in In, may uint64) (V, Fired) {
	rules := t.Rules
	for ; may != 0; may &= may - 1 {
		i := bits.TrailingZeros64(may)
		if i >= len(rules) {
			break // (the bits past the table's rules)
		}
		r := &rules[i]
		if r.Find != nil {
			if verdict, evidence, ok := r.Find(in); ok {
				return verdict, Fired{Rule: r.Name, Evidence: evidence}
			}
		} else if evidence, ok := r.Match(in); ok {
			return r.Verdict, Fired{Rule: r.Name, Evidence: evidence}
		}
	}
	return t.DecideFrom(in, 64) // (the rules past the 64th; none in a shorter table)
}

// RulesNamed is the set of the table's rules of those names, as
// DecideAmong reads it; a name the table does not hold (or holds past
// the 64th rule) panics, as a mistake in the program.
func (t *Table[In, V]) RulesNamed(names ...string) uint64 {
	var set uint64
	for _, name := range names {
		i := t.Index(name)
		if i < 0 || i >= 64 {
			panic("rule: no rule " + name + " among the first 64 of " + t.Decision)
		}
		set |= 1 << i
	}
	return set
}

// Index returns the position of the rule named name in the table, or -1.
func (t *Table[In, V]) Index(name string) int {
	for i := range t.Rules {
		if t.Rules[i].Name == name {
			return i
		}
	}
	return -1
}

// Examples returns the rules' example sentences, in the table's order.
func (t *Table[In, V]) Examples() []string {
	examples := make([]string, len(t.Rules))
	for i := range t.Rules {
		examples[i] = t.Rules[i].Example
	}
	return examples
}

// Names lists the table's rules in order, for the test that pins it.
func (t *Table[In, V]) Names() []string {
	names := make([]string, len(t.Rules))
	for i, r := range t.Rules {
		names[i] = r.Name
	}
	return names
}

// Check reports the first thing wrong with the table's rules: a name that
// is not lower-case words joined by hyphens, or is used twice; a rule with
// no example or no match. Each stage's tests check its tables.
func (t *Table[In, V]) Check() error {
	seen := map[string]bool{}
	for i, r := range t.Rules {
		problem := ""
		switch {
		case !wellNamed(r.Name):
			problem = "is not lower-case words joined by hyphens"
		case seen[r.Name]:
			problem = "is used twice"
		case r.Example == "":
			problem = "has no example sentence"
		case r.Match == nil && r.Find == nil:
			problem = "has no match"
		case r.Match != nil && r.Find != nil:
			problem = "has both a match and a find"
		}
		if problem != "" {
			return fmt.Errorf("%s rule %d %q %s", t.Decision, i, r.Name, problem)
		}
		seen[r.Name] = true
	}
	return nil
}

// wellNamed reports a name of lower-case words and digits joined by single
// hyphens.
func wellNamed(name string) bool {
	for _, word := range strings.Split(name, "-") {
		if word == "" || strings.Trim(word, "abcdefghijklmnopqrstuvwxyz0123456789") != "" {
			return false
		}
	}
	return true
}
