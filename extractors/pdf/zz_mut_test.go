package pdf

import (
	"bytes"
	"context"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/motebok/motebok/extractors/doc"
)

func TestZZMutate(t *testing.T) {
	if os.Getenv("MUT") == "" {
		t.Skip()
	}
	var seeds [][]byte
	for _, p := range []string{filepath.Join(corpusDir, "*.pdf"), "testdata/*.pdf", "testdata/hostile/*.pdf"} {
		m, _ := filepath.Glob(p)
		for _, f := range m {
			d, _ := os.ReadFile(f)
			seeds = append(seeds, d)
		}
	}
	r := rand.New(rand.NewSource(1))
	lim := doc.Limits{MaxFileSize: 4 << 20, MaxUncompressed: 32 << 20, MaxPages: 50, MaxBlocks: 20000}
	deadline := time.Now().Add(50 * time.Second)
	n := 0
	for time.Now().Before(deadline) {
		d := bytes.Clone(seeds[r.Intn(len(seeds))])
		for k := 0; k < 1+r.Intn(8); k++ {
			i := r.Intn(len(d))
			switch r.Intn(3) {
			case 0:
				d[i] = byte(r.Intn(256))
			case 1:
				d = append(d[:i], d[min(len(d), i+r.Intn(50)):]...)
			case 2:
				d[i] = "<>()[]/%0123 \nRTjTfq"[r.Intn(20)]
			}
			if len(d) == 0 {
				break
			}
		}
		start := time.Now()
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		Read(ctx, bytes.NewReader(d), int64(len(d)), lim)
		cancel()
		if el := time.Since(start); el > time.Second {
			name := fmt.Sprintf("/tmp/slow-%d.pdf", n)
			os.WriteFile(name, d, 0o644)
			t.Logf("%s took %v", name, el)
		}
		n++
	}
	t.Logf("%d inputs", n)
}
