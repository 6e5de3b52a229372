package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"cables/model"
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

func TestOneStoryCommandsCollectLessOften(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want int
	}{
		{[]string{"export", "--format", "json", "--no-cache", "lib"}, oneStoryGC},
		{[]string{"quotes", "story.txt"}, oneStoryGC},
		{[]string{"lib"}, 100}, // the reader holds the library whole
		{nil, 100},
		{[]string{"archive", "import", "cables.csv"}, 100},
	} {
		if got := gcPercent(tc.args); got != tc.want {
			t.Errorf("gcPercent(%q) = %d, want %d", tc.args, got, tc.want)
		}
	}
}

// toldCeiling is a heap ceiling at a gigabyte that records every limit it
// sets.
type toldCeiling struct {
	*heapCeiling
	told []int64
}

// testCeiling returns a ceiling for the tests and a story of 1 MiB of
// text to feed it.
func testCeiling() (*toldCeiling, *model.Story) {
	c := &toldCeiling{}
	c.heapCeiling = &heapCeiling{limit: 1 << 30, set: func(n int64) int64 { c.told = append(c.told, n); return 0 }}
	return c, &model.Story{Title: "Envoy", Paragraphs: []string{strings.Repeat("x", 1<<20-len("Envoy"))}}
}

// TestCeilingRisesWithALibrary: a library's stories raise the heap's soft
// ceiling to heapPerText times their text as they come, never lower
// it, and a library under the gigabyte's worth leaves it where it was.
func TestCeilingRisesWithALibrary(t *testing.T) {
	c, story := testCeiling()
	for range 150 {
		c.arrived([]*model.Story{story})
	}
	if len(c.told) != 0 {
		t.Fatalf("150 MiB of text moved the ceiling: %d", c.told)
	}
	for range 350 {
		c.arrived([]*model.Story{story})
	}
	if want := int64(heapPerText * 500 << 20 / heapPerTextUnit); c.limit > want || c.limit <= want-ceilingStep || len(c.told) == 0 || c.told[len(c.told)-1] != c.limit {
		t.Errorf("500 MiB of text: ceiling %d MiB (told %d times), want within a step of %d MiB", c.limit>>20, len(c.told), want>>20)
	}
	for i := 1; i < len(c.told); i++ {
		if c.told[i] <= c.told[i-1] {
			t.Errorf("the ceiling went down: %d after %d", c.told[i], c.told[i-1])
		}
	}
}

// TestCeilingIsWholeOnceTheLibraryIsIn: once every story is in, the
// ceiling is heapPerText times their text exactly, not a step short of it.
func TestCeilingIsWholeOnceTheLibraryIsIn(t *testing.T) {
	c, story := testCeiling()
	for range 401 {
		c.arrived([]*model.Story{story})
	}
	want := int64(heapPerText * 401 << 20 / heapPerTextUnit)
	if c.limit == want {
		t.Fatalf("the steps reach %d MiB exactly: choose another size", want>>20)
	}
	c.settle()
	if c.limit != want || c.told[len(c.told)-1] != want {
		t.Errorf("ceiling %d MiB once the library is in (last told %d MiB), want %d MiB", c.limit>>20, c.told[len(c.told)-1]>>20, want>>20)
	}
}
