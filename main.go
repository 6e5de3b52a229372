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
		debug.SetMemoryLimit(1 << 30)
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
// profile of the whole process (for profiling the reading path end to end).
func run(app *cli.App) int {
	if p := os.Getenv("CABLES_CPUPROFILE"); p != "" {
		if f, err := os.Create(p); err == nil {
			defer f.Close()
			if pprof.StartCPUProfile(f) == nil {
				defer pprof.StopCPUProfile()
			}
		}
	}
	return app.Run(context.Background(), os.Args[1:])
}
