package quotes

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"cables/content/internal/spantest"
	"cables/content/lex"
	"cables/model"
)

// quotesOf runs the scanner over paragraphs separated by "¶" and returns
// the text of each quote found.
func quotesOf(text string) []string {
	paras := strings.Split(text, "¶")
	var got []string
	for _, q := range Scan(paras) {
		got = append(got, Text(paras, q.Spans))
	}
	return got
}

func TestScanQuotes(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"curly double", `The envoy called it “a steady partner” twice.`, []string{"a steady partner"}},
		{"a nickname between given name and surname", `The vote brought Porfirio “Pepe” Lobo to power, and he said it was “a new start.”`, []string{"a new start."}},
		{"a nickname before a particle opening the surname", `The vote brought Porvan “Pepe” da Kelmeni to power, and he said it was “a new start.”`, []string{"a new start."}},
		{"a nickname after known as", `He described the president, known universally as "Mel," as "impulsive."`, []string{"impulsive."}},
		{"a one-word quote after a verb stays", `The cable called him "Pepe" twice.`, []string{"Pepe"}},
		{"straight double", `He said "no deal" and left.`, []string{"no deal"}},
		{"guillemets", `Le texte dit «pas question» ici.`, []string{"pas question"}},
		{"low opener closed by high mark", `Er sagte „nein“ dazu.`, []string{"nein"}},
		{"doubled apostrophes as marks", `He said ''never again'' to them.`, []string{"never again"}},
		{"curly opener closed by two right single marks", `Mr Lane said he “would not care’’ what they wrote.`, []string{"would not care"}},
		{"apostrophes are not marks", `Oman’s minister and the cables’ authors met in the ’90s.`, nil},
		{"rock 'n' roll is not a quote", `They played rock 'n' roll all night.`, nil},
		{"single quotes as the main marks", `The memo says she runs the office ‘like a fiefdom’ now.`, []string{"like a fiefdom"}},
		{"single inside double", `“We faced a ‘shoe-string’ budget,” he said.`, []string{"We faced a ‘shoe-string’ budget,"}},
		{"nested single ends with the double", `He added "to the sense of 'excess'." Then he left.`, []string{"to the sense of 'excess'."}},
		{"same straight mark nested", `He wrote, "The navy's "Blue Water Plan" is mostly talk. It has never sailed."`,
			[]string{`The navy's "Blue Water Plan" is mostly talk. It has never sailed.`}},
		{"possessive before a quote", `A cable recorded the emir’s “constant requests for help.”`, []string{"constant requests for help."}},
		{"split quote gives two quotes", `“If it comes,” she said, “tell us first.”`, []string{"If it comes,", "tell us first."}},
		{"quote continued over paragraphs", `“One.” he said. “Two starts here.¶“Three goes on.¶“Four ends,” the note said.`,
			[]string{"One.", "Two starts here. Three goes on. Four ends,"}},
		{"open quote at paragraph end without continuation ends there", `He said “this runs to the end¶Next paragraph “closed” here.`,
			[]string{"this runs to the end", "closed"}},
		{"orphan closing mark does not shift later pairs", `A stray” mark, then “first” and “second”.`, []string{"first", "second"}},
		{"orphan opening mark does not swallow later quotes", `He called it “a mess. Later he said “fine” and “done” today.`, []string{"fine", "done"}},
		{"inch mark after a digit", `A 5" screen and "a real quote" here.`, []string{"a real quote"}},
		{"closing mark glued to a bracket", `They said "...no clear link."(Read more) after.`, []string{"...no clear link."}},
		{"closing mark glued to the next word", `“We will manage,”she said. “Fine.” Then he said,“next.” And "no lectures,"said the aide.`,
			[]string{"We will manage,", "Fine.", "next.", "no lectures,"}},
		{"a closing mark glued after a comma before a name and its verb", `“It is not carving his own legacy,”Ruiz allegedly said after the vote.`,
			[]string{"It is not carving his own legacy,"}},
		{"a glued mark after a comma before a pronoun and a verb of saying opens a quote inside", `“When I raised the port, the minister said,”You Americans said the same thing last year.” Then he left,” the envoy wrote.`,
			[]string{`When I raised the port, the minister said,”You Americans said the same thing last year.” Then he left,`}},
		{"a glued mark after a comma before a possessive, or before a verb of saying that takes a clause, opens a quote inside", `“When I raised the port, the king said,”My son told me never to trust the Americans.” Then he laughed,” Ruiz wrote. “Every week my minister says,”The envoy said we must reform,” and I send him away,” the king added.`,
			[]string{`When I raised the port, the king said,”My son told me never to trust the Americans.” Then he laughed,`, `Every week my minister says,”The envoy said we must reform,” and I send him away,`}},
		{"a glued mark after 'what the ambassador said' or 'As I said' closes the quote", `“That is not what the ambassador said,”Qadir told reporters. “As I said,”Qadir added.`,
			[]string{"That is not what the ambassador said,", "As I said,"}},
		{"a glued mark after the quote's own 'what I said' or 'what you are told' closes it", `“That is not what I said,”Qadir told reporters. “The ambassador invented it.” “Do what you are told,”the king had warned him.`,
			[]string{"That is not what I said,", "The ambassador invented it.", "Do what you are told,"}},
		{"a glued mark after a verb of saying and a comma opens the quote inside, whatever follows", `“At the meal the prince said,”Ambassador Reed told me the base will close.” We were stunned,” Qadir said. “Then he said,”The Americans said that they would leave.” I did not believe him,” Qadir added.`,
			[]string{`At the meal the prince said,”Ambassador Reed told me the base will close.” We were stunned,`, `Then he said,”The Americans said that they would leave.” I did not believe him,`}},
		{"a glued mark after a comma closes before a cue that tells me, says that evening, or names Her Majesty's envoy", `“We never took a cent,”Omar Qadir told me in an interview. “Go home,”Qadir said that evening. “Leave,”Her Majesty’s ambassador wrote in 2008.`,
			[]string{"We never took a cent,", "Go home,", "Leave,"}},
		{"a glued mark after a comma before a determiner and a cue closes", `“We have not seen the cables,”The ministry's spokesman, Dario Fell, said on Friday.`,
			[]string{"We have not seen the cables,"}},
		{"a glued mark after a comma before a determiner opens a quote inside", `“Every week my minister says,”The American envoy has warned us again,” and I send him away,” the king told the envoy.`,
			[]string{`Every week my minister says,”The American envoy has warned us again,” and I send him away,`}},
		{"a curly closing mark glued after a comma before a capital opens a quote inside", `“When I raised it, the king said,”You Americans always want something.” Then he left,” the envoy wrote.`,
			[]string{`When I raised it, the king said,”You Americans always want something.” Then he left,`}},
		{"a straight closing mark glued to the next word after a sentence's end", `"An inquiry will now be opened."The leaks, "all of them," go on.`,
			[]string{"An inquiry will now be opened.", "all of them,"}},
		{"a straight mark glued after a comma inside a straight quote opens one", `"When I raised it, the king said,"You Americans always want something." Then he left," the envoy wrote.`,
			[]string{`When I raised it, the king said,"You Americans always want something." Then he left,`}},
		{"unicode ellipsis inside", `She is “popular… but tired”.`, []string{"popular… but tired"}},
		{"single-quoted continuation", `Lee said: 'The first part.¶'The second part,' he added.`, []string{"The first part. The second part,"}},
		{"unclosed single mark is an apostrophe", `They talked 'bout it ’til dawn.¶Then “real” words.`, []string{"real"}},
		{"single guillemets", `Il a dit ‹non› hier.`, []string{"non"}},
		{"low single opener closed by a high mark", `Er sagte ‚nie‘ dazu.`, []string{"nie"}},
		{"reversed guillemets", `Han sagde »aldrig« igen.`, []string{"aldrig"}},
		{"backticks and doubled apostrophes", "He said ``not now'' again.", []string{"not now"}},
		{"chinese closing mark after a full stop", `部长说：“双方意见对齐。”结束后，他又说“再见”。`, []string{"双方意见对齐。", "再见"}},
		{"japanese corner brackets between letters", `大使は「問題ない」と述べた。`, []string{"問題ない"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := quotesOf(tc.text); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestContinuationIsOneQuoteWithSpans(t *testing.T) {
	paras := []string{`Lee said: “First part.`, `“Second part,” he said.`}
	qs := Scan(paras)
	if len(qs) != 1 || len(qs[0].Spans) != 2 {
		t.Fatalf("got %+v, want one quote with two spans", qs)
	}
	if qs[0].Spans[0].Paragraph != 0 || qs[0].Spans[1].Paragraph != 1 {
		t.Errorf("spans in paragraphs %d and %d, want 0 and 1", qs[0].Spans[0].Paragraph, qs[0].Spans[1].Paragraph)
	}
}

// checkSpans checks the spans of the quotes found; see spantest.Check.
func checkSpans(t *testing.T, paras []string, qs []Found) {
	t.Helper()
	spans := make([][]model.Span, len(qs))
	for i, q := range qs {
		spans[i] = q.Spans
	}
	spantest.Check(t, paras, spans)
}

func FuzzScanQuotes(f *testing.F) {
	for _, seed := range []string{
		`“One.” he said. “Two.¶“Three.”`, `He said "a "b" c" d`, `‘x’ ’90s 'n' ''y'' „z“ «w»`,
		`“a ‘b” c’`, "\"\"\"\"¶\"", `“If,” she said, “then.”`, "’’“‘'\"`",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		paras := strings.Split(text, "¶")
		checkSpans(t, paras, Scan(paras))
	})
}

// TestSkipPlain checks that the eight-byte skip stops exactly at the
// first byte that may start a mark (a non-ASCII byte, ", ' or `), for
// every byte value at every place, and leaves the last bytes, fewer than
// eight, to the scan.
func TestSkipPlain(t *testing.T) {
	mayStart := func(c byte) bool { return c >= 0x80 || c == '"' || c == '\'' || c == '`' }
	firstMayStart := func(p string, i int) int {
		for ; i+8 <= len(p); i += 8 {
			for k := i; k < i+8; k++ {
				if mayStart(p[k]) {
					return k
				}
			}
		}
		return i
	}
	for c := 0; c < 256; c++ {
		for at := 0; at < 20; at++ {
			b := []byte("plain text, no mark")
			b[at%len(b)] = byte(c)
			p := string(b)
			for from := 0; from < len(p); from++ {
				if got, want := skipPlain(p, from), firstMayStart(p, from); got != want {
					t.Errorf("skipPlain(%q, %d) = %d, want %d", p, from, got, want)
				}
			}
		}
	}
}

// TestAppendAllocations checks that scanning allocates only the story's
// span lists: one array carved into the quotes' first spans, and one for
// the quote continued into a second paragraph. A quote still open at a
// paragraph's end costs no allocation of its own.
func TestAppendAllocations(t *testing.T) {
	paras := []string{
		`Lee said: “First part.`,
		`“Second part,” he said. He added: “Left open.`,
		`A paragraph with no quote, and Ruiz's 'own' apostrophe.`,
		`Ruiz wrote “one” and “two”, and then ‘three.`,
	}
	// (the lexer's vocabulary is built on another core from the start;
	// wait for it, so that its allocations are not counted as Append's
	// on a loaded machine)
	lex.Prepare()
	out := make([]Found, 0, 16)
	if qs := Append(out, paras); len(qs) != 5 {
		t.Fatalf("got %d quotes, want 5: %+v", len(qs), qs)
	}
	if n := testing.AllocsPerRun(20, func() { Append(out, paras) }); n > 2 {
		t.Errorf("Append made %.0f allocations, want at most 2", n)
	}
}
