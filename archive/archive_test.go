package archive

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"cables/archive/archivetest"
	"cables/archive/formats"
	"cables/model"
)

// imported makes an index of the fixture cables: all of them as a
// cables.csv, the first four again as site pages (a second release).
func imported(t *testing.T) (*Archive, string, Summary) {
	t.Helper()
	dir := t.TempDir()
	csv := filepath.Join(dir, "cables.csv")
	if err := os.WriteFile(csv, []byte(archivetest.CSV()), 0o644); err != nil {
		t.Fatal(err)
	}
	site := filepath.Join(dir, "site")
	if err := archivetest.WriteSite(site, archivetest.Cables[:4]); err != nil {
		t.Fatal(err)
	}
	var problems []error
	sum, err := Import(context.Background(), filepath.Join(dir, "data"), []string{csv, site}, nil, func(err error) { problems = append(problems, err) })
	if err != nil || len(problems) > 0 {
		t.Fatalf("import: %v %v", err, problems)
	}
	arc, err := Open(filepath.Join(dir, "data"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { arc.Close() })
	return arc, dir, sum
}

func TestImportKeepsEveryRelease(t *testing.T) {
	arc, dir, sum := imported(t)
	n := len(archivetest.Cables)
	if sum.Cables != n+4 || sum.Other != 1 {
		t.Errorf("summary %+v", sum.Stats)
	}
	ctx := context.Background()
	st, err := arc.Status(ctx)
	if err != nil || st.Cables != n || st.Releases != n+4 {
		t.Fatalf("status %+v %v", st, err)
	}
	doc, err := arc.Cable(ctx, "08islamabad900")
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Releases) != 2 || doc.Releases[0].Where.Format != model.FormatSite || doc.Releases[1].Where.Format != model.FormatCSV {
		t.Errorf("releases %+v", doc.Releases)
	}
	if doc.Subject != "PROVINCIAL MINISTER ON WATER SHARING" || len(doc.Paragraphs) == 0 {
		t.Errorf("cable %+v", doc)
	}
	// Importing again changes nothing.
	if _, err := Import(ctx, filepath.Join(dir, "data"), []string{filepath.Join(dir, "cables.csv"), filepath.Join(dir, "site")}, nil, func(error) {}); err != nil {
		t.Fatal(err)
	}
	if st2, _ := arc.Status(ctx); st2.Cables != st.Cables || st2.Releases != st.Releases {
		t.Errorf("after a second import: %+v, before %+v", st2, st)
	}
}

func TestOpenWithoutImport(t *testing.T) {
	if _, err := Open(t.TempDir()); err != ErrNone {
		t.Errorf("Open = %v, want ErrNone", err)
	}
	if strings.Contains(ErrNone.Error(), "\n") || !strings.Contains(ErrNone.Error(), "cables archive import") {
		t.Errorf("ErrNone says %q", ErrNone)
	}
}

func TestCableMovedSaysHowToFix(t *testing.T) {
	arc, dir, _ := imported(t)
	os.Remove(filepath.Join(dir, "cables.csv"))
	_, err := arc.Cable(context.Background(), "10KABUL800")
	if err == nil || !strings.Contains(err.Error(), "cables.csv") || !strings.Contains(err.Error(), "import") {
		t.Errorf("error %v", err)
	}
}

// story is a story written for this test that quotes the fixture cables.
func story() *model.Story {
	paras := []string{
		`A U.S. embassy cable from Islamabad, March 3, 2008, says the provincial water minister called the quarrel "a matter of arithmetic, not politics."`,
		`Farmers downstream, the minister said, "receive a third less water than the accord promises" and the gap "has grown each year since the gauges broke."`,
		`He said his party would "sit in the front row and keep quiet."`,
		`Exporters in Tunis complained, a cable from the embassy says, that licences went to "the Board's friends."`,
		`"Nobody wants to be first," a trader said of the fish market.`,
		`The mayor's opponents say he has "forgotten" them.`,
		`"The harvest will be the best in a decade," the minister said on television.`,
	}
	s := &model.Story{ID: "s", Path: "s.txt", Title: "Test story", Paragraphs: paras,
		Published: model.Date{Time: time.Date(2010, 12, 5, 0, 0, 0, 0, time.UTC)}}
	add := func(p int, text string, kind model.Kind, source string) {
		i := strings.Index(paras[p], text)
		s.Quotes = append(s.Quotes, model.Quote{Text: text, Kind: kind, Source: source,
			Spans: []model.Span{{Paragraph: p, Start: i, End: i + len(text)}}})
	}
	add(0, "a matter of arithmetic, not politics.", model.Cable, "U.S. embassy cable from Islamabad, March 3, 2008")
	add(1, "receive a third less water than the accord promises", model.Cable, "")
	add(1, "has grown each year since the gauges broke.", model.Cable, "")
	add(2, "sit in the front row and keep quiet.", model.Speech, "")
	add(3, "the Board's friends.", model.Cable, "")
	add(4, "Nobody wants to be first,", model.Speech, "")
	add(5, "forgotten", model.Speech, "")
	add(6, "The harvest will be the best in a decade,", model.Speech, "")
	return s
}

