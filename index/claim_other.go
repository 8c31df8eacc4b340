//go:build !unix

package index

import "time"

// claim does nothing where there is no flock: a reader then keeps its
// index open until it is idle.
func claim(string, time.Duration) (unclaim func(), err error) { return func() {}, nil }

// WriterWaiting reports false where there is no flock.
func WriterWaiting(string) bool { return false }
