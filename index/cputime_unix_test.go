//go:build unix

package index

import (
	"syscall"
	"time"
)

// cpuTime is the process's user plus system CPU time, a measure that holds
// up on a busy machine where wall time does not.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
