// Package ident is the one home of identity in motebok: when two case
// numbers, body names, meetings, people or files are the same thing.
// Extraction, the search index and the decision register all use these
// keys, so that they agree.
//
// A body is the body of an organisation (Valgstyret in Lier kommune is not
// Valgstyret in Eigersund kommune); Organization reads the organisation
// from a document. A meeting is a body and a date; a case is a meeting and
// its number, series included (PS 3/24 and RS 3/24 are two cases). Files
// are copies of one document only when their content says so: Sketch
// summarises a text so that the DOCX, PDF and ODT of one set of minutes
// compare as similar while two protocols printed from one template do not.
package ident
