package page

import (
	"slices"
	"strings"
	"testing"
)

func TestHeadlineUnderAMasthead(t *testing.T) {
	tests := []struct{ name, top, title string }{
		{"skip link, site name, menu and a two-step breadcrumb over a tabloid headline",
			"Skip to main content\nThe Daily Example\nHome | News | Sport | Money | Travel\nNews › World News\n\nENVOY ‘TOO TIRED TO GOVERN’\n\nLeaked memos brand the minister a late-night lightweight\n\nBy JANE ROE, Foreign Correspondent",
			"ENVOY ‘TOO TIRED TO GOVERN’"},
		{"site name, section and a log-in line",
			"The Example Times\nEurope\nLog In | Subscribe\n\nCables Show Envoys Doubted the Minister\n\nBy JANE ROE",
			"Cables Show Envoys Doubted the Minister"},
		{"menu, breadcrumb, date and a kicker over the headline",
			"EXAMPLE ONLINE\nInternational\nFront Page | World | Europe | Business\n\nEnglish Site > International > World\n\n12/02/2010 06:11 PM\n\nMoscow Dispatches\n\nThe Tsar and the Envoy: How Diplomats See the Kremlin\n\nBy Jane Roe in Moscow",
			"The Tsar and the Envoy: How Diplomats See the Kremlin"},
		{"section word after the menu",
			"Example Institute\nResearch | Events | Programs | Support Us\n\nCommentary\n\nThe Leaks and the Gulf: What the Documents Reveal\n\nApril 21, 2023",
			"The Leaks and the Gulf: What the Documents Reveal"},
		{"accessibility links and a menu without separators",
			"Skip to content\nAccessibility Help\nExample Account\nHome News Sport Weather Sounds\nNEWS\nHome | UK | World | Business\nPolitics | Parliaments | Elections\n\nEnvoy attacked over leaked memos as row deepens\n\n9 July 2019",
			"Envoy attacked over leaked memos as row deepens"},
		{"site name with its slogan",
			"Example Mirror - Latest Breaking News and Headlines\nHome | News | Business | Sports\n\nEnvoy pinned war blame on the brothers\n\n2 December, 2010 09:14 am",
			"Envoy pinned war blame on the brothers"},
		{"a short headline over a breadcrumb and a byline",
			"Envoy under fire\nHome | News | Royals\nBy Jane Roe",
			"Envoy under fire"},
		{"a long headline over a breadcrumb and a standfirst",
			"Prince rude in talks with the ambassador, memo claims\nHome | News | Royals\nThe duke spoke of investigators in blunt terms\nBy Jane Roe",
			"Prince rude in talks with the ambassador, memo claims"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := mustParse(t, "x.txt", tt.top+"\n\n"+body1+"\n\n"+body2)
			if s.Title != tt.title {
				t.Errorf("title %q, want %q", s.Title, tt.title)
			}
			if !slices.Contains(s.Paragraphs, body1) || slices.Contains(s.Paragraphs, tt.title) {
				t.Errorf("body %q", s.Paragraphs)
			}
		})
	}
}

func TestDateAboveTheHeadlineIsKept(t *testing.T) {
	for _, date := range []string{"May 5, 2011", "05/05/2011 06:11 PM"} {
		s := mustParse(t, "x.txt", "Example Online\nHome | World | Europe\n\n"+date+"\n\nEnvoys saw the minister as isolated\n\n"+body1)
		if s.Title != "Envoys saw the minister as isolated" || !strings.HasPrefix(s.Published, "2011-05-05") || !slices.Equal(s.Paragraphs, []string{body1}) {
			t.Errorf("%s: title %q published %q body %q", date, s.Title, s.Published, s.Paragraphs)
		}
	}
}

