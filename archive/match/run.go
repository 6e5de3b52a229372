package match

import (
	"context"
	_ "embed"
	"errors"
	"fmt"
	"slices"
	"strings"

	"cables/archive/index"
	"cables/archive/norm"
	"cables/model"
)

// run is the matching of one story: the story's references, the cables
// read so far, and where its quotes were placed.
type run struct {
	ctx    context.Context
	m      *Matcher
	story  *model.Story
	ids    []model.CableRef
	hints  []hintAt // hints in the story's paragraphs
	cables map[string]*cableText
	counts map[string]int // cables per hint filter
	placed []placedAt
	err    error
}

type hintAt struct {
	ref       model.CableRef
	paragraph int
}

type placedAt struct {
	paragraph int // the story's
	id        string
	at        int // where in the cable's body
}

// cableText is a cable read from the archive with its words.
type cableText struct {
	doc    model.CableDoc
	tokens []norm.Token
	us     []string // each word in American spelling
	words  map[string]bool
}

// mayHold is a quick test before aligning a long quote: the cable has at
// least a third of the quote's uncommon words, as written or respelt.
func (ct *cableText) mayHold(quote []norm.Token) bool {
	if ct.words == nil {
		ct.words = make(map[string]bool, len(ct.tokens))
		for i, t := range ct.tokens {
			ct.words[t.Form] = true
			ct.words[ct.us[i]] = true
		}
	}
	uncommon, found := 0, 0
	for _, w := range quote {
		if w.Optional || commonWords[w.Form] {
			continue
		}
		uncommon++
		if ct.words[w.Form] || ct.words[american(w.Form)] {
			found++
		}
	}
	return found*3 >= uncommon
}

func newRun(ctx context.Context, m *Matcher, s *model.Story) *run {
	r := &run{ctx: ctx, m: m, story: s, cables: map[string]*cableText{}, counts: map[string]int{}}
	for p, text := range s.Paragraphs {
		for _, ref := range IDsIn(text) {
			ref.Span.Paragraph = p
			r.ids = append(r.ids, ref)
		}
		for _, ref := range hintsIn(text, m.posts, s.Published.Time) {
			if ref.Span != nil {
				ref.Span.Paragraph = p
			}
			r.hints = append(r.hints, hintAt{ref, p})
		}
	}
	return r
}

// group is a set of candidate cables that a reason points to, tried in
// order: the first group where the quote fits wins.
type group struct {
	entries []index.Entry
	filter  *index.Filter // the cables a hint picks, looked up when needed
	by      model.FoundBy
	ref     *model.CableRef
}

// maxAligned caps the cables of one group aligned word by word with a
// short quote, maxAlignedLong with a long one (whose phrase probes cost
// more than reading a few dozen cables, which a story's quotes share); a
// larger group (a busy day, a busy post) is narrowed by phrase search
// first.
const (
	maxAligned     = 12
	maxAlignedLong = 48
)

func (r *run) quote(i int, q model.Quote, words []norm.Token) model.CableMatch {
	none := model.CableMatch{Verdict: model.NotFound}
	if countWords(words) == 0 {
		return none
	}
	long := countWords(words) >= ShortQuote
	groups := r.groups(q, long)
	// The cables to align from a busy hint: for a long quote, those its
	// phrase probes vote for; for a short one, those holding two or three
	// of its words in a row (a respelt word aside).
	n := narrowing{words: words}
	if !long {
		n.query, n.exact = windowsQuery(words), phraseQuery(longestSegment(words))
		var err error
		if n.total, err = r.m.store.CountSearch(r.ctx, n.exact, phraseLimit); err != nil {
			r.fail(err)
		}
	}
	var best *model.CableMatch
	bestScore := 0
	for _, g := range groups {
		entries := r.entries(g, &n)
		fits := 0
		var groupBest *model.CableMatch
		groupScore := 0
		for _, e := range entries {
			cm, score, ok := r.fit(q, words, e, long, g.by)
			if !ok {
				continue
			}
			fits++
			cm.Ref = g.ref
			if groupBest == nil || score > groupScore {
				groupBest, groupScore = &cm, score
			}
		}
		switch {
		case !long && fits == 1:
			return *groupBest
		case long && groupBest != nil && (best == nil || groupScore > bestScore):
			best, bestScore = groupBest, groupScore
		}
		// Groups come most certain first: one that holds the quote
		// faithfully ends the search.
		if long && best != nil && best.Verdict.Faithful() && best.Coverage >= 0.9 {
			return *best
		}
	}
	if long {
		if cm, score, ok := r.byText(q, words, r.votesOf(&n)); ok && (best == nil || score > bestScore) {
			best = &cm
		}
		if best != nil {
			return *best
		}
		return none
	}
	return r.byWords(q, words, n.total)
}

