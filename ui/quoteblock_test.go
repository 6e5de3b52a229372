package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"cables/model"
)

// standfirst is a story whose caption (set as a block quote) is long
// enough to wrap at any width.
func standfirst() *model.Story {
	s := cableStories()[0]
	c := *s
	// The first line at the reader's width beside the source pane (72) is
	// 71 cells: just what glamour's own block quote wrapped again.
	c.Captions = []string{"The provincial water minister had told the U.S. embassy that its canals were a matter of arithmetic, not politics, according to leaked U.S. cables seen by the Courier."}
	return &c
}

// Every line of a block quote carries its bar and fits the width, at
// every width: glamour's own block quote overflowed by a cell and wrapped
// again, leaving a word alone on a line without the bar (ui-bugs 1).
func TestBlockQuoteLinesKeepTheirBar(t *testing.T) {
	s := standfirst()
	for _, name := range []string{"dark", "ascii"} {
		st := newStyles(theme{name: name})
		bar := strings.TrimSpace(*st.glamour.BlockQuote.IndentToken)
		for w := 20; w <= 100; w++ {
			d := newDoc(s, storyBlocks(s, st.blocks), w, glamourBlocks(st.glamour, w))
			d.ensureAll()
			for b, bl := range d.blocks {
				if bl.kind != blockCaption {
					continue
				}
				for _, l := range d.parts[b].plain {
					if !strings.HasPrefix(l, bar+" ") || ansi.StringWidth(l) > w {
						t.Fatalf("%s at width %d: caption line %q lacks its bar or overflows:\n%s", name, w, l, strings.Join(d.parts[b].plain, "\n"))
					}
				}
			}
		}
	}
}

// The same seen by the user: at 140x40 the source pane opens beside the
// reader, which narrows; the standfirst keeps a bar on every line.
func TestStandfirstKeepsBarWhenSourceOpens(t *testing.T) {
	stories := append([]*model.Story{standfirst()}, cableStories()[1:]...)
	h := newHarness(t, stories, Options{Archive: fixtureArchive(t)}, 140, 40)
	t.Cleanup(h.m.c.archive.close)
	h.keys("]", "c")
	if !h.m.sourceOpen {
		t.Fatal("c did not open the source pane")
	}
	var caption []string
	for _, row := range strings.Split(h.screen(), "\n") {
		reader := strings.TrimSpace(ansi.Cut(row, 0, h.m.reader.width))
		if strings.Contains(reader, "water minister had told") || len(caption) > 0 && reader != "" {
			caption = append(caption, reader)
		}
		if len(caption) > 0 && reader == "" {
			break
		}
	}
	if len(caption) < 3 {
		t.Fatalf("standfirst not on screen:\n%s", h.screen())
	}
	for _, l := range caption {
		if !strings.HasPrefix(l, "│ ") {
			t.Errorf("standfirst line %q has no bar:\n%s", l, h.screen())
		}
	}
	golden.RequireEqual(t, h.screen())
}
