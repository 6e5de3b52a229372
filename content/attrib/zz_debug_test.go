package attrib

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"cables/content/lex"
	"cables/content/people"
	"cables/content/quotes"
)

func TestZZDebug(t *testing.T) {
	f := os.Getenv("DBG_FILE")
	if f == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(f)
	var paras []string
	for _, l := range strings.Split(string(b), "\n") {
		if strings.TrimSpace(l) != "" {
			paras = append(paras, l)
		}
	}
	toks, release := lex.TokenizeAll(paras)
	defer release()
	ix := people.Find(paras, toks)
	defer ix.Release()
	pat := os.Getenv("DBG_Q")
	attribute(paras, toks, ix, quotes.Scan(paras), func(a *attributor) {
		qs := a.quotes(paras, true)
		for q := range qs {
			if pat != "" && !strings.Contains(qs[q].Text, pat) {
				continue
			}
			k := &a.quoteCase
			k.reset(a, q)
			in, _ := introRules.Decide(k)
			c := &k.c
			c.before, c.bpt, c.bpi, c.bqi, c.place = in.cue, in.pt, in.pi, in.at, in.place
			who, fired := speakerRules.Decide(k)
			fmt.Printf("   speaker rule %q evidence %q person %d\n", fired.Rule, fired.Evidence, who.person)
			show := func(name string, cu cue, pt *paraText) string {
				w := ""
				if cu.found && pt != nil {
					w = pt.word(cu.src.at)
				}
				return fmt.Sprintf("%s{found=%v kind=%d word=%q at=%q verb=%q passive=%v}", name, cu.found, cu.src.kind, cu.src.word, w, cu.verb, cu.passive)
			}
			fmt.Printf("%q kind=%s spk=%q\n   %s\n   %s noCue=%v\n", qs[q].Text, qs[q].Kind, qs[q].Speaker, show("before", c.before, c.bpt), show("after", c.after, c.ptL), noCue(c))
		}
	})
}
