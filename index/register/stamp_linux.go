package register

import (
	"fmt"
	"syscall"
)

// stampOf identifies the file at path and its last change.
func stampOf(path string) ([]byte, bool) {
	var st syscall.Stat_t
	if err := syscall.Stat(path, &st); err != nil {
		return nil, false
	}
	return fmt.Appendf(nil, "%d %d %d %d.%09d\n", st.Dev, st.Ino, st.Size, st.Ctim.Sec, st.Ctim.Nsec), true
}
