package page

import (
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"cables/content/lex"
)

// Site chrome is told from story text by general rules, which hold for
// every site; the lines that only one site prints are listed apart, per
// site, in sites.txt. The general rules find whole lines that are calls to
// action (sign in, subscribe, share, follow, download the app), comment
// sections and their policies, counters, related-link headings, cookie
// notices and age stamps. A line is chrome when it matches one of these
// and is short, or when it is dense with the vocabulary of site furniture.

// chromeLinePatterns match lines, lowercased, that are chrome through and
// through. Each is anchored and small, so that a line fails most of them
// at its first bytes.
var chromeLinePatterns = []string{
	`\d+\s*/\s*\d+`,              // counters: 0 / 0
	`!\[[^\]]*\]\([^)]*\)\s*\|?`, // an image's Markdown left without its picture: "![]() |"
	`\d+\s+(?:comments?|shares?|views?|likes?|reactions?)`, // 12 comments
	`(?:\d+\.\s*)?(?:skip|jump) to (?:main )?(?:content|navigation)(?: ?(?:skip|jump) to (?:main )?(?:content|navigation|search|footer))*(?: ?access keys help)?(?: ?a-z index)?`, // skip links, one or more, glued or numbered, and the access keys' links
	`posted\s*,\s*updated`, // a date line whose dates the copy lost
	`(?:e-?mail|send) (?:this )?to a friend\s+print(?:able)? (?:version|this page)`, // two reading tools on one line
	`(?:[•·]\s*)?(?:help|text only)`,                                                // a site's accessibility links
	`support (?:us|our [\w '-]{1,30}|the [\w .'&-]{1,30})!`,                         // a call to fund the site: "Support The Example Times!"
	`(?:sign|log)\s?(?:in|up|out)\b.*`,
	`register\b.*`, `subscribe\b.*`, `subscription\b.*`, `newsletter\b.*`,
	`(?:leave|post|add|write|show|view|load|read|see) (?:a |new |all |the )?comments?.*`,
	`comments?`, `comments? \(\d+\)`, `be the first to comment.*`, `comments? (?:are|is) (?:now )?closed.*`,
	`(?:your |enter (?:your )?)?e-?mail(?: address)?`,
	`(?:related|more|also read|read more|read also|see also|recommended|suggested|trending|popular|most (?:read|viewed|popular|shared)|top stories|latest(?: news)?|you (?:may|might) (?:also )?like|more from [^.]{1,40}|more on this[^.]{0,40}|more stories|editor'?s picks)(?: (?:stories|articles|news|topics|coverage|links|content|videos|posts))?:?`,
	`(?:also read|read more|read also|watch|see also|related)\s*[:|].*`, `read\s*:.{1,100}`,
	`related(?: [\w-]+){1,2}`,
	`(?:share|tweet|email|e-mail|print|reprints|copy link|facebook|twitter|whatsapp|linkedin|reddit|telegram|pinterest|x|messenger|sms|mail|recommend|google plus|google\+|tell a friend|digg|stumbleupon|comments?\s*\(\d+\))(?:[\s|/,·•:]+(?:share|tweet|email|e-mail|print|reprints|copy link|facebook|twitter|whatsapp|linkedin|reddit|telegram|pinterest|x|messenger|sms|mail|recommend|google plus|google\+|tell a friend|digg|stumbleupon|refresh|this|article|story|on|comments?(?:\s*\(\d+\))?|font size|a|\d+))*`, // share bars: "Email Print Comments(42) Share", "Print Email Font size: A A Share: Facebook"
	`(?:photo|picture|video|image) gallery\b.*`, `(?:image|photo|picture|media) (?:caption|source|credit)s?,?`, `(?:image|photo|picture) source[,:] .{1,60}`, `caption:?`,
	`share (?:this|on|via)\b.*`, `follow (?:us|the|@).*`,
	`(?:download|get|install) (?:the|our) (?:\w+ )?app\b.*`,
	`(?:we use )?cookies?\b.*`, `accept(?: all)? cookies?.*`, `privacy policy.*`, `terms (?:of|and) (?:use|service|conditions).*`,
	`(?:this (?:article |story |page )?was )?(?:published|updated|posted) \d+ (?:years?|months?|weeks?|days?|hours?|minutes?|mins?) ago`,
	`\d+ (?:min|minute)s? read`, `reading time.*`,
	`advertisement`, `sponsored(?: content)?`, `ad`, `©.*`, `copyright\b.*`,
	`(?:tags|topics|filed under|categories)\s*:.*`,
	`listen to (?:this|the) (?:article|story).*`, `audio version.*`,
	`(?:click|tap) here\b.*`, `open in app`, `continue reading.*`, `story continues (?:below|after).*`,
	`home`, `menu`, `search`, `close`, `toggle navigation`, `e-?paper`, `print edition`, `live tv`,
	`back to top`, `go to top`, `(?:next|previous) (?:story|article|post)\b.*`,
	`\((?:additional )?(?:reporting|writing|editing|compiled) by .*\)`, `source\s*:.{1,60}`, `sources\s*:\s*[\w&'-]+(?: [\w&'-]+){0,2}(?:\s*[,;/]\s*[\w&'-]+(?: [\w&'-]+){0,2}){0,5}`, `permalink\b.*`,
	`keywords?\b.*`, `feedback\s*:.*`, `keep reading`, `follow [\w .'-]{1,40}:`, `contact us\b.*`,
	`disclaimer\b.*`, `our standards\b.*`, `send (?:us )?your (?:news|stories|news stories|tips|photos|videos)\b.*`,
	`print(?:able|er[- ]friendly)? version\b.*`, `article history`, `share (?:or|and) comment\b.*`,
	`most (?:read|viewed|popular|shared|watched|commented)\b.{0,40}`, `.*\|\s*https?://\S+`,
	`more in [^()]{1,40}\(\d+ of \d+(?: \w+)?\)`, `got a (?:story|news story|tip)\b.*`, `thanks for reading\b.*`,
	`like(?: this)?:?`, `like loading.*`, `loading(?:\.\.\.|…)?`, // a blog's like button
	`this entry was posted\b.*`, `bookmark the permalink.*`, // a blog's filing line
	`(?:digg|stumble) it`, `add to del\.icio\.us`, `share this article:?`, // old share bars
	`more top stories`,
	// app-install prompts: "Tap to install our app.", "2. Tap to Add to Home Screen."
	`get (?:the |our )?(?:news|stories|updates|headlines|alerts) (?:faster|first)\b.*`,
	`(?:\d\.\s*)?tap (?:to|in|on|the|here)\b.{0,60}`, `install (?:the|our) (?:[\w'-]+ ){0,3}app\b.{0,40}`,
	`(?:\d\.\s*)?(?:add|save) to (?:your )?home ?screen.*`,
	`to contact the (?:reporter|editor|writer|author|journalist)s?\b.*`, // "To contact the reporter on this story:"
	`press (?:the )?(?:spacebar|space bar|esc|escape)\b.*`,              // a video player's keys
	`(?:please )?(?:enable|turn on) javascript\b.*`,                     // "… to view the comments powered by Disqus"
	`comments? \(\+\)`, `no comments?(?: yet)?(?:\s*[—–-]+\s*be the first\b.*)?:?`, // "No comments yet — be the first."
	`comments? (?:posted|expressed|published) (?:here|below|on this (?:site|page))\b.*`, // a comment system's notice
	`latest (?:headlines|stories|updates)`,
	`today in [\w .'-]{1,30}(?:, [\w .'-]{1,30})?`,                                                 // a weather widget's town: "Today in Lusaka, Zambia"
	`(?:support|help)\b.{0,100}\bdonate(?: here| now| today)?\b.*`, `donate(?: here| now| today)?`, // a donation banner
	`thank(?:s| you) for (?:donating|your (?:donation|gift|support))\b.{0,80}`, `make a (?:donation|gift|contribution)\b.{0,40}`, // and its thanks
	`(?:please )?wait(?:,)? while (?:the )?comments? (?:are|is) loading.*`, `loading comments.*`, // a comment system loading
	`just in:?`, // a ticker's label
	`for more (?:news|stories|coverage|analysis)(?: and [\w ]{1,30})? (?:about|on|from) [\w .'-]{1,40}, please (?:see|visit) [^"“”]{1,60}`, // "For more news about Kandia, please see …"
	`(?:infographics?|interactive|slideshow|podcast|quiz)\s*:.{1,80}`,                                                                      // another feature's promotion
	`join us(?: on [\w .'-]{1,30})?`, `breaking(?: news)?(?:\.\.\.|…)?`, // a call to join; a ticker's label
	`posted by [\w.'-]{1,40} in [\pL ,.'&-]{1,60}`, // a blog's filing line without its date: "Posted by janeroe in Politics."
	// a blog's comment form and its footer
	`leave a reply\b.*`, `cancel reply`, `your e-?mail(?: address)? will not be (?:published|shared)\b.*`, `required fields are marked\b.*`,
	`(?:name|e-?mail|website|url)\s*(?:\(required\))?\s*\*`, `website`, `notify me of (?:follow-up comments|new (?:posts|comments))\b.*`,
	`you must be logged in to (?:post a )?comment\b.*`, `(?:blog )?comments powered by \w+`, `powered by (?:wordpress|blogger|disqus|typepad|drupal)\b.*`,
	`(?:blogger |wordpress )?(?:template|theme)s? (?:designed )?by [\w .'-]{1,40}`, // a blog's footer credit: "Blogger Template by Example."
	`translate(?: this (?:page|article))?\s*[»›]?`,                                 // a translation widget's button
	`enjoyed this (?:post|article|story)\?.{0,40}`,                                 // a share prompt: "Enjoyed this post? Share it!"
	`(?:comments|entries) rss`, `rss(?: feeds?)?`, `subscribe via rss`, `trackbacks?(?: url)?`, `(?:older|newer) posts?`,
	`(?:posted|filed) in [\pL ,&'-]{1,60}(?:\s*\|\s*tagged\b.*)?`, `posted by [\w.'-]{1,40} at \d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?`,
	`labels\s*:.{1,120}`, `\d+ comments?:`, `reactions:?`, `email this\b.{0,20}blogthis\b.*`,
	// a comment system's controls
	`(?:hide|show) comments?`, `report (?:abuse|this comment)`, `reply`, `recommend \(\d+\)`, `sort by\s*:.{1,30}`, `join the (?:conversation|discussion|debate)\b.{0,40}`,
	// promotions and sidebar headings
	`(?:video|photos|audio|watch video)\s*:.{1,80}`, `trending(?: now| stories| news| topics)?`, `(?:from )?around the web`,
	`read more (?:at|on|in|from) .{1,60}`, `republish this (?:story|article)`, `please read before republishing`, // a link to the source; a republishing box
	`(?:in case you missed it|icymi)\b.*`, `(?:promoted|sponsored) (?:stories|content|links)`, `(?:read|up) next\b.{0,80}`, `don'?t miss(?: this)?`, `must read`, `top news`, `topics`, `other (?:stories|news)`, `also on [\w .'-]{1,30}`,
	`(?:enlarge|expand) (?:this )?image`, `(?:toggle|hide|show) caption`, `scroll to continue\b.*`, `(?:article|story) continues below\b.*`,
	`click to (?:share|email|print)\b.*`, `print this (?:page|article|story)`, `(?:send|e-?mail)(?: this)? to a friend`,
	`bookmark and share`, `share/bookmark`, `rate this (?:article|story)\b.*`, `average rating\b.*`, `(?:font|text) size\b.*`,
	`listen`, `save`, `top`, `top of (?:the )?page`, `become a (?:member|subscriber)\b.*`, `create an account`, `forgot (?:your )?password\??`,
	`open in (?:the )?app`, `(?:like|find) us on \w+`, `connect with us`, `stay connected`,
	`(?:report|submit) (?:an error|a typo|a correction)\b.*`, `corrections?`, `contact the editor`, `letters to the editor`,
	`follow [\w .'-]{1,40} on (?:twitter|facebook|instagram|x)\b.*`, `e-?mail the (?:author|writer|reporter)\b.*`,
	`join our (?:whatsapp|telegram|youtube) channel\b.*`, `get the latest (?:news|updates) on \w+`,
	// a video player's and a gallery's furniture
	`your browser does not support\b.*`, `your (?:web )?browser is (?:no longer supported|out of date|outdated|not supported)\b.*`, `exit mobile version`, `this video is (?:not|no longer) available\b.*`, `watch(?: the)? video`, `loading video(?:\.\.\.|…)?`,
	`(?:(?:image|photo|slide|picture) )?\d+ of \d+`, `(?:next|previous) (?:slide|image|photo)`, `(?:open|view) (?:the )?gallery`,
	// a comment system's lists and form
	`comments are moderated\b.*`, `this comment has been removed\b.*`, `(?:newer|older) comments`, `showing \d+ of \d+ comments`,
	`(?:load|show|view) more comments?`, `add your comment`, `your comment`, `submit`, `post`,
	`(?:[«‹<]+\s*)?(?:previous|prev)\s*(?:\|\s*)?next(?:\s*[»›>]+)?`, // a gallery's or a blog's arrows: "««« previousnext »»»"
	`copy (?:this )?link`, `these are external links\b.*`, `close share panel`,
	// the sidebar of a site of leaked cables
	`browse (?:by|the) \w+(?: \w+)?`, `cables? by (?:post|origin|embassy|date|tag|classification)`,
	`xs|sm|md|lg|xl|xxl`,                                                                                              // a text-size chooser's sizes, a line each
	`\[(?:full coverage|read more|more|related)\]`, `\(for (?:more |the latest )?updates\b.{0,60}\bfollow\b.{1,80}\)`, // a link's label; a follow prompt in brackets
	`page \d+ of \d+(?: \d+)*`,                                                      // a list's pages: "Page 1 of 2 1 2"
	`-?\d{1,3}(?:[.,]\d)?\s?°?\s?[cf]`, `\d{1,3}\s?°\s?[cf]?(?: [\pL .,'-]{1,30})?`, // a weather widget: "20 C", "83° Tucson, AZ"
	`(?:excerpt|summary|abstract|extract)\s*:`,                                                                               // a label alone on its line
	`share your thoughts[.!]?`, `click to comment`, `more in [\w &'-]{1,30}`, `don'?t miss the latest\b.{0,80}\bsign up\b.*`, // a comment prompt, a section's link, a newsletter's call
	`search this (?:blog|site)`, `entries in [\w .'-]{1,40} \(\d+\)`, // a blog's search box; a tag page's heading
	`actions`, `information`, `\d+ responses?`, // a blog theme's boxes under a post
	`enhanced by zemanta`, `acknowledge?ments?:.{1,60}`, // a blog's widget; the source a post copied
	`print friendly`, `get our (?:daily |weekly )?newsletters?\b.*`, `read the full (?:story|article)\b.*`, `about the author`, `pin it`,
	// a reading tool's notices and a site's links
	`link copied(?: to (?:the )?clipboard)?[.!]?`, `switch to (?:the )?(?:desktop|mobile|full)(?: site| version| view)?`, `connect to (?:share|comment)\b.{0,40}`,
	`back to (?:the )?(?:news|home(?:page)?|articles?|stories|blog|index|list|search results|main page)(?: (?:&|and) [\w' -]{1,20})?`,
	`hi,? what are you looking for\??`, `article tools`, `current issue`, `our network(?: sites)?(?:\s*\|.*)?`, `advertisement \d+`,
	// a feedback widget and a paywall's calls
	`was this (?:article|content|story|page|information|post) (?:helpful|useful)\??`, `already (?:a )?(?:member|subscriber|registered)\b.{0,60}`,
	`join (?:now|today)\b.{0,100}`, `get started`, `share(?: icon)+`,
}

