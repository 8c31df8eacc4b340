package register

import (
	"os"

	"github.com/motebok/motebok/internal/filestamp"
)

// A register that nothing but this package wrote since it last checked or
// closed it needs no Check when it is opened again, so that a run starts at
// the cost of what changed, not of the whole file. Close and a passing
// Check leave the file's stamp (filestamp) beside it; Open checks the file
// only when the stamp differs or a -wal file holds writes a crashed run
// left. Any other write, a copy or a restore shows as a new stamp. Bytes
// that rot on the disk unseen are still found: every reader verifies the
// checksum of each row it answers from, and `motebok check` runs Check.

// stampSuffix names the stamp file beside the register.
const stampSuffix = ".checked"

// unchanged reports whether the register at path is as the last Close or
// Check left it.
func unchanged(path string) bool {
	if fi, err := os.Stat(path + "-wal"); err == nil && fi.Size() > 0 {
		return false
	}
	now, ok := filestamp.Of(path)
	if !ok {
		return false
	}
	was, err := os.ReadFile(path + stampSuffix)
	return err == nil && string(was) == now
}

// markChecked records the register's stamp; without one, the next Open
// checks the file.
func markChecked(path string) {
	if s, ok := filestamp.Of(path); ok {
		_ = os.WriteFile(path+stampSuffix, []byte(s), 0o600) // a torn stamp only costs a Check
	} else {
		_ = os.Remove(path + stampSuffix)
	}
}
