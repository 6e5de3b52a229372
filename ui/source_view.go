package ui

import (
	"fmt"
	"strings"
	"time"

	"github.com/charmbracelet/x/ansi"

	"cables/model"
)

// View draws the card, the legend, the cable's text, the other stories
// and the status line: exactly the pane's height.
func (p *sourcePane) View() string {
	if p.width <= 0 || p.height <= 0 {
		return ""
	}
	card, others := p.cardRows(), p.otherRows()
	rows := make([]string, 0, p.height)
	rows = append(rows, card...)
	rows = append(rows, p.legendRow())
	rows = append(rows, p.textRows(p.textHeight())...)
	rows = append(rows, others...)
	for len(rows) > p.height-1 && len(rows) > 0 {
		rows = rows[:len(rows)-1] // a very short pane: the status line stays
	}
	for len(rows) < p.height-1 {
		rows = append(rows, spaces(p.width))
	}
	rows = append(rows, p.statusRow())
	return strings.Join(rows[len(rows)-p.height:], "\n")
}

// textHeight is the rows left for the cable's text.
func (p *sourcePane) textHeight() int {
	return max(1, p.height-len(p.cardRows())-len(p.otherRows())-2)
}

// short reports a pane too low for the whole card.
func (p *sourcePane) short() bool { return p.height < 16 }

// cardRows are the header card: the cable's ID, origin, classification,
// dates, subject, tags, signer and who classified it, then how the quote
// matched; or what is known instead.
func (p *sourcePane) cardRows() []string {
	st := &p.c.st
	w := p.width
	line := func(s string) string { return fit(" "+truncate(s, w-1, st.ellipsis), w) }
	say := func(lines ...string) []string {
		var out []string
		for _, l := range lines {
			for _, wl := range strings.Split(ansi.Wordwrap(l, max(1, w-2), ""), "\n") {
				out = append(out, fit(" "+wl, w))
			}
		}
		return out
	}
	a := p.c.archive
	m := p.match()
	switch {
	case !a.ready() && a.opening:
		return say(st.dim.Render("opening the cable archive" + st.ellipsis))
	case !a.ready():
		return say(cleanText(a.err.Error()))
	case p.story < 0 || p.quote < 0:
		k := &p.c.keys.reader
		return say(st.overlayTitle.Render("No current quote"),
			st.dim.Render(fmt.Sprintf("%s and %s choose one; the cable it comes from shows here.", k.NextQuote.Help().Key, k.PrevQuote.Help().Key)))
	case a.failed[p.story] != nil:
		return say(st.headerWarn.Render("this story could not be checked:"), cleanText(a.failed[p.story].Error()))
	case m == nil:
		return say(st.dim.Render("checking the story against the archive" + st.ellipsis))
	case m.Verdict == model.Ambiguous:
		return say(st.verdictMark(m.Verdict)+" "+st.overlayTitle.Render("ambiguous"),
			fmt.Sprintf("These words are in %s: too few to tell which one the story quotes. A post or date named near the quote would place it.", plural(m.Candidates, "cable", "cables")))
	case !m.Placed():
		text := "The quote is in no cable of the archive: it may come from a cable not imported, or from no cable."
		if q := p.c.lib.Stories[p.story].QuoteAt(p.quote); q.Kind == model.Speech {
			text = "These spoken words are in no cable of the archive."
		}
		return say(st.verdictMark(model.NotFound)+" "+st.overlayTitle.Render("not found"), text)
	}
	title := st.overlayTitle.Render(cleanText(m.CableID))
	e := a.cable(m.CableID)
	switch {
	case e == nil:
		return []string{line(title + st.dim.Render(" reading the cable"+st.ellipsis)), line(p.matchLine(m)), p.quoteRow()}
	case e.err != nil:
		return append([]string{line(title)}, say(st.headerWarn.Render(cleanText(e.err.Error())))...)
	}
	doc := &e.doc
	head := title
	for _, part := range []string{doc.Origin, doc.Classification} {
		if part != "" {
			head += st.dim.Render(st.dot) + cleanText(part)
		}
	}
	rows := []string{line(head)}
	if !p.short() {
		key := func(k string) string { return st.dim.Render(k + " ") }
		dates := key("created") + cleanText(cableTime(doc.Created))
		var released []string
		for _, r := range doc.Released() {
			released = append(released, cableDay(r))
		}
		if len(released) > 0 {
			dates += st.dim.Render(st.dot) + key("released") + cleanText(strings.Join(released, ", "))
		}
		rows = append(rows, line(dates))
		if doc.Subject != "" {
			rows = append(rows, line(key("subject")+cleanText(doc.Subject)))
		}
		var tags []string
		if len(doc.Tags) > 0 {
			tags = append(tags, key("tags")+cleanText(strings.Join(doc.Tags, ", ")))
		}
		if doc.Signer != "" {
			tags = append(tags, key("signed")+cleanText(doc.Signer))
		}
		if len(tags) > 0 {
			rows = append(rows, line(strings.Join(tags, st.dim.Render(st.dot))))
		}
		if doc.ClassifiedBy != "" {
			rows = append(rows, line(key("classified by")+cleanText(doc.ClassifiedBy)))
		}
	}
	return append(rows, line(p.matchLine(m)), p.quoteRow())
}

