//go:build unix

package archive

import (
	"syscall"
	"time"
)

// cpuTime is the processor time the process has used, user and system:
// a measure of work that other programs on the machine do not disturb.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
