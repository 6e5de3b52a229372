package match

import (
	"regexp"
	"slices"
	"strings"
	"time"

	"cables/archive/formats"
	"cables/model"
)

// idRE finds reference IDs written in a story: "09TUNIS492", "#09TUNIS492",
// "08NEWDELHI2783_a", "1973STATE089296".
var idRE = regexp.MustCompile(`\b(\d{2}|\d{4})([A-Z][A-Z-]{2,})(\d{1,6})(_[a-z])?\b`)

// IDsIn returns the reference IDs written in a text, with their byte spans.
func IDsIn(text string) []model.CableRef {
	var refs []model.CableRef
	for _, m := range idRE.FindAllStringIndex(text, -1) {
		id := text[m[0]:m[1]]
		if formats.ValidID(id) {
			refs = append(refs, model.CableRef{ID: id, Text: id, Span: &model.Span{Start: m[0], End: m[1]}})
		}
	}
	return refs
}

var months = map[string]time.Month{"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
	"july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
	"nov": 11, "dec": 12}

const monthNames = `(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?`

var (
	mdyRE = regexp.MustCompile(monthNames + `\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b`)
	dmyRE = regexp.MustCompile(`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?` + monthNames + `,?\s+((?:19|20)\d\d)\b`)
	myRE  = regexp.MustCompile(monthNames + `,?\s+((?:19|20)\d\d)\b`)
	// mdRE finds a day without a year ("dated February 22 this year").
	mdRE = regexp.MustCompile(monthNames + `\s+(\d{1,2})(?:st|nd|rd|th)?\b`)
	// documentRE finds a sentence about a cable: only such sentences give
	// hints.
	documentRE = regexp.MustCompile(`(?i)\b(cables?|memos?|dispatch(es)?|telegrams?|documents?|reports?|wrote|writes|sent|message)\b`)
	authorRE   = regexp.MustCompile(`\b(?:sent|signed|written|authored|issued)\s+by\s+(?:the\s+)?(?:then[- ])?(?:(?:US|U\.S\.|American)\s+)?(?:(?:[Aa]mbassador|[Ss]ecretary of [Ss]tate|[Ee]nvoy|[Cc]harg[eé] d'[Aa]ffaires|[Cc]onsul(?: [Gg]eneral)?)\s+)?((?:[A-Z][a-z]+|[A-Z]\.)(?:\s+(?:[A-Z][a-z]+|[A-Z]\.)){1,3})`)
)

// datesIn finds the dates a text names, each with its precision. A day
// named without a year is of the story's year (published), or the year
// before when that would be after the story.
func datesIn(text string, published time.Time) []model.CableRef {
	var refs []model.CableRef
	taken := make([]bool, len(text)+1)
	add := func(m []int, t time.Time, p model.DatePrecision) {
		for k := m[0]; k < m[1]; k++ {
			if taken[k] {
				return
			}
		}
		for k := m[0]; k < m[1]; k++ {
			taken[k] = true
		}
		refs = append(refs, model.CableRef{Date: t, DatePrecision: p, Text: text[m[0]:m[1]],
			Span: &model.Span{Start: m[0], End: m[1]}})
	}
	for _, m := range mdyRE.FindAllStringSubmatchIndex(text, -1) {
		if t, ok := date(text[m[6]:m[7]], text[m[2]:m[3]], text[m[4]:m[5]]); ok {
			add(m, t, model.DateDay)
		}
	}
	for _, m := range dmyRE.FindAllStringSubmatchIndex(text, -1) {
		if t, ok := date(text[m[6]:m[7]], text[m[4]:m[5]], text[m[2]:m[3]]); ok {
			add(m, t, model.DateDay)
		}
	}
	for _, m := range myRE.FindAllStringSubmatchIndex(text, -1) {
		if t, ok := date(text[m[4]:m[5]], text[m[2]:m[3]], "1"); ok {
			add(m, t, model.DateMonth)
		}
	}
	if !published.IsZero() {
		for _, m := range mdRE.FindAllStringSubmatchIndex(text, -1) {
			t, ok := date("2000", text[m[2]:m[3]], text[m[4]:m[5]])
			if !ok {
				continue
			}
			t = t.AddDate(published.Year()-2000, 0, 0)
			if t.After(published) {
				t = t.AddDate(-1, 0, 0)
			}
			add(m, t, model.DateDay)
		}
	}
	return refs
}

