//go:build !unix

package source

import (
	"context"
	"os"
)

// openFile opens a file to read.
func openFile(path string) (*os.File, error) { return os.Open(path) }

// readRegular reads a regular file, checking between reads that the run
// goes on.
func readRegular(ctx context.Context, path string, _ int64) ([]byte, error) {
	return readFile(ctx, path)
}
