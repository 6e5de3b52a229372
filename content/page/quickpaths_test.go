package page

// The quick paths of the page stage give what the plain library calls give.

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

// TestSingleSpaced: a line splitUnits keeps as it is would come out of
// collapsing its spaces unchanged, and any other would not.
func TestSingleSpaced(t *testing.T) {
	for _, s := range []string{
		"", "a", "a b", " a", "a ", "a  b", "a\tb", "a\u00a0b", "a\u2003b", "a\u0085b", "“Quote,” he said.", "bad \xff byte", "\xc2",
	} {
		if got, want := singleSpaced(s), strings.Join(strings.Fields(s), " ") == s; got != want {
			t.Errorf("singleSpaced(%q) = %v, want %v", s, got, want)
		}
	}
}

func FuzzSingleSpaced(f *testing.F) {
	f.Add("a \u00a0b\t")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := singleSpaced(s), strings.Join(strings.Fields(s), " ") == s; got != want {
			t.Errorf("singleSpaced(%q) = %v, want %v", s, got, want)
		}
	})
}

// TestHasTrailMark: the one pass finds every mark isBreadcrumb counts, and
// passes over prose with curly quotes.
func TestHasTrailMark(t *testing.T) {
	for _, s := range []string{"News › Asia", "News » Asia", "a > b", "Home | World", "12/02/2010", "“Quote,” he said", "plain words", "\xe2", "\xc2"} {
		want := strings.ContainsAny(s, "›»>|/")
		if got := hasTrailMark(s); got != want {
			t.Errorf("hasTrailMark(%q) = %v, want %v", s, got, want)
		}
	}
}
