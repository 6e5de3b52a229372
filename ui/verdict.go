package ui

import (
	"fmt"
	"strings"
	"time"

	"charm.land/lipgloss/v2"

	"cables/model"
)

// verdictLook is how a verdict shows beside a quote's bar: a glyph that
// tells it apart on its own (NO_COLOR, the ascii theme), and a colour on
// top.
type verdictLook struct {
	glyph string
	style lipgloss.Style
}

// verdictOrder is every verdict, most faithful first, as the legend and
// help list them.
var verdictOrder = []model.Verdict{model.Verbatim, model.Edited, model.Altered, model.Paraphrase, model.Ambiguous, model.NotFound}

func verdictLooks(ascii bool) map[model.Verdict]verdictLook {
	glyphs := []string{"✓", "±", "≠", "≈", "?", "✗"}
	if ascii {
		glyphs = []string{"=", "+", "!", "~", "?", "x"}
	}
	looks := map[model.Verdict]verdictLook{}
	for i, v := range verdictOrder {
		style := lipgloss.NewStyle()
		if v == model.Altered || v == model.NotFound {
			style = style.Bold(true) // the ones a reader should not miss
		}
		looks[v] = verdictLook{glyphs[i], style}
	}
	return looks
}

// verdictColour is a verdict's colour on a light and a dark background:
// green for the cable's words, amber and magenta for changed ones, grey
// for undecided, red for absent.
func verdictColour(v model.Verdict) (light, dark string) {
	switch v {
	case model.Verbatim:
		return "#1B7A2E", "#87D787"
	case model.Edited:
		return "#00796B", "#5FD7AF"
	case model.Altered:
		return "#B35C00", "#FFAF5F"
	case model.Paraphrase:
		return "#8E24AA", "#D787FF"
	case model.NotFound:
		return "#C62828", "#FF6E6E"
	}
	return "#777777", "#9E9E9E"
}

// verdictGlyph is a verdict's glyph, plain.
func (s *styles) verdictGlyph(v model.Verdict) string { return s.verdicts[v].glyph }

// verdictMark is a verdict's glyph in its style; " " for none.
func (s *styles) verdictMark(v model.Verdict) string {
	look, ok := s.verdicts[v]
	if !ok {
		return " "
	}
	return look.style.Render(look.glyph)
}

// showsVerdict reports whether a quote's bar carries its verdict: every
// cable passage once checked, and speech only when a cable reports it
// (most speech is in no cable, and a mark on each would be noise).
func showsVerdict(q *model.Quote, m *model.CableMatch) bool {
	if m == nil || m.Verdict == "" {
		return false
	}
	return q.Kind == model.Cable || m.Placed()
}

// paraLabel names the part of a cable a match is in: "¶3" (sign is the
// theme's paragraph sign), "summary".
func paraLabel(m *model.CableMatch, sign string) string {
	switch m.ParaKind {
	case model.ParaSubject, model.ParaSummary, model.ParaPreamble:
		return string(m.ParaKind)
	}
	return fmt.Sprintf("%s%d", sign, m.Para)
}

// cableDay is a cable's date as lists give it: "12 Aug 2009".
func cableDay(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2 Jan 2006")
}

// verdictPhrase says a verdict in a citation: "quoted verbatim".
func verdictPhrase(m *model.CableMatch) string {
	switch m.Verdict {
	case model.Verbatim:
		return "quoted verbatim"
	case model.Edited:
		return "quoted with edits"
	case model.Altered:
		return "altered (a word replaced)"
	case model.Paraphrase:
		return "a paraphrase"
	}
	return string(m.Verdict)
}

// matchSummary is a quote's match as the status line gives it: the
// verdict, then the cable, paragraph, origin, date and classification
// (the last three once the cable has been read).
func matchSummary(st *styles, m *model.CableMatch, doc *model.CableDoc) string {
	head := st.verdictGlyph(m.Verdict) + " " + string(m.Verdict)
	switch {
	case m.Placed():
	case m.Verdict == model.Ambiguous && m.Candidates > 1:
		return head + fmt.Sprintf(" (%d cables)", m.Candidates)
	case m.Verdict == model.NotFound:
		return head + " in the archive"
	default:
		return head
	}
	parts := []string{head, m.CableID + " " + paraLabel(m, st.para)}
	if doc != nil {
		for _, p := range []string{doc.Origin, cableDay(doc.Created), doc.Classification} {
			if p != "" {
				parts = append(parts, p)
			}
		}
	}
	return cleanText(strings.Join(parts, st.dot))
}

// cableCitation is where a placed quote comes from, for a citation:
// "cable 09TUNIS700 ¶3, Embassy Tunis, 12 August 2009, SECRET; quoted
// verbatim".
func cableCitation(m *model.CableMatch, doc *model.CableDoc) string {
	parts := []string{"cable " + m.CableID + " " + paraLabel(m, "¶")}
	if doc != nil {
		if doc.Origin != "" {
			parts = append(parts, doc.Origin)
		}
		if !doc.Created.IsZero() {
			parts = append(parts, doc.Created.Format("2 January 2006"))
		}
		if doc.Classification != "" {
			parts = append(parts, doc.Classification)
		}
	}
	return cleanText(strings.Join(parts, ", ") + "; " + verdictPhrase(m))
}

// cleanText is archive text made safe for the screen: escape sequences
// and controls removed, one line.
func cleanText(s string) string { return plainText(model.Sanitize(s)) }
