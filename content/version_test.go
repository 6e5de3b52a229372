package content

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"go/scanner"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// extractorHash is the hash of the extractor at ExtractorVersion: see
// TestExtractorVersion.
const extractorHash = "733b4e9fc8dd4d2e"

// notExtraction are the files of content that change how stories are
// loaded, not what is extracted from them, and the helpers only tests use.
var notExtraction = map[string]bool{
	"runner.go": true, "version.go": true,
	"source/find.go": true, "source/open.go": true, "source/shown.go": true, "source/fetch.go": true,
	"source/stdin.go": true, "source/identity_unix.go": true, "source/identity_other.go": true,
	"source/open_unix.go": true, "source/open_other.go": true,
	"internal/fetchtest/fetchtest.go": true, "internal/spantest/spantest.go": true,
}

// Stories in the cache were made by the extractor of their version: a
// change to the code or word lists of any stage, without a new
// ExtractorVersion, would show stories from the cache that the extractor
// no longer makes. Comments do not count, so a change to one needs no
// new version.
func TestExtractorVersion(t *testing.T) {
	h := sha256.New()
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		switch {
		case err != nil:
			return err
		case d.IsDir() && d.Name() == "testdata":
			return filepath.SkipDir
		case d.IsDir() || notExtraction[filepath.ToSlash(path)] || strings.HasSuffix(path, "_test.go"):
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		switch filepath.Ext(path) {
		case ".go":
			h.Write([]byte(path + "\n" + goTokens(path, data)))
		case ".txt", ".tsv", ".csv":
			h.Write([]byte(path + "\n" + dataLines(data)))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if got := hex.EncodeToString(h.Sum(nil))[:16]; got != extractorHash {
		t.Errorf("the extractor changed (its code or word lists hash to %s, not %s) but ExtractorVersion is still %q:\n"+
			"raise ExtractorVersion (content/version.go) and set extractorHash (content/version_test.go) to %q,\n"+
			"so that the library cache reads every story again", got, extractorHash, ExtractorVersion, got)
	}
}

// goTokens is Go source without its comments and layout.
func goTokens(path string, src []byte) string {
	var s scanner.Scanner
	fset := token.NewFileSet()
	s.Init(fset.AddFile(path, -1, len(src)), src, nil, 0)
	var out strings.Builder
	for {
		_, tok, lit := s.Scan()
		if tok == token.EOF {
			return out.String()
		}
		out.WriteString(tok.String() + " " + lit + "\n")
	}
}

// dataLines is a word list without its "#" header and comment lines.
func dataLines(data []byte) string {
	var out strings.Builder
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		if line := strings.TrimSpace(sc.Text()); line != "" && !strings.HasPrefix(line, "#") {
			out.WriteString(line + "\n")
		}
	}
	return out.String()
}
