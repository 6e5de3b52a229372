package content

import (
	"context"
	"os"
	"strings"
	"testing"
)

func TestReadStdin(t *testing.T) {
	page, feed := testdataPageAndFeed(t)
	tests := []struct {
		name    string
		input   string
		stories int
		title   string
		err     string
	}{
		{"text", goodStory, 1, "Envoy warned of grain shortage", ""},
		{"a page, known by its content", string(page), 1, "Envoy warned of grain shortage, cable shows", ""},
		{"a feed, known by its content", string(feed), 2, "Envoy warned of grain shortage, cable shows", "stdin#3: the item has no text"},
		{"nothing", "", 0, "", "stdin: empty file"},
		{"binary", "\x7fELF\x02\x01\x01\x00\x00\x00", 0, "", "stdin: not text (binary file?)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stories, errs := LoadFrom(context.Background(), strings.NewReader(tt.input), []string{"-"})
			if len(stories) != tt.stories {
				t.Fatalf("got %d stories, want %d (errors %v)", len(stories), tt.stories, errs)
			}
			if tt.stories > 0 && (stories[0].Title != tt.title || stories[0].Path != "-") {
				t.Errorf("title %q, path %q", stories[0].Title, stories[0].Path)
			}
			if (tt.err == "") != (len(errs) == 0) || (tt.err != "" && errs[0].Error() != tt.err) {
				t.Errorf("errors %v, want %q", errs, tt.err)
			}
		})
	}
}

func TestLoadFromGivenStdin(t *testing.T) {
	stories, errs := LoadFrom(context.Background(), strings.NewReader(goodStory), []string{"-"})
	if len(errs) > 0 || len(stories) != 1 || stories[0].Path != "-" {
		t.Fatalf("got %d stories, errors %v", len(stories), errs)
	}
}

// TestLoadDash reads "-" from the process's real stdin, here a pipe.
func TestLoadDash(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	saved := os.Stdin
	os.Stdin = r
	t.Cleanup(func() { os.Stdin = saved; r.Close() })
	go func() {
		w.WriteString(goodStory)
		w.Close()
	}()
	if !Piped(os.Stdin) {
		t.Error("a pipe on stdin is not seen as one")
	}
	file, err := os.Open("page/testdata/inputs_page.html")
	if err != nil {
		t.Fatal(err)
	}
	defer file.Close()
	if Piped(strings.NewReader("x")) || Piped(file) {
		t.Error("a reader or a file is taken for a pipe")
	}
	stories, errs := Load(context.Background(), []string{"-"})
	if len(errs) > 0 || len(stories) != 1 || stories[0].ID != "stdin" {
		t.Fatalf("got %d stories, errors %v", len(stories), errs)
	}
}

// testdataPageAndFeed reads the web page and the feed the input tests share.
func testdataPageAndFeed(t *testing.T) (page, feed []byte) {
	t.Helper()
	page, err := os.ReadFile("page/testdata/inputs_page.html")
	if err != nil {
		t.Fatal(err)
	}
	feed, err = os.ReadFile("page/testdata/inputs_feed.rss")
	if err != nil {
		t.Fatal(err)
	}
	return page, feed
}
