// Package register keeps the decision register: every meeting, attendance
// list, case (sak), proposal and decision found in the archive, in one
// SQLite file (DATA/register.sqlite) that analysts can open with any SQL
// tool. The schema, with a comment on every column, is schema.sql; it is
// embedded and applied by Open, and PRAGMA user_version holds its version.
//
// # Overview
//
// The pipeline calls Put with batches of extracted records and Delete for
// files that left the archive; Paths lists what is stored so a run after a
// crash can reconcile with its manifest. The CLI calls Decisions with a
// Filter and prints the rows with WriteTable, WriteCSV or WriteJSON.
//
// The file is in WAL mode with a busy timeout: one process writes (one
// transaction per batch) while others read. Writers start transactions with
// BEGIN IMMEDIATE, so two writers queue instead of deadlocking. The WAL
// grows to 256 MiB before its pages are copied into the database, so that
// the pages a run writes again and again are copied once; Close copies the
// rest and empties it.
//
// # One row per case
//
// The same minutes often exist as DOCX draft, signed PDF and ODT. Tables
// documents and dates hold each file as extracted (documents.source keeps
// its meeting, attendees and cases as JSON). Tables meetings, attendees,
// cases and case_sources are derived: after every Put or Delete, each
// meeting it touched is re-derived from all documents that now describe it.
// Only the rows that come out different are written: a copy that joins a
// meeting adds its case_sources rows and leaves the others as they were.
//
//   - Every key comes from package ident. A document's meeting key is its
//     date and its body name folded (lower case, NFC, single spaces, no edge
//     punctuation); a document whose meeting lacks a date or a body keeps a
//     meeting of its own.
//   - The documents of one meeting key are split into records (copies.go):
//     a document joins a record when it speaks for the same organisation
//     (or one names none), its text is similar to every copy's
//     (ident.Sketch), and its attendees and case numbers agree. Each record
//     is a meeting row, keyed by the meeting key and the organisation; a
//     second record of the same organisation adds its preferred path and is
//     a conflict that Conflicts lists. An agenda joins the minutes whose
//     case numbers it shares, and is never a conflict.
//   - A case is keyed within its meeting by its number with labels dropped
//     and digits normalised: "Sak 33/25", "sak nr. 33 / 25", "033/2025" are
//     all "33/25"; series prefixes such as "PS 12/24" are kept. A case without
//     a number is keyed by its title.
//   - Sources are ranked: PDF (usually the signed copy), DOCX, ODT (often a
//     later archival conversion), other formats; within a format the most
//     recently modified first; then by path. Meeting fields are the first
//     non-empty ones in that order; the attendance list is the first
//     non-empty one.
//   - A case row is taken whole from one source: one recording a decision
//     (decided) beats one that does not, then one with decision text, then
//     the higher-ranked source. cases.path names it; case_sources lists every
//     source that has the case.
//
// The result depends only on the set of documents stored, never on the
// order or batching of Put calls: the pipeline may store files in any
// order. Row ids are derived from the rows' keys, so they too are stable
// across runs: a meeting's is the first 63 bits of the SHA-256 of its key;
// a case's is its meeting's with the low 20 bits taken from the hash of its
// own key, so that a meeting's cases lie side by side (the next id of the
// range when another case has that one, which two cases of one meeting
// do once in some 70,000 meetings). Deleting a document re-derives its
// meeting from the rest; rows no document backs disappear.
//
// # Search
//
// Filter.Query matches substrings, ignoring case, in case title, proposal
// and decision (the folded column cases.search_text), so "sikkerhet" finds
// "informasjonssikkerhet", which a word index would miss in Norwegian
// compounds. It is a scan of the cases table: about 0.2 s for 50,000 cases
// on a busy 2-core machine. An FTS5 trigram index was tried: it was four
// times the size of the text it indexed, made Put twice as slow and was no
// faster for common words. Diacritics are not folded: "horing" does not
// find "høring" (fuzzy search is the job of the Bleve index). The other
// filters use indexes; Put refreshes the planner's statistics (PRAGMA
// optimize) so that a LIMIT or a case number is answered in about a
// millisecond.
//
// # Damage
//
// Open runs Check, unless the file is as this package's last Close or
// Check left it (stamp.go), so that a run costs what changed: SQLite's
// quick_check, which sees the structure of the file, and the checksum
// every row the documents fill carries (a CRC-32C
// of its other columns, checksum.go), which sees a changed byte inside a
// stored text. Every reader verifies the rows it answers from. Either
// fails with an error wrapping ErrDamaged, which names the remedy: the
// register is rebuilt from the stored records. Verifying costs a reader
// about 5 µs of CPU per case row returned; Check's pass over the rows
// costs about twice quick_check, 0.4 s of CPU for 10,000 records of ten
// cases (BenchmarkDecisions, BenchmarkCheck).
//
// # History
//
// Each case keeps the written references in its text (case_refs); the
// case_links view resolves them at query time, with archive numbers and
// approved documents, so a reference to minutes stored later resolves too.
// CaseHistory and PersonHistory read it and the attendance view. Every
// Put and SetAliases re-derives meetings.body_id from the abbreviations
// the documents define and the user's alias file.
//
// BUG(register): two bodies whose names fold differently and that no
// abbreviation or alias unifies ("Styringsgruppen" and "Styringsgruppen for
// Normen") give two meetings on the same date; a meeting number written in
// the minutes is not part of the key.
//
// BUG(register): meeting ids are hashes, and people, case numbers and
// archive numbers are indexed by name, so a Put writes those in random
// order; it slows as the register outgrows the 16 MiB page cache (kept
// small so that an ingest stays under its memory budget).
package register
