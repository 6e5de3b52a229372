package export

import (
	"bytes"
	"encoding/json"
	"testing"
)

// FuzzIndentCompact holds appendIndented to json.Indent for any valid JSON
// made compact as the encoder makes it: strings with escaped quotes and
// backslashes, empty and nested lists and objects, numbers, null.
func FuzzIndentCompact(f *testing.F) {
	for _, seed := range []string{
		`{"a":"x\"y","b":[],"c":{},"d":[1,{"e":null}]}`,
		`["\\","\\\"",":,{}[]","\u2028"]`,
		`{"why":[{"rule":"cue-before","evidence":"he said \"no\" \\"}],"n":-1.5e-7,"t":true}`,
		`[[[]],[{}],""]`,
		`[[[[[[[[[[[[{"deep":[[[[1,2]]]]}]]]]]]]]]]]]`,
		`"just a string"`,
		`42`,
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var compact bytes.Buffer
		if json.Compact(&compact, data) != nil {
			return
		}
		var want bytes.Buffer
		if err := json.Indent(&want, compact.Bytes(), "    ", "  "); err != nil {
			t.Fatal(err)
		}
		got := appendIndented([]byte("before "), compact.Bytes(), "    ", "  ")
		if !bytes.Equal(got, append([]byte("before "), want.Bytes()...)) {
			t.Errorf("appendIndented(%s)\n got %s\nwant %s", compact.Bytes(), got, want.Bytes())
		}
	})
}

// TestIndentToSpillsAsItGoes indents a list far larger than spillAt
// through spill, and gets what json.Indent gets, with no more than
// spillAt and one step gathered at any time.
func TestIndentToSpillsAsItGoes(t *testing.T) {
	var items []any
	for i := range 20000 {
		items = append(items, map[string]any{"n": i, "text": "the port is a den of thieves, \"said\" the cable"})
	}
	compact, err := json.Marshal(items)
	if err != nil {
		t.Fatal(err)
	}
	var want bytes.Buffer
	if err := json.Indent(&want, compact, "    ", "  "); err != nil {
		t.Fatal(err)
	}
	var got []byte
	most := 0
	rest := indentTo(nil, compact, "    ", "  ", func(b []byte) []byte {
		most = max(most, len(b))
		got = append(got, b...)
		return b[:0]
	})
	got = append(got, rest...)
	if !bytes.Equal(got, want.Bytes()) {
		t.Fatalf("indented through spill: %d bytes, want %d equal to json.Indent's", len(got), want.Len())
	}
	if most == 0 || most > spillAt+256 {
		t.Errorf("spilled at most %d bytes at once, want about %d", most, spillAt)
	}
}
