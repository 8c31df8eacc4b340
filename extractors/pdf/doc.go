// Package pdf reads the text of PDF files in reading order into a
// doc.Document.
//
// # Overview
//
// github.com/ledongthuc/pdf parses the file: cross-reference tables and
// streams, objects, stream filters, RC4/AES-128 decryption with an empty
// password and the simple-font encodings. Everything above that is done
// here, because the library's text functions lose too much (see its BUGs
// in the project's dependency notes):
//
//   - open.go presents the file the way the library accepts it: a %PDF-2.0
//     or odd header is patched to %PDF-1.7, junk before %PDF- is skipped
//     (offsets counted from %PDF-, else from the start of the file), junk
//     after the last %%EOF is cut off; reads abort when ctx is done or when
//     opening keeps reading (a /Prev loop).
//   - tree.go walks the page tree once, with depth and node limits.
//   - lexer.go, scanner.go, interp.go, text.go and path.go interpret content
//     streams with a lexer of their own (the library's loops on an
//     unterminated hex string and cannot skip inline images), following
//     Form XObjects, word spacing and character spacing. Widths come from
//     /Widths or, for CID fonts, /W and /DW; fonts without widths get
//     estimates. cmap.go decodes /ToUnicode, which wins over /Encoding;
//     when a CID TrueType font's ToUnicode is missing or maps nothing
//     (Microsoft Print to PDF), truetype.go inverts the cmap table (formats
//     4 and 12) of the embedded font program through /CIDToGIDMap.
//   - segment.go joins glyph runs into line segments in content-stream order
//     (never sorting glyphs by x alone), dropping overprinted duplicates and
//     list bullets, and cut at gutters narrower than a segment gap
//     (gutter.go: words of two or more lines starting at one x after wide
//     gaps); box.go stacks segments into boxes at the page's line pitch;
//     order.go orders boxes with Breuel's rules, so that columns are read
//     one after the other, and a paragraph under two columns that reaches
//     past the left one after both.
//   - table.go, table_rows.go, starts.go, gaps.go, grid.go and cells.go
//     find tables, ruled or not: side-by-side boxes whose first lines align
//     start rows. A start where every column merely goes on after the same
//     paragraph gap is kept if that gap is the table's row gap (the gap
//     above its clear starts, else the one gap above all its starts) and no
//     paragraph inside a cell has it, or if it has the style of the
//     table's other starts (bold in their title columns). A box between
//     rows that starts left of its column, or a heading under the table,
//     ends it. Forms whose labels and values align line by line become one
//     row per line, unless the pair is one row of a table of multi-line
//     cells. rulings.go joins collinear rulings, so tables drawn as one
//     rectangle per cell are ruled across their columns.
//   - furniture.go drops page numbers and running headers and footers; para.go
//     and heading.go cut boxes into paragraphs, list items and headings: a
//     change between regular and bold lines at a sentence end, or after
//     bold lines that read as a heading, starts a paragraph, and lines that
//     are list entries (short, capitalised, not sentences) are one each.
//     Rulings on the page box's edges (slide backgrounds) are ignored, and a
//     word broken without a hyphen because it was wider than its column is
//     joined again.
//   - annots.go reads the /Contents of markup annotations (sticky notes,
//     free text, highlights), not of links, form fields or popups.
//
// # Output
//
// Blocks carry their 1-based page. Lines of a paragraph are joined with
// "\n" (hyphens are left for the normaliser). Tables become doc.TableRow
// blocks with one cell per column, the same as the DOCX and ODT readers
// give: paragraphs inside a cell are joined with doc.CellBreak and the
// lines inside those with "\n". A row broken by a page end is merged again
// and a header row repeated on the next page dropped. List items are doc.ListItem blocks
// with the bullet removed. Headings are paragraphs of at most three lines
// in a font at least 15% larger than the document's body text (levels by
// size, largest first, at most 3) and short bold paragraphs of one or two
// lines (the lowest level). A running header or footer is kept once, as a
// block with Part header or footer, where it first appears. Comments are
// blocks with Part comment after the page's main flow.
//
// ReadWithPdftotext is a fallback, through poppler's pdftotext, for files
// the library refuses.
package pdf

// BUG(motebok): Glyphs that a font's cmap table does not name (ligatures
// made by the layout engine) are lost when /ToUnicode is of no use; simple
// TrueType fonts without an encoding are not decoded through their cmap.

// BUG(motebok): Files without a usable cross-reference table are refused
// (the library does not rebuild it); ReadWithPdftotext reads most of them.

// BUG(motebok): Some library failures cannot be recovered: an object stream
// that refers to itself overflows the stack and a huge /Size in an xref
// stream allocates without bound. Run Read in a child process with a
// memory cap.

// BUG(motebok): Row starts of borderless tables are guessed from alignment;
// two rows whose columns all end on the same line and start after the same
// gap, in the same style, are read as one row.
