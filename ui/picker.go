package ui

import (
	"fmt"
	"slices"
	"strings"

	"cables/model"
)

// pickItem is one row of a picker: a person, or a quote of a story.
type pickItem struct {
	label, detail string
	person        string
	ref           model.QuoteRef
}

// picker is a filterable list shown over the panes: the person picker and
// the quotes panel. Typing filters, so only arrows and ctrl keys move.
type picker struct {
	c             *common
	title         string
	all, items    []pickItem
	twoLine       bool
	filter        string
	sel, top      int
	width, height int
}

func newPersonPicker(c *common) picker {
	p := picker{c: c, title: "People"}
	for _, f := range c.lib.People() {
		p.all = append(p.all, pickItem{
			label:  plainText(f.Name),
			detail: fmt.Sprintf("%s · %s", plural(f.Stories, "story", "stories"), plural(f.Quotes, "quote", "quotes")),
			person: f.Name,
		})
	}
	p.refilter()
	return p
}

// newQuotesPanel lists the story's quotes, or with a person filter that
// person's quotes across the library.
func newQuotesPanel(c *common, story int) picker {
	var refs []model.QuoteRef
	title := "Quotes"
	switch {
	case c.person != "":
		refs = c.lib.QuotesBy(c.person)
		title = "Quotes by " + c.person
	case story >= 0:
		for qi := range c.lib.Stories[story].Quotes {
			refs = append(refs, model.QuoteRef{Story: story, Quote: qi})
		}
	}
	p := picker{c: c, title: title, twoLine: true}
	for _, r := range refs {
		s, q := c.lib.Quote(r)
		who := q.Speaker
		if who == "" {
			who = "unattributed"
		}
		label := fmt.Sprintf("[%s] %s", q.Kind, who)
		if c.person != "" {
			label += " — " + s.Title
		}
		p.all = append(p.all, pickItem{label: plainText(label), detail: plainText("“" + q.Text + "”"), ref: r})
	}
	p.refilter()
	return p
}

// selectRef selects the item of a quote, so the panel opens on the quote
// being read.
func (p *picker) selectRef(r model.QuoteRef) {
	for i, it := range p.items {
		if it.ref == r {
			p.move(i - p.sel)
			return
		}
	}
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

func (p *picker) refilter() {
	p.items = p.items[:0]
	type scored struct {
		item  pickItem
		score int
	}
	var hits []scored
	for _, it := range p.all {
		if sc, ok := fuzzyScore(p.filter, it.label+" "+it.detail); ok {
			hits = append(hits, scored{it, sc})
		}
	}
	if p.filter != "" {
		slices.SortStableFunc(hits, func(a, b scored) int { return b.score - a.score })
	}
	for _, h := range hits {
		p.items = append(p.items, h.item)
	}
	p.sel, p.top = 0, 0
}

func (p *picker) rowsPerItem() int {
	if p.twoLine {
		return 2
	}
	return 1
}

// visible is how many items fit below the title and prompt rows.
func (p *picker) visible() int { return max(1, (p.height-2)/p.rowsPerItem()) }

func (p *picker) move(n int) {
	if len(p.items) == 0 {
		return
	}
	p.sel = max(0, min(len(p.items)-1, p.sel+n))
	if p.sel < p.top {
		p.top = p.sel
	}
	if p.sel >= p.top+p.visible() {
		p.top = p.sel - p.visible() + 1
	}
}

func (p *picker) selected() (pickItem, bool) {
	if p.sel < 0 || p.sel >= len(p.items) {
		return pickItem{}, false
	}
	return p.items[p.sel], true
}

// itemAt returns the item index under a row of the overlay, or -1.
func (p *picker) itemAt(row int) int {
	if row < 2 {
		return -1
	}
	i := p.top + (row-2)/p.rowsPerItem()
	if i >= len(p.items) || (row-2)/p.rowsPerItem() >= p.visible() {
		return -1
	}
	return i
}

func (p *picker) view() string {
	st := &p.c.st
	head := fmt.Sprintf("%s (%d)", p.title, len(p.items))
	rows := []string{
		fit(st.overlayTitle.Render(truncate(head, p.width)), p.width),
		fit(st.prompt.Render("filter: ")+p.filter+"█", p.width),
	}
	for i := p.top; i < len(p.items) && i < p.top+p.visible(); i++ {
		it := p.items[i]
		bar, style := "  ", st.title
		if i == p.sel {
			bar, style = st.selBar.Render(st.markBar)+" ", st.selTitle
		}
		w := max(0, p.width-2)
		if p.twoLine {
			rows = append(rows, fit(bar+style.Render(truncate(it.label, w)), p.width))
			rows = append(rows, fit(bar+st.meta.Render(truncate(it.detail, w)), p.width))
		} else {
			rows = append(rows, fit(bar+style.Render(truncate(it.label, w/2))+"  "+st.meta.Render(truncate(it.detail, w-w/2-2)), p.width))
		}
	}
	if len(p.items) == 0 {
		rows = append(rows, fit(st.dim.Render("  nothing matches"), p.width))
	}
	for len(rows) < p.height {
		rows = append(rows, strings.Repeat(" ", p.width))
	}
	return strings.Join(rows[:p.height], "\n")
}

// helpView shows the full help from line offset.
func helpView(c *common, width, height, offset int) string {
	rows := helpLines(c, width)
	offset = max(0, min(offset, len(rows)-height))
	rows = rows[offset:]
	for len(rows) < height {
		rows = append(rows, strings.Repeat(" ", width))
	}
	return strings.Join(rows[:height], "\n")
}

// helpLines lays the full help out in as many columns as fit.
func helpLines(c *common, width int) []string {
	st := &c.st
	var blocks [][]string
	colW := 0
	for _, g := range c.keys.fullHelp() {
		lines := []string{g.title}
		for _, b := range g.bindings {
			if !b.Enabled() {
				continue
			}
			lines = append(lines, fmt.Sprintf("%-8s %s", b.Help().Key, b.Help().Desc))
		}
		for _, l := range lines {
			colW = max(colW, len([]rune(l))+3)
		}
		blocks = append(blocks, lines)
	}
	cols := max(1, min(len(blocks), width/max(1, colW)))
	var rows []string
	for i := 0; i < len(blocks); i += cols {
		group := blocks[i:min(len(blocks), i+cols)]
		n := 0
		for _, b := range group {
			n = max(n, len(b))
		}
		for r := range n {
			var line strings.Builder
			for _, b := range group {
				cell := ""
				if r < len(b) {
					cell = b[r]
				}
				cell = fit(truncate(cell, colW), colW)
				if r == 0 {
					cell = st.overlayTitle.Render(cell)
				}
				line.WriteString(cell)
			}
			rows = append(rows, fit(" "+line.String(), width))
		}
		rows = append(rows, strings.Repeat(" ", width))
	}
	rows = append(rows, fit(" Mouse: the wheel scrolls the pane under it; a click selects.", width))
	return append([]string{fit(st.overlayTitle.Render(" Keys")+st.dim.Render("  ("+c.keys.closeHelp().Help().Key+" to close)"), width), strings.Repeat(" ", width)}, rows...)
}
