//go:build unix

package source

import (
	"io/fs"
	"syscall"
)

// fileID is a file's device and inode: the same file however it is named.
type fileID struct{ dev, ino uint64 }

// identity tells whether two paths are one file: by device and inode, so
// that hard links and every way of naming a path count once.
func identity(path string, info fs.FileInfo) any {
	if st, ok := info.Sys().(*syscall.Stat_t); ok {
		return fileID{uint64(st.Dev), uint64(st.Ino)}
	}
	return realPath(path)
}
