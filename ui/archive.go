package ui

import (
	"context"
	"errors"
	"slices"

	tea "charm.land/bubbletea/v2"

	"cables/model"
)

// Cables is the user's cable archive as the reader uses it: the command
// line opens it (cables/archive's Archive is one), the reader matches
// stories and reads cables from it. Both calls are made off the UI
// goroutine, possibly several at once.
type Cables interface {
	// Match checks every quote of a story against the archive: one match
	// per quote, in order. It only reads the story.
	Match(ctx context.Context, s *model.Story) ([]model.CableMatch, error)
	// Cable reads a cable with its paragraphs and releases.
	Cable(ctx context.Context, id string) (model.CableDoc, error)
	Close() error
}

// archiveState is what the reader knows of the archive: whether it is
// open, each story's matches as they come in, and the cables read so far.
// It lives in common and changes on the UI goroutine only; the work is
// done by commands whose results carry the generation they were asked in.
type archiveState struct {
	open func() (Cables, error)
	arc  Cables
	// err says why there is no archive (how to import one), once opening
	// failed; opening is true until the attempt ends.
	err     error
	opening bool
	ctx     context.Context
	cancel  context.CancelFunc
	// gen numbers the library the matches are for: a reload moves it on
	// and results for the old library are dropped.
	gen int
	// matches[story] are a story's matches, nil until it is checked;
	// failed[story] holds the error when checking it failed.
	matches [][]model.CableMatch
	failed  []error
	// busy is true while a story is being matched: one at a time, so the
	// story the user opens is next in line.
	busy bool
	// sweep is set once the library's other stories are wanted (the source
	// pane lists them); next is where the sweep has got to.
	sweep bool
	next  int
	// checked counts the stories matched.
	checked int
	// quotedIn[cableID] are the placed quotes of the library's stories
	// that come from that cable, in the order they were matched.
	quotedIn map[string][]cableQuote
	// cables are the cables read so far; fetching those asked for.
	cables   map[string]*cableEntry
	fetching map[string]bool
}

// cableQuote is a quote of a story that comes from a cable.
type cableQuote struct {
	story, quote, para int
}

// cableEntry is a cable read from the archive, or why it could not be.
type cableEntry struct {
	doc model.CableDoc
	err error
}

// maxCables bounds the cables kept in memory: a cable is tens of KB.
const maxCables = 64

// Results of the archive's commands.
type (
	// archiveOpenedMsg: the archive opened, or err says why not.
	archiveOpenedMsg struct {
		arc Cables
		err error
	}
	// storyMatchedMsg carries a story's matches for the library of gen.
	storyMatchedMsg struct {
		gen, story int
		matches    []model.CableMatch
		err        error
	}
	// cableReadMsg carries a cable read from the archive.
	cableReadMsg struct {
		id  string
		doc model.CableDoc
		err error
	}
)

func newArchiveState(open func() (Cables, error), stories int) *archiveState {
	a := &archiveState{open: open, opening: open != nil}
	if open == nil {
		a.err = errNoArchiveOption
	}
	a.ctx, a.cancel = context.WithCancel(context.Background())
	a.reset(stories)
	return a
}

// errNoArchiveOption is the reader without an archive to open at all (a
// test, or a program that does not offer one).
var errNoArchiveOption = errors.New("no cable archive to check quotes against")

// reset forgets every match: the library changed.
func (a *archiveState) reset(stories int) {
	a.gen++
	a.matches = make([][]model.CableMatch, stories)
	a.failed = make([]error, stories)
	a.busy, a.next, a.checked = false, 0, 0
	a.quotedIn = map[string][]cableQuote{}
}

// start opens the archive off the UI goroutine; nil when there is none to
// open.
func (a *archiveState) start() tea.Cmd {
	if a.open == nil {
		return nil
	}
	open := a.open
	return func() tea.Msg {
		arc, err := open()
		return archiveOpenedMsg{arc, err}
	}
}

// opened takes the archive once it is open.
func (a *archiveState) opened(msg archiveOpenedMsg) {
	a.opening = false
	if msg.err != nil || msg.arc == nil {
		a.err = msg.err
		if a.err == nil {
			a.err = errNoArchiveOption
		}
		return
	}
	a.arc, a.err = msg.arc, nil
}

// ready reports whether the archive is open.
func (a *archiveState) ready() bool { return a.arc != nil }

// close ends the archive's work and closes it.
func (a *archiveState) close() {
	a.cancel()
	if a.arc != nil {
		a.arc.Close()
	}
}

// matchOf is quote q of story s's match; nil when not known (yet).
func (a *archiveState) matchOf(story, q int) *model.CableMatch {
	if story < 0 || story >= len(a.matches) || q < 0 || q >= len(a.matches[story]) {
		return nil
	}
	return &a.matches[story][q]
}

