package ui

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"cables/archive"
	"cables/archive/archivetest"
	"cables/model"
)

// The source pane's tests read stories invented for them that quote the
// invented cables of archivetest, imported into an archive in a temporary
// folder as a user's cables.csv would be.

// cableStories quote the fixture cables 08ISLAMABAD900 and 08TUNIS300:
// verbatim, with an ellipsis, with a word replaced, and a passage no cable
// holds; two more stories quote the same cable, one the same paragraph.
func cableStories() []*model.Story {
	day := func(y int, m time.Month, d int) model.Date {
		return model.Date{Time: time.Date(y, m, d, 0, 0, 0, 0, time.UTC)}
	}
	water := &model.Story{
		ID: "water.txt", Path: "water.txt", Title: "Canal quarrel is arithmetic, minister told envoys",
		Outlet: "The Valley Courier", Published: day(2010, 12, 2), URL: "https://courier.example/canal",
		Paragraphs: []string{
			`A U.S. embassy cable from Islamabad dated March 3, 2008 says the provincial water minister called the canal quarrel “a matter of arithmetic, not politics.”`,
			`Farmers downstream, the minister said, “receive a third less water than the accord promises ... since the gauges broke.”`,
			`He said his party would “sit in the front row and stay quiet” until the results were known.`,
			`“The harvest will be the best in a decade,” the minister said on television.`,
			`Another cable called the canal tax “a fiction that everyone pays and nobody collects.”`,
		},
	}
	water.Quotes = []model.Quote{
		quote(water, 0, "a matter of arithmetic, not politics.", model.Cable, "", "U.S. embassy cable from Islamabad dated March 3, 2008"),
		quote(water, 1, "receive a third less water than the accord promises ... since the gauges broke.", model.Cable, "", ""),
		quote(water, 2, "sit in the front row and stay quiet", model.Cable, "", ""),
		quote(water, 3, "The harvest will be the best in a decade,", model.Speech, "", ""),
		quote(water, 4, "a fiction that everyone pays and nobody collects.", model.Cable, "", "another cable"),
	}
	oil := &model.Story{
		ID: "oil.txt", Path: "oil.txt", Title: "Exporters say the olive oil board favours its friends",
		Outlet: "Harbour Ledger", Published: day(2010, 12, 8),
		Paragraphs: []string{
			`Exporters in Tunis complained, a cable from the embassy dated June 10, 2008 says, that licences went to “the Board's friends” and to nobody else.`,
			`In Islamabad, a U.S. embassy cable of March 3, 2008 reported that farmers downstream “receive a third less water than the accord promises.”`,
		},
	}
	oil.Quotes = []model.Quote{
		quote(oil, 0, "the Board's friends", model.Cable, "", "cable from the embassy dated June 10, 2008"),
		quote(oil, 1, "receive a third less water than the accord promises.", model.Cable, "", "U.S. embassy cable of March 3, 2008"),
	}
	party := &model.Story{
		ID: "party.txt", Path: "party.txt", Title: "Minister's party to sit in the front row",
		Outlet: "Evening Star", Published: day(2010, 12, 9),
		Paragraphs: []string{
			`A cable from the U.S. embassy in Islamabad, March 3, 2008, says the minister's party would “sit in the front row and keep quiet” until the results were known.`,
		},
	}
	party.Quotes = []model.Quote{
		quote(party, 0, "sit in the front row and keep quiet", model.Cable, "", "cable from the U.S. embassy in Islamabad, March 3, 2008"),
	}
	quiet := &model.Story{ID: "quiet.txt", Title: "A quiet week in the capital", Outlet: "Evening Star",
		Paragraphs: []string{"Nothing was quoted this week."}}
	return []*model.Story{water, oil, party, quiet}
}

// fixtureArchive imports the fixture cables into a temporary data folder
// and returns how the reader opens it.
func fixtureArchive(t testing.TB) func() (Cables, error) {
	t.Helper()
	dir := t.TempDir()
	csv := filepath.Join(dir, "cables.csv")
	if err := os.WriteFile(csv, []byte(archivetest.CSV()), 0o644); err != nil {
		t.Fatal(err)
	}
	data := archive.Dir(filepath.Join(dir, "data"))
	if _, err := archive.Import(context.Background(), data, []string{csv}, nil, func(err error) { t.Error(err) }); err != nil {
		t.Fatal(err)
	}
	return func() (Cables, error) {
		arc, err := archive.Open(data)
		if err != nil {
			return nil, err
		}
		return arc, nil
	}
}

// noArchive is a reader whose user has imported nothing yet.
func noArchive() (Cables, error) { return nil, archive.ErrNone }

// sourceHarness is a harness over the cable stories with the fixture
// archive, closed when the test ends.
func sourceHarness(t *testing.T, w, h int, opts Options) *harness {
	t.Helper()
	if opts.Archive == nil {
		opts.Archive = fixtureArchive(t)
	}
	hs := newHarness(t, cableStories(), opts, w, h)
	t.Cleanup(hs.m.c.archive.close)
	return hs
}
