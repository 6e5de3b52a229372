package content

import (
	"fmt"
	"strings"
	"testing"
)

// generatedStory writes a long story of the shape news pages have: a
// headline, a date line, captions, quoted paragraphs and chrome at the end.
func generatedStory(paragraphs int) []byte {
	var b strings.Builder
	b.WriteString("Envoy's cables describe a tense year on the border\n\n")
	b.WriteString("December 03, 2010 02:22 pm | Updated December 04, 2010 10:58 pm IST - Washington\n\n")
	for i := range paragraphs {
		switch i % 4 {
		case 0:
			fmt.Fprintf(&b, "“The minister said the talks number %d were going nowhere, and that the army would not move,” the cable said.\n\n", i)
		case 1:
			fmt.Fprintf(&b, "Ambassador Jane Roe wrote in meeting %d that officials were “deeply worried” about the border, according to the cable.\n\n", i)
		case 2:
			fmt.Fprintf(&b, "“We will respond,” General Omar Khan said at briefing %d, “but only if attacked.”\n\n", i)
		default:
			fmt.Fprintf(&b, "The United States has neither confirmed nor denied the authenticity of document %d, which was released on Sunday.\n\n", i)
		}
	}
	b.WriteString("0 / 0\nSign in to unlock member-only benefits!\nComments\n")
	return []byte(b.String())
}

func BenchmarkParseDefaultStory(b *testing.B) {
	b.SetBytes(int64(len(defaultStory)))
	for b.Loop() {
		if _, err := Parse("seed.txt", defaultStory); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseLargeStory(b *testing.B) {
	data := generatedStory(10000) // about 1.1 MB
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Parse("large.txt", data); err != nil {
			b.Fatal(err)
		}
	}
}
