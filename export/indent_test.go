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