// chromeLineIndex files chromeLinePatterns by the first byte of the lines
// they match, on first use: a start that reads every story from the cache
// never needs them (issue 14: compiled at init they were 12-15 ms of every
// start). Each is compiled when a line is first tried against it.
var chromeLineIndex = sync.OnceValue(func() *lineIndex { return indexLines(wholeLines(chromeLinePatterns)) })

// wholeLines are patterns made to match a whole line, with a full stop
// or an exclamation mark after.
func wholeLines(patterns []string) []string {
	out := make([]string, len(patterns))
	for i, p := range patterns {
		out[i] = `^(?:` + p + `)[.!]?$`
	}
	return out
}

// chromeStarters are the first words of the lines chromeLines match; a
// line starting otherwise is not tried against it, which keeps the reader
// fast on long stories.
var chromeStarters = lex.MustSet(words, "words/chrome-starters.txt")

// mayBeChromeLine is a cheap test on a lowercased line that rules out most
// story text before the chrome patterns run.
func mayBeChromeLine(l string) bool {
	if l[0] >= '0' && l[0] <= '9' || l[0] == '!' || strings.HasPrefix(l, "©") || strings.HasPrefix(l, "«") || strings.HasPrefix(l, "‹") {
		return true
	}
	end := strings.IndexAny(l, " :|/,.!")
	if end < 0 {
		end = len(l)
	}
	return chromeStarters[l[:end]]
}

