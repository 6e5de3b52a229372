package source

import (
	"bytes"
	"math/rand/v2"
	"testing"
	"unicode/utf8"
)

// plainLooksBinary and plainLooksGarbled are looksBinary's and
// looksGarbled's reading of a file's start as first written, a byte and a
// rune at a time: the quick passes must say what these say.
func plainLooksBinary(data []byte) bool {
	for _, m := range binaryMagic {
		if bytes.HasPrefix(data, m) && (len(m) > 2 || bytes.IndexByte(data[:min(len(data), 512)], 0) >= 0) {
			return true
		}
	}
	sample := data[:min(len(data), 8192)]
	odd := 0
	for _, c := range sample {
		odd += int(oddBytes[c])
	}
	return odd*10 > len(sample) && odd >= 16 || bytes.Contains(sample, []byte{0, 0, 0, 0})
}

func plainLooksGarbled(data []byte) bool {
	sample := data[:min(len(data), sniffLen)]
	invalid, controls := 0, 0
	for i := 0; i < len(sample); {
		r, size := utf8.DecodeRune(sample[i:])
		switch {
		case r == utf8.RuneError && size == 1 && len(sample)-i >= utf8.UTFMax:
			invalid++
		case r < 0x20 && r != '\n' && r != '\r' && r != '\t' && r != '\f' && r != 0x1B && r != 0x07:
			controls++
		}
		i += size
	}
	return controls > 0 && invalid*10 > len(sample)
}

// Every byte value at every place of an eight-byte word, beside bytes on
// either side of 0x20, is counted as the byte-at-a-time loop counts it.
func TestCountOddEveryByteAnywhere(t *testing.T) {
	for c := range 256 {
		for at := range 11 {
			b := bytes.Repeat([]byte{'a'}, 11)
			b[at] = byte(c)
			for _, near := range []byte{'a', 0x1f, 0x20, 0x21, 0x80, 0xff, '\n'} {
				b[(at+3)%11] = near
				want := 0
				for _, x := range b {
					want += int(oddBytes[x])
				}
				if got := countOdd(b); got != want {
					t.Fatalf("countOdd(%q) = %d, want %d", b, got, want)
				}
			}
		}
	}
}

// Random files, mostly text with a sprinkling of controls, invalid bytes
// and NULs, are sniffed as the plain loops sniff them.
func TestSniffingAgreesWithThePlainLoops(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 14))
	pieces := [][]byte{[]byte("The cable said “no.”\n"), {0}, {1}, {0x1b}, {0xc3}, {0xff, 0xfe}, []byte("é"), {0, 0, 0, 0}, {'\t'}, {0x80}}
	for range 5000 {
		var b []byte
		odd := 1 + r.IntN(8) // one piece in odd is not plain text
		for len(b) < r.IntN(9000) {
			if r.IntN(odd) == 0 {
				b = append(b, pieces[r.IntN(len(pieces))]...)
			} else {
				b = append(b, pieces[0]...)
			}
		}
		if got, want := looksBinary(b), plainLooksBinary(b); got != want {
			t.Fatalf("looksBinary = %v, the plain loop %v, for %q", got, want, b)
		}
		if got, want := looksGarbled(b), plainLooksGarbled(b); got != want {
			t.Fatalf("looksGarbled = %v, the plain loop %v, for %q", got, want, b)
		}
	}
}

func FuzzSniffing(f *testing.F) {
	f.Add([]byte("Envoy wrote\x01\xc3 of the strike"))
	f.Add([]byte{0x1f, 0x8b, 0, 1, 2})
	f.Fuzz(func(t *testing.T, b []byte) {
		if looksBinary(b) != plainLooksBinary(b) || looksGarbled(b) != plainLooksGarbled(b) {
			t.Fatalf("sniffing %q differs from the plain loops", b)
		}
	})
}