func date(year, month, day string) (time.Time, bool) {
	mo, ok := months[strings.ToLower(strings.TrimSuffix(month, "."))]
	if !ok {
		return time.Time{}, false
	}
	y, d := atoi(year), atoi(day)
	if d < 1 || d > 31 {
		return time.Time{}, false
	}
	return time.Date(y, mo, d, 0, 0, 0, 0, time.UTC), true
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			return 0
		}
		n = n*10 + int(c-'0')
	}
	return n
}

// hintsIn reads the cable references of a piece of text about a cable: a
// date and a post named together, and who sent it. posts are the posts the
// archive holds cables from. The spans are relative to text.
func hintsIn(text string, posts []post, published time.Time) []model.CableRef {
	if !documentRE.MatchString(text) {
		return nil
	}
	origin := ""
	for _, p := range posts {
		if i := indexWord(text, p.place); i >= 0 {
			origin = p.place
			break
		}
	}
	author := ""
	if m := authorRE.FindStringSubmatch(text); m != nil {
		author = m[1]
	}
	refs := datesIn(text, published)
	for i := range refs {
		refs[i].Origin, refs[i].Author = origin, author
	}
	if len(refs) == 0 && origin != "" {
		refs = append(refs, model.CableRef{Origin: origin, Author: author, Text: origin})
	}
	return refs
}

// indexWord finds word in text as a whole word, capitalised as written.
func indexWord(text, word string) int {
	for from := 0; ; {
		i := strings.Index(text[from:], word)
		if i < 0 {
			return -1
		}
		i += from
		end := i + len(word)
		if (i == 0 || !isLetter(text[i-1])) && (end == len(text) || !isLetter(text[end])) {
			return i
		}
		from = i + 1
	}
}

func isLetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

// post is a place cables are sent from, as a story names it ("Islamabad",
// "New Delhi"), and the archive's origins it stands for.
type post struct {
	place   string
	origins map[string]bool
}

// originPrefixes are the words before a place in an archive's origin.
var originPrefixes = []string{"Embassy ", "Consulate ", "Mission ", "US Mission ", "USUN ", "US Office ",
	"American Institute ", "US Interests Section ", "REO ", "Consulate General "}

// originAliases are the names stories give origins that name no place.
var originAliases = map[string][]string{"Secretary of State": {"Secretary of State", "State Department"}}

// postsOf makes the places stories name out of the archive's origins:
// "Embassy New Delhi" is "New Delhi". Origins that name no place
// ("Secretary of State") give none.
func postsOf(origins []string) []post {
	byPlace := map[string]map[string]bool{}
	for _, o := range origins {
		place := ""
		for _, p := range originPrefixes {
			if strings.HasPrefix(o, p) {
				place = strings.TrimSpace(strings.TrimPrefix(o, p))
			}
		}
		if len(place) < 3 {
			continue
		}
		if byPlace[place] == nil {
			byPlace[place] = map[string]bool{}
		}
		byPlace[place][o] = true
	}
	for o, names := range originAliases {
		for _, name := range names {
			if slices.Contains(origins, o) {
				if byPlace[name] == nil {
					byPlace[name] = map[string]bool{}
				}
				byPlace[name][o] = true
			}
		}
	}
	var out []post
	for p, os := range byPlace {
		out = append(out, post{p, os})
	}
	// Longer places first: "New Delhi" before "Delhi".
	slices.SortFunc(out, func(a, b post) int {
		if len(a.place) != len(b.place) {
			return len(b.place) - len(a.place)
		}
		return strings.Compare(a.place, b.place)
	})
	return out
}
