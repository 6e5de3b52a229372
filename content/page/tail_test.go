package page

import (
	"slices"
	"strings"
	"testing"
)

func TestChromeBlocksAtTheEnd(t *testing.T) {
	tests := []struct{ name, after string }{
		{"most-read list, a call for tips and reader comments with handles",
			"MOST READ IN NEWS\nSinger’s secret heartbreak\nBus strike ‘set for spring’\nPensioner, 80, wins lottery\n\n" +
				"Got a story? Ring the news desk on 020 0000 0000 or email tips@example.com\n\n" +
				"COMMENTS (12)\nseaside_dave: Typical, who are they to judge anyone\nMary_K_70: He’s 80 and still going strong. Good for him!\nrealist22: The real story is the leak itself\n\n" +
				"© Example Newspapers Limited"},
		{"the site's links on the topics over a comment box with its rules",
			"Find more in:\n\nWhat have we missed? Tell us below. Keep in mind:\n\nDo:\n\n  • Check the facts\n  • Be kind to each other\n\nDo not:\n\n  • Shout"},
		{"print-edition note, a counted list and read more",
			"A version of this article appears in print on May 5, 2011, on page A8 of the New York edition with the headline: Envoy Warned of Unrest.\n\n" +
				"More in Asia (3 of 12 articles)\nGenerals Warn Critics of the Palace\nRead More »"},
		{"related links that are questions, with their dates",
			"More on this story\nThe envoy's memos: what did he write?\n9 July 2019\nWho is the ambassador?\n8 July 2019\n\nTop Stories"},
		{"related links, a share bar, and comments under names and time stamps",
			"Related\n\nEnvoy 'infiltrated' ministries — cables\nThe cabal and the doctrine of necessity\n\nShare this:\nFacebook | Twitter | Email\n\nComments\n\n" +
				"Emeka O. says:\nMay 9, 2011 at 8:14 am\n\"Gatekeeper\" indeed! We knew all along.\n\n" +
				"Ada says:\nMay 9, 2011 at 9:02 am\nWhere is the tanker today? Nobody will answer.\n\nLeave a Reply"},
		{"a tabloid's most-watched list, comments signed with name, town and time, and the publisher",
			"Share or comment on this article\n\nMOST WATCHED NEWS\nMinister's car caught in flood on camera\nCrowds gather as the palace lights go out\n\n" +
				"Comments (12)\nShare what you think\nThe comments below have not been moderated.\n" +
				"'Nothing new here. Who writes these memos anyway?' - Kofi, Leeds, 30/11/2010 08:02\n'She was only doing her job.' - Anna, Bristol, 30/11/2010 07:41\n\n" +
				"The views expressed in the contents above are those of our users and do not necessarily reflect the views of Example Online.\n\n" +
				"Published by Example Newspapers Ltd\nPart of the Example Mail, the Example Sunday & Metro Media Group"},
		{"links around the web under their sites' names",
			"Around the Web\n\nWho Is the Harbour Master? : The Example Weekly\n\nMeet Kandia's Fix-It Man\n\nOmar Qadir, the minister who may be key to the port ...\n\nHarbour master news - Example Wire\n\nOmar Qadir - Example Encyclop"},
		{"a blog's count of comments on its post, over spam and a reader's note",
			"11 Comments for “Envoy doubts the port”\n\n  • cheap harbour tours online says:\n\n    port tours cheap mug\n\n  • Kofi says:\n\n    Hi, just a heads up that some of the images on this page are not loading for me in two browsers."},
		{"a feedback widget and a paywall's calls",
			"Was this content helpful?\n\nJoin now to access the full article and every story from the port\n\nGet Started\n\nAlready a member? Sign in here"},
		{"the credit to a reporter who helped, then the agency's copyright",
			"Example Wire writer Jane Roe contributed to this report from Washington.\n\nCopyright © 2011 The Example Wire. All rights reserved."},
		{"calls to click here after the story, then related articles",
			"To suggest a correction to this story, click here.\n\nFor reprints and permissions, click here.\n\nRelated Articles\nThe envoy's long goodbye\n\nCopyright © 2011 The Example Weekly"},
		{"newsletter thanks and counted comments with replies",
			"Thanks for reading The Example Letter! Subscribe for free to receive new posts.\n\nType your email…   Subscribe\n\n23 Comments\n\n" +
				"Margaret K.   Dec 8, 2020\nCalling them friendly is generous. Compliant, more like.\nReply\n\n© 2020 Jane Roe · Privacy ∙ Terms"},
		{"tag row and comments shown oldest first",
			"More on this story\nThe envoy's clean-up tour heads south\nCables: embassy found aide 'open to dialogue'\n\nEcuador · Cables · Diplomacy · Americas\n\n" +
				"Comments\n184 comments, displaying oldest first\n\nThinMantle\n5 April 2011 8:12PM\n\"A stolen letter is still a letter.\" Line of the year so far.\n\nRecommend (311) | Report"},
		{"comments with a place after the name and a moderation notice",
			"Comments (2)\n\nRavi - Kandy: They should mind their own business. Where was their concern before?\n\nPradeep: Nothing new in this. Everyone knew.\n\n" +
				"Disclaimer: All comments will be moderated by the editors.\n\nPrint   Email   Share"},
		{"a count of responses to the headline over comments under names and time stamps",
			"Related posts:\nEnvoy recalled after memo row\nParty says minister unfit for office\n\nTags: Envoy, Cables, Embassy\n\n" +
				"2 Responses to \"Envoy warned of unrest in the capital for months\"\n\n" +
				"Joseph N says:\nMay 9, 2011 at 8:14 am\nAbout time somebody printed this. Well done.\n\n" +
				"Amina says:\nMay 9, 2011 at 9:30 am\nNo surprises here for anyone who lives in the capital.\n\nLeave a Reply"},
		{"a blog's share bar, like button, related links and filing line",
			"Share this:\nTwitter\nFacebook\n\nLike this:\nLike Loading...\n\nRelated\nWhat the envoy's memos left out\nA short history of the diplomatic telegram\n\n" +
				"This entry was posted in Diplomacy, Foreign affairs and tagged embassy, envoy, memos. Bookmark the permalink.\n\n" +
				"2 thoughts on “What the envoy's memos say”\n\nPeter W says:\nMay 9, 2011 at 8:14 am\nA fair reading. The memos were never the story.\n\nLeave a Reply"},
		{"an old share bar, a most-read list with quotes, and comments ending on the users' views",
			"Share this article:\nDigg it\nStumble it\nAdd to del.icio.us\nMOST READ NEWS\n‘I will never go back’: Runaway bride speaks out\nSnow chaos: Britain braces for coldest night\n" +
				"Comments (27)\nHere's what readers have had to say so far.\n‘About time somebody said it.’ - Gary, Leeds, 02/12/2010 08:14\n" +
				"The views expressed in the contents above are those of our users and do not necessarily reflect the views of Example Online."},
		{"a long wire copyright line",
			"Copyright © 2010 The Example Wire. All rights reserved. This material may not be published, broadcast, rewritten or redistributed in any form, in whole or in part, without the prior written consent of The Example Wire and its partners."},
		{"a tabloid's have-your-say and top-stories links, and a broadcaster's highlights label",
			"Share this article\nHave your say\nMore Top Stories\nStory Highlights"},
		{"an app-install prompt with numbered steps",
			"Get our stories faster.\nTap to install our app.\nX\nInstall the Example Post app\nin three quick steps:\n1. Tap the share icon.\n2. Tap to Add to Home Screen.\n\nX"},
		{"contacts for the reporter and the editor, a video player's keys and comment-system notices",
			"To contact the reporter on this story: Jane Roe in Lusaka at\n\nTo contact the editor responsible for this story: John Doe at\n\n" +
				"Press spacebar to pause and continue. Press esc to stop.\n\n" +
				"The Example Wire reserves the right to remove comments and need not explain its moderation decisions.\n\n" +
				"Please enable JavaScript to view the comments powered by Disqus."},
		{"a comment count with a plus", "Comments (+)"},
		{"an empty comment section's heading", "No comments:"},
		{"an empty comment section's call to be first", "No comments yet — be the first.\n\nLeave a Reply"},
		{"a donation banner", "SUPPORT EXAMPLE NEWS HELP SUPPORT INDEPENDENT MEDIA. DONATE HERE"},
		{"the credit to the paper the story came from", "From The Example Herald"},
		{"a forum's reply under its poster's badge and date, and the forum's furniture",
			"Senior Member\nMar 9, 2011\nNothing surprises me any more. What is wrong with these people?\n\nReport inappropriate content\n\n0 Reactions"},
		{"a heading of other headlines", "Latest Headlines"},
		{"a blog's comment form, then what the site is", "No comments:\n\nPost a Comment\n\nWikiLeaks is an international organization that publishes anonymous submissions and leaks of otherwise unavailable documents."},
		{"a link to the first report, and a box for republishing the story",
			"Read more at example.com\n\nRepublish This Story\n\nPlease read before republishing\n\nWe’re happy to make this story available to republish for free, as long as you follow our guidelines. You must credit the Example Post.\n\nTo republish, copy the HTML by clicking on the yellow button to the right."},
		{"a link to the paper that first printed the story", "Read more in The Example Herald."},
		{"links to other coverage in lower case, then a suggested article",
			"- read the Example Herald news\n- see the cable at the Herald site\n- check out the Example Wire coverage\n\nSuggested Articles\n\nAfter a record quarter, Example Pharma is preparing a major launch with its marketing team nearly s"},
		{"a blog's arrows to the posts before and after", "««« previousnext »»»"},
		{"a share bar with Google Plus and a call to tell a friend", "Facebook Twitter Linkedin Google Plus Tell a Friend"},
		{"a promotion of another story", "In Case You Missed It:  “Unreal”: Singer Speaks Up About the Envoy's Recall"},
		{"a text-size chooser's sizes, one to a line", "XS\nSM\nMD\nLG"},
		{"a notice on the comments", "Comments posted here are the readers' own and not the views of The Example Post."},
		{"a sidebar that counts the cables by post",
			"Cables sent from Kenya\n\n  • Nairobi Embassy - 2,031.\n  • Mombasa Consulate - 97.\n  • Ki"},
		{"a list of other headlines with no heading over it",
			"- Envoy recalled after memo row\n\n- Minister praises the leaks and says that"},
		{"numbered comments under their writers' handles",
			"  1. seaside_dave\n\n    There is plenty going on that I, a taxpayer, do not understand. Nobody explains it\n\n  2. mary70\n\n    Agreed."},
		{"a blog's comments under their count and their writers' saying",
			"One Comment »\n\n  • Jane Roe said:\n\n    The embassy knew all along that the port would close, and the cables prove that the minister lied about it.\n\nAnonymous said...\n\nThe minister never met the ambassador; the cable was written to please Washington."},
		{"a comment form's prompts", "Please enter your comment!\n\nPlease enter your name here\n\nYou have entered an incorrect email address! Please enter your email address here"},
		{"a link to the full coverage, a follow prompt in brackets, a blog's widget and its source",
			"[Full Coverage]\n\n(For updates you can share with your friends, follow The Example Times on Facebook and Twitter)\n\nAcknowledgements: The Example Herald\nEnhanced by Zemanta"},
		{"the sources of a summary and a call to read more about the country",
			"Sources: Example News, Example Herald\n\nFor more news and expert analysis about Kandia, please see Kandia Focus"},
		{"a source list with slashes and semicolons", "Sources: Example Wire/Example Post; Kandia Daily Mail"},
		{"one thought on a headline that asks a question",
			"One thought on “Did the embassy know what was coming all along?”\n\nPeter W says:\nMay 9, 2011 at 8:14 am\nOf course it did. Read the memo again.\n\nLeave a Reply"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := mustParse(t, "x.txt", "Headline of the story\n\n"+body1+"\n\n"+body2+"\n\n"+tt.after)
			if !slices.Equal(s.Paragraphs, []string{body1, body2}) {
				t.Errorf("body = %q\nwant only the two story paragraphs", s.Paragraphs)
			}
		})
	}
}

