package model

import (
	"cmp"
	"encoding/binary"
	"math"
	"math/bits"
	"runtime"
	"slices"
	"strings"
	"sync"
)

// A wordIndex lists, for a run of stories, every word of their folded
// bodies and which stories hold it, how many times and where first and
// last, so that a filter finds how well a term is in a body, and whether
// a phrase is, without reading the body (issue 14: at 100,000 stories,
// reading every body for a word typed on was 25-150 ms a keystroke). A
// word is what lies between ASCII spaces and line breaks: a query's terms
// hold none, so a term found in a body is found inside one word, and
// whether it starts or ends a word there shows in the word.
//
// An index is made once for its stories and never changed, so finders
// made for a growing library share it.
type wordIndex struct {
	// words holds the distinct words, each followed by a line break (which
	// no term holds, so no match runs over two); word w starts at
	// starts[w].
	words  string
	starts []int32
	// data holds the postings of word w from posts[w] to posts[w+1]: for
	// each story holding it, by number, the uvarints of the number less
	// the last one's, of how many times, of where it is first in the body
	// and of how far on it is last.
	posts  []int32
	data   []byte
	common []uint64 // bit w: word w is common
	// follows are the words that follow each common word and a space,
	// and where: a phrase that starts with a common word ("the a", "the
	// am") is found in every story that holds it, and where, without
	// reading the text.
	follows
	// ones is how well each letter and digit is in each story, as
	// findIn says (oneCode numbers them). A term of one letter, which
	// many words hold (each word typed starts as one), is answered from
	// it.
	ones howTable
	// twos is the same for each pair of letters, in a body or the people
	// (empty in other fields): a term of two letters is in so many words
	// ("th": the, that, with, other…) that it was answered by reading the
	// bodies (issue 14, 11: 70-95 ms a keystroke at 100,000 stories), and
	// in so many names that looking through them was two thirds of the
	// lookup of "am" after "the " (issue 14: 'the am' 32-34 CPU-ms a
	// letter in the reader, 27 with the people's).
	twos howTable
	// terms are the common words of a body and their beginnings of three
	// bytes or more, which the words typed before them are (the, said),
	// and termHows how well each is in each story, as findIn says: two
	// bits each, termSize bytes a story. Each is in so many words that it
	// was answered by reading the bodies (issue 14, 11: "the" was 68-109
	// ms a keystroke at 100,000 stories).
	terms    []string
	termHows howTable
}

// howTable is how well each of some codes (a letter, a pair of letters,
// a term) is in each story of an index, as findIn says: two bits a story,
// in a column of them for each code, so that a term answered from it
// reads its column only, in story order (issue 14: with a row of every
// code a story, the 'am' of 'the am' read a byte in every 169 of the
// pairs, a cache miss a story, more than a quarter of the letter).
type howTable struct {
	col  int // bytes of a column: four stories a byte
	data []byte
}

// newHowTable is a table of codes columns for so many stories, each
// story's how 0 (not found).
func newHowTable(codes, stories int) howTable {
	col := (stories + 3) / 4
	return howTable{col: col, data: make([]byte, codes*col)}
}

// set makes how well code j is in story k how; it was 0.
func (t howTable) set(j, k int, how uint8) { t.data[j*t.col+k/4] |= how << (2 * (k % 4)) }

// get is how well code j is in story k.
func (t howTable) get(j, k int) uint8 { return t.data[j*t.col+k/4] >> (2 * (k % 4)) & 3 }

// column is code j's column: story k's how in bits 2(k%4) of byte k/4.
func (t howTable) column(j int) []byte { return t.data[j*t.col : (j+1)*t.col] }

// empty tells a table of no codes.
func (t howTable) empty() bool { return len(t.data) == 0 }

// oneCode numbers the letters and digits, -1 for other bytes.
var oneCode = func() (code [256]int8) {
	for c := range code {
		code[c] = -1
	}
	for c := 'a'; c <= 'z'; c++ {
		code[c] = int8(c - 'a')
	}
	for c := '0'; c <= '9'; c++ {
		code[c] = int8(26 + c - '0')
	}
	return code
}()

// onesIn is how well each letter and digit is in text, as findIn says:
// from its first maxLooks matches.
func onesIn(text string) (best [36]uint8) {
	var n [36]uint8
	for i := 0; i < len(text); i++ {
		j := oneCode[text[i]]
		if j < 0 || n[j] == maxLooks || best[j] == foundWord {
			continue
		}
		n[j]++
		best[j] = max(best[j], howFound(text, i, 1))
	}
	return best
}

// howFound is how a term of n bytes found at text[i] stands there, as
// findIn says: inside a word, at a word's start, or a word of its own.
func howFound(text string, i, n int) uint8 {
	if i > 0 && isWordByte(text[i-1]) {
		return foundInside
	}
	if i+n == len(text) || !isWordByte(text[i+n]) {
		return foundWord
	}
	return foundWordStart
}

// pairs is how many pairs of letters there are.
const pairs = 26 * 26

// twoCode numbers a term of two letters, -1 for any other term.
func twoCode(term string) int {
	if len(term) != 2 || term[0]-'a' >= 26 || term[1]-'a' >= 26 {
		return -1
	}
	return int(term[0]-'a')*26 + int(term[1]-'a')
}

// twosIn is how well each pair of letters is in text, as findIn says:
// from its first maxLooks matches.
func twosIn(text string, best *[pairs]uint8) {
	var n [pairs]uint8
	*best = [pairs]uint8{}
	for i := 0; i+1 < len(text); i++ {
		a, b := text[i]-'a', text[i+1]-'a'
		if a >= 26 || b >= 26 {
			continue
		}
		j := int(a)*26 + int(b)
		if n[j] == maxLooks || best[j] == foundWord {
			continue
		}
		n[j]++
		best[j] = max(best[j], howFound(text, i, 2))
	}
}

// two is how well the pair of letters of code j is in story k.
func (ix *wordIndex) two(k, j int) uint8 { return ix.twos.get(j, k) }

// one is how well the letter or digit of code j is in story k.
func (ix *wordIndex) one(k int, j int8) uint8 { return ix.ones.get(int(j), k) }

// commonShare is the share of an index's stories a word is held by, at
// least, to be common: the few words a phrase is most often typed after,
// whose follows are kept.
const commonShare = 2

// mostCommon is how many words at most are common in an index.
const mostCommon = 16

