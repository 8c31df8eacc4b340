//go:build unix

package main

import (
	"io/fs"
	"os"
	"os/user"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
)

// addUnreadable adds what the ingest cannot read or must not follow: a file
// and a folder without read permission, a symbolic link loop, a link to a
// folder above (a naive walk never ends) and a FIFO named like a PDF (a
// naive read never returns). Root reads any file whatever its mode, so when
// the tests run as root the archive is given to the user nobody and motebok
// runs as nobody.
func addUnreadable(t *testing.T, m *mixed, base string) {
	locked := filepath.Join(m.root, "låst.pdf")
	writeFile(t, locked, minutesPDF(t, 1))
	m.bad[locked], m.unread[locked] = true, true
	closed := filepath.Join(m.root, "stengt")
	writeFile(t, filepath.Join(closed, "referat.pdf"), minutesPDF(t, 2))
	m.badDirs[closed] = true
	loop, fifo := filepath.Join(m.root, "loop.pdf"), filepath.Join(m.root, "fifo.pdf")
	mustDo(t, os.Symlink("loop.pdf", loop))
	mustDo(t, os.Symlink("..", filepath.Join(m.root, "corpus", "opp")))
	mustDo(t, syscall.Mkfifo(fifo, 0o644))
	m.skipped[loop], m.skipped[fifo] = true, true
	if os.Geteuid() == 0 {
		m.cli.attr = giveToNobody(t, base)
	}
	mustDo(t, os.Chmod(locked, 0))
	mustDo(t, os.Chmod(closed, 0))
	m.repair = func(t *testing.T) {
		mustDo(t, os.Chmod(closed, 0o755))
		m.good[filepath.Join(closed, "referat.pdf")] = true
		delete(m.badDirs, closed)
		mustDo(t, os.Chmod(locked, 0o644))
		m.good[locked] = true
		delete(m.bad, locked)
		delete(m.unread, locked)
	}
}

// giveToNobody makes nobody the owner of everything under dir, lets it
// reach dir, and returns the attributes that run a command as nobody.
func giveToNobody(t *testing.T, dir string) *syscall.SysProcAttr {
	uid, gid := 65534, 65534
	if u, err := user.Lookup("nobody"); err == nil {
		uid, _ = strconv.Atoi(u.Uid)
		gid, _ = strconv.Atoi(u.Gid)
	}
	err := filepath.WalkDir(dir, func(p string, _ fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		return os.Lchown(p, uid, gid)
	})
	mustDo(t, err)
	mustDo(t, os.Chmod(filepath.Dir(dir), 0o755)) // the test's temporary folder
	return &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid)}}
}

// readOnly takes away every write permission under data and returns the
// CLI of a user bound by them: root ignores file modes, so as root the
// folder under base is given to nobody, who then runs motebok.
func readOnly(t *testing.T, base, data string) cli {
	var c cli
	if os.Geteuid() == 0 {
		c.attr = giveToNobody(t, base)
	}
	err := filepath.WalkDir(data, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		return os.Chmod(p, 0o400)
	})
	mustDo(t, err)
	err = filepath.WalkDir(data, func(p string, d fs.DirEntry, err error) error {
		if err != nil || !d.IsDir() {
			return err
		}
		return os.Chmod(p, 0o500)
	})
	mustDo(t, err)
	t.Cleanup(func() {
		filepath.WalkDir(data, func(p string, _ fs.DirEntry, _ error) error { return os.Chmod(p, 0o700) })
	})
	return c
}
