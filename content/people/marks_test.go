package people

import (
	"strings"
	"testing"

	"cables/content/internal/listtest"
	"cables/content/lex"
)

// TestMarksTellAsTheLists: for every token of paragraphs that hold the
// words of every list of marks_lists.go, written in lower case,
// capitalised, in capitals, possessive, before a period and inside
// quotes, and words no list holds, Token.In says what the list's map says
// of the token's Low: the lexer's bits stand for the lookups they
// replaced. (A list registered in any case: what it says of Low lowered.)
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
		{"titlesAfterTitle", titlesAfterTitle, titleAfterTitleMark},
		{"surnameWords", surnameWords, surnameWordMark},
		{"lex.Weekdays", lex.Weekdays, weekdayMark},
		{"placeNouns", placeNouns, placeNounMark},
		{"surnameMonths", surnameMonths, surnameMonthMark},
		{"place starts (any case)", placeStarts, placeStartMark},
		{"publicFigures (any case)", publicFigures, publicFigureMark},
	}
	var sets []map[string]bool
	words := 0
	for _, l := range lists {
		sets, words = append(sets, l.set), words+len(l.set)
	}
	paras := listtest.Paragraphs(sets...)
	toks, release := lex.TokenizeAll(paras)
	defer release()
	found := 0
	for pi, p := range paras {
		for k := range toks[pi] {
			tk := &toks[pi][k]
			for _, l := range lists {
				want := l.set[tk.Low(p)]
				if l.mark == placeStartMark || l.mark == publicFigureMark {
					want = l.set[strings.ToLower(tk.Low(p))]
				}
				got := tk.In(l.mark)
				if got != want {
					t.Errorf("%s: token %d %q of %q: In %v, the list says %v", l.name, k, tk.Low(p), p, got, want)
				}
				if got {
					found++
				}
			}
		}
	}
	if found < words*3/4 {
		t.Errorf("%d words found in their lists, want at least %d", found, words*3/4)
	}
}
