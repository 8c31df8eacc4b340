package searcheval

import (
	"fmt"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/lang/no"
)

// Stock is an in-memory bleve index of title and text with bleve's `no`
// analyser, searched with bleve's query-string syntax: bleve as a new user
// would set it up for Norwegian.
type Stock struct{ bi bleve.Index }

// stockDoc is the document Stock indexes.
type stockDoc struct {
	Title string `json:"title"`
	Text  string `json:"text"`
}

// NewStock returns an empty Stock index.
func NewStock() (*Stock, error) {
	m := bleve.NewIndexMapping()
	m.DefaultAnalyzer = no.AnalyzerName
	bi, err := bleve.NewMemOnly(m)
	if err != nil {
		return nil, fmt.Errorf("stock index: %w", err)
	}
	return &Stock{bi}, nil
}

// Add indexes one document under id.
func (s *Stock) Add(id, title, text string) error {
	return s.bi.Index(id, stockDoc{title, text})
}

// Search returns the ids of the best n matches of q.
func (s *Stock) Search(q string, n int) ([]string, error) {
	res, err := s.bi.Search(bleve.NewSearchRequestOptions(bleve.NewQueryStringQuery(q), n, 0, false))
	if err != nil {
		return nil, fmt.Errorf("stock search %q: %w", q, err)
	}
	ids := make([]string, len(res.Hits))
	for i, h := range res.Hits {
		ids[i] = h.ID
	}
	return ids, nil
}

// Close releases the index.
func (s *Stock) Close() error { return s.bi.Close() }
