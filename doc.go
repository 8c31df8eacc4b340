// Package motebok documents the layout of the motebok module; it holds no
// code.
//
// motebok turns an archive of Norwegian governance documents (minutes,
// slide decks, guides as PDF, DOCX, PPTX, ODT and text) into a Bleve
// full-text index and a SQLite decision register, in a nightly incremental
// batch. Data flows one way:
//
//	cmd/motebok  the CLI: flags, wiring, exit codes, no logic
//	web          motebok serve: pages and a JSON API that read the index,
//	             the register and the pipeline's status, never writing
//	pipeline     the run: discover → read and hash → extract → write, the
//	             incremental manifest, the lock, child-process workers,
//	             the run report
//	extractors   one file in, one doc.Record out: format readers (pdf,
//	             ooxml, odf, plain) produce the document model (doc); norm
//	             normalises Norwegian text; dates parses dates; minutes
//	             understands meetings, attendees, cases and decisions
//	index        what is stored: the Bleve index (mapping, analysers,
//	             search) and, in index/register, the SQLite decision register
//
// A package never imports one above it in this list's data flow; the test in
// internal/layers enforces that. doc/design.md states the goals and the
// invariants of a run.
package motebok