func TestStoryUnderAHeadingStays(t *testing.T) {
	tests := []struct{ name, text, last string }{
		{"a last paragraph about copyright law, which is no rights notice",
			body1 + "\n\n" + body2 + "\n\n– In 2008, the US expressed “frustration” at Kandian inaction on copyright law reform: Cable.",
			"– In 2008, the US expressed “frustration” at Kandian inaction on copyright law reform: Cable."},
		{"a related box above the story's short last paragraphs",
			body1 + "\n\n" + body2 + "\n\nRelated\nAnother story about the envoy\n\nHe faces a vote next month.\n\nThe minister said nothing more.",
			"The minister said nothing more."},
		{"a sentence that counts responses to something",
			body1 + "\n\n" + body2 + "\n\n2 responses to the embassy's survey arrived on Monday.\n\nThe minister said nothing more.",
			"The minister said nothing more."},
		{"a sentence about what someone contributed",
			body1 + "\n\n" + body2 + "\n\nThe embassy said the minister contributed to this report on the border, which was never published.",
			"The embassy said the minister contributed to this report on the border, which was never published."},
		{"a comments link at the top of the page",
			"Share\nComments\n\n" + body1 + "\n\n" + body2, body2},
		{"the story's own bullets, ending their sentences, at its end",
			body1 + "\n\n" + body2 + "\n\n- The envoy met the minister twice.\n\n- The minister said nothing more.",
			"- The minister said nothing more."},
		{"the story's own numbered points",
			body1 + "\n\n" + body2 + "\n\n1. Kandia\n\nThe envoy met the minister twice and said nothing more.",
			"The envoy met the minister twice and said nothing more."},
		{"one short bullet at the story's end",
			body1 + "\n\n" + body2 + "\n\n- A port without cranes",
			"- A port without cranes"},
		{"a sentence that opens on its sources",
			body1 + "\n\n" + body2 + "\n\nSources: two officials said the talks had collapsed.",
			"Sources: two officials said the talks had collapsed."},
		{"a sentence that asks the reader to see more, in someone's words",
			body1 + "\n\n" + body2 + "\n\nFor more information, Minister Omar Qadir told reporters, “please see the cable itself”.",
			"For more information, Minister Omar Qadir told reporters, “please see the cable itself”."},
		{"a sentence that opens on its sources with a list",
			body1 + "\n\n" + body2 + "\n\nSources: Minister Omar Qadir, his aides and two envoys deny it.",
			"Sources: Minister Omar Qadir, his aides and two envoys deny it."},
		{"a sentence that opens on its sources with semicolons",
			body1 + "\n\n" + body2 + "\n\nSources: Minister Omar Qadir; his deputy Ivo Lund and two envoys.",
			"Sources: Minister Omar Qadir; his deputy Ivo Lund and two envoys."},
		{"a share bar with a comments link inside the story",
			body1 + "\n\nEmail\nPrint\nComments\n\n" + body2 + "\n\nThe embassy did not answer questions about the cable on Monday or Tuesday.",
			"The embassy did not answer questions about the cable on Monday or Tuesday."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := mustParse(t, "x.txt", "Headline of the story\n\n"+tt.text)
			if len(s.Paragraphs) < 2 || s.Paragraphs[len(s.Paragraphs)-1] != tt.last || !slices.Contains(s.Paragraphs, body2) {
				t.Errorf("body = %q: the story's end was cut", s.Paragraphs)
			}
		})
	}
}

