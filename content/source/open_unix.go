//go:build unix

package source

import (
	"context"
	"io"
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
	fd, err := openFd(path, 0)
	if err != nil {
		return nil, &os.PathError{Op: "open", Path: path, Err: err}
	}
	return os.NewFile(uintptr(fd), path), nil
}

// openFd opens a file to read, with flags besides.
func openFd(path string, flags int) (int, error) {
	for {
		fd, err := syscall.Open(path, syscall.O_RDONLY|syscall.O_CLOEXEC|flags, 0)
		if err != syscall.EINTR {
			return fd, err
		}
	}
}

// readRegular reads a file the walk found regular, of about size bytes,
// checking between reads that the run goes on. Its descriptor is read
// directly, with no os.File (whose making asks the file's mode again) and
// no stat (the walk's size sizes the buffer, or picks a kept one; a file
// grown since is read to its end all the same): two system calls a file
// fewer. It is opened
// non-blocking, so that a FIFO put in its place since the walk cannot
// block the read; a regular file ignores the mode.
func readRegular(ctx context.Context, path string, size int64) ([]byte, error) {
	fd, err := openFd(path, syscall.O_NONBLOCK)
	if err != nil {
		return nil, err
	}
	defer syscall.Close(fd)
	r := ctxReader{ctx, fdReader(fd)}
	buf := readBuffer(size)
	n, err := r.Read(buf[:min(int64(cap(buf)), MaxFileSize+1)])
	if err == nil && n > 0 && int64(n) == size && n < cap(buf) {
		// The file as the walk measured it, and the read stopped short
		// of the room it had, as a regular file's read does only at its
		// end: no read more to be told so (issue 14 item 12: one system
		// call a file of four).
		return buf[:n], nil
	}
	if err == io.EOF {
		return buf[:0], nil
	}
	if err != nil {
		return nil, cause(err)
	}
	data, err := readOn(r, MaxFileSize, buf[:n])
	if err != nil {
		return nil, cause(err)
	}
	return data, nil
}

// fdReader reads a file descriptor.
type fdReader int

func (fd fdReader) Read(p []byte) (int, error) {
	for {
		n, err := syscall.Read(int(fd), p)
		switch {
		case err == syscall.EINTR:
			continue
		case err != nil:
			return 0, err
		case n == 0 && len(p) > 0:
			return 0, io.EOF
		}
		return n, nil
	}
}
