package content

import (
	"testing"

	"cables/model"
)

// TestExtractAllocations holds extraction of one story to the
// allocations of what goes out with it (its quotes, their spans, mentions
// and sources, its people and their names and forms) and a few more: the
// stages' scratch is pooled between stories. A story of the benchmarks'
// shape took 33 allocations before the scanner's open quote, the token
// arena's release and the quotes' mentions stopped taking one each, 21
// before the documents' descriptions and the pronoun rules' subjects
// did, 15 before the descriptions' first room and the people's forms were
// each taken at once rather than grown; it takes 11.
func TestExtractAllocations(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector's pools drop what they are given")
	}
	paras := generatedStories(1, true)[0]
	extract(&model.Story{Paragraphs: paras}) // (the pools filled)
	if n := testing.AllocsPerRun(50, func() { extract(&model.Story{Paragraphs: paras}) }); n > 13 {
		t.Errorf("extracting a story made %.0f allocations, want at most 13", n)
	}
}
