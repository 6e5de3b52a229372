package page

import (
	"slices"
	"strings"
	"unicode"

	"cables/content/lex"
)

// nameOfTwoOrThree reports whether s is a person's name of two or three
// words.
func nameOfTwoOrThree(s string) bool {
	w := strings.Fields(s)
	return len(w) >= 2 && len(w) <= 3 && looksLikeName(w)
}

func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// deskWords end the names of a paper's desks and staff credits.
var deskWords = lex.MustSet(words, "words/desk-words.txt")

// isDesk reports a credit to a desk rather than a person: "Staff
// Correspondent", "Our Political Correspondent", "Web Desk".
func isDesk(words []string) bool {
	return len(words) >= 1 && len(words) <= 4 && deskWords[strings.ToLower(words[len(words)-1])] && allCapitalised(words)
}

func allCapitalised(words []string) bool {
	for _, w := range words {
		if r := []rune(w); len(r) == 0 || !unicode.IsUpper(r[0]) {
			return false
		}
	}
	return len(words) > 0
}

// looksLikeName reports words set as a person's name is: each capitalised
// and then lower case, the first not a preposition or article.
func looksLikeName(words []string) bool {
	switch strings.ToLower(words[0]) {
	case "in", "on", "at", "from", "the", "a", "an", "by", "for", "of", "more", "about":
		return false
	}
	for _, w := range words {
		r := []rune(w)
		if len(r) < 2 || !unicode.IsUpper(r[0]) || !unicode.IsLower(r[len(r)-1]) {
			return false
		}
	}
	return true
}

// capitalsName reports a name set in capitals, as bylines often are:
// "JANE O'DOE", "CIARÁN ROE".
func capitalsName(words []string) bool {
	switch words[0] {
	case "IN", "ON", "AT", "FROM", "THE", "A", "AN", "BY", "FOR", "OF", "MORE", "ABOUT":
		return false
	}
	for _, w := range words {
		for _, r := range w {
			if !unicode.IsUpper(r) && r != '\'' && r != '’' && r != '-' && r != '.' {
				return false
			}
		}
	}
	return true
}

// bylineNames are the names of two words or more in a byline: "Jane Roe
// and John Doe in Moscow" names Jane Roe and John Doe.
func bylineNames(byline string) []string {
	var names []string
	for _, part := range strings.FieldsFunc(byline, func(r rune) bool { return r == ',' || r == '&' || r == '|' }) {
		for _, name := range strings.Split(part, " and ") {
			if in := strings.Index(name, " in "); in >= 0 {
				name = name[:in]
			}
			if words := strings.Fields(strings.TrimPrefix(strings.TrimSpace(name), "By ")); len(words) >= 2 {
				names = append(names, strings.Join(words, " "))
			}
		}
	}
	return names
}

// endsWithWriterNote reports whether a story's last paragraph is a note on
// its writer rather than story.
func endsWithWriterNote(s *Page) bool {
	n := len(s.Paragraphs)
	return isAuthorNote(s.Paragraphs[n-1], s.Byline) || isWriterNote(s.Paragraphs[n-1], s.Paragraphs[:n-1])
}

// isAuthorNote reports the note on the writer that ends a piece: a short
// paragraph that starts with a name from the byline and says who they are
// ("Jane Roe is a senior fellow at …").
func isAuthorNote(p, byline string) bool {
	if byline == "" || len(p) > 400 {
		return false
	}
	lower := strings.ToLower(p)
	for _, name := range bylineNames(byline) {
		rest, ok := strings.CutPrefix(lower, strings.ToLower(name)+" is ")
		if ok && (strings.HasPrefix(rest, "a ") || strings.HasPrefix(rest, "an ") || strings.HasPrefix(rest, "the ")) {
			return true
		}
	}
	return false
}

// noteRoles are the words a note on a writer describes them with.
var noteRoles = []string{"contributor", "columnist", "correspondent", "writer", "journalist", "reporter", "editor", "author of", "blogger", "freelance"}

// isWriterNote reports the note on the writer at the end of a page whose
// byline was not found: a sentence or two introducing somebody the story
// never named before ("Jane Roe is a freelance journalist based in Lima.")
// by a writer's role.
func isWriterNote(p string, before []string) bool {
	if len(p) > 300 || strings.Count(p, ". ") > 1 || containsAny(p, "“”\"") {
		return false
	}
	name, rest, ok := strings.Cut(p, " is ")
	words := strings.Fields(name)
	if !ok || len(words) < 2 || len(words) > 3 || !looksLikeName(words) ||
		!strings.HasPrefix(rest, "a ") && !strings.HasPrefix(rest, "an ") && !strings.HasPrefix(rest, "the ") {
		return false
	}
	lower := strings.ToLower(rest)
	if !slices.ContainsFunc(noteRoles, func(role string) bool { return strings.Contains(lower, role) }) {
		return false
	}
	surname := words[len(words)-1]
	return !slices.ContainsFunc(before, func(b string) bool { return strings.Contains(b, surname) })
}
