// Package searcheval measures search quality: it reads judged queries,
// scores a ranking function on them (top-3, MRR@10, per tag), and holds
// Stock, bleve with its stock Norwegian analyser, as the baseline motebok's
// search must beat. `make search-eval` runs both on the real-dev corpus.
package searcheval
