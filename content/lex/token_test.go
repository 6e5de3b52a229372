package lex

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// wordsOf tokenizes one paragraph and returns its tokens as written, a
// word marked with its classes where the test asks for them.
func wordsOf(p string) []string {
	toks, release := TokenizeAll([]string{p})
	defer release()
	var out []string
	for _, t := range toks[0] {
		w := t.Text(p)
		if t.Poss {
			w += "+poss"
		}
		out = append(out, w)
	}
	return out
}

func TestTokenize(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       string // tokens joined by spaces
	}{
		{"words and marks", `Qadir said: “Never.”`, `Qadir said : “ Never . ”`},
		{"dotted initials keep their periods", `The U.S. envoy and A.Q. Lodhi met.`, `The U.S. envoy and A.Q. Lodhi met .`},
		{"an abbreviation keeps its period", `Gen. Rahim Baig spoke.`, `Gen. Rahim Baig spoke .`},
		{"a capital initial keeps its period", `Daniel J. Harlow wrote.`, `Daniel J. Harlow wrote .`},
		{"a sentence's period is a mark", `He left Kandia.`, `He left Kandia .`},
		{"a title glued to the name it opens", `Mr.Zardari met Gen.Kayani at the U.S.Embassy today.`, `Mr. Zardari met Gen. Kayani at the U.S.Embassy today .`},
		{"a comma groups the digits of a number", `Of 250,000 cables, 1,204 came from Lusaka, 3,12 and 2009,10 did not.`, `Of 250,000 cables , 1,204 came from Lusaka , 3 , 12 and 2009 , 10 did not .`},
		{"joiners inside a word", `al-Hadi, O'Neill and AT&T agreed`, `al-Hadi , O'Neill and AT&T agreed`},
		{"a joiner at a word's end is a mark", `the rebels' - and then`, `the rebels ' - and then`},
		{"possessives are cut off", `Qadir's aide and Lodhi’s wife`, `Qadir+poss aide and Lodhi+poss wife`},
		{"a curly apostrophe inside a word", `the country’s ’90s rock 'n' roll`, `the country+poss ’ 90s rock ' n ' roll`},
		{"letters beyond ASCII", `Fernández de la Vega, Ümit and Çelik`, `Fernández de la Vega , Ümit and Çelik`},
		{"spaces of every kind make no token", "a\u00a0b\tc\u2003d", `a b c d`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := strings.Join(wordsOf(tc.text), " "); got != tc.want {
				t.Errorf("%q\n got  %s\n want %s", tc.text, got, tc.want)
			}
		})
	}
}

func TestTokenClasses(t *testing.T) {
	p := `President Omar Qadir said the envoy's cable reported on MAY 4.`
	toks, release := TokenizeAll([]string{p})
	defer release()
	for _, tc := range []struct {
		word  string
		class Class
		cap   bool
	}{
		{"President", Title, true}, {"said", Report, false}, {"cable", Doc, false}, {"the", Determiner, false},
		{"envoy", RoleWord, false}, {"Omar", FirstName, true},
	} {
		found := false
		for _, tk := range toks[0] {
			if tk.Text(p) == tc.word {
				found = true
				if !tk.Is(tc.class) || tk.Cap != tc.cap || !tk.Word {
					t.Errorf("%s: class %b (want bit %b), cap %v", tc.word, tk.Class, tc.class, tk.Cap)
				}
			}
		}
		if !found {
			t.Errorf("no token %q", tc.word)
		}
	}
	for _, tk := range toks[0] {
		if tk.Text(p) == "MAY" && tk.Low(p) != "may" {
			t.Errorf("MAY is looked up as %q", tk.Low(p))
		}
	}
}