func TestMatchStory(t *testing.T) {
	arc, _, _ := imported(t)
	s := story()
	got, err := arc.Match(context.Background(), s)
	if err != nil {
		t.Fatal(err)
	}
	for i, want := range []struct {
		id      string
		para    int
		verdict model.Verdict
		by      model.FoundBy
	}{
		{"08ISLAMABAD900", 0, model.Verbatim, model.ByHint},
		{"08ISLAMABAD900", 1, model.Verbatim, model.ByHint},
		{"08ISLAMABAD900", 1, model.Verbatim, model.ByHint},
		{"08ISLAMABAD900", 2, model.Verbatim, model.ByHint},
		{"08TUNIS300", 1, model.Verbatim, model.ByHint},
		{"07HARBORTOWN55", 1, model.Verbatim, model.ByText},
		{"", 0, model.Ambiguous, model.ByText},
		{"", 0, model.NotFound, ""},
	} {
		m := got[i]
		if m.CableID != want.id || m.Para != want.para || m.Verdict != want.verdict || m.FoundBy != want.by {
			t.Errorf("quote %d %q: got %s ¶%d %s by %s, want %s ¶%d %s by %s", i, s.Quotes[i].Text,
				m.CableID, m.Para, m.Verdict, m.FoundBy, want.id, want.para, want.verdict, want.by)
		}
	}
	// The match stands beside the quote: speech the cable reports stays
	// speech.
	if err := arc.MatchAll(context.Background(), []*model.Story{s}); err != nil {
		t.Fatal(err)
	}
	if q := s.Quotes[3]; q.Kind != model.Speech || q.SourceCable == nil || q.SourceCable.CableID != "08ISLAMABAD900" {
		t.Errorf("speech quote became %+v", q)
	}
	// A story whose quotes a library holds packed (a run that holds it
	// whole, as 'cables verify' does) is checked as well.
	packed := story()
	if !packed.PackQuotes() {
		t.Fatal("quotes not packed")
	}
	if err := arc.MatchAll(context.Background(), []*model.Story{packed}); err != nil {
		t.Fatal(err)
	}
	if len(packed.Quotes) != len(s.Quotes) || packed.Quotes[3].SourceCable == nil || packed.Quotes[3].SourceCable.CableID != "08ISLAMABAD900" {
		t.Errorf("a packed story's quotes checked: %+v", packed.Quotes)
	}
	// The span points at the cable's words.
	doc, _ := arc.Cable(context.Background(), "08ISLAMABAD900")
	if m := got[3]; doc.Body[m.Start:m.End] != "sit in the front row and keep quiet" {
		t.Errorf("span gives %q", doc.Body[m.Start:m.End])
	}
}

func TestImportReportsBrokenRowsAndKeepsTheRest(t *testing.T) {
	dir := t.TempDir()
	csv := filepath.Join(dir, "cables.csv")
	data := archivetest.Row(1, archivetest.Cables[0], "") + `"2","1/1/2009 10:10","09X1","Embassy X"` + "\n" +
		archivetest.Row(3, archivetest.Cables[1], "") + `"4","1/1/2009 10:10","09X2","Embassy X","SECRET","","H","cut sho`
	os.WriteFile(csv, []byte(data), 0o644)
	var problems []string
	sum, err := Import(context.Background(), filepath.Join(dir, "data"), []string{csv}, func(formats.Stats) {},
		func(err error) { problems = append(problems, err.Error()) })
	if err != nil {
		t.Fatal(err)
	}
	if sum.Cables != 2 || sum.Skipped != 2 || len(problems) != 2 {
		t.Errorf("summary %+v, problems %q", sum.Stats, problems)
	}
	for _, p := range problems {
		if !strings.HasPrefix(p, csv+": line ") {
			t.Errorf("problem %q does not name the file and line", p)
		}
	}
}
