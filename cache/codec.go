package cache

import (
	"encoding/binary"
	"errors"
	"hash/crc32"
	"strings"
	"time"
	"unsafe"

	"cables/model"
)

// codecVersion is the layout of an entry's stories blob. Bump it with any
// change to encodeStories; blobs of another version are misses, re-read
// and replaced. A field added to model needs a line in each of
// encodeStories and decodeStories (TestCodecKeepsEveryField fails until
// it has them).
const codecVersion = 3

// The layout, all integers as varints (unsigned where they cannot be
// negative), strings as a length and bytes, lists as a count and items:
//
//	blob    = version(byte) count story* crc32c(4 bytes, little-endian, of all before)
//	story   = ID Path Title Outlet URL Byline date(Published) date(Updated)
//	          Dateline strings(Captions) strings(Paragraphs) quote* person* Summary(byte)
//	          form*
//	form    = Heading Item Tight(byte) Nested Quoted mark*
//	mark    = Start End Style URL
//	date    = flags(byte: set, clock, zone, utc) [unix-seconds nanos offset zone-name]
//	quote   = spans-give-text(byte) [Text] Kind Speaker Source strings(Mentions) span*
//	span    = Paragraph Start End
//	person  = Name strings(Aliases) Mentions
//
// A quote's text is left out when its spans give it (their words joined
// by a space, as the extractor makes it): a fifth of a story's bytes, and
// decoded it shares the paragraph's memory.
//
// The checksum makes a blob damaged on disk a miss that sets the cache
// file aside, never a story with a flipped byte.

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// errBadBlob is a blob that fails its checksum or does not decode.
var errBadBlob = errors.New("damaged entry")

// errOtherCodec is a blob written by another version of the codec.
var errOtherCodec = errors.New("entry in another layout")

// encodeStories appends the blob of stories to buf.
func encodeStories(buf []byte, stories []*model.Story) []byte {
	e := encoder{buf: append(buf, codecVersion)}
	e.uint(len(stories))
	for _, s := range stories {
		e.story(s)
	}
	return binary.LittleEndian.AppendUint32(e.buf, crc32.Checksum(e.buf, castagnoli))
}

type encoder struct{ buf []byte }

func (e *encoder) uint(n int)   { e.buf = binary.AppendUvarint(e.buf, uint64(n)) }
func (e *encoder) int(n int64)  { e.buf = binary.AppendVarint(e.buf, n) }
func (e *encoder) str(s string) { e.uint(len(s)); e.buf = append(e.buf, s...) }

func (e *encoder) bool(b bool) {
	if b {
		e.buf = append(e.buf, 1)
	} else {
		e.buf = append(e.buf, 0)
	}
}

func (e *encoder) strs(ss []string) {
	e.uint(len(ss))
	for _, s := range ss {
		e.str(s)
	}
}

const (
	dateSet = 1 << iota
	dateClock
	dateZone
	dateUTC
)

// date keeps the instant, the flags, and the zone as a name and an offset:
// what Date's String and Human show.
func (e *encoder) date(d model.Date) {
	if d.IsZero() {
		e.buf = append(e.buf, 0)
		return
	}
	flags := byte(dateSet)
	if d.HasClock {
		flags |= dateClock
	}
	if d.HasZone {
		flags |= dateZone
	}
	if d.Location() == time.UTC {
		flags |= dateUTC
	}
	e.buf = append(e.buf, flags)
	e.int(d.Unix())
	e.uint(d.Nanosecond())
	name, offset := d.Zone()
	e.int(int64(offset))
	e.str(name)
}

func (e *encoder) story(s *model.Story) {
	for _, f := range []string{s.ID, s.Path, s.Title, s.Outlet, s.URL, s.Byline} {
		e.str(f)
	}
	e.date(s.Published)
	e.date(s.Updated)
	e.str(s.Dateline)
	e.strs(s.Captions)
	e.strs(s.Paragraphs)
	e.uint(len(s.Quotes))
	for _, q := range s.Quotes {
		if derived, ok := model.SpansText(s.Paragraphs, q.Spans); ok && derived == q.Text {
			e.bool(true)
		} else {
			e.bool(false)
			e.str(q.Text)
		}
		e.str(string(q.Kind))
		e.str(q.Speaker)
		e.str(q.Source)
		e.strs(q.Mentions)
		e.uint(len(q.Spans))
		for _, sp := range q.Spans {
			e.int(int64(sp.Paragraph))
			e.int(int64(sp.Start))
			e.int(int64(sp.End))
		}
	}
	e.uint(len(s.People))
	for _, p := range s.People {
		e.str(p.Name)
		e.strs(p.Aliases)
		e.int(int64(p.Mentions))
	}
	e.bool(s.Summary)
	e.uint(len(s.Forms))
	for _, f := range s.Forms {
		e.uint(f.Heading)
		e.str(f.Item)
		e.bool(f.Tight)
		e.uint(f.Nested)
		e.uint(f.Quoted)
		e.uint(len(f.Marks))
		for _, m := range f.Marks {
			e.uint(m.Start)
			e.uint(m.End)
			e.uint(int(m.Style))
			e.str(m.URL)
		}
	}
}

