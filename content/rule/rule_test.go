package rule

import (
	"fmt"
	"strconv"
	"strings"
	"testing"
)

// moods is the table the tests ask: shouting, asking, calm by default.
func moods() Table[string, string] {
	return Table[string, string]{Decision: "mood", Rules: []Rule[string, string]{
		{Name: "shouts", Example: "STOP!", Verdict: "angry", Match: func(s string) (string, bool) {
			return s, strings.HasSuffix(s, "!")
		}},
		{Name: "asks", Example: "Why?", Verdict: "curious", Match: func(s string) (string, bool) {
			return s, strings.HasSuffix(s, "?")
		}},
		{Name: "calm-by-default", Example: "Fine.", Verdict: "calm", Match: func(string) (string, bool) { return "", true }},
	}}
}

// The first rule that fires decides; the trace names it and its words.
func TestDecideTakesTheFirstRuleThatFires(t *testing.T) {
	table := moods()
	for _, tc := range []struct{ in, want, rule string }{
		{"Why!", "angry", "shouts"}, {"Why?", "curious", "asks"}, {"Fine.", "calm", "calm-by-default"},
	} {
		got, fired := table.Decide(tc.in)
		if got != tc.want || fired.Rule != tc.rule {
			t.Errorf("%q: %s by %s, want %s by %s", tc.in, got, fired.Rule, tc.want, tc.rule)
		}
	}
	if err := table.Check(); err != nil {
		t.Error(err)
	}
	if got := strings.Join(table.Names(), " "); got != "shouts asks calm-by-default" {
		t.Errorf("names %q", got)
	}
}

func TestCheckRefusesBadTables(t *testing.T) {
	match := func(string) (string, bool) { return "", true }
	for name, rules := range map[string][]Rule[string, bool]{
		"a name with capitals": {{Name: "Shouts", Example: "x", Match: match}},
		"a name with a space":  {{Name: "shouts loudly", Example: "x", Match: match}},
		"doubled hyphens":      {{Name: "shouts--loudly", Example: "x", Match: match}},
		"a name used twice":    {{Name: "shouts", Example: "x", Match: match}, {Name: "shouts", Example: "y", Match: match}},
		"no example":           {{Name: "shouts", Match: match}},
		"no match":             {{Name: "shouts", Example: "x"}},
		"a match and a find": {{Name: "shouts", Example: "x", Match: match,
			Find: func(string) (bool, string, bool) { return true, "", true }}},
	} {
		table := Table[string, bool]{Decision: "test", Rules: rules}
		if table.Check() == nil {
			t.Errorf("%s: passes Check", name)
		}
	}
}

// A rule with a Find decides what it found: the word it read, here.
func TestDecideTakesWhatAFindFound(t *testing.T) {
	table := Table[string, string]{Decision: "addressee", Rules: []Rule[string, string]{
		{Name: "named-after-dear", Example: "Dear Ruiz, the port is shut.", Find: func(s string) (string, string, bool) {
			name, ok := strings.CutPrefix(s, "Dear ")
			name, _, _ = strings.Cut(name, ",")
			return name, "Dear " + name, ok
		}},
		{Name: "nobody-named", Example: "The port is shut.", Verdict: "nobody", Match: func(string) (string, bool) { return "", true }},
	}}
	for _, tc := range []struct{ in, want, rule, evidence string }{
		{"Dear Ruiz, the port is shut.", "Ruiz", "named-after-dear", "Dear Ruiz"},
		{"The port is shut.", "nobody", "nobody-named", ""},
	} {
		got, fired := table.Decide(tc.in)
		if got != tc.want || fired.Rule != tc.rule || fired.Evidence != tc.evidence {
			t.Errorf("%q: %s by %s on %q, want %s by %s on %q", tc.in, got, fired.Rule, fired.Evidence, tc.want, tc.rule, tc.evidence)
		}
	}
	if err := table.Check(); err != nil {
		t.Error(err)
	}
}

// DecideFrom skips the rules before the one it starts at; Index finds a
// rule by name.
func TestDecideFromSkipsEarlierRules(t *testing.T) {
	table := Table[string, string]{Decision: "mood", Rules: []Rule[string, string]{
		{Name: "shouts", Example: "STOP", Verdict: "angry", Match: func(string) (string, bool) { return "", true }},
		{Name: "calm", Example: "stop", Verdict: "calm", Match: func(string) (string, bool) { return "", true }},
	}}
	if got, fired := table.DecideFrom("STOP", table.Index("calm")); got != "calm" || fired.Rule != "calm" {
		t.Errorf("from calm: %s by %s, want calm by calm", got, fired.Rule)
	}
	if got, _ := table.Decide("STOP"); got != "angry" {
		t.Errorf("Decide: %s, want angry", got)
	}
	if table.Index("sulks") != -1 {
		t.Error("Index of a rule not in the table is not -1")
	}
}

// DecideAmong asks only the rules of its set: a rule left out does not
// fire though it would, and the first of the others that fires decides.
func TestDecideAmongAsksOnlyItsRules(t *testing.T) {
	table := moods()
	all := table.RulesNamed("shouts", "asks", "calm-by-default")
	for _, tc := range []struct {
		in   string
		may  uint64
		want string
	}{
		{"Why!", all, "shouts"}, {"Why!", all &^ table.RulesNamed("shouts"), "calm-by-default"},
		{"Why?", table.RulesNamed("asks", "calm-by-default"), "asks"}, {"Why?", 0, ""},
	} {
		if _, fired := table.DecideAmong(tc.in, tc.may); fired.Rule != tc.want {
			t.Errorf("%q among %b: decided by %q, want %q", tc.in, tc.may, fired.Rule, tc.want)
		}
	}
	defer func() {
		if recover() == nil {
			t.Error("RulesNamed of a rule the table does not hold does not panic")
		}
	}()
	table.RulesNamed("whispers")
}

// In a table of more than 64 rules, DecideAmong asks the rules of its set
// among the first 64, in order, then every rule past the 64th whatever
// the set; DecideFrom past the 64th asks none before it.
func TestDecideAmongAsksTheRulesPastTheSixtyFourth(t *testing.T) {
	var asked []int
	rules := make([]Rule[int, int], 70)
	for i := range rules {
		rules[i] = Rule[int, int]{Name: "rule-" + strconv.Itoa(i), Example: "The port is shut.", Verdict: i,
			Match: func(fires int) (string, bool) { asked = append(asked, i); return "", i == fires }}
	}
	table := Table[int, int]{Decision: "long", Rules: rules}
	for _, tc := range []struct {
		fires, first int
		may          uint64
		want         int
		asked        string
	}{
		{fires: 66, may: 1<<3 | 1<<63, want: 66, asked: "3 63 64 65 66"},
		{fires: 69, may: 0, want: 69, asked: "64 65 66 67 68 69"},
		{fires: 5, may: 1<<2 | 1<<5 | 1<<9, want: 5, asked: "2 5"},
		{fires: 99, may: 1 << 62, want: 0, asked: "62 64 65 66 67 68 69"},
		{fires: 67, first: 65, want: 67, asked: "65 66 67"},
	} {
		asked = asked[:0]
		var got int
		if tc.first > 0 {
			got, _ = table.DecideFrom(tc.fires, tc.first)
		} else {
			got, _ = table.DecideAmong(tc.fires, tc.may)
		}
		s := strings.Trim(fmt.Sprint(asked), "[]")
		if got != tc.want || s != tc.asked {
			t.Errorf("fires %d from %d among %b: %d after asking %s, want %d after %s", tc.fires, tc.first, tc.may, got, s, tc.want, tc.asked)
		}
	}
}
