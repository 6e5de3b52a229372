package ui

import (
	"runtime"
	"runtime/metrics"
	"sync"
	"time"

	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"

	"cables/model"
)

// component is one pane of the screen: the story list, the reader, a panel
// over them (person picker, quotes, errors, find in all stories), the full
// help. It owns its keys, its state and its look; the root model only
// routes messages to it, gives it a size and focus, and lays it out.
//
// To join, a pane implements these methods, keeps its bindings in a keymap
// struct (keys.go) so that help and remaps reach them, and tells the root
// what it wants done elsewhere with a message (the *Msg types below)
// rather than by reaching into another pane.
type component interface {
	// Update handles a message routed to the pane: keys when it has focus,
	// mouse events in its own coordinates (row 0 is its first row), and
	// results of its own commands.
	Update(msg tea.Msg) tea.Cmd
	// View draws the pane: exactly the height given to SetSize, each line
	// exactly the width.
	View() string
	SetSize(width, height int) tea.Cmd
	// ShortHelp and FullHelp list the pane's bindings for the footer and
	// the full help, generated from its keymap.
	help.KeyMap
	// Typing reports that a prompt of the pane has focus: every key that
	// types text goes to the pane, not to the root's keys.
	Typing() bool
}

// common is what every pane reads and the root model owns and changes:
// the library, the person filter, keys and styles.
type common struct {
	lib    *model.Library
	keys   keyMap
	st     styles
	theme  theme
	person string // active person filter, "" for none
	// find holds the library's stories folded and indexed for the
	// filters; nil until made (in the background, or on first use).
	find *model.Finder
	// made is the last finder made, for lib or a part of it that came
	// before: the next is made from it, folding and indexing only the
	// stories it does not hold. building is true while one is made in the
	// background.
	made     *model.Finder
	building bool
	// soon stands in for find until it is made: see finder.
	soon *soonFinder
	// finderDelay is how long a finder waits for a library's frame (see
	// buildFinderSoon); tests set it to 0.
	finderDelay time.Duration
	// clipboard is what the terminal said about taking OSC 52 copies.
	clipboard clipboardSupport
	// quotesFile is where w appends quotes.
	quotesFile string
	// outbox holds what panes sent the root during an Update.
	outbox []tea.Msg
	// archive is the cable archive, its matches and the cables read.
	archive *archiveState
}

// clipboardSupport is whether the terminal takes OSC 52 clipboard writes.
// Nothing in the protocol confirms a write, so cables asks once at start
// (notes: the DA1 report's 52, or the Ms capability) and says what it
// knows when copying.
type clipboardSupport int

const (
	clipboardUnknown clipboardSupport = iota // no answer (yet)
	clipboardYes
	clipboardNo // the terminal answered and did not claim it
)

// finder returns what gets the library's finder: find once the
// background has made it; until then a finder that reads the bodies of
// the stories the last one made did not index (model.Finder.Unindexed),
// made by the first call of what finder returns, on the goroutine that
// calls it. A filter typed into calls it in its command: at 100,000
// stories, indexing the library that came last was seconds of the UI
// goroutine, and folding the rest without indexing them 0.1-0.3 s (issue
// 14, 11). Either finds the same stories.
func (c *common) finder() func() *model.Finder {
	if f := c.find; f != nil {
		return func() *model.Finder { return f }
	}
	if c.soon == nil || c.soon.lib != c.lib {
		c.soon = &soonFinder{from: c.made, lib: c.lib}
	}
	return c.soon.get
}

// A soonFinder is a finder for lib made from the last finder made without
// indexing, once, by whichever asks first.
type soonFinder struct {
	once sync.Once
	from *model.Finder
	lib  *model.Library
	find *model.Finder
}

func (s *soonFinder) get() *model.Finder {
	s.once.Do(func() { s.find = s.from.Unindexed(s.lib) })
	return s.find
}

// finderReadyMsg carries a finder made in the background for lib.
type finderReadyMsg struct {
	lib  *model.Library
	find *model.Finder
}

// buildFinder folds and indexes the library off the UI goroutine, from the
// last finder made, unless a finder for it is made or being made: a
// library that comes in parts is indexed as it comes, so that the filter
// is quick when it is typed into, and each story is indexed once.
func (c *common) buildFinder() tea.Cmd {
	if c.find != nil || c.building {
		return nil
	}
	c.building = true
	prev, lib := c.made, c.lib
	return func() tea.Msg { return finderReadyMsg{lib, prev.For(lib)} }
}

