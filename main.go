// Command cables is a terminal reader for news stories that quote leaked
// diplomatic cables.
package main

import (
	"context"
	"os"

	"github.com/charmbracelet/x/term"

	"cables/cli"
	"cables/content"
	"cables/ui"
)

func main() {
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
	os.Exit(app.Run(context.Background(), os.Args[1:]))
}
