package pipeline

import "io/fs"

// fileStat is what decides, without reading a file, whether it changed.
type fileStat struct {
	Size  int64
	MTime int64 // Unix nanoseconds
	Inode uint64
}

func statOf(fi fs.FileInfo) fileStat {
	return fileStat{Size: fi.Size(), MTime: fi.ModTime().UnixNano(), Inode: inodeOf(fi)}
}

// same reports whether two stats describe an unchanged file. An inode of 0
// (unknown) matches any.
func (s fileStat) same(o fileStat) bool {
	return s.Size == o.Size && s.MTime == o.MTime && (s.Inode == 0 || o.Inode == 0 || s.Inode == o.Inode)
}