// chromeWords are the vocabulary of site furniture, for long lines such as
// comment policies that no whole-line pattern covers.
var chromeWords = lex.MustSet(words, "words/chrome-phrases.txt")

// chromePhrases indexes chromeWords by their first word, so that a line is
// read once whatever the length of the list.
var chromePhrases = func() map[string][][]string {
	m := map[string][][]string{}
	for p := range chromeWords {
		w := strings.Fields(p)
		m[w[0]] = append(m[w[0]], w[1:])
	}
	return m
}()

// contributionWords follow "contributed" in the line that credits the
// other reporters of a story.
var contributionWords = []string{"to this report", "to this story", "to this article", "reporting", "additional reporting"}

// isContributorCredit reports, on a lowercased line, the sentence that
// credits the other reporters of a story: "Associated Press writer Jane
// Roe contributed to this report from Washington.", "John Doe in Lima
// contributed reporting."
func isContributorCredit(lower string) bool {
	if len(lower) > 250 {
		return false
	}
	i := strings.Index(lower, " contributed ")
	if i < 0 || strings.Contains(lower[:i], ". ") || containsAny(lower, "“”\"") {
		return false
	}
	rest := lower[i+len(" contributed "):]
	for _, w := range contributionWords {
		if tail, ok := strings.CutPrefix(rest, w); ok {
			tail = strings.TrimRight(tail, ".")
			if tail == "" {
				return true
			}
			place, ok := strings.CutPrefix(tail, " from ")
			if !ok {
				place, ok = strings.CutPrefix(tail, " in ")
			}
			return ok && len(strings.Fields(place)) <= 4 && !strings.Contains(place, ".")
		}
	}
	return false
}

