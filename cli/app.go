// Package cli is cables' command line: the commands, their flags, the
// config file, the library directory and how results are written to a
// terminal or a pipe. It wires content, model, export and ui; main only
// builds an App from the process and runs it.
package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"sync"

	"github.com/charmbracelet/fang"
	"github.com/spf13/cobra"

	"cables/content"
	"cables/model"
	"cables/ui"
)

// App is one run of cables: what it reads and writes, and the packages it
// calls. Tests build one with buffers and a fake terminal.
type App struct {
	// Load reads stories from files, directories, URLs or "-" (stdin).
	Load func(ctx context.Context, stdin io.Reader, sources []string) ([]*model.Story, []error)
	// Stream reads a library as Load does, with the loader's cache, and
	// hands each source's stories to arrived as they come; nil uses Load.
	Stream func(l *content.Loader, ctx context.Context, sources []string, arrived func(content.Arrival))
	// Default is the story cables ships, read when nothing else is.
	Default func() *model.Story
	// Read opens the full-screen reader.
	Read func(lib *model.Library, opts ui.Options) error
	// Explain fills each quote's Why, for the commands that print the
	// reasons; nil leaves the stories as loaded.
	Explain func(*model.Story)

	Stdin io.Reader
	// StdinPiped is set when stories are piped or redirected in (see
	// StdinRedirected): with no sources given, commands read them from
	// Stdin.
	StdinPiped bool
	// StdinTerminal is set when Stdin is a terminal: the reader starts only
	// when Stdin and Stdout both are.
	StdinTerminal bool
	Stdout        io.Writer
	Stderr        io.Writer
	// Out describes Stdout: a terminal (how wide, how many colours) or not.
	Out Terminal
	// Getenv reads the environment (HOME, XDG_*, NO_COLOR, PAGER).
	Getenv func(string) string
	// Version is shown by --version; "" lets fang use the build's.
	Version string
	// NoCache is set by --no-cache: stories are extracted afresh and the
	// cache ($XDG_CACHE_HOME/cables, package cache) neither read nor written.
	NoCache bool
}

// Exit statuses.
const (
	ExitOK    = 0
	ExitInput = 1 // some input failed; the rest was still written
	ExitUsage = 2 // the command line or the config is wrong
)

// usageError is a mistake on the command line or in the config.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

func usagef(format string, args ...any) error {
	return usageError{fmt.Errorf(format, args...)}
}

// errReported ends a command whose failures were already written to
// stderr one by one, after its output.
var errReported = errors.New("some inputs failed")

// written ends a command that wrote its output: err from the writing,
// else errReported when some inputs failed.
func written(err error, failed bool) error {
	if err == nil && failed {
		return errReported
	}
	return err
}

// readerFailed says the reader could not start, and what prints instead.
func readerFailed(err error) error {
	return fmt.Errorf("the reader could not use the terminal (%v); 'cables show' and 'cables quotes' print instead", oneLine(err))
}

// Run runs cables with the arguments after the program name and returns the
// exit status.
func (a *App) Run(ctx context.Context, args []string) int {
	root := a.rootCommand()
	if args == nil {
		args = []string{} // cobra reads os.Args when given nil
	}
	root.SetArgs(args)
	root.SetIn(a.Stdin)
	if a.Out.IsTerminal {
		root.SetOut(a.Stdout)
	} else {
		out := &trimmedLines{w: a.Stdout}
		defer out.flush()
		root.SetOut(out)
	}
	root.SetErr(a.Stderr)
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	opts := []fang.Option{fang.WithErrorHandler(a.printError), fang.WithNotifySignal(os.Interrupt)}
	if a.Version != "" {
		opts = append(opts, fang.WithVersion(a.Version))
	}
	err := fang.Execute(ctx, root, opts...)
	var ue usageError
	switch {
	case err == nil:
		return ExitOK
	case errors.As(err, &ue):
		return ExitUsage
	}
	return ExitInput
}

// printError writes a command's error as "cables: reason" on stderr.
func (a *App) printError(w io.Writer, _ fang.Styles, err error) {
	if errors.Is(err, errReported) {
		return
	}
	// Errors repeat what the user typed (a path, a flag): keep escapes and
	// line breaks out of the terminal.
	fmt.Fprintln(w, "cables:", strings.ReplaceAll(model.Sanitize(err.Error()), "\n", " "))
	var ue usageError
	if errors.As(err, &ue) {
		fmt.Fprintln(w, "Try 'cables --help' for usage.")
	}
}

// reportErrors writes each input failure to stderr and tells whether any.
func (a *App) reportErrors(errs []error) bool {
	for _, err := range errs {
		// errors quote file names and URLs as given: keep escapes out.
		fmt.Fprintln(a.Stderr, "cables:", model.Sanitize(err.Error()))
	}
	return len(errs) > 0
}

// withArgs makes a cobra argument check's complaint a usage error.
func withArgs(check cobra.PositionalArgs) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if err := check(cmd, args); err != nil {
			return usageError{err}
		}
		return nil
	}
}

// oneOf checks a flag's value against the values it may take.
func oneOf(flag, value string, allowed ...string) error {
	for _, v := range allowed {
		if value == v {
			return nil
		}
	}
	return usagef("--%s must be one of %v, not %q", flag, allowed, value)
}

// completeValues offers a flag's values to shell completion.
func completeValues(cmd *cobra.Command, flag string, values ...string) {
	_ = cmd.RegisterFlagCompletionFunc(flag, cobra.FixedCompletions(values, cobra.ShellCompDirectiveNoFileComp))
}

// explain gives the quotes of stories their reasons, on every core: it
// runs the extraction again, which for stories from the cache is most of
// what export costs. Stories the loader read itself come with them.
func (a *App) explain(stories []*model.Story) {
	if a.Explain == nil {
		return
	}
	next := make(chan *model.Story)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(stories)) {
		wg.Go(func() {
			for s := range next {
				a.Explain(s)
			}
		})
	}
	for _, s := range stories {
		next <- s
	}
	close(next)
	wg.Wait()
}
