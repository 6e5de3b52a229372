//go:build unix

package content

import (
	"os"
	"path/filepath"
	"testing"

	"cables/content/page"
	"cables/content/source"
	"cables/model"
)

// BenchmarkLibraryStages reads 1,000 stories of the generated library
// (benchCorpus: paragraphs of the real evaluation articles) the way a
// first export does, one stage at a time, in MB/s of the files' bytes:
// the page stage (file to page), extraction, and extraction with each
// quote's reasons, as export asks for them. BenchmarkExtract reads ten
// templates over and over; real paragraphs cost about as many
// instructions a byte but take half as long again (issue 14: 25–29
// against 41–46 MB/s on one core), so this is the figure the 40 MB/s a
// core of a whole export is made of.
//
//	go test -pgo=default.pgo ./content -run '^$' -bench LibraryStages -cpu 1
func BenchmarkLibraryStages(b *testing.B) {
	dir, size := benchCorpus(b, 1000)
	entries, err := os.ReadDir(dir)
	if err != nil {
		b.Fatal(err)
	}
	var docs []source.Document
	for _, e := range entries[:min(len(entries), 1000)] {
		name := filepath.Join(dir, e.Name())
		data, err := os.ReadFile(name)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, source.Document{Name: name, Data: data})
	}
	var stories []*model.Story
	for _, d := range docs {
		pages, _ := page.Read(d)
		for _, pg := range pages {
			stories = append(stories, storyOf(pg))
		}
	}
	b.Run("page", func(b *testing.B) {
		b.SetBytes(size)
		for b.Loop() {
			for _, d := range docs {
				page.Read(d)
			}
		}
	})
	for _, stage := range []struct {
		name    string
		explain bool
	}{{"extract", false}, {"explain", true}} {
		b.Run(stage.name, func(b *testing.B) {
			b.SetBytes(size)
			for b.Loop() {
				for _, s := range stories {
					story := *s
					extractStory(&story, stage.explain)
				}
			}
		})
	}
}
