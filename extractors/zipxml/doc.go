// Package zipxml holds the safe ZIP and streaming XML helpers shared by the
// OOXML (docx, pptx) and ODF (odt, odp) readers.
//
// An Archive counts what it decompresses while reading, never trusting the
// sizes in the ZIP headers: each entry is capped by the ratio limit and the
// total by the uncompressed limit, so a ZIP bomb stops with doc.ErrLimit. A
// Decoder caps element nesting (XML depth bombs); encoding/xml never expands
// DTD or external entities. ContainerType tells a container's format from
// its contents, not from the file name.
//
// Readers are built from Decoder.Children, Content and Collect, which read
// the element just opened; a Counter caps the blocks they make and TableRow
// builds table rows the same way for every format. Package internal/ziptest
// holds the helpers their tests share.
package zipxml
