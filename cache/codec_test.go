package cache

import (
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"reflect"
	"testing"
	"time"

	"cables/model"
)

// TestCodecKeepsEveryField fills every field of a story (by reflection, so
// a field added to model later is filled too) and checks that the blob
// gives it back: a field the codec forgets fails here, not in a user's
// reader after a warm start.
func TestCodecKeepsEveryField(t *testing.T) {
	stories := filledStories(t, 3)
	got, err := decodeStories(encodeStories(nil, stories))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(stories) {
		t.Fatalf("%d stories back, want %d", len(got), len(stories))
	}
	for i := range stories {
		same(t, fmt.Sprintf("story %d", i), reflect.ValueOf(stories[i]).Elem(), reflect.ValueOf(got[i]).Elem())
	}
}

// TestCodecDates: each kind of date the extractor makes shows the same
// after a round trip, zone names included ("IST", not "+05:30").
func TestCodecDates(t *testing.T) {
	ist := time.FixedZone("IST", 5*3600+1800)
	for _, d := range []model.Date{
		{},
		{Time: time.Date(2010, 12, 3, 0, 0, 0, 0, time.UTC)},
		{Time: time.Date(2010, 12, 3, 14, 22, 0, 0, time.UTC), HasClock: true},
		{Time: time.Date(2010, 12, 3, 14, 22, 0, 0, ist), HasClock: true, HasZone: true},
		{Time: time.Date(2011, 3, 4, 9, 15, 0, 0, time.FixedZone("", 3600)), HasClock: true, HasZone: true},
		{Time: time.Date(1969, 7, 20, 20, 17, 40, 5, time.UTC), HasClock: true, HasZone: true},
	} {
		back, err := decodeStories(encodeStories(nil, []*model.Story{{Published: d}}))
		if err != nil {
			t.Fatal(err)
		}
		b := back[0].Published
		if b.String() != d.String() || b.Human() != d.Human() || !b.Equal(d.Time) || b.IsZero() != d.IsZero() {
			t.Errorf("date %q / %q came back as %q / %q", d, d.Human(), b, b.Human())
		}
	}
}

// TestCodecRefusesDamage: any flipped byte, and any cut, is an error, never
// a story.
func TestCodecRefusesDamage(t *testing.T) {
	n := 0
	s := new(model.Story)
	fill(t, reflect.ValueOf(s).Elem(), "Story", &n)
	blob := encodeStories(nil, []*model.Story{s})
	for i := range blob {
		bad := append([]byte(nil), blob...)
		bad[i] ^= 0x10
		if _, err := decodeStories(bad); err == nil {
			t.Fatalf("byte %d flipped: decoded", i)
		}
	}
	for _, cut := range []int{0, 1, 4, len(blob) / 2, len(blob) - 1} {
		if _, err := decodeStories(blob[:cut]); err == nil {
			t.Errorf("cut at %d: decoded", cut)
		}
	}
	other := append([]byte(nil), blob...)
	other[0] = codecVersion + 1
	other = binary.LittleEndian.AppendUint32(other[:len(other)-4], crc32.Checksum(other[:len(other)-4], castagnoli))
	if _, err := decodeStories(other); err != errOtherCodec {
		t.Errorf("another codec version: err %v", err)
	}
}

// filledStories returns n stories with every field filled (by
// reflection, so that a field added to model later is filled too), each
// with values of its own.
func filledStories(t *testing.T, n int) []*model.Story {
	stories := make([]*model.Story, n)
	for i := range stories {
		stories[i] = new(model.Story)
		k := i * 1000
		fill(t, reflect.ValueOf(stories[i]).Elem(), "Story", &k)
	}
	return stories
}

// fill sets every field reachable from v to a value no other field has.
func fill(t *testing.T, v reflect.Value, path string, n *int) {
	t.Helper()
	*n++
	switch v.Kind() {
	case reflect.String:
		v.SetString(fmt.Sprintf("%s=%d «ü»", path, *n))
	case reflect.Int, reflect.Int64, reflect.Int32:
		v.SetInt(int64(*n))
	case reflect.Uint8:
		v.SetUint(uint64(*n % 256))
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 2, 2))
		for i := range 2 {
			fill(t, v.Index(i), fmt.Sprintf("%s[%d]", path, i), n)
		}
	case reflect.Struct:
		if v.Type() == reflect.TypeOf(time.Time{}) {
			v.Set(reflect.ValueOf(time.Date(2000+*n%30, 1+time.Month(*n%12), 1+*n%28, *n%24, 7, 0, 0, time.FixedZone("IST", 19800))))
			return
		}
		for i := range v.NumField() {
			f := v.Type().Field(i)
			if f.IsExported() && !notCached(v.Type(), f.Name) {
				fill(t, v.Field(i), path+"."+f.Name, n)
			}
		}
	case reflect.Pointer:
		v.Set(reflect.New(v.Type().Elem()))
		fill(t, v.Elem(), path, n)
	default:
		t.Fatalf("%s: a %s field: teach the codec (codec.go) and this test to keep it", path, v.Kind())
	}
}

