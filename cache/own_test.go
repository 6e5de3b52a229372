package cache

import (
	"fmt"
	"reflect"
	"testing"
	"time"
	"unsafe"

	"cables/model"
)

// TestDecodedStoriesKeepNoBlob: no string of a story read from the cache
// (every field filled, so that a field added later is checked too) lies in
// the blob it was read from, which the story would otherwise keep whole in
// memory (issue 14: 528 MB of blobs for 370 MB of paragraphs at 100,000
// stories); and a name several stories repeat is one copy.
func TestDecodedStoriesKeepNoBlob(t *testing.T) {
	stories := filledStories(t, 3)
	for _, s := range stories {
		s.Quotes[0].Speaker, s.People[0].Name = "Ada Quill", "Ada Quill"
		s.Quotes[0].Text, s.Quotes[0].Spans = s.Paragraphs[1][2:9], []model.Span{{Paragraph: 1, Start: 2, End: 9}}
	}
	stories[1].URL, stories[1].Quotes[1].Source = "", "" // empty, as many are
	blob := encodeStories(nil, stories)
	text, err := checkOwnedBlob(blob)
	if err != nil {
		t.Fatal(err)
	}
	got, err := decodeText(text, newOwner())
	if err != nil {
		t.Fatal(err)
	}
	lo := uintptr(unsafe.Pointer(unsafe.SliceData(blob)))
	hi := lo + uintptr(len(blob))
	for i, s := range got {
		same(t, fmt.Sprintf("story %d", i), reflect.ValueOf(stories[i]).Elem(), reflect.ValueOf(s).Elem())
		eachString(reflect.ValueOf(s).Elem(), fmt.Sprintf("story %d", i), func(path, s string) {
			if p := uintptr(unsafe.Pointer(unsafe.StringData(s))); lo <= p && p < hi {
				t.Errorf("%s (%q) is the blob's bytes", path, s)
			}
		})
	}
	if q := got[0].Quotes[0]; q.Text != "ory.Par" {
		t.Errorf("a quote's text from its span reads %q", q.Text)
	}
	speaker := func(i int) *byte { return unsafe.StringData(got[i].Quotes[0].Speaker) }
	if speaker(0) != speaker(1) || speaker(0) != unsafe.StringData(got[2].People[0].Name) {
		t.Error("a name three stories repeat has several copies")
	}
}

// eachString calls fn with every string reachable from v, and the names
// of the dates' zones.
func eachString(v reflect.Value, path string, fn func(path, s string)) {
	if v.Type() == reflect.TypeOf(time.Time{}) {
		name, _ := v.Interface().(time.Time).Zone()
		fn(path+".Zone", name)
		return
	}
	switch v.Kind() {
	case reflect.String:
		fn(path, v.String())
	case reflect.Slice:
		for i := range v.Len() {
			eachString(v.Index(i), fmt.Sprintf("%s[%d]", path, i), fn)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				eachString(v.Field(i), path+"."+v.Type().Field(i).Name, fn)
			}
		}
	case reflect.Pointer:
		if !v.IsNil() {
			eachString(v.Elem(), path, fn)
		}
	}
}

// TestDecodedQuotesShareArrays: a story's quotes' spans and mentions, and
// its people's aliases, are a few arrays, not one per quote and person
// (issue 14: at 100,000 stories, 3 million small objects for every
// collection to mark while a filter is typed); and a quote or person that
// grows its part does not write over the next one's.
func TestDecodedQuotesShareArrays(t *testing.T) {
	s := &model.Story{Paragraphs: []string{"“Go,” she said. “Now,” he said."}}
	for i := range 40 {
		sp := model.Span{Paragraph: 0, Start: 3, End: 5}
		if i%2 == 1 {
			sp = model.Span{Paragraph: 0, Start: 20, End: 23}
		}
		s.Quotes = append(s.Quotes, model.Quote{Text: s.Paragraphs[0][sp.Start:sp.End], Kind: model.Speech, Spans: []model.Span{sp}, Mentions: []string{fmt.Sprint("Person ", i)}})
		s.People = append(s.People, model.Person{Name: fmt.Sprint("Person ", i), Aliases: []string{fmt.Sprint("P", i)}})
	}
	blob := encodeStories(nil, []*model.Story{s})
	own := newOwner()
	decode := func() *model.Story {
		text, err := checkBlob(blob)
		if err != nil {
			t.Fatal(err)
		}
		got, err := decodeText(text, own)
		if err != nil {
			t.Fatal(err)
		}
		return got[0]
	}
	decode() // the names' copies
	if allocs := testing.AllocsPerRun(10, func() { decode() }); allocs >= 40 {
		t.Errorf("a story of 40 quotes and 40 people took %.0f allocations", allocs)
	}
	got := decode()
	_ = append(got.Quotes[0].Spans, model.Span{Paragraph: 9})
	_ = append(got.Quotes[0].Mentions, "Someone Else")
	_ = append(got.People[0].Aliases, "Someone Else")
	if got.Quotes[1].Spans[0].Paragraph != 0 || got.Quotes[1].Mentions[0] != "Person 1" || got.People[1].Aliases[0] != "P1" {
		t.Error("growing a quote's spans or mentions, or a person's aliases, changed the next one's")
	}
}

// TestDecodedAliasesAreOneList: a person's aliases that several stories
// list alike are one list in memory, the same names in the same order,
// and a list of other names or another order is its own; so are the
// names quotes mention.
func TestDecodedAliasesAreOneList(t *testing.T) {
	person := func(aliases ...string) model.Person {
		return model.Person{Name: "Leila Ben Ali", Aliases: aliases, Mentions: len(aliases)}
	}
	stories := []*model.Story{
		{Title: "One", People: []model.Person{person("Ben Ali", "Leila Ben Ali"), person("Kayani")}},
		{Title: "Two", People: []model.Person{person("Ben Ali", "Leila Ben Ali")}},
		{Title: "Three", People: []model.Person{person("Leila Ben Ali", "Ben Ali"), person("Ben Ali")}},
	}
	for _, s := range stories {
		s.Quotes = []model.Quote{{Text: "no", Kind: model.Speech, Mentions: []string{"Kayani", s.Title}}, {Text: "yes", Kind: model.Cable, Mentions: []string{"Kayani"}}}
	}
	got, err := decodeStories(encodeStories(nil, stories))
	if err != nil {
		t.Fatal(err)
	}
	for i, s := range got {
		if !reflect.DeepEqual(s.People, stories[i].People) || !reflect.DeepEqual(s.Quotes, stories[i].Quotes) {
			t.Errorf("story %d: people %v, quotes %v, want %v, %v", i, s.People, s.Quotes, stories[i].People, stories[i].Quotes)
		}
	}
	list := func(s, p int) *string { return unsafe.SliceData(got[s].People[p].Aliases) }
	if list(0, 0) != list(1, 0) {
		t.Error("two stories' alike aliases are two lists")
	}
	if list(0, 0) == list(2, 0) || list(2, 1) == list(0, 0) {
		t.Error("aliases in another order or other aliases share a list")
	}
	mentions := func(s, q int) *string { return unsafe.SliceData(got[s].Quotes[q].Mentions) }
	if mentions(0, 1) != mentions(2, 1) || mentions(0, 0) == mentions(1, 0) {
		t.Error("quotes that mention the same names are not one list, or other names share one")
	}
}
