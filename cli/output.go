package cli

import (
	"image/color"
	"io"
	"os"
	"slices"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/term"
)

// Terminal is what cables knows about its standard output.
type Terminal struct {
	IsTerminal bool
	Width      int                  // columns; 0 when unknown
	Profile    colorprofile.Profile // colours it can show
}

// DetectTerminal asks the operating system about f.
func DetectTerminal(f *os.File, environ []string) Terminal {
	t := Terminal{IsTerminal: term.IsTerminal(f.Fd()), Profile: detectProfile(f, environ)}
	if t.IsTerminal {
		if w, _, err := term.GetSize(f.Fd()); err == nil {
			t.Width = w
		}
	}
	return t
}

// detectProfile is the colours f shows. Inside tmux, asking runs `tmux
// info` (30-70 ms), and lipgloss has asked for stdout with the process's
// environment at its init already: its answer is taken, not asked for again
// (issue 14: the warm start's first frame).
func detectProfile(f *os.File, environ []string) colorprofile.Profile {
	if f == os.Stdout && slices.Equal(environ, os.Environ()) {
		return lipgloss.Writer.Profile
	}
	return colorprofile.Detect(f, environ)
}

// styled reports whether output gets colour and emphasis: on a terminal,
// unless NO_COLOR is set to anything.
func (a *App) styled() bool {
	return a.Out.IsTerminal && a.Getenv("NO_COLOR") == ""
}

// out is stdout, with colours brought down to what the terminal shows.
func (a *App) out() io.Writer {
	if !a.styled() {
		return a.Stdout
	}
	return &colorprofile.Writer{Forward: a.Stdout, Profile: a.Out.Profile}
}

// width is how wide to lay out text: the terminal's, at most limit; 80
// when unknown.
func (a *App) width(limit int) int {
	if a.Out.Width <= 0 {
		return min(80, limit)
	}
	return min(a.Out.Width, limit)
}

// styles are the looks of the command line's text output, from one theme.
type styles struct {
	Cable, Speech lipgloss.Style // a quote's words, by kind
	Speaker       lipgloss.Style
	Meta          lipgloss.Style // story, outlet, date: the quiet lines
	Header        lipgloss.Style // column headings
	Name          lipgloss.Style
}

// newStyles builds the styles for a theme: dark, light or ascii.
func newStyles(theme string) styles {
	if theme == "ascii" {
		bold := lipgloss.NewStyle().Bold(true)
		return styles{Cable: bold, Speech: lipgloss.NewStyle(), Speaker: bold,
			Meta: lipgloss.NewStyle(), Header: bold, Name: bold}
	}
	pick := lipgloss.LightDark(theme != "light")
	c := func(light, dark string) color.Color {
		return pick(lipgloss.Color(light), lipgloss.Color(dark))
	}
	return styles{
		Cable:   lipgloss.NewStyle().Foreground(c("#9A5B00", "#F5B041")),
		Speech:  lipgloss.NewStyle().Foreground(c("#0B6E99", "#7FD3F7")),
		Speaker: lipgloss.NewStyle().Bold(true),
		Meta:    lipgloss.NewStyle().Foreground(c("#666666", "#8A8A8A")),
		Header:  lipgloss.NewStyle().Bold(true).Foreground(c("#666666", "#8A8A8A")),
		Name:    lipgloss.NewStyle().Bold(true),
	}
}

// quoteStyle is the look of a quote of the given kind.
func (s styles) quoteStyle(kind string) lipgloss.Style {
	if kind == "cable" {
		return s.Cable
	}
	return s.Speech
}
