package cli

import (
	"cables/content/source"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"github.com/BurntSushi/toml"

	"cables/ui"
)

// Config is $XDG_CONFIG_HOME/cables/config.toml:
//
//	library = ["~/notes/cables"]   # also read by `cables` with no paths;
//	                               # relative paths are from the config's folder
//	theme = "light"                # dark, light or ascii
//	reading_width = 90             # the reader's widest line of text
//	[keys]                         # reader key remaps: binding → keys
//	next_quote = ["n", "ctrl+n"]
type Config struct {
	Library []string            `toml:"library"`
	Theme   Theme               `toml:"theme"`
	Keys    map[string][]string `toml:"keys"`
	// ReadingWidth caps the reader's lines of text; 0 is its default.
	ReadingWidth int `toml:"reading_width"`
}

// Theme is a colour theme name; the config and --theme check it alike.
type Theme string

// themes are the names Theme accepts.
var themes = []string{"dark", "light", "ascii"}

// UnmarshalText checks the name, so a bad theme in the config is reported
// at its line.
func (t *Theme) UnmarshalText(b []byte) error {
	if err := oneOf("theme", string(b), themes...); err != nil {
		return fmt.Errorf("theme must be one of %v, not %q", themes, b)
	}
	*t = Theme(b)
	return nil
}

// home is the user's home directory, or "" when unknown.
func (a *App) home() string { return a.Getenv("HOME") }

// xdgDir is an XDG base directory: the variable when it is an absolute
// path, else fallback under the home directory; "" when neither is known.
func (a *App) xdgDir(variable, fallback string) string {
	if d := a.Getenv(variable); filepath.IsAbs(d) {
		return d
	}
	if h := a.home(); h != "" {
		return filepath.Join(h, fallback)
	}
	return ""
}

// configPath is where the config file is looked for.
func (a *App) configPath() string {
	d := a.xdgDir("XDG_CONFIG_HOME", ".config")
	if d == "" {
		return ""
	}
	return filepath.Join(d, "cables", "config.toml")
}

// libraryDir is where `cables add` puts stories.
func (a *App) libraryDir() string {
	d := a.xdgDir("XDG_DATA_HOME", filepath.Join(".local", "share"))
	if d == "" {
		return ""
	}
	return filepath.Join(d, "cables")
}

// loadConfig reads the config file; a missing one is an empty config.
func (a *App) loadConfig() (Config, error) {
	var c Config
	path := a.configPath()
	if path == "" {
		return c, nil
	}
	data, err := readConfigFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return c, nil
	}
	if err != nil {
		return c, usagef("%s: %v", path, cause(err))
	}
	md, err := toml.Decode(string(data), &c)
	if err != nil {
		return c, usagef("%s: %s", path, describeTOMLError(err))
	}
	if keys := md.Undecoded(); len(keys) > 0 {
		k := keys[0].String()
		return c, usagef("%s: line %d: unknown setting %q (known: library, theme, reading_width, keys)",
			path, lineOfKey(string(data), keys[0][len(keys[0])-1]), k)
	}
	if err := checkKeys(string(data), c.Keys); err != nil {
		return c, usagef("%s: %v", path, err)
	}
	if c.ReadingWidth != 0 && (c.ReadingWidth < 20 || c.ReadingWidth > 1000) {
		return c, usagef("%s: line %d: reading_width must be 20 to 1000 columns, not %d",
			path, lineOfKey(string(data), "reading_width"), c.ReadingWidth)
	}
	for i, p := range c.Library {
		if strings.TrimSpace(p) == "" {
			// Joined to the config's folder it would read that folder as stories.
			return c, usagef("%s: line %d: library entry %d is empty", path, lineOfKey(string(data), "library"), i+1)
		}
		if p = a.expandHome(p); !filepath.IsAbs(p) {
			p = filepath.Join(filepath.Dir(path), p)
		}
		c.Library[i] = p
	}
	return c, nil
}

// maxConfigSize is the largest config file read: a config is a few lines,
// and a link to /dev/zero must not fill memory.
const maxConfigSize = 1 << 20

// readConfigFile reads the config, which must be a regular file (a FIFO
// would block the start until something wrote to it; a device never ends)
// of at most maxConfigSize bytes.
func readConfigFile(path string) ([]byte, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() {
		return nil, fmt.Errorf("not a regular file (a %s)", source.FileKind(info.Mode()))
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxConfigSize+1))
	if err != nil {
		return nil, err
	}
	if len(data) > maxConfigSize {
		return nil, fmt.Errorf("larger than %d KB; a config is a few lines", maxConfigSize>>10)
	}
	return data, nil
}

// checkKeys checks the [keys] table against the reader's binding names, so
// that a typo is reported as a config error at its line before anything
// starts.
func checkKeys(doc string, keys map[string][]string) error {
	known := ui.BindingNames()
	names := slices.Sorted(maps.Keys(keys))
	for _, name := range names {
		line := lineInTable(doc, "keys", name)
		if !slices.Contains(known, name) {
			return fmt.Errorf("line %d: unknown key binding %q (known: %s)", line, name, strings.Join(known, ", "))
		}
		if len(keys[name]) == 0 || slices.Contains(keys[name], "") {
			return fmt.Errorf("line %d: key binding %q: no key given", line, name)
		}
	}
	return nil
}

// lineInTable finds the line where key is set in the named table (as
// "[table]" then "key = …", or "table.key = …"), else the table's line.
func lineInTable(doc, table, key string) int {
	lines := strings.Split(doc, "\n")
	header := regexp.MustCompile(`^\s*\[\s*["']?` + regexp.QuoteMeta(table) + `["']?\s*\]`)
	anyHeader := regexp.MustCompile(`^\s*\[`)
	dotted := regexp.MustCompile(`^\s*["']?` + regexp.QuoteMeta(table) + `["']?\s*\.\s*["']?` + regexp.QuoteMeta(key) + `["']?\s*=`)
	inner := regexp.MustCompile(`^\s*["']?` + regexp.QuoteMeta(key) + `["']?\s*=`)
	start, in := 1, false
	for i, l := range lines {
		switch {
		case header.MatchString(l):
			start, in = i+1, true
		case anyHeader.MatchString(l):
			in = false
		case dotted.MatchString(l), in && inner.MatchString(l):
			return i + 1
		}
	}
	return start
}

// describeTOMLError gives "line N: cause" for the parser's errors.
func describeTOMLError(err error) string {
	var pe toml.ParseError
	if errors.As(err, &pe) {
		return fmt.Sprintf("line %d: %s", pe.Position.Line, pe.Message)
	}
	// Type mismatches come as "toml: line N (last key "k"): cause".
	return strings.TrimPrefix(err.Error(), "toml: ")
}

// lineOfKey finds the line where a key is set or a table named; the TOML
// parser does not say where keys it did not use stand.
func lineOfKey(doc, key string) int {
	re := regexp.MustCompile(`^\s*(\[+\s*)?(["']?)` + regexp.QuoteMeta(key) + `(["']?)\s*(=|\]|\.)`)
	for i, line := range strings.Split(doc, "\n") {
		if re.MatchString(line) {
			return i + 1
		}
	}
	return 1
}

// expandHome turns a leading "~/" into the home directory.
func (a *App) expandHome(p string) string {
	if h := a.home(); h != "" && (p == "~" || strings.HasPrefix(p, "~/")) {
		return filepath.Join(h, p[1:])
	}
	return p
}

// cause drops the path that os errors repeat, keeping the reason.
func cause(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
