// Package fetchtest is the web server the fetch tests of content and
// content/source share: one page, one feed, and the ways a server goes
// wrong, answered on loopback only, as every fetch test must.
package fetchtest

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// Server answers at
//
//	/page         page as HTML (and notes the User-Agent it was asked with)
//	/feed         feed as RSS
//	/mislabelled  feed, labelled application/octet-stream
//	/moved        a permanent redirect to /page
//	/broken       500 Internal Server Error
//	/stalls       nothing, until the request or the test ends
//	/endless      HTML without end
//	/big          a Content-Length of 100 MB
//
// The string it returns holds the User-Agent of the last request for /page.
// The server closes when the test ends.
func Server(t testing.TB, page, feed []byte) (*httptest.Server, *string) {
	t.Helper()
	var userAgent string
	release := make(chan struct{})
	mux := http.NewServeMux()
	mux.HandleFunc("/page", func(w http.ResponseWriter, r *http.Request) {
		userAgent = r.UserAgent()
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(page)
	})
	mux.HandleFunc("/feed", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write(feed)
	})
	mux.HandleFunc("/mislabelled", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/octet-stream")
		w.Write(feed)
	})
	mux.HandleFunc("/moved", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/page", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/broken", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "oops", http.StatusInternalServerError)
	})
	mux.HandleFunc("/stalls", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-release:
		case <-r.Context().Done():
		}
	})
	mux.HandleFunc("/endless", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		chunk := []byte(strings.Repeat("<p>more and more</p>", 512))
		for r.Context().Err() == nil {
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Length", "104857600")
		w.Write([]byte("<p>"))
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(func() { close(release); srv.Close() })
	return srv, &userAgent
}
