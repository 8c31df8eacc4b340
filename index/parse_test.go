package index

import (
	"context"
	"errors"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"time"
)

func TestParseQuery(t *testing.T) {
	w := func(s string) term { return term{text: s} }
	tests := []struct {
		in     string
		groups [][]term
		not    []term
	}{
		{"budsjett 2024", [][]term{{w("budsjett")}, {w("2024")}}, nil},
		{"budsjett OR regnskap", [][]term{{w("budsjett"), w("regnskap")}}, nil},
		{"a ELLER b ELLER c d", [][]term{{w("a"), w("b"), w("c")}, {w("d")}}, nil},
		{"OR a", [][]term{{w("a")}}, nil},
		{"a AND b OG c", [][]term{{w("a")}, {w("b")}, {w("c")}}, nil},
		{"or og and", [][]term{{w("or")}, {w("og")}, {w("and")}}, nil}, // lower case: words
		{"a -b NOT c IKKE d", [][]term{{w("a")}}, []term{w("b"), w("c"), w("d")}},
		{"+a +b", [][]term{{w("a")}, {w("b")}}, nil},
		{`"forslag til vedtak" styret`, [][]term{{{text: "forslag til vedtak", phrase: true}}, {w("styret")}}, nil},
		{`tittel:"årsmøte 2024"`, [][]term{{{field: "tittel", text: "årsmøte 2024", phrase: true}}}, nil},
		{`-"ikke dette"`, nil, []term{{text: "ikke dette", phrase: true}}},
		{`"unclosed phrase`, [][]term{{{text: "unclosed phrase", phrase: true}}}, nil},
		{"kind:minutes sak:12/24", [][]term{{{field: "kind", text: "minutes"}}, {{field: "sak", text: "12/24"}}}, nil},
		{"kl 13:30", [][]term{{w("kl")}, {w("13:30")}}, nil}, // not a field
		{"veil* møte~ møt~2 x~9", [][]term{{{text: "veil*", wild: true}}, {{text: "møte", fuzzy: 1}}, {{text: "møt", fuzzy: 2}}, {{text: "x", fuzzy: 2}}}, nil},
		{"(a OR b) c", [][]term{{w("a"), w("b")}, {w("c")}}, nil},
		{"  ", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			pq, err := parseQuery(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(pq.groups, tt.groups) || !reflect.DeepEqual(pq.not, tt.not) {
				t.Errorf("got %+v / %+v, want %+v / %+v", pq.groups, pq.not, tt.groups, tt.not)
			}
		})
	}
}

func TestParseQueryBounds(t *testing.T) {
	for _, in := range []string{
		strings.Repeat("a", maxQueryBytes+1),
		strings.Repeat("ord ", maxQueryTerms+1),
		strings.Repeat("-ord ", maxQueryTerms+1),
		"a* b* c~ d? e*",
		"møte \xff",
	} {
		if _, err := parseQuery(in); !errors.Is(err, ErrQuery) {
			t.Errorf("%.40q: err %v, want ErrQuery", in, err)
		}
	}
	if _, err := parseQuery(strings.Repeat("ord ", maxQueryTerms) + "a* b* c~ d?"); !errors.Is(err, ErrQuery) {
		t.Errorf("%d terms accepted", maxQueryTerms+4)
	}
	if _, err := parseQuery(strings.Repeat("ord ", maxQueryTerms-4) + "a* b* c~ d?"); err != nil {
		t.Errorf("%d terms, 4 expanding: %v", maxQueryTerms, err)
	}
}

// TestQueryBomb: queries built to exhaust the machine are refused quickly
// and with little memory (issue 12.1).
func TestQueryBomb(t *testing.T) {
	ix := newTestIndex(t)
	if err := ix.Put(context.Background(), loadRecords(t)); err != nil {
		t.Fatal(err)
	}
	for _, n := range []int{1000, 20000} {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		start := time.Now()
		_, err := ix.Search(context.Background(), Query{Text: strings.Repeat("a* ", n)})
		elapsed := time.Since(start)
		runtime.ReadMemStats(&after)
		if !errors.Is(err, ErrQuery) {
			t.Errorf("a* ×%d: err %v, want ErrQuery", n, err)
		}
		if alloc := after.TotalAlloc - before.TotalAlloc; elapsed > 2*time.Second || alloc > 64<<20 {
			t.Errorf("a* ×%d: %v, %d MB allocated", n, elapsed, alloc>>20)
		}
	}
	// The most expanding terms a query may have still answer.
	if _, err := ix.Search(context.Background(), Query{Text: "a* e* s~2 t*"}); err != nil && !errors.Is(err, ErrQuery) {
		t.Errorf("four expanding terms: %v", err)
	}
}
