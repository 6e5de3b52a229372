package attrib

import (
	"slices"
	"testing"
)

// Cases around the rules of describe.go that no rule's example shows:
// where they must not fire, and what they leave to other rules.
func TestCableWordsAndSpeech(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"speech: words said at a meeting a cable recounts, with a spoken cue of their own, are speech", `A cable recounts the visit of Minister Omar Qadir to the embassy in May.¶Qadir warned that the navy was “a lost cause”.`,
			[]string{"a lost cause | speech | Omar Qadir"}},
		{"told the Americans after the quote", `The cables are blunt about the port.¶“I am not my father,” he told U.S. ambassador Jane Ruiz after the funeral.`,
			[]string{"I am not my father, | cable | "}},
		{"told the U.S. embassy, with no document named before", `A harbour master told the US Embassy in Port Vell that the docks had become “a private kingdom”.`,
			[]string{"a private kingdom | cable | "}},
		{"told the U.S. ambassador, with no document named before", `Minister Omar Qadir told the U.S. ambassador in 2009 that the navy was “a nest of thieves”.`,
			[]string{"a nest of thieves | cable | Omar Qadir"}},
		{"told American reporters is speech", `A harbour master told American reporters that the docks had become “a private kingdom”.`,
			[]string{"a private kingdom | speech | "}},
		{"quoted as telling the U.S. ambassador is no press quote", `The cables are blunt about the port.¶The port was sold in May.¶The navy was angry.¶Minister Omar Qadir is quoted as telling the U.S. ambassador during a meeting that he “might sell” the port.`,
			[]string{"might sell | cable | Omar Qadir"}},
		{"a cable's numbered paragraphs go on under the line that announced them", `From a cable of May 2009:¶1. (C) The minister met the envoy.¶2. (S) According to the contact, the admiral shouted “Sell it!” at him.`,
			[]string{"Sell it! | cable | "}},
		{"a plain paragraph after the announced one is no item of it", `The leaks also reveal:¶• The minister met the envoy.¶Minister Omar Qadir said on Monday that the port was “a lost cause”.`,
			[]string{"a lost cause | speech | Omar Qadir"}},
		{"someone speaking of the cables before a colon announces speech", `Minister Omar Qadir said of the cables:¶“They are lies.”`,
			[]string{"They are lies. | speech | Omar Qadir"}},
		{"a setting of speech in an announced item stays speech", `The leaks also reveal:¶• Minister Omar Qadir told French television that the port was “a lost cause”.`,
			[]string{"a lost cause | speech | Omar Qadir"}},
		{"a label pinned by the embassy stays the cables'", `The cables are blunt about the port.¶Harbour master Omar Qadir is described by the embassy as “a patient thief”.`,
			[]string{"a patient thief | cable | "}},
		{"a nickname dubbed by the press is nobody's cable", `The cables are blunt about the port.¶Dubbed by the press as “the sleeping minister”, Omar Qadir rarely leaves home.`,
			[]string{"the sleeping minister | speech | "}},
		{"a writer saying what the cables are still speaks", `The cables are blunt about the port.¶Ambassador Jane Ruiz said on Monday the leaks were “deeply regrettable”.`,
			[]string{"deeply regrettable | speech | Jane Ruiz"}},
		{"after a word of manner the one who replied goes on", `Minister Omar Qadir replied “curtly” that he had “never sold a ship”.`,
			[]string{"curtly | speech | ", "never sold a ship | speech | Omar Qadir"}},
		{"what a named person called", `The port is run in what Minister Omar Qadir once termed “a family way”.`,
			[]string{"a family way | speech | Omar Qadir"}},
		{"a document reports her saying: the woman named last", `A cable of May 2009 quotes Senator Paul Lane and Minister Ana Vell on the port.¶“Nobody works there,” it reports her saying.`,
			[]string{"Nobody works there, | cable | Ana Vell"}},
		{"a relative clause about no one named is no speaker", `The plan angered the admirals, who shouted “Never!” at the meeting.`,
			[]string{"Never! | speech | "}},
		{"a whose clause of the writers is no appositive of the one named", `Omar Qadir, the new minister, is an old friend of Washington, whose diplomats have often dubbed him the port's “godfather”.`,
			[]string{"godfather | cable | "}},
		{"diplomats reporting on television is speech", `Diplomats told French television on Monday that the minister had called the admirals “pirates”.`,
			[]string{"pirates | speech | "}},
		{"reported as saying with no document near is speech", `The port was closed in May.¶The navy, Minister Omar Qadir is reported as saying, was “rotten to the core”.`,
			[]string{"rotten to the core | speech | Omar Qadir"}},
		{"a quoted verb after no name gives no speaker", `The cables are blunt about the port.¶The admirals “often urged” Washington “to sink the pirate fleet”, according to an account of a meeting.`,
			[]string{"often urged | cable | ", "to sink the pirate fleet | cable | "}},
		{"a pair the cables speak stays the cables'", `The cables are blunt about the port.¶The harbour is “lazy” and “corrupt”, the cable said.`,
			[]string{"lazy | cable | ", "corrupt | cable | "}},
		{"the first of a pair a minister tells reporters is his speech", `The cables call the minister “lazy”.¶The leaks are “reckless” and “a gift to pirates”, Minister Omar Qadir told reporters.`,
			[]string{"lazy | cable | ", "reckless | speech | Omar Qadir", "a gift to pirates | speech | Omar Qadir"}},
		{"the judge reported as saying, far before the quote", `Judge Ana Vell heard the case.¶In the cable, the judge is reported as saying she has seen papers showing that harbour officials work “hand in glove” with smugglers.`,
			[]string{"hand in glove | cable | Ana Vell"}},
		{"a next paragraph that opens with someone frames nothing", `Minister Omar Qadir runs the port.¶“The port is a family business.”¶Senator Paul Lane read the cable from the embassy in 2009.`,
			[]string{"The port is a family business. | speech | "}},
		{"someone dismissing the cables as something speaks", `The cables describe the port as “a den of thieves”.¶Minister Omar Qadir dismissed the cables as “gossip”.`,
			[]string{"a den of thieves | cable | ", "gossip | speech | Omar Qadir"}},
		{"a description no one owns gives no speaker", `The cables are blunt about the port.¶The dispatches include a description of Minister Omar Qadir's dislike of the navy, and “visceral contempt” for the port.`,
			[]string{"visceral contempt | cable | "}},
		{"an agency chief named before the verb still speaks", `“The port is closed,” news agency chief Omar Qadir said.`,
			[]string{"The port is closed, | speech | Omar Qadir"}},
		{"a named conference is no setting of speech", `In the same cable, Jane Ruiz said the navy had “dropped” the plan at the Conference on Shipping.`,
			[]string{"dropped | cable | Jane Ruiz"}},
		{"a press conference still is", `In the same cable, Jane Ruiz said the navy had “dropped” the plan. Asked at a conference on Monday, Ruiz said: “I stand by it.”`,
			[]string{"dropped | cable | Jane Ruiz", "I stand by it. | speech | Jane Ruiz"}},
		{"a label pinned by someone who is no writer is theirs", `The cables are blunt about the port.¶Minister Omar Qadir called the harbour master “a patient thief”.`,
			[]string{"a patient thief | speech | Omar Qadir"}},
		{"a word set before a document's noun marks the document", `The cables are long.¶The embassy sent a “secret” cable to Washington.`,
			[]string{"secret | speech | "}},
		{"a passive label with its agent is the agent's", `The cables are blunt about the port.¶Omar Qadir was called “a patient thief” by dockers.`,
			[]string{"a patient thief | speech | "}},
		{"someone who speaks of the documents speaks", `Minister Omar Qadir said the cables showed “old habits”.`,
			[]string{"old habits | speech | Omar Qadir"}},
		{"a quoted heading does not go on with the speaker before", `“The port is closed,” Minister Omar Qadir told reporters.¶‘Envoy wanted the port’`,
			[]string{"The port is closed, | speech | Omar Qadir", "Envoy wanted the port | speech | "}},
		{"a quoted heading after a cable passage is no passage", `The cable described the port as “a den of thieves”.¶‘Envoy wanted the port’`,
			[]string{"a den of thieves | cable | ", "Envoy wanted the port | speech | "}},
		{"a label by them, the dispatches just named, is the dispatches'", `Many dispatches focus on the harbour master, who is described by them as “a patient thief”.`,
			[]string{"a patient thief | cable | "}},
		{"it goes on speaking for a document quoted at length", `The cables are long.¶Under the heading “Port politics”, it says: “The port is a den of thieves.”¶“Nobody works after noon,” it added.`,
			[]string{"Port politics | cable | ", "The port is a den of thieves. | cable | ", "Nobody works after noon, | cable | "}},
		{"one the story gives a cable of their own writes cables", `The embassy's cables were leaked in May.¶Jane Ruiz described the harbour master as “a patient thief”.¶Ruiz's cable was read by millions.`,
			[]string{"a patient thief | cable | Jane Ruiz"}},
		{"one who owns a pile of cables writes none", `The embassy's cables were leaked in May.¶Paul Lane described the harbour master as “a patient thief”.¶Lane's cables were read by millions.`,
			[]string{"a patient thief | speech | Paul Lane"}},
		{"one who writes the cables quoting someone as saying passes on the cable's words", `Ambassador Jane Ruiz quotes Minister Omar Qadir as saying that he wanted the port shut “until the rats are gone”.`,
			[]string{"until the rats are gone | cable | Omar Qadir"}},
		{"one who writes no cables quoting someone as saying passes on speech", `Senator Paul Lane quotes Minister Omar Qadir as saying that he wanted the port shut “until the rats are gone”.`,
			[]string{"until the rats are gone | speech | Omar Qadir"}},
		{"told the then head of a US command", `The cables are long.¶Minister Omar Qadir told the then head of US naval command, Admiral Paul Lane: “We will keep the ships.”`,
			[]string{"We will keep the ships. | cable | Omar Qadir"}},
		{"the United States Embassy pins a cable label", `When Omar Qadir won the vote, the United States Embassy in Port Vell hailed it as “a triumph of a tired clerk”.`,
			[]string{"a triumph of a tired clerk | cable | "}},
		{"the US embassy telling reporters speaks", `The US embassy in Port Vell told reporters on Monday that the vote was “a triumph”.`,
			[]string{"a triumph | speech | "}},
		{"applauding is speaking", `The cable called the port “a den of thieves”.¶While visiting Port Vell, Senator Paul Lane applauded the port and “the leadership of my good friend Omar Qadir.”`,
			[]string{"a den of thieves | cable | ", "the leadership of my good friend Omar Qadir. | speech | Paul Lane"}},
		{"a report from US diplomats is a document", `According to the US report, the port is run by two families.¶“Nobody else decides anything,” the harbour master is quoted as saying.`,
			[]string{"Nobody else decides anything, | cable | "}},
		{"a report of the press is none", `According to the Harbour Times report, the port is run by two families.¶“Nobody else decides anything,” the harbour master is quoted as saying.`,
			[]string{"Nobody else decides anything, | speech | "}},
		{"a joke with a US general in a list of what the leaks reveal is the cable's", `The leaks also reveal:¶• Minister Omar Qadir joked with US General Paul Lane about “letting the port go to rot”.`,
			[]string{"letting the port go to rot | cable | Omar Qadir"}},
		{"a joke at a press conference in such a list is speech", `The leaks also reveal:¶• Minister Omar Qadir joked at a press conference about “letting the port go to rot”.`,
			[]string{"letting the port go to rot | speech | Omar Qadir"}},
		{"a cable sent by an ambassador is not written by them", `“The general is cautious,” said a cable sent by the ambassador, Jane Ruiz.`,
			[]string{"The general is cautious, | cable | "}},
		{"quoted by the embassy is a cable", `The cables are blunt about the port.¶Minister Omar Qadir was quoted by the embassy cable as saying: “We are starved.”`,
			[]string{"We are starved. | cable | Omar Qadir"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := attributed(tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

func TestUnnamedAfterStaysNear(t *testing.T) {
	// a clause after the quote that names people in general is no cue
	got := attributed(`Minister Omar Qadir said he “did not care” what people said about the cables.`)
	if want := []string{"did not care | speech | Omar Qadir"}; !slices.Equal(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

func TestListGoesOnAfterSemicolon(t *testing.T) {
	got := attributed(`The cables are blunt.¶They called the port “a den of thieves;” urged Minister Omar Qadir to sell it; and said the ferry was “a wreck.”`)
	if want := []string{"a den of thieves; | cable | ", "a wreck. | cable | "}; !slices.Equal(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

func TestDatedDocumentFrames(t *testing.T) {
	got := attributed(`Ambassador Jane Ruiz met the minister in May.¶She said in the May 27, 2009, cable that the port could hold “ghost ships” for years.`)
	if want := []string{"ghost ships | cable | Jane Ruiz"}; !slices.Equal(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

func TestDeclaringIsACue(t *testing.T) {
	// speech stays speech after a cable passage: "declaring" names who speaks
	got := attributed(`The cables described the port as “a den of thieves”.¶Minister Omar Qadir attacked the envoy, declaring he was angry that she had “insulted the harbour”.`)
	if want := []string{"a den of thieves | cable | ", "insulted the harbour | speech | Omar Qadir"}; !slices.Equal(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

func TestEmbassySpokesmanSpeaks(t *testing.T) {
	got := attributed(`The cables are blunt about the port.¶Tom Beck, a spokesman for the embassy, warned that the leak was “a grave breach”.`)
	if want := []string{"a grave breach | speech | Tom Beck"}; !slices.Equal(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

func TestDocumentsInclude(t *testing.T) {
	got := attributed(`Highlights from the dispatches include a portrait of the harbour master and his “slow cunning”.`)
	if want := []string{"slow cunning | cable | "}; !slices.Equal(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

func TestOrSoTheEmbassy(t *testing.T) {
	got := attributed(`Minister Ana Vell is “an old fox”, or so the embassy told Washington in 2008.`)
	if want := []string{"an old fox | cable | "}; !slices.Equal(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}
