package pdf

import (
	"context"
	"fmt"
	"os"
	"sort"
	"testing"

	"github.com/motebok/motebok/extractors/doc"
)

func TestDumpPitch(t *testing.T) {
	path := os.Getenv("PDFDUMP")
	if path == "" {
		t.Skip()
	}
	f, _ := os.Open(path)
	st, _ := f.Stat()
	rd, _, _ := open(context.Background(), f, st.Size())
	refs, _ := pageList(rd.Trailer().Key("Root").Key("Pages"), 5000)
	pages, _ := readPages(context.Background(), refs, doc.DefaultLimits, func(string) {})
	for _, p := range pages {
		sorted := append([]*seg(nil), p.segs[0]...)
		sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].y > sorted[j].y })
		fmt.Println(p.num, linePitch(sorted))
	}
}
