// Command cables is a terminal reader for news stories that quote leaked
// diplomatic cables.
package main

import (
	"context"
	"os"
	"runtime/debug"
	"runtime/pprof"

	"github.com/charmbracelet/x/term"

	"cables/cli"
	"cables/content"
	"cables/model"
	"cables/ui"
)

func main() {
	stream := (*content.Loader).Stream
	if holdsLibrary(os.Args[1:]) {
		stream = compacting(stream)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		// A soft ceiling: with a very large story (tens of MB) the
		// collector works harder instead of letting garbage double the
		// heap (issue 14: 1.9 GB to 1.1 GB for 48 MB in quotes, 3.3 GB to
		// 1.2 GB in export, for a few per cent more CPU). GOMEMLIMIT, when
		// set, decides instead. A library the reader holds whole raises
		// it as its stories come (heapCeiling).
		c := &heapCeiling{limit: memoryLimit(os.Args[1:]), set: debug.SetMemoryLimit, next: stream}
		c.set(c.limit)
		stream = c.stream
	}
	if p := gcPercent(os.Args[1:]); p != 100 && os.Getenv("GOGC") == "" {
		debug.SetGCPercent(p) // GOGC, when set, decides instead
	}
	app := &cli.App{
		Load:          content.LoadFrom,
		Stream:        stream,
		Default:       content.Default,
		Read:          ui.Run,
		Explain:       content.Explain,
		Stdin:         os.Stdin,
		StdinPiped:    cli.StdinRedirected(os.Stdin),
		StdinTerminal: term.IsTerminal(os.Stdin.Fd()),
		Stdout:        os.Stdout,
		Stderr:        os.Stderr,
		Out:           cli.DetectTerminal(os.Stdout, os.Environ()),
		Getenv:        os.Getenv,
	}
	os.Exit(run(app))
}

// run runs the app; CABLES_CPUPROFILE, when set, names a file for a CPU
// profile of the whole process, and CABLES_MEMPROFILE one for a profile
// of what it allocated (for profiling the reading path end to end).
func run(app *cli.App) int {
	if p := os.Getenv("CABLES_CPUPROFILE"); p != "" {
		if f, err := os.Create(p); err == nil {
			defer f.Close()
			if pprof.StartCPUProfile(f) == nil {
				defer pprof.StopCPUProfile()
			}
		}
	}
	if p := os.Getenv("CABLES_MEMPROFILE"); p != "" {
		defer writeAllocs(p)
	}
	return app.Run(context.Background(), os.Args[1:])
}

// writeAllocs writes the profile of what the process allocated to a file.
func writeAllocs(path string) {
	if f, err := os.Create(path); err == nil {
		defer f.Close()
		_ = pprof.Lookup("allocs").WriteTo(f, 0)
	}
}

// memoryLimit is the soft ceiling on the heap for a run given args: 1 GiB,
// or, for a command that holds one story at a time (quotes, people,
// export, show), four times the largest file named when that is a very
// large story, so that one file is read in at most five times its size,
// the process included (issue 14: a 48 MB story's quotes from 475 MB to
// 230 MB, for about 12% more CPU; export's JSON from 392 MB to 240 MB;
// show, which writes each paragraph's Markdown only as it renders it, from
// 453 MB to 225 MB for no more CPU). The collector only works harder near
// the ceiling; it never fails.
func memoryLimit(args []string) int64 {
	limit := int64(1 << 30)
	if len(args) == 0 || !oneStoryCommands[args[0]] {
		return limit
	}
	var largest int64
	for _, a := range args {
		if fi, err := os.Stat(a); err == nil && fi.Mode().IsRegular() {
			largest = max(largest, fi.Size())
		}
	}
	if largest >= bigStory {
		limit = min(limit, 4*largest)
	}
	return limit
}

// gcPercent is the collector's GOGC for a run given args: for a command
// that holds one story at a time the heap left between collections is
// four times the live heap rather than once, as that heap is a few
// stories and the word lists, which every collection marks again (issue
// 14: twice, a first export of 10,000 stories went from 22.0 to 21.4 G
// instructions for 13 MB more at its peak, 51 to 64 MB; issue 14 item 12:
// four times, 20.73 to 20.40 G, the marking halved, for 22 MB more, 68 to
// 91 MB); the soft ceiling (memoryLimit) still bounds a very large
// story's. A library the reader holds whole keeps the default.
func gcPercent(args []string) int {
	if len(args) > 0 && oneStoryCommands[args[0]] {
		return oneStoryGC
	}
	return 100
}

// oneStoryGC is the GOGC of the commands that hold one story at a time.
const oneStoryGC = 400