// matched reports whether a story has been checked (or failed to be).
func (a *archiveState) matched(story int) bool {
	return story >= 0 && story < len(a.matches) && (a.matches[story] != nil || a.failed[story] != nil)
}

// work starts what is wanted next: matching the story the user reads
// (first) or the next story of the sweep, and reading the cables the
// screen names. It never waits: each job is a command.
func (a *archiveState) work(lib *model.Library, reading int, wanted []string) tea.Cmd {
	if a.arc == nil {
		return nil
	}
	if n := len(lib.Stories) - len(a.matches); n > 0 { // stories added since
		a.matches = append(a.matches, make([][]model.CableMatch, n)...)
		a.failed = append(a.failed, make([]error, n)...)
	}
	var cmds []tea.Cmd
	if !a.busy {
		story := -1
		if reading >= 0 && reading < len(a.matches) && !a.matched(reading) {
			story = reading
		} else if a.sweep {
			for a.next < len(a.matches) && a.matched(a.next) {
				a.next++
			}
			if a.next < len(a.matches) {
				story = a.next
			}
		}
		if story >= 0 {
			a.busy = true
			arc, ctx, gen, s := a.arc, a.ctx, a.gen, lib.Stories[story]
			cmds = append(cmds, func() tea.Msg {
				ms, err := arc.Match(ctx, s.Unpacked())
				return storyMatchedMsg{gen: gen, story: story, matches: ms, err: err}
			})
		}
	}
	for _, id := range wanted {
		if id == "" || a.cables[id] != nil || a.fetching[id] {
			continue
		}
		if a.fetching == nil {
			a.fetching = map[string]bool{}
		}
		a.fetching[id] = true
		arc, ctx := a.arc, a.ctx
		cmds = append(cmds, func() tea.Msg {
			doc, err := arc.Cable(ctx, id)
			return cableReadMsg{id, doc, err}
		})
	}
	return tea.Batch(cmds...)
}

// storyMatched takes a story's matches if they are for this library.
func (a *archiveState) storyMatched(msg storyMatchedMsg) {
	if msg.gen != a.gen {
		return
	}
	a.busy = false
	if msg.story < 0 || msg.story >= len(a.matches) || a.matched(msg.story) {
		return
	}
	a.checked++
	if msg.err != nil {
		a.failed[msg.story] = msg.err
		return
	}
	a.matches[msg.story] = msg.matches
	if a.matches[msg.story] == nil {
		a.matches[msg.story] = []model.CableMatch{}
	}
	for q, m := range msg.matches {
		if m.Placed() {
			a.quotedIn[m.CableID] = append(a.quotedIn[m.CableID], cableQuote{msg.story, q, m.Para})
		}
	}
}

// cableRead keeps a cable read from the archive.
func (a *archiveState) cableRead(msg cableReadMsg) {
	delete(a.fetching, msg.id)
	if a.cables == nil || len(a.cables) >= maxCables {
		a.cables = map[string]*cableEntry{}
	}
	a.cables[msg.id] = &cableEntry{msg.doc, msg.err}
}

// cable is a cable read so far; nil when not (yet).
func (a *archiveState) cable(id string) *cableEntry { return a.cables[id] }

// doc is a cable read so far without error; nil otherwise.
func (a *archiveState) doc(id string) *model.CableDoc {
	if e := a.cables[id]; e != nil && e.err == nil {
		return &e.doc
	}
	return nil
}

// otherStory is a story that quotes a cable, for the source pane's list:
// the quote to open it at, whether that quote is from the same paragraph,
// and how many of its quotes come from the cable.
type otherStory struct {
	story, quote int
	samePara     bool
	para, quotes int
}

// others lists the stories other than story that quote cable id, those
// quoting paragraph para first, then in library order.
func (a *archiveState) others(id string, para, story int) []otherStory {
	var out []otherStory
	at := map[int]int{}
	for _, cq := range a.quotedIn[id] {
		if cq.story == story {
			continue
		}
		i, ok := at[cq.story]
		if !ok {
			at[cq.story] = len(out)
			out = append(out, otherStory{story: cq.story, quote: cq.quote, samePara: cq.para == para, para: cq.para, quotes: 1})
			continue
		}
		o := &out[i]
		o.quotes++
		if !o.samePara && cq.para == para {
			o.quote, o.samePara, o.para = cq.quote, true, cq.para
		}
	}
	slices.SortStableFunc(out, func(x, y otherStory) int {
		switch {
		case x.samePara != y.samePara:
			if x.samePara {
				return -1
			}
			return 1
		}
		return x.story - y.story
	})
	return out
}