// follows lists, for each common word, the words that follow it and a
// space (a word that starts right after one space byte) in the stories
// of an index, and in which stories and first where: the first place of
// the common word so followed.
type follows struct {
	// followWord are the common words, by number in the index, in order;
	// followWord[c] is followed by the words of groups followFrom[c] to
	// followFrom[c+1], one a group, in the order of their text
	// (followNext), whose stories are in followData from followAt[g] to
	// followAt[g+1]: for each, in order, the uvarints of its number less
	// the last one's and of the place.
	followWord []int32
	followFrom []int32
	followNext []int32
	followAt   []int32
	followData []byte
}

// A seqWord is a word met in a text, where, and whether it follows the
// word before it and one space.
type seqWord struct {
	w, pos  int32
	follows bool
}

// followed calls fn with each word of the index that follows common word
// w and a space and starts with key (is key, when whole), each story k
// where it does, and the first place there of w so followed.
func (ix *wordIndex) followed(w int, key string, whole bool, fn func(next string, k int, place int32)) {
	c, ok := slices.BinarySearch(ix.followWord, int32(w))
	if !ok {
		return
	}
	groups := ix.followNext[ix.followFrom[c]:ix.followFrom[c+1]]
	g, _ := slices.BinarySearchFunc(groups, key, func(next int32, key string) int {
		return strings.Compare(ix.word(int(next)), key)
	})
	for ; g < len(groups); g++ {
		next := ix.word(int(groups[g]))
		if !strings.HasPrefix(next, key) || whole && len(next) != len(key) {
			return
		}
		at := int(ix.followFrom[c]) + g
		data := ix.followData[ix.followAt[at]:ix.followAt[at+1]]
		k := 0
		for len(data) > 0 {
			d, n := uint64(data[0]), 1
			if d >= 0x80 {
				d, n = uvarint(data)
			}
			place, n2 := uint64(data[n]), 1
			if place >= 0x80 {
				place, n2 = uvarint(data[n:])
			}
			data = data[n+n2:]
			k += int(d)
			fn(next, k, int32(place))
		}
	}
}

// A followMet is a common word followed by a word in a story: the
// common word's number among them (6 bits: 2×mostCommon at most), the
// word's (31) and the story's (27) in key, and where.
type followMet struct {
	key   uint64
	place int32
}

// A followGroup is a common word c's, followed by next, in met[from:to].
type followGroup struct{ c, next, from, to int32 }

// word is word w of the index.
func (ix *wordIndex) word(w int) string { return ix.words[ix.starts[w] : ix.starts[w+1]-1] }

// makeFollows writes the follows of the index's common words, from the
// words of its stories in order, story k's from seq[from[k]] to
// seq[from[k+1]].
func (ix *wordIndex) makeFollows(work *indexWork, seq []seqWord, from []int32) {
	for w := range len(ix.starts) - 1 {
		if ix.isCommon(w) {
			ix.followWord = append(ix.followWord, int32(w))
		}
	}
	if len(ix.followWord) == 0 {
		return
	}
	// met: (common word, next word, story) and the place, sorted; the
	// first of each is the one kept
	met := work.follow[:0]
	for k := range len(from) - 1 {
		words := seq[from[k]:from[k+1]]
		for j := 1; j < len(words); j++ {
			if !words[j].follows || !ix.isCommon(int(words[j-1].w)) {
				continue
			}
			c, _ := slices.BinarySearch(ix.followWord, words[j-1].w)
			met = append(met, followMet{uint64(c)<<58 | uint64(words[j].w)<<27 | uint64(k), words[j-1].pos})
		}
	}
	work.follow = met
	slices.SortFunc(met, func(a, b followMet) int {
		if a.key != b.key {
			return cmp.Compare(a.key, b.key)
		}
		return cmp.Compare(a.place, b.place)
	})
	// groups, as met, then each common word's in the order of their text
	groups := work.groups[:0]
	for i := 0; i < len(met); {
		j := i + 1
		for j < len(met) && met[j].key>>27 == met[i].key>>27 {
			j++
		}
		groups = append(groups, followGroup{int32(met[i].key >> 58), int32(met[i].key >> 27 & (1<<31 - 1)), int32(i), int32(j)})
		i = j
	}
	work.groups = groups
	slices.SortFunc(groups, func(a, b followGroup) int {
		if a.c != b.c {
			return int(a.c - b.c)
		}
		return strings.Compare(ix.word(int(a.next)), ix.word(int(b.next)))
	})
	ix.followFrom = make([]int32, len(ix.followWord)+1)
	ix.followNext = make([]int32, len(groups))
	ix.followAt = make([]int32, len(groups)+1)
	data := work.data[:0]
	for g, gr := range groups {
		ix.followFrom[gr.c+1]++
		ix.followNext[g] = gr.next
		ix.followAt[g] = int32(len(data))
		last := -1
		for _, m := range met[gr.from:gr.to] {
			k := int(m.key & (1<<27 - 1))
			if k == last {
				continue // a later place in the same story
			}
			data = binary.AppendUvarint(data, uint64(k-max(last, 0)))
			data = binary.AppendUvarint(data, uint64(m.place))
			last = k
		}
	}
	ix.followAt[len(groups)] = int32(len(data))
	for c := 1; c < len(ix.followFrom); c++ {
		ix.followFrom[c] += ix.followFrom[c-1]
	}
	work.data, ix.followData = data, slices.Clone(data)
}

// isCommon tells a common word.
func (ix *wordIndex) isCommon(w int) bool { return ix.common[w/64]&(1<<(w%64)) != 0 }

// indexSize is how many stories one index holds: small enough to make
// while a library arrives, large enough that a term's search of the words
// is short next to the stories it answers for.
const indexSize = 1024

// A storyIndex is a run of stories and the indexes of their fields: title,
// people, outlet and body, as a Finder folds them.
type storyIndex struct {
	stories []*Story // by their number in the indexes
	fields  [4]*wordIndex
}

// newStoryIndex indexes stories, whose folds are folds and whose folded
// bodies are bodies, with works' scratch.
func newStoryIndex(stories []*Story, folds []*foldedStory, bodies []string, works *indexWorks) *storyIndex {
	ix := &storyIndex{stories: stories}
	texts := make([]string, len(folds))
	for f := range ix.fields {
		for k, s := range folds {
			if f == body {
				texts[k] = bodies[k]
			} else {
				texts[k] = s.field(f)
			}
		}
		ix.fields[f] = newWordIndex(texts, f == body, f == peopleField, works)
	}
	return ix
}

// A holding is a word in one story's text: how many times, where the
// last time is, and where its first maxLooks times are in places.
type holding struct {
	word, story, times, last, at int32
}

