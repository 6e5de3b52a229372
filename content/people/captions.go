package people

import "cables/content/lex"

// A photo's caption often gives the full name the body then shortens:
// "Gen. Ashfaq Kayani at a parade in 2008." above a body that says only
// "Kayani". The captions' sure names are filed like the body's, so that a
// bare surname in the body finds them; a caption's person the body never
// names is dropped, as the index holds the body's people.

// FindAnchored is Find, with the full names of the story's captions
// known to the bare names of its body.
func FindAnchored(paras []string, toks [][]lex.Token, captions []string) *Index {
	return find(paras, toks, captions, nil)
}

// appendCaptionRuns reads the runs of the captions, which only ever file
// a sure name: their para is -1.
func appendCaptionRuns(runs []nameRun, c *runCase, captions []string) []nameRun {
	if len(captions) == 0 {
		return runs
	}
	toks, release := lex.TokenizeAll(captions)
	defer release()
	c.pi = -1
	for ci := range captions {
		c.p, c.ts = captions[ci], toks[ci]
		runs = appendRuns(runs, c)
	}
	return runs
}

// dropUnnamed takes out the people the body never names (a caption's),
// and renumbers the mentions of the others.
func (ix *Index) dropUnnamed() {
	at := make([]int, len(ix.People))
	n := 0
	for k, p := range ix.People {
		at[k] = -1
		if p.Count > 0 {
			at[k] = n
			ix.People[n] = p
			n++
		}
	}
	clear(ix.People[n:])
	ix.People = ix.People[:n]
	for i := range ix.all {
		ix.all[i].Person = at[ix.all[i].Person]
	}
}
