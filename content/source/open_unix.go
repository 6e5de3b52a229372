//go:build unix

package source

import (
	"os"
	"syscall"
)

// openFile opens a file to read as os.Open does, without the non-blocking
// mode and poller registration that os.Open tries on every file: four
// system calls a file, which a regular file refuses anyway, and a good part
// of the cost of reading a library of small stories. A FIFO's read then
// blocks its thread, which interruptible gives up on when the run is
// interrupted, as it does a FIFO's open.
func openFile(path string) (*os.File, error) {
	for {
		fd, err := syscall.Open(path, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return nil, &os.PathError{Op: "open", Path: path, Err: err}
		}
		return os.NewFile(uintptr(fd), path), nil
	}
}
