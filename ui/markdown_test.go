package ui

import (
	"strings"
	"testing"
	"unicode"

	"cables/model"
)

// squash collapses runs of white space, since glamour reflows text.
func squash(s string) string { return strings.Join(strings.Fields(s), " ") }

// renderedText renders one paragraph of story text and reads it back.
func renderedText(text string) string {
	s := &model.Story{Paragraphs: []string{text}}
	st := newStyles(theme{name: "dark"})
	_, plain, _ := flat(renderDoc(s, 2000, st.glamour))
	return squash(strings.Join(plain, " "))
}

func TestEscapedTextRendersAsItself(t *testing.T) {
	for _, text := range []string{
		"1. A numbered opening",
		"# Not a heading",
		"> Not a quote",
		"- not a list item",
		"+ nor this",
		"*stars* and **strong** and _under_ and __score__",
		"[link](http://example.org) and ![image](x.png)",
		"<b>bold</b> <script>alert(1)</script> <!-- comment -->",
		"`code` and ``more``",
		"~~struck~~ and ~~~ fence",
		"www.example.org and someone@example.org and https://example.org/x_y",
		"&amp; &#27; &lt; \\ backslash \\* star",
		"a | table | row",
		"---",
		"===",
		"Emoji :smile: stays",
		"100% of $5 = 5; ok? yes! (maybe) {braces} [x]: /ref",
	} {
		if got := renderedText(text); got != squash(text) {
			t.Errorf("rendered %q\n      as %q", text, got)
		}
	}
}

func FuzzEscapedTextRendersAsItself(f *testing.F) {
	for _, seed := range []string{"1. x", "# h", "*a* _b_", "<b>x</b>", "[a](b)", "~~s~~", "&#27;", "www.x.org", "a\\b"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, text string) {
		// content hands over printable single-line text; so do we.
		text = strings.Map(func(r rune) rune {
			if !unicode.IsPrint(r) || r == unicode.ReplacementChar || r >= 0x2060 && r <= 0x206F {
				return ' '
			}
			return r
		}, text)
		if got := renderedText(text); got != squash(text) {
			t.Errorf("rendered %q\n      as %q", text, got)
		}
	})
}
