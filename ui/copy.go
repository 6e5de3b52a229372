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
	msg := fmt.Sprintf("copied quote %s to the clipboard", n)
	if r.c.clipboard != clipboardYes {
		// The terminal did not say it takes the copy: say so, and offer
		// the other ways out.
		msg = fmt.Sprintf("quote %s sent (OSC 52, unconfirmed)%s%s: add to a file%s%s: print on exit",
			n, r.c.st.dot, r.keys.SaveQuote.Help().Key, r.c.st.dot, r.keys.KeepQuote.Help().Key)
	}
	return tea.Batch(tea.SetClipboard(text), r.c.status(msg))
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
	return citation(r.s, r.s.Quotes[r.cur]), r.quoteNumber(r.cur), true
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
