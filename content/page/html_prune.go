package page

import (
	"strings"

	"cables/content/lex"

	"golang.org/x/net/html"
)

// chromeRoles are ARIA landmarks and states that are never a story's body.
var chromeRoles = lex.MustSet(words, "words/chrome-roles.txt")

// chromeNameWords are the words of class and id names that sites give their
// furniture and that readability's own list leaves out. Matched as whole
// words of a name ("social-share" has "share"; "shareholders" has not).
var chromeNameWords = lex.MustSet(words, "words/chrome-class-words.txt")

// maxChromeText is the most text an element named like furniture may hold
// and still be dropped: a body container that merely carries such a class
// ("has-share-buttons") holds far more, and is kept.
const maxChromeText = 600

// pruneChrome removes what a page marks as not its story before
// readability scores what is left: hidden elements, ARIA landmarks for
// navigation and asides, and small blocks named as newsletters, share
// bars, cookie notices, promotions and most-read lists.
func pruneChrome(doc *html.Node) {
	var doomed []*html.Node
	walkElements(doc, func(n *html.Node) {
		if isPrunable(n) {
			doomed = append(doomed, n)
		}
	})
	// One inside another is removed with it; removing it again from its
	// detached parent is harmless.
	for _, n := range doomed {
		if n.Parent != nil {
			n.Parent.RemoveChild(n)
		}
	}
}

func isPrunable(n *html.Node) bool {
	if _, hidden := attrOK(n, "hidden"); hidden || strings.EqualFold(attr(n, "aria-hidden"), "true") {
		return true
	}
	if chromeRoles[strings.ToLower(attr(n, "role"))] {
		return true
	}
	if !namedLikeChrome(attr(n, "class")+" "+attr(n, "id")) || n.Data == "body" || n.Data == "html" {
		return false
	}
	return textLen(n, maxChromeText) <= maxChromeText
}

// namedLikeChrome reports a class or id list with a furniture word in it.
func namedLikeChrome(names string) bool {
	words := strings.FieldsFunc(strings.ToLower(names), func(r rune) bool {
		return r == ' ' || r == '-' || r == '_' || r == '\t' || r == '\n'
	})
	for i, w := range words {
		if chromeNameWords[w] || (i+1 < len(words) && chromeNameWords[w+words[i+1]]) {
			return true
		}
	}
	return false
}

// attrOK returns an attribute's value and whether it is present at all.
func attrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

// textLen counts the bytes of text under n, stopping once past limit.
func textLen(n *html.Node, limit int) int {
	total := 0
	var count func(*html.Node) bool
	count = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil && total <= limit; c = c.NextSibling {
			if c.Type == html.TextNode {
				total += len(strings.TrimSpace(c.Data))
			}
			count(c)
		}
		return total <= limit
	}
	count(n)
	return total
}
