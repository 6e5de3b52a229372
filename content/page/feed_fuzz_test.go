package page

import (
	"os"
	"testing"
)

func FuzzReadFeed(f *testing.F) {
	for _, path := range []string{"testdata/inputs_feed.rss", "testdata/inputs_feed.atom"} {
		data, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(`<rss><channel><item><title>&#27;[2J</title><description>&lt;p&gt;x&#x202e;&lt;/p&gt;</description></item></channel></rss>`))
	f.Add([]byte(`{"version": "https://jsonfeed.org/version/1.1", "items": [{"content_html": "<p>x</p>"}]}`))
	f.Add([]byte(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><content type="xhtml"><div><p>x</p></div></content></entry></feed>`))
	f.Add([]byte("not xml"))
	f.Fuzz(func(t *testing.T, data []byte) {
		pages, errs := readFeed("f.rss", data)
		for _, pg := range pages {
			checkPage(t, pg)
		}
		for _, err := range errs {
			if cleanFields(err.Error()) != nil {
				t.Fatalf("error %q carries control characters", err)
			}
		}
	})
}
