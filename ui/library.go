package ui

import (
	"context"
	"fmt"
	"slices"
	"strings"

	tea "charm.land/bubbletea/v2"
	uv "github.com/charmbracelet/ultraviolet"
	"github.com/charmbracelet/x/ansi"

	"cables/model"
)

// reloadedMsg carries the library read again; gen drops a reload that an
// older r asked for.
type reloadedMsg struct {
	gen     int
	lib     *model.Library
	skipped []string
}

// startReload reads the library again off the UI goroutine.
func (m *Model) startReload() tea.Cmd {
	if m.reload == nil {
		return m.c.status("stories piped in cannot be read again")
	}
	if m.loading != nil {
		return m.c.status("still reading the library")
	}
	m.reloadGen++
	gen, reload := m.reloadGen, m.reload
	m.status = "reloading" + m.c.st.ellipsis
	return func() tea.Msg {
		lib, skipped := reload(context.Background())
		return reloadedMsg{gen, lib, skipped}
	}
}

// reloaded puts the library read again in place, on the same story when
// it is still there.
func (m *Model) reloaded(msg reloadedMsg) tea.Cmd {
	if msg.gen != m.reloadGen || msg.lib == nil || len(msg.lib.Stories) == 0 {
		return nil
	}
	cmd := m.replaceLibrary(msg.lib, msg.skipped, false)
	m.status = fmt.Sprintf("reloaded: %s", plural(len(msg.lib.Stories), "story", "stories"))
	if len(msg.skipped) > 0 {
		m.status += fmt.Sprintf("%s%d skipped", m.c.st.dot, len(msg.skipped))
	}
	return cmd
}

// replaceLibrary puts another library in place, on the same story when
// it is still there; grew says it is the whole of one that came in
// parts, its stories where they were.
func (m *Model) replaceLibrary(lib *model.Library, skipped []string, grew bool) tea.Cmd {
	id := func(lib *model.Library, i int) string {
		if i < 0 || i >= len(lib.Stories) {
			return ""
		}
		return lib.Stories[i].ID
	}
	sel, _ := m.list.selected()
	selID, readID := id(m.c.lib, sel), id(m.c.lib, m.reader.story)
	find := func(want string) int {
		return slices.IndexFunc(lib.Stories, func(s *model.Story) bool { return want != "" && s.ID == want })
	}
	m.c.lib, m.c.find, m.skipped = lib, nil, skipped
	m.c.archive.reset(len(lib.Stories))
	m.source.follow(-1, -1, "")
	if m.c.person != "" && len(lib.QuotesBy(m.c.person)) == 0 && len(lib.StoriesWith(m.c.person)) == 0 {
		m.c.person = ""
	}
	refilter := m.list.Update(libraryChangedMsg{grew: grew})
	if i := find(selID); i >= 0 {
		m.list.Update(revealStoryMsg{i})
	}
	m.reader.Update(reloadedStoryMsg{find(readID)})
	return tea.Batch(refilter, m.c.buildFinderSoon())
}

// reloadedStoryMsg tells the reader the library was read again and where
// its story is now (-1: gone).
type reloadedStoryMsg struct{ story int }

// reloaded shows the story read again at the same paragraph.
func (r *readerPane) reloaded(story int) tea.Cmd {
	block := r.anchorBlock
	r.cache = nil
	r.story, r.s = -1, nil
	if story < 0 {
		r.close()
		return nil
	}
	cmd := r.open(story)
	if r.doc != nil && len(r.doc.blocks) > 0 {
		b := min(block, len(r.doc.blocks)-1)
		r.ensure(b)
		r.offset = r.doc.start[b]
		r.settle()
	}
	return cmd
}

// newSkippedPanel lists the sources that did not load and why.
func newSkippedPanel(c *common, skipped []string) *panel {
	p := &panel{c: c, keys: &c.keys.panel, title: "Not loaded", empty: "every source loaded"}
	for _, s := range skipped {
		p.all = append(p.all, panelItem{label: plainText(s), filter: []string{s}})
	}
	p.refilter()
	return p
}

// askClipboard asks the terminal whether it takes OSC 52 copies: the Ms
// capability (XTGETTCAP) first, then the primary device attributes, which
// every terminal answers and in which those that take them list 52. The
// answers come in order, so DA1 without 52 and no Ms before it is a no.
func askClipboard() []tea.Cmd {
	return []tea.Cmd{tea.RequestCapability("Ms"), tea.Raw(ansi.RequestPrimaryDeviceAttributes)}
}

// clipboardAnswer reads the terminal's answer to askClipboard.
func clipboardAnswer(was clipboardSupport, msg tea.Msg) clipboardSupport {
	switch msg := msg.(type) {
	case tea.CapabilityMsg:
		if strings.HasPrefix(msg.Content, "Ms") {
			return clipboardYes
		}
	case uv.PrimaryDeviceAttributesEvent:
		if slices.Contains(msg, 52) {
			return clipboardYes
		}
		if was == clipboardUnknown {
			return clipboardNo
		}
	}
	return was
}
