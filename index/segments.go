package index

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// Segment checksums. Bleve's scorch keeps the index in zap segment files,
// each ending in the CRC-32 (IEEE) of all the bytes before it, which Bleve
// writes but never verifies: a flipped byte inside a stored text is
// searched and shown as if it were the document's. CheckSegments verifies
// every segment; NewWriter verifies each segment once, since a segment
// file is never changed after it is written (merges write new ones), and
// lists the ones it verified in verifiedFile.

// ErrDamaged is wrapped by the error of a segment file whose checksum does
// not match: the index must be rebuilt from the stored records.
var ErrDamaged = errors.New("index segment is damaged")

// verifiedFile, in the index directory, lists the segments verified, one
// "name size" line each, so that it goes with the index when the index is
// moved aside or removed.
const verifiedFile = "verified-segments"

// CheckSegments verifies the checksum of every segment file of the index
// in dir.
func CheckSegments(dir string) error {
	segs, err := segmentFiles(dir)
	if err != nil {
		return err
	}
	for _, s := range segs {
		if err := verifySegment(s.path); err != nil {
			return err
		}
	}
	return nil
}

// checkNewSegments verifies the segment files of the index in dir that
// verifiedFile does not list with their size, then lists every segment.
func checkNewSegments(dir string) error {
	segs, err := segmentFiles(dir)
	if err != nil {
		return err
	}
	verified := readVerified(dir)
	for _, s := range segs {
		if verified[s.key()] {
			continue
		}
		if err := verifySegment(s.path); err != nil {
			return err
		}
	}
	return writeVerified(dir, segs, verified)
}

// segment is a segment file and its size.
type segment struct {
	path string
	size int64
}

// key is the line verifiedFile has for s.
func (s segment) key() string { return filepath.Base(s.path) + " " + strconv.FormatInt(s.size, 10) }

// segmentFiles lists the segment files of the index in dir, in name order.
func segmentFiles(dir string) ([]segment, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "store", "*.zap"))
	if err != nil {
		return nil, err
	}
	slices.Sort(paths)
	segs := make([]segment, 0, len(paths))
	for _, p := range paths {
		fi, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("checking index segment: %w", err)
		}
		segs = append(segs, segment{p, fi.Size()})
	}
	return segs, nil
}

// verifySegment compares the CRC-32 of a segment file's bytes with the one
// its last four bytes hold.
func verifySegment(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("checking index segment: %w", err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return fmt.Errorf("checking index segment: %w", err)
	}
	if fi.Size() < 4 {
		return fmt.Errorf("%w: %s holds %d bytes", ErrDamaged, path, fi.Size())
	}
	h := crc32.NewIEEE()
	if _, err := io.Copy(h, io.LimitReader(f, fi.Size()-4)); err != nil {
		return fmt.Errorf("checking index segment: %w", err)
	}
	var footer [4]byte
	if _, err := io.ReadFull(f, footer[:]); err != nil {
		return fmt.Errorf("checking index segment: %w", err)
	}
	if got, want := h.Sum32(), binary.BigEndian.Uint32(footer[:]); got != want {
		return fmt.Errorf("%w: %s: its bytes have CRC-32 %08x, its footer says %08x", ErrDamaged, path, got, want)
	}
	return nil
}

// readVerified reads verifiedFile; a missing or unreadable one lists
// nothing, so that every segment is verified again.
func readVerified(dir string) map[string]bool {
	out := map[string]bool{}
	f, err := os.Open(filepath.Join(dir, verifiedFile))
	if err != nil {
		return out
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		out[sc.Text()] = true
	}
	return out
}

// writeVerified lists segs in verifiedFile, unless it lists just them
// already.
func writeVerified(dir string, segs []segment, verified map[string]bool) error {
	lines := make([]string, len(segs))
	for i, s := range segs {
		lines[i] = s.key()
	}
	if len(verified) == len(segs) && !slices.ContainsFunc(lines, func(l string) bool { return !verified[l] }) {
		return nil
	}
	tmp := filepath.Join(dir, verifiedFile+".tmp")
	text := strings.Join(lines, "\n") + "\n"
	if err := os.WriteFile(tmp, []byte(text), 0o600); err != nil {
		return fmt.Errorf("listing verified segments: %w", err)
	}
	if err := os.Rename(tmp, filepath.Join(dir, verifiedFile)); err != nil {
		return fmt.Errorf("listing verified segments: %w", err)
	}
	return nil
}
