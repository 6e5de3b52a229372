package ui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"cables/archive/anatomy"
	"cables/archive/archivetest"
	"cables/model"
)

// BenchmarkFirstFrameWhileMatching is the reader's first frame with the
// archive open and the story's matching under way (held until the frame
// is drawn): issue 12 says the first frame never waits for matching.
func BenchmarkFirstFrameWhileMatching(b *testing.B) {
	arc, err := fixtureArchive(b)()
	if err != nil {
		b.Fatal(err)
	}
	defer arc.Close()
	gate := make(chan struct{}) // never opened: matching ends when cancelled
	gated := unclosable{gatedCables{arc, gate}}
	lib := model.NewLibrary(cableStories())
	for b.Loop() {
		m, err := newModel(lib, Options{Theme: "dark", Archive: func() (Cables, error) { return gated, nil }}, false)
		if err != nil {
			b.Fatal(err)
		}
		m.Update(archiveOpenedMsg{arc: gated})
		_, cmd := m.Update(tea.WindowSizeMsg{Width: 140, Height: 40})
		goRun(cmd) // the match starts, and waits
		frame := m.View().Content
		if m.c.archive.matched(0) || !strings.Contains(frame, "Canal quarrel") {
			b.Fatal("the frame waited for matching, or shows no story")
		}
		m.c.archive.close()
	}
}

// unclosable keeps the shared archive open when a model closes its own.
type unclosable struct{ Cables }

func (unclosable) Close() error { return nil }

// goRun runs a command's parts on goroutines, dropping their messages.
func goRun(cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	go func() {
		if batch, ok := cmd().(tea.BatchMsg); ok {
			for _, c := range batch {
				goRun(c)
			}
		}
	}()
}

// longCable is a cable of about n bytes made of the fixture cables'
// paragraphs, with a quote matched in its middle.
func longCable(n int) (*model.CableDoc, *model.CableMatch) {
	var b strings.Builder
	b.WriteString("C O N F I D E N T I A L STATE 004000\n\nSUBJECT: A LONG CABLE\n\n")
	for i := 1; b.Len() < n; i++ {
		c := archivetest.Cables[i%len(archivetest.Cables)]
		fmt.Fprintf(&b, "%d. (C) %s\n\n", i, strings.ReplaceAll(c.Body[len(c.Body)/2:], "\n\n", " "))
	}
	doc := &model.CableDoc{ID: "10LONG1", Body: b.String()}
	anatomy.Parse(doc)
	mid := len(doc.Body) / 2
	start := mid + strings.IndexByte(doc.Body[mid:], ' ') + 1
	return doc, &model.CableMatch{CableID: doc.ID, Start: start, End: start + 200, Verdict: model.Edited,
		Differences: []model.Difference{{Kind: model.Omitted, CableStart: start + 20, CableEnd: start + 40}}}
}

// BenchmarkLayoutLongCable lays out a 60 KB cable with a quote marked, as
// the source pane does on the UI goroutine when the quote moves to
// another cable (budget: a frame, 16 ms).
func BenchmarkLayoutLongCable(b *testing.B) {
	doc, m := longCable(60000)
	for b.Loop() {
		layoutCable(doc, m, 77, false)
	}
}