// isBreadcrumb reports navigation trails: "Home | World | Asia",
// "News › South Asia › Pakistan". Two names make a trail when an arrow
// stands between them ("News › World News"), which prose never prints.
func isBreadcrumb(l string) bool {
	if !hasTrailMark(l) {
		return false
	}
	arrows := strings.Count(l, "›") + strings.Count(l, "»") + strings.Count(l, ">")
	if arrows == 0 && strings.Count(l, "|")+strings.Count(l, "/") < 2 {
		return false
	}
	parts := strings.FieldsFunc(l, func(r rune) bool { return strings.ContainsRune("|›»>/", r) })
	if len(parts) < 3 && (arrows == 0 || len(parts) < 2) || endsSentence(l) {
		return false
	}
	home := arrows > 0 && strings.EqualFold(strings.TrimSpace(parts[0]), "home")
	for i, p := range parts {
		most := 4
		if home && i == len(parts)-1 {
			most = 20 // "Home » World » Envoy recalled over the memos": the trail ends on the story's own headline
		}
		if n := len(strings.Fields(p)); n == 0 || n > most || strings.IndexFunc(p, unicode.IsLetter) < 0 {
			return false // "12/02/2010 06:11 PM" is a date, not a trail
		}
	}
	return true
}

// hasTrailMark reports whether l holds one of the marks isBreadcrumb
// counts ("›", "»", ">", "|", "/"): a search per mark, each over the
// line's bytes at once, as story lines seldom hold any.
func hasTrailMark(l string) bool {
	return strings.IndexByte(l, '>') >= 0 || strings.IndexByte(l, '|') >= 0 || strings.IndexByte(l, '/') >= 0 ||
		strings.Contains(l, "»") || strings.Contains(l, "›")
}

