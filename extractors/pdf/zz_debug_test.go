package pdf

import (
	"context"
	"fmt"
	"os"
	"testing"

	"github.com/motebok/motebok/extractors/doc"
)

func TestZZDebug(t *testing.T) {
	path := os.Getenv("DBG_PDF")
	if path == "" {
		t.Skip()
	}
	f, _ := os.Open(path)
	st, _ := f.Stat()
	rd, _, err := open(context.Background(), f, st.Size())
	if err != nil {
		t.Fatal(err)
	}
	refs, _ := safePageList(rd.Trailer().Key("Root").Key("Pages"), 1000)
	pages, _ := readPages(context.Background(), refs, doc.DefaultLimits, func(s string) { fmt.Println("WARN", s) })
	want := os.Getenv("DBG_PAGE")
	for _, p := range pages {
		if fmt.Sprint(p.num) != want {
			continue
		}
		fmt.Println("extent", p.y0, p.y1)
		for _, b := range boxes(p.segs[0], p.rules) {
			fmt.Printf("BOX %.1f-%.1f pitch=%.2f n=%d\n", b.x0, b.x1, b.pitch, len(b.segs))
			for _, pp := range splitParas(lineUp(b.segs), b.pitch) {
				fmt.Printf("  PARA %q\n", pp.text())
			}
		}
		for _, s := range p.segs[0] {
			fmt.Printf("%7.2f %7.2f y=%7.2f sz=%5.2f b=%v %q\n", s.x0, s.x1, s.y, s.size, s.bold, s.text)
		}
	}
}
