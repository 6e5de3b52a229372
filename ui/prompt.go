package ui

import (
	tea "charm.land/bubbletea/v2"
)

// prompt is a one-line text input with its own focus: while it is open
// every key that types goes into it (as in fzf), so q or p type letters.
// Its editing keys are fixed: enter keeps the text and closes, esc
// empties and closes, backspace and ctrl+u erase. Text pasted in
// (bracketed paste, which Bubble Tea turns on and delivers as one
// tea.PasteMsg, not as keys) types its text, line breaks as spaces.
type prompt struct {
	text string
	open bool
}

// promptEvent says what a key did to a prompt.
type promptEvent int

const (
	promptNone     promptEvent = iota
	promptChanged              // the text changed
	promptAccepted             // enter: closed, text kept
	promptCanceled             // esc: closed, text emptied
)

// edit applies a key or a paste to the prompt.
func (p *prompt) edit(msg tea.Msg) promptEvent {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		return p.key(msg)
	case tea.PasteMsg:
		if t := plainText(msg.Content); t != "" {
			p.text += t
			return promptChanged
		}
	}
	return promptNone
}

// key applies a key press to the prompt.
func (p *prompt) key(msg tea.KeyPressMsg) promptEvent {
	switch msg.String() {
	case "enter":
		p.open = false
		return promptAccepted
	case "esc":
		p.open = false
		p.text = ""
		return promptCanceled
	case "backspace", "ctrl+h":
		if r := []rune(p.text); len(r) > 0 {
			p.text = string(r[:len(r)-1])
			return promptChanged
		}
		return promptNone
	case "ctrl+u":
		if p.text == "" {
			return promptNone
		}
		p.text = ""
		return promptChanged
	}
	if t := msg.Key().Text; t != "" && msg.Key().Mod&^tea.ModShift == 0 {
		p.text += plainText(t)
		return promptChanged
	}
	return promptNone
}