// byWords places a short quote that no hint placed: by its words alone
// when five or more are found in one cable only, or by the people named
// beside it among a few cables; otherwise it is ambiguous among the
// cables that hold it, or not found.
func (r *run) byWords(q model.Quote, words []norm.Token, total int) model.CableMatch {
	forms := longestSegment(words)
	if total == 0 {
		return model.CableMatch{Verdict: model.NotFound}
	}
	if total <= maxByPerson {
		ids, err := r.m.store.Search(r.ctx, phraseQuery(forms), total)
		if err != nil {
			r.fail(err)
		}
		entries, err := r.m.store.Entries(r.ctx, ids)
		if err != nil {
			r.fail(err)
		}
		if countWords(words) >= UniqueQuote && len(entries) == 1 {
			if cm, _, ok := r.fit(q, words, entries[0], false, model.ByText); ok {
				return cm
			}
		}
		if cm, ok := r.byPerson(q, words, entries); ok {
			return cm
		}
	}
	return model.CableMatch{Verdict: model.Ambiguous, Candidates: total, FoundBy: model.ByText}
}

// narrowing is what picks, among a busy hint's cables, those to align.
type narrowing struct {
	words []norm.Token
	votes map[int64]int // a long quote's, sent for when first needed
	voted bool
	query string // a short quote's: an FTS5 query for its word pairs or triples
	exact string // and for its words as they stand,
	total int    // found in this many cables (up to phraseLimit)
}

// votesOf sends a long quote's phrase probes the first time they are
// needed.
func (r *run) votesOf(n *narrowing) map[int64]int {
	if !n.voted {
		n.votes, n.voted = r.votes(n.words), true
	}
	return n.votes
}

// windowsQuery is an FTS5 query for cables holding any two (for quotes of
// up to four words) or three of a short quote's words in a row.
func windowsQuery(words []norm.Token) string {
	forms := longestSegment(words)
	size := 3
	if len(forms) <= 4 {
		size = 2
	}
	if len(forms) <= size {
		return phraseQuery(forms)
	}
	var parts []string
	for i := 0; i+size <= len(forms); i++ {
		parts = append(parts, phraseQuery(forms[i:i+size]))
	}
	return strings.Join(parts, " OR ")
}

func phraseQuery(forms []string) string { return `"` + strings.Join(forms, " ") + `"` }

// longestSegment is the longest stretch of a quote's words without an
// ellipsis, optional words left out.
func longestSegment(words []norm.Token) []string {
	var forms []string
	for _, seg := range segments(words) {
		if len(seg) > len(forms) {
			forms = seg
		}
	}
	return forms
}

// UniqueQuote is the fewest words a short quote needs to be placed by its
// words alone, when a single cable of the archive holds them.
const UniqueQuote = 5

