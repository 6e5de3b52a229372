package page

import (
	"strings"
	"sync"
	"testing"
	"unicode"
)

// pastChromeRead is pastChrome without the memory of its last answer.
func pastChromeRead(units []string) int {
	i := 0
	for i < len(units) && (isChrome(units[i]) || strings.IndexFunc(units[i], unicode.IsLetter) < 0) {
		i++
	}
	return i
}

// TestPastChromeRemembersOnlyTheSameLines asks pastChrome of pages that
// differ from the one asked before only in a line (the same slice changed
// in place, another slice of the same length, one line more or less):
// each gets its own answer, not the last one.
func TestPastChromeRemembersOnlyTheSameLines(t *testing.T) {
	lines := []string{"Sign in", "Home | World | Africa", "Envoy wrote of the strike", "The ambassador wrote that the minister was isolated."}
	units := append([]string(nil), lines...)
	pages := [][]string{
		units,
		units[:1],
		{"Sign in", "...", "Home | World | Africa", "Envoy wrote of the strike"},
		{"Envoy wrote of the strike", "Home | World | Africa", "Sign in", "The ambassador wrote."},
		{"Sign in", "Home | World | Africa", "Sign in", "Home | World | Africa"},
	}
	for _, p := range pages {
		for range 2 {
			if got, want := pastChrome(p), pastChromeRead(p); got != want {
				t.Errorf("pastChrome(%q) = %d, want %d", p, got, want)
			}
		}
	}
	// The same slice, changed in place after it was asked.
	if got := pastChrome(units); got != 2 {
		t.Fatalf("pastChrome(%q) = %d, want 2", units, got)
	}
	units[0] = "Envoy wrote of the strike"
	if got := pastChrome(units); got != 0 {
		t.Errorf("after a change in place, pastChrome(%q) = %d, want 0", units, got)
	}
	units[0], units[2] = "Sign in", "Log in"
	if got, want := pastChrome(units), pastChromeRead(units); got != want {
		t.Errorf("after a change in place past the first lines, pastChrome(%q) = %d, want %d", units, got, want)
	}
}

// TestPastChromeConcurrent reads pages on several goroutines at once, as
// the loader's workers do (go test -race checks the memory shared).
func TestPastChromeConcurrent(t *testing.T) {
	pages := [][]string{
		{"Sign in", "Envoy wrote of the strike", "Body."},
		{"Home | World | Africa", "Sign in", "Envoy wrote of the strike"},
		{"Envoy wrote of the strike", "Body."},
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for n := range 300 {
				p := pages[(g+n)%len(pages)]
				if got, want := pastChrome(p), pastChromeRead(p); got != want {
					t.Errorf("pastChrome(%q) = %d, want %d", p, got, want)
					return
				}
			}
		})
	}
	wg.Wait()
}
