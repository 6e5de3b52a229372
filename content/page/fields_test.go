package page

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"cables/content/lex"
)

// TestFirstFieldsSplitsAsFields: firstFields gives strings.Fields' first
// fields, over ASCII and wide spaces, invalid bytes and a line's end.
func TestFirstFieldsSplitsAsFields(t *testing.T) {
	lines := []string{"", " ", "one", "  11 Comments for “Envoy doubts the port”", "a\u00a0b\u2003c\u0085d e",
		"x\xffy z\xc2", "\t\n3\vResponses\fto\r'it'  ", "Ünïcode wörds\u3000here and there"}
	pieces := []string{" ", "\t", "\u00a0", "\u2003", "\xff", "\xc2", "a", "Ä", "“", "no", "7"}
	r := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		var b strings.Builder
		for range r.IntN(12) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		lines = append(lines, b.String())
	}
	for _, line := range lines {
		all := strings.Fields(line)
		for n := range 6 {
			words := make([]string, n)
			got := words[:firstFields(line, words)]
			if want := all[:min(n, len(all))]; !slices.Equal(got, want) {
				t.Fatalf("firstFields(%q, %d) = %q, want %q", line, n, got, want)
			}
		}
	}
}

// TestCommentsOnTitleReadsAsBefore: isCommentsOnTitle, reading only a
// line's first four words, decides as when it lowered and split the line.
func TestCommentsOnTitleReadsAsBefore(t *testing.T) {
	whole := func(u string) bool {
		words := strings.Fields(strings.ToLower(strings.TrimSpace(u)))
		if len(words) < 4 || words[0] != "one" && words[0] != "no" && !lex.IsNumber(words[0]) {
			return false
		}
		switch words[1] {
		case "comment", "comments", "response", "responses", "thought", "thoughts", "reply", "replies":
		default:
			return false
		}
		r := []rune(words[3])[0]
		return (words[2] == "for" || words[2] == "on" || words[2] == "to") && strings.ContainsRune("“\"‘'", r)
	}
	lines := []string{"11 Comments for “Envoy doubts the port”", "3 RESPONSES TO “A ” ", "ONE thought on 'x'",
		"No replies  on \"The port\"", "5 thoughts on the port", "5 thoughts about “x”", "Five comments for “x”",
		"\u00a012\u2003Comments\tFOR\n‘A’", "1 Reply To \xff“x”", "no Reply to “", "12 comments", "The envoy said “no”.", "\u2003One Response to “x”", "NO THOUGHTS ON 'x'", "Nine comments on “x”"}
	for _, u := range lines {
		if got, want := isCommentsOnTitle(u), whole(u); got != want {
			t.Errorf("isCommentsOnTitle(%q) = %v, want %v", u, got, want)
		}
	}
}
