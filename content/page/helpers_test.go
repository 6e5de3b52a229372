package page

import (
	"fmt"
	"strings"
	"testing"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"cables/content/source"
	"cables/model"
)

// readSource reads one source's bytes into pages as the loader does.
func readSource(name, contentType, pageURL string, data []byte) ([]*Page, []error) {
	return source.Read(source.Document{Name: name, ContentType: contentType, URL: pageURL, Data: data}, Read)
}

// utf16LE encodes s as UTF-16, little-endian, with a byte order mark.
func utf16LE(s string) []byte {
	out := []byte{0xFF, 0xFE}
	for _, u := range utf16.Encode([]rune(s)) {
		out = append(out, byte(u), byte(u>>8))
	}
	return out
}

// cleanFields checks that no field carries a control, escape or invisible
// character; newlines are allowed only where fields are joined for testing.
func cleanFields(fields ...string) error {
	for _, f := range fields {
		for _, r := range f {
			if r != '\n' && model.Invisible(r) {
				return fmt.Errorf("field %q holds %U", f, r)
			}
		}
	}
	return nil
}

// checkPage asserts what every page must be: no field carries a control
// character, a newline or invalid UTF-8 to the screen.
func checkPage(t *testing.T, pg *Page) {
	t.Helper()
	fields := []string{pg.Title, pg.Outlet, pg.URL, pg.Byline, pg.Dateline}
	fields = append(fields, pg.Captions...)
	fields = append(fields, pg.Paragraphs...)
	for _, f := range fields {
		if hasControl(f) || strings.ContainsRune(f, '\n') || !utf8.ValidString(f) {
			t.Fatalf("field %q carries a control character, a newline or invalid UTF-8", f)
		}
	}
}

// hasControl reports any character Sanitize must have removed.
func hasControl(s string) bool {
	return strings.ContainsFunc(s, func(r rune) bool {
		return r != '\n' && (unicode.IsControl(r) || model.Invisible(r))
	})
}