func TestAuthorNoteAtTheEnd(t *testing.T) {
	tests := []struct{ name, byline, note string }{
		{"fellow of an institute, with a disclaimer", "Jane Roe\nSenior Fellow, Example Program",
			"Jane Roe is a senior fellow in the Example Program. The views expressed in this piece are her own."},
		{"byline in capitals", "BY JANE ROE", "Jane Roe is a contributing writer based in Almaty."},
		{"second of two writers", "By John Doe and Jane Roe in Moscow", "Jane Roe is the paper's Moscow correspondent."},
		{"lower-case byline beside the date, links after the note", "by Jane Roe | May 5, 2011",
			"Jane Roe is an Example Weekly contributor who covers the Andes from Lima.\n\nTo suggest a correction to this story, click here."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := mustParse(t, "x.txt", "Headline of the story\n\n"+tt.byline+"\n\n"+body1+"\n\n"+body2+"\n\n"+tt.note)
			if !slices.Equal(s.Paragraphs, []string{body1, body2}) {
				t.Errorf("byline %q body %q", s.Byline, s.Paragraphs)
			}
		})
	}
	for _, note := range []string{
		"Jane Roe is a freelance journalist based in Quito.",
		"Jane Roe is the author of a book on the Andes. She writes a weekly column for Example Weekly.",
	} {
		s := mustParse(t, "x.txt", "Headline of the story\n\n"+body1+"\n\n"+body2+"\n\n"+note)
		if !slices.Equal(s.Paragraphs, []string{body1, body2}) {
			t.Errorf("a note introducing a writer the story never named, with no byline: body %q", s.Paragraphs)
		}
	}
	for _, last := range []string{
		"Jane Roe is a former diplomat who now teaches in Quito.",
		"Roe is a former correspondent and said the cables were accurate.",
	} {
		s := mustParse(t, "x.txt", "Headline of the story\n\n"+body1+"\n\nThe cables were shown to Jane Roe on Monday.\n\n"+last)
		if s.Paragraphs[len(s.Paragraphs)-1] != last {
			t.Errorf("a last paragraph about someone the story named, or no writer, is story: %q", s.Paragraphs)
		}
	}
	last := "Jane Roe is a former diplomat, and she said the cables were accurate."
	s := mustParse(t, "x.txt", "Headline of the story\n\nBy John Doe\n\n"+body1+"\n\n"+last)
	if !slices.Equal(s.Paragraphs, []string{body1, last}) {
		t.Errorf("a last paragraph about someone not in the byline is story: %q", s.Paragraphs)
	}
}

