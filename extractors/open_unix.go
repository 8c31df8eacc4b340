//go:build unix

package extractors

import (
	"os"
	"syscall"
)

// openFile opens path for reading without blocking on a FIFO or a device,
// so that ExtractFile can refuse them after Stat.
func openFile(path string) (*os.File, error) {
	return os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
}
