package content

import (
	"strings"
	"testing"
)

// TestChromeNamesNoPeople checks that names printed in a page's chrome (the
// byline, credits, notes on the writer, reader comments) do not become the
// story's people: the people finder reads the body only, so each of these
// lines has to be known for chrome.
const body2 = "Officials in the capital declined to say what was agreed, and no statement was issued afterwards."

func TestChromeNamesNoPeople(t *testing.T) {
	story := "The ambassador, Tomas Varga, met the minister on Tuesday and the two spoke for an hour about the border."
	tests := []struct{ name, before, after, notPerson string }{
		{"a role after a name in capitals", "JANE ROE, Religious Affairs Correspondent\n\nSaturday, December 11, 2010", "", "Correspondent"},
		{"the role of a byline with 'By'", "By Jane Roe, Diplomatic Correspondent", "", "Correspondent"},
		{"a reporter credited at the end", "", "Example Wire writer Ruth Okafor contributed to this report from Washington.", "Ruth Okafor"},
		{"a note on the writer after a lower-case byline", "by Daniel Weir | May 5, 2011",
			"Daniel Weir is an Example Weekly contributor who covers the Andes from Lima.\n\nFor reprints and permissions, click here.", "Daniel Weir"},
		{"comment writers under a count of responses", "",
			"3 Responses to \"Envoy warned of unrest\"\n\nChipo N says:\nMay 9, 2011 at 8:14 am\nLet them say what they like. Nobody listens.\n\nLeave a Reply", "Chipo N"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := Parse("x.txt", []byte("Envoy warned of unrest\n\n"+tt.before+"\n\n"+story+"\n\n"+body2+"\n\n"+tt.after))
			if err != nil {
				t.Fatal(err)
			}
			var names []string
			for _, p := range s.People {
				names = append(names, p.Name)
			}
			for _, n := range names {
				if strings.Contains(n, tt.notPerson) {
					t.Errorf("people %q: %q is chrome, no person of the story", names, tt.notPerson)
				}
			}
			if !strings.Contains(strings.Join(names, "|"), "Tomas Varga") {
				t.Errorf("people %q: the story's own person is lost", names)
			}
		})
	}
}
