package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestPersonNamingSeveralIsAmbiguous: --person with a surname two people
// of the stories hold names both and picks neither, for the quotes and
// for the reader.
func TestPersonNamingSeveralIsAmbiguous(t *testing.T) {
	dir := t.TempDir()
	for name, text := range map[string]string{
		"pm.txt":       "Envoy praised Singh, cable shows\n\nPrime Minister Manmohan Singh told the envoy that “the border will stay quiet,” a cable says.\n",
		"minister.txt": "Minister doubted the deal, cables say\n\nFormer foreign minister Jaswant Singh said “the deal was never ours,” a cable reported.\n",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(dir)
	// the names come in the library's order, which ties leave to the load
	ambiguous := func(stderr string) bool {
		return stderr == "cables: \"Singh\" could be Manmohan Singh, Jaswant Singh: give more of the name\n" ||
			stderr == "cables: \"Singh\" could be Jaswant Singh, Manmohan Singh: give more of the name\n"
	}
	r := newRun(t, piped)
	if r.cables("quotes", "--person", "Singh", "pm.txt", "minister.txt") != ExitInput || !ambiguous(r.stderr.String()) {
		t.Errorf("quotes --person Singh: stderr %q", r.stderr.String())
	}
	r = newRun(t, terminal)
	if r.cables("--person", "Singh", "pm.txt", "minister.txt") != ExitInput || !ambiguous(r.stderr.String()) {
		t.Errorf("the reader with --person Singh: stderr %q", r.stderr.String())
	}
	if r.readLib != nil {
		t.Error("the reader opened on an ambiguous --person")
	}
	out := r.mustRun(t, ExitOK, "", "quotes", "--person", "Jaswant Singh", "pm.txt", "minister.txt")
	if want := "“the deal was never ours,”"; !strings.Contains(out, want) || strings.Contains(out, "border") {
		t.Errorf("quotes --person 'Jaswant Singh':\n%s", out)
	}
}
