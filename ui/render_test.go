package ui

import (
	"strings"
	"sync/atomic"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"cables/model"
)

// TestRenderSurvivesGlamourPanic: a block on which glamour panics shows as
// its text and the rest of the story still renders.
func TestRenderSurvivesGlamourPanic(t *testing.T) {
	s := fixtureStories()[1]
	st := newStyles(theme{name: "dark"})
	real := glamourBlocks(st.glamour, 60)
	flaky := func() (blockRenderer, error) {
		r, err := real()
		return func(md string, fr frame) (string, error) {
			if strings.Contains(md, "bargaining") {
				panic("glamour fell over")
			}
			return r(md, fr)
		}, err
	}
	d := renderBlocks(s, 60, flaky, func() bool { return false })
	_, plain, _ := flat(d)
	text := strings.Join(plain, " ")
	for _, want := range []string{"Grain convoy talks stalled over escorts", "Talks on the grain convoy stalled", "Ortiz replied that escorts were", "bargaining chip"} {
		if !strings.Contains(text, want) {
			t.Errorf("rendered text lacks %q:\n%s", want, strings.Join(plain, "\n"))
		}
	}
	if _, ok := d.parts[d.quoteBlock[1]].quoteLine[1]; !ok {
		t.Error("the quote in the block that panicked is not marked")
	}
}

// TestStaleRenderStopsEarly: once a newer render is asked for, workers stop
// between blocks and the render gives nothing back.
func TestStaleRenderStopsEarly(t *testing.T) {
	s := longStory(3000)
	st := newStyles(theme{name: "dark"})
	real := glamourBlocks(st.glamour, 80)
	var rendered atomic.Int64
	counting := func() (blockRenderer, error) {
		r, err := real()
		return func(md string, fr frame) (string, error) { rendered.Add(1); return r(md, fr) }, err
	}
	stale := func() bool { return rendered.Load() >= 2 }
	if d := renderBlocks(s, 80, counting, stale); d != nil {
		t.Error("a stale render gave back a doc")
	}
	if n, all := rendered.Load(), len(storyBlocks(s, blockLook{})); n > 4 {
		t.Errorf("a stale render went on for %d of %d blocks", n, all)
	}
}

// TestResizeBurstRendersOnce: a burst of resizes renders the story once,
// at the last size, after the delay.
func TestResizeBurstRendersOnce(t *testing.T) {
	h := newHarness(t, []*model.Story{longStory(3000)}, Options{}, 120, 30)
	h.m.reader.delay = 5 * time.Millisecond
	var ticks []tea.Cmd
	for _, w := range []int{110, 100, 90, 80, 70} {
		_, cmd := h.m.Update(tea.WindowSizeMsg{Width: w, Height: 30})
		if cmd == nil {
			t.Fatalf("resize to %d asked for no render", w)
		}
		ticks = append(ticks, cmd)
	}
	renders := 0
	for _, tick := range ticks {
		for _, msg := range flatten(tick) {
			if _, ok := msg.(renderDueMsg); !ok {
				continue
			}
			if _, cmd := h.m.Update(msg); cmd != nil {
				renders++
				h.run(cmd)
			}
		}
	}
	if renders != 1 {
		t.Errorf("%d renders for a burst of 5 resizes, want 1", renders)
	}
	if d := h.m.reader.doc; d == nil || d.width != 70-3 {
		t.Fatalf("the reader shows a render for width %v, want %d", d, 70-3)
	}
	if !strings.Contains(h.screen(), "Paragraph 0:") {
		t.Errorf("story not shown after the burst:\n%s", h.screen())
	}
}

// flatten runs a command and gives back its messages, batches opened.
func flatten(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	msg := cmd()
	if b, ok := msg.(tea.BatchMsg); ok {
		var out []tea.Msg
		for _, c := range b {
			out = append(out, flatten(c)...)
		}
		return out
	}
	return []tea.Msg{msg}
}

// TestRenderStoryForShow: the one-story rendering that `cables show` prints
// fits its width, paints the quotes with the reader's styles and marks
// their lines in the gutter; without colour it keeps the attributes.
func TestRenderStoryForShow(t *testing.T) {
	s := fixtureStories()[0]
	for _, color := range []bool{true, false} {
		for _, width := range []int{20, 50, 77} {
			out, err := RenderStory(s, width, "dark", color)
			if err != nil {
				t.Fatal(err)
			}
			for i, l := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
				if w := ansi.StringWidth(l); w > width {
					t.Errorf("color=%v line %d is %d cells wide, over %d: %q", color, i, w, width, ansi.Strip(l))
				}
			}
		}
		out, err := RenderStory(s, 140, "dark", color)
		if err != nil {
			t.Fatal(err)
		}
		st := newStyles(theme{name: "dark", noColor: !color})
		if !strings.Contains(out, st.speechP.on+"We will not sell the sea."+st.speechP.off) {
			t.Errorf("color=%v: the speech is not painted as in the reader:\n%q", color, out)
		}
		if !strings.Contains(ansi.Strip(out), st.markCable+" Ambassador Lena Ortiz") {
			t.Errorf("color=%v: the cable passage's line has no gutter mark:\n%s", color, ansi.Strip(out))
		}
		if !color && strings.Contains(out, "38;2;") {
			t.Errorf("without colour the quotes are painted in colour:\n%q", out)
		}
	}
	if _, err := RenderStory(s, 50, "sepia", true); err == nil {
		t.Error("an unknown theme should be an error")
	}
}
