package zipxml

import "github.com/motebok/motebok/extractors/doc"

// WithDefaults fills every zero field of lim from doc.DefaultLimits, so a
// zero Limits means "the defaults" rather than "nothing allowed".
func WithDefaults(lim doc.Limits) doc.Limits {
	d := doc.DefaultLimits
	if lim.MaxFileSize <= 0 {
		lim.MaxFileSize = d.MaxFileSize
	}
	if lim.MaxZipEntries <= 0 {
		lim.MaxZipEntries = d.MaxZipEntries
	}
	if lim.MaxUncompressed <= 0 {
		lim.MaxUncompressed = d.MaxUncompressed
	}
	if lim.MaxRatio <= 0 {
		lim.MaxRatio = d.MaxRatio
	}
	if lim.MaxXMLDepth <= 0 {
		lim.MaxXMLDepth = d.MaxXMLDepth
	}
	if lim.MaxPages <= 0 {
		lim.MaxPages = d.MaxPages
	}
	if lim.MaxBlocks <= 0 {
		lim.MaxBlocks = d.MaxBlocks
	}
	return lim
}
