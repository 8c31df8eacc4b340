// Package ooxml reads Office Open XML documents: ReadDOCX for Word
// documents and ReadPPTX for PowerPoint presentations.
//
// Both stream their XML parts through zipxml (limits on ZIP expansion and
// XML depth) and return blocks in reading order. Text is given as written:
// tracked insertions are kept and deletions dropped, field results are kept
// and field codes dropped, and automatic list numbers are rendered as Word
// shows them ("1.", "a)", "2.1").
//
// List counters are kept per abstract numbering, so that w:num instances
// sharing one continue each other unless a w:startOverride restarts them;
// w:lvlRestart, skipped levels (counted once from their start) and levels
// of format none or bullet inside a composite number ("01..1") follow Word.
//
// BUG(ooxml): SmartArt, charts, embedded objects and text in images are not
// read. Ordinal numbers are written in English ("1st") whatever the
// document's language; number formats other than decimal, decimalZero,
// ordinal, letters and roman numerals are shown as decimals.
package ooxml