// collectNow collects the heap off the UI goroutine once a big library's
// finder is made, while the reader is likely idle: indexing leaves
// hundreds of MB of scratch, and the reader's heap sits near its ceiling
// (main.go), so that the collection it forces otherwise came while a
// filter was typed (issue 14, 11: at 100,000 stories one every 40-odd
// letters, 1.5-2 s of CPU on both cores). After it, the room under the
// ceiling is the typing's.
func collectNow() tea.Msg {
	collect()
	return nil
}

// collect is runtime.GC; tests count its calls.
var collect = runtime.GC

// collectAfterTyping collects the heap off the UI goroutine when a prompt
// closes (a filter accepted or given up) in a big library and a quarter of
// the room under the heap's ceiling is taken since the last collection:
// the user reads then, and the next filter typed has the room (issue 14:
// at 100,000 stories the room is 30-70 MB, a filter typed takes 1-3 MB a
// letter and keeps most of it until it closes, and the collection that
// came in the middle of a word held its letter up 0.15-0.25 s, in every
// round of 'the ambassador' typed).
func (c *common) collectAfterTyping() tea.Cmd {
	if len(c.lib.Stories) < collectAbove || heapRoomTaken() < 1.0/4 {
		return nil
	}
	return collectNow
}

// heapRoomTaken is the share of the room under the heap's goal after the
// last collection that is taken since; tests set it.
var heapRoomTaken = func() float64 {
	s := []metrics.Sample{{Name: "/gc/heap/goal:bytes"}, {Name: "/gc/heap/live:bytes"}, {Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(s)
	for _, m := range s {
		if m.Value.Kind() != metrics.KindUint64 {
			return 0 // not told: the collector decides
		}
	}
	goal, live, now := s[0].Value.Uint64(), s[1].Value.Uint64(), s[2].Value.Uint64()
	if now <= live {
		return 0
	}
	if goal <= live {
		return 1
	}
	return float64(now-live) / float64(goal-live)
}

// collectAbove is how many stories a library must have for its heap to
// be collected once its finder is made: a smaller heap is collected in
// a few ms whenever it comes.
var collectAbove = 10000

// buildFinderMsg asks for a finder to be made in the background.
type buildFinderMsg struct{}

// buildFinderSoon asks for a finder once the frame that shows a library
// is made: folding and indexing 10,000 stories on the other core made a
// warm start's last frame 0.3-0.5 s later on a loaded machine. A filter
// typed before makes one itself.
func (c *common) buildFinderSoon() tea.Cmd {
	if c.finderDelay <= 0 {
		return c.buildFinder()
	}
	return tea.Tick(c.finderDelay, func(time.Time) tea.Msg { return buildFinderMsg{} })
}

// finderDelay is how long a finder waits for the frame before it.
const finderDelay = 300 * time.Millisecond

// finderReady takes a finder made in the background, and makes the next
// if the library grew meanwhile.
func (c *common) finderReady(msg finderReadyMsg) tea.Cmd {
	c.building = false
	if c.find == nil {
		c.made = msg.find
		if msg.lib == c.lib {
			c.find, c.soon = msg.find, nil
		}
	}
	return c.buildFinder()
}

// Messages by which a pane asks for something outside it. The root acts on
// them; they never carry a pointer into a pane.
type (
	// statusMsg shows a message in the footer until the next key.
	statusMsg struct{ text string }
	// openStoryMsg opens a story in the reader and gives the reader focus;
	// at is a quote to jump to (-1 for none), para a paragraph to show
	// (-1 for none), find a text to find there.
	openStoryMsg struct {
		story, quote, para int
		find               string
	}
	// stepStoryMsg moves the list's selection from the reader: J and K.
	stepStoryMsg struct{ dir int }
	// personMsg sets the person filter ("" clears it).
	personMsg struct{ name string }
	// focusListMsg gives the list focus (esc from the reader).
	focusListMsg struct{}
	// closePanelMsg closes the panel or help over the panes.
	closePanelMsg struct{}
	// keepQuoteMsg asks for text to be printed on stdout when the reader
	// ends.
	keepQuoteMsg struct{ text string }
)

// send posts a message for the root, which handles it as soon as the
// pane's Update returns, before the next key: a pane's requests take
// effect in the order the keys came, which commands run on goroutines
// would not promise. It returns a nil command so that a pane can write
// `return c.send(msg)`.
func (c *common) send(msg tea.Msg) tea.Cmd {
	c.outbox = append(c.outbox, msg)
	return nil
}

// status shows text in the footer until the next key.
func (c *common) status(text string) tea.Cmd { return c.send(statusMsg{text}) }