// decodeStories reads a blob.
func decodeStories(blob []byte) ([]*model.Story, error) {
	text, err := checkBlob(blob)
	if err != nil {
		return nil, err
	}
	return decodeText(text, newOwner())
}

// checkBlob verifies a blob's checksum and version and returns its body
// as one string, which decodeText reads.
func checkBlob(blob []byte) (string, error) {
	body, err := checkedBody(blob)
	if err != nil {
		return "", err
	}
	return string(body), nil
}

// checkOwnedBlob is checkBlob for a blob no one else holds or will change:
// its body becomes the string without a copy. The lookup's blobs are the
// driver's fresh copies of each row (TestDriverGivesEachRowItsOwnBlob);
// copying them again was a tenth of a warm start's CPU.
func checkOwnedBlob(blob []byte) (string, error) {
	body, err := checkedBody(blob)
	if err != nil || len(body) == 0 {
		return "", err
	}
	return unsafe.String(&body[0], len(body)), nil
}

// checkedBody verifies a blob's checksum and version and returns its body.
func checkedBody(blob []byte) ([]byte, error) {
	if len(blob) < 5 {
		return nil, errBadBlob
	}
	body, sum := blob[:len(blob)-4], binary.LittleEndian.Uint32(blob[len(blob)-4:])
	if crc32.Checksum(body, castagnoli) != sum {
		return nil, errBadBlob
	}
	if body[0] != codecVersion {
		return nil, errOtherCodec
	}
	return body[1:], nil
}

// decodeText reads the stories of a checked blob's body; o gives them
// their text (own.go).
func decodeText(text string, o *owner) ([]*model.Story, error) {
	d := decoder{text: text, own: o}
	n := d.count()
	stories := make([]*model.Story, 0, n)
	for i := 0; i < n && d.err == nil; i++ {
		stories = append(stories, d.story())
	}
	if d.err != nil || d.pos != len(d.text) {
		return nil, errBadBlob
	}
	return stories, nil
}

type decoder struct {
	text  string
	pos   int
	err   error
	zones map[zoneKey]*time.Location
	own   *owner
}

type zoneKey struct {
	name   string
	offset int
}

func (d *decoder) fail() { d.err = errBadBlob; d.pos = len(d.text) }

func (d *decoder) uint() uint64 {
	n, size := uvarint(d.text[d.pos:])
	if size <= 0 {
		d.fail()
		return 0
	}
	d.pos += size
	return n
}

// uvarint is binary.Uvarint over a string, which keeps the blob's one copy.
func uvarint(s string) (uint64, int) {
	var n uint64
	var shift uint
	for i := 0; i < len(s) && i < binary.MaxVarintLen64; i++ {
		b := s[i]
		if b < 0x80 {
			return n | uint64(b)<<shift, i + 1
		}
		n |= uint64(b&0x7f) << shift
		shift += 7
	}
	return 0, 0
}

func (d *decoder) int() int64 {
	u := d.uint()
	n := int64(u >> 1)
	if u&1 != 0 {
		n = ^n
	}
	return n
}

// count reads a list's length, which no valid blob makes longer than the
// bytes left: a damaged one must not make a huge allocation.
func (d *decoder) count() int {
	n := d.uint()
	if n > uint64(len(d.text)-d.pos) {
		d.fail()
		return 0
	}
	return int(n)
}

func (d *decoder) str() string {
	n := d.count()
	if n == 0 {
		return "" // not an empty slice of the blob, which would keep it
	}
	s := d.text[d.pos : d.pos+n]
	d.pos += n
	return s
}

func (d *decoder) byte() byte {
	if d.pos >= len(d.text) {
		d.fail()
		return 0
	}
	b := d.text[d.pos]
	d.pos++
	return b
}

func (d *decoder) strs() []string {
	n := d.count()
	if n == 0 {
		return nil
	}
	ss := d.own.cut.strs.take(n, d.own.held)
	for i := range ss {
		ss[i] = d.str()
	}
	return ss
}

func (d *decoder) date() model.Date {
	flags := d.byte()
	if flags&dateSet == 0 {
		return model.Date{}
	}
	sec, nsec, offset, name := d.int(), d.uint(), int(d.int()), d.str()
	t := time.Unix(sec, int64(nsec))
	if flags&dateUTC != 0 {
		t = t.UTC()
	} else {
		t = t.In(d.zone(name, offset))
	}
	return model.Date{Time: t, HasClock: flags&dateClock != 0, HasZone: flags&dateZone != 0}
}

