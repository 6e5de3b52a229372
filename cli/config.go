package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/BurntSushi/toml"
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
	data, err := os.ReadFile(path)
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
	if c.ReadingWidth != 0 && (c.ReadingWidth < 20 || c.ReadingWidth > 1000) {
		return c, usagef("%s: line %d: reading_width must be 20 to 1000 columns, not %d",
			path, lineOfKey(string(data), "reading_width"), c.ReadingWidth)
	}
	for i, p := range c.Library {
		if p = a.expandHome(p); !filepath.IsAbs(p) {
			p = filepath.Join(filepath.Dir(path), p)
		}
		c.Library[i] = p
	}
	return c, nil
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
