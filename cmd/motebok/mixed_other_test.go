//go:build !unix

package main

import "testing"

// addUnreadable adds nothing where file modes, links and FIFOs do not work
// as on Unix.
func addUnreadable(*testing.T, *mixed, string) {}