// quoteRow is the story's words, for comparing with the cable's when the
// pane is over the reader.
func (p *sourcePane) quoteRow() string {
	st := &p.c.st
	q := p.c.lib.Stories[p.story].QuoteAt(p.quote)
	text := st.dim.Render("story ") + st.open + plainText(q.Text) + st.close
	return fit(" "+ansi.Truncate(text, p.width-1, st.ellipsis), p.width)
}

// cableTime is when a cable was sent: "12 Aug 2009 16:04".
func cableTime(t time.Time) string {
	if t.IsZero() {
		return "unknown"
	}
	return t.Format("2 Jan 2006 15:04")
}

// matchLine says how the quote matched: verdict, paragraph, coverage, how
// it was found and how many differences.
func (p *sourcePane) matchLine(m *model.CableMatch) string {
	st := &p.c.st
	parts := []string{st.verdictMark(m.Verdict) + " " + string(m.Verdict), paraLabel(m, st.para),
		fmt.Sprintf("%d%% of the quote's words", int(m.Coverage*100+0.5))}
	switch m.FoundBy {
	case model.ByID:
		parts = append(parts, "the story names it")
	case model.ByHint:
		parts = append(parts, "found by the story's hints")
	case model.ByText:
		parts = append(parts, "found by its words")
	}
	if n := len(m.Differences); n > 0 {
		parts = append(parts, plural(n, "difference", "differences"))
	}
	return cleanText(strings.Join(parts, st.dot))
}

// legendRow is a rule under the card that says what the marks in the text
// mean.
func (p *sourcePane) legendRow() string {
	st := &p.c.st
	if p.text == nil {
		return p.rule("")
	}
	out, in := "left out", "added"
	if st.diffMarks {
		out, in = "[-left out-]", "{+added+}"
	}
	return p.rule(st.quoted.Render("quoted") + " " + st.leftOut.Render(out) + " " + st.added.Render(in))
}

// rule is a horizontal rule across the pane with a title in it.
func (p *sourcePane) rule(title string) string {
	st := &p.c.st
	line := "─"
	if st.dash == "-" {
		line = "-"
	}
	if title == "" {
		return st.sep.Render(strings.Repeat(line, p.width))
	}
	title = ansi.Truncate(title, max(0, p.width-4), st.ellipsis)
	return fit(st.sep.Render(line+line)+" "+title+" "+st.sep.Render(strings.Repeat(line, p.width)), p.width)
}

// textRows are the cable's rows on screen: a gutter with a bar beside the
// quoted rows and a faint one beside the rest of their paragraph.
func (p *sourcePane) textRows(h int) []string {
	st := &p.c.st
	rows := make([]string, 0, h)
	if p.text == nil {
		return rows
	}
	styles := [...]*sgr{segQuoted: &st.quotedP, segLeftOut: &st.leftOutP, segAdded: &st.addedP, segPage: &st.pageLineP}
	for i := p.offset; i < len(p.text.rows) && len(rows) < h; i++ {
		r := p.text.rows[i]
		gutter := "  "
		switch {
		case r.quoted:
			gutter = " " + st.cable.Render(st.markCable)
		case r.inPara && len(r.segs) > 0:
			gutter = " " + st.dim.Render(st.vbar)
		}
		var b strings.Builder
		b.WriteString(gutter + " ")
		for _, s := range r.segs {
			if sg := styles[s.style]; sg != nil {
				b.WriteString(sg.on + s.text + sg.off)
			} else {
				b.WriteString(s.text)
			}
		}
		rows = append(rows, fit(b.String(), p.width))
	}
	return rows
}

