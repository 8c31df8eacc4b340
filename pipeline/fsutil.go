package pipeline

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"syscall"
)

// WriteFile replaces name with what write produces, durably and
// atomically (see writeFileAtomic): a failed write leaves no partial file.
// The file is its owner's alone.
func WriteFile(name string, write func(io.Writer) error) error {
	return writeFileAtomic(name, true, write)
}

// writeFileAtomic replaces name with what write produces, via a temporary
// file in the same directory: write → fsync → close → rename → fsync dir.
// Readers see the old file or the new one, never a part. Without durable,
// the fsyncs are skipped: the rename is still atomic against a crash of
// the process, not against one of the machine.
func writeFileAtomic(name string, durable bool, write func(io.Writer) error) (err error) {
	dir := filepath.Dir(name)
	f, err := os.CreateTemp(dir, filepath.Base(name)+".tmp*")
	if err != nil {
		return fmt.Errorf("creating temporary file for %s: %w", name, err)
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	bw := bufio.NewWriterSize(f, 64<<10)
	if err := write(bw); err != nil {
		return fmt.Errorf("writing %s: %w", name, err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("writing %s: %w", name, err)
	}
	if durable {
		if err := f.Sync(); err != nil {
			return fmt.Errorf("syncing %s: %w", name, err)
		}
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("closing %s: %w", name, err)
	}
	if err := os.Rename(f.Name(), name); err != nil {
		return fmt.Errorf("renaming into %s: %w", name, err)
	}
	if durable {
		return syncDir(dir)
	}
	return nil
}

// privateDir creates the data directory and its records folder, and makes
// the data directory its owner's alone (0700), as one created by an earlier
// version may not be: everything in it holds the documents' text.
func privateDir(dataDir string) error {
	if err := os.MkdirAll(filepath.Join(dataDir, recordsDir), 0o700); err != nil {
		return fmt.Errorf("creating data directory: %w", err)
	}
	if err := os.Chmod(dataDir, 0o700); err != nil {
		return fmt.Errorf("protecting data directory: %w", err)
	}
	return nil
}

// syncDir makes a rename in dir durable. File systems that cannot sync a
// directory (EINVAL) are accepted.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return fmt.Errorf("opening directory %s: %w", dir, err)
	}
	defer d.Close()
	if err := d.Sync(); err != nil && !errors.Is(err, syscall.EINVAL) && !errors.Is(err, syscall.ENOTSUP) {
		return fmt.Errorf("syncing directory %s: %w", dir, err)
	}
	return nil
}