// maxLooks is how many matches findIn looks at, so how many places of a
// word matter to it: each place is at least one match.
const maxLooks = 8

// indexWork is what making a word index needs and does not keep, kept in
// a pool for the next: a library's indexes are made one after another,
// and at 100,000 stories what each threw away was 2 GB for the collector,
// with the library near the heap's ceiling.
//
// The pool is the indexing's own (Finder.index), not a sync.Pool: that
// kept its 60-140 MB of scratch live through the first
// collection after the last index was made, which at 100,000 stories
// was the one while a filter was typed, so the next came that much
// sooner, a second or two of CPU (issue 14, 11).
type indexWork struct {
	held         []holding
	places, slot []int32
	data         []byte // postings being written
	story        []met
	byWord, at   []int32
	words        wordSet
	text         []byte // the bodies being indexed (Finder.index)
	// the words of the texts in order, where each text's start (seqFrom),
	// and the follows being made of them
	seq     []seqWord
	seqFrom []int32
	follow  []followMet
	groups  []followGroup
}

// met is a word met in a story: its holding and where.
type met struct{ h, pos int32 }

// indexWorks are the scratch of one indexing: a list, not a sync.Pool,
// as the runtime keeps a pool's contents through a collection even once
// nothing else holds the pool.
type indexWorks struct {
	mu   sync.Mutex
	free []*indexWork
}

func newIndexWorks() *indexWorks { return new(indexWorks) }

// get is a work to use, put back when done.
func (w *indexWorks) get() *indexWork {
	w.mu.Lock()
	defer w.mu.Unlock()
	if n := len(w.free); n > 0 {
		work := w.free[n-1]
		w.free = w.free[:n-1]
		return work
	}
	return new(indexWork)
}

// put gives back a work got.
func (w *indexWorks) put(work *indexWork) {
	w.mu.Lock()
	w.free = append(w.free, work)
	w.mu.Unlock()
}

// newWordIndex indexes texts, the same field of each story, and how well
// each letter and digit is in each, with the words that follow common
// words when withCommon (bodies: a title is read soon), and how well each
// pair of letters is when withCommon or withTwos.
func newWordIndex(texts []string, withCommon, withTwos bool, works *indexWorks) *wordIndex {
	work := works.get()
	defer works.put(work)
	size := 0
	for _, text := range texts {
		size += len(text)
	}
	words := &work.words
	words.reset()
	held := slices.Grow(work.held[:0], size/10)
	places := slices.Grow(work.places[:0], size/6)
	story, slot := work.story[:0], work.slot[:0]
	seq, seqFrom := work.seq[:0], work.seqFrom[:0]
	defer func() {
		work.held, work.places, work.story, work.slot = held, places, story, slot
		work.seq, work.seqFrom = seq, seqFrom
	}()
	for local, text := range texts {
		first := len(held)
		story = story[:0]
		seqFrom = append(seqFrom, int32(len(seq)))
		end := -2 // where the word before ends
		for i := 0; i < len(text); {
			for i < len(text) && isSpaceByte(text[i]) {
				i++
			}
			start := i
			for i < len(text) && !isSpaceByte(text[i]) {
				i++
			}
			if start == i {
				break
			}
			w := words.id(text[start:i])
			if int(w) == len(slot) {
				slot = append(slot, -1)
			}
			h := slot[w]
			if h < 0 {
				h = int32(len(held))
				slot[w] = h
				held = append(held, holding{word: w, story: int32(local)})
			}
			held[h].times++
			held[h].last = int32(start)
			if held[h].times <= maxLooks {
				story = append(story, met{h, int32(start)})
			}
			if withCommon {
				seq = append(seq, seqWord{w, int32(start), end+1 == start && text[end] == ' '})
			}
			end = i
		}
		at := int32(len(places))
		for k := first; k < len(held); k++ {
			held[k].at = at
			at += min(held[k].times, maxLooks)
			slot[held[k].word] = -1
		}
		places = slices.Grow(places, int(at)-len(places))[:at]
		for _, m := range story {
			h := &held[m.h]
			places[h.at] = m.pos
			h.at++
		}
		for k := first; k < len(held); k++ {
			held[k].at -= min(held[k].times, maxLooks)
		}
	}
	stories := 0 // none common
	if withCommon {
		stories = len(texts)
	}
	ix := encodeIndex(work, words.list, held, places, stories)
	ix.ones = newHowTable(len(onesIn("")), len(texts))
	for k, text := range texts {
		for j, how := range onesIn(text) {
			if how != 0 {
				ix.ones.set(j, k, how)
			}
		}
	}
	if withCommon || withTwos {
		ix.twos = newHowTable(pairs, len(texts))
		var best [pairs]uint8
		for k, text := range texts {
			twosIn(text, &best)
			for j, how := range best {
				if how != 0 {
					ix.twos.set(j, k, how)
				}
			}
		}
	}
	if withCommon {
		ix.answerTerms(words.list, held, places, len(texts))
		seqFrom = append(seqFrom, int32(len(seq)))
		ix.makeFollows(work, seq, seqFrom)
	}
	return ix
}

// encodeIndex writes the holdings of each word, in story order, as its
// postings; the words held by a commonShare of stories, of so many, are
// common (none when stories is 0).
func encodeIndex(work *indexWork, words []string, held []holding, places []int32, stories int) *wordIndex {
	at := slices.Grow(work.at[:0], len(words)+1)[:len(words)+1] // a counting sort by word
	clear(at)
	for _, h := range held {
		at[h.word+1]++
	}
	for w := 1; w < len(at); w++ {
		at[w] += at[w-1]
	}
	byWord := slices.Grow(work.byWord[:0], len(held))[:len(held)]
	work.at, work.byWord = at, byWord
	for k, h := range held {
		byWord[at[h.word]] = int32(k)
		at[h.word]++
	}
	ix := &wordIndex{starts: make([]int32, 0, len(words)+1), posts: make([]int32, 0, len(words)+1),
		common: make([]uint64, (len(words)+63)/64)}
	holders := func(w int) int { // at[w] is where word w's holdings end
		if w == 0 {
			return int(at[0])
		}
		return int(at[w] - at[w-1])
	}
	var common []int
	for w := range words {
		if stories > 0 && commonShare*holders(w) >= stories {
			common = append(common, w)
		}
	}
	slices.SortFunc(common, func(a, b int) int { return holders(b) - holders(a) })
	common = common[:min(len(common), mostCommon)]
	for _, w := range common {
		ix.common[w/64] |= 1 << (w % 64)
	}
	if len(common) > 0 {
		ix.markQuoted(words, common, holders, stories)
	}
	var b strings.Builder
	for _, w := range words {
		ix.starts = append(ix.starts, int32(b.Len()))
		b.WriteString(w)
		b.WriteByte('\n')
	}
	ix.starts = append(ix.starts, int32(b.Len()))
	ix.words = b.String()
	ix.data = work.data[:0] // copied out at its size when written
	k := 0
	for w := range words {
		ix.posts = append(ix.posts, int32(len(ix.data)))
		last := int32(0)
		for ; k < len(byWord) && held[byWord[k]].word == int32(w); k++ {
			h := &held[byWord[k]]
			ix.data = binary.AppendUvarint(ix.data, uint64(h.story-last))
			ix.data = binary.AppendUvarint(ix.data, uint64(h.times))
			pos := int32(0)
			for _, p := range places[h.at : h.at+min(h.times, maxLooks)] {
				ix.data = binary.AppendUvarint(ix.data, uint64(p-pos))
				pos = p
			}
			if h.times > maxLooks {
				ix.data = binary.AppendUvarint(ix.data, uint64(h.last-pos))
			}
			last = h.story
		}
	}
	ix.posts = append(ix.posts, int32(len(ix.data)))
	// of its own size: made to the size of a guess, the slack was 10 MB
	// of 370 at 100,000 stories
	work.data, ix.data = ix.data, slices.Clone(ix.data)
	return ix
}

