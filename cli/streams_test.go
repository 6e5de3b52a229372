package cli

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Issue 13, 1: with stdout or stdin not a terminal, cables prints what
// show prints for one story, and the story list for several, plain; the
// reader does not start.
func TestNotOnATerminalCablesPrints(t *testing.T) {
	r := newRun(t, piped)
	out := r.mustRun(t, ExitOK, "", "ledger.txt")
	if r.readLib != nil {
		t.Fatal("the reader started with stdout piped")
	}
	if !strings.Contains(out, "Envoy warned of grain shortage, cable shows") ||
		!strings.Contains(out, "Stocks in the northern depots") || strings.ContainsRune(out, 0x1b) {
		t.Errorf("one story should print as show prints it, plain:\n%s", out)
	}
	show := r.mustRun(t, ExitOK, "", "show", "ledger.txt")
	if out != show {
		t.Errorf("cables PATH printed\n%s\nshow printed\n%s", out, show)
	}
	out = r.mustRun(t, ExitOK, "", "ledger.txt", "tricky.md")
	want := "Envoy warned of grain shortage, cable shows · The Daily Ledger · 30 May 2011 (ledger.txt)\n" +
		"# Markdown-looking <i>headline</i> & more (tricky.md)\n"
	if out != want {
		t.Errorf("several stories should print as a list:\n%q\nwant\n%q", out, want)
	}
	// A terminal for output but a file for input: still no reader.
	r = newRun(t, terminal)
	r.app.StdinTerminal = false
	r.mustRun(t, ExitOK, "", "ledger.txt")
	if r.readLib != nil {
		t.Error("the reader started with stdin not a terminal")
	}
}

// Issue 13, 2: a file redirected to stdin is read as the story, in every
// command, as a pipe is.
func TestRedirectedFileIsReadAsTheStory(t *testing.T) {
	path := filepath.Join(t.TempDir(), "story.txt")
	if err := os.WriteFile(path, []byte("Envoy warned of grain shortage\n\nThe ambassador said “the grain will not last.”\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if !StdinRedirected(f) {
		t.Fatal("a redirected file is not taken for stories")
	}
	if null, err := os.Open(os.DevNull); err == nil {
		if StdinRedirected(null) {
			t.Error("/dev/null is taken for stories")
		}
		null.Close()
	}
	for _, args := range [][]string{{"quotes"}, {"show"}, {}} {
		if _, err := f.Seek(0, 0); err != nil {
			t.Fatal(err)
		}
		r := newRun(t, piped)
		r.app.Stdin, r.app.StdinPiped = f, true
		out := r.mustRun(t, ExitOK, "", args...)
		if !strings.Contains(out, "the grain will not last.") || strings.Contains(out, "Kayani") {
			t.Errorf("cables %v with a file on stdin:\n%s", args, out)
		}
	}
}

// Issue 14, 7: what the user typed is never echoed raw in an error.
func TestUsageErrorsEchoNoEscapes(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "two\x1b]0;pwned\x07stories")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, n := range []string{"a.txt", "b.txt"} {
		if err := os.WriteFile(filepath.Join(dir, n), []byte("A story "+n+"\n\nIt said “yes.”\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	r := newRun(t, piped)
	for _, args := range [][]string{
		{"show", dir},
		{"quotes", "--col\x1b[31mour"},
		{"quotes", "--format", "x\x1b]52;c;aGk=\x07"},
		{"nonsense\x1b[2J"},
	} {
		r.cables(args...)
		if e := r.stderr.String(); strings.ContainsAny(e, "\x1b\x07") || e == "" {
			t.Errorf("cables %q: stderr %q", args, e)
		}
	}
}

// Issue 13, 14: piped help is not padded to 120 columns.
func TestPipedHelpHasNoTrailingBlanks(t *testing.T) {
	r := newRun(t, piped)
	out := r.mustRun(t, ExitOK, "", "--help")
	for i, l := range strings.Split(out, "\n") {
		if strings.HasSuffix(l, " ") {
			t.Errorf("line %d ends in blanks: %q", i+1, l)
		}
	}
}

// Sources that failed reach the reader, to be listed behind e, and the
// reader can read the library again.
func TestReaderGetsSkippedSourcesAndReload(t *testing.T) {
	r := newRun(t, terminal)
	r.mustRun(t, ExitInput, "cables: broken.txt: not UTF-8 text (binary?)\n", "ledger.txt", "broken.txt")
	o := r.readOpts
	if len(o.Skipped) != 1 || o.Skipped[0] != "broken.txt: not UTF-8 text (binary?)" || o.Reload == nil {
		t.Fatalf("reader options: skipped %q, reload %v", o.Skipped, o.Reload != nil)
	}
	lib, skipped := o.Reload(context.Background())
	if len(lib.Stories) != 1 || len(skipped) != 1 {
		t.Errorf("reload read %d stories, %d failures", len(lib.Stories), len(skipped))
	}
}
