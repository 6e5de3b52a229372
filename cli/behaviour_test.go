package cli

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"cables/content"
	"cables/model"
)

func TestExitStatusAndErrors(t *testing.T) {
	for _, tc := range []struct {
		name   string
		args   []string
		status int
		stderr string
	}{
		{"one input fails, the rest is printed", []string{"quotes", "broken.txt", "ledger.txt"}, ExitInput,
			"cables: broken.txt: not UTF-8 text (binary?)\n"},
		{"unknown flag", []string{"quotes", "--colour"}, ExitUsage,
			"cables: unknown flag: --colour\nTry 'cables --help' for usage.\n"},
		{"bad format", []string{"export", "--format", "pdf"}, ExitUsage,
			"cables: --format must be one of [json md csv], not \"pdf\"\nTry 'cables --help' for usage.\n"},
		{"bad kind", []string{"quotes", "--kind", "rumour"}, ExitUsage,
			"cables: --kind must be one of [cable speech], not \"rumour\"\nTry 'cables --help' for usage.\n"},
		{"bad theme", []string{"--theme", "neon"}, ExitUsage,
			"cables: --theme must be one of [dark light ascii], not \"neon\"\nTry 'cables --help' for usage.\n"},
		{"show needs a path", []string{"show"}, ExitUsage,
			"cables: show prints one story: give its path or URL (cables show story.txt), or pipe it in\nTry 'cables --help' for usage.\n"},
		{"show width too narrow to lay out", []string{"show", "--width", "1", "ledger.txt"}, ExitUsage,
			"cables: --width must be 20 to 1000 columns, not 1\nTry 'cables --help' for usage.\n"},
		{"show width negative", []string{"show", "--width", "-5", "ledger.txt"}, ExitUsage,
			"cables: --width must be 20 to 1000 columns, not -5\nTry 'cables --help' for usage.\n"},
		{"show width past any screen", []string{"show", "--width", "2147483647", "ledger.txt"}, ExitUsage,
			"cables: --width must be 20 to 1000 columns, not 2147483647\nTry 'cables --help' for usage.\n"},
		{"explain with a format other than text", []string{"quotes", "--explain", "--format", "csv", "ledger.txt"}, ExitUsage,
			"cables: --explain prints under the quotes of --format text; --format json carries the same reasons as \"why\"\nTry 'cables --help' for usage.\n"},
		{"unknown person", []string{"quotes", "--person", "Nobody", "ledger.txt"}, ExitInput,
			"cables: no one called \"Nobody\" in these stories (see 'cables people')\n"},
		{"missing file", []string{"export", filepath.Join(t.TempDir(), "gone.txt")}, ExitInput, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := newRun(t, piped)
			if got := r.cables(tc.args...); got != tc.status {
				t.Errorf("exit status %d, want %d; stderr: %s", got, tc.status, r.stderr.String())
			}
			if tc.stderr != "" && r.stderr.String() != tc.stderr {
				t.Errorf("stderr\n%q\nwant\n%q", r.stderr.String(), tc.stderr)
			}
			if !strings.HasPrefix(r.stderr.String(), "cables: ") {
				t.Errorf("stderr should start with \"cables: \": %q", r.stderr.String())
			}
		})
	}
	t.Run("failed input still prints the others", func(t *testing.T) {
		r := newRun(t, piped)
		r.cables("quotes", "broken.txt", "ledger.txt")
		if !strings.Contains(r.stdout.String(), "we were never told") {
			t.Errorf("stdout lacks ledger.txt's quotes:\n%s", r.stdout.String())
		}
	})
}

