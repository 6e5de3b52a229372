package cli

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestConfigMustBeASmallRegularFile: a config linked to a device or made a
// pipe is refused at once with a one-line config error naming the file,
// never read to the end (out of memory) or waited on (a hang).
func TestConfigMustBeASmallRegularFile(t *testing.T) {
	for _, tc := range []struct {
		name string
		make func(path string) error
		want string
	}{
		{"device", func(p string) error { return os.Symlink("/dev/zero", p) }, "not a regular file (a device)"},
		{"named pipe", func(p string) error { return syscall.Mkfifo(p, 0o644) }, "not a regular file (a named pipe)"},
		{"directory", func(p string) error { return os.Mkdir(p, 0o755) }, "not a regular file (a directory)"},
		{"huge", func(p string) error {
			return os.WriteFile(p, []byte("# "+strings.Repeat("x", maxConfigSize)+"\n"), 0o644)
		}, "larger than 1024 KB"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := newRun(t, piped)
			path := filepath.Join(r.env["XDG_CONFIG_HOME"], "cables", "config.toml")
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := tc.make(path); err != nil {
				t.Skip("cannot make one here:", err)
			}
			done := make(chan int)
			go func() { done <- r.cables("quotes", "ledger.txt") }()
			select {
			case status := <-done:
				if status != ExitUsage {
					t.Errorf("exit status %d, want %d", status, ExitUsage)
				}
			case <-time.After(10 * time.Second):
				t.Fatal("cables is still waiting on the config")
			}
			want := "cables: " + path + ": " + tc.want
			if first, _, _ := strings.Cut(r.stderr.String(), "\n"); !strings.HasPrefix(first, want) {
				t.Errorf("stderr\n%q\nwant its first line to start\n%q", r.stderr.String(), want)
			}
		})
	}
}

// TestConfigKeysAndLibraryErrors: mistakes in [keys] and an empty library
// entry are config errors (exit 2, as the README says) that name the file
// and the line; an empty entry is never read as the config's own folder.
func TestConfigKeysAndLibraryErrors(t *testing.T) {
	for _, tc := range []struct{ name, config, want string }{
		{"unknown binding", "theme = \"dark\"\n\n[keys]\nnext_quote = [\"n\"]\nnext_qoute = [\"m\"]\n",
			`line 5: unknown key binding "next_qoute" (known: `},
		{"no keys", "[keys]\n\nnext_quote = []\n", `line 3: key binding "next_quote": no key given`},
		{"empty key", "[keys]\nnext_quote = [\"\"]\n", `line 2: key binding "next_quote": no key given`},
		{"dotted", "keys.bogus = [\"x\"]\n", `line 1: unknown key binding "bogus"`},
		{"empty library entry", "theme = \"dark\"\nlibrary = [\"~/notes\", \"\"]\n", "line 2: library entry 2 is empty"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := newRun(t, piped)
			path := writeConfig(t, r, tc.config)
			// a story in the config folder must not be read as the library
			if err := os.WriteFile(filepath.Join(filepath.Dir(path), "note.txt"), []byte("Not a story\n\nBody.\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			if got := r.cables(); got != ExitUsage {
				t.Errorf("exit status %d, want %d", got, ExitUsage)
			}
			if want := "cables: " + path + ": " + tc.want; !strings.HasPrefix(r.stderr.String(), want) {
				t.Errorf("stderr\n%q\nwant it to start\n%q", r.stderr.String(), want)
			}
			if r.readLib != nil {
				t.Errorf("the reader started with %d stories", len(r.readLib.Stories))
			}
		})
	}
}

// TestConfigKeysRemapStillWork: a valid [keys] table passes the check.
func TestConfigKeysRemapStillWork(t *testing.T) {
	r := newRun(t, terminal)
	writeConfig(t, r, "[keys]\nnext_quote = [\"n\", \"ctrl+n\"]\n")
	r.mustRun(t, ExitOK, "", "ledger.txt")
	if got := r.readOpts.Keys["next_quote"]; len(got) != 2 {
		t.Errorf("keys passed to the reader: %v", r.readOpts.Keys)
	}
}
