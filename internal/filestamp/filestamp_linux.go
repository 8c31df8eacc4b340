package filestamp

import (
	"fmt"
	"syscall"
)

// Of is the stamp of the file at path; false when it has none.
func Of(path string) (string, bool) {
	var st syscall.Stat_t
	if err := syscall.Stat(path, &st); err != nil {
		return "", false
	}
	return fmt.Sprintf("%d %d %d %d.%09d", st.Dev, st.Ino, st.Size, st.Ctim.Sec, st.Ctim.Nsec), true
}
