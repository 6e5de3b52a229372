package page

import (
	"hash/maphash"
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

var chromeMemoSeed = maphash.MakeSeed()

// chromeSlot is the slot of a line in chromeMemo.
func chromeSlot(line string) int {
	return int(maphash.String(chromeMemoSeed, line) % chromeMemoSlots)
}

// rememberedChrome returns the verdict on line the memo keeps at slot, if
// it keeps one.
func rememberedChrome(slot int, line string) (chrome, ok bool) {
	chromeMemo.Lock()
	v := chromeMemo.slots[slot]
	chromeMemo.Unlock()
	return v.chrome, v.line == line && line != ""
}

// rememberChrome keeps the verdict on line at slot.
func rememberChrome(slot int, line string, chrome bool) {
	chromeMemo.Lock()
	chromeMemo.slots[slot] = chromeVerdict{line, chrome}
	chromeMemo.Unlock()
}
