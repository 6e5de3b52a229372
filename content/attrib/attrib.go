// Package attrib decides, quote by quote in reading order, who speaks
// (a person of the people index, or nobody named), whether the words are a
// document's or spoken (model.Cable or model.Speech), and which document
// they come from, from the cues around each quote: reporting verbs and
// their subjects, pronouns and titles, and the documents the story names.
package attrib

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"cables/content/internal/arena"
	"cables/content/lex"
	"cables/content/people"
	"cables/content/quotes"
	"cables/model"
)

// attributor decides, quote by quote in reading order, who speaks and
// whether the words are a document's.
type attributor struct {
	ix    *people.Index
	paras []*paraText
	found []quotes.Found
	// speaker[q] is the person of quote q, or -1; kind[q] its kind.
	speaker []int
	kind    []model.Kind
	source  []string
	// why[q] holds the rules that decided quote q's speaker, kind and
	// source.
	why []quoteWhy
	// echo is the case the echo rules read (echo.go), kept here so that
	// asking them allocates nothing.
	echo     echoCase
	echoKeys []echoKey
	// events are the people who spoke or reported, in reading order, up to
	// the paragraph before the one being read: a pronoun with no one to
	// stand for in its own paragraph goes to the last of them.
	events []int
	// docs are the documents the story quotes; docMentions the mentions
	// of them in reading order, those of paragraph pi from docFrom[pi] to
	// docFrom[pi+1].
	docs        []document
	docMentions []docMention
	docFrom     []int
	// docRecent holds the documents by when the story last named them,
	// the latest last (fileDocument)
	docRecent []int32
	// docNames holds the descriptions of the story's documents that
	// quotes name (describe): a new one for each story, as they go out
	// with its quotes
	docNames strings.Builder
	// subjects are the subjects read of verbs (paraText.subjects)
	subjects []source
	// lastWriter is the speaker of the last cable passage: the author a
	// phrase like "the cable's author" names.
	lastWriter int
	// owners are the people the story gives a document of their own
	// ("Dell's cable", "Ruiz's memo"): they write cables (writer).
	owners []int
	// quoteCase is what the rules read about the quote being decided.
	quoteCase quoteCase
	// phraseCase is what the phrase rules read about the phrase being
	// classified, afterCase what the after rules read after the quote
	// being read: kept in the scratch between stories.
	phraseCase *phraseCase
	afterCase  *afterCase
	// phraseMemo keeps what classify found (phrase.go)
	phraseMemo *phraseMemo
	// pronounCases are what the pronoun rules read, a stack as deep as
	// pronouns are read within pronouns.
	pronounCases []*pronounCase
	pronounDepth int
}

// attribScratch is what attribute uses only while it runs, kept between
// stories like the token and paragraph arenas.
type attribScratch struct {
	echoKeys []echoKey
	regions  [][]region
	count    []int
	flat     []region
	paras    []*paraText
	speaker  []int
	kind     []model.Kind
	source   []string
	why      []quoteWhy
	events   []int
	// subjects is attributor.subjects
	subjects []source
	// pronounCases is the pronoun rules' stack (attributor.pronounCases),
	// phrase and after the phrase and after rules' cases
	pronounCases []*pronounCase
	phrase       phraseCase
	after        afterCase
	phraseMemo   phraseMemo
	// a is the attributor itself (several hundred bytes a story)
	a attributor
}

var attribScratches = sync.Pool{New: func() any { return new(attribScratch) }}

// Attribute fills kind, speaker, source and mentions of the quotes found;
// with explain, also each quote's Why: the rules that decided them.
func Attribute(paras []string, toks [][]lex.Token, ix *people.Index, found []quotes.Found, explain bool) []model.Quote {
	var out []model.Quote
	attribute(paras, toks, ix, found, explain, func(a *attributor) { out = a.quotes(paras, explain) })
	return out
}

// attribute decides every quote of a story in reading order, with the
// rules' evidence when explain is set, and hands the attributor to done
// while its paragraphs are still prepared; the scratch and arenas go back
// to their pools after.
func attribute(paras []string, toks [][]lex.Token, ix *people.Index, found []quotes.Found, explain bool, done func(*attributor)) {
	sc := attribScratches.Get().(*attribScratch)
	defer attribScratches.Put(sc)
	regions := sc.quoteRegions(paras, found)
	a := &sc.a
	*a = attributor{ix: ix, found: found, paras: arena.Room(sc.paras, len(paras)),
		speaker: arena.Room(sc.speaker, len(found)), kind: arena.Room(sc.kind, len(found)), source: arena.Room(sc.source, len(found)),
		why: arena.Room(sc.why, len(found)), lastWriter: -1, events: sc.events[:0], subjects: sc.subjects[:0], pronounCases: sc.pronounCases,
		phraseCase: &sc.phrase, afterCase: &sc.after, phraseMemo: &sc.phraseMemo, echoKeys: sc.echoKeys}
	clear(a.source)
	clear(a.why)
	clear(a.kind)
	for q := range a.speaker {
		a.speaker[q] = -1 // (no one yet: a rule that reads a quote not decided must not see the last story's speaker)
	}
	defer func() {
		sc.paras = a.paras
		sc.speaker, sc.kind, sc.source, sc.why, sc.events = a.speaker, a.kind, a.source, a.why, a.events
		sc.echoKeys = a.echoKeys
		clear(a.subjects) // (no story's words kept alive by the pool)
		sc.subjects = a.subjects[:0]
		for _, k := range a.pronounCases {
			*k = pronounCase{} // (no story kept alive by the pool)
		}
		sc.pronounCases = a.pronounCases
		sc.phrase, sc.after = phraseCase{}, afterCase{}
		sc.phraseMemo = phraseMemo{}
		*a = attributor{} // (no story kept alive by the pool)
	}()
	sa := newParaArena(toks, regions)
	defer sa.release()
	ar := &sa.ar
	for pi, p := range paras {
		a.paras[pi] = &ar.texts[pi]
		newParaText(a.paras[pi], ar, p, toks[pi], regions[pi], ix.Mentions[pi])
		a.paras[pi].pi, a.paras[pi].explain = pi, explain
	}
	a.docs, a.docMentions, a.docFrom, a.docRecent = ar.docs[:0], ar.docMentions[:0], arena.Room(ar.docFrom, len(paras)+1), ar.docRecent[:0]
	a.readDocuments()
	ar.docs, ar.docMentions, ar.docFrom, ar.docRecent = a.docs, a.docMentions, a.docFrom, a.docRecent
	q := 0
	for pi := range paras {
		for ; q < len(found) && found[q].Spans[0].Paragraph == pi; q++ {
			a.attributeOne(q)
		}
		a.noteEvents(pi)
	}
	a.echoes()
	done(a)
}

