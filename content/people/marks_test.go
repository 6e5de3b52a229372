package people

import (
	"slices"
	"strings"
	"testing"

	"cables/content/lex"
)

// TestMarksTellAsTheLists: for every token of paragraphs that hold the
// words of every list of marks_lists.go, written in lower case,
// capitalised, in capitals, possessive, before a period and inside
// quotes, and words no list holds, Token.In says what the list's map says
// of the token's Low: the lexer's bits stand for the lookups they
// replaced.
func TestMarksTellAsTheLists(t *testing.T) {
	lists := []struct {
		name string
		set  map[string]bool
		mark lex.Mark
	}{
		{"describedAs", describedAs, describedAsMark},
		{"beforeAName", beforeAName, beforeANameMark},
		{"peopleListed", peopleListed, peopleListedMark},
		{"namesAlsoNoNameWords", namesAlsoNoNameWords, namesAlsoNoNameMark},
		{"officesBeforeGeneral", officesBeforeGeneral, officeBeforeGeneralMark},
		{"roleSurnames", roleSurnames, roleSurnameMark},
		{"officeAdjectives", officeAdjectives, officeAdjectiveMark},
		{"surnameWords", surnameWords, surnameWordMark},
		{"lex.Weekdays", lex.Weekdays, weekdayMark},
		{"placeNouns", placeNouns, placeNounMark},
		{"surnameMonths", surnameMonths, surnameMonthMark},
	}
	var all []string
	for _, l := range lists {
		for w := range l.set {
			all = append(all, w)
		}
	}
	slices.Sort(all)
	var paras []string
	for i := 0; i < len(all); i += 12 {
		var b strings.Builder
		for k, w := range all[i:min(i+12, len(all))] {
			switch k % 6 {
			case 0:
				b.WriteString(w + " ")
			case 1:
				b.WriteString(strings.ToUpper(w[:1]) + w[1:] + ", ")
			case 2:
				b.WriteString(strings.ToUpper(w) + "'s ")
			case 3:
				b.WriteString("“" + w + "” ")
			case 4:
				b.WriteString(w + ". Then ")
			case 5:
				b.WriteString(w + "’s port-" + w + " ")
			}
		}
		paras = append(paras, b.String()+"the envoy said İstanbul ÇOK Qadir.")
	}
	toks, release := lex.TokenizeAll(paras)
	defer release()
	found := 0
	for pi, p := range paras {
		for k := range toks[pi] {
			tk := &toks[pi][k]
			for _, l := range lists {
				got, want := tk.In(l.mark), l.set[tk.Low(p)]
				if got != want {
					t.Errorf("%s: token %d %q of %q: In %v, the list says %v", l.name, k, tk.Low(p), p, got, want)
				}
				if got {
					found++
				}
			}
		}
	}
	if found < len(all)*3/4 {
		t.Errorf("%d words found in their lists, want at least %d", found, len(all)*3/4)
	}
}