// groups gathers the candidate cables a quote's story points to, most
// certain first: IDs the story writes, the quote's own source ("a cable
// from Islamabad, January 24, 2009"), the cables of the story's other
// quotes, nearest first, and the story's other hints, nearest first.
func (r *run) groups(q model.Quote, long bool) []group {
	var gs []group
	if len(r.ids) > 0 {
		var g group
		g.by = model.ByID
		for i, ref := range r.ids {
			if e, err := r.m.store.Lookup(r.ctx, ref.ID); err == nil {
				g.entries = append(g.entries, e)
				if g.ref == nil {
					g.ref = &r.ids[i]
				}
			}
		}
		gs = append(gs, g)
	}
	for _, ref := range hintsIn(q.Source, r.m.posts, r.story.Published.Time) {
		ref.Span = nil
		gs = append(gs, group{nil, r.hinted(ref), model.ByHint, &ref})
	}
	p := paragraphOf(q)
	placed := slices.Clone(r.placed)
	slices.SortStableFunc(placed, func(a, b placedAt) int { return abs(a.paragraph-p) - abs(b.paragraph-p) })
	seen := map[string]bool{}
	for _, pl := range placed {
		if seen[pl.id] {
			continue
		}
		seen[pl.id] = true
		if e, err := r.m.store.Lookup(r.ctx, pl.id); err == nil {
			gs = append(gs, group{[]index.Entry{e}, nil, model.ByHint, nil})
		}
	}
	hints := slices.Clone(r.hints)
	slices.SortStableFunc(hints, func(a, b hintAt) int { return abs(a.paragraph-p) - abs(b.paragraph-p) })
	for i := range hints {
		ref := hints[i].ref
		gs = append(gs, group{nil, r.hinted(ref), model.ByHint, &ref})
	}
	return gs
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// hinted is the filter for the cables a hint names: created on the day
// named (a day either side, for time zones) or in the month, from the post
// named, signed by the author named when any such cable is.
func (r *run) hinted(ref model.CableRef) *index.Filter {
	var f index.Filter
	switch ref.DatePrecision {
	case model.DateDay:
		f.First, f.Last = ref.Date.AddDate(0, 0, -1), ref.Date.AddDate(0, 0, 1)
	case model.DateMonth:
		f.First, f.Last = ref.Date, ref.Date.AddDate(0, 1, -1)
	default:
		if ref.Origin == "" {
			return nil
		}
	}
	if ref.Origin != "" {
		for _, p := range r.m.posts {
			if p.place == ref.Origin {
				for o := range p.origins {
					f.Origins = append(f.Origins, o)
				}
			}
		}
		slices.Sort(f.Origins)
	}
	if ref.Author != "" {
		signed := f
		signed.Signer = model.SurnameOf(ref.Author)
		if n, err := r.m.store.Count(r.ctx, signed); err == nil && n > 0 {
			return &signed
		}
	}
	return &f
}

// entries lists a group's cables to align with a quote. A hint's cables
// are looked up: all of them when few, else those the narrowing picks.
func (r *run) entries(g group, n *narrowing) []index.Entry {
	if g.filter == nil {
		return g.entries
	}
	count, err := r.count(*g.filter)
	if err != nil {
		r.fail(err)
		return nil
	}
	var es []index.Entry
	switch {
	case count <= maxAligned || n.query == "" && count <= maxAlignedLong:
		es, err = r.m.store.Find(r.ctx, *g.filter, maxAlignedLong)
	case n.query != "" && n.total >= phraseLimit:
		// Words found in a thousand cables or more are not placed by a
		// busy hint.
	case n.query != "":
		// A short quote: the cables holding its words as they stand, or
		// else two or three of them in a row (respelt). More than a few
		// cannot place it in this group.
		es, err = r.m.store.FindMatching(r.ctx, *g.filter, n.exact, maxAligned+1)
		if err == nil && len(es) == 0 {
			es, err = r.m.store.FindMatching(r.ctx, *g.filter, n.query, maxAligned+1)
		}
		if len(es) > maxAligned {
			es = nil
		}
	case len(r.votesOf(n)) > 0:
		ids := make([]int64, 0, len(n.votes))
		for id := range n.votes {
			ids = append(ids, id)
		}
		slices.Sort(ids)
		es, err = r.m.store.FindIn(r.ctx, *g.filter, ids)
	}
	if err != nil {
		r.fail(err)
		return nil
	}
	return es[:min(len(es), maxAlignedLong)]
}

// count counts a filter's cables, once per story.
func (r *run) count(f index.Filter) (int, error) {
	key := fmt.Sprint(f)
	if n, ok := r.counts[key]; ok {
		return n, nil
	}
	n, err := r.m.store.Count(r.ctx, f)
	if err == nil {
		r.counts[key] = n
	}
	return n, err
}

func (r *run) fail(err error) {
	if r.err == nil && !errors.Is(err, context.Canceled) {
		r.err = err
	}
}

// read returns a cable's text and words, read once per story.
func (r *run) read(e index.Entry) (*cableText, bool) {
	if ct, ok := r.cables[e.ID]; ok {
		return ct, ct != nil
	}
	doc, err := r.m.store.Read(r.ctx, e)
	if err != nil {
		r.fail(err)
		r.cables[e.ID] = nil
		return nil, false
	}
	ct := &cableText{doc: doc, tokens: norm.Cable(doc.Body)}
	ct.us = make([]string, len(ct.tokens))
	for i, t := range ct.tokens {
		ct.us[i] = american(t.Form)
	}
	r.cables[e.ID] = ct
	return ct, true
}

// fit aligns the quote with one cable and judges it. A long quote fits
// when the cable keeps enough of its words; a short one only when the
// cable has every word.
func (r *run) fit(q model.Quote, words []norm.Token, e index.Entry, long bool, by model.FoundBy) (model.CableMatch, int, bool) {
	ct, ok := r.read(e)
	if !ok {
		return model.CableMatch{}, 0, false
	}
	if long && !ct.mayHold(words) {
		return model.CableMatch{}, 0, false
	}
	lo, hi := window(words, ct.tokens)
	cable := ct.tokens[lo:hi]
	a := align(words, cable, ct.us[lo:hi], &speller{})
	if !long {
		a = preferQuoted(words, cable, ct.doc.Body, a, r.placedIn(e.ID))
	}
	t := count(words, a)
	v := t.verdict()
	switch {
	case !v.Placed():
		return model.CableMatch{}, 0, false
	case !long && !shortFits(t):
		return model.CableMatch{}, 0, false
	case by == model.ByText && !(v.Faithful() || v == model.Altered):
		return model.CableMatch{}, 0, false
	case v == model.Paraphrase && (t.kept < 3 || t.coverage() < 0.5 || keptUncommon(words, a) < 2):
		return model.CableMatch{}, 0, false
	}
	return r.judge(q, words, ct, cable, a, t, by), a.score, true
}

func (r *run) judge(q model.Quote, words []norm.Token, ct *cableText, cable []norm.Token, a alignment, t tally, by model.FoundBy) model.CableMatch {
	first, last := -1, -1
	for _, o := range a.ops {
		if o.c1 > o.c0 && (o.kind == opSame || o.kind == opSpelling || o.kind == opReplace) {
			if first < 0 {
				first = o.c0
			}
			last = o.c1 - 1
		}
	}
	cm := model.CableMatch{CableID: ct.doc.ID, Coverage: round(t.coverage()), Verdict: t.verdict(), FoundBy: by}
	if first >= 0 {
		cm.Start, cm.End = cable[first].Start, cable[last].End
		if p, ok := ct.doc.ParagraphAt(cm.Start); ok {
			cm.Para, cm.ParaKind = p.Number, p.Kind
		}
	}
	cm.Differences = differences(q.Text, words, ct.doc.Body, cable, a)
	return cm
}

func round(f float64) float64 { return float64(int(f*1000+0.5)) / 1000 }

// phraseLimit caps the cables one phrase search returns.
const phraseLimit = 1000

// segments splits a quote's words at ellipses, leaving out optional ones.
func segments(words []norm.Token) [][]string {
	var out [][]string
	var cur []string
	for _, w := range words {
		if w.Gap && len(cur) > 0 {
			out = append(out, cur)
			cur = nil
		}
		if !w.Optional {
			cur = append(cur, w.Form)
		}
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out
}

// probeSpan is how many words a probe spans; probesPerQuote how many
// probes a quote sends, spread over it.
const (
	probeSpan      = 6
	probesPerQuote = 5
	probeLimit     = 40 // a probe that finds more is too common to vote
)

// votes sends probes spread over a long quote; each cable gets a vote for
// each probe it holds. A probe found in many cables is too common to vote.
func (r *run) votes(words []norm.Token) map[int64]int {
	votes := map[int64]int{}
	for _, p := range probes(segments(words)) {
		ids, err := r.m.store.Search(r.ctx, p, probeLimit+1)
		if err != nil {
			r.fail(err)
			return nil
		}
		if len(ids) > probeLimit {
			continue
		}
		for _, id := range ids {
			votes[id]++
		}
	}
	return votes
}

// probes makes up to probesPerQuote searches spread over a quote's
// stretches: the quote is cut into that many parts, and each part gives
// the uncommon words of its best stretch of probeSpan words, to be found
// near each other in that order. Common words are left out because they
// make a search slow and unselective; a stretch needs two uncommon words.
func probes(segs [][]string) []string {
	type window struct {
		words []string
		span  int
	}
	var all []window
	for _, seg := range segs {
		for i := 0; i < len(seg); i++ {
			end := min(i+probeSpan, len(seg))
			var w window
			for _, f := range seg[i:end] {
				if !commonWords[f] {
					w.words = append(w.words, f)
				}
			}
			w.span = end - i
			if len(w.words) >= 2 && (end-i == probeSpan || i == 0) {
				all = append(all, w)
			}
		}
	}
	parts := min(probesPerQuote, len(all))
	var out []string
	for k := 0; k < parts; k++ {
		part := all[k*len(all)/parts : (k+1)*len(all)/parts]
		best := part[0]
		for _, w := range part {
			if len(w.words) > len(best.words) {
				best = w
			}
		}
		words := best.words[:min(len(best.words), 4)]
		p := fmt.Sprintf("NEAR(%s, %d)", strings.Join(quoteEach(words), " "), best.span)
		if !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	return out
}

func quoteEach(forms []string) []string {
	out := make([]string, len(forms))
	for i, f := range forms {
		out[i] = `"` + f + `"`
	}
	return out
}

// commonWords are the words a probe avoids (common_words.txt).
var commonWords = wordList(commonWordsText)

//go:embed common_words.txt
var commonWordsText string

// wordList reads an embedded list: one word a line, # starts a comment.
func wordList(text string) map[string]bool {
	words := map[string]bool{}
	for _, line := range strings.Split(text, "\n") {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			words[line] = true
		}
	}
	return words
}

// byText finds a long quote's cable by its words alone: the cables with
// the most votes are aligned.
func (r *run) byText(q model.Quote, words []norm.Token, votes map[int64]int) (model.CableMatch, int, bool) {
	ranked := make([]int64, 0, len(votes))
	for id := range votes {
		ranked = append(ranked, id)
	}
	slices.SortFunc(ranked, func(a, b int64) int {
		if votes[a] != votes[b] {
			return votes[b] - votes[a]
		}
		return int(a - b)
	})
	if len(ranked) > 3 {
		ranked = ranked[:3]
	}
	entries, err := r.m.store.Entries(r.ctx, ranked)
	if err != nil {
		r.fail(err)
		return model.CableMatch{}, 0, false
	}
	var best model.CableMatch
	bestScore, found := 0, false
	for _, e := range entries {
		if cm, score, ok := r.fit(q, words, e, true, model.ByText); ok && (!found || score > bestScore) {
			best, bestScore, found = cm, score, true
		}
	}
	return best, bestScore, found
}

// shortFits reports whether a short quote's alignment keeps it whole: every
// word, or all but one replaced word of four or more.
func shortFits(t tally) bool {
	if t.inserted > 0 || t.omitted > 0 {
		return false
	}
	return t.kept == t.words || t.words >= 4 && t.replaced == 1 && t.kept == t.words-1
}

// placedIn lists where in a cable the story's quotes placed so far stand.
func (r *run) placedIn(id string) []int {
	var at []int
	for _, p := range r.placed {
		if p.id == id {
			at = append(at, p.at)
		}
	}
	return at
}

// preferQuoted places a short verbatim quote whose words occur more than
// once in the cable: where the cable itself puts them in quotation marks
// (a story quoting "the Family" quotes the cable's quotation), and among
// those, nearest to the story's other quotes from this cable.
func preferQuoted(words, cable []norm.Token, body string, a alignment, near []int) alignment {
	for _, o := range a.ops {
		if o.kind != opSame || o.s1-o.s0 != 1 {
			return a
		}
	}
	if len(a.ops) != len(words) {
		return a
	}
	distance := func(j int) int {
		d := 1 << 30
		for _, at := range near {
			d = min(d, abs(cable[j].Start-at))
		}
		return d
	}
	bestJ := a.ops[0].c0
	bestQuoted, bestDist := quotedAt(body, cable[bestJ].Start), distance(bestJ)
	for j := 0; j+len(words) <= len(cable); j++ {
		same := true
		for i, w := range words {
			if cable[j+i].Form != w.Form {
				same = false
				break
			}
		}
		if !same {
			continue
		}
		q, d := quotedAt(body, cable[j].Start), distance(j)
		if q && !bestQuoted || q == bestQuoted && d < bestDist {
			bestJ, bestQuoted, bestDist = j, q, d
		}
	}
	moved := alignment{score: a.score}
	for i := range words {
		moved.ops = append(moved.ops, op{opSame, i, i + 1, bestJ + i, bestJ + i + 1})
	}
	return moved
}

// quotedAt reports an opening quotation mark just before body[at].
func quotedAt(body string, at int) bool {
	before := strings.TrimRight(body[:at], " ")
	for _, q := range []string{`"`, "“", "‘", "'", "``"} {
		if strings.HasSuffix(before, q) {
			return true
		}
	}
	return false
}

// byPerson places a short quote among the few cables that hold its words
// when exactly one of them names, in the paragraph holding the words, the
// surname of someone the story names beside the quote: "Merkel is praised
// as "Teflon."" and the subject "CHANCELLOR ANGELA "TEFLON" MERKEL ...".
func (r *run) byPerson(q model.Quote, words []norm.Token, entries []index.Entry) (model.CableMatch, bool) {
	surnames := r.surnamesNear(q)
	if len(surnames) == 0 {
		return model.CableMatch{}, false
	}
	var found []model.CableMatch
	for _, e := range entries {
		cm, _, ok := r.fit(q, words, e, false, model.ByHint)
		if !ok {
			continue
		}
		ct, _ := r.read(e)
		p, _ := ct.doc.ParagraphAt(cm.Start)
		para := strings.ToLower(ct.doc.Body[p.Start:p.End])
		for _, s := range surnames {
			if indexWord(para, s) >= 0 {
				found = append(found, cm)
				break
			}
		}
	}
	if len(found) != 1 {
		return model.CableMatch{}, false
	}
	return found[0], true
}

// maxByPerson is the most cables a short quote may be in for the people
// around it to choose among them.
const maxByPerson = 20

// surnamesNear lists, lowercased, the surnames of the story's people named
// in the quote's paragraph.
func (r *run) surnamesNear(q model.Quote) []string {
	p := paragraphOf(q)
	if p >= len(r.story.Paragraphs) {
		return nil
	}
	text := r.story.Paragraphs[p]
	var out []string
	for _, person := range r.story.People {
		for _, alias := range append([]string{person.Name}, person.Aliases...) {
			if strings.Contains(text, alias) {
				if s := model.SurnameOf(person.Name); len(s) >= 4 {
					out = append(out, s)
				}
				break
			}
		}
	}
	return out
}

// keptUncommon counts the quote's words kept in the cable that are not
// common words: a paraphrase shares more than "the" and "of".
func keptUncommon(words []norm.Token, a alignment) int {
	n := 0
	for _, o := range a.ops {
		if o.kind == opSame || o.kind == opSpelling {
			for _, w := range words[o.s0:o.s1] {
				if !commonWords[w.Form] {
					n++
				}
			}
		}
	}
	return n
}
