package formats

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"cables/archive/archivetest"
	"cables/model"
)

func TestSitePage(t *testing.T) {
	c := archivetest.Cables[2]
	doc, err := SiteCable([]byte(archivetest.SitePage(c)), "cable/2008/03/08ISLAMABAD900.html")
	if err != nil {
		t.Fatal(err)
	}
	if doc.ID != c.ID || doc.Origin != c.Origin || doc.Classification != c.Classification || !doc.Created.Equal(c.Created) {
		t.Errorf("card: %+v", doc)
	}
	if rel := doc.Released(); len(rel) != 1 || !rel[0].Equal(c.Released) {
		t.Errorf("released %v", rel)
	}
	// The page's paragraph links are gone; the text is the cable's.
	if doc.Body != c.Body || doc.Header != c.Header {
		t.Errorf("body differs:\n%q\nwant\n%q", doc.Body, c.Body)
	}
}

func TestReprint(t *testing.T) {
	c := archivetest.Cables[3]
	doc, err := ReprintCable([]byte(archivetest.Reprint(c)), "08TUNIS300.txt")
	if err != nil {
		t.Fatal(err)
	}
	if doc.ID != c.ID || doc.Header != c.Header || strings.TrimSpace(doc.Body) != strings.TrimSpace(c.Body) {
		t.Errorf("got header %q body %q…", doc.Header, doc.Body[:40])
	}
}

func TestBadPagesSayWhy(t *testing.T) {
	for _, tc := range []struct {
		name, data, want string
		read             func([]byte, string) (model.CableDoc, error)
	}{
		{"binary page", "\x00\x01PK\x03\x04 zip", "cable/2009/01/X.html: not a cablegate page (binary file?)", SiteCable},
		{"index page", "<html><body>Browse</body></html>", "cable/2009/01/X.html: not a cablegate page (no table", SiteCable},
		{"page without text", strings.Split(archivetest.SitePage(archivetest.Cables[0]), "<code>")[0], "no <code><pre> block", SiteCable},
		{"binary text file", "\xff\xfe\x00b\x00", "X.txt: not text (binary file?)", ReprintCable},
		{"bad ID", "Reference ID: hello\nCreated: 2009-01-01 10:10\n\nbody", `"hello" is not a cable reference ID`, ReprintCable},
		{"bad date", "Reference ID: 09X1\nCreated: yesterday\n\nbody", `created date "yesterday"`, ReprintCable},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := "cable/2009/01/X.html"
			if strings.Contains(tc.want, "X.txt") || tc.name == "bad ID" || tc.name == "bad date" {
				path = "X.txt"
			}
			_, err := tc.read([]byte(tc.data), path)
			if err == nil || !strings.Contains(err.Error(), tc.want) || strings.Contains(err.Error(), "\n") {
				t.Errorf("error %v, want one line with %q", err, tc.want)
			}
		})
	}
}

// Reading a folder that mixes a site tree, reprints, a notes file and a
// broken page reads every cable, names the broken page and passes over the
// rest.
func TestReadFolders(t *testing.T) {
	dir := t.TempDir()
	site := filepath.Join(dir, "site")
	if err := archivetest.WriteSite(site, archivetest.Cables[:2]); err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(site, "cable", "2009", "01", "09BROKEN1.html")
	os.MkdirAll(filepath.Dir(bad), 0o755)
	os.WriteFile(bad, []byte("\x00\x00binary"), 0o644)
	texts := filepath.Join(dir, "texts")
	if err := archivetest.WriteReprints(texts, archivetest.Cables[2:4]); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(texts, "README.txt"), []byte("Cables I collected.\n"), 0o644)
	csv := filepath.Join(dir, "cables.csv")
	os.WriteFile(csv, []byte(archivetest.CSV()), 0o644)

	var st Stats
	var ids []string
	var problems []string
	err := Read(context.Background(), []string{site, texts, csv, filepath.Join(dir, "missing.csv")}, &st,
		func(doc model.CableDoc) error { ids = append(ids, doc.ID); return nil },
		func(err error) { problems = append(problems, err.Error()) })
	if err != nil {
		t.Fatal(err)
	}
	if want := 2 + 2 + len(archivetest.Cables); len(ids) != want || st.Cables != want {
		t.Errorf("read %d cables (%d counted), want %d", len(ids), st.Cables, want)
	}
	if st.Skipped != 1 || st.Other != 2 || st.Failures != 1 {
		t.Errorf("stats %+v", st)
	}
	if len(problems) != 2 || !strings.Contains(problems[0], "missing.csv") || !strings.Contains(problems[1], "09BROKEN1.html: not a cablegate page") {
		t.Errorf("problems %q", problems)
	}
}
