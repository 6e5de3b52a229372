package cli

import (
	"bytes"
	"context"
	"fmt"
	"testing"

	"cables/content"
	"cables/export"
	"cables/model"
)

// TestExportJSONStreamsInSourceOrder: export --format json writes the
// stories as the sources give them, however late each arrives, in the
// order the sources were found, each with its reasons, and names the
// failed sources after the document.
func TestExportJSONStreamsInSourceOrder(t *testing.T) {
	r := newRun(t, piped)
	var explained int
	r.app.Explain = func(s *model.Story) { explained++; content.Explain(s) }
	arrivals := []content.Arrival{
		{Index: 0, Stories: []*model.Story{ledgerStory()}},
		{Index: 1, Errs: []error{&content.Error{Source: "broken.txt", Err: errString("not UTF-8 text (binary?)")}}},
		{Index: 2, Stories: []*model.Story{trickyStory()}},
	}
	r.app.Stream = func(l *content.Loader, ctx context.Context, sources []string, arrived func(content.Arrival)) {
		if !l.Explain {
			t.Error("the loader was not asked for the reasons")
		}
		for i := len(arrivals) - 1; i >= 0; i-- { // the last source read first
			a := arrivals[i]
			a.Total = len(arrivals)
			for _, s := range a.Stories {
				content.Explain(s)
			}
			arrived(a)
		}
	}
	got := r.mustRun(t, ExitInput, "cables: broken.txt: not UTF-8 text (binary?)\n", "--no-cache", "export", "ledger.txt", "broken.txt", "tricky.md")
	var want bytes.Buffer
	in := []*model.Story{ledgerStory(), trickyStory()}
	for _, s := range in {
		content.Explain(s)
	}
	if err := export.JSON(&want, in); err != nil {
		t.Fatal(err)
	}
	if got != want.String() {
		t.Errorf("export wrote\n%s\nwant, the stories in source order:\n%s", got, want.String())
	}
	if explained != 0 {
		t.Errorf("%d stories explained again after the loader gave their reasons", explained)
	}
}

type errString string

func (e errString) Error() string { return string(e) }

// TestInOrderHandsOnReadyRunsAtOnce: an arrival whose turn lets the ones
// that came before it go hands them all on in one call, in order, and one
// before its turn hands on nothing.
func TestInOrderHandsOnReadyRunsAtOnce(t *testing.T) {
	var calls [][]int
	arrive := inOrder(func(ready []content.Arrival) {
		var run []int
		for _, ar := range ready {
			run = append(run, ar.Index)
		}
		calls = append(calls, run)
	})
	for _, i := range []int{2, 1, 0, 3, 5, 4} {
		arrive(content.Arrival{Index: i})
	}
	if got, want := fmt.Sprint(calls), "[[0 1 2] [3] [4 5]]"; got != want {
		t.Errorf("inOrder handed on %s, want %s", got, want)
	}
}