// quotedShare is the share of an index's stories a common word after
// a quote mark or a bracket ('"the') is held by, at least, to be common
// too: in bodies that quote cables it is in most, once or twice, and a
// phrase typed after the word ("the a") read the text after each place
// (issue 14, 11: at 100,000 stories, 14 of "the a"'s 48 CPU-ms).
const quotedShare = 16

// markQuoted makes common, of the words that are a common word after
// bytes that are not a word's (quote marks, brackets), those held by a
// quotedShare of the stories, mostCommon at most.
func (ix *wordIndex) markQuoted(words []string, common []int, holders func(w int) int, stories int) {
	isCommon := make(map[string]bool, len(common))
	for _, w := range common {
		isCommon[words[w]] = true
	}
	marked := 0
	for w, word := range words {
		i := 0
		for i < len(word) && !isWordByte(word[i]) {
			i++
		}
		if i == 0 || i == len(word) || !isCommon[word[i:]] || quotedShare*holders(w) < stories {
			continue
		}
		ix.common[w/64] |= 1 << (w % 64)
		if marked++; marked == mostCommon {
			return
		}
	}
}

// maxTerms bounds the terms answered for every story of an index.
const maxTerms = 48

// answerTerms finds the common words' beginnings (terms) and how well
// each is in each of the stories, from where the words that hold it are
// first (held, places: a word met more than maxLooks times is met so
// many times before, each a match).
func (ix *wordIndex) answerTerms(words []string, held []holding, places []int32, stories int) {
	for w, word := range words {
		if !ix.isCommon(w) || !isWordByte(word[0]) { // not '"the'
			continue
		}
		for n := 3; n <= len(word) && len(ix.terms) < maxTerms; n++ {
			if !slices.Contains(ix.terms, word[:n]) {
				// a copy: the word is in a buffer of bodies used again
				ix.terms = append(ix.terms, strings.Clone(word[:n]))
			}
		}
	}
	if len(ix.terms) == 0 {
		return
	}
	type termLooks struct {
		term  int
		looks []look
	}
	in := make([][]termLooks, len(words)) // by word: the terms it holds
	for t, term := range ix.terms {
		ix.wordsHolding(term, func(w, _ int) {
			in[w] = append(in[w], termLooks{t, inWord(words[w], term)})
		})
	}
	ix.termHows = newHowTable(len(ix.terms), stories)
	first := make([][maxLooks]look, len(ix.terms))
	n := make([]uint8, len(ix.terms))
	add := func(t int, l look) { // as firstLooks.add
		ls := &first[t]
		if n[t] == maxLooks && l.pos > ls[maxLooks-1].pos {
			return
		}
		i := min(int(n[t]), maxLooks-1)
		for i > 0 && ls[i-1].pos > l.pos {
			ls[i] = ls[i-1]
			i--
		}
		ls[i] = l
		n[t] = min(n[t]+1, maxLooks)
	}
	end := func(k int) {
		for t := range ix.terms {
			best := uint8(0)
			for _, l := range first[t][:n[t]] {
				best = max(best, l.how)
			}
			if best != 0 {
				ix.termHows.set(t, k, best)
			}
		}
		clear(n)
	}
	story := int32(-1)
	for _, h := range held {
		if h.story != story {
			if story >= 0 {
				end(int(story))
			}
			story = h.story
		}
		for _, tl := range in[h.word] {
			for _, p := range places[h.at : h.at+min(h.times, maxLooks)] {
				for _, l := range tl.looks {
					add(tl.term, look{p + l.pos, l.how})
				}
			}
		}
	}
	if story >= 0 {
		end(int(story))
	}
}

// termHow is how well term t of the index's terms is in story k.
func (ix *wordIndex) termHow(k, t int) uint8 {
	return ix.termHows.get(t, k)
}

// A posting is one story's holding of a word, as read from the index:
// how many times, and where the first maxLooks times are and the last.
type posting struct {
	story, times, last int
	places             [maxLooks]int32
}

// postings reads word w's postings of the stories k a finder wants:
// at[k] >= 0 and, unless want is nil, want[at[k]].
func (ix *wordIndex) postings(w int, at []int32, want []bool, each func(p *posting)) {
	data := ix.data[ix.posts[w]:ix.posts[w+1]]
	var p posting
	for len(data) > 0 {
		d, n := uint64(data[0]), 1
		if d >= 0x80 {
			d, n = uvarint(data)
		}
		t, n2 := uint64(data[n]), 1
		if t >= 0x80 {
			t, n2 = uvarint(data[n:])
		}
		data = data[n+n2:]
		p.story += int(d)
		p.times = int(t)
		if a := at[p.story]; a < 0 || want != nil && !want[a] {
			data = data[placesLen(data, p.times):]
			continue
		}
		pos := 0
		for j := range min(p.times, maxLooks) {
			x, n := uint64(data[0]), 1
			if x >= 0x80 {
				x, n = uvarint(data)
			}
			data = data[n:]
			pos += int(x)
			p.places[j] = int32(pos)
		}
		p.last = pos
		if p.times > maxLooks {
			x, n := uint64(data[0]), 1
			if x >= 0x80 {
				x, n = uvarint(data)
			}
			data = data[n:]
			p.last += int(x)
		}
		each(&p)
	}
}

