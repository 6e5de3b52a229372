package anatomy

import (
	"strings"
	"testing"

	"cables/archive/archivetest"
	"cables/model"
)

func parsed(c archivetest.Cable) model.CableDoc {
	doc := model.CableDoc{ID: c.ID, Body: c.Body}
	Parse(&doc)
	return doc
}

func fixture(id string) archivetest.Cable {
	for _, c := range archivetest.Cables {
		if c.ID == id {
			return c
		}
	}
	panic(id)
}

func TestFields(t *testing.T) {
	doc := parsed(fixture("08ISLAMABAD900"))
	if doc.Subject != "PROVINCIAL MINISTER ON WATER SHARING" {
		t.Errorf("subject %q", doc.Subject)
	}
	if strings.Join(doc.Tags, " ") != "PREL PGOV PK" {
		t.Errorf("tags %q", doc.Tags)
	}
	if strings.Join(doc.References, " ") != "08ISLAMABAD812 07STATE12345" {
		t.Errorf("references %q", doc.References)
	}
	if doc.ClassifiedBy != "Ambassador Jane Q. Example" {
		t.Errorf("classified by %q", doc.ClassifiedBy)
	}
	if doc.Signer != "EXAMPLE" {
		t.Errorf("signer %q", doc.Signer)
	}
}

// kinds lists the parts of a body as "number kind" in order.
func kinds(doc model.CableDoc) string {
	var out []string
	for _, p := range doc.Paragraphs {
		out = append(out, strings.TrimSpace(strings.Join([]string{itoa(p.Number), string(p.Kind)}, " ")))
	}
	return strings.Join(out, ", ")
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	s := ""
	for ; n > 0; n /= 10 {
		s = string(rune('0'+n%10)) + s
	}
	return s
}

func TestParagraphs(t *testing.T) {
	for _, tc := range []struct{ name, id, want string }{
		{"unnumbered summary and an underlined heading", "08ISLAMABAD900",
			"0 preamble, 0 subject, 0 preamble, 0 summary, 0 preamble, 1 heading, 1 numbered, 2 numbered"},
		{"all-caps cable with its summary numbered", "89VALLETTA101",
			"0 preamble, 0 subject, 0 preamble, 1 numbered, 2 numbered, 3 numbered"},
		{"numbers may jump after a blank line", "09STATE4000",
			"0 preamble, 0 subject, 0 preamble, 1 numbered, 2 numbered, 3 numbered, 15 numbered"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := kinds(parsed(fixture(tc.id))); got != tc.want {
				t.Errorf("got  %s\nwant %s", got, tc.want)
			}
		})
	}
}

func TestPageLineStaysInItsParagraph(t *testing.T) {
	doc := parsed(fixture("08ISLAMABAD900"))
	p, ok := doc.Paragraph(1)
	if !ok {
		t.Fatal("no paragraph 1")
	}
	text := doc.Body[p.Start:p.End]
	if !strings.Contains(text, "ISLAMABAD 00000900 002 OF 002\nfrom it.") {
		t.Errorf("paragraph 1 is %q", text)
	}
}

func TestNumbersInsideSentencesAreNoParagraphs(t *testing.T) {
	body := "1. (C) The talks lasted until\n2. The minister left early.\n\n2. (C) Next day.\n"
	doc := model.CableDoc{Body: body}
	Parse(&doc)
	if got := kinds(doc); got != "1 numbered, 2 numbered" {
		t.Errorf("got %s", got)
	}
	if p, _ := doc.Paragraph(2); !strings.HasPrefix(doc.Body[p.Start:], "2. (C) Next") {
		t.Errorf("paragraph 2 starts %q", doc.Body[p.Start:p.Start+12])
	}
}

func TestSigner(t *testing.T) {
	for _, tc := range []struct{ body, want string }{
		{"cleared by the embassy. PATTERSON", "PATTERSON"},
		{"the last paragraph.\n\nRanneberger\n", "Ranneberger"},
		{"the last paragraph.\nWARE \\\n\"", "WARE"},
		{"End comment.", ""},
		{"the end. END SUMMARY", ""},
	} {
		if got := signer(tc.body); got != tc.want {
			t.Errorf("signer(%q) = %q, want %q", tc.body, got, tc.want)
		}
	}
}

func FuzzParse(f *testing.F) {
	for _, c := range archivetest.Cables {
		f.Add(c.Body)
	}
	f.Add("1. a\n\n3. b\n---\nHeading\n-----\n2. c")
	f.Fuzz(func(t *testing.T, body string) {
		doc := model.CableDoc{ID: "09X1", Body: body}
		Parse(&doc)
		end := 0
		for _, p := range doc.Paragraphs {
			if p.Start != end || p.End <= p.Start || p.End > len(body) {
				t.Fatalf("paragraph %+v after %d in %d bytes", p, end, len(body))
			}
			end = p.End
		}
		if len(body) > 0 && end != len(body) {
			t.Fatalf("paragraphs end at %d of %d", end, len(body))
		}
	})
}
