package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestAddCleansEscapesFromFileNames: a file named with an escape sequence
// (here one that sets the terminal's title) is added under a clean name,
// and neither the "added" line nor the library listing carries the escape.
func TestAddCleansEscapesFromFileNames(t *testing.T) {
	r := newRun(t, terminal)
	src := filepath.Join(t.TempDir(), "evil\x1b]0;HACK\x07.txt")
	if err := os.WriteFile(src, []byte("Envoy warned of grain shortage\n\nThe ambassador said “the grain will not last.”\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	dest := filepath.Join(r.env["XDG_DATA_HOME"], "cables", "evil.txt")
	out := r.mustRun(t, ExitOK, "", "add", src)
	if out != "added "+dest+"\n" {
		t.Errorf("add printed %q, want %q", out, "added "+dest+"\n")
	}
	entries, err := os.ReadDir(filepath.Dir(dest))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if strings.ContainsAny(e.Name(), "\x1b\x07") {
			t.Errorf("library file %q keeps the escape", e.Name())
		}
	}
	if len(entries) != 1 || entries[0].Name() != "evil.txt" {
		t.Errorf("library holds %v, want evil.txt", entries)
	}
}

// TestAddErrorsShowNoEscapes: a source that fails is named in the error
// without its escape sequences.
func TestAddErrorsShowNoEscapes(t *testing.T) {
	r := newRun(t, terminal)
	src := filepath.Join(t.TempDir(), "gone\x1b[2J.txt")
	r.cables("add", src)
	if strings.ContainsAny(r.stderr.String(), "\x1b") || !strings.Contains(r.stderr.String(), "gone.txt") {
		t.Errorf("stderr %q: want the name without its escape", r.stderr.String())
	}
}

func TestSafeFileName(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"grain.txt", "grain.txt"},
		{"evil\x1b]0;HACK\x07.txt", "evil.txt"},
		{"two\nlines.md", "two lines.md"},
		{"\x1b[31m.txt", "story.txt"},
		{"\u202etxt.exe", "txt.exe"},
	} {
		if got := safeFileName(tc.in, "story"); got != tc.want {
			t.Errorf("safeFileName(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
