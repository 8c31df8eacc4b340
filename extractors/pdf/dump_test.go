package pdf

import (
	"context"
	"fmt"
	"os"
	"testing"

	"github.com/motebok/motebok/extractors/doc"
)

func TestDumpWords(t *testing.T) {
	path := os.Getenv("PDFDUMP")
	if path == "" {
		t.Skip()
	}
	f, _ := os.Open(path)
	st, _ := f.Stat()
	rd, _, err := open(context.Background(), f, st.Size())
	if err != nil {
		t.Fatal(err)
	}
	pages, err := pageList(rd.Trailer().Key("Root").Key("Pages"), 5000)
	fmt.Println(len(pages), err)
	pr := newPageReader(context.Background(), doc.DefaultLimits, func(s string) { fmt.Println("WARN", s) })
	for i, p := range pages {
		pc, err := pr.content(p, func(s string) { fmt.Println("WARN", s) })
		fmt.Printf("=== page %d err=%v words=%d rules=%d\n", i+1, err, len(pc.words), len(pc.rules))
		for _, w := range pc.words {
			fmt.Printf("%7.1f %7.1f %7.1f %5.1f d%d b%v s%v %q\n", w.x0, w.x1, w.y, w.size, w.dir, w.bold, w.spaceBefore, w.text)
		}
		for _, r := range pc.rules {
			fmt.Printf("RULE %.1f %.1f %.1f %.1f\n", r.x0, r.y0, r.x1, r.y1)
		}
	}
}

func TestDumpTables(t *testing.T) {
	path := os.Getenv("PDFDUMP")
	if path == "" {
		t.Skip()
	}
	f, _ := os.Open(path)
	st, _ := f.Stat()
	rd, _, _ := open(context.Background(), f, st.Size())
	refs, _ := pageList(rd.Trailer().Key("Root").Key("Pages"), 5000)
	pages, _ := readPages(context.Background(), refs, doc.DefaultLimits, func(string) {})
	dropFurniture(pages)
	var hint *tableHint
	for _, p := range pages {
		bs := boxes(p.segs[0], p.rules)
		fmt.Printf("=== page %d boxes=%d hint=%v\n", p.num, len(bs), hint)
		for _, b := range bs {
			fmt.Printf("  box %.1f-%.1f first=%.1f last=%.1f %q\n", b.x0, b.x1, b.firstY, b.lastY, b.segs[0].text)
		}
		for _, g := range rowGroups(bs) {
			fmt.Printf("  group %.1f n=%d\n", g.y, len(g.boxes))
		}
		ts := tables(bs, p.rules, hint)
		for _, t := range ts {
			fmt.Printf("  table cols=%v cont=%v titles=%v starts=", t.cols, t.continued, t.titles)
			for _, g := range t.starts {
				fmt.Printf(" %.1f", g.y)
			}
			fmt.Println()
		}
		_, hint = layout(p.segs[0], p.rules, hint)
	}
}