// maxOthers is how many other stories the pane lists at once.
func (p *sourcePane) maxOthers() int { return max(1, min(6, (p.height-10)/5)) }

// otherRows list the other stories that quote the cable, those quoting the
// same paragraph first; empty when no cable is shown.
func (p *sourcePane) otherRows() []string {
	st := &p.c.st
	m := p.match()
	if !m.Placed() {
		return nil
	}
	a := p.c.archive
	n := len(p.c.lib.Stories)
	progress := ""
	if a.checked < n {
		progress = st.dot + fmt.Sprintf("checking %d%%", a.checked*100/max(1, n))
	}
	if len(p.others) == 0 {
		return []string{p.rule(st.dim.Render("no other story quotes this cable" + progress))}
	}
	same := 0
	for _, o := range p.others {
		if o.samePara {
			same++
		}
	}
	head := fmt.Sprintf("quoted in %s", plural(len(p.others), "other story", "other stories"))
	if same > 0 {
		head += fmt.Sprintf(" (%d at %s)", same, paraLabel(m, p.c.st.para))
	}
	rows := []string{p.rule(st.overlayTitle.Render(head) + st.dim.Render(progress))}
	vis := p.maxOthers()
	if p.sel < p.top {
		p.top = p.sel
	}
	if p.sel >= p.top+vis {
		p.top = p.sel - vis + 1
	}
	for i := p.top; i < len(p.others) && i < p.top+vis; i++ {
		o := p.others[i]
		s := p.c.lib.Stories[o.story]
		title := s.Title
		if title == "" {
			title = s.ID
		}
		label := paraLabel(&model.CableMatch{Para: o.para, ParaKind: a.matchOf(o.story, o.quote).ParaKind}, st.para) + st.dot + title
		for _, part := range []string{s.Outlet, s.Published.Short()} {
			if part != "" {
				label += st.dot + part
			}
		}
		if o.quotes > 1 {
			label += st.dot + plural(o.quotes, "quote", "quotes")
		}
		label = truncate(plainText(label), p.width-3, st.ellipsis)
		bar, style := "  ", st.title
		if !o.samePara {
			style = st.meta
		}
		if i == p.sel {
			bar, style = st.selBar.Render(st.markBar)+" ", st.selTitle
		}
		rows = append(rows, fit(" "+bar+style.Render(label), p.width))
	}
	return rows
}

// otherAt is the other story under a row of the pane, or -1.
func (p *sourcePane) otherAt(row int) int {
	others := p.otherRows()
	first := p.height - 1 - len(others) + 1 // below the list's heading
	if len(p.others) == 0 || row < first || row >= p.height-1 {
		return -1
	}
	if i := p.top + row - first; i < len(p.others) {
		return i
	}
	return -1
}

// statusRow names what is shown and how far through the cable the view is.
func (p *sourcePane) statusRow() string {
	st := &p.c.st
	left := p.sourceTitle()
	if p.story >= 0 && p.quote >= 0 {
		left += st.dot + "quote " + p.number
	}
	pct := ""
	if p.text != nil && len(p.text.rows) > 0 {
		bottom := min(len(p.text.rows), p.offset+p.textHeight())
		pct = fmt.Sprintf("%d%%", bottom*100/len(p.text.rows))
	}
	left = truncate(plainText(left), max(0, p.width-len(pct)-3), st.ellipsis)
	gap := max(1, p.width-ansi.StringWidth(left)-len(pct)-2)
	style := st.status
	if p.focused {
		style = st.statusFocus
	}
	return style.Render(fit(" "+left+strings.Repeat(" ", gap)+pct+" ", p.width))
}
