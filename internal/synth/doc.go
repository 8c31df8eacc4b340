// Package synth generates a deterministic synthetic archive of Norwegian
// governance documents for benchmarks and tests: meeting minutes in several
// layouts, in bokmål and nynorsk, with distractor guides and slide decks,
// written as DOCX, PDF, ODT or plain text by this package's own small writers
// (no third-party code), together with a truth.jsonl that states what an
// extractor should find in every minutes file.
//
// Overview:
//
//   - Content model: [Minutes], [Guide] and [Presentation] draw a [Meeting]
//     from a seeded *rand.Rand; [Meeting.Items] lays it out as a flow of
//     headings, paragraphs, list items and table rows in one of several
//     layouts ([Layout]).
//   - Writers: [WriteDOCX], [WriteODT], [WriteText] serialise the flow;
//     [LayoutPDF] places it on pages and [WritePDF] writes a PDF 1.4 file with
//     the standard Helvetica fonts in WinAnsiEncoding.
//   - [Generate] and [Stream] write a whole archive; document i depends only on
//     (seed, i), so the same options give the same bytes (with the same Go version).
//   - [Hostile] writes broken and malicious files, each with the error class
//     an extractor must report for it.
//
// truth.jsonl has one [Truth] a file, in document order; the fields file,
// date, present, absent, cases and decided are what
// /work/shared/tools/truthscore.py scores (date is null for guides and
// decks, which have no meeting).
//
// BUG(synth): PDFs use the unembedded standard Helvetica in WinAnsiEncoding
// only: no Type0/CID or TrueType fonts, no ligatures, no multi-column pages;
// runes outside Windows-1252 become '?'.
//
// BUG(synth): DOCX and ODT bodies have no tracked changes, footnotes,
// comments or fields, and decks are never PPTX or ODP (they are PDF slides,
// or DOCX/ODT handouts).
//
// BUG(synth): attendees are present or absent, never substitutes (vara),
// and referents are roles, not names.
package synth
