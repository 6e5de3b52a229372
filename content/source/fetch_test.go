package source

import (
	"context"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"cables/content/internal/fetchtest"
)

const (
	testPage = "<!DOCTYPE html><html><head><title>Envoy warned</title></head><body><p>The envoy wrote.</p></body></html>"
	testFeed = `<?xml version="1.0"?><rss version="2.0"><channel><title>World</title></channel></rss>`
)

// testServer serves testPage and testFeed; see fetchtest.Server.
func testServer(t *testing.T) (*httptest.Server, *string) {
	t.Helper()
	return fetchtest.Server(t, []byte(testPage), []byte(testFeed))
}

func TestFetch(t *testing.T) {
	srv, userAgent := testServer(t)
	f := newFetcher()
	f.client.Timeout = 500 * time.Millisecond
	f.limit = 1 << 20
	// read hands back what it was given, for the test to look at.
	read := func(d Document) ([]Document, []error) { return []Document{d}, nil }
	tests := []struct {
		path string
		kind Kind   // of the document read, when there is one
		from string // where it finally came from
		want string // the error, if any
	}{
		{"/page", HTML, "/page", ""},
		{"/moved", HTML, "/page", ""},
		{"/feed", Feed, "/feed", ""},
		{"/mislabelled", Feed, "/mislabelled", ""},
		{"/broken", 0, "", "the server answered 500 Internal Server Error"},
		{"/stalls", 0, "", "no answer within 500ms (timed out)"},
		{"/endless", 0, "", "too large (over the 1 MB limit)"},
		{"/big", 0, "", "too large (100 MB; the limit is 1 MB)"},
		{"/missing", 0, "", "the server answered 404 Not Found"},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			url := srv.URL + tt.path
			docs, errs := readEntry(context.Background(), &Opener{fetch: f}, urlEntry(url), read)
			if tt.want == "" && (len(docs) != 1 || docs[0].Kind != tt.kind || docs[0].Name != url || docs[0].URL != srv.URL+tt.from) {
				t.Errorf("got %+v, want a document of kind %d from %s (errors %v)", docs, tt.kind, tt.from, errs)
			}
			if tt.want == "" && len(errs) > 0 {
				t.Errorf("unexpected errors %v", errs)
			}
			if tt.want != "" && (len(errs) != 1 || !strings.HasPrefix(errs[0].Error(), url) || !strings.HasSuffix(errs[0].Error(), ": "+tt.want)) {
				t.Errorf("errors %v, want one ending %q", errs, tt.want)
			}
		})
	}
	if !strings.HasPrefix(*userAgent, "cables/") || !strings.HasSuffix(*userAgent, " (+terminal reader)") {
		t.Errorf("User-Agent %q", *userAgent)
	}
}
