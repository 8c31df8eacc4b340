package extractors

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/motebok/motebok/extractors/doc"
)

const corpusDir = "../testdata/corpus"

// TestCrossFormat extracts each corpus document saved in several formats
// and compares the body blocks (kind and text) of each pair: the word
// processors' own formats must agree exactly, a PDF export nearly so.
func TestCrossFormat(t *testing.T) {
	tests := []struct {
		from, to string
		min      float64 // longest common subsequence of blocks / longer list
	}{
		{"docx", "odt", 1},
		{"docx", "pdf", 0.97},
		{"pptx", "pdf", 0.95},
	}
	for _, tc := range tests {
		froms, err := filepath.Glob(filepath.Join(corpusDir, "*."+tc.from))
		if err != nil {
			t.Fatal(err)
		}
		for _, from := range froms {
			to := strings.TrimSuffix(from, tc.from) + tc.to
			if !fileExists(to) {
				continue
			}
			t.Run(filepath.Base(from)+"~"+tc.to, func(t *testing.T) {
				a, b := bodyKeys(t, from), bodyKeys(t, to)
				ratio := float64(lcs(a, b)) / float64(max(len(a), len(b), 1))
				t.Logf("%d vs %d blocks, ratio %.3f", len(a), len(b), ratio)
				if ratio < tc.min {
					t.Errorf("ratio %.3f below %.3f; first difference:\n%s", ratio, tc.min, firstDiff(a, b))
				}
			})
		}
	}
}

func fileExists(path string) bool {
	m, err := filepath.Glob(path)
	return err == nil && len(m) == 1
}

// bodyKeys extracts a file and returns its body blocks as "kind: text".
func bodyKeys(t *testing.T, path string) []string {
	t.Helper()
	rec, err := ExtractFile(context.Background(), path, DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, b := range rec.Blocks {
		if b.Part == doc.Body {
			out = append(out, fmt.Sprintf("%s: %s", b.Kind, strings.Join(strings.Fields(b.Text), " ")))
		}
	}
	if len(out) == 0 {
		t.Fatalf("%s: no body blocks", path)
	}
	return out
}

// lcs returns the length of the longest common subsequence of a and b.
func lcs(a, b []string) int {
	prev, cur := make([]int, len(b)+1), make([]int, len(b)+1)
	for i := range a {
		for j := range b {
			switch {
			case a[i] == b[j]:
				cur[j+1] = prev[j] + 1
			default:
				cur[j+1] = max(prev[j+1], cur[j])
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// firstDiff shows the first position where a and b differ.
func firstDiff(a, b []string) string {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return fmt.Sprintf("block %d:\n  %.200s\n  %.200s", i, a[i], b[i])
		}
	}
	return fmt.Sprintf("lengths %d and %d", len(a), len(b))
}

func TestLCS(t *testing.T) {
	tests := []struct {
		name string
		a, b []string
		want int
	}{
		{"equal", []string{"x", "y"}, []string{"x", "y"}, 2},
		{"empty", nil, []string{"x"}, 0},
		{"split block", []string{"a", "bc", "d"}, []string{"a", "b", "c", "d"}, 2},
		{"reordered", []string{"a", "b", "c"}, []string{"c", "a", "b"}, 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := lcs(tc.a, tc.b); got != tc.want {
				t.Errorf("lcs = %d, want %d", got, tc.want)
			}
		})
	}
}
