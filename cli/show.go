package cli

import (
	"fmt"
	"io"
	"os/exec"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/spf13/cobra"

	"cables/model"
	"cables/ui"
)

// minShowWidth is the narrowest layout show makes: below it glamour cannot
// wrap words and prints lines as they come. maxShowWidth is the widest:
// rendering pads every line to the width, so time and memory grow with it
// (2147483647 columns ran for minutes), and no screen is wider.
const (
	minShowWidth = 20
	maxShowWidth = 1000
)

func (a *App) showCommand() *cobra.Command {
	var width int
	var pager bool
	cmd := &cobra.Command{
		Use:   "show [PATH|URL]",
		Short: "Print one story with its quotes highlighted",
		Long: "Print one story, rendered for the terminal, with cable passages and spoken\n" +
			"words highlighted. Piped, or with NO_COLOR set, it is plain text and the quotes\n" +
			"keep their marks. --pager hands it to $PAGER (less -R when unset) when\n" +
			"stdout is a terminal. With no PATH it prints the story piped or redirected in.",
		Args: withArgs(cobra.MaximumNArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				if !a.StdinPiped {
					return usagef("show prints one story: give its path or URL (cables show story.txt), or pipe it in")
				}
				args = []string{"-"}
			}
			if width != 0 && (width < minShowWidth || width > maxShowWidth) {
				return usagef("--width must be %d to %d columns, not %d", minShowWidth, maxShowWidth, width)
			}
			cfg, err := a.loadConfig()
			if err != nil {
				return err
			}
			stories, errs := a.Load(cmd.Context(), a.Stdin, args)
			failed := a.reportErrors(errs)
			if failed && len(stories) == 0 {
				return errReported
			}
			if len(stories) != 1 {
				return usagef("%s: show prints one story; it holds %d", args[0], len(stories))
			}
			if width == 0 { // a tiny terminal still gets a readable layout
				width = max(minShowWidth, a.width(100))
			}
			if pager && a.Out.IsTerminal {
				text, err := a.renderStory(stories[0], width, string(cfg.Theme))
				if err != nil {
					return err
				}
				return written(a.page(text), failed)
			}
			return written(a.writeStory(a.out(), stories[0], width, string(cfg.Theme)), failed)
		},
	}
	cmd.Flags().IntVar(&width, "width", 0, "wrap at this many columns, 20 to 1000 (default: the terminal's, at most 100)")
	cmd.Flags().BoolVar(&pager, "pager", false, "show it in $PAGER")
	return cmd
}

// renderStory lays a story out at width as the reader shows it: styled on
// a terminal, plain text (the quotes keep their marks and gutter) when
// piped or under NO_COLOR.
func (a *App) renderStory(s *model.Story, width int, theme string) (string, error) {
	var b strings.Builder
	err := a.writeStory(&b, s, width, theme)
	return b.String(), err
}

// writeStory is renderStory written to w a part at a time, so that a
// long story is never held rendered whole.
func (a *App) writeStory(w io.Writer, s *model.Story, width int, theme string) error {
	filter := onlySGR
	if !a.styled() {
		filter = onlyText
	}
	return ui.WriteStory(w, s, width, theme, a.styled() && theme != "ascii", filter)
}

// onlySGR removes every escape sequence but colour and emphasis (SGR) and
// every control character but newline, and bidi controls: glamour decodes HTML entities, and
// nothing a story says may become a live sequence on the terminal.
func onlySGR(s string) string {
	var b strings.Builder
	var state byte
	for len(s) > 0 {
		seq, _, n, newState := ansi.DecodeSequence(s, state, nil)
		state = newState
		var keep bool
		switch {
		case seq == "\n":
			keep = true
		case seq != "" && seq[0] == 0x1b:
			keep = isSGR(seq)
		default:
			keep = !strings.ContainsFunc(seq, model.Invisible)
		}
		if keep {
			b.WriteString(seq)
		}
		s = s[n:]
	}
	return b.String()
}

// onlyText is onlySGR with no exception for SGR: for plain output.
func onlyText(s string) string { return ansi.Strip(onlySGR(s)) }

func isSGR(seq string) bool {
	if len(seq) < 3 || seq[0] != 0x1b || seq[1] != '[' || seq[len(seq)-1] != 'm' {
		return false
	}
	return strings.Trim(seq[2:len(seq)-1], "0123456789;:") == ""
}

// page hands text to $PAGER through the shell, as git and man do.
func (a *App) page(text string) error {
	pager := a.Getenv("PAGER")
	if pager == "" {
		pager = "less -R"
	}
	c := exec.Command("sh", "-c", pager)
	c.Stdin = strings.NewReader(text)
	c.Stdout = a.Stdout
	c.Stderr = a.Stderr
	if err := c.Run(); err != nil {
		return fmt.Errorf("pager %q: %w", pager, err)
	}
	return nil
}
