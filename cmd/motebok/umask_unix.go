//go:build unix

package main

import "syscall"

// privateFiles makes every file and folder motebok creates readable by its
// user only (0600, 0700): the store holds the text of every document, and
// SQLite and Bleve create their files with the process's mask.
func privateFiles() { syscall.Umask(0o077) }