// A wordSet numbers distinct words as they come: a hash table of its own,
// which costs a third of a Go map's lookups for the short strings words
// are.
type wordSet struct {
	list  []string
	table []int32 // word numbers + 1 by hash; 0 empty
}

// reset empties the set, keeping its memory.
func (s *wordSet) reset() {
	clear(s.list)
	s.list = s.list[:0]
	clear(s.table)
}

func (s *wordSet) id(w string) int32 {
	if len(s.list)*2 >= len(s.table) {
		s.grow()
	}
	mask := uint32(len(s.table) - 1)
	for i := hashWord(w) & mask; ; i = (i + 1) & mask {
		n := s.table[i]
		if n == 0 {
			s.list = append(s.list, w)
			s.table[i] = int32(len(s.list))
			return int32(len(s.list) - 1)
		}
		if s.list[n-1] == w {
			return n - 1
		}
	}
}

func (s *wordSet) grow() {
	s.table = make([]int32, max(1024, 2*len(s.table)))
	mask := uint32(len(s.table) - 1)
	for n, w := range s.list {
		i := hashWord(w) & mask
		for s.table[i] != 0 {
			i = (i + 1) & mask
		}
		s.table[i] = int32(n + 1)
	}
}

// hashWord is FNV-1a.
func hashWord(w string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint32(w[i])) * 16777619
	}
	return h
}

// isSpaceByte tells the bytes words are split at: ASCII white space, all
// of which strings.Fields splits a query at too.
func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\v' || c == '\f'
}

// bodyRead, among how well a term is found (0-3), says that the text
// must be read to tell.
const bodyRead = 4

// A look is a match of a term in a text: where, and how well.
type look struct {
	pos int32
	how uint8
}

// firstLooks are the first maxLooks matches of a term in each story of an
// index, in order: made again for each term, so kept in a pool.
type firstLooks struct {
	looks [][maxLooks]look
	n     []uint8
}

var looksPool = sync.Pool{New: func() any { return new(firstLooks) }}

// add puts a match of story k in place, if it is among the first.
func (fl *firstLooks) add(k int, l look) {
	n := int(fl.n[k])
	ls := &fl.looks[k]
	if n == maxLooks && l.pos > ls[n-1].pos {
		return
	}
	i := min(n, maxLooks-1)
	for i > 0 && ls[i-1].pos > l.pos {
		ls[i] = ls[i-1]
		i--
	}
	ls[i] = l
	fl.n[k] = uint8(min(n+1, maxLooks))
}

// hits writes to out[at[k]] how well term is in the text of story k (at[k]
// < 0: a story the finder does not hold; want, unless nil, tells the
// stories asked about, by at), as findIn would say: from the
// first maxLooks places of the words that hold it. When the words hold
// too many postings, it is cheaper to read the texts, which soon meet the
// term: a story is bodyRead then, unless how is asked for and a few
// postings tell it (wholeEarly); a caller that asks only whether a story
// may hold the term does not ask how.
func (ix *wordIndex) hits(term string, at []int32, want []bool, out []uint8, how bool) {
	ix.hitsIn(term, nil, at, want, out, how)
}

// hitsIn is hits, the words that hold term being held (nil: those the
// index finds).
func (ix *wordIndex) hitsIn(term string, held *[]int32, at []int32, want []bool, out []uint8, how bool) {
	if j := oneCode[term[0]]; len(term) == 1 && j >= 0 {
		columnHits(ix.ones.column(int(j)), at, want, out)
		return
	}
	if j := twoCode(term); j >= 0 && !ix.twos.empty() {
		columnHits(ix.twos.column(j), at, want, out)
		return
	}
	if t := slices.Index(ix.terms, term); t >= 0 {
		columnHits(ix.termHows.column(t), at, want, out)
		return
	}
	var found []match
	postings := 0
	ix.eachHolding(term, held, func(w int) {
		found = append(found, match{w, inWord(ix.word(w), term)})
		postings += int(ix.posts[w+1] - ix.posts[w])
	})
	if len(found) == 0 {
		return
	}
	if h, ok := sameHow(found); ok {
		// each story that holds one of the words holds the term so,
		// wherever its first matches are: its postings' places need not
		// be read (issue 14: the 'amb' of 'the amb' sorted the first
		// places of 'ambassador' in 90,000 stories, 6.7 of its 25 CPU-ms)
		for _, m := range found {
			ix.storiesOf(m.w, at, want, func(a int32) { out[a] = h })
		}
		return
	}
	if postings > 24*len(at) && how {
		ix.wholeEarly(term, found, at, want, out)
		return
	}
	if postings > 24*len(at) {
		for _, a := range at {
			if a >= 0 {
				out[a] = bodyRead
			}
		}
		return
	}
	fl := looksPool.Get().(*firstLooks)
	defer looksPool.Put(fl)
	if len(fl.n) < len(at) {
		fl.looks, fl.n = make([][maxLooks]look, len(at)), make([]uint8, len(at))
	}
	n := fl.n[:len(at)]
	clear(n)
	for _, m := range found {
		ix.postings(m.w, at, want, func(p *posting) {
			for _, place := range p.places[:min(p.times, maxLooks)] {
				for _, l := range m.looks {
					fl.add(p.story, look{place + l.pos, l.how})
				}
			}
		})
	}
	for k, a := range at {
		if a < 0 || n[k] == 0 {
			continue
		}
		best := uint8(0)
		for _, l := range fl.looks[k][:n[k]] {
			best = max(best, l.how)
		}
		out[a] = best
	}
}

// sameHow is how well a term is found in every match of found, when it
// is found equally well in all.
func sameHow(found []match) (uint8, bool) {
	h := found[0].looks[0].how
	for _, m := range found {
		for _, l := range m.looks {
			if l.how != h {
				return 0, false
			}
		}
	}
	return h, true
}

// storiesOf calls fn with the id of each story a finder wants (as
// postings) that holds word w, reading none of its places.
func (ix *wordIndex) storiesOf(w int, at []int32, want []bool, fn func(a int32)) {
	data := ix.data[ix.posts[w]:ix.posts[w+1]]
	story := 0
	for len(data) > 0 {
		d, t := uint64(data[0]), uint64(0)
		if len(data) > 1 && d < 0x80 && data[1] < 0x80 {
			// most postings: a story less than 128 on, met fewer
			// than 128 times (issue 14: decoding the postings of
			// 'ambassador' in 87,000 stories was a fifth of 'the amb')
			t, data = uint64(data[1]), data[2:]
		} else {
			var n, n2 int
			d, n = binary.Uvarint(data)
			t, n2 = binary.Uvarint(data[n:])
			data = data[n+n2:]
		}
		story += int(d)
		data = data[placesLen(data, int(t)):]
		if a := at[story]; a >= 0 && (want == nil || want[a]) {
			fn(a)
		}
	}
}

