package content

import (
	"slices"
	"strings"

	"cables/model"
)

// A story of many megabytes is extracted a window of paragraphs at a time,
// so that the extractor's working memory (tokens, name runs, attribution's
// items: about twenty bytes per byte of text) is a window's, not the
// story's (issue 14: any file at most five times its size in memory).
// Each window is read with paragraphs before it, for speakers named
// earlier, and after it, for quotes that go on past its end; it keeps the
// quotes that open in its own paragraphs. The people of the windows are
// merged by name, and a bare surname with one full name of the story
// taken as that person, as the whole story would have.
//
// The trade-off: a speaker named more than windowBefore paragraphs before
// a quote, a pronoun that reaches further back, and a quote that runs on
// over more than windowAfter paragraphs are read as in a story of the
// window alone. Stories up to windowThreshold bytes, which is every story
// anyone writes, are extracted whole, as before.
var (
	windowThreshold = 4 << 20 // bytes of paragraphs above which windows are used
	windowBytes     = 1 << 20 // the paragraphs a window keeps the quotes of
	windowBefore    = 24      // paragraphs read before a window
	windowAfter     = 8       // paragraphs read after a window
)

// paragraphBytes is the size of a story's body.
func paragraphBytes(paras []string) int {
	n := 0
	for _, p := range paras {
		n += len(p)
	}
	return n
}

// extractWindows is extractStory for a story above windowThreshold.
func extractWindows(s *model.Story, explain bool) {
	paras := s.Paragraphs
	var quotes []model.Quote
	var people []model.Person // every window's, in order
	for start := 0; start < len(paras); {
		end, size := start, 0
		for end < len(paras) && (end == start || size+len(paras[end]) <= windowBytes) {
			size += len(paras[end])
			end++
		}
		from, to := max(0, start-windowBefore), min(len(paras), end+windowAfter)
		w := &model.Story{Paragraphs: paras[from:to], Captions: s.Captions}
		extractPart(w, explain, start-from, end-from)
		for _, q := range w.Quotes {
			if len(q.Spans) == 0 || from+q.Spans[0].Paragraph < start || from+q.Spans[0].Paragraph >= end {
				continue // the window before or after keeps it
			}
			for i := range q.Spans {
				q.Spans[i].Paragraph += from
			}
			quotes = append(quotes, q)
		}
		if start == 0 && size > 0 {
			// room for the story's quotes at the first window's rate and
			// an eighth more: a list grown by appending would be copied
			// a dozen times, old and new copies alive at once (issue 14)
			rest := int64(len(quotes)) * int64(paragraphBytes(paras)-size) / int64(size)
			quotes = slices.Grow(quotes, int(rest+rest/8))
		}
		people = append(people, w.People...)
		start = end
	}
	rename := surnamesToFullNames(people)
	s.People = mergePeople(people, rename)
	named := map[string]bool{}
	for i := range quotes {
		q := &quotes[i]
		if to, ok := rename[q.Speaker]; ok {
			q.Speaker = to
		}
		for j, m := range q.Mentions {
			if to, ok := rename[m]; ok {
				q.Mentions[j] = to
			}
			named[q.Mentions[j]] = true
		}
		named[q.Speaker] = true
	}
	// someone read only in the paragraphs around a window, and not where
	// those paragraphs are a window's own, is no one the story names
	s.People = slices.DeleteFunc(s.People, func(p model.Person) bool { return p.Mentions == 0 && !named[p.Name] })
	s.Quotes = quotes
}

// surnamesToFullNames maps each one-word name that is the last word of
// exactly one longer name to that name.
func surnamesToFullNames(people []model.Person) map[string]string {
	full := map[string][]string{}
	seen := map[string]bool{}
	for _, p := range people {
		if seen[p.Name] {
			continue
		}
		seen[p.Name] = true
		if i := strings.LastIndexByte(p.Name, ' '); i >= 0 {
			full[p.Name[i+1:]] = append(full[p.Name[i+1:]], p.Name)
		}
	}
	rename := map[string]string{}
	for _, p := range people {
		if names := full[p.Name]; !strings.Contains(p.Name, " ") && len(names) == 1 {
			rename[p.Name] = names[0]
		}
	}
	return rename
}

// mergePeople merges the windows' people into one entry a name, those
// rename maps into the ones they map to: mentions add up, forms are kept
// once each.
func mergePeople(people []model.Person, rename map[string]string) []model.Person {
	var out []model.Person
	at := map[string]int{}
	for _, p := range people {
		name := p.Name
		if to, ok := rename[name]; ok {
			name = to
		}
		i, ok := at[name]
		if !ok {
			at[name] = len(out)
			out = append(out, model.Person{Name: name})
			i = len(out) - 1
		}
		q := &out[i]
		q.Mentions += p.Mentions
		for _, a := range p.Aliases {
			if !slices.Contains(q.Aliases, a) {
				q.Aliases = append(q.Aliases, a)
			}
		}
	}
	return out
}
