//go:build !linux

package pipeline

// setMemLimit does nothing here: only Linux enforces RLIMIT_AS reliably.
// The worker's timeout still bounds a runaway document.
func setMemLimit(int64) error { return nil }
