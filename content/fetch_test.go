package content

import (
	"context"
	"net/http/httptest"
	"strings"
	"testing"

	"cables/content/internal/fetchtest"
)

// testServer serves the input tests' page and feed; see fetchtest.Server.
func testServer(t *testing.T) (*httptest.Server, *string) {
	t.Helper()
	page, feed := testdataPageAndFeed(t)
	return fetchtest.Server(t, page, feed)
}

func TestFetchedPageKeepsItsURL(t *testing.T) {
	srv, _ := testServer(t)
	stories, errs := Load(context.Background(), []string{srv.URL + "/moved", srv.URL + "/broken", srv.URL + "/feed"})
	if len(stories) != 3 || len(errs) != 2 {
		t.Fatalf("got %d stories, errors %v", len(stories), errs)
	}
	// The page names its canonical address; a feed item its link.
	if stories[0].URL != "https://example.org/story" || stories[0].Path != srv.URL+"/moved" {
		t.Errorf("page URL %q, path %q", stories[0].URL, stories[0].Path)
	}
	if stories[1].URL != "https://example.org/grain" {
		t.Errorf("item URL %q", stories[1].URL)
	}
}

func TestURLStoryIDs(t *testing.T) {
	srv, _ := testServer(t)
	stories, _ := Load(context.Background(), []string{srv.URL + "/page", srv.URL + "/feed"})
	var ids []string
	for _, s := range stories {
		ids = append(ids, s.ID)
	}
	want := []string{srv.URL + "/page", srv.URL + "/feed#1", srv.URL + "/feed#2"}
	if strings.Join(ids, " ") != strings.Join(want, " ") {
		t.Errorf("IDs %q, want %q", ids, want)
	}
}

func TestFetchKeepsPasswordsOutOfNames(t *testing.T) {
	srv, _ := testServer(t)
	withPassword := strings.Replace(srv.URL, "http://", "http://reader:secret@", 1)
	stories, errs := Load(context.Background(), []string{withPassword + "/page", withPassword + "/broken"})
	if len(stories) != 1 || len(errs) != 1 {
		t.Fatalf("got %d stories, errors %v", len(stories), errs)
	}
	for _, shown := range []string{stories[0].ID, stories[0].Path, errs[0].Error()} {
		if strings.Contains(shown, "secret") {
			t.Errorf("%q shows the password", shown)
		}
	}
}
