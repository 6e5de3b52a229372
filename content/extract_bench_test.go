package content

import (
	"fmt"
	"strings"
	"testing"

	"cables/model"
)

// generatedStories builds n stories of cable-news prose from templates:
// titled names, pronouns, document frames, split and continued quotes,
// apostrophes and stray marks, so the benchmark exercises every rule.
func generatedStories(n int) [][]string {
	first := []string{"Omar", "Jane", "Tom", "Rita", "Karim", "Anne", "Paul", "Sam"}
	last := []string{"Qadir", "Ruiz", "Beck", "Sahni", "Lodhi", "Lee", "Lane", "Oduya"}
	titles := []string{"Gen.", "Ambassador", "President", "Mr.", "Foreign Minister", "Senator"}
	templates := []string{
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
	stories := make([][]string, n)
	for s := range stories {
		paras := make([]string, 0, 40)
		for p := 0; p < 40; p++ {
			k := s*40 + p
			name := first[k%len(first)] + " " + last[(k/3)%len(last)]
			surname := last[(k/3)%len(last)]
			paras = append(paras, fmt.Sprintf(templates[k%len(templates)], titles[k%len(titles)], name, surname))
		}
		stories[s] = paras
	}
	return stories
}

func BenchmarkExtract(b *testing.B) {
	stories := generatedStories(500)
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
	stories := generatedStories(500)
	size := 0
	for _, s := range stories {
		size += len(strings.Join(s, ""))
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		for _, paras := range stories {
			scanQuotes(paras)
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
	stories := generatedStories(500)
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
				_, rel := tokenizeAll(paras)
				rel()
			}
		}
	})
	b.Run("people", func(b *testing.B) {
		b.SetBytes(int64(size))
		for b.Loop() {
			for _, paras := range stories {
				toks, rel := tokenizeAll(paras)
				findPeople(paras, toks)
				rel()
			}
		}
	})
	b.Run("scan", func(b *testing.B) {
		b.SetBytes(int64(size))
		for b.Loop() {
			for _, paras := range stories {
				scanQuotes(paras)
			}
		}
	})
}
