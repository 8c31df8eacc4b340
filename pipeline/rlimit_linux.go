package pipeline

import "syscall"

// setMemLimit caps this process's address space. The Go runtime turns a
// failed allocation into a fatal "out of memory", which the parent reports.
func setMemLimit(n int64) error {
	var lim syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_AS, &lim); err != nil {
		return err
	}
	lim.Cur = min(uint64(n), lim.Max)
	return syscall.Setrlimit(syscall.RLIMIT_AS, &lim)
}