// TestTailRules has a row per tail rule, named after it: its example run
// of lines, after a paragraph, ends the story by that rule.
func TestTailRules(t *testing.T) {
	if err := tailRules.Check(); err != nil {
		t.Fatal(err)
	}
	story := "The ambassador wrote that the port deal would not survive the election, and the minister said as much in a speech a week later."
	for _, r := range tailRules.Rules {
		t.Run(r.Name, func(t *testing.T) {
			lines := strings.Split(r.Example, "\n")
			if _, fired := tailRules.Decide(lines); fired.Rule != r.Name {
				t.Errorf("%q: tail by %q, want %s", r.Example, fired.Rule, r.Name)
			}
			units := append([]string{"Envoys doubted the port deal", story}, lines...)
			if end := chromeTail(units); end != 2 {
				t.Errorf("chromeTail = %d, want 2", end)
			}
		})
	}
	// A bulleted list of the story's own sentences stays.
	own := []string{"Envoys doubted the port deal", story, "- The envoy met the minister twice.", "- The minister denied both meetings."}
	if end := chromeTail(own); end != len(own) {
		t.Errorf("the story's own bullets: chromeTail = %d, want %d", end, len(own))
	}
}

// Short lines after a last paragraph that signs off with the wire's name
// ("— AFP") are a sidebar; short lines after any other paragraph may be
// the story's.
func TestSidebarAfterTheWiresSignOff(t *testing.T) {
	signed := body2 + " — AFP"
	s := mustParse(t, "x.txt", "Headline of the story\n\n"+body1+"\n\n"+signed+"\n\nOpinion\n\nEnter the harbour master\n\nEnter the\nOpinion")
	if !slices.Equal(s.Paragraphs, []string{body1, signed}) {
		t.Errorf("body = %q\nwant the two story paragraphs", s.Paragraphs)
	}
	s = mustParse(t, "x.txt", "Headline of the story\n\n"+body1+"\n\n"+body2+"\n\nThe minister left")
	if len(s.Paragraphs) != 3 {
		t.Errorf("body = %q\nwant the last short line kept", s.Paragraphs)
	}
}

