package people

import (
	"strings"
	"testing"

	"cables/content/lex"
)

// FuzzFind checks the index attribution relies on: every mention lies
// inside its paragraph's tokens, in reading order without overlapping, and
// names a person; every person has a name and is named where the body
// names them (a caption, after "|", only anchors the body's names).
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"President (Karim Aziz) Lodhi spoke.\nLodhi's aide, Omar Qadir, left.",
		"KARIM Lodhi is too proud.\nThe spokesman, JR Oduya, said: “No.”",
		"Deputy Minister Ana Ruiz de la Fuente met Mr. English.\nEnglish himself wrote.",
		"Secretary of State Jane Ruiz (",
		"King Idris III, the physicist who ruled, described Dervis Kanat as “polite”.",
		"A.Q. Lodhi, who holds the foreign affairs portfolio, said",
		"Lodhi told the envoy.\nThe cable calls Lodhi cautious.|Gen. Karim Lodhi and Omar Qadir in 2008.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		body, caption, _ := strings.Cut(text, "|")
		paras := strings.Split(body, "\n")
		toks, release := lex.TokenizeAll(paras)
		defer release()
		ix := FindAnchored(paras, toks, strings.Split(caption, "\n"))
		defer ix.Release()
		for pi, ms := range ix.Mentions {
			at := 0
			for _, m := range ms {
				if m.Tok < at || m.TokEnd <= m.Tok || m.TokEnd > len(toks[pi]) {
					t.Fatalf("paragraph %d: mention [%d,%d) after token %d of %d", pi, m.Tok, m.TokEnd, at, len(toks[pi]))
				}
				if m.Person < 0 || m.Person >= len(ix.People) {
					t.Fatalf("mention of person %d of %d", m.Person, len(ix.People))
				}
				at = m.TokEnd
			}
		}
		for _, p := range ix.People {
			if p.Canonical == "" || p.Count == 0 || len(p.Aliases) == 0 {
				t.Fatalf("person %+v: no name, no mention or no alias", p)
			}
			for _, a := range p.Aliases {
				if !strings.Contains(body, a) {
					t.Fatalf("alias %q is not in the text", a)
				}
			}
		}
	})
}
