package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	tea "charm.land/bubbletea/v2"

	"cables/model"
)

// copyQuote puts the current quote and its citation on the clipboard by
// OSC 52, and says whether the terminal said it takes such copies; when it
// did not, it offers the other ways out.
func (r *readerPane) copyQuote() tea.Cmd {
	text, n, ok := r.currentCitation()
	if !ok {
		return r.c.status("no current quote: press ] first")
	}
	return copyText(r.c, text, "quote "+n)
}

// copyText puts text on the clipboard by OSC 52 and says so: "copied"
// when the terminal said it takes such copies, else that it was sent, and
// the reader's other ways out.
func copyText(c *common, text, what string) tea.Cmd {
	msg := fmt.Sprintf("copied %s to the clipboard", what)
	if c.clipboard != clipboardYes {
		k := &c.keys.reader
		msg = fmt.Sprintf("%s sent (OSC 52, unconfirmed)%s%s: add to a file%s%s: print on exit",
			what, c.st.dot, k.SaveQuote.Help().Key, c.st.dot, k.KeepQuote.Help().Key)
	}
	return tea.Batch(tea.SetClipboard(text), c.status(msg))
}

// saveQuote appends the current quote and its citation to the quotes file.
func (r *readerPane) saveQuote() tea.Cmd {
	text, n, ok := r.currentCitation()
	if !ok {
		return r.c.status("no current quote: press ] first")
	}
	path := r.c.quotesFile
	return func() tea.Msg {
		if abs, err := filepath.Abs(path); err == nil {
			path = abs
		}
		f, err := os.OpenFile(path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
		if err == nil {
			_, err = f.WriteString(text + "\n\n")
			if cerr := f.Close(); err == nil {
				err = cerr
			}
		}
		if err != nil {
			return statusMsg{fmt.Sprintf("quote %s not saved: %v", n, err)}
		}
		return statusMsg{fmt.Sprintf("quote %s added to %s", n, path)}
	}
}

// keepQuote asks for the current quote to be printed when the reader ends.
func (r *readerPane) keepQuote() tea.Cmd {
	text, n, ok := r.currentCitation()
	if !ok {
		return r.c.status("no current quote: press ] first")
	}
	return tea.Batch(r.c.send(keepQuoteMsg{text}), r.c.status(fmt.Sprintf("quote %s will be printed when you quit", n)))
}

// currentCitation is the current quote cited, and its number as the
// status line gives it.
func (r *readerPane) currentCitation() (text, number string, ok bool) {
	if r.s == nil || r.cur < 0 {
		return "", "", false
	}
	return r.c.citeQuote(r.story, r.cur), r.quoteNumber(r.cur), true
}

// citeQuote is quote q of a story cited, with the cable it comes from
// when the archive has placed it.
func (c *common) citeQuote(story, q int) string {
	s := c.lib.Stories[story]
	text := citation(s, s.QuoteAt(q))
	if m := c.archive.matchOf(story, q); m.Placed() {
		text += ". Source: " + cableCitation(m, c.archive.doc(m.CableID)) + "."
	}
	return text
}

// citation is a quote as a reader would paste it into notes: the words,
// who said them and in which document, then the story's outlet, title,
// date and address.
func citation(s *model.Story, q model.Quote) string {
	var who []string
	if q.Speaker != "" {
		who = append(who, q.Speaker)
	}
	if q.Source != "" {
		who = append(who, q.Source)
	}
	var where []string
	for _, p := range []string{s.Outlet, s.Title, s.Published.Human(), s.URL} {
		if p != "" {
			where = append(where, p)
		}
	}
	out := "“" + q.Text + "”"
	if len(who) > 0 {
		out += " — " + strings.Join(who, ", ")
	}
	if len(where) > 0 {
		out += " (" + strings.Join(where, ", ") + ")"
	}
	return plainText(out)
}
