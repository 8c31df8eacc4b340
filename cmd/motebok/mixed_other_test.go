//go:build !unix

package main

import "testing"

// addUnreadable adds nothing where file modes, links and FIFOs do not work
// as on Unix.
func addUnreadable(*testing.T, *mixed, string) {}

// readOnly skips the test: read-only file modes work as on Unix only.
func readOnly(t *testing.T, _, _ string) cli {
	t.Skip("needs Unix file modes")
	return cli{}
}
