package cli

import (
	"fmt"
	"io"
	"os/exec"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"charm.land/glamour/v2"
	glamouransi "charm.land/glamour/v2/ansi"
	glamourstyles "charm.land/glamour/v2/styles"
	"github.com/charmbracelet/x/ansi"
	"github.com/spf13/cobra"

	"cables/export"
	"cables/model"
)

func (a *App) showCommand() *cobra.Command {
	var width int
	var pager bool
	cmd := &cobra.Command{
		Use:   "show PATH|URL",
		Short: "Print one story with its quotes highlighted",
		Long: "Print one story, rendered for the terminal, with cable passages and spoken\n" +
			"words highlighted. Piped, or with NO_COLOR set, it is plain text and the quotes\n" +
			"keep their marks. --pager hands it to $PAGER (less -R when unset) when\n" +
			"stdout is a terminal.",
		Args: withArgs(cobra.ExactArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			if width < 0 {
				return usagef("--width must be a number of columns, not %d", width)
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
			if width == 0 {
				width = a.width(100)
			}
			text, err := a.renderStory(stories[0], width, string(cfg.Theme))
			if err != nil {
				return err
			}
			if pager && a.Out.IsTerminal {
				err = a.page(text)
			} else {
				_, err = io.WriteString(a.out(), text)
			}
			if err == nil && failed {
				err = errReported
			}
			return err
		},
	}
	cmd.Flags().IntVar(&width, "width", 0, "wrap at this many columns (default: the terminal's, at most 100)")
	cmd.Flags().BoolVar(&pager, "pager", false, "show it in $PAGER")
	return cmd
}

// renderStory lays a story out at width: through glamour on a terminal,
// as plain wrapped text otherwise or with the ascii theme.
func (a *App) renderStory(s *model.Story, width int, theme string) (string, error) {
	if !a.styled() || theme == "ascii" {
		return plainStory(s, width), nil
	}
	r, err := glamour.NewTermRenderer(glamour.WithStyles(showStyle(theme)), glamour.WithWordWrap(width))
	if err != nil {
		return "", err
	}
	out, err := r.Render(storyMarkdown4Show(s))
	if err != nil {
		return "", err
	}
	return glamourPadding.ReplaceAllString(onlySGR(out), ""), nil
}

// glamourPadding is the styled blank glamour pads every line with to the
// full width: it only makes copied text and pipes to a pager wider.
var glamourPadding = regexp.MustCompile(`(?m)(?:\x1b\[[0-9;:]*m *\x1b\[0?m| )+$`)

// showStyle is glamour's theme with the quotes given colours: cable
// passages are the strong text, spoken words the emphasised.
func showStyle(theme string) glamouransi.StyleConfig {
	cfg := glamourstyles.DarkStyleConfig
	cable, speech := "#F5B041", "#7FD3F7"
	if theme == "light" {
		cfg = glamourstyles.LightStyleConfig
		cable, speech = "#9A5B00", "#0B6E99"
	}
	yes := true
	cfg.Strong = glamouransi.StylePrimitive{Color: &cable, Bold: &yes}
	cfg.Emph = glamouransi.StylePrimitive{Color: &speech}
	return cfg
}

// storyMarkdown4Show writes a story as Markdown for glamour: every piece
// of story text escaped, quotes wrapped in ** (cable) or * (speech) outside
// the escaping, so only cables' own markup is markup.
func storyMarkdown4Show(s *model.Story) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# %s\n\n", export.EscapeMarkdown(s.Title))
	if meta := metaLine(s); meta != "" {
		fmt.Fprintf(&b, "%s\n\n", export.EscapeMarkdown(meta))
	}
	for pi, p := range s.Paragraphs {
		off := 0
		for _, sp := range paragraphSpans(s, pi) {
			start, end := trimSpan(p, sp.Start, sp.End)
			if start < off || start >= end {
				continue
			}
			mark := "*"
			if sp.kind == model.Cable {
				mark = "**"
			}
			b.WriteString(export.EscapeMarkdown(p[off:start]))
			b.WriteString(mark + export.EscapeMarkdown(p[start:end]) + mark)
			off = end
		}
		b.WriteString(export.EscapeMarkdown(p[off:]) + "\n\n")
	}
	return b.String()
}

type kindSpan struct {
	model.Span
	kind model.Kind
}

// paragraphSpans returns the quote spans in paragraph pi, in order; spans
// that do not fit the paragraph are dropped.
func paragraphSpans(s *model.Story, pi int) []kindSpan {
	var out []kindSpan
	for _, q := range s.Quotes {
		for _, sp := range q.Spans {
			if sp.Paragraph == pi && 0 <= sp.Start && sp.Start < sp.End && sp.End <= len(s.Paragraphs[pi]) {
				out = append(out, kindSpan{sp, q.Kind})
			}
		}
	}
	slices.SortFunc(out, func(x, y kindSpan) int { return x.Start - y.Start })
	return out
}

// trimSpan narrows a span to where Markdown emphasis can open and close:
// not on a space, and not on punctuation that touches a letter outside
// (CommonMark would print the asterisks instead). Quote marks, which
// spans exclude, are punctuation, so a marked quote keeps its whole span.
func trimSpan(p string, start, end int) (int, int) {
	for start < end {
		r, n := utf8.DecodeRuneInString(p[start:])
		prev, _ := utf8.DecodeLastRuneInString(p[:start])
		if !unicode.IsSpace(r) && (start == 0 || isWordRune(r) || !isWordRune(prev)) {
			break
		}
		start += n
	}
	for end > start {
		r, n := utf8.DecodeLastRuneInString(p[:end])
		next, _ := utf8.DecodeRuneInString(p[end:])
		if !unicode.IsSpace(r) && (end == len(p) || isWordRune(r) || !isWordRune(next)) {
			break
		}
		end -= n
	}
	return start, end
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// metaLine is outlet · published · byline · dateline.
func metaLine(s *model.Story) string {
	var parts []string
	for _, p := range []string{s.Outlet, s.Published.Human(), s.Byline, s.Dateline} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, " · ")
}

// plainStory is the story as wrapped text, quote marks as the story has
// them: for pipes, NO_COLOR and the ascii theme.
func plainStory(s *model.Story, width int) string {
	var b strings.Builder
	b.WriteString(ansi.Wordwrap(s.Title, width, "") + "\n")
	if meta := metaLine(s); meta != "" {
		b.WriteString(ansi.Wordwrap(meta, width, "") + "\n")
	}
	for _, p := range s.Paragraphs {
		b.WriteString("\n" + ansi.Wordwrap(p, width, "") + "\n")
	}
	return onlyText(b.String())
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
