package main

import (
	"os"
	"path/filepath"
	"testing"
)

func TestMemoryLimitFollowsAVeryLargeStory(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.txt")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(40 << 20); err != nil { // sparse: no 40 MB written
		t.Fatal(err)
	}
	f.Close()
	small := filepath.Join(dir, "small.txt")
	if err := os.WriteFile(small, []byte("a story"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		args []string
		want int64
	}{
		{"quotes of a very large story: four times its size", []string{"quotes", big}, 4 * (40 << 20)},
		{"people of it too", []string{"people", "--json", big, small}, 4 * (40 << 20)},
		{"quotes of small stories: the default", []string{"quotes", small}, 1 << 30},
		{"export of it too", []string{"export", "--format", "json", big}, 4 * (40 << 20)},
		{"show of it too: it renders a paragraph at a time", []string{"show", big}, 4 * (40 << 20)},
		{"no command", nil, 1 << 30},
	} {
		if got := memoryLimit(tc.args); got != tc.want {
			t.Errorf("%s: memoryLimit(%q) = %d, want %d", tc.name, tc.args, got, tc.want)
		}
	}
}
