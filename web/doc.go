// Package web is motebok's web interface and JSON API (motebok serve): the
// pages and /api/ read the index, the register and the pipeline's status
// through the same interfaces as the CLI, and never write.
//
// # Safety
//
// Only GET and HEAD are answered, without request bodies; every response
// carries a strict Content-Security-Policy (no scripts, no frames) and
// nosniff and no-referrer headers. With a token, each request must carry it
// (Authorization: Bearer or ?token=), compared in constant time. Original
// files are served by document id, looked up in the manifest: no path from
// a request reaches the file system.
//
// # Generations
//
// A source holds the stores open and polls the data directory's marker
// files (pipeline.ReadGeneration): when a batch, a commit or a report
// changes the generation it opens them anew, so a running ingest's
// committed batches and a finished run show without a restart; requests
// under way finish on the stores they started with. Bleve's read lock on
// an open index keeps a writer in another process out, so the index stays
// open only until an ingest's writer claims it (index.WriterWaiting):
// searches then wait while the writer holds it, a few seconds at a time,
// and the other pages answer meanwhile.
package web
