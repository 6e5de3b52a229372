package cache

import (
	"fmt"
	"reflect"
	"testing"
	"time"
	"unsafe"

	"cables/model"
)

// compactStories are stories a Writer is added, each naming "Ada Quill"
// in a copy of its own, as the extractor gives them.
func compactStories(t *testing.T) []*model.Story {
	stories := filledStories(t, 3)
	for _, s := range stories {
		s.Quotes[0].Speaker, s.People[0].Name = fmt.Sprint("Ada", " Quill"), fmt.Sprint("Ada", " Quill")
		s.Quotes[0].Text, s.Quotes[0].Spans = s.Paragraphs[1][2:9], []model.Span{{Paragraph: 1, Start: 2, End: 9}}
	}
	return stories
}

// TestCompactWrittenGivesTheCacheForm: stories added to a Writer of a
// cache told to compact what it writes are, in their place, the same
// stories in the form a later start reads them in, a name they repeat
// one copy (issue 14: a first start at 100,000 stories held 1.45 GB
// live, a later one 1.16); a cache not told leaves them as they are, and
// a story with what the cache does not keep (a quote's reasons) keeps it.
func TestCompactWrittenGivesTheCacheForm(t *testing.T) {
	for _, compact := range []bool{false, true} {
		c := open(t, t.TempDir(), "x1", nil)
		if compact {
			c.CompactWritten()
		}
		want, stories := compactStories(t), compactStories(t)
		explained := compactStories(t)[:1]
		explained[0].Quotes[1].Why = []model.Reason{{Decision: "kind", Value: "cable", Rule: "a-rule"}}
		held := append([]*model.Story(nil), stories...)
		w := c.Writer(time.Time{})
		w.Add(Entry{Key: Key{Path: "/lib/a.txt", Size: 1, ModTime: longAgo}, Stories: stories})
		w.Add(Entry{Key: Key{Path: "/lib/b.txt", Size: 1, ModTime: longAgo}, Stories: explained})
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		for i, s := range stories {
			if s != held[i] {
				t.Errorf("compact %v: story %d is another *Story", compact, i)
			}
			same(t, fmt.Sprintf("compact %v: story %d", compact, i), reflect.ValueOf(want[i]).Elem(), reflect.ValueOf(s).Elem())
		}
		name := func(i int) *byte { return unsafe.StringData(stories[i].Quotes[0].Speaker) }
		if oneCopy := name(0) == name(1) && name(0) == unsafe.StringData(stories[2].People[0].Name); oneCopy != compact {
			t.Errorf("compact %v: a name three stories repeat is one copy: %v", compact, oneCopy)
		}
		if why := explained[0].Quotes[1].Why; len(why) != 1 || why[0].Rule != "a-rule" {
			t.Errorf("compact %v: a quote's reasons are %v", compact, why)
		}
	}
}