// uvarint is binary.Uvarint, a number of two bytes read without a loop.
// The loops that read the most read a number of one byte without calling
// it (issue 14: the uvarints of the postings and of the words that
// follow 'the' were a tenth of the heavy letters of 'the ambassador' at
// 100,000 stories).
func uvarint(b []byte) (uint64, int) {
	if len(b) > 1 && b[1] < 0x80 {
		return uint64(b[0]&0x7f) | uint64(b[1])<<7, 2
	}
	return binary.Uvarint(b)
}

// placesLen is how many bytes of data, a posting's after its count,
// hold the places of a word met times times: the uvarints of the first
// maxLooks and of the last, each ending in a byte under 0x80, counted
// eight bytes at a time.
func placesLen(data []byte, times int) int {
	skip := min(times, maxLooks)
	if times > maxLooks {
		skip++
	}
	i := 0
	for ; i+8 <= len(data); i += 8 {
		ends := bits.OnesCount64(^binary.LittleEndian.Uint64(data[i:]) & highBits)
		if ends >= skip {
			break
		}
		skip -= ends
	}
	for ; skip > 0; i++ {
		if data[i] < 0x80 {
			skip--
		}
	}
	return i
}

// columnHits writes to out how well a code is in each story it wants, by
// the code's column of a howTable (at: the stories' ids by index number).
func columnHits(col []byte, at []int32, want []bool, out []uint8) {
	for k, a := range at {
		if a >= 0 && (want == nil || want[a]) {
			out[a] = col[k/4] >> (2 * (k % 4)) & 3
		}
	}
}

// wholeEarly is hits for a term held by too many words to read their
// postings. Of the words that hold it as a whole word, few (the, "the,"),
// it reads where each story has one first, and, if not too many, of the
// words it starts. When no more matches of the term than findIn looks at
// can start before a story's first whole word, findIn finds it whole
// (matches start at least the term's period apart); in a story with no
// whole word, when none can before its first word the term starts,
// findIn finds it there. Every other story is bodyRead.
func (ix *wordIndex) wholeEarly(term string, found []match, at []int32, want []bool, out []uint8) {
	whole, start := newFirstPlaces(len(at)), newFirstPlaces(len(at))
	wholeSize, startSize := 0, 0 // of their postings, in bytes, as hits counts
	for _, m := range found {
		size := int(ix.posts[m.w+1] - ix.posts[m.w])
		if slices.ContainsFunc(m.looks, isWhole) {
			wholeSize += size
		}
		if slices.ContainsFunc(m.looks, isStart) {
			startSize += size
		}
	}
	readWhole := wholeSize <= 24*len(at)
	readStart := readWhole && startSize <= 96*len(at)
	for _, m := range found {
		iw, is := slices.IndexFunc(m.looks, isWhole), slices.IndexFunc(m.looks, isStart)
		if !readWhole || iw < 0 && (is < 0 || !readStart) {
			continue
		}
		ix.postings(m.w, at, want, func(p *posting) {
			if iw >= 0 {
				whole.see(p.story, p.places[0]+m.looks[iw].pos)
			}
			if readStart && is >= 0 {
				start.see(p.story, p.places[0]+m.looks[is].pos)
			}
		})
	}
	d := int32(period(term))
	early := func(q int32) bool { return q >= 0 && (q+d-1)/d < maxLooks }
	for k, a := range at {
		if a < 0 {
			continue
		}
		switch {
		case early(whole[k]):
			out[a] = foundWord
		case readStart && whole[k] < 0 && early(start[k]):
			out[a] = foundWordStart
		default:
			out[a] = bodyRead
		}
	}
}

// firstPlaces are the first place of something in each story, -1 for
// none seen.
type firstPlaces []int32

func newFirstPlaces(n int) firstPlaces {
	f := make(firstPlaces, n)
	for k := range f {
		f[k] = -1
	}
	return f
}

// see puts place q of story k.
func (f firstPlaces) see(k int, q int32) {
	if f[k] < 0 || q < f[k] {
		f[k] = q
	}
}

// A match is a word of an index that holds a term, and where and how well
// the term is in it.
type match struct {
	w     int
	looks []look
}

func isWhole(l look) bool { return l.how == foundWord }

// isStart tells a match that starts a word, whole or not.
func isStart(l look) bool { return l.how >= foundWordStart }

// period is the least distance two matches of term can start apart: the
// shortest shift of term that its start matches, or its length.
func period(term string) int {
	for d := 1; d < len(term); d++ {
		if strings.HasPrefix(term, term[d:]) {
			return d
		}
	}
	return max(1, len(term))
}

// inWord is where term is in word (each match starting one byte after the
// last, as findIn looks) and how well.
func inWord(word, term string) []look {
	var looks []look
	for off := 0; off < len(word); {
		i := strings.Index(word[off:], term)
		if i < 0 {
			break
		}
		start, end := off+i, off+i+len(term)
		how := uint8(foundInside)
		if start == 0 || !isWordByte(word[start-1]) {
			how = foundWordStart
			if end == len(word) || !isWordByte(word[end]) {
				how = foundWord
			}
		}
		looks = append(looks, look{int32(start), how})
		off = start + 1
	}
	return looks
}