// FuzzTokenize checks what every rule relies on: tokens lie inside the
// paragraph, in order, without overlapping; words hold word runes and
// marks are one rune; nothing but spaces is left out.
func FuzzTokenize(f *testing.F) {
	for _, s := range []string{`Qadir said: “No.”`, `The U.S. envoy and A.Q. Lodhi met.`, `Qadir's aide and Lodhi’s wife`,
		"a\u00a0b\tc\u2003d", "\xff\xfe“x\x00y”", `’s 's s' '' ’’ .. --`, `É. İ. ǅ.`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, p string) {
		toks, release := TokenizeAll([]string{p})
		defer release()
		at, poss := 0, false
		for _, tk := range toks[0] {
			if int(tk.Start) < at || tk.End <= tk.Start || int(tk.End) > len(p) {
				t.Fatalf("token [%d,%d) after byte %d of %d", tk.Start, tk.End, at, len(p))
			}
			checkGap(t, p[at:tk.Start], poss)
			poss = tk.Poss
			text := tk.Text(p)
			first, _ := utf8.DecodeRuneInString(text)
			switch {
			case tk.Word && !IsWordRune(first):
				t.Fatalf("word %q starts with %q", text, first)
			case !tk.Word && utf8.RuneCountInString(text) != 1:
				t.Fatalf("mark %q is not one rune", text)
			}
			at = int(tk.End)
		}
		checkGap(t, p[at:], poss)
	})
}

// checkGap fails unless what lies between two tokens is spaces, after the
// possessive ending of an owner.
func checkGap(t *testing.T, gap string, afterOwner bool) {
	t.Helper()
	if afterOwner {
		if len(gap) < 2 || !strings.HasSuffix(strings.ToLower(gap[:2]), "s") && !strings.HasPrefix(strings.ToLower(gap), "’s") {
			t.Fatalf("owner without its ending: %q", gap)
		}
		gap = gap[strings.IndexAny(gap, "sS")+1:]
	}
	for _, r := range gap {
		if !isSpaceRune(r) {
			t.Fatalf("%q left out between tokens", gap)
		}
	}
}

func TestGivenNames(t *testing.T) {
	for _, tc := range []struct {
		name   string
		gender byte
		class  Class
	}{
		{"Omar", 'm', FirstName},      // a man's name of the maintained list
		{"Nina", 'f', FirstName},      // a woman's
		{"Robin", 0, FirstName},       // in both lists: either
		{"Farzana", 'f', FirstName},   // written for cables
		{"Grant", 'm', WordName},      // also a common word: needs evidence
		{"Jordan", 0, WordName},       // also a place
		{"King", 0, Title},            // a title, no given name
		{"al", 0, Particle},           // a particle, no given name
		{"Kandia", 0, 0},              // in no list
		{"ÁLVARO", 'm', FirstName},    // in capitals, with an accent
		{"Tomás", 'm', FirstName},     // written with its accent
		{"Qadirov", 0, 0},             // in no list
		{"Sarah.", 'f', FirstName},    // a final period is no part of it
		{"Mark", 'm', WordName},       // also a common word
		{"Bill", 0, NotPerson},        // in both lists, and a word no name holds
		{"Hassan", 'm', MaleName},     // from the U.S. births
		{"Jasmine", 'f', FemaleName},  // from the maintained list
		{"Jean", 0, FirstName},        // in both lists
		{"Shahbaz", 'm', MaleName},    // written for cables
		{"Tuesday", 0, 0},             // a weekday
		{"Mustafa", 'm', FirstName},   // from the U.S. births
		{"Kandiara", 0, 0},            // in no list
		{"Hope", 'f', WordName},       // also a common word
		{"May", 0, Stop},              // a stop word, no given name
		{"Ali", 0, FirstName},         // in both lists
		{"Leila", 'f', FemaleName},    // from the maintained list
		{"Nawaz", 'm', MaleName},      // written for cables
		{"Zine", 'm', MaleName},       // written for cables
		{"Megawati", 'f', FemaleName}, // written for cables
	} {
		t.Run(tc.name, func(t *testing.T) {
			if g := GivenGender(tc.name); g != tc.gender {
				t.Errorf("gender %q, want %q", g, tc.gender)
			}
			toks, release := TokenizeAll([]string{tc.name})
			defer release()
			if c := toks[0][0].Class; tc.class != 0 && c&tc.class == 0 || tc.class == 0 && c&FirstName != 0 {
				t.Errorf("class %b, want bit %b", c, tc.class)
			}
		})
	}
}

