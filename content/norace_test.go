//go:build !race

package content

// raceEnabled: see race_test.go.
const raceEnabled = false
