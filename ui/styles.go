package ui

import (
	"fmt"
	"image/color"

	"charm.land/glamour/v2/ansi"
	gstyles "charm.land/glamour/v2/styles"
	"charm.land/lipgloss/v2"

	"cables/model"
)

// theme is what the screen looks like: resolved from Options.Theme, the
// terminal's background and NO_COLOR.
type theme struct {
	name    string // "dark", "light" or "ascii"
	noColor bool
}

// themeNamed resolves a theme name as the command line gives it; "" is dark
// until the terminal says otherwise.
func themeNamed(name string, noColor bool) (theme, error) {
	switch name {
	case "", "dark":
		return theme{name: "dark", noColor: noColor}, nil
	case "light", "ascii":
		return theme{name: name, noColor: noColor}, nil
	}
	return theme{}, fmt.Errorf("unknown theme %q (want dark, light or ascii)", name)
}

// styles are every lipgloss style and mark the reader uses, built from one
// theme. Colour is never the only cue: each highlight also has an attribute
// (underline, reverse, bold) and a gutter mark.
type styles struct {
	header, headerDim, footer, status, message, sep lipgloss.Style
	statusFocus, headerWarn                         lipgloss.Style
	title, meta, selTitle, selMeta, selBar          lipgloss.Style
	speech, cable, current, personQuote, mention    lipgloss.Style
	match, curMatch, prompt, dim, overlayTitle      lipgloss.Style
	helpKey, helpDesc                               lipgloss.Style

	// Gutter marks shown left of a rendered line.
	markSpeech, markCable, markCurrent, markPerson, markBar, markBarDim string

	// Glyphs of the screen's furniture: the ascii theme draws only ASCII.
	dot, ellipsis, cursor, dash, vbar, open, close, para string

	// The highlight styles as escape sequences, for painting per frame.
	speechP, cableP, currentP, personP, mentionP, matchP, curMatchP sgr

	// verdicts are the marks of how faithfully a quote gives its cable.
	verdicts map[model.Verdict]verdictLook
	// The source pane's cable text: the words the story quotes, the words
	// it left out, the words it added, the archive's page lines.
	quoted, leftOut, added, pageLine     lipgloss.Style
	quotedP, leftOutP, addedP, pageLineP sgr
	// diffMarks brackets left-out and added words as git's --word-diff
	// does ([-left out-] {+added+}), for a screen without colour.
	diffMarks bool

	glamour ansi.StyleConfig
	// blocks is how story text is put into Markdown for this theme.
	blocks blockLook
}

func ptr[T any](v T) *T { return &v }

func newStyles(t theme) styles {
	s := styles{
		markSpeech: "┊", markCable: "┃", markCurrent: "▶", markPerson: "●", markBar: "▌", markBarDim: "▏",
		dot: " · ", ellipsis: "…", cursor: "█", dash: "–", vbar: "│", open: "“", close: "”", para: "¶",
	}
	if t.name == "ascii" {
		s.markSpeech, s.markCable, s.markCurrent, s.markPerson, s.markBar, s.markBarDim = ":", "|", ">", "*", ">", "-"
		s.dot, s.ellipsis, s.cursor, s.dash, s.vbar, s.open, s.close, s.para = " - ", "...", "_", "-", "|", "\"", "\"", "para "
		s.blocks.plain = true
	}
	plain := lipgloss.NewStyle()
	s.header = plain.Bold(true)
	s.headerDim = plain
	s.footer = plain
	s.status = plain.Underline(true)
	s.statusFocus = plain.Reverse(true).Bold(true)
	s.headerWarn = plain.Bold(true)
	s.message = plain.Bold(true)
	s.sep = plain
	s.title = plain.Bold(true)
	s.meta = plain
	s.selTitle = plain.Bold(true).Underline(true)
	s.selMeta = plain
	s.selBar = plain.Bold(true)
	s.speech = plain.Underline(true)
	s.cable = plain.Underline(true).Italic(true)
	s.current = plain.Reverse(true).Bold(true)
	s.personQuote = plain.Underline(true).Bold(true)
	s.mention = plain.Bold(true).Underline(true)
	s.match = plain.Reverse(true)
	s.curMatch = plain.Reverse(true).Bold(true).Underline(true)
	s.prompt = plain.Bold(true)
	s.dim = plain
	s.overlayTitle = plain.Bold(true).Underline(true)
	s.helpKey = plain.Bold(true)
	s.helpDesc = plain
	s.quoted = plain.Bold(true).Underline(true)
	s.leftOut = plain.Strikethrough(true)
	s.added = plain.Italic(true)
	s.pageLine = plain.Faint(true)
	s.verdicts = verdictLooks(t.name == "ascii")
	s.diffMarks = t.noColor || t.name == "ascii"

	// Under NO_COLOR glamour keeps its usual style: the program's colour
	// profile strips the colours and keeps bold, italic and underline.
	switch {
	case t.name == "ascii":
		s.glamour = gstyles.ASCIIStyleConfig
	case t.name == "light":
		s.glamour = gstyles.LightStyleConfig
	default:
		s.glamour = gstyles.DarkStyleConfig
	}
	if !t.noColor && t.name != "ascii" {
		s.colour(t.name != "light")
	}
	s.speechP, s.cableP, s.currentP = sgrOf(s.speech), sgrOf(s.cable), sgrOf(s.current)
	s.personP, s.mentionP = sgrOf(s.personQuote), sgrOf(s.mention)
	s.matchP, s.curMatchP = sgrOf(s.match), sgrOf(s.curMatch)
	s.quotedP, s.leftOutP, s.addedP, s.pageLineP = sgrOf(s.quoted), sgrOf(s.leftOut), sgrOf(s.added), sgrOf(s.pageLine)
	// The reader draws its own gutter; glamour's margin would waste columns.
	s.glamour.Document.Margin = ptr(uint(0))
	s.glamour.Document.BlockPrefix = ""
	s.glamour.Document.BlockSuffix = ""
	// Body text in the terminal's own colour: it reads well on any
	// background, and glamour then pads lines with plain spaces instead of
	// one styled space per cell, which made rendering four times slower.
	s.glamour.Document.Color = nil
	// A code span in a story is a word or two set apart: glamour's padding
	// spaces around it read as a gap in the sentence.
	s.glamour.Code.Prefix, s.glamour.Code.Suffix = "", ""
	s.blocks.dot = s.dot
	return s
}

