package index

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/motebok/motebok/extractors/doc"
)

// TestReliabilitySegmentChecksum checks that a flipped byte in a stored
// text of a segment, or a truncated segment, is found by CheckSegments
// and by checkNewSegments while no earlier check listed the segment; that
// a listed segment is not read again (the start-of-run check costs what
// changed) unless its size changed; and that a sound index passes both.
func TestReliabilitySegmentChecksum(t *testing.T) {
	const word = "Qwuxbjarg" // no four of its bytes occur before it, so it is stored whole
	cases := []struct {
		name     string
		listed   bool // checkNewSegments ran before the damage
		damage   func(b []byte) []byte
		checkAll bool // CheckSegments finds damage
		checkNew bool // checkNewSegments finds damage
	}{
		{"sound", false, nil, false, false},
		{"sound, listed", true, nil, false, false},
		{"flipped byte", false, flip(word), true, true},
		{"truncated", false, func(b []byte) []byte { return b[:len(b)/2] }, true, true},
		{"flipped byte, listed", true, flip(word), true, false},
		{"truncated, listed", true, func(b []byte) []byte { return b[:len(b)/2] }, true, true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "bleve")
			ix, err := Open(dir)
			if err != nil {
				t.Fatal(err)
			}
			rec := &doc.Record{Path: "a/referat.txt", Format: "txt", Kind: doc.KindOther, Title: "Referat",
				Text: "Referat fra styremøtet.\n\nVedtak: " + word + " er godkjent."}
			if err := ix.Put(context.Background(), []*doc.Record{rec}); err != nil {
				t.Fatal(err)
			}
			if err := ix.Close(); err != nil {
				t.Fatal(err)
			}
			if tc.listed {
				if err := checkNewSegments(dir); err != nil {
					t.Fatal(err)
				}
			}
			if tc.damage != nil {
				damageSegments(t, dir, tc.damage)
			}
			if err := CheckSegments(dir); (err != nil) != tc.checkAll || (err != nil && !errors.Is(err, ErrDamaged)) {
				t.Errorf("CheckSegments: %v, want damage found %v", err, tc.checkAll)
			}
			if err := checkNewSegments(dir); (err != nil) != tc.checkNew || (err != nil && !errors.Is(err, ErrDamaged)) {
				t.Errorf("checkNewSegments: %v, want damage found %v", err, tc.checkNew)
			}
		})
	}
}

// flip changes the case of the first letter of word wherever it occurs.
func flip(word string) func([]byte) []byte {
	return func(b []byte) []byte {
		flipped := append([]byte{word[0] ^ 0x20}, word[1:]...)
		return bytes.ReplaceAll(b, []byte(word), flipped)
	}
}

// damageSegments rewrites every segment file of the index in dir with
// damage; at least one must change.
func damageSegments(t *testing.T, dir string, damage func([]byte) []byte) {
	t.Helper()
	segs, err := segmentFiles(dir)
	if err != nil || len(segs) == 0 {
		t.Fatalf("no segments: %v", err)
	}
	changed := false
	for _, s := range segs {
		b, err := os.ReadFile(s.path)
		if err != nil {
			t.Fatal(err)
		}
		d := damage(bytes.Clone(b))
		changed = changed || !bytes.Equal(b, d)
		if err := os.WriteFile(s.path, d, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	if !changed {
		t.Fatal("the damage changed no segment")
	}
}