func TestExportJSONPathAsGiven(t *testing.T) {
	dir := t.TempDir()
	story := "Envoy warned of grain shortage\n\nMay 30, 2011\n\nThe ambassador said “the grain will not last.”\n"
	if err := os.WriteFile(filepath.Join(dir, "grain.txt"), []byte(story), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	r := newRun(t, piped)
	out := r.mustRun(t, ExitOK, "", "export", "--format", "json", "./grain.txt")
	if !strings.HasPrefix(out, "{\n  \"stories\": [") || !strings.Contains(out, `"path": "./grain.txt"`) {
		t.Errorf("export json:\n%s", out)
	}
}

func TestReaderGetsLibraryAndOptions(t *testing.T) {
	r := newRun(t, terminal)
	writeConfig(t, r, "theme = \"light\"\nreading_width = 72\n\n[keys]\nnext_quote = [\"n\", \"ctrl+n\"]\n")
	r.mustRun(t, ExitOK, "", "--person", "reyes", "ledger.txt", "tricky.md")
	if r.readLib == nil || len(r.readLib.Stories) != 2 {
		t.Fatalf("reader got %v, want the two stories", r.readLib)
	}
	o := r.readOpts
	if o.ReadingWidth != 72 || o.Reload == nil || len(o.Skipped) != 0 {
		t.Errorf("reader options: reading width %d, reload %v, skipped %q", o.ReadingWidth, o.Reload != nil, o.Skipped)
	}
	if o.Person != "Tomas Reyes" || o.Theme != "light" || !slices.Equal(o.Keys["next_quote"], []string{"n", "ctrl+n"}) {
		t.Errorf("reader options = %+v", o)
	}
	// The terminal's colours, known already: the reader does not ask again
	// (inside tmux each asking runs `tmux info`).
	if o.ColorProfile != terminal.Profile {
		t.Errorf("reader's colour profile = %v, want the terminal's, %v", o.ColorProfile, terminal.Profile)
	}
	r.mustRun(t, ExitOK, "", "--theme", "ascii", "ledger.txt")
	if r.readOpts.Theme != "ascii" {
		t.Errorf("--theme should win over the config: %q", r.readOpts.Theme)
	}
}

func TestNoPathsReadsLibraryElseEmbedded(t *testing.T) {
	r := newRun(t, terminal)
	r.mustRun(t, ExitOK, "")
	if len(r.readLib.Stories) != 1 || r.readLib.Stories[0].Path != "kayani-wikileaks.txt" {
		t.Fatalf("empty library: want the embedded story, got %d stories", len(r.readLib.Stories))
	}
	src := filepath.Join(t.TempDir(), "grain.txt")
	body := []byte("Envoy warned of grain shortage\n\nThe ambassador said “the grain will not last.”\n")
	if err := os.WriteFile(src, body, 0o444); err != nil {
		t.Fatal(err)
	}
	dest := filepath.Join(r.env["XDG_DATA_HOME"], "cables", "grain.txt")
	if out := r.mustRun(t, ExitOK, "", "add", src); out != "added "+dest+"\n" {
		t.Errorf("add printed %q", out)
	}
	if got, _ := os.ReadFile(src); string(got) != string(body) {
		t.Error("add changed its source")
	}
	if got, _ := os.ReadFile(dest); string(got) != string(body) {
		t.Errorf("library copy = %q", got)
	}
	r.mustRun(t, ExitOK, "")
	if len(r.readLib.Stories) != 1 || r.readLib.Stories[0].Title != "Envoy warned of grain shortage" {
		t.Fatalf("with a library: want its story, got %+v", r.readLib.Stories)
	}
	// The same story again is not copied twice; another with its name is
	// kept apart; no temporary file is left behind.
	if out := r.mustRun(t, ExitOK, "", "add", src); out != "added "+dest+"\n" {
		t.Errorf("adding the same story again printed %q", out)
	}
	other := filepath.Join(t.TempDir(), "grain.txt")
	if err := os.WriteFile(other, []byte("Another grain story\n\nIt said “less.”\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if out := r.mustRun(t, ExitOK, "", "add", other); !strings.HasSuffix(out, "grain-2.txt\n") {
		t.Errorf("second story with the same name: %q", out)
	}
	entries, _ := os.ReadDir(filepath.Dir(dest))
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if !slices.Equal(names, []string{"grain-2.txt", "grain.txt"}) {
		t.Errorf("library holds %v", names)
	}
}

func TestAddURLSavesMarkdown(t *testing.T) {
	r := newRun(t, piped)
	dest := filepath.Join(r.env["XDG_DATA_HOME"], "cables", "envoy-warned-of-grain-shortage-cable-shows.md")
	if out := r.mustRun(t, ExitOK, "", "add", "https://ledger.example/grain"); out != "added "+dest+"\n" {
		t.Errorf("add printed %q", out)
	}
	got, err := os.ReadFile(dest)
	if err != nil {
		t.Fatal(err)
	}
	golden.RequireEqual(t, got)
}

func TestAddRefusesWhatDoesNotLoad(t *testing.T) {
	r := newRun(t, piped)
	r.mustRun(t, ExitInput, "cables: broken.txt: not UTF-8 text (binary?)\n", "add", "broken.txt")
	if _, err := os.Stat(filepath.Join(r.env["XDG_DATA_HOME"], "cables", "broken.txt")); err == nil {
		t.Error("a story that does not load was added")
	}
}

func TestConfigLibraryPaths(t *testing.T) {
	r := newRun(t, terminal)
	shelf := t.TempDir()
	if err := os.WriteFile(filepath.Join(shelf, "a.txt"), []byte("Shelf story\n\nBody “words.”\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	writeConfig(t, r, "library = [\"../shelf\"]\n") // relative to the config's folder
	if err := os.Rename(shelf, filepath.Join(r.env["XDG_CONFIG_HOME"], "shelf")); err != nil {
		t.Fatal(err)
	}
	r.mustRun(t, ExitOK, "")
	if len(r.readLib.Stories) != 1 || r.readLib.Stories[0].Title != "Shelf story" {
		t.Errorf("config library: got %d stories", len(r.readLib.Stories))
	}
}

func TestBadConfigSaysLineAndCause(t *testing.T) {
	for _, tc := range []struct{ name, config, want string }{
		{"bad theme", "library = []\n\ntheme = \"purple\"\n", `line 3: theme must be one of [dark light ascii], not "purple"`},
		{"syntax", "theme = \"dark\n", "line 1: strings cannot contain newlines"},
		{"wrong type", "library = \"~/cables\"\n", `line 1 (last key "library"): incompatible types`},
		{"unknown setting", "theme = \"dark\"\n\ncolour = 1\n", `line 3: unknown setting "colour"`},
		{"unknown table", "[colours]\nquote = \"red\"\n", `line 1: unknown setting "colours"`},
		{"reading width", "theme = \"dark\"\nreading_width = 5\n", `line 2: reading_width must be 20 to 1000 columns, not 5`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := newRun(t, piped)
			path := writeConfig(t, r, tc.config)
			if got := r.cables("quotes", "ledger.txt"); got != ExitUsage {
				t.Errorf("exit status %d, want %d", got, ExitUsage)
			}
			if want := "cables: " + path + ": " + tc.want; !strings.HasPrefix(r.stderr.String(), want) {
				t.Errorf("stderr\n%q\nwant it to start\n%q", r.stderr.String(), want)
			}
		})
	}
}

// TestShowLetsNoEscapeThrough renders text full of escape sequences and
// entities that decode to them: only cables' own colours may reach stdout.
func TestShowLetsNoEscapeThrough(t *testing.T) {
	hostile := trickyStory()
	hostile.Paragraphs = append(hostile.Paragraphs,
		"Raw \x1b[2J\x1b]0;title\x07 \x9b31m bell\x07 and \u202eevil\u202c and &#27;&#x9b;&#7; &amp;#27; end.")
	for _, out := range []Terminal{piped, terminal} {
		r := newRun(t, out)
		r.app.Load = fakeLoad
		got, err := r.app.renderStory(hostile, 60, "dark")
		if err != nil {
			t.Fatal(err)
		}
		if !out.IsTerminal && strings.ContainsRune(got, 0x1b) {
			t.Errorf("piped show has an escape: %q", got)
		}
		for len(got) > 0 {
			seq, _, n, _ := ansi.DecodeSequence(got, 0, nil)
			if seq[0] == 0x1b && !isSGR(seq) {
				t.Errorf("non-SGR escape %q reached stdout", seq)
			}
			for _, c := range seq {
				if c != '\n' && c != 0x1b && (c < 0x20 || c == 0x7f || c >= 0x80 && c <= 0x9f || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069) {
					t.Errorf("control %U reached stdout", c)
				}
			}
			got = got[n:]
		}
		text := ansi.Strip(func() string { s, _ := r.app.renderStory(hostile, 200, "dark"); return s }())
		for _, want := range []string{"&#27;&#x9b;&#7; &amp;#27; end.", "*stars*, _underscores_, [brackets](x) and <b>tags</b>",
			"1. This is not a list, # nor a heading.", "> Nor is this", "# Markdown-looking <i>headline</i> & more"} {
			if !strings.Contains(text, want) {
				t.Errorf("terminal=%v: %q not shown as typed in:\n%s", out.IsTerminal, want, text)
			}
		}
	}
}

func TestPagerGetsTheStory(t *testing.T) {
	r := newRun(t, terminal)
	r.env["NO_COLOR"] = "1"
	r.env["PAGER"] = "tr a-z A-Z"
	out := r.mustRun(t, ExitOK, "", "show", "--pager", "ledger.txt")
	if !strings.HasPrefix(strings.TrimSpace(out), "ENVOY WARNED OF GRAIN SHORTAGE") {
		t.Errorf("pager output:\n%s", out)
	}
}

func TestNoPagerIntoAPipe(t *testing.T) {
	r := newRun(t, piped)
	r.env["PAGER"] = "tr a-z A-Z"
	if out := r.mustRun(t, ExitOK, "", "show", "--pager", "ledger.txt"); !strings.HasPrefix(strings.TrimSpace(out), "Envoy warned") {
		t.Errorf("piped show --pager should print the story itself:\n%s", out)
	}
}

func TestVersion(t *testing.T) {
	r := newRun(t, piped)
	if out := r.mustRun(t, ExitOK, "", "--version"); !strings.Contains(out, "test") {
		t.Errorf("--version printed %q", out)
	}
}

// writeConfig writes the run's config file and returns its path.
func writeConfig(t *testing.T, r *run, text string) string {
	t.Helper()
	path := filepath.Join(r.env["XDG_CONFIG_HOME"], "cables", "config.toml")
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestSavedMarkdownReadsBack checks that a story added from a URL reads
// back from the library as the same story. trickyStory's Markdown-looking
// text is left out until content's Markdown reader drops backslash escapes
// (it keeps the backslash of an escaped "*" today).
func TestSavedMarkdownReadsBack(t *testing.T) {
	for _, s := range []*model.Story{ledgerStory()} {
		back, err := content.Parse("saved.md", []byte(storyMarkdown(s)))
		if err != nil {
			t.Fatal(err)
		}
		if back.Title != s.Title || back.Outlet != s.Outlet || back.Published.String() != s.Published.String() {
			t.Errorf("read back %q, %q, %q; want %q, %q, %q", back.Title, back.Outlet, back.Published, s.Title, s.Outlet, s.Published)
		}
		if !slices.Equal(back.Paragraphs, s.Paragraphs) {
			t.Errorf("paragraphs read back:\n%q\nwant\n%q", back.Paragraphs, s.Paragraphs)
		}
	}
}

// TestShowHighlightsUnmarkedQuotes: a span that touches letters, with no
// quote marks around it, must still be highlighted, not print asterisks.
func TestShowHighlightsUnmarkedQuotes(t *testing.T) {
	p := []string{"He wrote(see the cable)then left.", "Word*s*: it said [x],and so on."}
	s := &model.Story{Title: "Unmarked", Paragraphs: p, Quotes: []model.Quote{
		quote(p, 0, "(see the cable)", model.Cable, "", ""),
		quote(p, 1, "*s*: it said [x],", model.Speech, "", ""),
	}}
	r := newRun(t, terminal)
	out, err := r.app.renderStory(s, 80, "dark")
	if err != nil {
		t.Fatal(err)
	}
	text := ansi.Strip(out)
	for _, want := range p {
		if !strings.Contains(text, want) {
			t.Errorf("%q not shown as typed in:\n%s", want, text)
		}
	}
	// The reader's dark colours: cable passages #FFD787, speech #87D7FF.
	if !strings.Contains(out, "38;2;255;215;135") || !strings.Contains(out, "38;2;135;215;255") {
		t.Errorf("quotes not highlighted:\n%q", out)
	}
}

func TestPipedStoryIsReadWhenNoPathIsGiven(t *testing.T) {
	r := newRun(t, piped)
	r.app.Stdin = strings.NewReader("Envoy warned of grain shortage\n\nThe ambassador said “the grain will not last.”\n")
	r.app.StdinPiped = true
	out := r.mustRun(t, ExitOK, "", "export", "--format", "json")
	if !strings.Contains(out, `"title": "Envoy warned of grain shortage"`) || !strings.Contains(out, `"path": "-"`) {
		t.Errorf("export of a piped story:\n%s", out)
	}
	if strings.Contains(out, "Kayani") {
		t.Error("with a story piped in, the embedded story must not be read")
	}
}
