//go:build !unix

package pipeline

import "io/fs"

func inodeOf(fs.FileInfo) uint64 { return 0 }
