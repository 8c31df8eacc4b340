//go:build linux

package register

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/motebok/motebok/extractors/doc"
)

// TestUnchanged: a register closed by this package is known unchanged
// until anything else writes it, touches it, copies over it or leaves a
// -wal file of writes behind; without a stamp it is always checked.
func TestUnchanged(t *testing.T) {
	for _, c := range []struct {
		name   string
		change func(t *testing.T, path string)
		want   bool
	}{
		{"closed", func(*testing.T, string) {}, true},
		{"no stamp", func(t *testing.T, path string) { noErr(t, os.Remove(path+stampSuffix)) }, false},
		{"touched", func(t *testing.T, path string) {
			time.Sleep(10 * time.Millisecond)
			noErr(t, os.Chtimes(path, time.Now(), time.Now()))
		}, false},
		{"written", func(t *testing.T, path string) {
			f, err := os.OpenFile(path, os.O_WRONLY, 0)
			noErr(t, err)
			_, err = f.WriteAt([]byte{0}, 4096+100) // inside a page, size unchanged
			noErr(t, err)
			noErr(t, f.Close())
		}, false},
		{"copied over", func(t *testing.T, path string) {
			b, err := os.ReadFile(path)
			noErr(t, err)
			noErr(t, os.Remove(path))
			noErr(t, os.WriteFile(path, b, 0o600))
		}, false},
		{"writes in the wal", func(t *testing.T, path string) { noErr(t, os.WriteFile(path+"-wal", []byte("x"), 0o600)) }, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "register.sqlite")
			r, err := Open(path)
			noErr(t, err)
			noErr(t, r.Put(context.Background(), []*doc.Record{{Path: "/a/referat.txt", Kind: doc.KindOther, Text: "tekst"}}))
			noErr(t, r.Close())
			c.change(t, path)
			if got := unchanged(path); got != c.want {
				t.Errorf("unchanged = %v, want %v", got, c.want)
			}
		})
	}
}

func noErr(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