// A wire's sign-off, then a section's name over the site's other stories,
// their teasers as long as a story's sentences: the story ends at the
// sign-off.
func TestSidebarUnderASectionAfterTheSignOff(t *testing.T) {
	last := "The cable was leaked as the port strike entered its third week. —AFP"
	s := mustParse(t, "x.txt", "Headline of the story\n\n"+body1+"\n\n"+last+"\n\nOpinion\n\nEditorial\n\nPunishing evaders\n02 May, 2024\n\nPunishing evaders\n\nTHE decision to block the phones of half a million people who did not file their returns is a blunt tool that will hurt the honest too.")
	if len(s.Paragraphs) != 2 || s.Paragraphs[0] != body1 {
		t.Errorf("body = %q\nwant the story's two paragraphs", s.Paragraphs)
	}
}

// TestIsSectionName holds isSectionName, which lowers only a line short
// enough to be a section's name, to the plain look-up of every line
// lowered: names in any case and with space around, a name whose k is
// the Kelvin sign (three bytes that lower to one), and lines too long.
func TestIsSectionName(t *testing.T) {
	lines := []string{"", " ", "Opinion", "  OPINION ", "World News", "Top Stories\t", "Techno",
		"\u212Aeep", "Op-ed", strings.Repeat("x", 200), "Opinion " + strings.Repeat("and more ", 20)}
	for name := range sectionNames {
		lines = append(lines, name, strings.ToUpper(name), " "+name+" ", strings.ReplaceAll(name, "k", "\u212A"),
			strings.ReplaceAll(strings.ToUpper(name), "E", "\u212A"), name+"s")
	}
	// A name as long as the longest, all k's, written in Kelvin signs
	// (three times its length) stays a name.
	ks := strings.Repeat("k", longestSectionName())
	sectionNames[ks] = true
	defer delete(sectionNames, ks)
	lines = append(lines, strings.Repeat("\u212A", len(ks)), strings.Repeat("\u212A", len(ks)+1))
	for _, u := range lines {
		if got, want := isSectionName(u), sectionNames[strings.ToLower(strings.TrimSpace(u))]; got != want {
			t.Errorf("isSectionName(%q) = %v, want %v", u, got, want)
		}
	}
}

// TestNumberedHandleLongest: a comment's number and handle of the longest
// lengths read ("1234. " and thirty bytes) is one, whatever space is
// around it, and a byte more in the handle makes it none, as a paragraph
// that starts with a number is.
func TestNumberedHandleLongest(t *testing.T) {
	handle := strings.Repeat("j", 30)
	for u, want := range map[string]bool{
		"1234. " + handle:              true,
		"  1234. " + handle + " \t":    true,
		"1234. " + handle + "x":        false,
		"12. dave_77":                  true,
		"12. The envoy wrote at once.": false,
	} {
		if got := isNumberedHandle(u); got != want {
			t.Errorf("isNumberedHandle(%q) = %v, want %v", u, got, want)
		}
	}
}
