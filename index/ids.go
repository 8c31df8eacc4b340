package index

import (
	"context"
	"fmt"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
)

// pageSize is how many ids one lookup search returns; pathChunk bounds
// the clauses of one path disjunction.
const (
	pageSize  = 2000
	pathChunk = 500
)

// idsOf returns the ids of all documents (files and cases) of paths.
func (ix *Index) idsOf(ctx context.Context, paths []string) (map[string]bool, error) {
	ids := make(map[string]bool)
	for start := 0; start < len(paths); start += pathChunk {
		chunk := paths[start:min(start+pathChunk, len(paths))]
		terms := make([]query.Query, len(chunk))
		for i, p := range chunk {
			terms[i] = termQuery(fPath, p)
		}
		err := ix.each(ctx, query.NewDisjunctionQuery(terms), nil, func(id string, _ map[string]interface{}) {
			ids[id] = true
		})
		if err != nil {
			return nil, fmt.Errorf("looking up documents of %d paths: %w", len(chunk), err)
		}
	}
	return ids, nil
}

// Paths returns the path of every source file in the index, in id order.
func (ix *Index) Paths(ctx context.Context) ([]string, error) {
	var paths []string
	err := ix.each(ctx, termQuery(fType, typeDoc), []string{fPath}, func(_ string, f map[string]interface{}) {
		if p, ok := f[fPath].(string); ok {
			paths = append(paths, p)
		}
	})
	if err != nil {
		return nil, fmt.Errorf("listing paths: %w", err)
	}
	return paths, nil
}

// each calls fn for every document matching q, paging by id.
func (ix *Index) each(ctx context.Context, q query.Query, fields []string, fn func(id string, fields map[string]interface{})) error {
	var after []string
	for {
		req := bleve.NewSearchRequestOptions(q, pageSize, 0, false)
		req.Fields = fields
		req.SortBy([]string{"_id"})
		req.SearchAfter = after
		res, err := ix.bi.SearchInContext(ctx, req)
		if err != nil {
			return err
		}
		for _, h := range res.Hits {
			fn(h.ID, h.Fields)
		}
		if len(res.Hits) < pageSize {
			return nil
		}
		after = []string{res.Hits[len(res.Hits)-1].ID}
	}
}

func termQuery(field, term string) query.Query {
	q := query.NewTermQuery(term)
	q.SetField(field)
	return q
}
