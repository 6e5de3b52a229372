package export

import (
	"bytes"
	"fmt"
	"reflect"
	"testing"
)

// fill sets every field reachable from v to a value that is not its zero
// and differs from every other field's: strings to text that needs
// escaping, numbers to odd values, pointers to filled values, and slices to
// two filled elements. n counts the values given so far.
func fill(v reflect.Value, text string, n *int) {
	*n++
	switch v.Kind() {
	case reflect.String:
		v.SetString(fmt.Sprint(text, *n))
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(-int64(*n))
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		v.SetUint(uint64(*n))
	case reflect.Float32, reflect.Float64:
		v.SetFloat(float64(*n) + 0.1 + 0.2)
	case reflect.Pointer:
		v.Set(reflect.New(v.Type().Elem()))
		fill(v.Elem(), text, n)
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 2, 2))
		for i := range 2 {
			fill(v.Index(i), text, n)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				fill(v.Field(i), text, n)
			}
		}
	}
}

// TestAppendStoryWritesEveryField: a story with every field of the schema
// set (a field added to jsonStory, jsonQuote, jsonPerson or the cable match
// later included) encodes by hand to encoding/json's bytes, so the hand
// encoder cannot drop or misspell a field nobody remembered to test.
func TestAppendStoryWritesEveryField(t *testing.T) {
	var s jsonStory
	var n int
	fill(reflect.ValueOf(&s).Elem(), "“Q” <b>&amp;</b> \"x\" \\ \t\n\u2028\x01\xff", &n)
	got, err := appendStory(nil, &s)
	if err != nil {
		t.Fatal(err)
	}
	if want := encodingJSON(t, s); !bytes.Equal(got, want) {
		t.Errorf("every field set:\n got %s\nwant %s", got, want)
	}
}
