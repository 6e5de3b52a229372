package cli

import (
	"testing"

	"github.com/charmbracelet/x/exp/golden"
)

// Each golden is what a person sees: piped (plain) and on a terminal 60
// columns wide with true colour.

func TestQuotes(t *testing.T) {
	for _, tc := range []struct {
		name string
		out  Terminal
		args []string
	}{
		{"piped", piped, []string{"quotes", "ledger.txt", "tricky.md"}},
		{"terminal", terminal, []string{"quotes", "ledger.txt", "tricky.md"}},
		{"person alias", piped, []string{"quotes", "--person", "Okonkwo-Lindqvist", "ledger.txt", "tricky.md"}},
		{"person surname words", piped, []string{"quotes", "--person", "reyes", "ledger.txt"}},
		{"kind cable", piped, []string{"quotes", "--kind", "cable", "ledger.txt", "tricky.md"}},
		{"json", piped, []string{"quotes", "--format", "json", "--person", "Maria Okonkwo-Lindqvist", "ledger.txt", "tricky.md"}},
		{"csv", piped, []string{"quotes", "--format", "csv", "ledger.txt", "tricky.md"}},
		{"md", piped, []string{"quotes", "--format", "md", "ledger.txt", "tricky.md"}},
		{"explain", piped, []string{"quotes", "--explain", "ledger.txt"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := newRun(t, tc.out)
			golden.RequireEqual(t, r.mustRun(t, 0, "", tc.args...))
		})
	}
}

func TestPeople(t *testing.T) {
	for _, tc := range []struct {
		name string
		out  Terminal
		args []string
	}{
		{"piped", piped, []string{"people", "ledger.txt", "tricky.md"}},
		{"terminal", terminal, []string{"people", "ledger.txt", "tricky.md"}},
		{"json", piped, []string{"people", "--format", "json", "ledger.txt", "tricky.md"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := newRun(t, tc.out)
			golden.RequireEqual(t, r.mustRun(t, 0, "", tc.args...))
		})
	}
}

func TestExport(t *testing.T) {
	for _, format := range []string{"json", "md", "csv"} {
		t.Run(format, func(t *testing.T) {
			r := newRun(t, terminal)
			golden.RequireEqual(t, r.mustRun(t, 0, "", "export", "--format", format, "ledger.txt", "tricky.md"))
		})
	}
}

func TestShow(t *testing.T) {
	for _, tc := range []struct {
		name string
		out  Terminal
		env  map[string]string
		conf string
		args []string
	}{
		{"piped", piped, nil, "", []string{"show", "ledger.txt"}},
		{"terminal", terminal, nil, "", []string{"show", "ledger.txt"}},
		{"terminal light narrow", terminal, nil, `theme = "light"`, []string{"show", "--width", "50", "ledger.txt"}},
		{"terminal ascii", terminal, nil, `theme = "ascii"`, []string{"show", "ledger.txt"}},
		{"no color", terminal, map[string]string{"NO_COLOR": "1"}, "", []string{"show", "ledger.txt"}},
		{"markdown-looking text piped", piped, nil, "", []string{"show", "tricky.md"}},
		{"markdown-looking text terminal", terminal, nil, "", []string{"show", "tricky.md"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := newRun(t, tc.out)
			for k, v := range tc.env {
				r.env[k] = v
			}
			if tc.conf != "" {
				writeConfig(t, r, tc.conf)
			}
			golden.RequireEqual(t, r.mustRun(t, 0, "", tc.args...))
		})
	}
}

func TestHelp(t *testing.T) {
	for _, args := range [][]string{{"--help"}, {"quotes", "--help"}, {"add", "--help"}} {
		t.Run(args[0], func(t *testing.T) {
			r := newRun(t, piped)
			golden.RequireEqual(t, r.mustRun(t, 0, "", args...))
		})
	}
}
