//go:build race

package content

// raceEnabled tells a test built with the race detector, whose sync.Pool
// drops what it is given at random: allocation counts mean nothing there.
const raceEnabled = true
