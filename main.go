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
	"cables/ui"
)

func main() {
	if os.Getenv("GOMEMLIMIT") == "" {
		// A soft ceiling: with a very large story (tens of MB) the
		// collector works harder instead of letting garbage double the
		// heap (issue 14: 1.9 GB to 1.1 GB for 48 MB in quotes, 3.3 GB to
		// 1.2 GB in export, for a few per cent more CPU). GOMEMLIMIT, when
		// set, decides instead.
		debug.SetMemoryLimit(memoryLimit(os.Args[1:]))
	}
	app := &cli.App{
		Load:          content.LoadFrom,
		Stream:        (*content.Loader).Stream,
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

// bigStory is the size of a file above which its size sets the ceiling.
const bigStory = 32 << 20

// oneStoryCommands hold little more than the story they read.
var oneStoryCommands = map[string]bool{"quotes": true, "people": true, "export": true, "show": true}
