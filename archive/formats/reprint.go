package formats

import (
	"errors"
	"fmt"
	"regexp"
	"strings"

	"cables/model"
)

// ErrNotCable is a text file without a cable's "Reference ID:" line: a
// note among the cables, not a broken cable.
var ErrNotCable = errors.New("not a cable (no \"Reference ID:\" line at the top)")

// ReprintCable reads a one-cable text file in the layout newspapers
// reprinted cables in: "Reference ID:", "Created:", "Released:",
// "Classification:" and "Origin:" lines, then the routing header and the
// body.
func ReprintCable(data []byte, path string) (model.CableDoc, error) {
	fail := func(cause string) (model.CableDoc, error) {
		return model.CableDoc{}, fmt.Errorf("%s: %s", path, cause)
	}
	if looksBinary(data) {
		return fail("not text (binary file?)")
	}
	text := strings.ReplaceAll(string(data), "\r\n", "\n")
	text = strings.TrimPrefix(text, "\ufeff")
	meta, rest, line := reprintMeta(text)
	id := meta["reference id"]
	if id == "" {
		return model.CableDoc{}, fmt.Errorf("%s: %w", path, ErrNotCable)
	}
	if !ValidID(id) {
		return fail(fmt.Sprintf("line 1: %q is not a cable reference ID", clip(id)))
	}
	created, err := parseCreated(meta["created"])
	if err != nil {
		return fail(fmt.Sprintf("%s: created date %q is not YYYY-MM-DD HH:MM", id, clip(meta["created"])))
	}
	released, _ := parseCreated(meta["released"])
	header, body := splitHeader(rest)
	return model.CableDoc{
		ID: id, Created: created, Classification: meta["classification"], Origin: meta["origin"],
		Header: header, Body: body,
		Releases: []model.CableRelease{{Released: released, Where: model.ArchiveLocation{
			Path: path, Format: model.FormatReprint, Length: int64(len(data)), Line: line}}},
	}, nil
}

// reprintKeys are the metadata lines of a reprint.
var reprintKeys = map[string]bool{"reference id": true, "created": true, "released": true,
	"classification": true, "origin": true}

// reprintMeta reads the "Key: value" lines at the top and returns them
// with the text after them and the line where the cable starts.
func reprintMeta(text string) (map[string]string, string, int) {
	meta := map[string]string{}
	line, start := 1, 0
	for start < len(text) {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text) - start
		}
		l := strings.TrimSpace(text[start : start+end])
		key, value, ok := strings.Cut(l, ":")
		key = strings.ToLower(strings.TrimSpace(key))
		switch {
		case l == "" && len(meta) == 0:
		case ok && reprintKeys[key]:
			meta[key] = strings.TrimSpace(value)
		default:
			return meta, text[start:], line
		}
		start += end + 1
		line++
	}
	return meta, "", line
}

// routingLine matches the first line of a routing header: a message
// number (VZCZC...) or precedence and date-time group ("O 241228Z JAN 09").
var routingLine = regexp.MustCompile(`^(VZCZC|[A-Z]{1,2} \d{6}Z )`)

// splitHeader parts a reprint's text into the routing header, when it has
// one, and the body, which begins at the classification banner or after
// the header's first blank line.
func splitHeader(rest string) (header, body string) {
	rest = strings.TrimLeft(rest, "\n")
	if !routingLine.MatchString(rest) {
		return "", rest
	}
	lines := strings.SplitAfter(rest, "\n")
	at := 0
	for i, l := range lines {
		if strings.TrimSpace(l) == "" || IsBanner(l) {
			break
		}
		at += len(lines[i])
	}
	return strings.TrimRight(rest[:at], "\n"), strings.TrimLeft(rest[at:], "\n")
}

// bannerRE matches the classification a body opens with, letters spaced
// out or not: "C O N F I D E N T I A L SECTION 01 OF 03 ISLAMABAD 000155".
var bannerRE = regexp.MustCompile(`^\s*(C O N F I D E N T I A L|S E C R E T|U N C L A S S I F I E D|UNCLAS\b|CONFIDENTIAL\b|SECRET\b|UNCLASSIFIED\b|LIMITED OFFICIAL USE)`)

// IsBanner reports whether a line is a classification banner.
func IsBanner(line string) bool { return bannerRE.MatchString(line) }
