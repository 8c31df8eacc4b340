//go:build !unix

package main

// privateFiles does nothing where there is no file mode mask.
func privateFiles() {}
