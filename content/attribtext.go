package content

// A paragraph as attribution reads it: the words outside quotations, with
// each quotation standing in as one item, cut into sentences. Cues are
// only ever looked for outside the quote marks: the words a quote reports
// ("Kayani said …" inside a cable passage) never name its speaker.

// item is a word or punctuation token outside quotes, or a whole quote.
type item struct {
	tok   int // token index, or -1 for a quote
	quote int // index of the quote when tok is -1
}

// paraText is one paragraph prepared for attribution.
type paraText struct {
	text  string
	toks  []token
	items []item
	// sent[i] is the index of the first item of item i's sentence.
	sent []int
	// person[t] is the index+1 of the person a mention covering token t
	// names, 0 when none; owner[t] tells the mention is possessive.
	person []int
	owner  []bool
	// tokQuote[t] is the quote token t stands in, or -1.
	tokQuote []int
	// ends[i] tells a sentence ends after item i.
	ends []bool
}

// region is the stretch of one paragraph a quote covers, marks included.
type region struct{ start, end, quote int }

func newParaText(text string, toks []token, regions []region, ms []mention) *paraText {
	pt := &paraText{text: text, toks: toks, person: make([]int, len(toks)),
		owner: make([]bool, len(toks)), tokQuote: make([]int, len(toks)),
		items: make([]item, 0, len(toks)+len(regions))}
	for _, m := range ms {
		for t := m.tok; t < m.tokEnd; t++ {
			pt.person[t] = m.person + 1
			pt.owner[t] = m.poss
		}
	}
	r := 0
	for t, tk := range toks {
		for r < len(regions) && regions[r].end <= tk.start {
			r++
		}
		pt.tokQuote[t] = -1
		if r < len(regions) && tk.start >= regions[r].start {
			pt.tokQuote[t] = regions[r].quote
			if len(pt.items) == 0 || pt.items[len(pt.items)-1].tok >= 0 || pt.items[len(pt.items)-1].quote != regions[r].quote {
				pt.items = append(pt.items, item{tok: -1, quote: regions[r].quote})
			}
			continue
		}
		pt.items = append(pt.items, item{tok: t})
	}
	// a quote with no token inside (only marks) still stands as an item
	for _, rg := range regions {
		if !pt.hasQuote(rg.quote) {
			pt.insertQuote(rg)
		}
	}
	pt.sent = make([]int, len(pt.items))
	pt.ends = make([]bool, len(pt.items))
	start := 0
	for i := range pt.items {
		pt.sent[i] = start
		if pt.endsSentence(i) {
			pt.ends[i] = true
			start = i + 1
		}
	}
	return pt
}

func (pt *paraText) hasQuote(q int) bool {
	for _, it := range pt.items {
		if it.tok < 0 && it.quote == q {
			return true
		}
	}
	return false
}

func (pt *paraText) insertQuote(rg region) {
	at := len(pt.items)
	for i, it := range pt.items {
		if it.tok >= 0 && pt.toks[it.tok].start >= rg.end {
			at = i
			break
		}
	}
	pt.items = append(pt.items, item{})
	copy(pt.items[at+1:], pt.items[at:])
	pt.items[at] = item{tok: -1, quote: rg.quote}
}

// endsSentence reports whether a sentence ends after item i: a full stop,
// question or exclamation mark (or a quote ending in one) followed by a
// capitalised word, a quote, or the paragraph's end.
func (pt *paraText) endsSentence(i int) bool {
	it := pt.items[i]
	if it.tok >= 0 {
		s := pt.toks[it.tok].s
		if s != "." && s != "!" && s != "?" {
			return false
		}
	} else if !pt.quoteEndsSentence(it.quote) {
		return false
	}
	if i+1 >= len(pt.items) {
		return true
	}
	next := pt.items[i+1]
	return next.tok < 0 || pt.toks[next.tok].cap
}

// quoteEndsSentence reports whether the last word inside a quote is
// followed by . ! or ? before its closing mark.
func (pt *paraText) quoteEndsSentence(q int) bool {
	last := -1
	for t := range pt.toks {
		if pt.tokQuote[t] == q {
			last = t
		}
	}
	for t := last; t >= 0 && pt.tokQuote[t] == q; t-- {
		switch pt.toks[t].s {
		case ".", "!", "?", "…":
			return true
		}
		if pt.toks[t].word {
			return false
		}
	}
	return false
}

// quoteItem returns the item index of a quote in this paragraph, or -1.
func (pt *paraText) quoteItem(q int) int {
	for i, it := range pt.items {
		if it.tok < 0 && it.quote == q {
			return i
		}
	}
	return -1
}

// is reports whether item i is a word of one of the lists.
func (pt *paraText) is(i int, c wordClass) bool {
	return i >= 0 && i < len(pt.items) && pt.items[i].tok >= 0 && pt.toks[pt.items[i].tok].is(c)
}

// word returns the lower-case word of item i, or "" for quotes.
func (pt *paraText) word(i int) string {
	if i < 0 || i >= len(pt.items) || pt.items[i].tok < 0 {
		return ""
	}
	return pt.toks[pt.items[i].tok].lower
}

// tok returns the token of item i; ok is false for quotes.
func (pt *paraText) tok(i int) (token, bool) {
	if i < 0 || i >= len(pt.items) || pt.items[i].tok < 0 {
		return token{}, false
	}
	return pt.toks[pt.items[i].tok], true
}

// personAt returns the person (index) named at item i, or -1.
func (pt *paraText) personAt(i int) int {
	if i < 0 || i >= len(pt.items) || pt.items[i].tok < 0 {
		return -1
	}
	return pt.person[pt.items[i].tok] - 1
}

// sentenceEnd returns the index past the last item of item i's sentence.
func (pt *paraText) sentenceEnd(i int) int {
	for j := i; j < len(pt.items); j++ {
		if pt.ends[j] {
			return j + 1
		}
	}
	return len(pt.items)
}
