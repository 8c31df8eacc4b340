// Package odf reads OpenDocument text (odt, ott) and presentation (odp)
// files.
//
// content.xml is streamed through zipxml: headings, paragraphs, nested
// lists with their numbers as shown, tables with covered cells, text boxes,
// footnotes and endnotes (Part Footnote) and annotations (Part Comment).
// Tracked deletions live in text:tracked-changes and are dropped. Headers
// and footers come from the master pages in styles.xml; each draw:page of a
// presentation is a page, with its speaker notes as Part Notes.
//
// BUG(odf): list numbering restarts with each top-level text:list unless it
// continues an earlier one explicitly; charts and embedded objects are not
// read.
package odf