func TestSameText(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"Envoy wrote of the strike", "ENVOY  wrote of the strike!", true},
		{"Envoy wrote of the strike", "Envoy wrote of the strikes", false},
		{"Envoy’s cable", "Envoys cable", true},
		{"", "", false},
		{"—", "…", false},
	} {
		if got := sameText(tt.a, tt.b); got != tt.want || got != (textKey(tt.a) == textKey(tt.b) && textKey(tt.a) != "") {
			t.Errorf("sameText(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// The headline under the furniture pages print above it, and no headline
// on a page that starts with its first paragraph.
func TestHeadlineUnderFurniture(t *testing.T) {
	const headline = "Envoys saw the minister as isolated"
	long := "The ambassador wrote in a long cable from the capital that the minister, who had lost two votes in parliament and the backing of his own party, was isolated and would soon resign."
	medium := "The minister of ports was isolated and would soon resign, the ambassador wrote in a cable to \"the leaked cable\"."
	for _, tt := range []struct{ name, text, title string }{
		{"skip links on one line", "Skip to main content Skip to navigation\n\n" + headline + "\n\n" + body1, headline},
		{"a call to fund the site", "Support The Example Times!\n\n" + headline + "\n\n" + body1, headline},
		{"a reading bar's label", "You're reading: " + headline + "\n\n" + body1, headline},
		{"an outlet's name and its Home menu over a short quoted headline", "Example Telegraph\n\nHome News World\n\nEnvoy 'faces leaks embarrassment'\n\n" + body1, "Envoy 'faces leaks embarrassment'"},
		{"a section over a headline with an abbreviation", "World\n\nU.S. Envoy Saw The Minister As Isolated\n\n" + body1, "U.S. Envoy Saw The Minister As Isolated"},
		{"a magazine's name over a short headline and its date line", "The Example Review\n\nCables and the port\n\nMar 3, 2011 | Jane Roe\n\n" + body1, "Cables and the port"},
		{"the site's name after a bar", headline + " | Example Times\n\n" + body1, headline},
		{"a section and the site's name after bars", headline + " | world | Example Times\n\n" + body1, headline},
		{"a paper's name after a dash", headline + " - The Example Post\n\n" + body1, headline},
		{"a site's domain after a dash", headline + " – example.com\n\n" + body1, headline},
		{"words after a dash that name no paper stay", "Envoys saw the minister as isolated - Cable Says\n\n" + body1, "Envoys saw the minister as isolated - Cable Says"},
		{"a masthead's name and date over the headline", "Example Times\n\nTuesday, March 7, 2011\n\n" + headline + "\n\nBy Jane Roe\n\n" + body1, headline},
		{"a masthead of single words without menus", "Example Times\nNews\nWorld\nAfrica\n\n" + headline + "\n\nMarch 3, 2011\n\n" + body1, headline},
		{"a blog's name and motto over a post", "Example Notes – the port seen from the harbour\n\nA saying of the harbour master\n\n" + headline + "\n\nPosted by janeroe on March 3, 2011\n\n" + body1, headline},
		{"no headline: the first paragraph", long + "\n\n" + body1, ""},
		{"no headline: a first paragraph of twenty words that ends with a full stop", medium + "\n\n" + body1, ""},
		{"a long headline without a full stop stays", "Envoys saw the minister of ports as isolated, weary and ready to resign before the vote on the harbour deal\n\n" + body1, "Envoys saw the minister of ports as isolated, weary and ready to resign before the vote on the harbour deal"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			s := mustParse(t, "x.txt", tt.text)
			if s.Title != tt.title || !slices.Contains(s.Paragraphs, body1) {
				t.Errorf("title %q, want %q; body %q", s.Title, tt.title, s.Paragraphs)
			}
			if tt.title == "" && (len(s.Paragraphs) == 0 || s.Paragraphs[0] != long && s.Paragraphs[0] != medium) {
				t.Errorf("the first paragraph is missing from the body: %q", s.Paragraphs)
			}
		})
	}
}

// A masthead prints the day the page was read; the story's date is the one
// under its headline. A date above the headline in the story's own year is
// the story's.
func TestMastheadDate(t *testing.T) {
	const headline = "Envoys saw the minister as isolated"
	for _, tt := range []struct{ name, text, published string }{
		{"today's date over the menus", "Example Times\nSaturday, December 5, 2026\nHome | World | Africa\n\n" + headline + "\n\nMarch 3, 2011\n\n" + body1, "2011-03-03"},
		{"the story's date above the headline, with how long ago", "March 3, 2011 / 9:10 AM / 9 years ago\n\n" + headline + "\n\n" + body1, "2011-03-03T09:10:00"},
		{"today's date under the menus", "Example Times\nHome | World | Africa\nSaturday, December 5, 2026\n\n" + headline + "\n\nPublished: March 3, 2011\n\n" + body1, "2011-03-03"},
		{"today's date over a headline with a byline and date", "Saturday, December 5, 2026\n\n" + headline + "\n\nBy Jane Roe | March 3, 2011\n\n" + body1, "2011-03-03"},
		{"the story's date above, a numeric date under it", "Friday, March 4, 2011\n\n" + headline + "\n\n03/03/2011\n\n" + body1, "2011-03-04"},
		{"only a date above the headline", "Friday, March 4, 2011\n\n" + headline + "\n\n" + body1, "2011-03-04"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			s := mustParse(t, "x.txt", tt.text)
			if s.Title != headline || !strings.HasPrefix(s.Published, tt.published) {
				t.Errorf("title %q published %q, want %q", s.Title, s.Published, tt.published)
			}
		})
	}
}

// A page with no date of its own: a date line among the masthead's lines
// is the story's when it falls in the years the story names, and prints no
// time of day, the clock of the day the page was read.
func TestDateAmongTheMastheadLines(t *testing.T) {
	const headline = "Envoys saw the minister as isolated"
	for _, tt := range []struct{ name, text, published string }{
		{"a section's date over a source line", "General News of Wednesday, 14 September 2011\n\nSource: Example Guide\n\n" + headline + "\n\n" + body1 + "\n\nThe cable was sent in 2011.", "2011-09-14"},
		{"the day the page was read, years after the story", "Monday, March 3, 2025\n\nHome | World | Politics\n\n" + headline + "\n\n" + body1 + "\n\nThe cable was sent in 2016.", ""},
		{"the day the page was read, over a story that names no year", "Monday, March 3, 2025\n\nHome | World | Politics\n\n" + headline + "\n\n" + body1, ""},
		{"a section's date over a source line with a comment count", "General News of Wednesday, 14 September 2011\n\nSource: Example Guide | Comments (3)\n\n" + headline + "\n\n" + body1, "2011-09-14"},
		{"a masthead's last update over a source line", "Last updated: 14 September 2011\n\nSource: Example Guide\n\n" + headline + "\n\n" + body1, "2011-09-14"},
		{"the clock of the day the page was read over its tools", "Tuesday, July 25, 2017 - 06:35 am UTC\nEmail Email | Print Print\n\nEmail Email | Print Print\n\n" + headline + "\n\n" + body1 + "\n\nThe cable was sent in 2017.", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			s := mustParse(t, "x.txt", tt.text)
			if s.Title != headline || s.Published != tt.published {
				t.Errorf("title %q published %q, want %q", s.Title, s.Published, tt.published)
			}
		})
	}
}

