package pipeline

import (
	"errors"
	"io/fs"
	"os/exec"
	"strings"
	"syscall"
)

// ErrEnvironment marks a failure caused by the machine rather than by the
// document: a permission refused, a resource limit hit, a tool missing.
// Such a failure is reported and retried every run but never counts toward
// quarantine: fixing the machine must be enough to index the file.
var ErrEnvironment = errors.New("cause lies outside the document")

// Environmental reports whether err is an ErrEnvironment failure.
func Environmental(err error) bool {
	for _, cause := range []error{ErrEnvironment, fs.ErrPermission, exec.ErrNotFound,
		syscall.ENOMEM, syscall.EMFILE, syscall.ENFILE, syscall.ENOSPC} {
		if errors.Is(err, cause) {
			return true
		}
	}
	return false
}

// outOfMemory reports whether a crashed worker's last words say it ran out
// of memory: of its address-space limit rather than of the document's
// limits, which readers check and report as doc.ErrLimit. A thread the
// runtime could not start under that limit counts too.
func outOfMemory(reason string) bool {
	for _, sign := range []string{"out of memory", "cannot allocate memory", "pthread_create failed"} {
		if strings.Contains(reason, sign) {
			return true
		}
	}
	return false
}
