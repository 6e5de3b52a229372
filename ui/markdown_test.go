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

// A paragraph's emphasis, strong emphasis and code, on whole words as
// Markdown sets them, never change its text: only how it looks.
func FuzzStyledTextRendersAsItself(f *testing.F) {
	f.Add("The minister was unusually eager, “a trap” said one.", uint8(3), uint8(2), uint8(1))
	f.Add("A `tick and *star* (paren) &amp; stay", uint8(0), uint8(4), uint8(3))
	f.Fuzz(func(t *testing.T, text string, first, count, style uint8) {
		text = strings.Map(func(r rune) rune {
			if !unicode.IsPrint(r) || r == unicode.ReplacementChar || r >= 0x2060 && r <= 0x206F {
				return ' '
			}
			return r
		}, text)
		words := wordRanges(text)
		if len(words) == 0 || len(text) > 1500 {
			return // a word wider than the wrap width is broken, mark or not
		}
		a := int(first) % len(words)
		b := min(len(words)-1, a+int(count)%4)
		m := model.Mark{Start: words[a][0], End: words[b][1], Style: model.MarkStyle(1 + int(style)%3)}
		s := &model.Story{Paragraphs: []string{text}, Forms: []model.Form{{Marks: []model.Mark{m}}}}
		st := newStyles(theme{name: "dark"})
		_, plain, _ := flat(renderDoc(s, 2000, st.glamour))
		if got := squash(strings.Join(plain, " ")); got != squash(text) {
			t.Errorf("%q with %+v rendered as %q", text, m, got)
		}
	})
}

// wordRanges are the byte ranges of the words of s that begin and end
// with a letter or digit, as emphasis in Markdown does.
func wordRanges(s string) [][2]int {
	var out [][2]int
	at := 0
	for _, w := range strings.Fields(s) {
		i := strings.Index(s[at:], w) + at
		at = i + len(w)
		r := []rune(w)
		if unicode.IsLetter(r[0]) || unicode.IsDigit(r[0]) {
			if l := r[len(r)-1]; unicode.IsLetter(l) || unicode.IsDigit(l) {
				out = append(out, [2]int{i, i + len(w)})
			}
		}
	}
	return out
}
