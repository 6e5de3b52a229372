package ui

import (
	"slices"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"cables/model"
)

// mark is a styled range of cells on one rendered line. Later marks win
// where they overlap, so callers add them weakest first.
type mark struct {
	start, end int
	style      *sgr
}

// sgr is a style as the escape sequences that turn it on and off: painting
// with it costs a string concatenation, not a lipgloss render.
type sgr struct{ on, off string }

func sgrOf(s lipgloss.Style) sgr {
	r := s.Render("X")
	i := strings.Index(r, "X")
	return sgr{r[:i], r[i+1:]}
}

// paint restyles the marked cells of a rendered line and keeps the rest as
// glamour drew it. It runs per frame on visible lines only (notes §4.5: the
// viewport's own highlights misplace ranges in ANSI text). A marked piece is
// redrawn from its plain text, so resets inside glamour's output cannot cut
// a highlight short, and the text itself never moves.
func paint(line string, w int, marks []mark) string {
	if len(marks) == 0 {
		return line
	}
	cuts := []int{0, w}
	for _, m := range marks {
		cuts = append(cuts, m.start, m.end)
	}
	slices.Sort(cuts)
	cuts = slices.Compact(cuts)
	var b strings.Builder
	for i := 0; i+1 < len(cuts); i++ {
		a, z := cuts[i], min(cuts[i+1], w)
		if a < 0 || a >= z {
			continue
		}
		var style *sgr
		for _, m := range marks {
			if m.start <= a && z <= m.end {
				style = m.style
			}
		}
		piece := ansi.Cut(line, a, z)
		if style == nil {
			b.WriteString(piece)
		} else {
			b.WriteString(style.on)
			b.WriteString(ansi.Strip(piece))
			b.WriteString(style.off)
		}
	}
	return b.String()
}

// fit cuts or pads a styled line to exactly w cells.
func fit(s string, w int) string {
	if w <= 0 {
		return ""
	}
	sw := ansi.StringWidth(s)
	if sw > w {
		s = ansi.Truncate(s, w, "")
		sw = ansi.StringWidth(s)
	}
	if sw < w {
		s += strings.Repeat(" ", w-sw)
	}
	return s
}

// truncate shortens plain text to w cells, ending in ellipsis when cut.
func truncate(s string, w int, ellipsis string) string {
	if w <= 0 {
		return ""
	}
	return ansi.Truncate(s, w, ellipsis)
}

func spaces(n int) string { return strings.Repeat(" ", n) }

// plainText is story text that reaches the screen without glamour (list,
// panels, status): content has cleaned it, but a control character here
// would reach the terminal as is, so drop any again and keep one line.
func plainText(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\n' || r == '\r' || r == '\t':
			return ' '
		case model.Invisible(r):
			return -1
		}
		return r
	}, s)
}
