package norm

import (
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// TestGolden runs Text over each testdata/*.txt input (blocks separated by
// blank lines, the lines of a block joined by "\n" as a PDF reader gives
// them) and compares the output with testdata/*.golden, one block a line.
// The sample documents' text (testdata/answers/gt) is normalised the same
// way into testdata/corpus-*.golden.
func TestGolden(t *testing.T) {
	inputs, _ := filepath.Glob("testdata/*.txt")
	gt, _ := filepath.Glob("../../testdata/answers/gt/*.txt")
	if len(inputs) == 0 || len(gt) == 0 {
		t.Fatal("no golden inputs")
	}
	for i, in := range append(inputs, gt...) {
		name := strings.TrimSuffix(filepath.Base(in), ".txt")
		if i >= len(inputs) {
			name = "corpus-" + name
		}
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			got := normaliseBlocks(string(data))
			golden := filepath.Join("testdata", name+".golden")
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update)", err)
			}
			if got != string(want) {
				t.Errorf("%s differs from %s:\n%s", in, golden, diff(string(want), got))
			}
		})
	}
}

// normaliseBlocks splits text into blank-line separated blocks and returns
// Text of each, one a line.
func normaliseBlocks(text string) string {
	var b strings.Builder
	for _, block := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n\n") {
		if out := Text(block); out != "" {
			b.WriteString(out)
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// diff shows the first line that differs.
func diff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(w) || i < len(g); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			return "line " + strconv.Itoa(i+1) + ":\n want " + wl + "\n  got " + gl
		}
	}
	return ""
}

// goldenInputs are the golden input blocks, as fuzz seeds.
func goldenInputs(f *testing.F) []string {
	files, _ := filepath.Glob("testdata/*.txt")
	var out []string
	for _, p := range files {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		out = append(out, strings.Split(string(data), "\n\n")...)
	}
	return out
}

func BenchmarkText(b *testing.B) {
	blocks := strings.Split(benchInput(b), "\n\n")
	var n int64
	for _, s := range blocks {
		n += int64(len(s))
	}
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range blocks {
			Text(s)
		}
	}
}

func BenchmarkFold(b *testing.B) {
	s := benchInput(b)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		Fold(s)
	}
}

func BenchmarkLanguage(b *testing.B) {
	s := benchInput(b)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		Language(s)
	}
}

// benchInput is the golden inputs and sample documents, repeated to ~1 MB.
func benchInput(b *testing.B) string {
	files, _ := filepath.Glob("testdata/*.txt")
	gt, _ := filepath.Glob("../../testdata/answers/gt/*.txt")
	var sb strings.Builder
	for sb.Len() < 1<<20 {
		for _, p := range append(files, gt...) {
			data, err := os.ReadFile(p)
			if err != nil {
				b.Fatal(err)
			}
			sb.Write(data)
			sb.WriteString("\n\n")
		}
	}
	return sb.String()
}
