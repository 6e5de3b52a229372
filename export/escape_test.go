package export

import "testing"

func TestEscapeMarkdown(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"plain prose untouched", "U.S. officials said (on Monday) it's 6,000 troops.", "U.S. officials said (on Monday) it's 6,000 troops."},
		{"ordered list start", "1. Not a list", `1\. Not a list`},
		{"number mid-text", "In 2009. Then", "In 2009. Then"},
		{"heading start", "# Not a heading", `\# Not a heading`},
		{"quote start", "> Not a quote", `\> Not a quote`},
		{"bullet start", "- Not a bullet", `\- Not a bullet`},
		{"emphasis and links", "*a* _b_ [c](d) `e`", "\\*a\\* \\_b\\_ \\[c\\](d) \\`e\\`"},
		{"html", "<b>x</b>", `\<b>x\</b>`},
		{"entity never decodes", "&#27;", "&amp;#27;"},
		{"strikethrough", "~~x~~", "&#126;&#126;x&#126;&#126;"},
		{"controls dropped", "a\x1b\x07b\u202ec\nd", "abc d"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := EscapeMarkdown(tc.in); got != tc.want {
				t.Errorf("EscapeMarkdown(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}