// TestWordBytes checks the eight-at-a-time test of word bytes against
// byteKind, byte by byte, on every byte value at every place.
func TestWordBytes(t *testing.T) {
	for c := 0; c < 256; c++ {
		for at := 0; at < 8; at++ {
			b := []byte("abcdefgh")
			b[at] = byte(c)
			want := 8
			for k := range b {
				if byteKind[b[k]] != wordByte {
					want = k
					break
				}
			}
			if got := wordBytes(load64(string(b))); got != want {
				t.Errorf("wordBytes(%q) = %d, want %d", b, got, want)
			}
		}
	}
}

// tokensByAppendWord tokenizes p as appendTokens did before its plain
// words were read in its own loop: every word by appendWord.
func tokensByAppendWord(p string) []Token {
	var toks []Token
	for i := 0; i < len(p); {
		r, w := utf8.DecodeRuneInString(p[i:])
		switch {
		case isSpaceRune(r):
			i += w
		case !IsWordRune(r):
			toks = pushToken(toks, i, i+w)
			i += w
		default:
			toks, i = appendWord(toks, p, i, r, w)
		}
	}
	return toks
}

// samePlainWords fails unless appendTokens cuts and classes p as
// appendWord does word by word.
func samePlainWords(t *testing.T, p string) {
	t.Helper()
	ready()
	got, want := appendTokens(nil, p), tokensByAppendWord(p)
	if len(got) != len(want) {
		t.Fatalf("%q: %d tokens, appendWord makes %d", p, len(got), len(want))
	}
	for i := range got {
		if got[i] != want[i] {
			t.Fatalf("%q: token %d is %+v (%q), appendWord makes %+v (%q)", p, i, got[i], got[i].Text(p), want[i], want[i].Text(p))
		}
	}
}

// TestPlainWordsAsAppendWord holds appendTokens' own reading of plain
// words (ASCII letters and digits ended by a space, a mark, a comma or a
// sentence's period) to appendWord's, for words of every length before
// every byte that may end one, at the paragraph's end and not.
func TestPlainWordsAsAppendWord(t *testing.T) {
	words := []string{"a", "J", "Gen", "gen", "Mrs", "said", "Qadir", "embassy", "Ambassador", "cables1", "2009", "250", "UN", "U", "Kandiaborough"}
	for _, w := range words {
		for c := 0; c < 128; c++ {
			for _, after := range []string{"", " ", "x", " Qadir", "000", "1", "s"} {
				samePlainWords(t, w+string(rune(c))+after)
				samePlainWords(t, "the "+w+string(rune(c))+after)
			}
		}
		for _, end := range []string{"’s", "’", "é", "\u00a0", "—", "\xff"} {
			samePlainWords(t, w+end+" met")
		}
	}
}

// FuzzPlainWordsAsAppendWord is TestPlainWordsAsAppendWord on any text.
func FuzzPlainWordsAsAppendWord(f *testing.F) {
	for _, s := range []string{`Gen. Rahim Baig spoke.`, `Of 250,000 cables, 1,204 came`, `Mr.Zardari met the U.S. envoy J. Harlow.`, `Qadir's aide, Lodhi’s wife`} {
		f.Add(s)
	}
	f.Fuzz(samePlainWords)
}

