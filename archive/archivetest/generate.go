package archivetest

import (
	"bufio"
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
	"time"
)

// Generate writes a cables.csv of n cables made from the fixture cables'
// paragraphs, shuffled and recombined, for benchmarks at the size of the
// real archive. The same seed gives the same file. It returns the bytes
// of cable text (bodies) written.
func Generate(w io.Writer, n int, seed uint64) (int64, error) {
	bw := bufio.NewWriterSize(w, 1<<20)
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	var paras []string
	for _, c := range Cables {
		for _, p := range strings.Split(c.Body, "\n\n") {
			if len(p) > 80 {
				paras = append(paras, p)
			}
		}
	}
	posts := []string{"Islamabad", "Tunis", "Kabul", "New Delhi", "Harbortown", "Valletta", "Paris", "Rome"}
	start := time.Date(2003, 1, 1, 0, 0, 0, 0, time.UTC)
	var text int64
	for i := 0; i < n; i++ {
		post := posts[rng.IntN(len(posts))]
		c := Cable{
			ID:             fmt.Sprintf("%02d%s%d", 3+i*8/n, strings.ToUpper(strings.ReplaceAll(post, " ", "")), 1000+i),
			Created:        start.Add(time.Duration(int64(i)*8*365*24*60/int64(n)) * time.Minute),
			Origin:         "Embassy " + post,
			Classification: "CONFIDENTIAL",
			Header:         header(post),
		}
		var b strings.Builder
		fmt.Fprintf(&b, "C O N F I D E N T I A L %s %06d\n\nSIPDIS\n\nTAGS: PREL, XX\nSUBJECT: GENERATED CABLE %d\n\n", strings.ToUpper(post), i, i)
		// 6 to 30 paragraphs: about 7 KB a cable, as in Cablegate.
		for k, m := 1, 6+rng.IntN(25); k <= m; k++ {
			p := paras[rng.IntN(len(paras))]
			p = strings.TrimLeft(p, "0123456789. ")
			// Vary the words so that cables are not copies of each other.
			fmt.Fprintf(&b, "%d. (C) On day %d of the visit, %s\n\n", k, rng.IntN(1000), p)
		}
		c.Body = b.String() + "GENERATED"
		text += int64(len(c.Body))
		if _, err := bw.WriteString(Row(i+1, c, "")); err != nil {
			return text, err
		}
	}
	return text, bw.Flush()
}
