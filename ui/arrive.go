package ui

import (
	"fmt"
	"time"

	tea "charm.land/bubbletea/v2"

	"cables/model"
)

// Arrival is the library as far as it has come while the rest is read in
// the background: the reader opens on the first stories and takes each
// Arrival as it comes (see Options.Arriving).
type Arrival struct {
	// Lib holds the stories so far. Until Done, each Lib holds the last
	// one's stories first, in the same order, and new ones after them;
	// the last may order them anew (it is read like a reload: the list and
	// the reader stay on the same stories).
	Lib     *model.Library
	Skipped []string
	Loading Loading
	Done    bool
}

// Loading says how far reading the library has got.
type Loading struct {
	Done, Total int // sources read (or taken from the cache) of all found
	// Finding is true while files are still being found: Total grows.
	Finding   bool
	PerSecond float64
	Left      time.Duration
}

// arrivedMsg is the next Arrival; ok is false when the channel closed.
type arrivedMsg struct {
	a  Arrival
	ok bool
}

// waitArrival waits for the library's next part.
func waitArrival(ch <-chan Arrival) tea.Cmd {
	if ch == nil {
		return nil
	}
	return func() tea.Msg {
		a, ok := <-ch
		return arrivedMsg{a, ok}
	}
}

// arrived puts what has come of the library in place and waits for more.
func (m *Model) arrived(msg arrivedMsg) tea.Cmd {
	if !msg.ok || msg.a.Lib == nil {
		m.arriving, m.loading = nil, nil
		return nil
	}
	a := msg.a
	if a.Done {
		m.arriving, m.loading = nil, nil
		if len(a.Lib.Stories) == 0 {
			return nil
		}
		return m.replaceLibrary(a.Lib, a.Skipped, true)
	}
	m.loading = &a.Loading
	m.c.lib, m.c.find, m.skipped = a.Lib, nil, a.Skipped
	refilter := m.list.Update(libraryChangedMsg{grew: true})
	if a.Loading.Left < longLoad {
		// The rest is in soon: the finder is made once for the whole,
		// not on the cores the rest comes on (a warm start of 10,000).
		return tea.Batch(refilter, waitArrival(m.arriving))
	}
	return tea.Batch(refilter, waitArrival(m.arriving), m.c.buildFinder())
}

// longLoad is how long a library must have still to come for the finder
// to be made for its parts as they come: then a filter typed meanwhile is
// quick, and the finder for the whole is soon made.
const longLoad = 3 * time.Second

// progress is the header's account of a library still being read: how
// many stories, how fast, how long still.
func (m *Model) progress() string {
	p := m.loading
	if p == nil {
		return ""
	}
	if p.Total == 0 {
		return "reading" + m.c.st.ellipsis
	}
	s := fmt.Sprintf("reading %d of %d", p.Done, p.Total)
	if p.Finding {
		return s + "+" + m.c.st.dot + "finding files" + m.c.st.ellipsis
	}
	if p.PerSecond > 0 {
		s += fmt.Sprintf("%s%.0f/s%s%s left", m.c.st.dot, p.PerSecond, m.c.st.dot, roughly(p.Left))
	}
	return s
}

// roughly says a time left as a person would: "8 s", "2 min".
func roughly(d time.Duration) string {
	switch {
	case d < time.Second:
		return "<1 s"
	case d < 100*time.Second:
		return fmt.Sprintf("%d s", int(d.Round(time.Second)/time.Second))
	}
	return fmt.Sprintf("%d min", int(d.Round(time.Minute)/time.Minute))
}
