package archivetest

import (
	"fmt"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
)

// paraNumberRE finds the numbers the site links: "1. " at a line start.
var paraNumberRE = regexp.MustCompile(`(?m)^(\d{1,3})\. `)

// SitePage is a cable as a page of the cablegate site: the table of five
// cells, then the header and the body in <code><pre> blocks, line breaks
// as &#x000A; and each numbered paragraph linked.
func SitePage(c Cable) string {
	body := html.EscapeString(c.Body)
	body = paraNumberRE.ReplaceAllString(body, "<a id='par$1' href='#par$1'>¶</a>$1. ")
	body = strings.ReplaceAll(body, "\n", "&#x000A;")
	head := strings.ReplaceAll(html.EscapeString(c.Header), "\n", "&#x000A;")
	released := ""
	if !c.Released.IsZero() {
		released = c.Released.Format("2006-01-02 15:04")
	}
	return fmt.Sprintf(`<!DOCTYPE html>
<html><head><title>Cable %[1]s</title></head><body>
<div class='pane big'><h3>Viewing cable %[1]s, %[2]s</h3>
<table class='cable'>
<tr><th>Reference ID</th><th>Created</th><th>Released</th><th>Classification</th><th>Origin</th></tr>
<tr>
<td>
<a href='/cable/%[3]s/%[1]s.html'>%[1]s</a>
</td>
<td>
<a href='/date/x.html'>%[4]s</a>
</td>
<td>
<a href='/reldate/x.html'>%[5]s</a>
</td>
<td>
<a href='/classification/x.html'>%[6]s</a>
</td>
<td>
<a href='/origin/x.html'>%[7]s</a>
</td>
</tr>
</table>
<code><pre>%[8]s</pre></code>
<code><pre>%[9]s</pre></code>
</div></body></html>
`, c.ID, html.EscapeString(firstLine(c.Body)), c.Created.Format("2006/01"), c.Created.Format("2006-01-02 15:04"),
		released, c.Classification, c.Origin, head, body)
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}

// WriteSite writes cables as a cablegate site tree under dir
// (cable/YYYY/MM/REFID.html) with an index page beside them.
func WriteSite(dir string, cables []Cable) error {
	for _, c := range cables {
		path := filepath.Join(dir, "cable", c.Created.Format("2006"), c.Created.Format("01"), c.ID+".html")
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(path, []byte(SitePage(c)), 0o644); err != nil {
			return err
		}
	}
	return os.WriteFile(filepath.Join(dir, "index.html"), []byte("<html><body>Browse by date</body></html>"), 0o644)
}

// Reprint is a cable in the layout newspapers reprinted them in.
func Reprint(c Cable) string {
	released := ""
	if !c.Released.IsZero() {
		released = c.Released.Format("2006-01-02 15:04")
	}
	return fmt.Sprintf("Reference ID: %s\nCreated: %s\nReleased: %s\nClassification: %s\nOrigin: %s\n\n%s\n\n%s\n",
		c.ID, c.Created.Format("2006-01-02 15:04"), released, c.Classification, c.Origin, c.Header, c.Body)
}

// WriteReprints writes each cable to dir as REFID.txt.
func WriteReprints(dir string, cables []Cable) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, c := range cables {
		if err := os.WriteFile(filepath.Join(dir, c.ID+".txt"), []byte(Reprint(c)), 0o644); err != nil {
			return err
		}
	}
	return nil
}
