package people

import (
	"fmt"
	"strings"
	"testing"

	"cables/content/lex"
)

// TestLoneRunsDecideAsTheTables: the runs appendRuns passes over
// (namesNoOne) are those readRun finds no one in. The people found,
// and where each is mentioned, are the same with the shortcut and without
// it, in the tables' examples and in sentences where a word of no person
// names someone alone.
func TestLoneRunsDecideAsTheTables(t *testing.T) {
	sentences := []string{
		`Washington himself signed the order, the envoy wrote from Kandia.`,
		`The cable quotes mr Washington, not Washington the city.`,
		`Mr. Jordan Washington met the envoy.¶Later mr Washington wrote to him.`,
		`Senator Jane Washington flew in on Monday.¶The cable quotes mr Washington at length.`,
		`Officials in Washington and Islamabad met WikiLeaks staff; the U.S. said nothing.`,
		`Kandia Times reported that Jordan herself met Senator Jordan Ruiz in Kandia.`,
		`The President met the Ambassador; Mr. Qadir and the Senator came too, said Gen. Lodhi.`,
		`Ambassador Jane Ruiz arrived.¶The Ambassador said the General, not Major Lodhi, was to blame.`,
		`The New York Times and the State Department named Kandia Omar Qadir and Kandia President Lodhi.`,
		`Bill Oduya and Will Ruiz met Washington Post staff; Mr. Washington Lee and Kandia Times met Kandia Jane Ruiz.`,
		`Pakistani President Asif Zardari met Pakistani Omar Qadir in Washington.`,
		`Pakistani Jean-Paul Lodhi flew in.`,
		`Pakistani President Zardari flew in.`,
		`Jane Washington and the Kandia Water Board met the Blue Water Plan's Ruiz Bank.`,
		`KANDIA Port was closed, Kandia's Harbour Minister Omar Qadir said.`,
	}
	for _, tb := range peopleTables {
		sentences = append(sentences, tb.examples...)
	}
	found := func(text string) string {
		paras := strings.Split(text, "¶")
		toks, release := lex.TokenizeAll(paras)
		defer release()
		ix := Find(paras, toks)
		defer ix.Release()
		return fmt.Sprint(ix.List(), ix.Mentions)
	}
	defer func() { skipLoneRuns = true }()
	for _, s := range sentences {
		skipLoneRuns = false
		whole := found(s)
		skipLoneRuns = true
		if got := found(s); got != whole {
			t.Errorf("%q:\n shortcut %s\n tables   %s", s, got, whole)
		}
	}
}