// quoteRegions returns, per paragraph, the stretches its quotes cover in
// quote order; the regions of all paragraphs share one array.
func (sc *attribScratch) quoteRegions(paras []string, found []quotes.Found) [][]region {
	regions := arena.Room(sc.regions, len(paras))
	count := arena.Room(sc.count, len(paras)+1)
	clear(count)
	for _, f := range found {
		for _, s := range f.Spans {
			count[s.Paragraph+1]++
		}
	}
	for pi := range paras {
		count[pi+1] += count[pi]
	}
	flat := arena.Room(sc.flat, count[len(paras)])
	for pi := range paras {
		regions[pi] = flat[count[pi]:count[pi]:count[pi+1]]
	}
	for q, f := range found {
		for k, s := range f.Spans {
			rg := region{start: 0, end: len(paras[s.Paragraph]), quote: q}
			if k == 0 {
				rg.start = f.OpenAt
			}
			if k == len(f.Spans)-1 {
				rg.end = f.CloseEnd
			}
			regions[s.Paragraph] = append(regions[s.Paragraph], rg)
		}
	}
	sc.regions, sc.count, sc.flat = regions, count, flat
	return regions
}

// quotes is the story's quotes as decided; with explain, each with the
// rules that decided it.
func (a *attributor) quotes(paras []string, explain bool) []model.Quote {
	out := make([]model.Quote, len(a.found))
	var reasons []model.Reason
	var mentions []string // one array for the story's quotes' mentions
	if explain {
		reasons = make([]model.Reason, 0, a.reasons()) // one array for the story's quotes
	}
	for q, f := range a.found {
		out[q] = model.Quote{Text: quotes.Text(paras, f.Spans), Kind: a.kind[q], Source: a.source[q], Spans: f.Spans}
		n := len(mentions)
		if mentions = a.mentionsIn(mentions, q); len(mentions) > n {
			out[q].Mentions = mentions[n:len(mentions):len(mentions)]
		}
		if a.speaker[q] >= 0 {
			out[q].Speaker = a.ix.People[a.speaker[q]].Canonical
		}
		if explain {
			n = len(reasons)
			reasons = a.why[q].append(reasons, &out[q])
			out[q].Why = reasons[n:len(reasons):len(reasons)]
		}
	}
	return out
}

// mentionsIn appends to names the people named inside quote q, each once,
// in the order the quote names them. It reads the paragraph's few
// mentions (in reading order, none overlapping another), not the quote's
// tokens.
func (a *attributor) mentionsIn(names []string, q int) []string {
	n := len(names)
	for _, s := range a.found[q].Spans {
		pt := a.paras[s.Paragraph]
		from := -1 // the first token of the span, read at the first mention that may stand in it
		for _, m := range a.ix.Mentions[s.Paragraph] {
			if m.TokEnd <= from || int(pt.toks[m.Tok].Start) >= s.End {
				continue
			}
			if from < 0 {
				if from = pt.tokenAt(s.Start); m.TokEnd <= from {
					continue
				}
			}
			for t := max(m.Tok, from); t < m.TokEnd && int(pt.toks[t].Start) < s.End; t++ {
				if pt.quoteAtToken(t) != q {
					continue
				}
				if name := a.ix.People[m.Person].Canonical; !slices.Contains(names[n:], name) {
					if names == nil {
						names = make([]string, 0, 8) // (not grown from one: a story names a few people in its quotes)
					}
					names = append(names, name)
				}
				break // (every token of a mention names the same person)
			}
		}
	}
	return names
}

// titleCase reports whether every word of a one-span quote of a few words
// starts with a capital: the name of a book, film or operation.
func titleCase(f quotes.Found, text string) bool {
	if len(f.Spans) != 1 {
		return false
	}
	// the words are read twice rather than cut into a slice: counted (up
	// to seven), then checked
	words := text[f.Spans[0].Start:f.Spans[0].End]
	n := 0
	for range strings.FieldsSeq(words) {
		if n++; n > 6 {
			return false
		}
	}
	if n < 2 {
		return false
	}
	for w := range strings.FieldsSeq(words) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !lex.StopWords[strings.ToLower(w)] {
			return false
		}
	}
	return true
}
