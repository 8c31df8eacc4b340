// Package filestamp tells whether a file changed since a program last
// looked at it, without reading it: its stamp is its device, inode, size
// and change time. No program can set a change time back, so any write, a
// rename over it, a copy or a restore gives a new stamp. Where the change
// time cannot be read, a file has no stamp and always counts as changed.
package filestamp
