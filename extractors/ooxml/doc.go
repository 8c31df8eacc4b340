// Package ooxml reads Office Open XML documents: ReadDOCX for Word
// documents and ReadPPTX for PowerPoint presentations.
//
// Both stream their XML parts through zipxml (limits on ZIP expansion and
// XML depth) and return blocks in reading order. Text is given as written:
// tracked insertions are kept and deletions dropped, field results are kept
// and field codes dropped, and automatic list numbers are rendered as Word
// shows them ("1.", "a)", "2.1").
//
// BUG(ooxml): SmartArt, charts, embedded objects and text in images are not
// read. Word's list counters follow each w:num instance; lists that share an
// abstract numbering through several instances restart where Word would
// continue.
package ooxml