// zone makes each fixed zone once per blob.
func (d *decoder) zone(name string, offset int) *time.Location {
	k := zoneKey{name, offset}
	if loc, ok := d.zones[k]; ok {
		return loc
	}
	if d.zones == nil {
		d.zones = map[zoneKey]*time.Location{}
	}
	loc := time.FixedZone(strings.Clone(name), offset) // not the blob's
	d.zones[k] = loc
	return loc
}

func (d *decoder) story() *model.Story {
	s := &d.own.cut.stories.take(1, d.own.held)[0]
	s.ID, s.Path, s.Title, s.Outlet, s.URL, s.Byline = d.str(), d.str(), d.str(), d.str(), d.str(), d.str()
	s.Published = d.date()
	s.Updated = d.date()
	s.Dateline = d.str()
	s.Captions = d.strs()
	s.Paragraphs = d.strs()
	d.quotes(s)
	d.people(s)
	s.Summary = d.byte() != 0
	if n := d.count(); n > 0 {
		s.Forms = make([]model.Form, n)
		for i := range s.Forms {
			f := &s.Forms[i]
			f.Heading, f.Item, f.Tight = int(d.uint()), d.str(), d.byte() != 0
			f.Nested, f.Quoted = int(d.uint()), int(d.uint())
			if m := d.count(); m > 0 {
				f.Marks = make([]model.Mark, m)
				for j := range f.Marks {
					f.Marks[j] = model.Mark{Start: int(d.uint()), End: int(d.uint()), Style: model.MarkStyle(d.uint()), URL: d.str()}
				}
			}
		}
	}
	if d.err == nil {
		d.own.own(s)
		if d.own.held {
			d.own.packQuotes(s)
		}
	}
	return s
}

// quotes reads a story's quotes. Their spans are one array for the story,
// each quote's a part of it that it cannot append into a neighbour's: at
// 100,000 stories, 1.6 million spans were as many objects for each
// collection to mark (issue 14, 11). A quote's mentions are the one copy
// of that list (own.go).
func (d *decoder) quotes(s *model.Story) {
	d.own.spanned = d.own.spanned[:0]
	n := d.count()
	if n == 0 {
		return
	}
	if d.own.held { // packed when the story is read (owner.packQuotes)
		s.Quotes = d.own.quotes(n)
	} else {
		s.Quotes = d.own.cut.quotes.take(n, false)
	}
	spans, mentions, ends := d.own.spans[:0], d.own.strs[:0], d.own.ends[:0]
	for i := range s.Quotes {
		q := &s.Quotes[i]
		fromSpans := d.byte() != 0
		d.own.spanned = append(d.own.spanned, fromSpans)
		if !fromSpans {
			q.Text = d.str()
		}
		q.Kind, q.Speaker, q.Source = model.Kind(d.str()), d.str(), d.str()
		for m := d.count(); m > 0; m-- {
			mentions = append(mentions, d.str())
		}
		for m := d.count(); m > 0; m-- {
			spans = append(spans, model.Span{Paragraph: int(d.int()), Start: int(d.int()), End: int(d.int())})
		}
		ends = append(ends, [2]int{len(spans), len(mentions)})
	}
	allSpans := spans
	if !d.own.held {
		allSpans = d.own.cut.spans.take(len(spans), false)
		copy(allSpans, spans)
	}
	from := [2]int{}
	for i := range s.Quotes {
		q, to := &s.Quotes[i], ends[i]
		if to[0] > from[0] {
			q.Spans = allSpans[from[0]:to[0]:to[0]]
		}
		if to[1] > from[1] {
			q.Mentions = d.own.list(mentions[from[1]:to[1]])
		}
		from = to
		if d.own.spanned[i] && d.err == nil {
			text, ok := model.SpansText(s.Paragraphs, q.Spans)
			if !ok {
				d.fail()
			}
			q.Text = text
		}
	}
	clear(mentions) // the blob's: not kept past the story
	d.own.spans, d.own.strs, d.own.ends = spans, mentions, ends
}

// people reads a story's people, each one's aliases the one copy of that
// list (own.go).
func (d *decoder) people(s *model.Story) {
	n := d.count()
	if n == 0 {
		return
	}
	s.People = d.own.cut.people.take(n, d.own.held)
	aliases, ends := d.own.strs[:0], d.own.ends[:0]
	for i := range s.People {
		p := &s.People[i]
		p.Name = d.str()
		for m := d.count(); m > 0; m-- {
			aliases = append(aliases, d.str())
		}
		p.Mentions = int(d.int())
		ends = append(ends, [2]int{len(aliases)})
	}
	from := 0
	for i := range s.People {
		if to := ends[i][0]; to > from {
			s.People[i].Aliases = d.own.list(aliases[from:to])
			from = to
		}
	}
	clear(aliases)
	d.own.strs, d.own.ends = aliases, ends
}