// chromeDensity counts distinct chrome phrases per forty words.
func chromeDensity(line string) float64 {
	if chromeStarts(line, 1) == 0 {
		return 0
	}
	return phraseDensity(line)
}

// phraseDensity is chromeDensity on a line known to hold a word that may
// start a chrome phrase. It reads the line a word at a time, as chromeStarts
// does, and lowers only the words the sieve lets through and the words of
// a phrase's tail after one of them, so that a paragraph costs one pass
// and no allocation.
func phraseDensity(line string) float64 {
	var seen []string // the distinct phrases found, seldom more than two
	words := 0
	for w, rest := nextChromeWord(line); w != ""; w, rest = nextChromeWord(rest) {
		words++
		lower, ok := mayStartPhrase(w)
		if !ok {
			continue // no chrome phrase starts with w, in any of its forms
		}
		for _, tail := range matchPrefixWord(lower) {
			if followedBy(rest, tail) {
				if p := lower + " " + strings.Join(tail, " "); !slices.Contains(seen, p) {
					seen = append(seen, p)
				}
			}
		}
	}
	if len(seen) == 0 {
		return 0
	}
	return float64(len(seen)) * 40 / float64(max(words, 20))
}

// mayStartPhrase is a word of a line lowered, when the sieve lets it
// through: a word of ASCII is sieved before it is lowered, as the sieve
// reads its letters in either case.
func mayStartPhrase(w string) (string, bool) {
	ascii := true
	for i := range len(w) {
		if w[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii && !startFormSieve.mayHold(w) {
		return "", false
	}
	lower := lowerText(w)
	return lower, startFormSieve.mayHold(lower)
}

// followedBy reports whether the words of text, lowered, start with tail.
func followedBy(text string, tail []string) bool {
	for _, t := range tail {
		w, rest := nextChromeWord(text)
		if w == "" || lowerText(w) != t {
			return false
		}
		text = rest
	}
	return true
}

// nextChromeWord returns the first word of text, a run of the runes
// isChromeWordRune takes, and the text after it; "" when text holds none.
// It reads a byte at a time through chromeByteClass, as chromeStarts
// does (issue 14: a rune at a time it was 1.4 % of a first run's
// instructions).
func nextChromeWord(text string) (word, rest string) {
	i := 0
	for i < len(text) {
		class := chromeByteClass[text[i]]
		if class == inWord || class == quoteOrWord && !isCurlyQuoteAt(text, i) {
			break
		}
		if class == quoteOrWord {
			i += len("“")
		} else {
			i++
		}
	}
	j := i
	for j < len(text) {
		if class := chromeByteClass[text[j]]; class != inWord && (class == betweenWords || isCurlyQuoteAt(text, j)) {
			break
		}
		j++
	}
	return text[i:j], text[j:]
}

// chromeStartForms are the first words of chromePhrases with the endings
// matchPrefixWord accepts, for a single look-up per word.
var chromeStartForms = func() map[string]bool {
	m := map[string]bool{}
	for w := range chromePhrases {
		for _, suffix := range []string{"", "s", "ed", "ing", "ion"} {
			m[w+suffix] = true
		}
	}
	return m
}()

// isChromeWordRune is what chromeDensity counts as part of a word.
func isChromeWordRune(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '-' || r >= 0x80 && r != '“' && r != '”' && r != '’' && r != '‘'
}

// chromeStarts counts, up to enough, the words of the line that could start
// a chrome phrase. It allocates nothing, so that story paragraphs, which
// seldom hold one and hardly ever two, cost one pass; a word is lowered
// and looked up only when the sieve, which reads its length and its first
// and last letters in either case, lets it through. A word is a run of the
// runes isChromeWordRune takes, read here a byte at a time through
// chromeByteClass (issue 14: a rune at a time it was 8 % of the page
// stage): every byte outside ASCII belongs to a word, but for a curly
// quote's three.
func chromeStarts(line string, enough int) int {
	count := 0
	for i := 0; i < len(line); {
		switch chromeByteClass[line[i]] {
		case betweenWords:
			i++
			continue
		case quoteOrWord:
			if isCurlyQuoteAt(line, i) {
				i += len("“")
				continue
			}
		}
		start, bits := i, byte(0) // bits: the bytes of the word or'ed
		for i < len(line) {
			c := line[i]
			if class := chromeByteClass[c]; class != inWord && (class == betweenWords || isCurlyQuoteAt(line, i)) {
				break
			}
			bits |= c
			i++
		}
		if w := line[start:i]; bits < utf8.RuneSelf && len(w) > 1 && len(w) <= maxStartForm && startFormSieve.mayHold(w) && isStartForm(w) {
			if count++; count == enough {
				return count
			}
		}
	}
	return count
}

// The classes of chromeByteClass.
const (
	betweenWords = iota
	inWord
	quoteOrWord // 0xE2, which starts the curly quotes and other runes
)

// chromeByteClass is what each byte is to tallyChromeWords.
var chromeByteClass = func() (t [256]uint8) {
	for c := range 256 {
		switch {
		case c == 0xE2:
			t[c] = quoteOrWord
		case c >= utf8.RuneSelf || chromeWordBytes[c]:
			t[c] = inWord
		}
	}
	return t
}()

// isCurlyQuoteAt reports one of the curly quotes isChromeWordRune leaves
// out of words at line[i].
func isCurlyQuoteAt(line string, i int) bool {
	if i+3 > len(line) || line[i+1] != 0x80 {
		return false
	}
	switch line[i+2] {
	case 0x9C, 0x9D, 0x98, 0x99: // “ ” ‘ ’
		return true
	}
	return false
}

// maxStartForm is the longest word chromeStarts looks up.
const maxStartForm = 24

// isStartForm reports whether w, ASCII letters and '-' in any case, is in
// chromeStartForms, lowered without an allocation.
func isStartForm(w string) bool {
	var buf [maxStartForm]byte
	for i := range len(w) {
		buf[i] = w[i] | 0x20 // a letter, or '-', which stays
	}
	return chromeStartForms[string(buf[:len(w)])]
}

// chromeWordBytes are the ASCII bytes isChromeWordRune takes.
var chromeWordBytes = func() (t [utf8.RuneSelf]bool) {
	for c := range rune(utf8.RuneSelf) {
		t[c] = isChromeWordRune(c)
	}
	return t
}()

// matchPrefixWord returns the phrase tails for a word that starts a chrome
// phrase; "comments" and "registered" count as "comment" and "register".
func matchPrefixWord(w string) [][]string {
	if tails, ok := chromePhrases[w]; ok {
		return tails
	}
	for _, suffix := range []string{"s", "ed", "ing", "ion"} {
		if tails, ok := chromePhrases[strings.TrimSuffix(w, suffix)]; ok && strings.HasSuffix(w, suffix) {
			return tails
		}
	}
	return nil
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}

// weakChrome is what may stand among chrome at a story's edges without
// being story text: short lines that are no sentence, list items, and lines
// with any chrome vocabulary.
func weakChrome(line string) bool {
	l := strings.TrimSpace(line)
	return isChrome(l) || chromeShaped(l)
}

// chromeShaped is weakChrome without the chrome patterns, for callers that
// have tried them already.
func chromeShaped(l string) bool {
	if strings.HasPrefix(l, "•") || strings.HasPrefix(l, "·") {
		return true
	}
	if len(l) < 100 && !endsSentence(l) && !containsAny(l, "“”\"‘’«»") {
		return true
	}
	return chromeDensity(l) > 0
}

// endsSentence reports whether a line ends like prose does.
func endsSentence(l string) bool {
	l = strings.TrimRight(l, " ”’\"')»")
	if l == "" {
		return false
	}
	switch r, _ := utf8.DecodeLastRuneInString(l); r {
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
	p = withoutAdLabel(p)
	if !strings.Contains(p, "(") {
		return p
	}
	p = withoutWireCredit(p)
	out := p
	if mayHoldInlineChrome(p) {
		out = cutInlineChrome(p)
	}
	out = strings.TrimRightFunc(strings.TrimSuffix(strings.TrimSpace(out), "|"), unicode.IsSpace)
	return out
}

// adLabels are the labels an advertisement leaves glued to the start of
// the paragraph after it.
var adLabels = lex.MustSet(words, "words/ad-labels.txt")

// withoutAdLabel cuts an advertisement's label off the start of a
// paragraph: "Article continues after this advertisementIn one cable, …".
func withoutAdLabel(p string) string {
	if len(p) < 20 || p[0] != 'A' && p[0] != 'S' {
		return p // (nearly every paragraph: one test)
	}
	for l := range adLabels {
		if len(p) > len(l) && strings.EqualFold(p[:len(l)], l) {
			return strings.TrimLeft(p[len(l):], " ")
		}
	}
	return p
}

// wireCreditStarts open the credit a wire sets in brackets at the end of a
// story: "(Reporting by Jane Roe; editing by John Doe)".
var wireCreditStarts = []string{"reporting by", "additional reporting by", "writing by", "editing by", "compiled by"}

// withoutWireCredit cuts a wire's credit in brackets off the end of a
// paragraph, closed or cut off with the page: the names in it are the
// wire's staff, no one of the story.
func withoutWireCredit(p string) string {
	i := strings.LastIndexByte(p, '(')
	if i < 0 {
		return p
	}
	rest := p[i+1:]
	if j := strings.IndexByte(rest, ')'); j >= 0 && strings.TrimSpace(rest[j+1:]) != "" {
		return p // the story goes on after the bracket
	}
	for _, start := range wireCreditStarts {
		if len(rest) >= len(start) && strings.EqualFold(rest[:len(start)], start) {
			return strings.TrimRight(p[:i], " ")
		}
	}
	return p
}

// mayHoldInlineChrome reports whether a bracket in p opens with one of
// the words of inlineChrome, in either case, and a colon or the closing
// bracket after it, or with a letter outside ASCII that (?i) folds to one
// of theirs ("ſ" to "s"); a paragraph without one is not searched.
func mayHoldInlineChrome(p string) bool {
	return anyIndex(p, "(", func(i int) bool { return inlineChromeAt(p[i+1:]) })
}

// inlineChromeWords are the words inlineChrome takes after its bracket.
var inlineChromeWords = []string{"read", "also read", "read more", "watch", "video", "see", "photo", "photos", "listen"}

// inlineChromeAt reports whether text, after an opening bracket, may start
// as inlineChrome does: one of its words in either case, then a colon or
// the closing bracket; or, where the words would be, one of the two
// letters outside ASCII that fold to a letter of ASCII, "ſ" (s) and "K"
// (the kelvin sign, k).
func inlineChromeAt(text string) bool {
	const longest = len("also read") + 1 // a word and the mark after it
	if head := text[:min(len(text), longest*utf8.UTFMax)]; strings.Contains(head, "ſ") || strings.Contains(head, "\u212a") {
		return true
	}
	for _, w := range inlineChromeWords {
		if len(text) > len(w) && strings.EqualFold(text[:len(w)], w) && (text[len(w)] == ':' || text[len(w)] == ')') {
			return true
		}
	}
	return false
}

// cutInlineChrome is inlineChrome.ReplaceAllString(p, ""), found by hand:
// the regular expression, whose matches may start at any space, took
// ~0.3 ms on a long paragraph (issue 14: 8 % of the page stage on a
// generated library). A bracket is furniture when inlineChromeEnd says so;
// the spaces and the one bar before it go with it, back to the end of the
// furniture cut before. A paragraph with "ſ" or the kelvin sign, which
// (?i) folds to ASCII letters, is left to the expression.
func cutInlineChrome(p string) string {
	if strings.Contains(p, "ſ") || strings.Contains(p, "\u212a") {
		return inlineChrome.ReplaceAllString(p, "")
	}
	var out []byte
	kept := 0 // p[kept:] is not yet copied to out
	for i := strings.IndexByte(p, '('); i >= 0; {
		next := i + 1
		if end := inlineChromeEnd(p, i); end > 0 {
			out = append(out, p[kept:inlineChromeStart(p, i, kept)]...)
			kept, next = end, end
		}
		j := strings.IndexByte(p[next:], '(')
		if j < 0 {
			break
		}
		i = next + j
	}
	if out == nil && kept == 0 {
		return p
	}
	return string(append(out, p[kept:]...))
}

// inlineChromeEnd is where the furniture that the bracket at p[open]
// opens ends, past its closing bracket, or -1: one of inlineChromeWords in
// any case of ASCII, then the closing bracket, or a colon and what
// follows up to a closing bracket with no opening one before it.
func inlineChromeEnd(p string, open int) int {
	text := p[open+1:]
	for _, w := range inlineChromeWords {
		if len(text) <= len(w) || !asciiEqualFold(text[:len(w)], w) {
			continue
		}
		switch text[len(w)] {
		case ')':
			return open + 1 + len(w) + 1
		case ':':
			rest := text[len(w)+1:]
			if k := strings.IndexAny(rest, "()"); k >= 0 && rest[k] == ')' {
				return open + 1 + len(w) + 1 + k + 1
			}
		}
	}
	return -1
}

// inlineChromeStart is where the furniture whose bracket opens at p[open]
// starts: the spaces (\s: tab, new line, form feed, carriage return and
// space), the one bar and the spaces again before it, not before from.
func inlineChromeStart(p string, open, from int) int {
	i := open
	for i > from && isRegexpSpace(p[i-1]) {
		i--
	}
	if i > from && p[i-1] == '|' {
		i--
		for i > from && isRegexpSpace(p[i-1]) {
			i--
		}
	}
	return i
}

// isRegexpSpace is what \s matches.
func isRegexpSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' }

// asciiEqualFold reports whether a and b, of one length, are the same
// but for the case of ASCII letters.
func asciiEqualFold(a, b string) bool {
	for i := range len(a) {
		x, y := a[i], b[i]
		if x != y && (x|0x20 != y|0x20 || x|0x20 < 'a' || x|0x20 > 'z') {
			return false
		}
	}
	return true
}

// containsWord reports whether word occurs in s with no letter before it.
func containsWord(s, word string) bool {
	for off := 0; ; {
		i := strings.Index(s[off:], word)
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
