package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// lagosCable is a cable written for these tests, as a row of cables.csv,
// holding the words the ledger story quotes.
const lagosCable = `"1","3/2/2009 10:10","09LAGOS77","Consulate Lagos","CONFIDENTIAL","","FM AMCONSUL LAGOS","C O N F I D E N T I A L LAGOS 000077

SIPDIS

TAGS: EAGR, NI
SUBJECT: GRAIN STOCKS RUN LOW IN THE NORTH

1. (C) Stocks in the northern depots are at a third of last year\'s, a depot manager told us.

2. (C) The consul general warned that the grain will not last past April unless imports arrive. OKONKWO-LINDQVIST"
`

func writeArchive(t *testing.T, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "cables.csv")
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestWithoutAnArchive(t *testing.T) {
	r := newRun(t, piped)
	const none = "cables: no cable archive imported (import one with: cables archive import cables.csv|SITE-FOLDER|TEXT-FOLDER)\n"
	r.mustRun(t, ExitInput, none, "verify", "ledger.txt")
	r.mustRun(t, ExitInput, none, "cable", "09LAGOS77")
	out := r.mustRun(t, ExitOK, "", "archive", "status")
	if !strings.HasPrefix(out, "no cable archive imported") {
		t.Errorf("status says %q", out)
	}
	// Everything else works as before; the quotes are unchecked.
	out = r.mustRun(t, ExitOK, "", "export", "--format", "json", "ledger.txt")
	if !strings.Contains(out, `"source_cable": null`) {
		t.Errorf("export without an archive:\n%s", out)
	}
}

func TestImportVerifyAndExport(t *testing.T) {
	r := newRun(t, piped)
	out := r.mustRun(t, ExitOK, "", "archive", "import", writeArchive(t, lagosCable))
	if !strings.HasPrefix(out, "imported 1 cable from 1 file") {
		t.Errorf("import says %q", out)
	}
	out = r.mustRun(t, ExitOK, "", "verify", "ledger.txt")
	for _, want := range []string{"“Stocks in the northern depots are at a third of last year's,”\n    09LAGOS77 ¶1 verbatim",
		"“the grain will not last past April,”\n    09LAGOS77 ¶2 verbatim", "“we were never told,”\n    not found"} {
		if !strings.Contains(out, want) {
			t.Errorf("verify lacks %q:\n%s", want, out)
		}
	}
	var exp struct {
		Stories []struct {
			Quotes []struct {
				Kind        string `json:"kind"`
				SourceCable *struct {
					ID      string  `json:"id"`
					Para    int     `json:"para"`
					Verdict string  `json:"verdict"`
					Cover   float64 `json:"coverage"`
				} `json:"source_cable"`
			} `json:"quotes"`
		} `json:"stories"`
	}
	if err := json.Unmarshal([]byte(r.mustRun(t, ExitOK, "", "export", "--format", "json", "ledger.txt")), &exp); err != nil {
		t.Fatal(err)
	}
	qs := exp.Stories[0].Quotes
	if sc := qs[1].SourceCable; sc == nil || sc.ID != "09LAGOS77" || sc.Para != 1 || sc.Verdict != "verbatim" || sc.Cover != 1 {
		t.Errorf("quote 2's source_cable: %+v", sc)
	}
	if qs[2].SourceCable != nil {
		t.Errorf("spoken words got a cable: %+v", qs[2].SourceCable)
	}
	out = r.mustRun(t, ExitOK, "", "cable", "09lagos77", "--para", "2")
	if !strings.Contains(out, "Subject:        GRAIN STOCKS RUN LOW IN THE NORTH") ||
		!strings.HasSuffix(out, "\n2. (C) The consul general warned that the grain will not last past April unless imports arrive. OKONKWO-LINDQVIST\n") {
		t.Errorf("cable --para 2:\n%s", out)
	}
	if !strings.Contains(r.mustRun(t, ExitOK, "", "verify", "--format", "md", "ledger.txt"), "## Envoy warned") {
		t.Error("verify --format md has no heading")
	}
}

func TestImportNamesBrokenRows(t *testing.T) {
	r := newRun(t, piped)
	path := writeArchive(t, lagosCable+`"2","3/3/2009 10:10","09LAGOS78","Consulate Lagos","SECRET","","H","cut off in the mid`)
	r.cables("archive", "import", path)
	if want := "cables: " + path + ": line 11: the file ends inside field 8 of this row (truncated?)\n"; r.stderr.String() != want {
		t.Errorf("stderr %q, want %q", r.stderr.String(), want)
	}
	if !strings.Contains(r.stdout.String(), "imported 1 cable") || !strings.Contains(r.stdout.String(), "skipped 1 malformed row or page") {
		t.Errorf("summary %q", r.stdout.String())
	}
	if status := r.cables("archive", "import", filepath.Join(t.TempDir(), "nothing.csv")); status != ExitInput {
		t.Errorf("importing a missing file exits %d", status)
	}
}