// FuzzLow holds Token.Low to what it returns by definition: the
// vocabulary's lower case of a known word, else a word without its final
// period, a mark as written; and LowLen, which the later stages read in
// its place, to the length of what Low returns.
func FuzzLow(f *testing.F) {
	for _, s := range []string{`Gen. Rahim met the U.S. envoy J. Harlow.`, `Qadir's aide, e.g. Kandia... “No.”`, `x. X. .. ‘a.’`,
		`ÉMBASSY Élan İSTANBUL Straße.`, strings.Repeat("Kandia", 50) + ". " + strings.Repeat("k", 255) + "."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, p string) {
		toks, release := TokenizeAll([]string{p})
		defer release()
		for _, tk := range toks[0] {
			want := tk.Text(p)
			switch {
			case tk.vocab >= 0:
				want = vocabList[tk.vocab].lower
			case tk.Word:
				want = strings.TrimSuffix(want, ".")
			}
			if got := tk.Low(p); got != want {
				t.Fatalf("%q: Low of %q is %q, want %q", p, tk.Text(p), got, want)
			}
			wantLen := len(want)
			if tk.Folded || wantLen > 255 {
				wantLen = 0 // (not known without lowering, or too long)
			}
			if int(tk.LowLen) != wantLen {
				t.Fatalf("%q: %q has LowLen %d; Low is %q", p, tk.Text(p), tk.LowLen, want)
			}
		}
	})
}

// TestLoopAgreesWithStep checks appendTokens' loop, which reads plain
// words, ASCII marks and spaces itself, against appendStep alone,
// which reads every case: the same tokens, fields and all, for paragraphs
// of the tokenizer's cases cut at every length (so that each word meets
// the paragraph's end and each of the bytes that may follow it).
func TestLoopAgreesWithStep(t *testing.T) {
	ready()
	texts := []string{
		`Gen. Rahim Baig told the U.S. envoy, A.Q. Lodhi and Mr.Zardari: “Never.” Daniel J. Harlow wrote.`,
		`Of 250,000 cables, 1,204 came from Lusaka, 3,12 and 2009,10 did not; al-Hadi, O'Neill and AT&T agreed!`,
		`Qadir's aide and Lodhi’s wife, the rebels' - and then the country’s ’90s rock 'n' roll (Fernández, Ümit).`,
		"Mr. X. said \"no\" to ex-President Ruiz and then-Ambassador Lee, a\u00a0b\tc\u2003d... Why? Because.",
		`The Embassy's officers, said the cable, were "Blue Water" planners; a 1.5 m-long report, e.g. U.N.-led, 7.`,
		`Representatives of the Ambassadorial Committee cited 12345678, 123456789,000 and Undersecretaries. Afterwards.`,
	}
	for _, text := range texts {
		for n := 1; n <= len(text); n++ {
			p := text[:n]
			if !utf8.ValidString(p) {
				continue
			}
			got := appendTokens(nil, p)
			var want []Token
			for i := 0; i < len(p); {
				want, i = appendStep(want, p, i)
			}
			if len(got) != len(want) {
				t.Fatalf("%q: the loop made %d tokens, appendStep %d", p, len(got), len(want))
			}
			for k := range got {
				if got[k] != want[k] {
					t.Fatalf("%q: token %d %q: the loop made %+v, appendStep %+v", p, k, got[k].Text(p), got[k], want[k])
				}
			}
		}
	}
}

// TestGeneralMarks checks that each rune appendStep reads as a mark
// without decoding it (generalMark: U+2010 to U+2027) is a mark by the
// tests it is spared, neither a space nor a word's, and a token of its own
// before and after a word.
func TestGeneralMarks(t *testing.T) {
	for r := rune(0x2000); r <= 0x206F; r++ {
		s := string(r)
		if got, want := generalMark(s, 0), !isSpaceRune(r) && !IsWordRune(r) && r >= 0x2010 && r <= 0x2027; got != want {
			t.Errorf("generalMark(%U) = %v, want %v", r, got, want)
		}
		if !generalMark(s, 0) {
			continue
		}
		if !utf8.ValidString(s) || len(s) != 3 {
			t.Fatalf("%U is not three bytes", r)
		}
		p := "a " + s + "b" + s + " c" // (not between letters: ’ joins "country’s")
		if got, want := strings.Join(wordsOf(p), " "), "a "+s+" b "+s+" c"; got != want {
			t.Errorf("%q: got %s, want %s", p, got, want)
		}
	}
}
