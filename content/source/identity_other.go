//go:build !unix

package source

import "io/fs"

// identity tells whether two paths are one file: by real path, where the
// system gives no inode.
func identity(path string, _ fs.FileInfo) any { return realPath(path) }
