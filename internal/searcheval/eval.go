package searcheval

import (
	"bufio"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strings"
)

// Judged is one query with the ids of its relevant documents and its tags
// (ascii, infl, dec, nn).
type Judged struct {
	Text string
	Want []string
	Tags []string
}

var tagRE = regexp.MustCompile(`\[(\w+)\]`)

// ReadQueries reads the queries.tsv format: query<TAB>id,id,…; a comment
// line before a query carries its tags in brackets.
func ReadQueries(r io.Reader) ([]Judged, error) {
	var out []Judged
	var tags []string
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "#"):
			tags = nil
			for _, m := range tagRE.FindAllStringSubmatch(line, -1) {
				tags = append(tags, m[1])
			}
		case strings.TrimSpace(line) != "":
			q, want, ok := strings.Cut(line, "\t")
			if !ok {
				return nil, fmt.Errorf("line %d: no tab between query and documents", n)
			}
			out = append(out, Judged{q, strings.Split(want, ","), tags})
			tags = nil
		}
	}
	return out, sc.Err()
}

// Scores are the results of one system on a query set.
type Scores struct {
	N     int
	Top3  float64        // share of queries with a relevant id among the first 3
	MRR   float64        // mean reciprocal rank of the first relevant id in the first 10
	ByTag map[string]int // queries of each tag answered in the first 3, every tag present
	Ranks []int          // rank of the first relevant id per query, 0 when not in the first 10
}

// Score runs rank on every query; rank returns ids best first.
func Score(qs []Judged, rank func(q string) ([]string, error)) (Scores, error) {
	s := Scores{N: len(qs), ByTag: map[string]int{}}
	for _, q := range qs {
		for _, t := range q.Tags {
			s.ByTag[t] += 0
		}
		ids, err := rank(q.Text)
		if err != nil {
			return s, err
		}
		r := firstRelevant(ids, q.Want)
		s.Ranks = append(s.Ranks, r)
		if r > 0 {
			s.MRR += 1 / float64(r)
		}
		if r > 0 && r <= 3 {
			s.Top3++
			for _, t := range q.Tags {
				s.ByTag[t]++
			}
		}
	}
	if s.N > 0 {
		s.Top3 /= float64(s.N)
		s.MRR /= float64(s.N)
	}
	return s, nil
}

// firstRelevant is the 1-based rank of the first id in want among the
// first ten distinct ids, 0 when none.
func firstRelevant(ids, want []string) int {
	var seen []string
	for _, id := range ids {
		if slices.Contains(seen, id) {
			continue
		}
		seen = append(seen, id)
		if len(seen) > 10 {
			return 0
		}
		if slices.Contains(want, id) {
			return len(seen)
		}
	}
	return 0
}
