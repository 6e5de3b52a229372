// Command cables is a terminal reader for news stories that quote leaked
// diplomatic cables.
package main

import (
	"context"
	"fmt"
	"os"

	"cables/content"
	"cables/export"
	"cables/model"
	"cables/ui"
)

func main() {
	args := os.Args[1:]
	if len(args) > 0 && args[0] == "export" {
		os.Exit(runExport(args[1:]))
	}
	os.Exit(runReader(args))
}

func runReader(paths []string) int {
	stories := []*model.Story{content.Default()}
	if len(paths) > 0 {
		var errs []error
		stories, errs = content.Load(context.Background(), paths)
		for _, err := range errs {
			fmt.Fprintln(os.Stderr, "cables:", err)
		}
	}
	if err := ui.Run(model.NewLibrary(stories), ui.Options{}); err != nil {
		fmt.Fprintln(os.Stderr, "cables:", err)
		return 1
	}
	return 0
}

func runExport(args []string) int {
	if len(args) >= 2 && args[0] == "--format" {
		if args[1] != "json" {
			fmt.Fprintf(os.Stderr, "cables: unknown format %q\n", args[1])
			return 2
		}
		args = args[2:]
	}
	var stories []*model.Story
	status := 0
	if len(args) == 0 {
		stories = []*model.Story{content.Default()}
	} else {
		var errs []error
		stories, errs = content.Load(context.Background(), args)
		for _, err := range errs {
			fmt.Fprintln(os.Stderr, "cables:", err)
			status = 1
		}
	}
	if err := export.JSON(os.Stdout, stories); err != nil {
		fmt.Fprintln(os.Stderr, "cables:", err)
		return 1
	}
	return status
}