// phraseIn sets out[at[k]] for each story k whose text holds phrase,
// which is first, a space and more, and of a body pos's at[k] to a place
// where and what follows it there: first ends a word there, so the phrase
// is looked for at the places of each word that ends with first, and not
// at all in a story without one. In a body, the words that follow a
// common word (follows) tell where the phrase is after one; after any
// other word, which is read by folding the body, the phrase's second
// word must start a word too: it is looked for only where one of the
// words that start with it may start (wordStarts), and not at all in a
// story without one.
func (ix *wordIndex) phraseIn(first, phrase string, ends []wordEnd, field int, folds []foldedStory, at []int32, want []bool, out []uint8, pos *bodyPlaces) {
	if !slices.ContainsFunc(at, func(a int32) bool { return a >= 0 && want[a] }) {
		return
	}
	rest := phrase[len(first)+1:]
	second, _, more := strings.Cut(rest, " ")
	var next *wordStarts // made for the first word that is not common
	made := false
	defer func() {
		if next != nil {
			wordStartsPool.Put(next)
		}
	}()
	for _, end := range ends { // the words that end with first
		w, shift := int(end.w), end.shift // where first starts in the word
		if field == body && ix.isCommon(w) {
			ix.followedBy(w, shift, second, more, phrase, folds, at, want, out, pos)
			continue
		}
		if field == body && !made {
			next, made = ix.wordStarts(second, at, want), true
		}
		ix.postings(w, at, want, func(p *posting) {
			a := at[p.story]
			if out[a] == 1 {
				return
			}
			if field == body {
				if next != nil && !next.any(int32(p.story)) {
					return
				}
				// made only here: a reader for each posting was a
				// tenth of "the a" at 100,000 stories
				r := folds[a].reader()
				defer r.done()
				look := phraseLook{next: next, story: int32(p.story), second: int32(len(first) + 1), hasAt: r.hasAt, indexIn: r.indexIn}
				if q := look.at(p, shift, phrase); q >= 0 {
					out[a], pos.at[a] = 1, q
					pos.ahead[a], pos.aheadN[a] = r.ahead(int(q) + len(phrase))
				}
				return
			}
			text := folds[a].field(field)
			look := phraseLook{
				hasAt: func(pos int, phrase string) bool { return strings.HasPrefix(text[pos:], phrase) },
				indexIn: func(from, to int, phrase string) int {
					if i := strings.Index(text[from:min(len(text), to)], phrase); i >= 0 {
						return from + i
					}
					return -1
				},
			}
			if look.at(p, shift, phrase) != -1 {
				out[a] = 1
			}
		})
	}
}

// followedBy is phraseIn for common word w of a body, in which the
// phrase starts shift bytes in, followed by a space and second, and more
// when the phrase goes on past second and a space: the stories where a
// word that starts with second follows w hold the phrase there, and
// what follows it is the rest of that word; when more, those where second
// is a word of its own after w may, and are read from there.
func (ix *wordIndex) followedBy(w int, shift int32, second string, more bool, phrase string, folds []foldedStory, at []int32, want []bool, out []uint8, pos *bodyPlaces) {
	if !more && len(at) <= indexSize {
		ix.followedByWord(w, shift, second, at, want, out, pos)
		return
	}
	ix.followed(w, second, more, func(next string, k int, place int32) {
		a := at[k]
		if a < 0 || !want[a] || out[a] == 1 {
			return
		}
		q := place + shift
		if !more {
			out[a], pos.at[a] = 1, q
			pos.ahead[a], pos.aheadN[a] = aheadOf(next[len(second):])
			return
		}
		r := folds[a].reader()
		defer r.done()
		if !r.hasAt(int(q), phrase) {
			q = int32(r.indexIn(int(q)+1, math.MaxInt32, phrase))
		}
		if q >= 0 {
			out[a], pos.at[a] = 1, q
			pos.ahead[a], pos.aheadN[a] = r.ahead(int(q) + len(phrase))
		}
	})
}

// followedByWord is followedBy for a phrase that ends in second: each
// story's first place found is its place, the groups read in a loop of
// their own, a story already found skipped by the index's own flags
// (issue 14: a call for each story of each word after 'the' that starts
// with 'a', and a look at flags of every story of the library for it,
// were most of the 'the a' that is the heaviest letter of 'the
// ambassador' at 100,000 stories).
func (ix *wordIndex) followedByWord(w int, shift int32, second string, at []int32, want []bool, out []uint8, pos *bodyPlaces) {
	c, ok := slices.BinarySearch(ix.followWord, int32(w))
	if !ok {
		return
	}
	var found [indexSize / 64]uint64 // by story of the index: out set, or not wanted
	for k, a := range at {
		if a < 0 || !want[a] || out[a] == 1 {
			found[k/64] |= 1 << (k % 64)
		}
	}
	from := int(ix.followFrom[c])
	groups := ix.followNext[from:ix.followFrom[c+1]]
	g, _ := slices.BinarySearchFunc(groups, second, func(next int32, key string) int {
		return strings.Compare(ix.word(int(next)), key)
	})
	for ; g < len(groups); g++ {
		next := ix.word(int(groups[g]))
		if !strings.HasPrefix(next, second) {
			return
		}
		ahead, aheadN := aheadOf(next[len(second):])
		data := ix.followData[ix.followAt[from+g]:ix.followAt[from+g+1]]
		k := 0
		for len(data) > 0 {
			d, n := uint64(data[0]), 1
			if d >= 0x80 {
				d, n = uvarint(data)
			}
			place, n2 := uint64(data[n]), 1
			if place >= 0x80 {
				place, n2 = uvarint(data[n:])
			}
			data = data[n+n2:]
			k += int(d)
			if found[k/64]&(1<<(k%64)) != 0 {
				continue
			}
			found[k/64] |= 1 << (k % 64)
			a := at[k]
			out[a], pos.at[a] = 1, int32(place)+shift
			pos.ahead[a], pos.aheadN[a] = ahead, aheadN
		}
	}
}

// aheadOf is the first aheadSize bytes of s, as bodyReader.ahead gives
// them, and how many.
func aheadOf(s string) (aheadBytes, uint8) {
	var b [aheadSize]byte // a byte at a time, this was a quarter of 'the a''s phrase lookup
	n := copy(b[:], s)
	return aheadBytes{binary.LittleEndian.Uint64(b[:8]), binary.LittleEndian.Uint64(b[8:])}, uint8(n)
}

// A phraseLook reads a story's text for a phrase: hasAt and indexIn
// read it; next, unless nil, is where the words that start with the
// phrase's second word start in the story, which starts second bytes
// after the phrase.
type phraseLook struct {
	hasAt         func(pos int, phrase string) bool
	indexIn       func(from, to int, phrase string) int
	next          *wordStarts
	story, second int32
}

// at is where the text holds phrase at one of a posting's places,
// shifted, or between its last two; -1 for nowhere.
func (l *phraseLook) at(p *posting, shift int32, phrase string) int32 {
	for _, place := range p.places[:min(p.times, maxLooks)] {
		if (l.next == nil || l.next.may(l.story, place+shift+l.second)) && l.hasAt(int(place+shift), phrase) {
			return place + shift
		}
	}
	if p.times <= maxLooks {
		return -1
	}
	from, to := p.places[maxLooks-1]+shift, int32(p.last)+shift // where the phrase may start
	if l.next == nil {
		return int32(l.indexIn(int(from), int(to)+len(phrase), phrase))
	}
	found := int32(-1)
	l.next.within(l.story, from+l.second, to+l.second, func(q int32) bool {
		if l.hasAt(int(q-l.second), phrase) {
			found = q - l.second
		}
		return found >= 0
	}, func(lo, hi int32) bool {
		found = int32(l.indexIn(int(lo-l.second), int(hi-l.second)+len(phrase), phrase))
		return found >= 0
	})
	return found
}

