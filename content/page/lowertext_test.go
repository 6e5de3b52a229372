package page

import (
	"strings"
	"testing"
)

// TestLowerText: lowerText gives what strings.ToLower gives, on ASCII,
// on letters that change length when lowered, and on bytes that are no
// UTF-8.
func TestLowerText(t *testing.T) {
	for _, s := range []string{
		"", "the embassy", "The Embassy SAID", "“Quote,” he said", "İSTANBUL", "ȺBC", "\u212Aelvin",
		"bad \xff byte", "\xe2\x80", "ok \ufffd kept", "ÀÉÎ õü", "a\xffB",
	} {
		if got, want := lowerText(s), strings.ToLower(s); got != want {
			t.Errorf("lowerText(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzLowerText(f *testing.F) {
	f.Add("The Embassy \xff İ")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := lowerText(s), strings.ToLower(s); got != want {
			t.Errorf("lowerText(%q) = %q, want %q", s, got, want)
		}
	})
}