// colour adds colour on top of the attributes newStyles already set.
func (s *styles) colour(dark bool) {
	ld := lipgloss.LightDark(dark)
	c := func(light, dark string) color.Color { return ld(lipgloss.Color(light), lipgloss.Color(dark)) }
	accent := c("#5A3FC0", "#A48CF2")
	s.header = s.header.Foreground(accent)
	s.headerDim = s.headerDim.Foreground(c("#666666", "#999999"))
	s.footer = s.footer.Foreground(c("#666666", "#999999"))
	s.status = lipgloss.NewStyle().Foreground(c("#555555", "#AAAAAA")).Background(c("#EEEEEE", "#262626"))
	s.statusFocus = lipgloss.NewStyle().Bold(true).Foreground(c("#222222", "#EEEEEE")).Background(c("#DDDDF0", "#3A3550"))
	s.headerWarn = s.headerWarn.Foreground(c("#A04000", "#FFB86C"))
	s.message = s.message.Foreground(c("#A04000", "#FFB86C"))
	s.sep = s.sep.Foreground(c("#BBBBBB", "#444444"))
	s.meta = s.meta.Foreground(c("#777777", "#8A8A8A"))
	s.selTitle = s.selTitle.Foreground(accent)
	s.selMeta = s.selMeta.Foreground(c("#555555", "#B0B0B0"))
	s.selBar = s.selBar.Foreground(accent)
	s.speech = s.speech.Foreground(c("#005F87", "#87D7FF"))
	s.cable = s.cable.Foreground(c("#875F00", "#FFD787")).Background(c("#FFF5D6", "#3A3320"))
	s.current = lipgloss.NewStyle().Bold(true).Underline(true).
		Foreground(c("#FFFFFF", "#1A1A1A")).Background(c("#5A3FC0", "#FFD75F"))
	s.personQuote = s.personQuote.Foreground(c("#AF005F", "#FF87D7"))
	s.mention = s.mention.Foreground(c("#AF005F", "#FF87D7"))
	s.match = lipgloss.NewStyle().Underline(true).Foreground(c("#000000", "#000000")).Background(c("#FFEB3B", "#D7D700"))
	s.curMatch = lipgloss.NewStyle().Bold(true).Underline(true).Foreground(c("#000000", "#000000")).Background(c("#FF9800", "#FF8700"))
	s.prompt = s.prompt.Foreground(accent)
	s.dim = s.dim.Foreground(c("#888888", "#777777"))
	s.overlayTitle = s.overlayTitle.Foreground(accent)
	s.helpKey = s.helpKey.Foreground(accent)
	s.helpDesc = s.helpDesc.Foreground(c("#555555", "#B0B0B0"))
	s.quoted = s.quoted.UnsetUnderline().Foreground(c("#5C4000", "#FFD787")).Background(c("#FFE9A8", "#4A3F1C"))
	s.leftOut = s.leftOut.Foreground(c("#B71C1C", "#FF8787"))
	s.added = s.added.Foreground(c("#1B5E20", "#87D787")).Underline(true)
	s.pageLine = s.pageLine.Foreground(c("#999999", "#666666"))
	for v, look := range s.verdicts {
		light, dark := verdictColour(v)
		look.style = look.style.Foreground(c(light, dark))
		s.verdicts[v] = look
	}
}