// weather-widget-date: the date a weather widget prints under its
// temperature is the day the page was read, not the story's.
func TestWeatherWidgetDateIsNoStoryDate(t *testing.T) {
	s := mustParse(t, "x.txt", "8.2 C\nFebruary 27, 2021\n\nEnvoys saw the minister as isolated\n\n"+body1)
	if s.Published != "" || s.Title != "Envoys saw the minister as isolated" {
		t.Errorf("published %v, title %q", s.Published, s.Title)
	}
}

// A photo's caption with its slashed credit at the top of a page with no
// headline is a caption, not the headline.
func TestCaptionAtTheTopIsNoHeadline(t *testing.T) {
	s := mustParse(t, "x.txt", "A docker walks past the closed port gate in Kandia on Nov. 30. (AFP/DPA/File/Ada Quill)\n\n"+body1+"\n\n"+body2)
	if s.Title != "" || len(s.Captions) != 1 || len(s.Paragraphs) != 2 {
		t.Errorf("title %q, captions %q, body %q", s.Title, s.Captions, s.Paragraphs)
	}
}

// A date the page states itself, in its headline, wins over a masthead's.
func TestDatedHeadlineBeatsTheMasthead(t *testing.T) {
	s := mustParse(t, "x.txt", "Last updated: March 3, 2025\n\nHome | World | Politics\n\n2010-12-06 Envoys saw the minister as isolated\n\n"+body1+"\n\nThe cable was sent in 2010.")
	if !strings.HasPrefix(s.Published, "2010-12-06") {
		t.Errorf("published %q, want 2010-12-06", s.Published)
	}
}
