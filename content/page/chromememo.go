package page

import (
	"strings"
	"sync"
)

// chromeMemo keeps isChromeOf's verdicts on the lines it read last: a
// page asks it of some lines more than once, as the headline rules, the
// tail and the unit rules read them in turn (issue 14 item 12: a sixth of
// the bytes the chrome rules read in a first export of the 10k gencorpus
// library were of lines the page had asked of them already). A verdict
// depends on the line alone. The memo is shared by the goroutines that
// read pages: each line has a slot by its hash, which keeps the last line
// that came to it, so a line another took the slot of is read again.
var chromeMemo struct {
	sync.Mutex
	slots [chromeMemoSlots]chromeVerdict
}

// chromeMemoSlots is a few pages' lines many times over.
const chromeMemoSlots = 512

// chromeVerdict is a line and whether it is chrome.
type chromeVerdict struct {
	line   string
	chrome bool
}

// chromeSlot is the slot of a line in chromeMemo, by its length and its
// first, middle and last eight bytes: a hash of the whole line would read it all,
// and one with a seed of its own each run would make the runs' counts of
// instructions differ.
func chromeSlot(line string) int {
	h := uint64(len(line))
	if len(line) >= 8 {
		h ^= load8(line, 0)*0x9E3779B97F4A7C15 ^ load8(line, len(line)/2-4)*0xD6E8FEB86659FD93 ^ load8(line, len(line)-8)*0xC2B2AE3D27D4EB4F
	} else {
		for i := range len(line) {
			h = h<<8 | uint64(line[i])
		}
		h *= 0x9E3779B97F4A7C15
	}
	h ^= h >> 31
	h *= 0x94D049BB133111EB
	return int(h >> 32 % chromeMemoSlots)
}

// rememberedChrome returns the verdict on line the memo keeps at slot, if
// it keeps one.
func rememberedChrome(slot int, line string) (chrome, ok bool) {
	chromeMemo.Lock()
	v := chromeMemo.slots[slot]
	chromeMemo.Unlock()
	return v.chrome, v.line == line && line != ""
}

// rememberChrome keeps the verdict on line at slot: a copy of a line of
// up to longest bytes, so that the memo holds a few kilobytes and no
// page's text alive (a line of the page itself would keep the whole page
// until its slot is taken); a longer line is read again.
func rememberChrome(slot int, line string, chrome bool, longest int) {
	if len(line) > longest {
		return
	}
	line = strings.Clone(line)
	chromeMemo.Lock()
	chromeMemo.slots[slot] = chromeVerdict{line, chrome}
	chromeMemo.Unlock()
}

// chromeMemoLine is the longest line the memo keeps: chrome is short.
const chromeMemoLine = 256

// chromeMemoAskedAgain is the longest line the memo keeps when it is sure
// to be asked again (isChromeAskedAgain): a long paragraph, a few times
// chromeMemoLine, few a page.
const chromeMemoAskedAgain = 4096