// wordStarts is where the words of an index that start with a key start
// in each story, as far as the index knows: the first maxLooks places of
// each and its last, and between the eighth and the last of a word met
// more often, a gap where it may start again.
type wordStarts struct {
	// story k's places are places[from[k]:from[k+1]], in order, and its
	// gaps gaps[gapFrom[k]:gapFrom[k+1]]
	from, places, gapFrom []int32
	gaps                  []gap
	// what making them needs: the places and gaps as met
	known   []storyPlace
	metGaps []storyGap
	next    []int32
}

type gap struct{ after, before int32 }

type storyPlace struct{ story, place int32 }

type storyGap struct {
	story int32
	g     gap
}

// wordStartsPool keeps wordStarts for the next phrase: each is made for
// one and given back after (phraseIn).
var wordStartsPool = sync.Pool{New: func() any { return new(wordStarts) }}

// sized is s with n elements, reusing its memory when it has room.
func sized[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// wordStarts is where the words that start with key start in each story
// k a finder wants (as postings), or nil when so many words start with it
// that reading the texts is cheaper than their postings.
func (ix *wordIndex) wordStarts(key string, at []int32, want []bool) *wordStarts {
	var words []int
	postings := 0
	ix.wordsStarting(key, func(w int) {
		words = append(words, w)
		postings += int(ix.posts[w+1] - ix.posts[w])
	})
	if postings > 24*len(at) {
		return nil
	}
	ws := wordStartsPool.Get().(*wordStarts)
	known, gaps := ws.known[:0], ws.metGaps[:0]
	for _, w := range words {
		ix.postings(w, at, want, func(p *posting) {
			k := int32(p.story)
			for _, place := range p.places[:min(p.times, maxLooks)] {
				known = append(known, storyPlace{k, place})
			}
			if p.times > maxLooks {
				known = append(known, storyPlace{k, int32(p.last)})
			}
			if p.times > maxLooks+1 {
				gaps = append(gaps, storyGap{k, gap{p.places[maxLooks-1], int32(p.last)}})
			}
		})
	}
	// a counting sort by story; a story's places, a few, sorted in place
	ws.known, ws.metGaps = known, gaps
	ws.from, ws.gapFrom = sized(ws.from, len(at)+1), sized(ws.gapFrom, len(at)+1)
	clear(ws.from)
	clear(ws.gapFrom)
	ws.places, ws.gaps = sized(ws.places, len(known)), sized(ws.gaps, len(gaps))
	for _, m := range known {
		ws.from[m.story+1]++
	}
	for _, m := range gaps {
		ws.gapFrom[m.story+1]++
	}
	for k := 1; k <= len(at); k++ {
		ws.from[k] += ws.from[k-1]
		ws.gapFrom[k] += ws.gapFrom[k-1]
	}
	next := append(ws.next[:0], ws.from[:len(at)]...)
	ws.next = next
	for _, m := range known {
		ws.places[next[m.story]] = m.place
		next[m.story]++
	}
	copy(next, ws.gapFrom[:len(at)])
	for _, m := range gaps {
		ws.gaps[next[m.story]] = m.g
		next[m.story]++
	}
	for k := range len(at) {
		if places := ws.places[ws.from[k]:ws.from[k+1]]; len(places) > 1 {
			slices.Sort(places)
		}
	}
	return ws
}

// wordsStarting calls fn with each word of the index that starts with
// key.
func (ix *wordIndex) wordsStarting(key string, fn func(w int)) {
	if strings.HasPrefix(ix.words, key) {
		fn(0)
	}
	for off := 0; ; {
		i := strings.Index(ix.words[off:], "\n"+key)
		if i < 0 {
			return
		}
		off += i + 1
		w, _ := slices.BinarySearch(ix.starts, int32(off))
		fn(w)
	}
}

// story is the known places and gaps of story k.
func (ws *wordStarts) story(k int32) ([]int32, []gap) {
	return ws.places[ws.from[k]:ws.from[k+1]], ws.gaps[ws.gapFrom[k]:ws.gapFrom[k+1]]
}

// any tells whether a word starting with the key is in story k.
func (ws *wordStarts) any(k int32) bool { return ws.from[k+1] > ws.from[k] }

// may tells whether such a word may start at q in story k.
func (ws *wordStarts) may(k, q int32) bool {
	places, gaps := ws.story(k)
	if _, ok := slices.BinarySearch(places, q); ok {
		return true
	}
	for _, g := range gaps {
		if g.after < q && q < g.before {
			return true
		}
	}
	return false
}

// within calls place for each known start from lo to hi in story k, and
// gap for each stretch of it where more may be, until one returns true.
func (ws *wordStarts) within(k, lo, hi int32, place func(q int32) bool, gap func(lo, hi int32) bool) bool {
	places, gaps := ws.story(k)
	for _, p := range places {
		if lo <= p && p <= hi && place(p) {
			return true
		}
	}
	for _, g := range gaps {
		if from, to := max(g.after+1, lo), min(g.before-1, hi); from <= to && gap(from, to) {
			return true
		}
	}
	return false
}

// eachHolding calls fn with each word of the index that holds key: of
// held, unless nil, which are they.
func (ix *wordIndex) eachHolding(key string, held *[]int32, fn func(w int)) {
	if held != nil {
		for _, w := range *held {
			fn(int(w))
		}
		return
	}
	ix.wordsHolding(key, func(w, _ int) { fn(w) })
}

// wordsHolding calls fn with each word of the index that holds key, once
// a word, and the place in ix.words of key's first match in it.
func (ix *wordIndex) wordsHolding(key string, fn func(w, at int)) {
	for off := 0; off < len(ix.words); {
		i := strings.Index(ix.words[off:], key)
		if i < 0 {
			return
		}
		w, ok := slices.BinarySearch(ix.starts, int32(off+i))
		if !ok {
			w--
		}
		fn(w, off+i)
		off = int(ix.starts[w+1])
	}
}

// eachIndex runs do(i) for i in 0..n-1 on every core, an index at a time.
func eachIndex(n int, do func(i int)) {
	inRuns(n, 1, min(runtime.GOMAXPROCS(0), n), do)
}
