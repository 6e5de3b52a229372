package content

import (
	"regexp"
	"strings"
	"unicode"
)

// Site chrome is told from story text by general rules rather than a list
// fitted to one site: whole lines that are calls to action (sign in,
// subscribe, share, follow, download the app), comment sections and their
// policies, counters, related-link headings, cookie notices and age stamps.
// A line is chrome when it matches one of these and is short, or when it is
// dense with the vocabulary of site furniture.

// chromeLine matches lines that are chrome through and through.
var chromeLine = regexp.MustCompile(`(?i)^(?:` + strings.Join([]string{
	`\d+\s*/\s*\d+`, // counters: 0 / 0
	`\d+\s+(?:comments?|shares?|views?|likes?|reactions?)`, // 12 comments
	`skip to (?:main )?(?:content|navigation)`,
	`(?:sign|log)\s?(?:in|up|out)\b.*`,
	`register\b.*`, `subscribe\b.*`, `subscription\b.*`, `newsletter\b.*`,
	`(?:leave|post|add|write|show|view|load|read|see) (?:a |new |all |the )?comments?.*`,
	`comments?`, `comments? \(\d+\)`, `be the first to comment.*`,
	`(?:related|more|also read|read more|read also|see also|recommended|trending|popular|most (?:read|viewed|popular|shared)|top stories|latest(?: news)?|you (?:may|might) (?:also )?like|more from [^.]{1,40}|more on this[^.]{0,40}|more stories|editor'?s picks)(?: (?:stories|articles|news|topics|coverage|links|content|videos))?:?`,
	`(?:also read|read more|read also|watch|see also|related)\s*:.*`,
	`(?:share|tweet|email|e-mail|print|copy link|facebook|twitter|whatsapp|linkedin|reddit|telegram|pinterest|x|messenger|sms|mail)(?:[\s|/,·•]+(?:share|tweet|email|e-mail|print|copy link|facebook|twitter|whatsapp|linkedin|reddit|telegram|pinterest|x|messenger|sms|mail|this|article|story|on))*`,
	`share (?:this|on|via)\b.*`, `follow (?:us|the|@).*`,
	`(?:download|get|install) (?:the|our) (?:\w+ )?app\b.*`,
	`.*\b(?:app store|google play)\b.*`,
	`(?:we use )?cookies?\b.*`, `accept(?: all)? cookies?.*`, `privacy policy.*`, `terms (?:of|and) (?:use|service|conditions).*`,
	`(?:published|updated|posted) \d+ (?:years?|months?|weeks?|days?|hours?|minutes?|mins?) ago`,
	`\d+ (?:min|minute)s? read`, `reading time.*`,
	`advertisement`, `sponsored(?: content)?`, `ad`, `©.*`, `.*all rights reserved.*`, `copyright\b.*`,
	`(?:tags|topics|filed under|categories)\s*:.*`,
	`listen to (?:this|the) (?:article|story).*`, `audio version.*`,
	`(?:click|tap) here\b.*`, `open in app`, `continue reading.*`, `story continues (?:below|after).*`,
	`this article is from\b.*`,
}, "|") + `)[.!]?$`)

// chromeWords are the vocabulary of site furniture, for long lines such as
// comment policies that no whole-line pattern covers.
var chromeWords = []string{
	"sign in", "sign up", "signup", "log in", "login", "logged in", "logging in", "register",
	"registered user", "subscribe", "subscription", "subscriber", "newsletter", "member-only",
	"members only", "premium", "unlock", "free stories", "your account", "an account",
	"accounts", "comment", "commenting", "community guidelines", "abusive", "abide by",
	"cookie", "privacy", "terms of", "notifications", "notified", "click here",
	"app", "download", "share this", "follow us", "offers", "discounts", "manage your",
	"read later", "save stories", "full sentences",
}

// isChrome reports whether a whole line is site chrome.
func isChrome(line string) bool {
	l := strings.TrimSpace(strings.TrimLeft(line, "•·*-–—>|#▶►"))
	if l == "" {
		return true
	}
	if len(l) <= 200 && chromeLine.MatchString(l) {
		return true
	}
	return chromeDensity(l) >= 3
}

// chromeDensity counts distinct chrome phrases per forty words.
func chromeDensity(line string) float64 {
	lower := strings.ToLower(line)
	hits := 0
	for _, w := range chromeWords {
		if containsWord(lower, w) {
			hits++
		}
	}
	words := len(strings.Fields(line))
	if words == 0 || hits == 0 {
		return 0
	}
	return float64(hits) * 40 / float64(max(words, 20))
}

// containsWord reports whether phrase occurs in s starting on a word boundary.
func containsWord(s, phrase string) bool {
	for off := 0; ; {
		i := strings.Index(s[off:], phrase)
		if i < 0 {
			return false
		}
		i += off
		if i == 0 || !isWordByte(s[i-1]) {
			return true
		}
		off = i + 1
	}
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}

// weakChrome is what may stand among chrome at a story's edges without
// being story text: short lines that are no sentence, list items, and lines
// with any chrome vocabulary.
func weakChrome(line string) bool {
	l := strings.TrimSpace(line)
	if isChrome(l) || chromeDensity(l) > 0 {
		return true
	}
	if strings.HasPrefix(l, "•") || strings.HasPrefix(l, "·") {
		return true
	}
	return len(l) < 60 && !endsSentence(l) && !strings.ContainsAny(l, "“”\"‘’")
}

// endsSentence reports whether a line ends like prose does.
func endsSentence(l string) bool {
	l = strings.TrimRight(l, " ”’\"')»")
	if l == "" {
		return false
	}
	r := []rune(l)
	switch r[len(r)-1] {
	case '.', '!', '?', '…':
		return true
	}
	return false
}

// inlineChrome matches link furniture inside a paragraph: "(Read)",
// "(Read: What diplomats said)", "| (Also read: …)".
var inlineChrome = regexp.MustCompile(`\s*\|?\s*\((?i:read|also read|read more|watch|video|see|photos?|listen)(?::[^()]*)?\)`)

// dropInlineChrome removes link furniture from a paragraph.
func dropInlineChrome(p string) string {
	if !strings.Contains(p, "(") {
		return p
	}
	out := inlineChrome.ReplaceAllString(p, "")
	out = strings.TrimRightFunc(strings.TrimSuffix(strings.TrimSpace(out), "|"), unicode.IsSpace)
	return out
}

// captionCredit matches the photo credits and labels that mark a caption.
var captionCredit = regexp.MustCompile(`(?i)(?:^(?:file )?(?:photo|picture|image|photograph)s?\s*:|(?:\bfile (?:photo|picture|image)|\b(?:photo|picture|image|photograph)s?\s*[:/]\s*[\p{L}\p{N} .&/'-]{1,40}|\(file\)|\bgetty images|\bap photo[^.]*)\.?\)?$)`)

// isCaption reports whether a line is a photo caption by its credit.
func isCaption(line string) bool {
	return len(line) < 600 && captionCredit.MatchString(line)
}

// trimCredit drops a bare "File photo" label from a caption; credits that
// name somebody stay.
func trimCredit(c string) string {
	l := strings.ToLower(c)
	for _, suffix := range []string{"file photo", "file picture", "(file)", "file image"} {
		if strings.HasSuffix(strings.TrimRight(l, ". "), suffix) {
			c = strings.TrimRight(c, ". ")
			return strings.TrimSpace(c[:len(c)-len(suffix)])
		}
	}
	return c
}
