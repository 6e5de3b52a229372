package source

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"runtime/debug"
	"strings"
	"time"

	"cables/model"
)

// fetchTimeout bounds one URL from connecting to the last byte: a server
// that stalls or trickles must not hold the reader up.
const fetchTimeout = 30 * time.Second

// fetcher gets stories from the web. Its limits are fields so that tests
// can make them small.
type fetcher struct {
	client    *http.Client
	limit     int64 // the most bytes read from one response
	userAgent string
}

func newFetcher() *fetcher {
	return &fetcher{
		client:    &http.Client{Timeout: fetchTimeout},
		limit:     MaxFileSize,
		userAgent: userAgent(),
	}
}

// userAgent says honestly what is asking: cables, its version, and that it
// is a reader run by a person, not a crawler.
func userAgent() string {
	version := "dev"
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" && info.Main.Version != "(devel)" {
		version = info.Main.Version
	}
	return "cables/" + version + " (+terminal reader)"
}

// accept asks for what cables reads, pages and feeds first.
const accept = "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, " +
	"application/xml;q=0.9, text/plain;q=0.8, */*;q=0.1"

// redacted is a URL with its password, if any, replaced by "xxxxx".
func redacted(rawURL string) string {
	u, err := url.Parse(rawURL)
	if err != nil {
		return rawURL
	}
	return u.Redacted()
}

// get returns a response's body, capped at the limit, with its declared
// content type and the URL it finally came from after redirects.
func (f *fetcher) get(ctx context.Context, rawURL string) (data []byte, contentType, finalURL string, err error) {
	ctx, cancel := context.WithTimeout(ctx, f.client.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, rawURL, nil)
	if err != nil {
		return nil, "", "", errors.New("not a valid URL")
	}
	req.Header.Set("User-Agent", f.userAgent)
	req.Header.Set("Accept", accept)
	resp, err := f.client.Do(req)
	if err != nil {
		return nil, "", "", f.fetchError(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, "", "", fmt.Errorf("the server answered %s", oneLine(resp.Status))
	}
	if resp.ContentLength > f.limit {
		return nil, "", "", &sizeError{resp.ContentLength, f.limit}
	}
	data, err = readLimited(resp.Body, f.limit, resp.ContentLength)
	if err != nil {
		return nil, "", "", f.fetchError(err)
	}
	return data, resp.Header.Get("Content-Type"), resp.Request.URL.String(), nil
}

// fetchError says why a fetch failed without repeating the URL, which the
// error's source already names.
func (f *fetcher) fetchError(err error) error {
	var tooBig *sizeError
	var ue *url.Error
	switch {
	case errors.As(err, &tooBig):
		return tooBig
	case errors.Is(err, context.DeadlineExceeded), isTimeout(err):
		return fmt.Errorf("no answer within %s (timed out)", f.client.Timeout)
	case errors.Is(err, context.Canceled):
		return errors.New("cancelled")
	case errors.As(err, &ue):
		return errors.New(oneLine(ue.Err.Error()))
	}
	return errors.New(oneLine(err.Error()))
}

// isTimeout reports a network error that is a timeout.
func isTimeout(err error) bool {
	var t interface{ Timeout() bool }
	return errors.As(err, &t) && t.Timeout()
}

// oneLine cleans what a server says and folds it onto one line.
func oneLine(s string) string {
	return strings.Join(strings.Fields(model.Sanitize(s)), " ")
}