// same compares what fill made with what came back; times by instant,
// zone name and offset.
func same(t *testing.T, path string, want, got reflect.Value) {
	t.Helper()
	if want.Type() == reflect.TypeOf(time.Time{}) {
		w, g := want.Interface().(time.Time), got.Interface().(time.Time)
		wn, wo := w.Zone()
		gn, go2 := g.Zone()
		if !w.Equal(g) || wn != gn || wo != go2 {
			t.Errorf("%s = %v, want %v", path, g, w)
		}
		return
	}
	switch want.Kind() {
	case reflect.Struct:
		for i := range want.NumField() {
			if f := want.Type().Field(i); f.IsExported() && !notCached(want.Type(), f.Name) {
				same(t, path+"."+f.Name, want.Field(i), got.Field(i))
			}
		}
	case reflect.Slice:
		if want.Len() != got.Len() {
			t.Errorf("%s: %d items, want %d (the codec forgets this field?)", path, got.Len(), want.Len())
			return
		}
		for i := range want.Len() {
			same(t, fmt.Sprintf("%s[%d]", path, i), want.Index(i), got.Index(i))
		}
	case reflect.Pointer:
		same(t, path, want.Elem(), got.Elem())
	default:
		if !reflect.DeepEqual(want.Interface(), got.Interface()) {
			t.Errorf("%s = %v, want %v (the codec forgets this field?)", path, got.Interface(), want.Interface())
		}
	}
}

// TestCodecQuoteTextFromSpans: a quote's text that its spans give is left
// out of the blob and comes back the same; one they do not give is kept.
func TestCodecQuoteTextFromSpans(t *testing.T) {
	p := []string{"He wrote: “the stores are empty", "and the port is closed,” the cable said."}
	s := &model.Story{Paragraphs: p, Quotes: []model.Quote{
		{Text: "the stores are empty and the port is closed,", Spans: []model.Span{{Paragraph: 0, Start: 13, End: 33}, {Paragraph: 1, Start: 0, End: 23}}},
		{Text: "the stores", Spans: []model.Span{{Paragraph: 0, Start: 13, End: 23}}},
		{Text: "the stores  are", Spans: []model.Span{{Paragraph: 0, Start: 13, End: 27}}}, // not what the span holds
		{Text: "no span"},
	}}
	for i, q := range s.Quotes[:2] {
		if got, _ := model.SpansText(p, q.Spans); got != q.Text {
			t.Fatalf("test quote %d: spans give %q", i, got)
		}
	}
	blob := encodeStories(nil, []*model.Story{s})
	back, err := decodeStories(blob)
	if err != nil {
		t.Fatal(err)
	}
	for i, q := range s.Quotes {
		if back[0].Quotes[i].Text != q.Text {
			t.Errorf("quote %d came back %q, want %q", i, back[0].Quotes[i].Text, q.Text)
		}
	}
	withText := len(encodeStories(nil, []*model.Story{{Paragraphs: p, Quotes: s.Quotes[2:]}}))
	if len(blob) >= withText+len(s.Quotes[0].Text) {
		t.Errorf("blob of %d bytes: the derived texts were written out", len(blob))
	}
}

// notCached names the fields the cache leaves out on purpose: a quote's
// source cable depends on the archive imported, not on the story's file, so
// it is matched afresh; its reasons are made on demand (content.Explain
// extracts the story again), so loading never has them to keep.
func notCached(t reflect.Type, field string) bool {
	return t == reflect.TypeOf(model.Quote{}) && (field == "SourceCable" || field == "Why")
}

// TestBlobsOwnTheirBytes: a blob stays as encoded after the buffer it was
// encoded in encodes the next story, as the blobs of a batch wait together
// for their transaction.
func TestBlobsOwnTheirBytes(t *testing.T) {
	first := encodeBlob([]*model.Story{{Title: "Embassy reports on the harvest", Paragraphs: []string{"The cable says the harvest failed."}}})
	kept := string(first)
	for i := range 4 {
		encodeBlob([]*model.Story{{Title: fmt.Sprintf("Another story %d", i), Paragraphs: []string{"A different paragraph, longer than the first one was."}}})
	}
	if string(first) != kept {
		t.Fatal("a blob changed when the next was encoded")
	}
	got, err := decodeStories(first)
	if err != nil || len(got) != 1 || got[0].Title != "Embassy reports on the harvest" {
		t.Fatalf("first blob decodes to %v, %v", got, err)
	}
}