// heapCeiling raises the soft ceiling on the heap as a library's stories
// arrive, to heapPerText times their text, never lowering it: the reader
// holds a library whole, and at 100,000 stories its live heap (then about
// four times their text, now a little over three) passed the gigabyte, so
// that the collector ran without a pause and each keystroke waited seconds
// for it (issue 14). The ceiling is also what the process grows to: at six
// times the text it was 3.1 times the corpus' files, over issue 14's three.
type heapCeiling struct {
	limit, text int64
	set         func(int64) int64 // debug.SetMemoryLimit
	next        streamFunc        // what streams the stories
}

// streamFunc is cli.App's Stream: content.Loader.Stream, or a wrapper.
type streamFunc = func(l *content.Loader, ctx context.Context, sources []string, arrived func(content.Arrival))

// holdsLibrary tells a run given args that holds every story it reads:
// the reader, not the commands that hold one story at a time.
func holdsLibrary(args []string) bool {
	return len(args) == 0 || !oneStoryCommands[args[0]]
}

// compacting is stream with the cache told that its caller holds the
// library (cache.HoldsLibrary): the stories it reads share memory, and
// those it is written, on a first read, take the form it gives them on
// the next start (issue 14: a first start at 100,000 stories held 1.45
// GB live, its heap's ceiling, where a warm one held 1.16).
func compacting(stream streamFunc) streamFunc {
	return func(l *content.Loader, ctx context.Context, sources []string, arrived func(content.Arrival)) {
		if l.Cache != nil {
			l.Cache.HoldsLibrary()
		}
		stream(l, ctx, sources, arrived)
	}
}

// heapPerText is how many bytes of heap a library's stories may take per
// byte of their text before the collector works harder, in sixteenths:
// four and a sixteenth, 1.45 GB for the warm 100,000 stories' 358 MB of
// text. The process grows to it, as the collector leaves the memory it
// frees to the next allocations up to the ceiling: at 100,000 stories it
// peaks there, 3.8 times the corpus' 415 MB of file bytes at four and a
// quarter; issue 14 asks for three. What is left between the live heap
// and the ceiling is what a filter typed allocates before a collection,
// a second or two of CPU marking the library (issue 14, 11: at four and a
// half the heap was at its ceiling after a few letters and collected
// every few more, 40% of the CPU while typing; with 1.19-1.25 GB live, at
// four twice in 42 letters, at four and a quarter none). Decoded into
// slabs, the stories hold 1.11 GB live, not 1.16, and lose 58 MB, not 92,
// to their size classes and holes (cache/slab.go): four and a sixteenth
// leaves the room four and a quarter left before. With their quotes packed
// (model.Story.PackQuotes: 28 bytes a quote and 12 a span, not 144 and
// 24) they hold 0.93 GB, and three and three sixteenths keeps the process
// under three times the files, cold or warm (three and a quarter peaked
// at 3.01 times them on a first start).
const heapPerText = 51

// heapPerTextUnit is what heapPerText counts in: sixteenths.
const heapPerTextUnit = 16

// ceilingStep is the least raise worth telling the runtime of.
const ceilingStep = 64 << 20

// stream is content.Loader.Stream, counting the text of what arrives.
func (c *heapCeiling) stream(l *content.Loader, ctx context.Context, sources []string, arrived func(content.Arrival)) {
	c.next(l, ctx, sources, func(a content.Arrival) {
		c.arrived(a.Stories)
		arrived(a)
	})
	c.settle()
}

// settle sets the ceiling to heapPerText times the text once every story
// is in: raised a step at a time, it may be up to a step short of it,
// and that step was most of the room a filter typed had (issue 14, 11).
func (c *heapCeiling) settle() {
	if want := heapPerText * c.text / heapPerTextUnit; want > c.limit {
		c.limit = want
		c.set(want)
	}
}

// arrived counts the text of stories that came and raises the ceiling
// when it falls a step short of heapPerText times all the text so far.
func (c *heapCeiling) arrived(stories []*model.Story) {
	for _, s := range stories {
		c.text += int64(len(s.Title))
		for _, p := range s.Paragraphs {
			c.text += int64(len(p))
		}
	}
	if want := heapPerText * c.text / heapPerTextUnit; want >= c.limit+ceilingStep {
		c.limit = want
		c.set(want)
	}
}

// bigStory is the size of a file above which its size sets the ceiling.
const bigStory = 32 << 20

// oneStoryCommands hold little more than the story they read.
var oneStoryCommands = map[string]bool{"quotes": true, "people": true, "export": true, "show": true}
