package content

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"cables/content/lex"
)

// TestWordLists reads every stage's word lists as the stages do: each says
// at its top what it is for and where it came from, holds no entry twice,
// and is read by the code of its stage.
func TestWordLists(t *testing.T) {
	files, err := filepath.Glob("*/words/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no word lists found (%v)", err)
	}
	for _, f := range files {
		l, err := lex.ReadList(os.DirFS("."), f)
		if err != nil {
			t.Errorf("%v", err)
			continue
		}
		if !slices.ContainsFunc(l.About, func(a string) bool { return strings.HasPrefix(a, "Source: ") }) {
			t.Errorf("%s: no \"Source:\" line in the comment at its top", f)
		}
		seen := map[string]bool{}
		for _, e := range l.Entries {
			if seen[e] {
				t.Errorf("%s: %q listed twice", f, e)
			}
			seen[e] = true
		}
		if !readByItsStage(t, f) {
			t.Errorf("%s: no code of its stage reads it", f)
		}
	}
}

// readByItsStage reports whether a Go file of the list's stage names it.
func readByItsStage(t *testing.T, list string) bool {
	t.Helper()
	sources, _ := filepath.Glob(filepath.Join(filepath.Dir(filepath.Dir(list)), "*.go"))
	for _, s := range sources {
		data, err := os.ReadFile(s)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(string(data), `"words/`+filepath.Base(list)+`"`) {
			return true
		}
	}
	return false
}

// contradictions are the pairs of word lists that say opposite things of a
// word: no word may sit in both, except the ones a rule reads both ways on
// purpose, each named with that rule and the test row that proves it.
var contradictions = []struct {
	a, b, why string
	allowed   map[string]string
}{
	{"lex/words/female-titles.txt", "lex/words/male-titles.txt", "a title gives one gender", nil},
	{"lex/words/titles.txt", "lex/words/stop-words.txt", "a title starts a name, a stop word never does", nil},
	{"people/words/honorifics.txt", "lex/words/not-person-words.txt", "an honorific stands before a person's name only", nil},
	{"lex/words/writing-verbs.txt", "lex/words/speech-only-verbs.txt", "written, or spoken only", nil},
	{"lex/words/writing-verbs.txt", "lex/words/joke-verbs.txt", "written, or said aloud", nil},
	{"lex/words/spoken-words.txt", "lex/words/writing-verbs.txt", "spoken aloud, or written", nil},
	{"lex/words/spoken-words.txt", "lex/words/document-nouns.txt", "a setting of speech, or a document",
		map[string]string{"briefing": "attrib.spokenSetting does not count a word that may be a document (attrib row \"a briefing as a setting is no document\")"}},
	{"attrib/words/describing-verbs.txt", "lex/words/speech-only-verbs.txt", "a document's description, or speech", nil},
	{"attrib/words/describing-verbs.txt", "lex/words/joke-verbs.txt", "a document's description, or a joke", nil},
	{"attrib/words/writer-reports.txt", "lex/words/speech-only-verbs.txt", "a cable's report, or speech", nil},
	{"attrib/words/writer-reports.txt", "lex/words/joke-verbs.txt", "a cable's report, or a joke", nil},
	{"attrib/words/mission-verbs.txt", "lex/words/speech-only-verbs.txt", "a mission's cable, or speech", nil},
	{"attrib/words/mission-verbs.txt", "lex/words/joke-verbs.txt", "a mission's cable, or a joke", nil},
	{"attrib/words/definite.txt", "attrib/words/indefinite.txt", "a reference back, or something new", nil},
	{"attrib/words/definite.txt", "attrib/words/count-words.txt", "a reference back, or something new", nil},
}

func TestWordListsDoNotContradict(t *testing.T) {
	for _, c := range contradictions {
		a, err := lex.ReadList(os.DirFS("."), c.a)
		if err != nil {
			t.Fatal(err)
		}
		b, err := lex.ReadList(os.DirFS("."), c.b)
		if err != nil {
			t.Fatal(err)
		}
		inB := b.Set()
		for _, w := range a.Entries {
			if inB[w] && c.allowed[w] == "" {
				t.Errorf("%q is in %s and in %s: %s", w, c.a, c.b, c.why)
			}
		}
		for w := range c.allowed {
			if !inB[w] || !slices.Contains(a.Entries, w) {
				t.Errorf("%q is allowed in %s and %s but is not in both: drop the exception", w, c.a, c.b)
			}
		}
	}
}
