// Package pipeline is motebok's nightly run: it turns a directory tree of
// documents into records in the index and the register, doing only the
// work that changed since the last run.
//
// # Overview
//
// Run connects four stages with bounded channels (errgroup, one pool shape):
//
//	discover (1: walk + manifest check) → hash (N) → extract (N) → write (1)
//
// discover compares each candidate file's size, mtime and inode with the
// manifest and skips unchanged files without reading them. hash streams
// the rest through SHA-256. extract takes the record from the records
// directory when that content was extracted before (renames, copies,
// touched files), else runs the extractor: PDFs, by default, in a
// long-lived child process per slot (`motebok worker`, ServeWorker) with a
// per-document timeout and an address-space cap; other formats in-process
// with panics recovered. The single writer batches records (BatchSize or
// BatchInterval) into every Store, all stores at once: a batch costs the
// slowest store, not their sum.
//
// # Data directory
//
//	lock              JSON {time, host, pid, user}; one ingest at a time
//	manifest.jsonl    per file: stat, sha256, output key, status, failures
//	manifest.journal  entries appended and fsynced after every batch, kept
//	                  from run to run until it outgrows an eighth of the manifest
//	records/<sha256>.json.gz  the record of each content, with its output key
//	stores.pending    present while a run may leave the stores unlike the manifest
//	run-report.json   the last run's Report
//
// # Invariants
//
//   - A record file must exist before any store holds its record; a store
//     must hold a batch before the manifest journal lists it, and deletes
//     only after the journal lists the deletion. So the manifest never
//     claims more than the stores hold: a store that lacks indexed files is
//     damaged (ErrIncomplete).
//   - Store writes must be idempotent: after a crash the pipeline may put a
//     record again, never a second copy of it (stores key by path).
//   - At start the stores are reconciled with the manifest: what a store
//     holds that the manifest does not list is deleted if the file is gone
//     or failing; what the manifest lists and a store lacks is put again
//     from the records directory. A run killed at any point, kill -9
//     included, is finished by the next one. A run creates stores.pending
//     before it first writes a store and removes it once it has committed
//     the manifest: when it is absent, a store that holds as many paths as
//     the manifest lists as indexed (Counter) holds exactly those, and is
//     not read back, so the check costs what changed, not what exists.
//   - A file that fails DefaultMaxFailures times in a row on the same
//     content and output key is quarantined: skipped until its size, mtime
//     or inode changes, or the extractor version does.
//   - A touched file (new mtime, same content) is re-hashed but not
//     re-extracted; its manifest entry takes the new mtime.
//   - Files that vanish are removed from the stores only when their root
//     was walked and their directory could be read, and only when the root
//     did not empty or lose over MaxDeleteShare of its files at once
//     (AllowMassDelete confirms); else the run deletes nothing and its
//     Report says why (Held).
//   - What a run relies on is checked as it is needed: a store that does
//     not open, fails its check or lacks indexed files is moved aside and built again from the
//     records (OpenHealing, then reconciliation); a record that does not
//     read is extracted again from its file. The Report names each repair.
//   - A failure the machine causes (Environmental) never counts toward
//     quarantine.
//
// BUG(pipeline): Options.RefDate is not part of the output key: changing
// it does not re-extract files whose records used the old one.
//
// BUG(pipeline): an in-process extraction that ignores its context is
// abandoned at the timeout but keeps running; only isolated formats can be
// stopped.
//
// BUG(pipeline): file systems that report unstable inode numbers (some
// network mounts) make every file look changed: each is re-hashed, though
// not re-extracted.
package pipeline
