package content

import (
	"fmt"
	"strings"
	"testing"

	"cables/content/lex"
	"cables/content/people"
	"cables/content/quotes"
	"cables/model"
)

// quoteTemplates are paragraphs of cable-news prose dense with quotes:
// titled names, pronouns, document frames, split and continued quotes,
// apostrophes and stray marks, so that the benchmarks exercise every rule.
var quoteTemplates = []string{
	`%[1]s %[2]s %[3]s had told the U.S. that his country “would respond to any attack,” according to leaked cables.`,
	`“%[2]s said he was going to exercise restraint, but would respond,” the cable said.`,
	`During the meeting, %[1]s %[3]s said “the most important threat was on the western border. Terrorists were a threat.`,
	`“However, %[3]s observed that he had postponed a test. The others, he said, had conducted one,” according to the cable.`,
	`In a cable dated May 4, 2009, the ambassador wrote that the army's "Blue Water Plan" was "mostly talk."`,
	`“If there is any clue about another attack,” he said, “please share it with us.”`,
	`It later came out that Mr. %[3]s never made such a call, and the country’s ’90s rock 'n' roll stayed.`,
	`The leaked cables which describe %[3]s as an “egomaniac” say she runs the state ‘like a fiefdom’.`,
	`A stray” mark, then “first” and “second” came, said a senior official.`,
	`%[3]s, the cable said, had told %[1]s %[2]s %[3]s that he needed a “deal with the United States”.`,
}

// narrativeTemplates are the paragraphs between quotes that real stories
// are mostly made of: names, places, dates and documents, no quotation.
var narrativeTemplates = []string{
	`The cables, sent from the U.S. embassy in Islamabad between 2007 and 2010, were among 251,287 documents obtained by WikiLeaks and shared with several newspapers, including The Guardian and The New York Times, which published them over the following weeks.`,
	`%[1]s %[2]s met the American ambassador twice in the spring of 2009, once at the Foreign Office and once over dinner at a private residence, according to a summary of both meetings that was classified as secret and marked for distribution to Central Command.`,
	`Officials in Washington have not disputed the authenticity of the documents. A State Department spokesman declined to comment on specific cables but condemned their release, saying it put lives at risk and damaged relations with allies in the region.`,
	`%[3]s's party, which won a majority in the 2008 elections, has since split into two factions, and the opposition has called for an inquiry into the contacts described in the dispatches from the embassy's political section.`,
}

// generatedStories builds n stories of 40 quoting paragraphs from the
// templates. With narrative, a paragraph without quotes follows three in
// four of them, which gives 3.9 quotes per kilobyte: a little denser than
// real stories (3.6 in the evaluation articles). Without, the stories
// quote nearly three times as densely: the worst case.
func generatedStories(n int, narrative bool) [][]string {
	first := []string{"Omar", "Jane", "Tom", "Rita", "Karim", "Anne", "Paul", "Sam"}
	last := []string{"Qadir", "Ruiz", "Beck", "Sahni", "Lodhi", "Lee", "Lane", "Oduya"}
	titles := []string{"Gen.", "Ambassador", "President", "Mr.", "Foreign Minister", "Senator"}
	stories := make([][]string, n)
	for s := range stories {
		paras := make([]string, 0, 80)
		for p := 0; p < 40; p++ {
			k := s*40 + p
			name := first[k%len(first)] + " " + last[(k/3)%len(last)]
			surname := last[(k/3)%len(last)]
			paras = append(paras, fmt.Sprintf(quoteTemplates[k%len(quoteTemplates)], titles[k%len(titles)], name, surname))
			if narrative && p%4 != 3 {
				paras = append(paras, fmt.Sprintf(narrativeTemplates[(k/3)%len(narrativeTemplates)], titles[k%len(titles)], name, surname))
			}
		}
		stories[s] = paras
	}
	return stories
}

// BenchmarkExtract measures extraction on 300 generated stories of real
// density (4 MB): the throughput budget of 50 MB/s on one core.
func BenchmarkExtract(b *testing.B) { benchmarkExtract(b, generatedStories(300, true)) }

// BenchmarkExtractDense measures the worst case, 500 stories (2.4 MB) in
// which every paragraph quotes.
func BenchmarkExtractDense(b *testing.B) { benchmarkExtract(b, generatedStories(500, false)) }

// BenchmarkExplain is BenchmarkExtract with the reasons of every quote, as
// export and quotes --explain ask for them.
func BenchmarkExplain(b *testing.B) {
	stories := generatedStories(300, true)
	size := 0
	for _, s := range stories {
		for _, p := range s {
			size += len(p)
		}
	}
	b.SetBytes(int64(size))
	for b.Loop() {
		for _, paras := range stories {
			extractStory(&model.Story{Paragraphs: paras}, true)
		}
	}
}

func benchmarkExtract(b *testing.B, stories [][]string) {
	size := 0
	for _, s := range stories {
		for _, p := range s {
			size += len(p)
		}
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		for _, paras := range stories {
			extract(&model.Story{Paragraphs: paras})
		}
	}
}

func BenchmarkScanQuotes(b *testing.B) {
	stories := generatedStories(300, true)
	size := 0
	for _, s := range stories {
		size += len(strings.Join(s, ""))
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		for _, paras := range stories {
			quotes.Scan(paras)
		}
	}
}

// BenchmarkExtractSeed measures extraction on the story cables ships, a
// real article: fewer names and quotes per byte than the generated corpus.
func BenchmarkExtractSeed(b *testing.B) {
	paras := Default().Paragraphs
	size := 0
	for _, p := range paras {
		size += len(p)
	}
	b.SetBytes(int64(size))
	for b.Loop() {
		extract(&model.Story{Paragraphs: paras})
	}
}

// BenchmarkStages measures the stages of extraction on the generated
// corpus, to show where the time of BenchmarkExtract goes: tokenizing,
// tokenizing and indexing people, scanning quotes. Attribution is the rest.
func BenchmarkStages(b *testing.B) {
	stories := generatedStories(300, true)
	size := 0
	for _, s := range stories {
		for _, p := range s {
			size += len(p)
		}
	}
	b.Run("tokenize", func(b *testing.B) {
		b.SetBytes(int64(size))
		for b.Loop() {
			for _, paras := range stories {
				_, rel := lex.TokenizeAll(paras)
				rel()
			}
		}
	})
	b.Run("people", func(b *testing.B) {
		b.SetBytes(int64(size))
		for b.Loop() {
			for _, paras := range stories {
				toks, rel := lex.TokenizeAll(paras)
				people.Find(paras, toks)
				rel()
			}
		}
	})
	b.Run("scan", func(b *testing.B) {
		b.SetBytes(int64(size))
		for b.Loop() {
			for _, paras := range stories {
				quotes.Scan(paras)
			}
		}
	})
}
