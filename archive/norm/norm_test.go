package norm

import (
	"strings"
	"testing"
)

func forms(ts []Token) string {
	var f []string
	for _, t := range ts {
		w := t.Form
		if t.Gap {
			w = "…" + w
		}
		if t.Optional {
			w = "?" + w
		}
		f = append(f, w)
	}
	return strings.Join(f, " ")
}

func TestCableWords(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"case and punctuation fold", `The "Minister" said: GO!`, "the minister said go"},
		{"U.S. and US are one word", "the U.S. and US envoys", "the us and us envoys"},
		{"comma for an apostrophe", "General Kayani,s move; don,t", "general kayanis move dont"},
		{"Q for an apostrophe", "heQs sure they donQt", "hes sure they dont"},
		{"Q for lost letters stays", "willQg", "willqg"},
		{"curly apostrophe", "Pakistan’s army", "pakistans army"},
		{"hyphens split", "sit-ups and self-appointed", "sit ups and self appointed"},
		{"paragraph number dropped", "8. (C) Petraeus said", "petraeus said"},
		{"lettered paragraph dropped", "¶B. (S/NF) This list", "this list"},
		{"portion markings dropped", "Summary: (C) In a (S//NF) meeting", "summary in a meeting"},
		{"page line inside a sentence", "he had taken no\nISLAMABAD 00000155 003 OF 003\naction", "he had taken no action"},
		{"section banner inside a sentence", "the\nC O N F I D E N T I A L SECTION 02 OF 03 TUNIS 000492\nregime", "the regime"},
		{"thousands and decimals", "6,000 troops and $1.5 billion", "6000 troops and 15 billion"},
		{"a wrapped year is not a paragraph number", "in\n2009. The", "in 2009 the"},
		{"letters past ASCII fold inside a word", "NAÏVE CafÉ Qatar's", "naïve café qatars"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := forms(Cable(tc.in)); got != tc.want {
				t.Errorf("Cable(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestStoryWords(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"ellipsis is a gap", "rights problems... The problem", "rights problems …the problem"},
		{"unicode ellipsis", "votebase… she is", "votebase …she is"},
		{"leading dots", "...there was", "…there was"},
		{"bracketed insertion optional", "a tactitian [sic] and", "a tactitian ?sic and"},
		{"parenthesised gloss optional", "the GOT (government of Tunisia) brooks", "the got ?government ?of ?tunisia brooks"},
		{"long parenthesis is text", "(one two three four five six) end", "one two three four five six end"},
		{"abbreviation at the end", "a close U.S. ally", "a close us ally"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := forms(Story(tc.in)); got != tc.want {
				t.Errorf("Story(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestOffsetsPointAtTheWords(t *testing.T) {
	text := "8. (C) Kayani,s U.S. visit ... “ended”"
	for _, tok := range append(Cable(text), Story(text)...) {
		if tok.Start < 0 || tok.End > len(text) || tok.Start >= tok.End {
			t.Fatalf("token %+v outside %q", tok, text)
		}
		if tok.Form == "ended" && text[tok.Start:tok.End] != "ended" {
			t.Errorf("span of %q is %q", tok.Form, text[tok.Start:tok.End])
		}
	}
}

func FuzzTokens(f *testing.F) {
	f.Add("8. (C) Kayani,s U.S. visit ... [sic] (the then) heQs")
	f.Add("ISLAMABAD 00000155 003 OF 003\n¶B. x")
	f.Fuzz(func(t *testing.T, text string) {
		for _, ts := range [][]Token{Cable(text), Story(text)} {
			last := 0
			for _, tok := range ts {
				if tok.Start < last || tok.End <= tok.Start || tok.End > len(text) || tok.Form == "" {
					t.Fatalf("bad token %+v in %q", tok, text)
				}
				last = tok.End
			}
		}
	})
}

func TestIndexFormsAreTheTokens(t *testing.T) {
	text := "8. (C) Kayani,s U.S. visit\nISLAMABAD 00000155 002 OF 003\nheQs ¶ done-deal 6,000"
	var want []string
	for _, tok := range Cable(text) {
		want = append(want, tok.Form)
	}
	if got := string(AppendCableForms(nil, text)); got != strings.Join(want, " ") {
		t.Errorf("forms %q, tokens %q", got, want)
	}
}
