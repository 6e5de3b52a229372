package source

import (
	"bytes"
	"strings"
	"testing"
)

// FuzzLineEnd holds lineEnd to bytes.IndexAny(data, "\n\r"): line ends of
// either kind, both, none, and lines longer than its search window.
func FuzzLineEnd(f *testing.F) {
	for _, s := range []string{
		"", "one line", "a\nb", "a\rb", "a\r\nb", "\n", "\r", strings.Repeat("x", 5000) + "\r" + strings.Repeat("y", 9000) + "\n",
		strings.Repeat("z", 4096) + "\n", strings.Repeat("z", 4095) + "\r\n", strings.Repeat("w", 12000),
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		want := bytes.IndexAny(data, "\n\r")
		if want < 0 {
			want = len(data)
		}
		if got := lineEnd(data); got != want {
			t.Errorf("lineEnd(%q) = %d, want %d", data, got, want)
		}
	})
}
