package zipxml

import "github.com/motebok/motebok/extractors/doc"

// WithDefaults fills every zero field of lim from doc.DefaultLimits, so a
// zero Limits means "the defaults" rather than "nothing allowed".
func WithDefaults(lim doc.Limits) doc.Limits {
	d := doc.DefaultLimits
	orDefault(&lim.MaxFileSize, d.MaxFileSize)
	orDefault(&lim.MaxZipEntries, d.MaxZipEntries)
	orDefault(&lim.MaxUncompressed, d.MaxUncompressed)
	orDefault(&lim.MaxRatio, d.MaxRatio)
	orDefault(&lim.MaxXMLDepth, d.MaxXMLDepth)
	orDefault(&lim.MaxPages, d.MaxPages)
	orDefault(&lim.MaxBlocks, d.MaxBlocks)
	orDefault(&lim.MaxText, d.MaxText)
	return lim
}

// orDefault sets *v to def unless it is positive.
func orDefault[T int | int64](v *T, def T) {
	if *v <= 0 {
		*v = def
	}
}
